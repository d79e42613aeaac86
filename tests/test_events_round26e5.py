"""Events of the twenty-sixth round (e5): forms of wire news (docs/events.md, "Round 26e5: news
forms"): the sides of a fight or of talks named by the verb's "between", hyphened pairs of
parties, stones thrown at someone, an act noun whose doer a named modifier gives.
Texts written for this project, with negatives."""

from __future__ import annotations

from conftest import actor_countries, event_cues, event_mode, events_of


def _countries(doc, type_: str) -> list[tuple[set, set]]:
    """(source countries, target countries) of each event of ``type_``."""
    return [(actor_countries(doc, e.source), actor_countries(doc, e.target)) for e in events_of(doc, type_)]


# 1. The sides of a fight or of talks named by a "between" the parser hung on the verb.

def test_clashes_erupted_between_two_armies(pipeline):
    doc = pipeline("Clashes erupted between Indian and Chinese troops in a high valley on Monday night.")
    assert ({"IND"}, {"CHN"}) in _countries(doc, "ASSAULT"), event_cues(doc)


def test_fighting_broke_out_between_two_forces(pipeline):
    doc = pipeline("Heavy fighting broke out between Armenian and Azerbaijani forces along the line overnight.")
    assert ({"ARM"}, {"AZE"}) in _countries(doc, "ASSAULT"), event_cues(doc)


def test_gerund_fighting_between_named_sides(pipeline):
    doc = pipeline("Fighting between the Sudanese army and Eritrean troops resumed near the crossing on Friday.")
    pairs = _countries(doc, "ASSAULT")
    assert any(s == {"SDN"} and t == {"ERI"} for s, t in pairs), event_cues(doc)


def test_talks_resumed_between_two_capitals(pipeline):
    doc = pipeline("Talks resumed between Khartoum and Juba in Addis Ababa on Tuesday.")
    pairs = _countries(doc, "CONSULT")
    assert any({"SDN", "SSD"} <= s | t for s, t in pairs), event_cues(doc)


def test_between_on_a_verb_with_no_act_noun_gives_no_fight(pipeline):
    doc = pipeline("Prices rose sharply between March and June, the central bank of Kenya said.")
    assert not events_of(doc, "ASSAULT"), event_cues(doc)


def test_one_side_only_gives_no_fight_between(pipeline):
    doc = pipeline("Clashes erupted between riot police in the capital on Sunday.")
    assert not any(s and t for s, t in _countries(doc, "ASSAULT")), event_cues(doc)


# 2. Hyphened pairs of parties: the agreement judged by another trigger is reported as made.

def test_condemned_hyphened_agreement_is_its_own_event(pipeline):
    doc = pipeline("Egypt condemned the Turkish-Libyan agreement on sea borders on Thursday.")
    agreed = _countries(doc, "AGREE")
    assert any({"TUR", "LBY"} <= s | t for s, t in agreed), event_cues(doc)
    judged = [t for e in doc.events if e.type in ("ACCUSE", "REJECT")
              for t in [actor_countries(doc, e.target)]]
    assert any({"TUR", "LBY"} <= t for t in judged), event_cues(doc)


def test_rejected_pact_still_made_is_asserted(pipeline):
    doc = pipeline("Greece rejected the Turkey-Libya memorandum as void under the law of the sea.")
    assert event_mode(doc, "AGREE", "memorandum") == "asserted", event_cues(doc)


def test_headline_light_verb_keeps_the_paired_pact(pipeline):
    doc = pipeline("Athens summit denounces Serbian-Albanian border accord\n\nMinisters met on Monday.")
    assert any({"SRB", "ALB"} <= s | t for s, t in _countries(doc, "AGREE")), event_cues(doc)


def test_praised_hyphened_agreement(pipeline):
    doc = pipeline("Berlin praised the Serbia-Kosovo agreement reached in Brussels last week.")
    assert any({"SRB", "XKX"} <= s | t for s, t in _countries(doc, "AGREE")), event_cues(doc)


def test_led_or_backed_is_no_pair(pipeline):
    doc = pipeline("Qatar condemned the Iran-backed agreement on shipping fees.")
    assert not any(len(s | t) > 1 for s, t in _countries(doc, "AGREE")), event_cues(doc)


def test_signing_a_paired_deal_is_one_agreement(pipeline):
    doc = pipeline("Washington and Tehran signed the US-Iran accord in Vienna on Sunday.")
    assert len(events_of(doc, "AGREE")) == 1, event_cues(doc)


def test_lower_case_compound_is_no_pair(pipeline):
    doc = pipeline("Chile criticised the cross-border agreement on water rights.")
    assert not any(len(s | t) > 1 for s, t in _countries(doc, "AGREE")), event_cues(doc)


# 3. Stones thrown at someone: a riot (PROTEST); a bomb thrown: an ASSAULT.

def test_protesters_threw_bricks_at_police(pipeline):
    doc = pipeline("Protesters threw bricks at police outside the parliament in Nairobi on Tuesday.")
    assert events_of(doc, "PROTEST"), event_cues(doc)
    assert not events_of(doc, "ASSAULT"), event_cues(doc)


def test_demonstrators_hurled_stones_at_riot_police(pipeline):
    doc = pipeline("Demonstrators hurled stones at riot police in Santiago overnight.")
    assert events_of(doc, "PROTEST"), event_cues(doc)


def test_grenade_thrown_is_an_attack(pipeline):
    doc = pipeline("A militant threw a grenade at an army patrol in Srinagar on Friday.")
    assert events_of(doc, "ASSAULT"), event_cues(doc)


def test_ball_thrown_is_no_event(pipeline):
    doc = pipeline("The pitcher threw the ball at the batter in the ninth inning.")
    assert not doc.events, event_cues(doc)


def test_stones_thrown_without_a_mark_are_no_riot(pipeline):
    doc = pipeline("Children threw stones into the river behind the school.")
    assert not events_of(doc, "PROTEST"), event_cues(doc)


# 4. An act noun whose doer a named modifier of its modifier gives ("a Myanmar army offensive").

def test_state_army_offensive_names_its_doer(pipeline):
    doc = pipeline("The Myanmar army offensive has emptied dozens of villages near the Thai border.")
    assert any("MMR" in s for s, _ in _countries(doc, "ASSAULT")), event_cues(doc)


def test_named_navy_patrol_raid(pipeline):
    doc = pipeline("Fishermen said the Chinese coast guard raid near the shoal had left two boats damaged.")
    assert any("CHN" in s for s, _ in _countries(doc, "ASSAULT") + _countries(doc, "COERCE")), event_cues(doc)


def test_unnamed_army_offensive_is_a_topic(pipeline):
    doc = pipeline("Analysts in the capital discussed the history of army offensive doctrine.")
    assert not events_of(doc, "ASSAULT"), event_cues(doc)
