-- Findings counted per version, rule and severity, for the regulator's trends page. Counting version_finding itself
-- at a million findings took seconds (every latest version's rows grouped, each probed for a disposition); these
-- counts are about a dozen rows per version. Written with version_finding when a version is submitted
-- (VersionFindings.store) and never changed, like the version itself.
create table version_finding_count (
    filing_id      uuid         not null references filing (id),
    version_number integer      not null,
    rule           varchar(40)  not null,
    severity       varchar(10)  not null,
    n              integer      not null check (n > 0),
    submitted_at   timestamptz  not null,
    plan_year      integer,
    primary key (filing_id, version_number, rule, severity)
);
create index version_finding_count_month on version_finding_count (submitted_at) include (rule, severity, n, plan_year);
create trigger version_finding_count_immutable before update or delete on version_finding_count
    for each row execute function refuse_change_of_immutable_row();

insert into version_finding_count (filing_id, version_number, rule, severity, n, submitted_at, plan_year)
select filing_id, version_number, rule, severity, count(*), min(submitted_at), min(plan_year)
  from version_finding
 group by filing_id, version_number, rule, severity;

-- dispositions of a version (the trends count the disposed findings of each filing's latest version)
create index finding_disposition_version_key on finding_disposition (filing_id, version_number) include (finding_key);

-- the review queue's default order (oldest submission first): walked in index order and stopped after a page,
-- instead of sorting every filing's latest version
create index filing_version_submitted on filing_version (submitted_at, filing_id, number);
