-- Migration 3: what plugin stages found (Document.extensions), in one generic table.
-- One row per item: a list value gives one row per element (item = its index), any
-- other value one row with item 0. start/end are filled when the item is an object with
-- integer start and end (character offsets into documents.text), else NULL; data is the
-- item as JSON.
CREATE TABLE IF NOT EXISTS extensions (
    doc_id VARCHAR, name VARCHAR, item INTEGER, "start" INTEGER, "end" INTEGER, data JSON
);
