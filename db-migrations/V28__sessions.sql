-- Server-side sessions (README "Security", docs/operations.md "Sessions"). The encrypted drr-session cookie of Quarkus form authentication says
-- who and keeps the idle timeout; a second cookie, drr-sid, carries a random session id whose SHA-256 is the key
-- here. Every page request finds its row (one query, kr.drregistry.identity.session.SessionStore): a row that is
-- revoked (sign-out, account change) or past expires_at (the absolute lifetime, drr.session.max-age) ends the
-- session on every replica at once, however fresh the cookie is.
create table user_session (
    id_hash        varchar(64) primary key,
    user_id        uuid        not null references app_user (id),
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_reason varchar(40),
    source         varchar(64)
);
create index user_session_user on user_session (user_id) where revoked_at is null;
create index user_session_expiry on user_session (expires_at);

-- A change of what an account may do ends all its sessions, whichever code (or person with SQL) makes it: a new
-- password, other roles, another organisation, or deactivation.
create function end_sessions_of_changed_account() returns trigger language plpgsql as $$
begin
    if new.password_hash is distinct from old.password_hash or new.roles is distinct from old.roles
            or new.organisation_id is distinct from old.organisation_id or (old.active and not new.active) then
        update user_session set revoked_at = now(), revoked_reason = 'account-changed'
         where user_id = new.id and revoked_at is null;
    end if;
    return new;
end $$;
create trigger app_user_ends_sessions after update on app_user
    for each row execute function end_sessions_of_changed_account();
