"""Events of issue 16's fourteenth round: dyads on real documents, by mechanism rather than
phrase. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_a_quoted_accusation_naming_nobody_is_about_the_speakers_counterpart(pipeline):
    # the last actor named before the quote (Brazil's envoy) is no party to the dispute; the
    # last event Chile took part in was Peru's seizure
    doc = analyse_text(pipeline, "Peru seized two Chilean fishing boats on Monday. Brazil's envoy, Luis Vega, "
                                 "arrived in Santiago on Tuesday. \"This is a reckless provocation,\" said "
                                 "Ana Soto, Chile's foreign minister.")
    accusations = [(src, tgt) for e, src, tgt in events_with_parties(doc, "ACCUSE") if e.cue.startswith("quoted")]
    assert accusations == [(["Ana Soto"], ["Peru"])]


def test_a_quoted_accusation_still_aims_at_whom_it_names(pipeline):
    doc = analyse_text(pipeline, "Peru seized two Chilean fishing boats on Monday. \"Bolivia is lying about "
                                 "the border,\" said Ana Soto, Chile's foreign minister.")
    assert [tgt for _e, _src, tgt in events_with_parties(doc, "ACCUSE")] == [["Bolivia"]]
