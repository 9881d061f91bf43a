-- The claims store. Check constraints mirror the API's validation rules, so a
-- bug in the application can never put a figure in the table that the API
-- would have refused.

create extension if not exists pg_trgm;

create table reports (
    id            uuid primary key,
    title         varchar(500)  not null check (char_length(btrim(title)) between 1 and 500),
    outlet        varchar(200)  not null check (char_length(btrim(outlet)) between 1 and 200),
    author        varchar(200),
    published_on  date          not null,
    url           varchar(2000),
    text          text          check (char_length(text) <= 200000),
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);

create index reports_by_published_on on reports (published_on desc, created_at desc, id);

create table claims (
    id                 uuid primary key,
    subject            varchar(200)  not null check (char_length(subject) between 1 and 200),
    -- trimmed, inner whitespace collapsed, lower-cased: what series are grouped by
    subject_key        varchar(200)  not null check (char_length(subject_key) between 1 and 200),
    category           varchar(20)   not null
        check (category in ('killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed')),
    figure             bigint        not null check (figure between 0 and 100000000),
    figure_low         bigint        check (figure_low between 0 and 100000000),
    figure_high        bigint        check (figure_high between 0 and 100000000),
    qualifier          varchar(20)   not null default 'exact'
        check (qualifier in ('exact', 'approximately', 'at_least', 'at_most')),
    speaker            varchar(200)  not null check (char_length(speaker) between 1 and 200),
    source             varchar(200)  not null check (char_length(source) between 1 and 200),
    source_url         varchar(2000) check (source_url ~* '^https?://'),
    stated_on          date          not null check (stated_on >= date '1900-01-01'),
    quote              text          check (char_length(quote) <= 5000),
    report_id          uuid          references reports (id),
    status             varchar(20)   not null default 'active' check (status in ('active', 'retracted')),
    retraction_reason  varchar(1000),
    version            integer       not null check (version >= 1),
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    -- the text that q searches; a unit separator keeps a match from spanning two fields
    search_text        text generated always as (
        lower(subject || chr(31) || speaker || chr(31) || source || chr(31) || coalesce(quote, ''))) stored,
    check (figure_low is null or figure_low <= figure),
    check (figure_high is null or figure <= figure_high),
    check ((status = 'retracted') = (retraction_reason is not null))
);

-- series order: every series read walks this index and nothing else
create index claims_series_order on claims (subject_key, category, stated_on, created_at, id)
    where status = 'active';
create index claims_by_stated_on on claims (status, stated_on desc, id);
create index claims_by_speaker on claims (lower(speaker));
create index claims_by_source on claims (lower(source));
create index claims_by_category on claims (category, stated_on desc);
create index claims_by_updated_at on claims (updated_at);
create index claims_by_created_at on claims (created_at);
create index claims_by_report on claims (report_id);
create index claims_search_text on claims using gin (search_text gin_trgm_ops);

-- Nothing is erased: a claim is retracted, never deleted.
create function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are never deleted; retract instead', tg_table_name;
end;
$$;

create trigger claims_are_never_deleted before delete on claims
    for each row execute function refuse_delete();

-- Every earlier version of a claim, append-only.
create table claim_revisions (
    claim_id           uuid          not null references claims (id),
    version            integer       not null,
    subject            varchar(200)  not null,
    category           varchar(20)   not null,
    figure             bigint        not null,
    figure_low         bigint,
    figure_high        bigint,
    qualifier          varchar(20)   not null,
    speaker            varchar(200)  not null,
    source             varchar(200)  not null,
    source_url         varchar(2000),
    stated_on          date          not null,
    quote              text,
    status             varchar(20)   not null,
    retraction_reason  varchar(1000),
    changed_at         timestamptz   not null,
    changed_by         varchar(200)  not null,
    primary key (claim_id, version)
);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are append-only', tg_table_name;
end;
$$;

create trigger claim_revisions_are_append_only before update or delete on claim_revisions
    for each row execute function refuse_change();
