-- What reviewers record on a submitted version beside their decisions: a disposition per finding and comments on
-- the filing, its sections and its findings. Both are append-only like decisions: a changed disposition is a new
-- row and the latest row per finding counts, so who decided what and when is never lost.

create table finding_disposition (
    id             uuid primary key,
    filing_id      uuid         not null references filing (id),
    version_number integer      not null,
    -- rule|subject kind|subject id|scenario: the same finding has the same key in every version
    finding_key    varchar(600) not null,
    rule           varchar(40)  not null,
    disposition    varchar(20)  not null check (disposition in ('CONFIRMED', 'ACCEPTED_RISK', 'FALSE_POSITIVE')),
    justification  text,
    decided_by     varchar(100) not null,
    decided_at     timestamptz  not null,
    check (disposition <> 'ACCEPTED_RISK' or length(btrim(coalesce(justification, ''))) > 0)
);
create index finding_disposition_version on finding_disposition (filing_id, version_number, decided_at);
create trigger finding_disposition_immutable before update or delete on finding_disposition
    for each row execute function refuse_change_of_immutable_row();
create trigger finding_disposition_no_truncate before truncate on finding_disposition
    for each statement execute function refuse_change_of_immutable_row();

create table review_comment (
    id             uuid primary key,
    filing_id      uuid          not null references filing (id),
    version_number integer       not null,
    -- filing: the version as a whole; section: a plan section or topology part; finding: a finding key
    anchor_kind    varchar(10)   not null check (anchor_kind in ('filing', 'section', 'finding')),
    anchor         varchar(600),
    body           text          not null check (length(body) between 1 and 10000),
    author         varchar(100)  not null,
    author_is_regulator boolean  not null,
    created_at     timestamptz   not null
);
create index review_comment_version on review_comment (filing_id, version_number, created_at);
create trigger review_comment_immutable before update or delete on review_comment
    for each row execute function refuse_change_of_immutable_row();
create trigger review_comment_no_truncate before truncate on review_comment
    for each statement execute function refuse_change_of_immutable_row();
