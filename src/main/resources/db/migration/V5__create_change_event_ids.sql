-- Numbers the change notifications every instance hears, so a client that
-- reconnects to any instance can say which change it saw last.
create sequence change_event_ids;
