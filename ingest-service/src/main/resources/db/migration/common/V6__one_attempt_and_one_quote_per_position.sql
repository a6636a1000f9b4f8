-- One attribution attempt at a time per article, and one quote per position (issue 19): two concurrent
-- re-attributions of one article each stored a whole set of quotes, leaving 60 to 240 rows for 30 quotes.
-- claimed_until is the lease of the attempt that owns the article (the first, a retry or a re-attribution).
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE article ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- Rows left twice at one position by the race: the first stored of each position stays.
DELETE FROM quote WHERE EXISTS (
    SELECT 1 FROM quote earlier
    WHERE earlier.article_id = quote.article_id AND earlier.position = quote.position AND earlier.id < quote.id);

DROP INDEX ix_quote_article;
ALTER TABLE quote ADD CONSTRAINT uk_quote_article_position UNIQUE (article_id, position);
