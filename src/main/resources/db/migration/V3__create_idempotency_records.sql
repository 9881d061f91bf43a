-- The first response to each Idempotency-Key, so a retried POST replays it instead
-- of writing again. A key belongs to one caller and one endpoint: two callers, or
-- the same caller on /claims and /reports, never share a key.
--
-- A row is inserted before the write, in the write's own transaction, and filled
-- with the response before that transaction commits. A concurrent duplicate blocks
-- on the primary key until the first commits (then replays it) or rolls back (then
-- writes itself). Committed rows therefore always carry a response.

create table idempotency_records (
    caller            varchar(200)  not null,
    scope             varchar(300)  not null,  -- method and path, e.g. 'POST /api/v1/claims'
    idempotency_key   varchar(255)  not null check (char_length(idempotency_key) between 1 and 255),
    request_hash      char(64)      not null,  -- hex SHA-256 of the canonical request body
    created_at        timestamptz   not null,
    expires_at        timestamptz   not null,
    response_status   integer,
    response_location varchar(2000),
    response_etag     varchar(200),
    response_body     text,
    primary key (caller, scope, idempotency_key)
);

-- the periodic purge of expired keys
create index idempotency_records_by_expiry on idempotency_records (expires_at);
