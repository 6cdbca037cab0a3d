-- The regulator's coverage and trends pages.
--
-- version_finding: every finding of every submitted version as a row (rule, severity, subject kind, finding key), so
-- the trends page counts findings by rule and severity with SQL over up to a million findings instead of parsing
-- every version's report JSON. Filled when a version is submitted (FilingService.submit → VersionFindings.store), from
-- the same report JSON the version keeps; existing versions are back-filled below with the same jsonb expression.
-- submitted_at and plan_year are the version's and its filing's, copied so monthly counts need no join.
create table version_finding (
    filing_id      uuid         not null references filing (id),
    version_number integer      not null,
    ordinal        integer      not null,
    rule           varchar(40)  not null,
    severity       varchar(10)  not null,
    subject_kind   varchar(40)  not null,
    -- rule|subject kind|subject id|scenario, as ReportView.FindingView.key() and finding_disposition.finding_key
    finding_key    varchar(600) not null,
    submitted_at   timestamptz  not null,
    plan_year      integer,
    primary key (filing_id, version_number, ordinal)
);
create index version_finding_month on version_finding (submitted_at) include (rule, severity, plan_year);
create index version_finding_key on version_finding (filing_id, version_number, finding_key);
create trigger version_finding_immutable before update or delete on version_finding
    for each row execute function refuse_change_of_immutable_row();

insert into version_finding (filing_id, version_number, ordinal, rule, severity, subject_kind, finding_key, submitted_at, plan_year)
select v.filing_id, v.number, x.ord, left(x.f ->> 'rule', 40), left(x.f ->> 'severity', 10),
       left(coalesce(x.f -> 'subject' ->> 'kind', ''), 40),
       left(coalesce(x.f ->> 'rule', '') || '|' || coalesce(x.f -> 'subject' ->> 'kind', '') || '|'
            || coalesce(x.f -> 'subject' ->> 'id', '') || '|' || coalesce(x.f ->> 'scenario', ''), 600),
       v.submitted_at, fi.plan_year
  from filing_version v
  join filing fi on fi.id = v.filing_id
 cross join lateral jsonb_array_elements(coalesce(v.report::jsonb -> 'findings', '[]'::jsonb)) with ordinality as x(f, ord)
 where x.f ->> 'rule' is not null and x.f ->> 'severity' is not null;

-- Coverage: operators by kind, a filing's latest change request, a version's first submission.
create index organisation_kind_slug on organisation (kind, slug);
create index filing_changes_requested on filing (organisation_id) where status = 'CHANGES_REQUESTED';
create index filing_decision_changes on filing_decision (filing_id, decided_at desc) where decision = 'REQUEST_CHANGES';
-- a finding's dispositions (is it disposed?)
create index finding_disposition_key on finding_disposition (filing_id, version_number, finding_key);
create index filing_year_type on filing (plan_year, type) include (organisation_id, status, latest_version);
