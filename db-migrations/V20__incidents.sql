-- Post-incident reports (issue 7). An incident is a filing of type INCIDENT; each stage submission (initial,
-- intermediate, final, as the incident policy says) is an immutable filing_version, described here by its stage,
-- the due time it was held to and whether it came late.

-- Incident reporting policies as versioned data (stages, deadlines, thresholds, INC rule severities). A new version
-- is a new row; exactly one row is active: the policy new incidents are reported under.
create table incident_policy (
    id          uuid primary key,
    policy_id   varchar(63)  not null,
    version     varchar(63)  not null,
    document    text         not null,
    active      boolean      not null default false,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null,
    unique (policy_id, version)
);
create unique index incident_policy_one_active on incident_policy (active) where active;

-- One row per incident filing: the policy it is reported under (fixed at creation) and the times its deadlines count
-- from, as of its latest submission (as of creation before the first one).
create table incident (
    id              uuid primary key references filing (id),
    policy_id       varchar(63)  not null,
    policy_version  varchar(63)  not null,
    occurred_at     timestamptz,
    detected_at     timestamptz  not null,
    classified_at   timestamptz,
    recovered_at    timestamptz,
    foreign key (policy_id, policy_version) references incident_policy (policy_id, version)
);

-- What each submitted version of an incident is: its stage, when it was due (first submission of a stage only),
-- whether it was late, and the topology version its affected services were checked against. Never changed.
create table incident_stage (
    id                 uuid primary key,
    filing_id          uuid         not null references filing (id),
    version_number     integer      not null,
    stage              varchar(31)  not null,
    due_at             timestamptz,
    submitted_at       timestamptz  not null,
    late               boolean      not null,
    first_of_stage     boolean      not null,
    topology_filing_id uuid         references filing (id),
    topology_version   integer,
    unique (filing_id, version_number),
    foreign key (filing_id, version_number) references filing_version (filing_id, number)
);
create trigger incident_stage_immutable before update or delete on incident_stage
    for each row execute function refuse_change_of_immutable_row();

-- The append-only timeline of an incident: what happened when, as the operator records it.
create table incident_timeline (
    id           uuid primary key,
    filing_id    uuid          not null references filing (id),
    at           timestamptz   not null,
    text         varchar(4000) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index incident_timeline_filing on incident_timeline (filing_id, at);
create trigger incident_timeline_immutable before update or delete on incident_timeline
    for each row execute function refuse_change_of_immutable_row();
