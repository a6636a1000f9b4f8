-- Who each quoted speaker is, as the article states it (issue 24): gender with the words that state it (JSON list of
-- {kind, span, gender}), kind of source and role class, from the engine's source profile (1.11.0 on; null before).
-- Stored with each quote, since it is what this article says; the speaker's figures roll them up.
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE quote ADD COLUMN gender VARCHAR(16);
ALTER TABLE quote ADD COLUMN gender_evidence VARCHAR;
ALTER TABLE quote ADD COLUMN source_kind VARCHAR(16);
ALTER TABLE quote ADD COLUMN role_class VARCHAR(16);

ALTER TABLE removed_quote ADD COLUMN gender VARCHAR(16);
ALTER TABLE removed_quote ADD COLUMN gender_evidence VARCHAR;
ALTER TABLE removed_quote ADD COLUMN source_kind VARCHAR(16);
ALTER TABLE removed_quote ADD COLUMN role_class VARCHAR(16);

-- The source figures count quotes by kind, gender and role class over the dashboard's filters.
CREATE INDEX ix_quote_source_profile ON quote (source_kind, gender, role_class, article_id);
