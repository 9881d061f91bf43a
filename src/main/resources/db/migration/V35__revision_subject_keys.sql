-- As-of reads (asOf= on /claims, /series, /deltas) rebuild the claims as they stood at an
-- instant from claim_revisions and the current rows, and group them into series by
-- subject_key. A revision's key cannot be recomputed in SQL exactly as the application
-- computes it (Java and PostgreSQL lower-case and trim some letters and spaces
-- differently), so a revision now keeps the key its claim had at that version.
alter table claim_revisions add column subject_key varchar(200);

-- Backfill: the key the claim has now when the subject is the same text (nearly always),
-- else PostgreSQL's closest reading of the rule. The append-only trigger is lifted for
-- this one statement only.
alter table claim_revisions disable trigger claim_revisions_are_append_only;
update claim_revisions r
set subject_key = coalesce(
        (select c.subject_key from claims c where c.id = r.claim_id and c.subject = r.subject),
        lower(btrim(regexp_replace(r.subject, '\s+', ' ', 'g'))));
alter table claim_revisions enable trigger claim_revisions_are_append_only;

alter table claim_revisions alter column subject_key set not null;

-- "the version valid at T" walks a claim's revisions newest first
create index claim_revisions_by_changed_at on claim_revisions (changed_at);
