-- A submission now loads its finding rows while the version's stored report is still being written (the rows come
-- from the findings in memory, not from the report), so they arrive before their filing_version row. The rows of one
-- statement are therefore checked against their filing, as V10's foreign key did before V42; that they belong to a
-- submitted version is checked where a submission ends: its counts (version_finding_count, written from the rows
-- after the version row) must name a submitted version. Both checks stay per statement, not per row.
create or replace function version_finding_requires_version() returns trigger language plpgsql as $$
begin
    if exists (select 1
                 from (select distinct filing_id from added) a
                where not exists (select 1 from filing f where f.id = a.filing_id)) then
        raise exception 'version_finding rows must belong to a filing'
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create function version_finding_count_requires_version() returns trigger language plpgsql as $$
begin
    if exists (select 1
                 from (select distinct filing_id, version_number from added) a
                where not exists (select 1 from filing_version v
                                   where v.filing_id = a.filing_id and v.number = a.version_number)) then
        raise exception 'version_finding_count rows must belong to a submitted version (filing_version)'
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create trigger version_finding_count_requires_version after insert on version_finding_count
    referencing new table as added for each statement execute function version_finding_count_requires_version();
