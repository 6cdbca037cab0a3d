-- version_finding rows were each checked against filing by a foreign key: one referential-integrity trigger per row,
-- ~0.45 s of a 100,000-component submission's 66,583 rows (measured with psql). The rows of one statement are now
-- checked together, once per statement, and against what they belong to: the submitted version itself (a submission
-- writes its version first, then its findings; a version is never deleted, so neither is the filing behind it).
alter table version_finding drop constraint version_finding_filing_id_fkey;

create function version_finding_requires_version() returns trigger language plpgsql as $$
begin
    if exists (select 1
                 from (select distinct filing_id, version_number from added) a
                where not exists (select 1 from filing_version v
                                   where v.filing_id = a.filing_id and v.number = a.version_number)) then
        raise exception 'version_finding rows must belong to a submitted version (filing_version)'
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create trigger version_finding_requires_version after insert on version_finding
    referencing new table as added for each statement execute function version_finding_requires_version();
