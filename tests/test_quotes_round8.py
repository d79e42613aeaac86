"""Quotes on real documents, round 8 of issue 17: speakers resolved to the right actor. All
sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speaker_name(doc, opening):
    """Name of the speaker actor of the quote of ``doc`` opening with ``opening`` (None when none)."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return next((a.name for a in doc.actors if a.id == quote.speaker), None)


def test_statement_speaks_for_a_subject_named_in_apposition(analyze):
    doc = analyze('The company Norsk Kraft issued a statement on Tuesday. "We regret the outage," the statement said.')
    assert _speaker_name(doc, "We regret") == "Norsk Kraft"


def test_quantifier_speaks_for_the_group_named_in_reported_content(analyze):
    doc = analyze("According to a new survey, over 200 members of the House of Representatives favour an inquiry. "
                  "The rest were undecided. Some reported wanting to draft a motion.")
    assert "House of Representatives" in _speaker_name(doc, "wanting to draft")
