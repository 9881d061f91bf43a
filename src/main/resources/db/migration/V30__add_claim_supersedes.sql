-- A claim may name the claim it supersedes: the same speaker revised the figure. The
-- earlier claim stays active (unlike a retraction); deltas mark the step. The API checks
-- that both are of one series and one speaker; the key only guarantees the target exists.
-- Deferred, so an import may name a claim that comes later in the same file.
alter table claims add column supersedes uuid
    references claims (id) deferrable initially deferred;
alter table claims add constraint claims_do_not_supersede_themselves check (supersedes <> id);

alter table claim_revisions add column supersedes uuid;

-- "which claims revise this one", and the foreign key's check on a referenced row
create index claims_by_supersedes on claims (supersedes) where supersedes is not null;
