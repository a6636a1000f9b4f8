-- Articles, their removed boilerplate, speakers across articles, and quotes.
-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL). Vendor-only objects live in db/migration/<vendor>.

CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE speaker_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    external_id      VARCHAR(512),
    canonical_url    VARCHAR(2048),
    content_hash     CHAR(64)                 NOT NULL,
    title            VARCHAR(2048),
    byline           VARCHAR(1024),
    published_at     TIMESTAMP WITH TIME ZONE,
    site_name        VARCHAR(512),
    source           VARCHAR(256),
    text             VARCHAR                  NOT NULL,
    original_json    VARCHAR                  NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    engine_version   VARCHAR(64),
    attempts         INTEGER                  NOT NULL DEFAULT 0,
    last_error       VARCHAR(1024),
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attributed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_article_external_id UNIQUE (external_id),
    CONSTRAINT uk_article_canonical_url UNIQUE (canonical_url),
    CONSTRAINT uk_article_content_hash UNIQUE (content_hash)
);

CREATE INDEX ix_article_status_next_attempt ON article (status, next_attempt_at);
CREATE INDEX ix_article_source ON article (source);
CREATE INDEX ix_article_published_at ON article (published_at);

CREATE TABLE article_removed_text (
    article_id  BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    text        VARCHAR      NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE speaker (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    name_key    VARCHAR(512)             NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    name        VARCHAR(512)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_speaker_name_key_kind UNIQUE (name_key, kind)
);

CREATE TABLE quote (
    id              BIGINT           NOT NULL PRIMARY KEY,
    article_id      BIGINT           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER          NOT NULL,
    text            VARCHAR          NOT NULL,
    start_offset    INTEGER          NOT NULL,
    end_offset      INTEGER          NOT NULL,
    type            VARCHAR(16)      NOT NULL,
    fragments       VARCHAR          NOT NULL,
    cue_text        VARCHAR(512),
    cue_start       INTEGER,
    cue_end         INTEGER,
    speaker_id      BIGINT           REFERENCES speaker (id),
    speaker_name    VARCHAR(512),
    mention_text    VARCHAR(512),
    mention_start   INTEGER,
    mention_end     INTEGER,
    role            VARCHAR(512),
    affiliation     VARCHAR(512),
    confidence      DOUBLE PRECISION NOT NULL,
    sieve           VARCHAR(64),
    engine_version  VARCHAR(64)      NOT NULL
);

CREATE INDEX ix_quote_article ON quote (article_id, position);
CREATE INDEX ix_quote_speaker ON quote (speaker_id);
