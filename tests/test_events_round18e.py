"""Events of issue 16's round 18e (candidates dropped downstream): a past participle describing
what a named actor is ("the PKK is a banned organization in Turkey") labels that actor as acted
upon, by the state the noun's "in" names. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, event_cues, events_of, events_with_parties


def _dyads(doc, type_: str) -> list:
    """(source names, target names) of every event of one type ([] when there is none)."""
    if not events_of(doc, type_):
        return []
    return [(sorted(src), sorted(tgt)) for _e, src, tgt in events_with_parties(doc, type_)]


def test_banned_organization_in_a_state_is_that_states_act(pipeline):
    doc = analyse_text(pipeline, "Kurdish fighters crossed the border on Sunday. The PKK is a banned militant "
                                 "organization in Turkey.")
    assert (["Turkey"], ["Kurdistan Workers' Party"]) in _dyads(doc, "COERCE"), event_cues(doc)


def test_banned_group_in_apposition(pipeline):
    doc = analyse_text(pipeline, "The PKK, a banned group in Turkey, denied the claim on Monday.")
    assert (["Turkey"], ["Kurdistan Workers' Party"]) in _dyads(doc, "COERCE"), event_cues(doc)


def test_banned_organization_said_by_a_body(pipeline):
    # no "in <state>": whoever the sentence names bans it
    doc = analyse_text(pipeline, "The European Union said Hezbollah is a banned organization.")
    assert (["European Union"], ["Hezbollah"]) in _dyads(doc, "COERCE"), event_cues(doc)


def test_the_label_keeps_its_sentence_mode(pipeline):
    doc = analyse_text(pipeline, "The PKK is a banned militant organization in Turkey.")
    events = [e for e, _s, _t in events_with_parties(doc, "COERCE")]
    assert events and all(e.mode == "asserted" for e in events), event_cues(doc)


def test_armed_groups_are_no_event(pipeline):
    # negative: a participle before a subject noun labels nobody
    doc = analyse_text(pipeline, "Armed groups remain active in northern Mali, the report said.")
    assert not _dyads(doc, "MOBILIZE"), event_cues(doc)


def test_banned_substances_seized_are_no_ban(pipeline):
    # negative: the noun is an object, not what a named actor is said to be
    doc = analyse_text(pipeline, "Police in Kenya seized banned substances at the port of Mombasa.")
    assert not [t for _s, t in _dyads(doc, "COERCE") if "Kenya" in t], event_cues(doc)


def test_a_pronoun_subject_is_no_named_target(pipeline):
    # negative: "it is a banned group" names nobody in its own clause
    doc = analyse_text(pipeline, "It is a banned group in Turkey.")
    assert not _dyads(doc, "COERCE"), event_cues(doc)


def test_adjective_label_is_no_participle(pipeline):
    # negative: "militant" and "illegal" are adjectives, not acts upon the group
    doc = analyse_text(pipeline, "Hamas is an illegal militant organization, Israel said.")
    assert not _dyads(doc, "COERCE"), event_cues(doc)


def test_participle_on_a_common_noun_subject_is_no_event(pipeline):
    # negative: the subject is no name ("the party is a banned party" names nobody)
    doc = analyse_text(pipeline, "The party is a banned organization in Turkey.")
    assert not [t for _s, t in _dyads(doc, "COERCE") if t and t != ["Turkey"]], event_cues(doc)


def test_jailed_leader_in_a_state(pipeline):
    doc = analyse_text(pipeline, "Alexei Navalny is a jailed opposition leader in Russia.")
    assert (["Russia"], ["Alexei Navalny"]) in _dyads(doc, "COERCE"), event_cues(doc)


def test_plain_verb_ban_still_coded(pipeline):
    # the rule adds to the verb reading, it does not replace it
    doc = analyse_text(pipeline, "Germany banned Hezbollah in April.")
    assert (["Germany"], ["Hezbollah"]) in _dyads(doc, "COERCE") + _dyads(doc, "SANCTION"), event_cues(doc)


# a meeting noun under "at" that names its partner with "with": the governing verb's subject meets

def test_speaking_at_a_news_conference_with_a_counterpart(pipeline):
    doc = analyse_text(pipeline, "Peruvian President Rosa Quispe, speaking at a joint news conference with her "
                                 "Bolivian counterpart, Luis Arce, in Lima, praised the new railway.")
    assert (["Rosa Quispe"], ["Luis Arce"]) in _dyads(doc, "CONSULT"), event_cues(doc)


def test_news_conference_without_a_partner_is_no_meeting(pipeline):
    # negative: nobody named to meet
    doc = analyse_text(pipeline, "The minister spoke at a news conference in Lima on Monday.")
    assert not _dyads(doc, "CONSULT"), event_cues(doc)
