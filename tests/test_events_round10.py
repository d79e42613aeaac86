"""Events of issue 16's tenth round: common news triggers of real documents (a phrasal verb
whose preposition carries the object, signing verbs, aid packages, phone calls, crowds in the
streets). Sentences written for this project."""

from __future__ import annotations

import pytest
from conftest import analyse_text, event_cues


@pytest.mark.parametrize("text, expected", [
    ("Protesters took to the streets of Quito on Sunday.", ("PROTEST", "lexicon:PROTEST:took to streets")),
    ("Nurses in Portugal went on strike over pay.", ("PROTEST", "lexicon:PROTEST:went on strike")),
    ("Thousands of farmers poured into the streets of Madrid.", ("PROTEST", "lexicon:PROTEST:poured into streets")),
    ("Peru and Chile inked a fishing agreement on Friday.", ("AGREE", "lexicon:AGREE:inked agreement")),
    ("Japan and India sealed a deal on nuclear energy.", ("AGREE", "lexicon:AGREE:sealed deal")),
    ("The European Union announced an aid package for Haiti.", ("AID", "lexicon:AID:aid package")),
    ("President Emmanuel Macron spoke on the phone with Olaf Scholz on Monday.",
     ("CONSULT", "lexicon:CONSULT:spoke on phone")),
    ("The Iranian government launched a clampdown on the protesters.", ("COERCE", "lexicon:COERCE:clampdown")),
    ("Ukraine and Russia swapped prisoners on Friday.", ("RETREAT", "lexicon:RETREAT:swapped prisoners")),  # round 23e: RETREAT
    ("The prisoner swap between Armenia and Azerbaijan took place on the border.",
     ("COOPERATE", "lexicon:COOPERATE:prisoner swap")),
    ("Turkey approved Sweden's bid to join NATO.", ("SUPPORT", "lexicon:SUPPORT:approved bid")),
    ("NATO sent additional peacekeepers to Kosovo.", ("MOBILIZE", "lexicon:MOBILIZE:sent peacekeepers")),
    ("Chad's government dissolved the opposition party.", ("COERCE", "lexicon:COERCE:dissolved party")),
    ("The IMF approved a loan for Egypt on Friday.", ("AID", "lexicon:AID:approved loan")),
    ("The Chinese coast guard used water cannon against a Philippine supply ship.",
     ("ASSAULT", "lexicon:ASSAULT:used cannon against")),
    ("Germany pressed Russia to release the journalist.", ("REQUEST", "lexicon:REQUEST:pressed to")),
    ("Russian jets violated Finland's airspace on Friday.", ("COERCE", "lexicon:COERCE:violated airspace")),
    ("China and Russia began joint naval drills in the Sea of Japan.", ("COOPERATE", "lexicon:COOPERATE:began drills")),
    ("The African Union suspended Gabon from the bloc after the coup.",
     ("SANCTION", "lexicon:SANCTION:suspended from")),
    ("Israel handed back the bodies of three Palestinians to the Red Cross.",
     ("RETREAT", "lexicon:RETREAT:handed back")),
    ("The Taliban captured the provincial capital of Kunduz.", ("ASSAULT", "lexicon:ASSAULT:captured capital")),
    ("Greece and North Macedonia settled their name dispute.", ("AGREE", "lexicon:AGREE:settled dispute")),
    ("Soldiers staged a coup in Gabon on Wednesday.", ("COERCE", "lexicon:COERCE:staged coup")),
    ("Russian hackers carried out a cyberattack on the Dutch parliament.",
     ("COERCE", "lexicon:COERCE:carried out cyberattack")),
    ("Iran's government cut off internet access across the country.", ("COERCE", "lexicon:COERCE:cut off access")),
    ("Syrian government forces besieged the rebel-held town of Daraa.", ("ASSAULT", "lexicon:ASSAULT:besieged")),
    ("Polish and Lithuanian border guards will carry out joint patrols.",
     ("COOPERATE", "lexicon:COOPERATE:carry out patrols")),
    ("The United States pressed Israel for a pause in the fighting.", ("REQUEST", "lexicon:REQUEST:pressed for")),
])
def test_common_news_trigger_is_coded(pipeline, text, expected):
    cues = [(t, c.split(" (line")[0]) for t, c in event_cues(analyse_text(pipeline, text, "2024-05-16"))]
    assert expected in cues, cues


def test_street_phrase_needs_the_street_object(pipeline):
    doc = analyse_text(pipeline, "The minister took to the podium in Quito and went on a tour of Peru.", "2024-05-16")
    assert not [e for e in doc.events if e.type == "PROTEST"], event_cues(doc)



def _candidate_heads(nlp, text):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates

    return [c.token.lower_ for s in nlp(text).sents for c in find_candidates(s, load_lexicon())]


def test_event_named_as_a_yardstick_is_no_trigger(nlp):
    heads = _candidate_heads(nlp, "Organisers called it the largest protest since a rally in Lima in 2011.")
    assert "rally" not in heads and "protest" in heads, heads


def test_event_after_since_without_a_superlative_is_a_trigger(nlp):
    heads = _candidate_heads(nlp, "Hungary has arrested 40 activists since the attack on its embassy.")
    assert "attack" in heads, heads


def test_text_cited_by_its_article_is_no_trigger(nlp):
    heads = _candidate_heads(nlp, "Minister Arvo Lind quoted Article 4 of the border treaty and asked for help.")
    assert "treaty" not in heads and "asked" in heads, heads


def test_violating_the_terms_of_a_ceasefire_is_still_a_rejection(pipeline):
    doc = analyse_text(pipeline, "Israel said Hamas had violated the terms of the ceasefire.", "2024-05-16")
    assert [c for t, c in event_cues(doc) if t == "REJECT" and "violated ceasefire" in c], event_cues(doc)


@pytest.mark.parametrize("text, mode", [
    ("Germany said it would send tanks to Ukraine.", "intended"),
    ("Poland announced it would close its border with Belarus.", "intended"),
    ("Germany said it would have sent tanks to Ukraine if asked.", "hypothetical"),
])
def test_reported_would_is_an_intention(pipeline, text, mode):
    doc = analyse_text(pipeline, text, "2024-05-16")
    modes = [e.mode for e in doc.events if e.type in ("MOBILIZE", "COERCE")]
    assert modes == [mode], event_cues(doc)


def test_press_without_an_addressee_and_an_infinitive_is_no_sure_request(nlp):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates

    text = "The EU pressed ahead with its plan. Turkey pressed to include the PKK in the list."
    entries = [e for s in nlp(text).sents for c in find_candidates(s, load_lexicon()) for e in c.entries]
    assert all(e.ambiguous for e in entries if e.head == "press"), entries


def test_violation_of_is_typed_by_what_is_violated(nlp):
    from communique.events.lexicon import load_lexicon
    from communique.events.triggers import find_candidates

    text = "Lithuania condemned the violations of its airspace. Armenia reported a violation of the ceasefire."
    types = {c.token.i: c.types for s in nlp(text).sents for c in find_candidates(s, load_lexicon())
             if c.token.lemma_ == "violation"}
    assert sorted(types.values()) == [["COERCE"], ["REJECT"]], types
