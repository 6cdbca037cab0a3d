-- The SHA-256 of a draft's bytes as saved, so that submitting it can find the document this instance parsed when
-- it was saved without reading the draft back (a 100,000-component topology is ~60 MB of text). Null for drafts
-- saved before: they are read and parsed as before. The application sets it with every draft it writes; anything
-- else that writes draft_content must set it too (or to null).
alter table filing add column draft_sha256 varchar(64) check (draft_sha256 ~ '^[0-9a-f]{64}$');
