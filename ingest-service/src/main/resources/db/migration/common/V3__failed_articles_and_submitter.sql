-- Articles remember who submitted them (an API key's fingerprint or the client address) and how many quotes of
-- their attribution were left out over the per-article maximum. FAILED joins the status values (no constraint lists
-- them); the gauges count articles by status with ix_article_status_next_attempt.

ALTER TABLE article ADD COLUMN submitted_by VARCHAR(128);
ALTER TABLE article ADD COLUMN quotes_omitted INTEGER NOT NULL DEFAULT 0;
