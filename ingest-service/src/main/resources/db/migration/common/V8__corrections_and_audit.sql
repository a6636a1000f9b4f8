-- Corrections by people (issue 23): reviewed and corrected quotes, quotes marked "not a quotation", merged speakers,
-- deleted articles within a retention window, and the audit log of every change.
-- Portable SQL: runs on PostgreSQL and on H2.

-- Optimistic locking (ETag / If-Match) and what a person decided about each quote. review_state is null for a quote
-- as the engine found it, else REVIEWED (accepted as it is), CORRECTED (changed by a person) or ADDED (found by a
-- person); such quotes survive re-attribution, and engine_note says where the engine now disagrees.
ALTER TABLE quote ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE quote ADD COLUMN review_state VARCHAR(16);
ALTER TABLE quote ADD COLUMN reviewed_by VARCHAR(128);
ALTER TABLE quote ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE quote ADD COLUMN engine_note VARCHAR(512);

-- A merged speaker keeps its row as an alias of the speaker it was merged into: its name still finds that speaker,
-- and the engine's later quotes under that name go to it.
ALTER TABLE speaker ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE speaker ADD COLUMN merged_into BIGINT REFERENCES speaker (id);
CREATE INDEX ix_speaker_merged_into ON speaker (merged_into);

-- A deleted article stays restorable until the retention window ends; its quotes wait in removed_quote meanwhile.
ALTER TABLE article ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN deleted_by VARCHAR(128);
CREATE INDEX ix_article_deleted_at ON article (deleted_at);

-- Quotes taken out of the quote table, with every column of it (so that putting one back keeps its id): those of a
-- deleted article (removal ARTICLE_DELETED), and those a person marked "not a quotation" (removal REJECTED, whose
-- spans re-attribution leaves alone). QuoteRemovals lists the columns; a test holds it to the quote table.
CREATE TABLE removed_quote (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    article_id            BIGINT                   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position              INTEGER                  NOT NULL,
    text                  VARCHAR                  NOT NULL,
    start_offset          INTEGER                  NOT NULL,
    end_offset            INTEGER                  NOT NULL,
    type                  VARCHAR(16)              NOT NULL,
    fragments             VARCHAR                  NOT NULL,
    cue_text              VARCHAR(512),
    cue_start             INTEGER,
    cue_end               INTEGER,
    speaker_id            BIGINT,
    speaker_name          VARCHAR(512),
    mention_text          VARCHAR(512),
    mention_start         INTEGER,
    mention_end           INTEGER,
    role                  VARCHAR(512),
    affiliation           VARCHAR(512),
    confidence            DOUBLE PRECISION         NOT NULL,
    sieve                 VARCHAR(64),
    engine_version        VARCHAR(64)              NOT NULL,
    rule                  VARCHAR(64),
    role_evidence         VARCHAR(512),
    role_start            INTEGER,
    role_end              INTEGER,
    affiliation_evidence  VARCHAR(512),
    affiliation_start     INTEGER,
    affiliation_end       INTEGER,
    version               BIGINT                   NOT NULL,
    review_state          VARCHAR(16),
    reviewed_by           VARCHAR(128),
    reviewed_at           TIMESTAMP WITH TIME ZONE,
    engine_note           VARCHAR(512),
    removal               VARCHAR(16)              NOT NULL,
    removed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_by            VARCHAR(128)
);
CREATE INDEX ix_removed_quote_article ON removed_quote (article_id, removal);

-- The audit log: who changed what, when, and the state before and after (JSON), so that any change can be undone.
CREATE SEQUENCE correction_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE correction (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    made_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by      VARCHAR(128),
    action       VARCHAR(32)              NOT NULL,
    article_id   BIGINT,
    quote_id     BIGINT,
    speaker_id   BIGINT,
    other_speaker_id BIGINT,
    summary      VARCHAR(1024)            NOT NULL,
    before_state VARCHAR,
    after_state  VARCHAR,
    undo_of      BIGINT REFERENCES correction (id),
    undone_by    BIGINT REFERENCES correction (id)
);
CREATE INDEX ix_correction_article ON correction (article_id, id);
CREATE INDEX ix_correction_speaker ON correction (speaker_id, id);
CREATE INDEX ix_correction_other_speaker ON correction (other_speaker_id, id);
CREATE INDEX ix_correction_quote ON correction (quote_id, id);

-- The dashboard's article figures leave deleted articles out and still come from this one index alone.
DROP INDEX ix_article_published_counts;
CREATE INDEX ix_article_published_counts
    ON article (published_at, source, status, deleted_at, direct_quotes, indirect_quotes, mixed_quotes);
