"""Speed pass round 31s6: the events stage's actor look-ups and event records.

``_actors_of`` keeps no memo (it was keyed by ``id()``; few calls asked again); ``_argument_actors``
reads each rule's own first test off the ``TokenSheet`` before calling it (an owner among the
children for ``_first_person_body``, ``_force_owner`` and ``_pronoun_owner``; a noun, a singular
noun or a plural for ``_appositive``, ``same_phrase``, ``_generic``, ``_listed_states``; "allied"
for ``_allied_states``; a modifier before the noun for ``_coordinated_modifiers``; the part of
speech and entity for ``_same_noun``; a ship's noun for ``_named_vessel``); ``_unnamed_target``
reads the voicing actors once per document (``_voiced_bodies``) and ``_counted_victims`` makes a
``Token`` for a plural noun only; a draft's sentence span is read once for the drafts of one
sentence.

Outputs are unchanged: each closed gate is checked to mean that its rule answers nothing, on every
word of texts written for these tests, and the passages at the end give events that the gated
rules make (each changes when its rule answers nothing)."""

from __future__ import annotations

import pytest
from conftest import analyse_text, annotated_doc, party_sets

TEXTS = [
    "Our government and its allied partners condemned the attack, and their soldiers shelled the town.",
    "Senior Hungarian and Romanian officials met the UN envoy for Libya, Ana Soto, in Vienna.",
    "The junta in Niamey expelled the French ambassador; the junta then accused France of plotting.",
    "Police detained the vessel, the Eagle Star, after the tanker damaged the cable near Helsinki.",
    "The Organization of American States met. Its members urged Venezuela to free the journalists.",
    "Gunmen kidnapped eleven crew members and the affected countries asked Allied navies for help.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_closed_gates_leave_rules_with_nothing_to_say(pipeline, text):
    from communique.actors.recognize import counted_patient
    from communique.stages import events as ev
    from communique.views import release, token_sheet, views_of

    document, doc = annotated_doc(pipeline, text, "round31s6")
    index = views_of(doc).actor_index(document.actors)
    author = document.actors[0] if document.actors else None
    s = token_sheet(doc)
    opened = 0
    for tok in doc:
        i = tok.i
        owned = any(s.deps[c] == ev._POSS for c in s.kids[i])
        noun = s.pos[i] == ev._NOUN
        actor = index.at(tok.idx, tok.idx + len(tok.text)) or (document.actors[0] if document.actors else None)
        if not owned:
            assert ev._first_person_body(document, tok, author, True, index) == []
            assert ev._pronoun_owner(document, tok, author, index) == []
            if actor is not None:
                assert ev._force_owner(document, tok, actor, author, index) == []
        if not (noun and s.tags[i] == ev._NN):
            assert ev._appositive(tok, index) == []
        if not noun:
            assert ev.same_phrase(document, tok) == []
            assert actor is None or not ev._generic(tok, actor)
        if s.tags[i] not in ev._PLURAL_TAG_IDS:
            assert ev._listed_states(document, tok, index) == []
        if not (s.lowers[i] in ev.ALLIANCE_ADJECTIVES or any(s.lowers[c] in ev.ALLIANCE_ADJECTIVES for c in s.kids[i])):
            assert ev._allied_states(document, tok, index) == []
        if actor is not None and not any(s.deps[m] in ev._COORDINATED_MODIFIER_IDS and m < i for m in s.kids[i]):
            assert ev._coordinated_modifiers(index, tok, actor) == []
        if s.ents[i] or s.pos[i] not in ev._SAME_NOUN_POS:
            assert ev._same_noun(document, tok) == []
        if not (noun and s.lemmas[i] in ev.VESSEL_NOUNS):
            assert ev._named_vessel(tok, index) == []
        if s.tags[i] != ev._NNS:
            assert not counted_patient(tok)
        opened += owned or noun
    assert opened, "the text must open some gate"
    release(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_voiced_bodies_once_per_document_are_the_plain_reading(pipeline, text):
    from communique.stages import events as ev
    from communique.views import release

    document, doc = annotated_doc(pipeline, text, "round31s6")
    for source in [[a.id] for a in document.actors] + [[a.id for a in document.actors], []]:
        plain = {a.id for a in document.actors if set(ev._voiced_body(document, a)) & set(source)}
        assert {a for a, body in ev._voiced_bodies(document, doc) if body & set(source)} == plain
    release(doc)


def test_voiced_bodies_found(nlp):
    from types import SimpleNamespace

    from communique.stages import events as ev

    wfp = SimpleNamespace(id="a1", kind="igo", name="WFP", key=None, mentions=[(0, 3)])
    voice = SimpleNamespace(id="a2", kind="person", name="WFP spokesperson", key=None, mentions=[(0, 16)])
    document = SimpleNamespace(text="WFP spokesperson said", actors=[wfp, voice])
    assert ev._voiced_bodies(document, nlp(document.text)) == (("a2", {"a1"}),)


#: Passages whose events a gated rule makes: (rule, text, event type, source names, target names).
PASSAGES = [
    ("_coordinated_modifiers", "Senior Hungarian and Romanian officials condemned Serbia on Tuesday for the raid "
     "on the border post.", "ACCUSE", {"Hungary", "Romania"}, {"Serbia"}),
    ("_first_person_body", "STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF ESTONIA\n\nOur government strongly "
     "condemns Russia for the cyber attack on the power grid.", "ACCUSE", {"Estonia"}, {"Russia"}),
    ("_force_owner", "The Ansar Brigade has claimed forty attacks this year. In March its fighters attacked the "
     "army base near Kidal.", "ASSAULT", {"Ansar Brigade"}, {"Kidal"}),
    ("_pronoun_owner", "The Organization of American States met in Lima. Its members urged Venezuela to release "
     "the detained journalists.", "REQUEST", {"Organization of American States"}, {"Venezuela"}),
    ("_named_vessel", "A tanker damaged the undersea cable. Finnish police detained the vessel, the Eagle Star, "
     "and Finland accused Russia of sabotage.", "ASSAULT", {"Eagle Star"}, set()),
    ("_allied_states", "The cyber attacks against Allied infrastructure disrupted hospitals. Hospitals in Estonia, "
     "Italy and Portugal were disrupted.", "ASSAULT", set(), {"Estonia", "Italy", "Portugal"}),
    ("_listed_states", "STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF ESTONIA\n\nEstonia, Italy and Portugal "
     "were hit by cyber attacks last week. We stand with the affected Allies.", "SUPPORT", {"Estonia"},
     {"Italy", "Portugal"}),
]


@pytest.mark.parametrize("rule, text, type_, source, target", PASSAGES)
def test_gated_rules_still_make_their_events(pipeline, monkeypatch, rule, text, type_, source, target):
    from communique.stages import events as ev

    assert (source, target) in party_sets(analyse_text(pipeline, text), type_)
    monkeypatch.setattr(ev, rule, lambda *args, **kwargs: [])  # what a gate that dropped the case would give
    assert (source, target) not in party_sets(analyse_text(pipeline, text), type_)
