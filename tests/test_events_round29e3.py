"""Events of the twenty-ninth round (e3): who did it, for events typed right (docs/events.md,
"Round 29e3"). Texts written for this project, each mechanism with a negative."""

from __future__ import annotations

import pytest
from conftest import actor_names, event_cues


def _event(doc, type_, word):
    found = [e for e in doc.events if e.type == type_ and word in e.trigger.text]
    assert found, event_cues(doc)
    return found[0]


def _countries(doc, ids):
    return {a.country for a in doc.actors if a.id in ids}


# --- "OLF commanders turned down ...", "a WFP spokesperson told ...": the body ----------------------

CONVOY = (
    "Food agency condemns attack on convoy in Chad\n\n"
    "N'DJAMENA, May 3 (Sahel Wire) - The World Food Programme (WFP) condemned on Monday an attack on one "
    "of its convoys near Abeche.\n\n"
    "The Ouaddai Liberation Front (OLF) has blocked the road since March. In April, {commanders} turned "
    "down a WFP request to let trucks through to the camps. \"We are grateful to the European Union for "
    "its help,\" {speaker} told reporters in Geneva.\n")


def test_unnamed_commanders_of_a_named_group_stand_for_the_group(pipeline):
    doc = pipeline(CONVOY.format(commanders="OLF commanders", speaker="a WFP spokesperson"))
    found = _event(doc, "REJECT", "turned down")
    assert actor_names(doc, found.source) == {"Ouaddai Liberation Front"}, actor_names(doc, found.source)


def test_unnamed_spokesperson_of_a_named_body_stands_for_the_body(pipeline):
    doc = pipeline(CONVOY.format(commanders="OLF commanders", speaker="a WFP spokesperson"))
    found = _event(doc, "SUPPORT", "told")
    assert actor_names(doc, found.source) == {"World Food Programme"}, actor_names(doc, found.source)
    assert "WFP spokesperson" not in actor_names(doc, found.target)  # the body's voice is no target of its act


def test_a_named_spokesperson_stays_the_person(pipeline):
    doc = pipeline(CONVOY.format(commanders="OLF commanders", speaker="WFP spokesperson Ana Ruiz"))
    found = _event(doc, "SUPPORT", "told")
    assert "World Food Programme" not in actor_names(doc, found.source), actor_names(doc, found.source)


# --- "rounded up by police", "the two warships": whose forces -----------------------------------------
# (read on a document of stated actors: the actors stage often gives such nouns a country itself)

class _Index:
    """The actor with a mention over a span, as the stage's mention index answers."""

    def __init__(self, actors):
        self.actors = actors

    def at(self, start, end):
        return next((a for a in self.actors for s, e in a.mentions if s < end and start < e), None)


def _forces_of(nlp, text, actors, word):
    from types import SimpleNamespace

    from communique.document import Actor
    from communique.stages.events import _home_force

    def mention(name):
        at = text.index(name)
        return (at, at + len(name))

    made = [Actor(f"a{n}", name, kind, country, mentions=(mention(name),))
            for n, (name, kind, country) in enumerate(actors, 1)]
    doc = nlp(text)
    tok = next(t for t in reversed(doc) if t.lower_ == word)
    bare = next(a for a in made if a.name.lower().endswith(word))
    found = _home_force(SimpleNamespace(text=text, actors=made), tok, bare, _Index(made))
    return {a.name for a in made if a.id in found}


POLICE = ("{forces} have expelled 500 migrants to the desert near the border, aid groups said. "
          "The migrants were rounded up by police in the port city and driven to the border in buses.")


def test_bare_police_are_the_one_state_force_named_before(nlp):
    text = POLICE.format(forces="Tunisian security forces")
    assert _forces_of(nlp, text, [("Tunisian security forces", "organization", "TUN"),
                                  ("police", "organization", None)], "police") == {"Tunisian security forces"}


def test_bare_police_after_forces_of_two_states_stay_unowned(nlp):
    text = POLICE.format(forces="Tunisian security forces and Libyan border guards")
    assert _forces_of(nlp, text, [("Tunisian security forces", "organization", "TUN"),
                                  ("Libyan border guards", "organization", "LBY"),
                                  ("police", "organization", None)], "police") == set()


def test_the_two_warships_are_of_the_navy_their_first_mention_names(nlp):
    text = ("The Ministry noted two warships of the People's Liberation Army Navy near the drill of the "
            "Philippine Navy. The Philippine Navy asked them to keep away, and the two warships have since "
            "moved further away.")
    assert _forces_of(nlp, text, [("People's Liberation Army Navy", "organization", "CHN"),
                                  ("Philippine Navy", "organization", "PHL"),
                                  ("the two warships", "organization", None)], "warships") == \
        {"People's Liberation Army Navy"}


# --- "the violations of the airspace of X by aircraft of Y": a "by" hung on the verb ---------------

AIRSPACE = (
    "Joint statement of the Ministers of Foreign Affairs of Estonia and Finland\n\n"
    "We strongly condemn the repeated violations of the airspace of Estonia {by} over the past month.\n")


def test_by_on_the_judging_verb_is_the_act_nouns_doer(pipeline):
    doc = pipeline(AIRSPACE.format(by="by military aircraft of the Russian Federation"))
    found = _event(doc, "COERCE", "violations")
    assert _countries(doc, found.source) == {"RUS"}, actor_names(doc, found.source)


