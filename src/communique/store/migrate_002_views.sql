-- Migration 2: convenience views for people writing SQL (communique sql "...").

-- One row per event and source-target pair, with the corpus keys of both sides.
CREATE OR REPLACE VIEW event_dyads AS
SELECT e.doc_id, e.event_id, e.type, e.mode, e.quad_class, e.attribution,
       coalesce(e.date, e.published) AS date,
       s.key AS source_key, t.key AS target_key
FROM events e
JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.role = 'source'
JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.role = 'target';
