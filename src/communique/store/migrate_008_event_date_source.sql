-- Migration 8: where each event's date came from and how fine it is (Event.date_source:
-- sentence, context, published; Event.date_precision: day, week, month, year). Older rows
-- keep NULL. The event_dyads view shows both beside its date, which falls back on the
-- publication date for an event with none (date_source NULL there).
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_source VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_precision VARCHAR;

CREATE OR REPLACE VIEW event_dyads AS
SELECT e.doc_id, e.event_id, e.type, e.mode, e.quad_class, e.attribution,
       coalesce(e.date, e.published) AS date,
       s.key AS source_key, t.key AS target_key,
       e.date_source, e.date_precision
FROM events e
JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.role = 'source'
JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.role = 'target';
