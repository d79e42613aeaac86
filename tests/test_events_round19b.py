"""Events and actors of issue 16's round 19b (dyads on unseen documents): a named object that a
multi-word trigger took into itself is the one acted upon; "the commission" / "the bloc" after an
unnamed body of that noun is that body, not the knowledge base's; a joint body stands for the
two states named last; a byline's author is no fallback target. Sentences written for this
project, in styles of our own (not the development documents')."""

from __future__ import annotations

import pytest
from conftest import analyse_text, events_with_parties


def _dyads(doc, type_: str) -> list:
    return [(sorted(src), sorted(tgt)) for _e, src, tgt in events_with_parties(doc, type_)]


def _names(doc) -> set[str]:
    return {a.name for a in doc.actors}


def _parties(doc) -> list:
    """Every event as (type, source names, target names)."""
    by = {a.id: a.name for a in doc.actors}
    return [(e.type, sorted(by[i] for i in e.source), sorted(by[i] for i in e.target)) for e in doc.events]


# a named object inside the trigger ("briefed the Secretary-General") is the target

def test_briefed_the_secretary_general_is_the_target(pipeline):
    doc = analyse_text(pipeline, "Ghana briefed the United Nations Secretary-General on the border incidents.")
    (src, tgt), = _dyads(doc, "CONSULT")
    assert src == ["Ghana"] and len(tgt) == 1 and tgt != ["Ghana"], (src, tgt)


def test_briefed_a_named_secretary_general_of_a_body(pipeline):
    doc = analyse_text(pipeline, "Uruguay briefed the Secretary-General of the Organization of American States, "
                                 "Luis Almagro, on the dispute.")
    assert _dyads(doc, "CONSULT") == [(["Uruguay"], ["Luis Almagro"])]


def test_briefed_a_common_noun_names_no_target(pipeline):
    # negative: "the council" names nobody; the event gets no made-up party from the trigger
    doc = analyse_text(pipeline, "The minister briefed the council on the talks.")
    assert not [p for p in _parties(doc) if p[0] == "CONSULT" and p[2]], _parties(doc)


# "the commission" after "a joint commission": that body, not the European Commission

def test_the_commission_after_a_joint_commission_is_the_two_states(pipeline):
    doc = analyse_text(pipeline, "Peru and Bolivia set up a joint commission last year. The commission will hold "
                                 "its second session in La Paz next week.")
    assert "European Commission" not in _names(doc)
    assert (["Bolivia", "Peru"], ["Bolivia", "Peru"]) in _dyads(doc, "CONSULT")


def test_a_joint_body_under_another_modifier(pipeline):
    doc = analyse_text(pipeline, "Japan and South Korea created a joint fisheries commission in 2019. The "
                                 "commission met in Busan on Friday and agreed new catch limits.")
    assert "European Commission" not in _names(doc)
    assert _dyads(doc, "AGREE") == [(["Japan", "South Korea"], ["Japan", "South Korea"])]


def test_a_bilateral_committee_met(pipeline):
    doc = analyse_text(pipeline, "Serbia and Hungary agreed in 2021 to form a bilateral committee on the railway. "
                                 "The committee met in Budapest on Tuesday.")
    assert (["Hungary", "Serbia"], ["Hungary", "Serbia"]) in _dyads(doc, "CONSULT")


def test_a_commission_of_inquiry_is_not_the_european_commission(pipeline):
    # an unnamed national body, not joint: neither the KB's commission nor a pair of states
    doc = analyse_text(pipeline, "Kenya named a commission of inquiry into the shooting of protesters in April. "
                                 "The commission accused the police of using live rounds.")
    assert "European Commission" not in _names(doc)


def test_a_new_trading_bloc_is_not_the_european_union(pipeline):
    doc = analyse_text(pipeline, "Five Andean exporters formed a new trading bloc in March. The bloc asked Brazil "
                                 "to lower its tariffs.")
    assert "European Union" not in _names(doc)


def test_the_commission_after_the_european_commission_is_still_it(pipeline):
    # negative: the body named before by its name keeps the referring alias
    doc = analyse_text(pipeline, "The European Commission fined Meta on Monday. The commission said the company "
                                 "had broken the rules. Later the Commission asked Ireland to collect the fine.")
    assert "European Commission" in _names(doc)
    assert (["European Commission"], ["Ireland"]) in _dyads(doc, "REQUEST")


def test_the_bloc_after_the_european_union_is_still_it(pipeline):
    doc = analyse_text(pipeline, "The European Union imposed new sanctions on Belarus on Monday. The bloc urged "
                                 "Minsk to free political prisoners.")
    assert (["European Union"], ["Belarus"]) in _dyads(doc, "REQUEST")


