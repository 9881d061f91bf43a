-- A new claim can now update its series in one statement, without recounting: the
-- series row keeps the whole sort key (stated_on, created_at, id) of its newest two
-- claims, so the upsert compares the new claims against them on the row it has
-- locked. It must not read them back from claims: the row it locked may have been
-- committed after its snapshot was taken, naming claims that snapshot cannot see.

alter table series
    add column latest_created_at    timestamptz,
    add column previous_stated_on   date,
    add column previous_created_at  timestamptz;

create or replace function rebuild_series() returns void language plpgsql
set search_path from current as $$
begin
    with ranked as (
        select subject_key, category, id, subject, stated_on, created_at,
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
               max(created_at) filter (where position = 1) as latest_created_at,
               (array_agg(id) filter (where position = 2))[1] as previous_claim_id,
               max(stated_on) filter (where position = 2) as previous_stated_on,
               max(created_at) filter (where position = 2) as previous_created_at
        from ranked
        where position <= 2
        group by subject_key, category
    )
    insert into series (subject_key, category, subject, claim_count, first_stated_on, latest_claim_id,
                        latest_stated_on, latest_created_at, previous_claim_id, previous_stated_on,
                        previous_created_at)
    select subject_key, category, subject, claim_count, first_stated_on, latest_claim_id,
           latest_stated_on, latest_created_at, previous_claim_id, previous_stated_on, previous_created_at
    from summed
    on conflict (subject_key, category) do update set
        subject = excluded.subject, claim_count = excluded.claim_count,
        first_stated_on = excluded.first_stated_on, latest_claim_id = excluded.latest_claim_id,
        latest_stated_on = excluded.latest_stated_on, latest_created_at = excluded.latest_created_at,
        previous_claim_id = excluded.previous_claim_id, previous_stated_on = excluded.previous_stated_on,
        previous_created_at = excluded.previous_created_at;
    -- series whose claims all left since
    update series s set claim_count = 0, first_stated_on = null, latest_claim_id = null,
                        latest_stated_on = null, latest_created_at = null, previous_claim_id = null,
                        previous_stated_on = null, previous_created_at = null
    where s.claim_count > 0
      and not exists (select 1 from claims c
                      where c.subject_key = s.subject_key and c.category = s.category and c.status = 'active');
end;
$$;

select rebuild_series();

alter table series
    add check ((latest_claim_id is null) = (latest_created_at is null)),
    add check ((latest_claim_id is null) = (latest_stated_on is null)),
    add check ((previous_claim_id is null) = (previous_created_at is null)),
    add check ((previous_claim_id is null) = (previous_stated_on is null));
