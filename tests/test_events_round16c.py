"""Events of issue 16, round 16c: lexicon entries for acts that had no trigger (verbs, phrasal
verbs, light-verb phrases and nouns of international reporting). Sentences written for this
project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, events_of, events_with_parties

CODED = [
    ("Ecuador and Peru clinched a trade agreement on Tuesday.", "AGREE"),
    ("Armenia and Azerbaijan hammered out a deal on the border commission.", "AGREE"),
    ("Colombia's ELN rebels ceased their attacks on Colombian army posts on Sunday.", "RETREAT"),
    ("The M23 rebels called off their offensive on Goma.", "RETREAT"),
    ("Russia amassed troops on the Ukrainian border in March.", "MOBILIZE"),
    ("Japan scrambled fighter jets after Chinese bombers approached Okinawa.", "MOBILIZE"),
    ("Moldova put its border police on high alert.", "MOBILIZE"),
    ("Two Venezuelan navy ships entered Guyana's waters on Tuesday.", "MOBILIZE"),
    ("Russia annexed Crimea in 2014.", "COERCE"),
    ("The Chilean and Bolivian foreign ministers exchanged views on the water dispute in La Paz.", "CONSULT"),
    ("Washington rolled back tariffs on Mexican steel on Monday.", "CONCEDE"),
    ("Germany teamed up with France to build the new tank.", "COOPERATE"),
    ("Japan extended a $2 billion loan to Sri Lanka on Friday.", "AID"),
    ("Iran's foreign ministry called in the Danish ambassador on Monday.", "ACCUSE"),
    ("Hungary took issue with the European Commission over the frozen funds.", "ACCUSE"),
    ("Pakistan tore up the water treaty with India.", "REJECT"),
    ("Russia withdrew from the arms control treaty in 2023.", "SANCTION"),
    ("Israeli warplanes strafed a convoy near Rafah.", "ASSAULT"),
    ("He paid tribute to the Kenyan peacekeepers who died in Somalia.", "SUPPORT"),
    ("Washington pulled out of the nuclear deal with Iran in 2018.", "SANCTION"),
    ("Moscow walked away from the talks with Kyiv on Friday.", "REJECT"),
    ("Peru walked out of the talks with Chile.", "REJECT"),
]


@pytest.mark.parametrize("text,type_", CODED)
def test_an_act_with_a_new_entry_is_coded(pipeline, text, type_):
    assert events_of(analyse_text(pipeline, text), type_)


def test_aggression_named_with_its_doer_is_an_assault_besides_the_condemnation(pipeline):
    doc = analyse_text(pipeline, "Poland condemned Russia's aggression against Ukraine.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "ASSAULT")] == [(["Russia"], ["Ukraine"])]
    assert events_of(doc, "ACCUSE")


def test_a_phrasal_entry_keeps_its_parties(pipeline):
    doc = analyse_text(pipeline, "Mali expelled the French ambassador and tore up its defence accords with France.")
    assert [(src, tgt) for e, src, tgt in events_with_parties(doc, "REJECT")] == [(["Mali"], ["France"])]


def test_pulling_out_of_a_place_is_still_a_retreat(pipeline):
    # the preposition's object after the particle decides: a deal (SANCTION), a town (RETREAT)
    doc = analyse_text(pipeline, "The Ethiopian army pulled out of Mekelle on Monday.")
    assert events_of(doc, "RETREAT") and not events_of(doc, "SANCTION")


def test_paying_tribute_is_praise_not_a_visit(pipeline):
    doc = analyse_text(pipeline, "He paid tribute to the Kenyan peacekeepers who died in Somalia.")
    assert not events_of(doc, "CONSULT")


NOT_CODED = [
    # a cut of prices, a lucky strike, a room entered, rings exchanged, a factory fire: no act
    ("The price cut pleased shoppers in Lima.", None),
    ("It was a strike of luck for the team.", None),
    ("The company cut its prices by a fifth.", "SANCTION"),
    ("She entered the room and sat down.", None),
    ("They exchanged rings at the ceremony in Quito.", None),
    ("The fire at the factory in Dhaka killed nobody.", "ASSAULT"),
]


@pytest.mark.parametrize("text,type_", NOT_CODED)
def test_the_same_words_outside_their_frame_code_nothing(pipeline, text, type_):
    doc = analyse_text(pipeline, text)
    found = [e for e in doc.events if type_ is None or e.type == type_]
    assert not found, [(e.type, e.trigger.text) for e in found]
