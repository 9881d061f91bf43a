-- Loads :claims claims into about :claims / 50 series straight into PostgreSQL,
-- then repairs the series table with rebuild_series(), as a bulk load that
-- bypasses the application must. Run against a database the application has
-- migrated (start it once first); see seed.sh.
--
--   psql -h 127.0.0.1 -U postgres -d bench_series -v claims=1000000 -f bench/seed.sql

\set ON_ERROR_STOP on
set search_path = casualty_claims;
\timing on

-- series k = subject k / 6, category k % 6; every series gets about 50 claims
-- spread over three years, so many series share their newest date
insert into claims (id, subject, subject_key, category, figure, figure_low, figure_high, qualifier,
                    speaker, source, stated_on, status, version, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(),
       'Bench subject ' || (k / 6),
       'bench subject ' || (k / 6),
       (array['killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed'])[k % 6 + 1],
       f, null, null,
       (array['exact', 'exact', 'approximately', 'at_least'])[g % 4 + 1],
       (array['Volodymyr Zelensky', 'Lloyd Austin', 'John Kirby', 'Kyrylo Budanov'])[(g / 7) % 4 + 1],
       'Bench source ' || (g % 97),
       date '2023-01-01' + (random() * 1000)::int,
       'active', 1, t, 'bench', t, 'bench'
from (select g, g % greatest(1, :claims / 50) as k, (random() * 100000)::bigint as f,
             now() - make_interval(secs => g) as t
      from generate_series(1, :claims) as g) as rows;

select rebuild_series();
vacuum analyze claims;
vacuum analyze series;
vacuum analyze data_version;

select (select count(*) from claims) as claims,
       (select count(*) from series where claim_count > 0) as series,
       (select series_with_deltas from data_version) as series_with_deltas;
