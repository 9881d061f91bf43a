-- Alerts on deltas: an analyst's standing question ("tell me when this series moves by
-- more than 100 a day") and where to send the answer. A subscription is deactivated,
-- never deleted, so its delivery log keeps pointing at something.
--
-- The signing secret is kept as given: the service must sign with it, so a hash would
-- not do. It never leaves the service after the response that created it.

create table alert_subscriptions (
    id              uuid          primary key,
    -- the key that created it: it alone (or an admin) may read or end it, and a
    -- subscription of a revoked key stops matching
    owner_key_id    uuid          not null references api_keys (id),
    -- the series filter, as the claims listing reads it: null matches every value
    subject         varchar(200)  check (char_length(subject) between 1 and 200),
    subject_key     varchar(200)  check (char_length(subject_key) between 1 and 200),
    category        varchar(20)
        check (category in ('killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed')),
    speaker         varchar(200)  check (char_length(speaker) between 1 and 200),
    -- lower(speaker), as the claims listing compares it
    speaker_key     varchar(200),
    condition_type  varchar(20)   not null
        check (condition_type in ('perDay', 'percentChange', 'decrease', 'newClaim')),
    -- perDay and percentChange fire when the magnitude exceeds it
    threshold       numeric(14, 2) check (threshold >= 0),
    target_url      varchar(2000) not null check (target_url ~* '^https?://'),
    secret          varchar(200)  not null check (char_length(secret) >= 16),
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    deactivated_at  timestamptz,
    deactivated_by  varchar(200),
    check ((threshold is not null) = (condition_type in ('perDay', 'percentChange'))),
    check ((subject is null) = (subject_key is null)),
    check ((speaker is null) = (speaker_key is null)),
    check ((deactivated_at is null) = (deactivated_by is null))
);

-- every claim write looks up the active subscriptions; there are few, so one index
create index alert_subscriptions_active on alert_subscriptions (subject_key, category)
    where deactivated_at is null;
create index alert_subscriptions_by_owner on alert_subscriptions (owner_key_id, created_at);

create trigger alert_subscriptions_are_never_deleted before delete on alert_subscriptions
    for each row execute function refuse_delete();
