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


def test_a_past_verb_after_a_pluperfect_report_is_the_reporters_act(pipeline):
    # the parser coordinates "asked" with "had held up"; the tenses say Chile asked
    doc = analyse_text(pipeline, "Chile said on Monday that Peruvian officers had held up dozens of lorries "
                                 "at the border, and asked Lima to explain the delays.")
    (_e, src, tgt), *_ = events_with_parties(doc, "REQUEST")
    assert src == ["Chile"] and tgt == ["Peru"]


def test_a_pluperfect_conjunct_stays_in_the_report(pipeline):
    # both verbs in the pluperfect: the officers did both
    doc = analyse_text(pipeline, "Chile said that Peruvian officers had held up the lorries and had "
                                 "threatened the drivers.")
    assert all(src != ["Chile"] for _e, src, _tgt in events_with_parties(doc, "THREATEN"))


def test_a_denial_about_the_deniers_own_side_answers_the_accuser(pipeline):
    doc = analyse_text(pipeline, "Chile accused Peru on Monday of shelling a village near the border. Peru's "
                                 "ambassador to Chile, Luis Vega, denied that the army had fired across the border.")
    rejects = [(src, tgt) for _e, src, tgt in events_with_parties(doc, "REJECT")]
    assert rejects == [(["Luis Vega"], ["Chile"])]


def test_a_denial_with_no_accusation_before_keeps_its_own_target(pipeline):
    doc = analyse_text(pipeline, "Peru's ambassador to Chile, Luis Vega, denied that the army had fired "
                                 "across the border.")
    assert [tgt for _e, _src, tgt in events_with_parties(doc, "REJECT")] == [["army"]]


def test_a_material_act_after_a_pluperfect_report_stays_in_the_report(pipeline):
    # "had crossed ... and attacked": the soldiers attacked, whoever said so
    doc = analyse_text(pipeline, "The spokesman said that 400 Peruvian soldiers had crossed into Chilean "
                                 "territory on Saturday and attacked army positions near the town.")
    assert [src for _e, src, _tgt in events_with_parties(doc, "ASSAULT")] == [["400 Peruvian soldiers"]]
