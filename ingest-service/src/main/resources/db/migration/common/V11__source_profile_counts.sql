-- The source figures without reading every quote (issue 24): each article carries its number of quotes with a source
-- profile, by kind of source, of women and of men among people, and of people by role class, kept by the service with
-- its other quote counts (ArticleRepository.recount with ProfileCountColumns, after every attribution and every
-- correction that changes an article's quotes). The figures by kind, gender, role class, over time and by outlet then
-- come from one index over the articles, as V4 did for quotes per day; only distinct people read the quotes (V10).
-- A deleted article's quotes wait in removed_quote and are counted again when it is restored.
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE article ADD COLUMN profiled_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN person_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN organisation_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN anonymous_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN document_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN unknown_source_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN women_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN men_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN official_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN expert_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN business_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN spokesperson_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN advocate_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN citizen_quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article ADD COLUMN other_role_quotes INTEGER NOT NULL DEFAULT 0;

UPDATE article SET
    profiled_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind IS NOT NULL),
    person_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'PERSON'),
    organisation_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'ORGANISATION'),
    anonymous_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'ANONYMOUS'),
    document_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id AND q.source_kind = 'DOCUMENT'),
    unknown_source_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'UNKNOWN'),
    women_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.gender = 'FEMALE'),
    men_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.gender = 'MALE'),
    official_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'OFFICIAL'),
    expert_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'EXPERT'),
    business_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'BUSINESS'),
    spokesperson_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'SPOKESPERSON'),
    advocate_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'ADVOCATE'),
    citizen_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'CITIZEN'),
    other_role_quotes = (SELECT count(*) FROM quote q WHERE q.article_id = article.id
        AND q.source_kind = 'PERSON' AND q.role_class = 'OTHER')
WHERE EXISTS (SELECT 1 FROM quote q WHERE q.article_id = article.id AND q.source_kind IS NOT NULL);

-- The source figures over all articles or a source and publication period, from this index alone.
CREATE INDEX ix_article_published_sources ON article (published_at, source, deleted_at, profiled_quotes,
    person_quotes, organisation_quotes, anonymous_quotes, document_quotes, unknown_source_quotes, women_quotes,
    men_quotes, official_quotes, expert_quotes, business_quotes, spokesperson_quotes, advocate_quotes, citizen_quotes,
    other_role_quotes);
