"""Events of issue 16, round 17b: lexicon entries for acts that had no trigger (verbs with their
objects, phrasal verbs and nouns of wire reports and ministry statements), the entries kept out
because they fired on other acts, and a name's title or a generic head's modifier read as the
object of a light-verb entry. Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, events_of

CODED = [
    ("Nigeria's teachers union called off its strike after two days of talks with the ministry.", "CONCEDE"),
    ("Riot police prevented the demonstration outside the parliament in Tbilisi.", "COERCE"),
    ("Hackers defaced dozens of Latvian government websites on Monday.", "COERCE"),
    ("Serbian police broke up a protest outside the electoral commission.", "COERCE"),
    ("Mongolian troops remained on alert along the southern border.", "MOBILIZE"),
    ("Russia called up 300,000 reservists in September 2022.", "MOBILIZE"),
    ("The paramilitaries were engaged in ethnic cleansing in the western villages.", "ASSAULT"),
    ("The Netherlands slashed aid to Burundi after the disputed vote.", "SANCTION"),
    ("Beijing banned imports of Lithuanian beef in 2021.", "SANCTION"),
    ("Uzbekistan opened the bridge to Afghan trucks after four years.", "RETREAT"),
    ("Japan is providing satellite imagery to the Philippine coast guard.", "AID"),
    ("India's ambassador assured Nepal that the lorries would move.", "AGREE"),
    ("India valued its special relationship with Nepal, the spokesman said.", "SUPPORT"),
    ("The Bolivian foreign minister briefed the Security Council on the dispute.", "CONSULT"),
    ("Hungarian opposition leader Peter Magyar railed against the new media law.", "ACCUSE"),
    ("Moscow balked at the proposed monitoring mission.", "REJECT"),
    ("Dock workers stopped work at the port of Antwerp on Friday.", "PROTEST"),
    ("Qatar launched a mediation effort between Somalia and Kenya.", "CONSULT"),
    ("Putin received Foreign Minister Wang Yi in Moscow on Monday.", "CONSULT"),
    ("Belarus faces new sanctions from the European Union.", "SANCTION"),
]


@pytest.mark.parametrize("text,type_", CODED)
def test_an_act_with_a_round_17b_entry_is_coded(pipeline, text, type_):
    assert events_of(analyse_text(pipeline, text), type_)


def test_torpedoing_a_deal_is_a_rejection_not_an_attack(pipeline):
    doc = analyse_text(pipeline, "Iranian hardliners torpedoed the nuclear deal with Washington.")
    assert events_of(doc, "REJECT") and not events_of(doc, "ASSAULT")


def test_torpedoing_a_ship_is_an_attack_not_a_rejection(pipeline):
    doc = analyse_text(pipeline, "A submarine torpedoed a freighter off the coast.")
    assert events_of(doc, "ASSAULT") and not events_of(doc, "REJECT")


def test_closing_ones_own_embassy_is_a_sanction_not_coercion(pipeline):
    doc = analyse_text(pipeline, "Panama closed its embassy in Caracas on Tuesday.")
    assert events_of(doc, "SANCTION") and not events_of(doc, "COERCE")


def test_banning_imports_is_a_sanction_not_a_ban_on_people(pipeline):
    doc = analyse_text(pipeline, "Beijing banned imports of Lithuanian beef in 2021.")
    assert not events_of(doc, "COERCE")


# words kept out: each fired on an act of another type, or on no act at all


@pytest.mark.parametrize("sentence,kept_out", [
    ("The Estonian parliament will vote on the budget in March.", "PROTEST"),  # the month
    ("The Greek prime minister was speaking to a think tank in Washington.", "CONSULT"),  # an audience
    ("Coast guard boats patrol the harbour every night.", "MOBILIZE"),  # routine patrols
    ("Analysts value the state airline at two billion dollars.", "SUPPORT"),  # valuing a company
])
def test_words_kept_out_code_no_event(pipeline, sentence, kept_out):
    assert not events_of(analyse_text(pipeline, sentence), kept_out)


def test_talks_about_a_pullback_are_talks_not_a_retreat(pipeline):
    doc = analyse_text(pipeline, "Israel and Lebanon renewed negotiations on a troop pullback.")
    assert events_of(doc, "CONSULT") and not events_of(doc, "RETREAT")


def test_a_title_before_a_name_does_not_make_any_verb_a_visit(pipeline):
    doc = analyse_text(pipeline, "Police questioned Prime Minister Rutte's driver on Monday.")
    assert not events_of(doc, "CONSULT")
