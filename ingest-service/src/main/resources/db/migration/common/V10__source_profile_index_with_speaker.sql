-- The source figures over every article read the profile index alone (index-only scans on PostgreSQL): distinct people
-- by gender need the speaker too. Measured with tools/web-bench (97,010 quotes).
-- Portable SQL: runs on PostgreSQL and on H2.

DROP INDEX ix_quote_source_profile;
CREATE INDEX ix_quote_source_profile ON quote (source_kind, gender, role_class, speaker_id, article_id);
