-- Migration 5 (issue 18): why each stance evidence span counts, and whose technique a span is.
-- stance.reasons: JSON list of strings parallel to stance.evidence (strongest first);
-- stance.passages: JSON list of [start, end, polarity], the stance per paragraph with evidence.
-- techniques.holder / holder_key: "author", or the quoted speaker's actor id and key
-- (NULL inside a quote whose speaker is unknown). Rows written before this migration
-- have NULL in the new columns.
ALTER TABLE stance ADD COLUMN IF NOT EXISTS reasons JSON;
ALTER TABLE stance ADD COLUMN IF NOT EXISTS passages JSON;
ALTER TABLE techniques ADD COLUMN IF NOT EXISTS holder VARCHAR;
ALTER TABLE techniques ADD COLUMN IF NOT EXISTS holder_key VARCHAR;
