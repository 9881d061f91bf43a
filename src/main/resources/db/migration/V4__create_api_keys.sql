-- API keys. Only the SHA-256 of a key is stored: the key itself is shown once, when
-- it is issued. A key is revoked, never deleted, so createdBy on old claims keeps
-- naming a key that can still be looked up.

create table api_keys (
    id          uuid          primary key,
    name        varchar(100)  not null check (char_length(btrim(name)) between 1 and 100),
    role        varchar(20)   not null check (role in ('reader', 'analyst', 'admin')),
    key_hash    bytea         not null check (octet_length(key_hash) = 32),
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    revoked_at  timestamptz,
    revoked_by  varchar(200),
    check ((revoked_at is null) = (revoked_by is null))
);

-- every authenticated request reads one row through this index; it spans revoked
-- keys too, so a revoked key can never be issued or installed again
create unique index api_keys_by_hash on api_keys (key_hash);

-- names identify keys in createdBy, so two active keys never share one
create unique index api_keys_active_name on api_keys (lower(name)) where revoked_at is null;

create trigger api_keys_are_never_deleted before delete on api_keys
    for each row execute function refuse_delete();

-- a revocation is final, and a key's hash, name and role never change
create function refuse_api_key_change() returns trigger language plpgsql as $$
begin
    if old.revoked_at is not null
            or new.key_hash <> old.key_hash or new.name <> old.name or new.role <> old.role
            or new.id <> old.id or new.created_at <> old.created_at then
        raise exception 'api keys are only ever revoked';
    end if;
    return new;
end;
$$;

create trigger api_keys_only_get_revoked before update on api_keys
    for each row execute function refuse_api_key_change();
