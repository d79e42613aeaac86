"""Quotes on real documents, round 10 of issue 17: speakers of quotes attributed by "as X put
it", signed on the line below, or by a pronoun whose only candidate is named inside a quote.
All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speaker(doc, opening):
    """``(speaker text, speaker actor name)`` of the quote of ``doc`` opening with ``opening``."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return quote.speaker_text, next((a.name for a in doc.actors if a.id == quote.speaker), None)


@pytest.mark.parametrize("text", [
    'As Ada Brun, a lawyer at the Centre for Rural Studies, recently put it, "Did the council follow its own rules?"',
    '"Did the council follow its own rules?" as Ada Brun put it last week.',
])
def test_as_someone_put_it_attributes_the_quote(analyze, text):
    assert _speaker(analyze(text), "Did the council") == ("Ada Brun", "Ada Brun")


def test_putting_something_somewhere_is_no_attribution(analyze):
    doc = analyze('Ada Brun put it on the table. "We will not sign this today."')
    assert _speaker(doc, "We will not sign") == (None, None)


def test_a_dash_line_under_a_quote_signs_it(analyze):
    doc = analyze('"The outbreak is under control and the hospitals are coping."\n\n'
                  "— Health Minister Ivo Marek\n\nThe ministry gave no figures.")
    assert _speaker(doc, "The outbreak") == ("Health Minister Ivo Marek", "Ivo Marek")


def test_a_dash_paragraph_under_a_quote_is_no_signature(analyze):
    doc = analyze('Ivo Marek spoke first. "The outbreak is under control," he said.\n\n'
                  "— In other news, Lena Dahl of the Harbour Board said ferries would run again in May after repairs.")
    assert _speaker(doc, "The outbreak")[1] == "Ivo Marek"


@pytest.mark.parametrize("text", [
    "Norland's defence ministry issued a statement on Tuesday. \"Our forces acted in self-defence,\" it said.",
    '"I will meet Ivo Marek on Friday," she said.',
])
def test_a_pronoun_does_not_stand_for_someone_named_only_inside_the_quote(analyze, text):
    assert _speaker(analyze(text), "")[1] not in ("Our forces", "Ivo Marek")
