"""Speed pass round 32s9: the events stage's argument rule chain reads each token's facts once.

``_argument_actors`` runs a chain of ~20 rules for each argument token (~100 a document). It now
reads the token's facts once off the ``TokenSheet`` (the words of its determiners, in order, and of
its prepositions; its tag, part of speech, lemma and entity) and asks a rule only where the rule's
own first test can pass: ``_one_neighbour`` (a singular noun with "a"/"any"/"one"), ``_appositive``
(an appositive or a "for"/"of"/"to" phrase), ``same_phrase``, ``_same_noun``, ``_joint_body`` and
``_stand_in`` (their determiners), ``_person_by_title`` (``_titled``), ``_national_state``
(``_national_words``), ``_person_by_surname`` (a proper noun), ``_body_official`` and ``_the_group``
(their nouns), ``_allies_object`` ("Allies"), ``_our_partners`` (a partner noun), ``_listed_owners``
("of"/"from"), ``_included`` ("including"/"like"/"as") and ``_the_two_holders`` (``_counted_two``
before the look-up of the phrase), ``_coordinated_complements`` ("of").

Outputs are unchanged: each closed gate is checked to mean that its rule answers nothing, on every
word of texts written for these tests, and the passages at the end give events that the gated rules
make (each changes when its rule answers nothing: what a gate that dropped the case would give)."""

from __future__ import annotations

import pytest
from conftest import analyse_text, annotated_doc, party_sets

