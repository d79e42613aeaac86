-- communique store, schema version 1 (DuckDB): migration 1, applied to an empty
-- database by communique.store.db.migrate(). Later changes are migrate_NNN_*.sql
-- files beside this one; schema_version records which have been applied.
-- Tables follow the communique/1 contract; columns match record fields and
-- communique.store.rows.TABLES (a test checks it). Per-document rows carry doc_id
-- and the document-local ids (a1, e1, q1) so every row points back at its evidence.
-- Cross-document actor identity is actors.key (e.g. 'RUS', 'RUS:GOV',
-- 'person:vladimir-putin'); document-local actor ids map to it in doc_actors.

CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,          -- content hash of text
    source VARCHAR,
    title VARCHAR,
    publisher VARCHAR,
    published DATE,
    language VARCHAR,
    authors JSON,                    -- [{"name", "affiliation"}]
    text VARCHAR,
    pipeline_version VARCHAR,        -- Pipeline.version that produced the rows
    ingested_at TIMESTAMP,           -- UTC
    summary JSON,
    doc JSON                         -- the communique/1 object without "text" (kept once, above)
);

CREATE TABLE IF NOT EXISTS sections (
    doc_id VARCHAR, ord INTEGER, kind VARCHAR, heading VARCHAR, "start" INTEGER, "end" INTEGER
);

-- One row per real-world actor across the corpus (first description seen wins).
CREATE TABLE IF NOT EXISTS actors (
    key VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR
);

-- Document-local actors (the contract's actors list) and their corpus key.
CREATE TABLE IF NOT EXISTS doc_actors (
    doc_id VARCHAR, actor_id VARCHAR, key VARCHAR, name VARCHAR, kind VARCHAR,
    country VARCHAR, sector VARCHAR, role VARCHAR, n_mentions INTEGER
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, actor_id VARCHAR, key VARCHAR, "start" INTEGER, "end" INTEGER, text VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, plover_mode VARCHAR,
    quad_class VARCHAR,              -- verbal/material cooperation/conflict, from type
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER, section VARCHAR,
    attribution VARCHAR, speaker_id VARCHAR, speaker_key VARCHAR,
    date DATE, location VARCHAR, context JSON, confidence DOUBLE,
    published DATE, publisher VARCHAR
);

-- Source and target actors of each event, one row each.
CREATE TABLE IF NOT EXISTS event_actors (
    doc_id VARCHAR, event_id VARCHAR, role VARCHAR,  -- 'source' | 'target'
    actor_id VARCHAR, key VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, quote_id VARCHAR, kind VARCHAR, text VARCHAR, "start" INTEGER, "end" INTEGER,
    speaker_id VARCHAR, speaker_key VARCHAR, speaker_text VARCHAR, cue VARCHAR
);

CREATE TABLE IF NOT EXISTS techniques (
    doc_id VARCHAR, technique VARCHAR, "start" INTEGER, "end" INTEGER, text VARCHAR,
    confidence DOUBLE, cue VARCHAR
);

CREATE TABLE IF NOT EXISTS calls_to_action (
    doc_id VARCHAR, "start" INTEGER, "end" INTEGER, text VARCHAR,
    addressee VARCHAR, addressee_key VARCHAR, action VARCHAR
);

CREATE TABLE IF NOT EXISTS stance (
    doc_id VARCHAR, holder VARCHAR, holder_key VARCHAR, target VARCHAR, target_key VARCHAR,
    polarity DOUBLE, evidence JSON
);

-- Sources that could not be analysed (one row per failure; kept across runs).
CREATE TABLE IF NOT EXISTS errors (
    source VARCHAR, stage VARCHAR, message VARCHAR, "at" TIMESTAMP
);
