-- Drafts, versions' canonical content and versions' stored reports are kept compressed (gzip, written by the
-- application: kr.drregistry.platform.StoredText). A 100,000-component topology is ~63 MB of JSON and its stored
-- report ~57 MB; PostgreSQL spent ~0.6 s per 63 MB of out-of-line text on every write and every read, and its own
-- compression (pglz; this PostgreSQL has no lz4) cost more than it saved. JSON compresses ~7x.
--
-- The columns become bytea. Rows written before keep their text as its UTF-8 bytes; the application tells the two
-- forms apart by the gzip magic number (1f 8b), which no JSON or YAML text starts with.
--
-- draft_chars keeps the draft's length in characters, which PostgreSQL can no longer count from the column (and which
-- cost reading the whole draft to count). Whatever writes draft_content must set draft_chars and draft_sha256 with it.

alter table filing add column draft_chars bigint check (draft_chars >= 0);
update filing set draft_chars = length(draft_content) where draft_content is not null;

alter table filing alter column draft_content type bytea using convert_to(draft_content, 'UTF8');
alter table filing_version alter column content type bytea using convert_to(content, 'UTF8');
alter table filing_version alter column report type bytea using convert_to(report, 'UTF8');

-- compressed already: PostgreSQL must not try again
alter table filing alter column draft_content set storage external;
alter table filing_version alter column content set storage external;
alter table filing_version alter column report set storage external;
