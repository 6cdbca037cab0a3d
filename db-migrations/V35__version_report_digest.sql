-- What the version and review pages show of a submitted topology version's report, computed once when the version
-- is frozen: the ranked root causes, the findings a page lists first (the ones that take the most users down per
-- severity and per root cause) and the scenario outcomes without the services that stay up. A 100,000-component
-- report is ~190 MB of JSON; its digest is a few megabytes, so the pages read it in milliseconds. The full report
-- stays in filing_version.report ("show all", exports, the API).
create table version_report_digest (
    filing_id      uuid    not null references filing (id),
    version_number integer not null,
    digest         text    not null,
    primary key (filing_id, version_number)
);
alter table version_report_digest alter column digest set storage external;
create trigger version_report_digest_immutable before update or delete on version_report_digest
    for each row execute function refuse_change_of_immutable_row();
