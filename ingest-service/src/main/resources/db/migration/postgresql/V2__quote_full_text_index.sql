-- PostgreSQL only: full-text search on quote text (GET /api/v1/quotes?q=) uses this expression index.
-- H2 has no equivalent; the service falls back to a case-insensitive LIKE there.
CREATE INDEX ix_quote_text_fts ON quote USING GIN (to_tsvector('english', text));
