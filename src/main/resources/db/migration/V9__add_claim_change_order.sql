-- The mirror feed (GET /claims/changes) orders changes by the id of the transaction
-- that made them. updated_at cannot serve: it is set before commit, so a write that
-- commits late appears behind a cursor that has already passed it. A transaction id
-- below the oldest one still running (pg_snapshot_xmin) belongs to a finished
-- transaction, so a feed that stops there never skips a change that commits later.
alter table claims add column change_xid xid8 not null default pg_current_xact_id();

create function stamp_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end;
$$;

create trigger claims_stamp_change_xid before update on claims
    for each row execute function stamp_change_xid();

create index claims_by_change on claims (change_xid, id);
