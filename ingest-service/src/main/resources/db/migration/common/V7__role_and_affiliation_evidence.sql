-- Where the article gives a speaker's role and affiliation (issue 20): offsets into the stored article text of the
-- words they were read from (kept with their text, as the mention is), so a reader can check them. Null for quotes stored before, and where there is none.
-- Portable SQL: runs on PostgreSQL and on H2.

ALTER TABLE quote ADD COLUMN role_evidence VARCHAR(512);
ALTER TABLE quote ADD COLUMN role_start INTEGER;
ALTER TABLE quote ADD COLUMN role_end INTEGER;
ALTER TABLE quote ADD COLUMN affiliation_evidence VARCHAR(512);
ALTER TABLE quote ADD COLUMN affiliation_start INTEGER;
ALTER TABLE quote ADD COLUMN affiliation_end INTEGER;