def test_a_commission_without_joint_is_no_pair(pipeline):
    # negative: "a commission" set up by one state is not the two states named last
    doc = analyse_text(pipeline, "Chile and Argentina traded accusations over the glacier. Chile appointed a "
                                 "commission of experts. The commission will visit the glacier in May.")
    assert not [p for p in _parties(doc) if p[0] == "CONSULT" and p[1] == ["Argentina", "Chile"]], _parties(doc)


# a byline's author is not where an untargeted act lands

def test_the_government_in_a_column_is_the_state_not_the_writer(pipeline):
    doc = analyse_text(pipeline, "Norway should walk away from the fishing pact\n\nBy Ingrid Solberg\n\n"
                                 "If the Government signs this pact as it stands, it will trade the fjords for a "
                                 "photograph.")
    assert [p[1] for p in _parties(doc) if p[0] == "AGREE"] == [["Norway"]], _parties(doc)
    assert not [p for p in _parties(doc) if "Ingrid Solberg" in p[2]], _parties(doc)


def test_byline_author_named_in_the_clause_stays_a_target(pipeline):
    # negative: an author the clause itself names as the one acted upon stays the target
    doc = analyse_text(pipeline, "Press freedom is a casualty\n\nBy Tomas Brenner\n\nLast year the Hungarian "
                                 "government sued Tomas Brenner over an earlier column.")
    assert [p for p in _parties(doc) if "Tomas Brenner" in p[2]], _parties(doc)


def _iceland_statement(pipeline, body: str):
    """``body`` as a statement issued by Iceland's foreign ministry (title line and publisher)."""
    from communique.ingest.records import Record

    text = "Statement by the Ministry of Foreign Affairs of Iceland\n\n" + body
    meta = {"published": "2022-06-01", "publisher": "Ministry of Foreign Affairs of Iceland"}
    return list(pipeline.pipe([Record(text, "t", meta)]))[0]


def test_the_government_in_a_ministry_statement_is_still_the_issuer(pipeline):
    # negative of the column rule: in a statement issued by a ministry, "the Government" is the issuer's
    doc = _iceland_statement(pipeline, "The Government has asked Norway to return the trawler.")
    assert [p for p in _parties(doc) if p[0] == "REQUEST"] == [("REQUEST", ["Iceland"], ["Norway"])], _parties(doc)


# a bare "the Government" is not the state its own clause acts upon

def test_the_government_condemning_a_named_state_is_the_issuer(pipeline):
    doc = _iceland_statement(pipeline, "The Government strongly condemns Russia for seizing the trawler.")
    assert [p for p in _parties(doc) if p[0] == "ACCUSE"] == [("ACCUSE", ["Iceland"], ["Russia"])], _parties(doc)


def test_the_government_accusing_a_named_state_is_the_other_state(pipeline):
    doc = analyse_text(pipeline, "Colombia and Venezuela trade barbs\n\nThe government accused Venezuela of "
                                 "sheltering rebel commanders.")
    assert [p for p in _parties(doc) if p[0] == "ACCUSE"] == [("ACCUSE", ["Colombia"], ["Venezuela"])], _parties(doc)


# whose waters, zone or airspace an act is done in is acted upon

def test_a_named_partner_keeps_the_waters_out(pipeline):
    # negative: the clause names its partner; the waters only say where
    doc = analyse_text(pipeline, "Japan held joint drills with the Philippines in the waters of the Pacific.")
    assert [p for p in _parties(doc) if p[0] == "COOPERATE"] == [("COOPERATE", ["Japan"], ["Philippines"])], \
        _parties(doc)


def test_own_waters_are_no_target(pipeline):
    # negative: a state's own navy acting in its own waters is no act upon itself
    doc = analyse_text(pipeline, "Japan's navy seized a fishing boat in Japanese waters.")
    assert not [p for p in _parties(doc) if "Japan" in p[2]], _parties(doc)


# "both parties", "the two negotiators": the two states named before the third one's sentence

def test_both_parties_invited_by_a_third_state(pipeline):
    doc = analyse_text(pipeline, "Ethiopia and Egypt have argued about the dam for a decade. Sudan invited both "
                                 "parties to a meeting in Khartoum.")
    # an invitation is a CONSULT since round 23 (it was AGREE); the parties are what this test pins
    (src, tgt), = [(p[1], p[2]) for p in _parties(doc) if p[0] in ("AGREE", "CONSULT")]
    assert src == ["Sudan"] and {"Ethiopia", "Egypt"} <= set(tgt), _parties(doc)


