"""Events of issue 16's fifteenth round: phrases that refer to actors already named ("the two
ministers", "both capitals"). Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_the_two_ministers_are_the_two_office_holders_named_before(pipeline):
    # the actors stage links "two ministers" to the minister named after it; the phrase counts two
    doc = analyse_text(pipeline, "Chilean Foreign Minister Ana Soto will receive the Foreign Minister of Peru, "
                                 "Luis Vega, in Santiago next week. The two ministers will discuss fishing rights. "
                                 "Minister Berg of Norway said on Monday that the talks were useful.")
    (_e, src, tgt), = events_with_parties(doc, "CONSULT")
    assert sorted(src) == sorted(tgt) == ["Ana Soto", "Luis Vega"]
