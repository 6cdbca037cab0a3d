-- Regulatory policy as versioned data: rule severities, thresholds and legal bases. A new version is a new row;
-- exactly one row is active. Every validation report names the policy id and version it used.
create table rule_policy (
    id          uuid primary key,
    policy_id   varchar(63)  not null,
    version     varchar(63)  not null,
    document    text         not null,
    active      boolean      not null default false,
    created_at  timestamptz  not null default now(),
    created_by  varchar(64)  not null,
    unique (policy_id, version)
);
create unique index rule_policy_one_active on rule_policy (active) where active;
