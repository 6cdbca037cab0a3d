-- Every change of an organisation's designation figures (the data that decides whether it must file at all): the
-- figures before and after, who changed them, when, why, and whether the regulator made the change (a correction)
-- rather than the organisation's officer. Append-only like the audit trail: the database refuses UPDATE, DELETE and
-- TRUNCATE whatever the route.
create table designation_change (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    changed_at      timestamptz   not null,
    changed_by      varchar(100)  not null,
    by_regulator    boolean       not null,
    reason          text          not null check (length(btrim(reason)) between 1 and 2000),
    -- the organisation's row version after the change
    row_version     bigint        not null,
    before_values   jsonb         not null,
    after_values    jsonb         not null
);
create index designation_change_organisation on designation_change (organisation_id, changed_at desc);
create trigger designation_change_immutable before update or delete on designation_change
    for each row execute function refuse_change_of_immutable_row();
create trigger designation_change_no_truncate before truncate on designation_change
    for each statement execute function refuse_change_of_immutable_row();
