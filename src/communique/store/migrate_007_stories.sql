-- Migration 7: records above the document (issue 20), derived from the stored rows and
-- rebuildable at any time (`communique cluster --rebuild`); see communique.store.stories.
--
-- Clustering state: what has been compared, so the next run only compares what is new.
CREATE TABLE IF NOT EXISTS cluster_state (
    doc_id VARCHAR PRIMARY KEY, pipeline_version VARCHAR, day INTEGER  -- day: days since 1970-01-01
);
-- Features of each clustered document for story linking: MinHash signature of its words,
-- its actor keys, and one LSH bucket per band (candidate pairs share a bucket).
CREATE TABLE IF NOT EXISTS story_features (
    doc_id VARCHAR PRIMARY KEY, day INTEGER, signature UINTEGER[], actor_keys VARCHAR[]
);
CREATE TABLE IF NOT EXISTS story_bands (
    doc_id VARCHAR, band INTEGER, bucket UBIGINT, day INTEGER
);
-- Pairs found compatible: two mentions of one real-world event, two documents of one story.
CREATE TABLE IF NOT EXISTS event_links (
    a_doc VARCHAR, a_event VARCHAR, b_doc VARCHAR, b_event VARCHAR
);
CREATE TABLE IF NOT EXISTS story_links (
    a_doc VARCHAR, b_doc VARCHAR, text_similarity DOUBLE, shared_events INTEGER
);
-- Event clusters: connected components of event_links (two or more mentions).
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY, type VARCHAR, quad_class VARCHAR, source_keys VARCHAR[],
    target_keys VARCHAR[], location VARCHAR, first_seen DATE, last_seen DATE,
    n_documents INTEGER, n_outlets INTEGER, n_mentions INTEGER
);
-- Each mention of a clustered event; its evidence is events.trigger_start/trigger_end and
-- sentence_start/sentence_end of (doc_id, event_id).
CREATE TABLE IF NOT EXISTS event_cluster_mentions (
    cluster_id VARCHAR, doc_id VARCHAR, event_id VARCHAR
);
-- Stories: connected components of story_links (two or more documents).
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY, label VARCHAR, main_actors VARCHAR[], dominant_type VARCHAR,
    first_seen DATE, last_seen DATE, n_documents INTEGER, n_outlets INTEGER, n_clusters INTEGER
);
CREATE TABLE IF NOT EXISTS story_documents (
    story_id VARCHAR, doc_id VARCHAR
);
-- Event mentions as the event rule compares them, and their blocking keys (a stored
-- mention is compared with a new one only when they share a block within the window).
CREATE TABLE IF NOT EXISTS event_features (
    doc_id VARCHAR, event_id VARCHAR, type VARCHAR, quad_class VARCHAR, day INTEGER,
    location VARCHAR, sources VARCHAR[], targets VARCHAR[]
);
CREATE TABLE IF NOT EXISTS event_blocks (
    block VARCHAR, day INTEGER, doc_id VARCHAR, event_id VARCHAR
);
