-- Consistency flags: a killed or wounded figure above the same speaker's casualties
-- figure (killed and wounded together) for the same subject on the same date. Raised and
-- cleared on write, in the writing transaction; a flag is never deleted, a correction that
-- removes the inconsistency sets cleared_at.
create table claim_flags (
    id                   bigint generated always as identity primary key,
    part_claim_id        uuid          not null references claims (id),
    casualties_claim_id  uuid          not null references claims (id),
    part_category        varchar(20)   not null check (part_category in ('killed', 'wounded')),
    -- the group the two claims shared when the flag was raised: what a later write
    -- to that group re-examines
    subject_key          varchar(200)  not null,
    speaker_key          varchar(200)  not null,
    stated_on            date          not null,
    raised_at            timestamptz   not null,
    cleared_at           timestamptz,
    check (cleared_at is null or cleared_at >= raised_at)
);

-- at most one open flag per pair of claims
create unique index claim_flags_open_pair on claim_flags (part_claim_id, casualties_claim_id)
    where cleared_at is null;
create index claim_flags_open_by_group on claim_flags (subject_key, speaker_key, stated_on)
    where cleared_at is null;
create index claim_flags_open_by_casualties on claim_flags (casualties_claim_id) where cleared_at is null;
create index claim_flags_open_listing on claim_flags (raised_at desc, id desc) where cleared_at is null;

create trigger claim_flags_are_never_deleted before delete on claim_flags
    for each row execute function refuse_delete();