def test_every_later_the_commission_is_the_joint_one(pipeline):
    doc = analyse_text(pipeline, "Armenia and Georgia agreed to revive a joint commission on the border. The "
                                 "commission's work will start soon. \"The commission can settle this,\" the Georgian "
                                 "minister said. The commission will hold its first session in Tbilisi in May.")
    assert "European Commission" not in _names(doc), _names(doc)


# "his Latvian counterpart", unnamed: the state of the nationality word

def test_an_unnamed_counterpart_is_of_its_nationality(pipeline):
    doc = analyse_text(pipeline, "Estonia's foreign minister met his Latvian counterpart on Monday.")
    (src, tgt), = [(p[1], p[2]) for p in _parties(doc) if p[0] == "CONSULT"]
    assert [a.country for a in doc.actors if a.name in tgt] == ["LVA"], _parties(doc)


def test_a_counterpart_on_the_phone(pipeline):
    doc = analyse_text(pipeline, "The Kenyan president spoke by phone with his Ugandan counterpart about the floods.")
    (src, tgt), = [(p[1], p[2]) for p in _parties(doc) if p[0] == "CONSULT"]
    assert [a.country for a in doc.actors if a.name in tgt] == ["UGA"], _parties(doc)


def test_a_named_counterpart_stays_the_person(pipeline):
    # negative: the name in apposition is the one met, not the state of the nationality word
    doc = analyse_text(pipeline, "Estonia's foreign minister met his Latvian counterpart, Baiba Braze, in Riga.")
    assert [p[2] for p in _parties(doc) if p[0] == "CONSULT"] == [["Baiba Braže"]], _parties(doc)


# one event each: its type, sources and targets by name (the rules above, read end to end)
PARTY_CASES = [
    # negative: "the Government of Chile" names its state; nothing is swapped
    pytest.param('Peru and Chile trade barbs\n\nThe Government of Chile accused Peru of moving troops to the border.',
                 ('ACCUSE', ['Chile'], ['Peru']), id='a_named_government_subject_keeps_its_state'),
    pytest.param('Greece urged Turkey to halt its drilling operations within the exclusive economic zone of Cyprus.',
                 ('RETREAT', ['Turkey'], ['Cyprus']), id='halting_drilling_within_the_zone_of_a_state_is_aimed_at_it'),
    pytest.param('The two envoys talked in Valletta on Friday. They urged Turkey to halt their drilling '
                 'operations in the EEZ of Cyprus.',
                 ('RETREAT', ['Turkey'], ['Cyprus']), id='a_plural_owner_pronoun_does_not_hide_the_zone_owner'),
    pytest.param('Serbia and Kosovo sent new negotiators to the talks. Germany said it would host a '
                 'meeting of the two negotiators in Berlin next month.',
                 ('CONSULT', ['Germany'], ['Kosovo', 'Serbia']), id='a_meeting_of_the_two_negotiators'),
    # negative: no third state in the sentence; the pair named last before the phrase
    pytest.param('Chile and Bolivia have argued over the Silala river. The two governments agreed on '
                 'Friday to take the case to mediation.',
                 ('AGREE', ['Bolivia', 'Chile'], ['Bolivia', 'Chile']),
                 id='the_two_governments_as_subject_are_still_the_pair'),
    # a third state named in between is not one of the commission's two
    pytest.param('Armenia and Georgia agreed to revive a joint commission on the border. Russia '
                 'criticised the deal. The commission will hold its first session in Tbilisi in May.',
                 ('CONSULT', ['Armenia', 'Georgia'], ['Armenia', 'Georgia']),
                 id='the_joint_commission_is_of_those_who_set_it_up'),
    # negative: "a bloc of 27 states" says what the named body is; the later "the bloc" is the EU
    pytest.param('The European Union, a bloc of 27 states, imposed new sanctions on Belarus. The bloc '
                 'urged Minsk to free political prisoners.',
                 ('REQUEST', ['European Union'], ['Belarus']), id='a_bloc_in_apposition_to_the_union_is_the_union'),
    pytest.param("NATO, the military alliance, met in Vilnius. The alliance condemned Russia's attacks on Ukraine.",
                 ('ACCUSE', ['NATO'], ['Russia']), id='the_military_alliance_in_apposition_is_nato'),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_CASES)
def test_the_event_has_these_parties(pipeline, text, expected):
    doc = analyse_text(pipeline, text)
    assert expected in _parties(doc), _parties(doc)
