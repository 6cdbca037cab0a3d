-- The audit trail: append-only, each entry carries the hash of the previous one (a hash chain), so that a
-- changed or deleted row is detected by verification.
create table audit_entry (
    seq             bigint       primary key,
    at              timestamptz  not null,
    actor           varchar(100) not null,
    organisation_id uuid,
    action          varchar(60)  not null,
    subject_type    varchar(30),
    subject_id      varchar(100),
    detail          text,
    prev_hash       varchar(64)     not null,
    hash            varchar(64)     not null
);
create index audit_subject on audit_entry (subject_type, subject_id);
create trigger audit_entry_immutable before update or delete on audit_entry
    for each row execute function refuse_change_of_immutable_row();

-- Per-organisation API tokens for operators' systems: only a SHA-256 of the secret is kept.
create table api_token (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(100) not null,
    token_prefix    varchar(16)  not null,
    token_hash      varchar(64)     not null unique,
    scopes          varchar(100) not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
create index api_token_org on api_token (organisation_id);
