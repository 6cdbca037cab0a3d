-- The audit chain becomes keyed: each new entry's hash is an HMAC-SHA256 under a key kept outside the database
-- (DRR_AUDIT_KEY, or data/audit.key for the embedded default), so that rewriting entries and re-computing the chain
-- needs the key. Entries written before this version keep their unkeyed SHA-256 (keyed = false); verification accepts
-- them only before the first keyed entry, so a rewritten tail cannot pass as "old" entries.
alter table audit_entry add column keyed boolean not null default false;

-- TRUNCATE fires no row trigger: refuse it as UPDATE and DELETE are refused.
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_change_of_immutable_row();
