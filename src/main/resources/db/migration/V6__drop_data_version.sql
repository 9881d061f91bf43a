-- The single data_version row every write bumped made all writes queue on one lock.
-- /deltas/latest and /series now keep ready-to-send pages invalidated on every
-- write (each instance hears of the others' through LISTEN/NOTIFY), and count the
-- series of a page only when they render it, so neither the version nor the totals
-- are needed: writes to different series run in parallel. With it goes
-- series.change_number, the version that last changed a row.

create or replace function rebuild_series() returns void language plpgsql
set search_path from current as $$
begin
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
                        latest_stated_on, previous_claim_id)
    select subject_key, category, subject, claim_count, first_stated_on, latest_claim_id,
           latest_stated_on, previous_claim_id
    from summed
    on conflict (subject_key, category) do update set
        subject = excluded.subject, claim_count = excluded.claim_count,
        first_stated_on = excluded.first_stated_on, latest_claim_id = excluded.latest_claim_id,
        latest_stated_on = excluded.latest_stated_on, previous_claim_id = excluded.previous_claim_id;
    -- series whose claims all left since
    update series s set claim_count = 0, first_stated_on = null, latest_claim_id = null,
                        latest_stated_on = null, previous_claim_id = null
    where s.claim_count > 0
      and not exists (select 1 from claims c
                      where c.subject_key = s.subject_key and c.category = s.category and c.status = 'active');
end;
$$;

drop table data_version;
alter table series drop column change_number;
