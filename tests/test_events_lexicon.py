"""The PLOVER lexicon and modality cue files: they load, cover every type, are used,
and bad entries fail with the file and line named."""

from __future__ import annotations

import pytest

from communique.document import PLOVER_TYPES
from communique.errors import LexiconError
from communique.events.lexicon import load_lexicon, load_modality, parse_entry, parse_lexicon, parse_modality


def test_events_lexicon_covers_every_plover_type():
    lex = load_lexicon()
    types = {e.type for e in lex.entries()}
    assert types == set(PLOVER_TYPES)
    for t in PLOVER_TYPES:
        assert sum(e.type == t for e in lex.entries()) >= 8, t


def test_events_lexicon_entries_are_lower_case_lemmas_with_valid_weights():
    for e in load_lexicon().entries():
        assert e.head == e.head.lower() and " " not in e.head
        assert 0.0 < e.weight <= 1.0
        assert e.line > 0  # every entry knows its line for error messages


def test_events_lexicon_has_no_duplicate_entries():
    entries = load_lexicon().entries()
    keys = [(e.type, e.pos, e.head, e.objects, e.prep) for e in entries]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("raw,field,value", [
    ("hold ~talk|discussion @visit", "objects", frozenset({"talk", "discussion"})),
    ("call +on", "prep", "on"),
    ("strike !amb %0.45", "ambiguous", True),
    ("host ^swap", "swap", True),
    ("deploy @troops #military", "context", "military"),
])
def test_events_lexicon_entry_syntax(raw, field, value):
    assert getattr(parse_entry(raw, "CONSULT", "verb"), field) == value


@pytest.mark.parametrize("text,line,message", [
    ("AGREE:\n  target_preps: []\n  verbs:\n    - Agree\n", 4, "lower-case lemma"),
    ("AGREE:\n  verbs:\n    - agree %2\n", 3, "must be in (0, 1]"),
    ("AGREE:\n  verbs:\n    - agree\n    - agree\n", 4, "duplicate"),
    ("AGREE:\n  verbs:\n    - agree $x\n", 3, "cannot read"),
    ("HUG:\n  verbs:\n    - hug\n", 1, "unknown PLOVER type"),
    ("AGREE:\n  target_preps: [on]\n", 1, "quote YAML booleans"),
])
def test_events_lexicon_errors_name_file_and_line(text, line, message):
    with pytest.raises(LexiconError) as info:
        parse_lexicon(text, "my_lexicon.yaml")
    assert info.value.path == "my_lexicon.yaml" and info.value.line == line
    assert message in str(info.value)


def test_events_lexicon_requires_every_type():
    with pytest.raises(LexiconError, match="no block for PLOVER types"):
        parse_lexicon("AGREE:\n  verbs:\n    - agree\n", "x.yaml")


def test_events_modality_loads_and_validates():
    cues = load_modality()
    assert "not" in cues.negation_words and "no" in cues.negation_words  # YAML "no" stays a word
    assert "will" in cues.future_auxiliaries and "if" in cues.conditional_marks
    with pytest.raises(LexiconError, match="missing key"):
        parse_modality("negation_words: [not]\n", "m.yaml")
