"""PLOVER event extraction: the lexicon, argument extraction, mode, attribution,
dates and the optional sentence classifier used by the ``events.v1`` stage."""
