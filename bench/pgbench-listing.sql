-- The two statements behind GET /api/v1/claims?subject=X&page=2&size=20: the page
-- and its count. :subject_key is set by run.sh with -D.
select id, subject, subject_key, category, figure, figure_low, figure_high, qualifier, speaker, source,
       source_url, stated_on, quote, report_id, status, retraction_reason, version, created_at, created_by,
       updated_at, updated_by, search_text
  from casualty_claims.claims
 where status = 'active' and subject_key = :subject_key
 order by stated_on desc, id desc
 offset 40 limit 20;
select count(*) from casualty_claims.claims where status = 'active' and subject_key = :subject_key;
