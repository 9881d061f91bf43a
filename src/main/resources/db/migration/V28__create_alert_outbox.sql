-- The transactional outbox: one row per alert to deliver, inserted in the transaction
-- of the claim write that raised it, so an alert exists exactly when its claim does.
-- Workers on any instance lease due rows with FOR UPDATE SKIP LOCKED; a lease is
-- next_attempt_at pushed past the send's timeout, so a worker that dies mid-send
-- leaves the row due again once the lease runs out.

create table alert_outbox (
    -- also the event id receivers dedupe on (X-Claims-Event-Id)
    id               uuid          primary key,
    subscription_id  uuid          not null references alert_subscriptions (id),
    claim_id         uuid          not null references claims (id),
    event_type       varchar(40)   not null,
    payload          text          not null,
    created_at       timestamptz   not null,
    status           varchar(20)   not null default 'pending'
        check (status in ('pending', 'delivered', 'failed', 'cancelled')),
    -- attempts begun, counted when leased, so a send cut short by a crash counts too
    attempts         integer       not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz   not null,
    finished_at      timestamptz,
    last_error       varchar(500),
    check ((status = 'pending') = (finished_at is null))
);

-- the worker's poll: due rows only, oldest due first
create index alert_outbox_due on alert_outbox (next_attempt_at) where status = 'pending';
create index alert_outbox_by_subscription on alert_outbox (subscription_id, created_at desc, id);

create trigger alert_outbox_is_never_deleted before delete on alert_outbox
    for each row execute function refuse_delete();
