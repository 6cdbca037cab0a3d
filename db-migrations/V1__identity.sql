-- Organisations that file (value-added operators, IDC operators) and the regulator, with the designation
-- fields of REGULATION.md; users with their roles. Every operator-owned table later references organisation.

create table organisation (
    id                 uuid primary key,
    slug               varchar(63)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_ko            varchar(200) not null,
    name_en            varchar(200) not null,
    kind               varchar(20)  not null check (kind in ('VALUE_ADDED', 'IDC', 'REGULATOR')),
    daily_users        bigint        check (daily_users >= 0),
    traffic_share_pct  numeric(7, 4) check (traffic_share_pct between 0 and 100),
    floor_area_m2      numeric(12, 2) check (floor_area_m2 >= 0),
    received_power_mw  numeric(10, 3) check (received_power_mw >= 0),
    revenue_krw        bigint        check (revenue_krw >= 0),
    contact_email      varchar(320),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    row_version        bigint       not null default 0
);

create table app_user (
    id              uuid primary key,
    username        varchar(64)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    password_hash   varchar(100) not null,
    display_name    varchar(200) not null,
    email           varchar(320),
    organisation_id uuid         not null references organisation (id),
    -- comma-separated: operator-editor, operator-officer, regulator-reviewer, regulator-lead, admin
    roles           varchar(200) not null,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now()
);

create index app_user_organisation on app_user (organisation_id);
