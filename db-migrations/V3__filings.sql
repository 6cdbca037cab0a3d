-- Filings: one lifecycle for DR topology, disaster-management plans and post-incident reports.
-- A filing has a mutable draft (optimistic version = its ETag) and immutable submitted versions.

create table filing (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    type             varchar(20)  not null check (type in ('TOPOLOGY', 'PLAN', 'INCIDENT')),
    plan_year        integer      check (plan_year between 2000 and 2100),
    title            varchar(200) not null,
    status           varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED')),
    draft_content    text,
    draft_media_type varchar(100),
    draft_version    bigint       not null default 0,
    draft_updated_at timestamptz,
    draft_updated_by varchar(100),
    latest_version   integer      not null default 0,
    created_at       timestamptz  not null default now(),
    created_by       varchar(100) not null,
    check (type = 'INCIDENT' or plan_year is not null)
);
create index filing_org_type_year on filing (organisation_id, type, plan_year);
create index filing_status on filing (status);

-- A submitted version: canonical JSON, its SHA-256, who and when, the validation report and the policy used.
-- Never updated, never deleted: the triggers below refuse it whatever the route (code, admin tool, SQL).
create table filing_version (
    id               uuid primary key,
    filing_id        uuid         not null references filing (id),
    number           integer      not null check (number >= 1),
    content          text         not null,
    content_sha256   varchar(64)     not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    submitted_at     timestamptz  not null,
    submitted_by     varchar(100) not null,
    policy_id        varchar(63)  not null,
    policy_version   varchar(63)  not null,
    report           text         not null,
    count_critical   integer      not null default 0,
    count_high       integer      not null default 0,
    count_medium     integer      not null default 0,
    count_low        integer      not null default 0,
    count_info       integer      not null default 0,
    unique (filing_id, number)
);

create function refuse_change_of_immutable_row() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable: % refused', tg_table_name, tg_op using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger filing_version_immutable before update or delete on filing_version
    for each row execute function refuse_change_of_immutable_row();
create trigger filing_version_no_truncate before truncate on filing_version
    for each statement execute function refuse_change_of_immutable_row();

-- Review decisions on versions (append-only): the filing's status follows the latest decision.
create table filing_decision (
    id             uuid primary key,
    filing_id      uuid         not null references filing (id),
    version_number integer      not null,
    decision       varchar(30)  not null check (decision in ('START_REVIEW', 'REQUEST_CHANGES', 'ACCEPT', 'REJECT')),
    reason         text,
    due_date       date,
    decided_by     varchar(100) not null,
    decided_at     timestamptz  not null
);
create index filing_decision_filing on filing_decision (filing_id);
create trigger filing_decision_immutable before update or delete on filing_decision
    for each row execute function refuse_change_of_immutable_row();

-- Idempotency-Key of submissions: a repeated key returns the version the first request created.
create table submission_key (
    filing_id      uuid         not null references filing (id),
    idem_key       varchar(200) not null,
    version_number integer      not null,
    created_at     timestamptz  not null default now(),
    primary key (filing_id, idem_key)
);

-- Attachments of a filing's draft; frozen into a version by reference when submitted.
create table attachment (
    id             uuid primary key,
    filing_id      uuid         not null references filing (id),
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes >= 0),
    sha256         varchar(64)     not null,
    content        bytea        not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz  not null,
    frozen_in_version integer
);
create index attachment_filing on attachment (filing_id);

-- One topology filing and one plan filing per organisation and plan year (incidents are many).
create unique index filing_one_per_year on filing (organisation_id, type, plan_year) where type <> 'INCIDENT';

-- Filings can be tens of megabytes of JSON. The embedded PostgreSQL has no lz4, and pglz costs more time on
-- submission than the disk it saves is worth here: keep these columns out of line and uncompressed.
alter table filing alter column draft_content set storage external;
alter table filing_version alter column content set storage external;
alter table filing_version alter column report set storage external;