TEXTS = [
    "Abuja would never invade a neighbour's territory, and one neighbouring state, Togo, agreed.",
    "The envoy for Libya, Ana Soto, met the Ghanaian minister and the two presidents in Accra.",
    "Both sides blamed the group, and the commission of the two governments from Peru and Chile met.",
    "Several countries including Algeria and Morocco, like Tunisia, thanked the Allies and our partners.",
    "A ministry spokesperson said the President's aides and the junta's militia fired on the vessel.",
    "The foreign ministers of Kenya and Uganda condemned Chilean troops, and the Peruvian claims were rejected.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_closed_gates_leave_rules_with_nothing_to_say(pipeline, text):
    from communique.stages import events as ev
    from communique.views import release, token_sheet, views_of

    document, doc = annotated_doc(pipeline, text, "round32s9")
    index = views_of(doc).actor_index(document.actors)
    author = document.actors[0] if document.actors else None
    s = token_sheet(doc)
    opened = 0
    for tok in doc:
        i = tok.i
        noun, bare = s.pos[i] == ev._NOUN, not s.ents[i]
        dets = [s.lowers[c] for c in s.kids[i] if s.deps[c] == ev._DET]
        preps = {s.lowers[c] for c in s.kids[i] if s.deps[c] in ev._PREP_IDS}
        anaphoric = not ev.ANAPHORIC_DETERMINERS.isdisjoint(dets)
        assert dets == [c.lower_ for c in tok.children if c.dep_ == "det"]
        assert ev._counted_two(s, i) == ev._two_or_both(tok)
        gates = {
            "_one_neighbour": s.tags[i] in ev._NN_OR_NNP and not ev.NEIGHBOUR_DETERMINERS.isdisjoint(dets),
            "_appositive": noun and s.tags[i] == ev._NN and bare and (
                not preps.isdisjoint(ev.APPOSITIVE_PREPS) or any(s.deps[c] == ev._APPOS for c in s.kids[i])),
            "same_phrase": noun and bare and anaphoric,
            "_person_by_surname": s.pos[i] == ev._PROPN,
            "_person_by_title": s.pos[i] in ev._NOUN_OR_PROPN and bare and ev._titled(s, i, dets),
            "_stand_in": noun and bare and not ev.STAND_IN_DETERMINERS.isdisjoint(dets),
            "_national_state": ev._national_words(s, i),
            "_same_noun": bare and s.pos[i] in ev._SAME_NOUN_POS and (s.tags[i] == ev._NNS or anaphoric),
            "_joint_body": noun and s.tags[i] == ev._NN and anaphoric,
            "_body_official": bare and s.lemmas[i] in ev.BODY_OFFICIAL_NOUNS,
            "_the_group": noun and s.lemmas[i] in ev.GROUP_NOUNS,
            "_allies_object": s.lowers[i] in ev._ALLY_LOWERS,
            "_our_partners": s.lemmas[i] in ev.PARTNER_NOUNS,
            "_listed_owners": not preps.isdisjoint(ev._OF_FROM),
            "_included": not preps.isdisjoint(ev._INCLUDING_PREPS),
            "_coordinated_complements": "of" in preps,
        }
        actor = index.at(tok.idx, tok.idx + len(tok.text)) or (document.actors[0] if document.actors else None)
        answers = {
            "_one_neighbour": lambda: ev._one_neighbour(document, tok, author),
            "_appositive": lambda: ev._appositive(tok, index),
            "same_phrase": lambda: ev.same_phrase(document, tok),
            "_person_by_surname": lambda: ev._person_by_surname(document, tok),
            "_person_by_title": lambda: ev._person_by_title(document, tok),
            "_stand_in": lambda: ev._stand_in(document, tok, author, index),
            "_national_state": lambda: ev._national_state(document, tok),
            "_same_noun": lambda: ev._same_noun(document, tok),
            "_joint_body": lambda: ev._joint_body(document, tok),
            "_body_official": lambda: ev._body_official(document, tok),
            "_the_group": lambda: ev._the_group(document, tok),
            "_allies_object": lambda: ev._allies_object(document, tok),
            "_our_partners": lambda: ev._our_partners(document, tok),
            "_listed_owners": lambda: ev._listed_owners(tok, index),
            "_included": lambda: ev._included(tok),
            "_coordinated_complements": lambda: ev._coordinated_complements(index, tok, actor) if actor else [],
        }
        for rule, gate in gates.items():
            if not gate:
                assert answers[rule]() == [], (rule, tok.text)
            opened += bool(gate)
    assert opened, "the text must open some gate"
    release(doc)


def test_the_token_facts_open_the_gates_they_are_for(nlp):
    from communique.stages import events as ev
    from communique.views import token_sheet

    doc = nlp("The President met both ministers and the Chilean envoy.")
    s = token_sheet(doc)
    president, ministers, envoy = (next(t.i for t in doc if t.text == w) for w in ("President", "ministers", "envoy"))
    assert ev._titled(s, president, ["the"]) and not ev._titled(s, president, ["a"])
    assert ev._counted_two(s, ministers) and not ev._counted_two(s, envoy)
    assert ev._national_words(s, envoy) and not ev._national_words(s, ministers)


#: Passages whose events a gated rule makes: (rule, text, event type, source names, target names).
PASSAGES = [
    ("_one_neighbour", "ABUJA, May 4 (Savanna Wire) - Gunmen from Niger raided a village in Nigeria on Friday. "
     "Nigeria's president said Abuja would never invade a neighbour's territory.\n", "ASSAULT", {"Nigeria"},
     {"Niger"}),
    ("_joint_body", "Peru and Chile set up a joint commission on the border in March. The commission will meet "
     "Bolivia in May.\n", "CONSULT", {"Chile", "Peru"}, {"Bolivia"}),
    ("_the_group", "Fighters of the Ansar Brigade attacked an army post near Gao. The group later threatened Mali "
     "with more attacks.\n", "THREATEN", {"Fighters"}, {"Mali"}),
    ("_included", "Several countries including Algeria and Morocco condemned Israel for the strike on the "
     "convoy.\n", "ACCUSE", {"Algeria", "Morocco"}, {"Israel"}),
    ("_body_official", "South Korea's unification ministry said talks were possible. A ministry spokesperson urged "
     "North Korea to return to the talks.\n", "REQUEST", {"South Korea"}, {"North Korea"}),
    ("_our_partners", "STATEMENT BY THE EUROPEAN UNION\n\nThe European Union condemns the attack. We urge our "
     "partners to condemn Russia for the attack.\n", "ACCUSE", {"European Union"}, {"Russia"}),
    ("_stand_in", "Serbia and Kosovo traded accusations on Monday. Both sides blamed Albania for the clashes at "
     "the border.\n", "ACCUSE", {"Kosovo", "Serbia"}, {"Albania"}),
    ("_listed_owners", "Envoys from Peru and Ecuador condemned Venezuela for the expulsion of the diplomats.\n",
     "ACCUSE", {"Ecuador", "Peru"}, {"Venezuela"}),
]


@pytest.mark.parametrize("rule, text, type_, source, target", PASSAGES)
def test_gated_rules_still_make_their_events(pipeline, monkeypatch, rule, text, type_, source, target):
    from communique.stages import events as ev

    assert (source, target) in party_sets(analyse_text(pipeline, text), type_)
    monkeypatch.setattr(ev, rule, lambda *args, **kwargs: [])  # what a gate that dropped the case would give
    assert (source, target) not in party_sets(analyse_text(pipeline, text), type_)
