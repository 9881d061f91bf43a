-- The statements behind the series reads, as the application sends them, with
-- their plans: psql -h 127.0.0.1 -U postgres -d bench_series -f bench/explain.sql
set search_path = casualty_claims;

-- (these run once per data change: between writes the service answers from CachedReads)
\echo '--- /deltas/latest: the first page of 100'
explain (analyze, buffers, costs off)
select s.subject, s.category, l.id, l.figure, l.stated_on, p.id, p.figure, p.stated_on
from series s join claims l on l.id = s.latest_claim_id join claims p on p.id = s.previous_claim_id
where s.claim_count >= 2
order by s.latest_stated_on desc, s.subject_key, s.category limit 100 offset 0;

\echo '--- /series: the first page of 100'
explain (analyze, buffers, costs off)
select s.subject, s.category, s.claim_count, l.id, p.id
from series s join claims l on l.id = s.latest_claim_id left join claims p on p.id = s.previous_claim_id
where s.claim_count > 0
order by s.latest_stated_on desc, s.subject_key, s.category limit 100 offset 0;

\echo '--- /deltas?subject=X: one series group, along claims_series_order'
explain (analyze, buffers, costs off)
select s.subject, c.category, c.subject_key, c.id, c.figure, c.stated_on
from claims c join series s on s.subject_key = c.subject_key and s.category = c.category
where c.status = 'active' and c.subject_key = 'bench subject 42'
order by c.subject_key, c.category, c.stated_on, c.created_at, c.id;

\echo '--- a write: recomputing one series from its newest two claims'
begin;
explain (analyze, buffers, costs off)
update series s set claim_count = totals.claim_count, first_stated_on = totals.first_stated_on,
    subject = coalesce(newest.subject, s.subject), latest_claim_id = newest.id,
    latest_stated_on = newest.stated_on, previous_claim_id = previous.id
from (select count(*) as claim_count, min(stated_on) as first_stated_on from claims
      where subject_key = 'bench subject 42' and category = 'killed' and status = 'active') totals
left join lateral (select id, subject, stated_on from claims
      where subject_key = 'bench subject 42' and category = 'killed' and status = 'active'
      order by stated_on desc, created_at desc, id desc limit 1) newest on true
left join lateral (select id from claims
      where subject_key = 'bench subject 42' and category = 'killed' and status = 'active'
      order by stated_on desc, created_at desc, id desc offset 1 limit 1) previous on true
where s.subject_key = 'bench subject 42' and s.category = 'killed';
rollback;
