-- Password guessing is throttled per (source address, account) and per source address, never per account alone:
-- a stranger's wrong passwords cannot lock the owner out (kr.drregistry.identity.login.LoginThrottle). The account
-- lock of V21 goes. account '' is the row counting every account tried from the source (against spraying).
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;

create table login_throttle (
    source          varchar(64) not null,
    account         varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    primary key (source, account)
);
create index login_throttle_last on login_throttle (last_failure_at);
