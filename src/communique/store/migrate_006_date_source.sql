-- Migration 6: where each document's publication date came from (Document.date_source:
-- metadata, date_line, dateline, text). Older rows keep NULL.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS date_source VARCHAR;