def test_without_by_the_violations_are_not_russias(pipeline):
    doc = pipeline(AIRSPACE.format(by="near the Russian border"))
    found = [e for e in doc.events if e.type == "COERCE" and "violations" in e.trigger.text]
    assert not found or "RUS" not in _countries(doc, found[0].source)


# --- "citizens who remain in detention": who undergoes it is the target -------------------------------

DETAINED = (
    "Statement of the Ministry of Foreign Affairs of the Republic of Latvia\n\n"
    "Latvia once again calls on the Belarusian authorities to release the two Latvian citizens who "
    "remain in detention in Belarus.\n")


def test_those_in_detention_are_its_target(pipeline):
    doc = pipeline(DETAINED)
    found = _event(doc, "COERCE", "detention")
    assert _countries(doc, found.target) == {"LVA"}, actor_names(doc, found.target)
    assert "LVA" not in _countries(doc, found.source), actor_names(doc, found.source)


def test_those_in_talks_stay_their_parties(pipeline):
    doc = pipeline("Kenya, which is in talks with Somalia over the maritime border, said on Monday it would "
                   "not accept the ruling.\n")
    found = [e for e in doc.events if e.type == "CONSULT"]
    assert found and "Kenya" in actor_names(doc, found[0].source), event_cues(doc)


# --- "Both parties told me ...": the two sides that fought last ---------------------------------------

BRIEFING = (
    "Briefing to the Security Council by the Special Envoy for Darfur\n\n"
    "Thank you, Mr. President.\n\n"
    "{before}Both parties told me they are ready to attend talks in Addis Ababa.\n")


@pytest.mark.parametrize("before", [
    "Last week the army shelled positions of the Northern Liberation Front near Kutum. ",
    "Last week the army shelled positions of the Northern Liberation Front near Kutum, and the Front attacked "
    "an army base in Mellit. ",
])
def test_both_parties_are_the_two_sides_that_fought(pipeline, before):
    doc = pipeline(BRIEFING.format(before=before))
    found = _event(doc, "CONSULT", "talks")
    assert actor_names(doc, found.source) == {"army", "Northern Liberation Front"}, actor_names(doc, found.source)


def test_both_parties_with_no_fight_before_stay_unresolved(pipeline):
    doc = pipeline(BRIEFING.format(before="Last week I visited Kutum and Mellit. "))
    found = [e for e in doc.events if e.type == "CONSULT" and "talks" in e.trigger.text]
    assert not found or "Northern Liberation Front" not in actor_names(doc, found[0].source)


# --- "fighters crossed from X and attacked ...", misparsed: the two past verbs are coordinated -------

def _misparsed(nlp, first_tag):
    """"We wish to inform you that fighters crossed from Mali and attacked the post", as the parser
    read a longer such sentence: "crossed" a clause of "fighters", "attacked" a conjunct of "inform"."""
    from spacy.tokens import Doc

    words = ["We", "wish", "to", "inform", "you", "that", "fighters", "crossed", "from", "Mali", "and",
             "attacked", "the", "post", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 7, 8, 3, 3, 13, 11, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "det", "dobj", "acl", "prep", "pobj", "cc", "conj", "det",
            "dobj", "punct"]
    tags = ["PRP", "VBP", "TO", "VB", "PRP", "DT", "NNS", first_tag, "IN", "NNP", "CC", "VBD", "DT", "NN", "."]
    pos = ["PRON", "VERB", "PART", "VERB", "PRON", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "DET",
           "NOUN", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_past_verb_after_a_past_clause_on_a_noun_takes_the_noun(nlp):
    from communique.events.arguments import subject_of

    doc = _misparsed(nlp, "VBD")
    assert [t.text for t in subject_of(doc[11])] == ["fighters"]


def test_past_verb_after_a_participle_on_a_noun_keeps_the_older_reading(nlp):
    from communique.events.arguments import subject_of

    doc = _misparsed(nlp, "VBN")  # "fighters trained in Mali": no finite verb to coordinate with
    assert "fighters" not in [t.text for t in subject_of(doc[11])]


# --- review: the misparse rule must not change the doer of a gerund pair after "accused X of" -------

@pytest.mark.parametrize("text, kind, doer", [
    ("Colombia accused Venezuela of sheltering the guerrillas and seeking to attack its border posts.",
     "ASSAULT", "VEN"),
    ("Chile accused Peru of training the militias and trying to arm the rebels.", "AID", "PER"),
])
def test_accused_of_two_gerunds_keeps_the_accused_as_doer(pipeline, text, kind, doer):
    doc = pipeline(text)
    found = [e for e in doc.events if e.type == kind]
    assert found and all(_countries(doc, e.source) == {doer} for e in found), \
        [(e.type, actor_names(doc, e.source)) for e in doc.events]


def test_by_with_a_means_noun_is_not_the_doer(pipeline):
    doc = pipeline("Chile condemned the arrest of the fishermen by a unanimous vote of the Senate.")
    assert not any("vote" in name for e in doc.events for name in actor_names(doc, e.source)), \
        [(e.type, actor_names(doc, e.source)) for e in doc.events]
