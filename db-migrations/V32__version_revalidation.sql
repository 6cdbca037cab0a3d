-- Re-validation of a submitted topology version (FILING-FORMAT-V2.md §2 F1, issue 17 point 4): the report frozen with
-- a version never changes, even when a provider's filing it resolved a facilityRef against is accepted anew or the
-- active policy changes. Re-validating is an explicit action by the operator or a regulator that runs the frozen
-- content again under today's policy and accepted filings and keeps the result here, beside the version, append-only.
create table version_revalidation (
    id              uuid primary key,
    filing_id       uuid         not null,
    version_number  integer      not null,
    made_at         timestamptz  not null,
    made_by         varchar(100) not null,
    policy_id       varchar(63)  not null,
    policy_version  varchar(63)  not null,
    report          text         not null,
    foreign key (filing_id, version_number) references filing_version (filing_id, number)
);

create index version_revalidation_by_version on version_revalidation (filing_id, version_number, made_at desc);

create trigger version_revalidation_immutable before update or delete on version_revalidation
    for each row execute function refuse_change_of_immutable_row();
