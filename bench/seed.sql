-- Loads :claims claims into :claims / 50 series straight into PostgreSQL, then
-- repairs the series table with rebuild_series(), as a bulk load that bypasses
-- the application must. Run against a database the application has migrated
-- (bench/bench.sh does it all; see seed.sh to seed by hand).
--
--   psql -h 127.0.0.1 -U postgres -d bench_claims -v claims=1000000 -f bench/seed.sql
--
-- Fast because it is one INSERT ... SELECT with every column computed from the row
-- number, into a table whose secondary indexes are dropped first and built once
-- afterwards (a sorted build instead of a million index insertions), without
-- waiting for WAL flushes.

\set ON_ERROR_STOP on
set search_path = casualty_claims;
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set max_parallel_maintenance_workers = 2;
\timing on

begin;
-- checked row by row: a deferred check (claims.supersedes) left pending until commit
-- would forbid the index builds below
set constraints all immediate;
-- every index but the primary key (which the series table references), rebuilt below
create temporary table dropped_indexes on commit drop as
select indexname, indexdef from pg_indexes
where schemaname = 'casualty_claims' and tablename = 'claims' and indexname <> 'claims_pkey';
do $$
declare
    name text;
begin
    for name in select indexname from dropped_indexes loop
        execute format('drop index casualty_claims.%I', name);
    end loop;
end;
$$;

-- series k = subject k / 6, category k % 6; every series gets 50 claims spread over
-- three years, so many series share their newest date
insert into claims (id, subject, subject_key, category, figure, figure_low, figure_high, qualifier,
                    speaker, source, stated_on, status, version, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(),
       'Bench subject ' || (k / 6),
       'bench subject ' || (k / 6),
       (array['killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed'])[k % 6 + 1],
       (g * 7919) % 100000, null, null,
       (array['exact', 'exact', 'approximately', 'at_least'])[g % 4 + 1],
       (array['Volodymyr Zelensky', 'Lloyd Austin', 'John Kirby', 'Kyrylo Budanov'])[(g / 7) % 4 + 1],
       'Bench source ' || (g % 97),
       date '2023-01-01' + ((g * 2654435761) % 1000)::int,
       'active', 1, t, 'bench', t, 'bench'
from (select g::bigint as g, g % greatest(1, :claims / 50) as k, timestamptz '2026-01-01' - make_interval(secs => g) as t
      from generate_series(1, :claims) as g) as rows;

do $$
declare
    definition text;
begin
    for definition in select indexdef from dropped_indexes loop
        execute definition;
    end loop;
end;
$$;
commit;

select rebuild_series();
vacuum analyze claims;
vacuum analyze series;

select (select count(*) from claims) as claims,
       (select count(*) from series where claim_count > 0) as series,
       (select count(*) from series where claim_count >= 2) as series_with_deltas;
