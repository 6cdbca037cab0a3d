-- E-mails sent (or attempted) per event, so that a scheduled reminder goes out once per filing and occasion even
-- with several replicas: the unique key is claimed before the mail is sent.
create table notification (
    id          uuid primary key,
    kind        varchar(40)  not null,
    filing_id   uuid         references filing (id),
    occasion    varchar(200) not null,
    recipients  text         not null,
    subject     text         not null,
    sent_at     timestamptz,
    failure     text,
    created_at  timestamptz  not null,
    unique (kind, filing_id, occasion)
);
