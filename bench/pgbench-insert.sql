-- One single-row INSERT of a claim per transaction: the floor under POST /api/v1/claims.
insert into casualty_claims.claims (id, subject, subject_key, category, figure, qualifier, speaker, source,
                                    stated_on, status, version, created_at, created_by, updated_at, updated_by)
values (gen_random_uuid(), 'Benchmark inserts', 'benchmark inserts', 'casualties', 4000, 'exact',
        'Volodymyr Zelensky', 'Interfax-Ukraine', date '2025-01-09', 'active', 1, now(), 'pgbench', now(), 'pgbench');
