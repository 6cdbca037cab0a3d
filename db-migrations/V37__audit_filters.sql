-- The audit trail page filters by organisation, account, event and date and pages newest first by number
-- (issue 19): one index per filter, each ending in seq so a filtered page is read in order without a sort.
-- A filter by organisation also finds entries about the organisation's filings: audit_subject (V4) serves that half.
create index audit_organisation_seq on audit_entry (organisation_id, seq);
create index audit_actor_seq on audit_entry (actor, seq);
create index audit_action_seq on audit_entry (action, seq);
create index audit_at on audit_entry (at);
