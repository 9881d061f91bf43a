-- Series, maintained in the transaction of every claim write, so that listing
-- series and their latest deltas costs the size of the answer, not of the
-- claims table. A series is every active claim with one subject_key and
-- category; a row stays (claim_count 0) when its last claim leaves, so writers
-- always have a row to lock.

create table series (
    subject_key        varchar(200) not null,
    category           varchar(20)  not null,
    -- as the newest claim spells it
    subject            varchar(200) not null,
    claim_count        integer      not null check (claim_count >= 0),
    first_stated_on    date,
    latest_claim_id    uuid references claims (id),
    -- when the series last moved: the newest claim's statedOn
    latest_stated_on   date,
    previous_claim_id  uuid references claims (id),
    -- the data_version of the write that last changed this series
    change_number      bigint       not null,
    primary key (subject_key, category),
    check ((claim_count = 0) = (latest_claim_id is null)),
    check ((claim_count >= 2) = (previous_claim_id is not null))
);

-- "the series that moved most recently first", a total order: /series and /deltas/latest
create index series_by_moved on series (latest_stated_on desc, subject_key, category)
    where claim_count > 0;
create index series_with_delta_by_moved on series (latest_stated_on desc, subject_key, category)
    where claim_count >= 2;

-- One row that every claim write bumps in its transaction. It is the ETag of the
-- dashboards' feed (a 304 costs this one read), and it keeps the page totals, so
-- an unfiltered page needs no count over series. Writers lock it before any series
-- row, which orders their locks and rules out deadlocks.
create table data_version (
    id                  boolean primary key default true check (id),
    version             bigint  not null,
    series_with_claims  bigint  not null,
    series_with_deltas  bigint  not null
);

insert into data_version (version, series_with_claims, series_with_deltas) values (0, 0, 0);

-- Rebuilds every series row and the totals from the claims: the backfill below,
-- and the repair after bulk loads that bypass the application (bench/seed.sql).
create function rebuild_series() returns void language plpgsql
set search_path from current as $$
declare
    next_version bigint;
begin
    update data_version set version = version + 1 returning version into next_version;
    with ranked as (
        select subject_key, category, id, subject, stated_on,
               row_number() over newest_first as position,
               count(*) over same_series as claim_count,
               min(stated_on) over same_series as first_stated_on
        from claims
        where status = 'active'
        window same_series as (partition by subject_key, category),
               newest_first as (same_series order by stated_on desc, created_at desc, id desc)
    ),
    summed as (
        select subject_key, category,
               max(subject) filter (where position = 1) as subject,
               max(claim_count) as claim_count,
               max(first_stated_on) as first_stated_on,
               (array_agg(id) filter (where position = 1))[1] as latest_claim_id,
               max(stated_on) filter (where position = 1) as latest_stated_on,
               (array_agg(id) filter (where position = 2))[1] as previous_claim_id
        from ranked
        where position <= 2
        group by subject_key, category
    )
    insert into series (subject_key, category, subject, claim_count, first_stated_on, latest_claim_id,
                        latest_stated_on, previous_claim_id, change_number)
    select subject_key, category, subject, claim_count, first_stated_on, latest_claim_id,
           latest_stated_on, previous_claim_id, next_version
    from summed
    on conflict (subject_key, category) do update set
        subject = excluded.subject, claim_count = excluded.claim_count,
        first_stated_on = excluded.first_stated_on, latest_claim_id = excluded.latest_claim_id,
        latest_stated_on = excluded.latest_stated_on, previous_claim_id = excluded.previous_claim_id,
        change_number = excluded.change_number;
    -- series whose claims all left since
    update series set claim_count = 0, first_stated_on = null, latest_claim_id = null,
                      latest_stated_on = null, previous_claim_id = null, change_number = next_version
    where change_number <> next_version and claim_count > 0;
    update data_version set
        series_with_claims = (select count(*) from series where claim_count > 0),
        series_with_deltas = (select count(*) from series where claim_count >= 2);
end;
$$;

select rebuild_series();
