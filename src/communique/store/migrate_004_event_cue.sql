-- Migration 4: why each event was coded (Event.cue: the rule and its cue word, or the model
-- and its score). Older rows keep NULL.
ALTER TABLE events ADD COLUMN IF NOT EXISTS cue VARCHAR;
