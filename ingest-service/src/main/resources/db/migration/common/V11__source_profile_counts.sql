-- The source figures over time and by outlet without joining every quote with its article (issue 24): each article
-- carries its number of quotes with a source profile, of people, of women, of men and of anonymous sources, kept by the
-- service with its other quote counts (ArticleRepository.recount, after every attribution and every correction that
-- changes an article's quotes), so those figures come from the articles' index alone, as V4 did for quotes per day.
-- A deleted article's quotes wait in removed_quote and are counted again when it is restored.
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE article ADD COLUMN profiled_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN person_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN women_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN men_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN anonymous_quotes INTEGER NOT NULL DEFAULT 0;

UPDATE article SET
    profiled_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind IS NOT NULL),
    person_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'PERSON'),
    women_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'PERSON'
        AND q.gender = 'FEMALE'),
    men_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'PERSON'
        AND q.gender = 'MALE'),
    anonymous_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'ANONYMOUS')
WHERE EXISTS (SELECT 1 FROM quote q WHERE q.article_id = article.id AND q.source_kind IS NOT NULL);

-- Totals, status counts, quotes per day, and the source figures per day and per outlet, over all articles or a source
-- and publication period: one index over the articles answers them all.
DROP INDEX ix_article_published_counts;
CREATE INDEX ix_article_published_counts ON article (published_at, source, status, deleted_at, direct_quotes,
    indirect_quotes, mixed_quotes, profiled_quotes, person_quotes, women_quotes, men_quotes, anonymous_quotes);
