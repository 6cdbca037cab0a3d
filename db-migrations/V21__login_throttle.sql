-- Sign-in throttling for local accounts: consecutive failed password checks, and until when the account refuses
-- sign-in after too many (drr.login.max-failures, drr.login.lock-for). Kept in the database so every replica agrees.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
