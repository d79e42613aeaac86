"""Headlines, round 10 (issue 16): title lines and section headings whose verb the parser reads
as a noun ("Kenya and Uganda sign trade pact") or whose subject lists names with a comma ("A, B
swap prisoners") yield their event with its parties; topics yield none. Headlines written for
these tests."""

from __future__ import annotations

import pytest

from conftest import actor_names as _names, analyse_text, events_of as _of, first_event as _one

LEAD = "\n\nOfficials confirmed the news on Tuesday."


def _doc(pipeline, text):
    return analyse_text(pipeline, text, "2024-05-16")


@pytest.mark.parametrize("headline", ["Leaders of Norway and Chile meet in Lisbon",
                                      "Foreign ministers of Norway and Chile meet in Lisbon"])
def test_leaders_of_two_countries_meet(pipeline, headline):
    doc = _doc(pipeline, headline + LEAD)
    talks = _one(doc, "CONSULT")
    assert _names(doc, talks.source) == {"Norway", "Chile"}, _names(doc, talks.source)


@pytest.mark.parametrize("headline", ["Kenya and Uganda sign trade pact", "Kenya, Uganda sign trade pact",
                                      "Kenya, Uganda Sign Trade Pact"])
def test_two_countries_sign_a_pact_with_each_other(pipeline, headline):
    doc = _doc(pipeline, headline + LEAD)
    deal = _one(doc, "AGREE")
    assert _names(doc, deal.source) == {"Kenya", "Uganda"}, _names(doc, deal.source)
    assert _names(doc, deal.target) == {"Kenya", "Uganda"}, _names(doc, deal.target)


@pytest.mark.parametrize("headline", ["Armenia, Azerbaijan swap prisoners", "Armenia, Azerbaijan Swap Prisoners"])
def test_comma_listed_countries_swap_prisoners(pipeline, headline):
    doc = _doc(pipeline, headline + LEAD)
    swap = _one(doc, "RETREAT")  # round 23e: a prisoner swap releases prisoners
    assert _names(doc, swap.source) == {"Armenia", "Azerbaijan"}, _names(doc, swap.source)


def test_comma_listed_countries_agree(pipeline):
    doc = _doc(pipeline, "Serbia, Kosovo agree to resume talks" + LEAD)
    deal = _one(doc, "AGREE")
    assert _names(doc, deal.source) == {"Serbia", "Kosovo"}, _names(doc, deal.source)


def test_comma_listed_leaders_hold_talks(pipeline):
    doc = _doc(pipeline, "Ghana, Togo leaders hold talks" + LEAD)
    talks = _one(doc, "CONSULT")
    assert "Ghana" in _names(doc, talks.source), _names(doc, talks.source)


@pytest.mark.parametrize("headline", ["Ecuador recalls envoy to Colombia", "Ecuador Recalls Envoy To Colombia"])
def test_country_recalls_its_envoy(pipeline, headline):
    doc = _doc(pipeline, headline + LEAD)
    recall = _one(doc, "SANCTION")
    assert _names(doc, recall.source) == {"Ecuador"}, _names(doc, recall.source)
    assert _names(doc, recall.target) == {"Colombia"}, _names(doc, recall.target)


def test_section_heading_is_read_as_a_headline(pipeline):
    doc = _doc(pipeline, "Border crisis eases\n\nChile and Peru have tried to calm tension.\n\n"
                         "Leaders of Chile and Peru meet in Quito\n\nThe talks lasted three hours.")
    talks = [e for e in _of(doc, "CONSULT") if e.trigger.text == "meet"]
    assert talks, [(e.type, e.trigger.text) for e in doc.events]
    assert _names(doc, talks[0].source) == {"Chile", "Peru"}, _names(doc, talks[0].source)


@pytest.mark.parametrize("headline", ["Drought in the Horn of Africa", "Drought In The Horn Of Africa",
                                      "Floods in southern Brazil", "Election results in Chile"])
def test_topic_headline_yields_no_event(pipeline, headline):
    doc = _doc(pipeline, headline + "\n\nThe rains failed for a third year.")
    assert not [e for e in doc.events if e.trigger.start < len(headline)], [(e.type, e.cue) for e in doc.events]


def test_sentence_with_a_final_stop_is_not_reparsed(pipeline):
    doc = _doc(pipeline, "Exports of Kenya and Uganda rose. Prices of coffee and tea swap places often.")
    assert not _of(doc, "COOPERATE"), [(e.type, e.cue) for e in doc.events]


@pytest.mark.parametrize("text", ["Chile conducted drills around Peru on Monday.",
                                  "Chile Conducts Drills Off The Coast Of Peru" + LEAD])
def test_one_sides_drills_near_another_are_a_show_of_force(pipeline, text):
    doc = _doc(pipeline, text)
    assert not _of(doc, "COOPERATE"), [(e.type, e.cue) for e in doc.events]
    force = _one(doc, "MOBILIZE")
    assert _names(doc, force.source) == {"Chile"}, _names(doc, force.source)
    assert _names(doc, force.target) == {"Peru"}, _names(doc, force.target)


@pytest.mark.parametrize("text", ["Chile and Peru held joint drills near Bolivia.",
                                  "Chile held drills with Peru on Monday."])
def test_drills_with_a_partner_are_cooperation(pipeline, text):
    doc = _doc(pipeline, text)
    assert _of(doc, "COOPERATE") and not _of(doc, "MOBILIZE"), [(e.type, e.cue) for e in doc.events]
