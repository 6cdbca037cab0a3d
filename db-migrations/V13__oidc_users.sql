-- Accounts signed in through an OpenID Connect provider: linked to the provider's issuer and subject (stable,
-- unlike user names or e-mail addresses). Local accounts keep both null. An OIDC account's password hash is a
-- bcrypt hash of a random secret nobody knows, so it can never sign in with the login form.
alter table app_user add column oidc_issuer varchar(500);
alter table app_user add column oidc_subject varchar(255);
alter table app_user add constraint app_user_oidc_link check ((oidc_issuer is null) = (oidc_subject is null));
create unique index app_user_oidc on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;
