-- version_finding carried two indexes that no query reads since V12 moved the trends page to version_finding_count:
-- version_finding_month (by submitted_at) and version_finding_key (by filing, version and finding key). The only
-- query of the table, the per-version count a submission writes (VersionFindings.COUNT), reads the primary key.
-- Each of the two cost ~0.15-0.2 s of every 100,000-component submission (66,583 rows by COPY: 0.74 s with the three
-- indexes, 0.36 s with the primary key alone; measured with psql on the embedded PostgreSQL 17). An analyst's ad hoc
-- query by month or by key still runs, as a scan.
drop index version_finding_month;
drop index version_finding_key;
