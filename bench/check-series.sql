-- Every series row against a recount from the claims table: one row per series whose
-- count, first date, newest claim, previous claim (so its latest delta) or spelling
-- differs; none when the write path kept them right. bench/run.sh prints the count
-- after the load; SeriesConsistencyIntegrationTests runs the same query. Run with the
-- service's schema on the search_path.
with expected as (
    select subject_key, category, count(*) as claim_count, min(stated_on) as first_stated_on,
           (array_agg(id order by stated_on desc, created_at desc, id desc))[1] as latest_claim_id,
           (array_agg(id order by stated_on desc, created_at desc, id desc))[2] as previous_claim_id,
           (array_agg(subject order by stated_on desc, created_at desc, id desc))[1] as subject,
           -- the sort keys the series row keeps, so a new claim can be placed without a recount
           (array_agg(row(stated_on, created_at)::text order by stated_on desc, created_at desc, id desc))[1:2]
               as order_keys
    from claims
    where status = 'active'
    group by subject_key, category
),
actual as (
    select subject_key, category, claim_count, first_stated_on, latest_claim_id, previous_claim_id, subject,
           array_remove(array[case when latest_claim_id is not null then row(latest_stated_on, latest_created_at)::text end,
                              case when previous_claim_id is not null then row(previous_stated_on, previous_created_at)::text end],
                        null) as order_keys
    from series
    where claim_count > 0
),
deltas as (
    select e.subject_key, e.category,
           e.claim_count as expected_count, a.claim_count as actual_count,
           e.first_stated_on as expected_first, a.first_stated_on as actual_first,
           e.latest_claim_id as expected_latest, a.latest_claim_id as actual_latest,
           e.previous_claim_id as expected_previous, a.previous_claim_id as actual_previous,
           e.subject as expected_subject, a.subject as actual_subject,
           e.order_keys as expected_keys, a.order_keys as actual_keys
    from expected e full join actual a using (subject_key, category)
)
select coalesce(d.subject_key, '') as subject_key, d.category,
       d.expected_count, d.actual_count, d.expected_first, d.actual_first,
       d.expected_latest, d.actual_latest, d.expected_previous, d.actual_previous,
       el.figure - ep.figure as expected_latest_change, al.figure - ap.figure as actual_latest_change
from deltas d
left join claims el on el.id = d.expected_latest
left join claims ep on ep.id = d.expected_previous
left join claims al on al.id = d.actual_latest
left join claims ap on ap.id = d.actual_previous
where d.expected_count is distinct from d.actual_count
   or d.expected_first is distinct from d.actual_first
   or d.expected_latest is distinct from d.actual_latest
   or d.expected_previous is distinct from d.actual_previous
   or d.expected_subject is distinct from d.actual_subject
   or d.expected_keys is distinct from d.actual_keys
order by 1, 2;
