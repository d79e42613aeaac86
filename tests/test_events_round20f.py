"""Events of issue 16's twentieth round (f): rebuttals without a verb of denying and threats said as
their outcome, without a verb of threatening (docs/events.md, "Round 20f: rebuttals and threats
without their verb"). Texts written for this project."""

from __future__ import annotations

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, published: str = "2026-11-20"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": None})]))[0]


def _parties(doc, type_: str) -> list[tuple[set[str], set[str]]]:
    by = {a.id: (a.country or a.name) for a in doc.actors}
    return [({by[i] for i in e.source}, {by[i] for i in e.target}) for e in events_of(doc, type_)]


def test_facing_consequences_is_a_threat_by_the_speaker(pipeline):
    doc = _analyse(pipeline, "The Iranian foreign ministry said Israel would face serious consequences "
                             "if it struck the consulate again.")
    assert ({"IRN"}, {"ISR"}) in _parties(doc, "THREATEN"), event_cues(doc)


def test_an_act_that_will_not_go_unanswered_threatens_its_doer(pipeline):
    doc = _analyse(pipeline, "Seoul said any provocation by North Korea will not go unanswered.")
    assert ({"KOR"}, {"PRK"}) in _parties(doc, "THREATEN"), event_cues(doc)


def test_paying_a_heavy_price_is_a_threat(pipeline):
    doc = _analyse(pipeline, "Armenia will pay a heavy price for this provocation, the defence ministry in Baku said.")
    assert any("ARM" in t for _, t in _parties(doc, "THREATEN")), event_cues(doc)


def test_a_weather_forecast_is_no_threat(pipeline):
    doc = _analyse(pipeline, "The storm will become a hurricane by Friday, forecasters said.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_a_higher_price_for_a_good_is_no_threat(pipeline):
    doc = _analyse(pipeline, "Germany will pay a higher price for gas this winter, analysts expect.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_unnamed_people_paying_a_price_is_no_threat(pipeline):
    doc = _analyse(pipeline, "Farmers will pay the price for the drought, the union said.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_having_nothing_to_do_with_an_attack_is_a_rejection(pipeline):
    doc = _analyse(pipeline, "Venezuela said it had nothing to do with the attack on the Colombian outpost.")
    assert any("VEN" in s for s, _ in _parties(doc, "REJECT")), event_cues(doc)


def test_a_narrator_saying_someone_had_nothing_to_do_with_a_flood_is_no_rejection(pipeline):
    doc = _analyse(pipeline, "The mayor had nothing to do with the flood, which was caused by heavy rain.")
    assert not events_of(doc, "REJECT"), event_cues(doc)


def test_reported_allegations_said_to_be_untrue_are_rejected(pipeline):
    doc = _analyse(pipeline, "The allegations by Kyiv are not true, the Kremlin said.")
    assert ({"RUS"}, {"UKR"}) in _parties(doc, "REJECT"), event_cues(doc)


def test_this_is_false_rejects_for_its_speaker(pipeline):
    doc = _analyse(pipeline, "The foreign ministry in Caracas answered the Colombian statement on Monday. "
                             "This is false, it said.")
    assert any("VEN" in s for s, _ in _parties(doc, "REJECT")), event_cues(doc)


def test_a_rumour_called_false_by_the_narrator_is_no_rejection(pipeline):
    doc = _analyse(pipeline, "Rumours spread on social media that the dam had burst. The report is false.")
    assert not events_of(doc, "REJECT"), event_cues(doc)


def test_claims_bearing_no_relation_to_the_facts_are_rejected(pipeline):
    doc = _analyse(pipeline, "Greece said the Turkish claims bore no relation to the facts.")
    assert any("GRC" in s for s, _ in _parties(doc, "REJECT")), event_cues(doc)
