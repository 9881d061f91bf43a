-- A claim may name only the month or year it was stated ("in January", "in 2024"):
-- stated_on is then the first day of that month or year and stated_on_precision says how
-- much of it is meant. Existing claims were stated on a day.
alter table claims add column stated_on_precision varchar(5) not null default 'day'
    check (stated_on_precision in ('day', 'month', 'year'));
alter table claims add check (
    stated_on_precision = 'day'
    or (stated_on_precision = 'month' and extract(day from stated_on) = 1)
    or (stated_on_precision = 'year' and extract(day from stated_on) = 1 and extract(month from stated_on) = 1));

-- a revision keeps the precision its version had
alter table claim_revisions add column stated_on_precision varchar(5) not null default 'day';
