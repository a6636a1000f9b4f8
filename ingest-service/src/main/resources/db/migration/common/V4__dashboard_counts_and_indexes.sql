-- The dashboard's figures without reading every quote (issue 13): each article carries its number of quotes of each
-- type, kept by the service with every attribution, so totals and quotes per day come from one narrow index over the
-- articles; the rankings read the quote indexes below alone (index-only scans on PostgreSQL).
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE article ADD COLUMN direct_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN indirect_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN mixed_quotes INTEGER NOT NULL DEFAULT 0;

UPDATE article SET
    direct_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.type = 'DIRECT'),
    indirect_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.type = 'INDIRECT'),
    mixed_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.type = 'MIXED')
WHERE EXISTS (SELECT 1 FROM quote q WHERE q.article_id = article.id);

-- Totals, status counts and quotes per day, over all articles or a source and publication period.
CREATE INDEX ix_article_published_counts ON article (published_at, source, status, direct_quotes, indirect_quotes, mixed_quotes);

-- Most quoted speakers (and speaking organisations): quotes per speaker; replaces the speaker-only index.
DROP INDEX ix_quote_speaker;
CREATE INDEX ix_quote_speaker_article ON quote (speaker_id, article_id);

-- Most quoted organisations as the affiliation of who speaks.
CREATE INDEX ix_quote_affiliation_article ON quote (affiliation, article_id);
