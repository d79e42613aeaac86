"""Quotation-mark pairing (no model needed)."""

from __future__ import annotations

import pytest

from communique.quotes.marks import find_marked_spans

MAX = 2_000


def inner(text: str, max_chars: int = MAX) -> list[str]:
    return [text[s.inner_start:s.inner_end] for s in find_marked_spans(text, max_chars)]


@pytest.mark.parametrize("text, expected", [
    ("“We will respond,” he said.", ["We will respond,"]),
    ('"We will respond," he said.', ["We will respond,"]),
    ("« Nous partons », a dit le ministre.", ["Nous partons"]),
    ("„Wir bleiben“, sagte sie.", ["Wir bleiben"]),
    ("''This is no reform,'' said the economist.", ["This is no reform,"]),
    ("“First part,” she said. “Second part.”", ["First part,", "Second part."]),
    # British and headline style: single quotes where no double mark is present
    ("Minister calls vote ‘a disgrace’ after count", ["a disgrace"]),
    ("Envoy says 'talks are over' in Geneva", ["talks are over"]),
    # apostrophes are not quote marks
    ("The army’s commander didn’t attend the generals’ meeting.", []),
    ("It's the nation's choice, isn't it?", []),
])
def test_marks_pairs(text, expected):
    assert inner(text) == expected


def test_marks_multi_paragraph_quote_follows_repeated_opening_mark():
    text = "“The first paragraph of the address.\n\n“The second paragraph ends it,” he said.\nAfter."
    spans = find_marked_spans(text, MAX)
    assert len(spans) == 1
    assert spans[0].paragraphs == 2
    assert text[spans[0].inner_start:spans[0].inner_end].startswith("The first paragraph")
    assert text[spans[0].inner_start:spans[0].inner_end].endswith("ends it,")


@pytest.mark.parametrize("text, expected", [
    # a stray opening mark is dropped at the end of its paragraph
    ("A stray “ mark here and more text.\nNext paragraph has “a real quote.”", ["a real quote."]),
    ('He said "yes and then\nThe next paragraph is plain narrative.', []),
    ("”", []),
    ("“", []),
    ('"', []),
    ("“Never closed\n\nplain text afterwards\n“but this one closes.”", ["but this one closes."]),
])
def test_marks_unbalanced_never_swallow(text, expected):
    assert inner(text) == expected


def test_marks_long_span_rejected():
    body = "word " * 100
    text = f"“{body}” he said. “Short one.”"
    assert inner(text, max_chars=200) == ["Short one."]
    assert len(inner(text, max_chars=1_000)) == 2


def test_marks_stray_mark_in_long_document_is_bounded():
    text = "Opening “ never closed. " + ("Plain sentence. " * 50 + "\n") * 200
    assert inner(text) == []
