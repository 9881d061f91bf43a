-- Every attempt to deliver an alert, append-only: when, what the target answered (or
-- why there was no answer), and how long it took. The delivery log a subscriber reads.

create table alert_delivery_attempts (
    outbox_id        uuid          not null references alert_outbox (id),
    attempt          integer       not null check (attempt >= 1),
    attempted_at     timestamptz   not null,
    outcome          varchar(20)   not null
        check (outcome in ('delivered', 'retrying', 'failed', 'cancelled')),
    response_status  integer,
    error            varchar(500),
    duration_ms      integer       not null check (duration_ms >= 0),
    primary key (outbox_id, attempt)
);

create trigger alert_delivery_attempts_are_append_only before update or delete on alert_delivery_attempts
    for each row execute function refuse_change();
