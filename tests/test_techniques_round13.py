"""Round 13 of issue 18: technique precision on international-affairs text (docs/rhetoric.md,
round 13): designations used descriptively, questions of a press briefing, diplomatic
formulae, measured superlatives, demands that are not threats, a quoted speaker's loaded
words. Every passage is written for the test; each lists the labels it must (not) get."""

from __future__ import annotations

import pytest

from conftest import assert_technique_labels, technique_spans

from communique.rhetoric.techniques import find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration,Minimisation"
FEAR = "Appeal_to_fear-prejudice"
FLAG = "Flag-Waving"
WHATABOUT = "Whataboutism,Straw_Men,Red_Herring"


#: (passage, labels it must get, labels it must not get)
PASSAGES = [
    # designations used descriptively: a wire's "militants", a state's list of "terrorists"
    ("Militants attacked a police post near the river crossing on Sunday.", set(), {NAME}),
    ("The interior ministry lists the movement's fighters as terrorists.", set(), {NAME}),
    ("Ankor regards the northern brigades as terrorists and has closed the border.", set(), {NAME}),
    # ... but the writer pointing at people with the word brands them
    ("These terrorists in the hills now call themselves a government.", {NAME}, set()),
    # formulae of diplomatic and report language
    ("The ministry condemns in the strongest terms the shelling of the clinic in Varno.", set(), {EXAGGERATION}),
    ("Both commanders agreed to a cessation of hostilities from midnight.", set(), {LOADED}),
    ("The agency flew tents and water to the coast for disaster relief.", set(), {LOADED}),
    # a superlative ranked against a time, a hedged "entire": measures, not exaggeration
    ("The flood was the deadliest since 1998, the regional office said.", set(), {EXAGGERATION, LOADED}),
    ("The new veil covers almost the entire face.", set(), {EXAGGERATION}),
    ("It was the worst betrayal in the history of our republic.", {EXAGGERATION}, set()),
    # a demand under a condition is not a threatened consequence; a threat still is
    ("If they are serious about peace, they must stop sending missiles and bombs to the region.", set(), {FEAR}),
    ("If the dam is built, the whole valley will die.", {FEAR}, set()),
    # a state's own borders and people named plainly
    ("Drones crossed our borders twice last week, the ministry said.", set(), {FLAG}),
    ("We reserve the right to take measures to protect our people, the spokesperson said.", set(), {FLAG}),
    # an operation is not a group of people: "malicious" does not brand anyone here
    ("The agency reported a malicious cyber campaign against the ports.", set(), {NAME}),
    # idioms of hypocrisy, delegitimising names
    ("The capital lectures others on human rights while its own prisons overflow.", {WHATABOUT}, set()),
    ("Their double standards on sanctions are plain for all to see.", {WHATABOUT}, set()),
    ("The self-proclaimed authorities in Tarsk have no mandate from anyone.", {DOUBT, NAME}, set()),
    ("The so-called republic in the east held its vote under guard.", {DOUBT, NAME}, set()),
    ("The puppet administration signed whatever its patrons dictated.", {NAME}, set()),
    # coined labels and loaded coinages
    ("The envoy called the committee a nest of Westerophobes and tariff deniers.", {NAME}, set()),
    ("Their Ostrophobic broadcasts never stop.", {LOADED}, set()),
    ("The Varno-hating columnists and their power-mad patrons met again.", {NAME}, set()),
    # ... and plain words that only look alike
    ("The clinic treats patients with a phobia of flying and offers a wine lovers' evening.", set(), {NAME, LOADED}),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,wanted,unwanted", PASSAGES)
def test_round13_passage_labels(nlp, text, wanted, unwanted):
    assert_technique_labels(nlp, text, wanted, unwanted)


@pytest.mark.issue(18)
def test_round13_label_spans_the_noun_it_qualifies(nlp):
    text = "The puppet administration signed whatever its patrons dictated."
    assert technique_spans(nlp, text, NAME) == ["puppet administration"]
    text = "The self-proclaimed authorities in Tarsk have no mandate from anyone."
    assert technique_spans(nlp, text, NAME) == ["self-proclaimed authorities"]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "Question: The report names three ports. How do you respond to the union?\n\nSpokesperson: We have read it.",
    "Will the minister visit the islands this year?\n\nSpokesperson: Yes, in the spring.",
])
def test_round13_briefing_questions_are_asked(nlp, text):
    assert technique_spans(nlp, text, DOUBT) == []


@pytest.mark.issue(18)
def test_round13_quoted_loaded_words_carry_the_speaker(analyze):
    text = ('The foreign minister of Ostrava, Anna Kessel, said on Monday: "This blockade is a shameful act '
            'of piracy." The talks will resume in May.')
    document = analyze(text)
    loaded = [t for t in document.techniques if t.technique == LOADED]
    speakers = {q.speaker for q in document.quotes} - {None}
    assert loaded and speakers, (document.techniques, document.quotes)
    assert {t.holder for t in loaded} <= speakers, [(t.text, t.holder) for t in loaded]


@pytest.mark.issue(18)
def test_round13_authors_loaded_words_are_the_authors(analyze):
    document = analyze("The council's shameful silence has lasted a year. The talks will resume in May.")
    loaded = [t for t in document.techniques if t.technique == LOADED]
    assert loaded and {t.holder for t in loaded} == {"author"}, [(t.text, t.holder) for t in loaded]


@pytest.mark.issue(18)
def test_round13_quoted_words_of_an_unfound_speaker_are_not_the_authors(analyze):
    text = ("Havana praised the “heroic resistance” of its ally, and the two governments exchanged medals. "
            "The ministry praised its “reforms” while the courts emptied.")
    document = analyze(text)
    held = {t.text: t.holder for t in document.techniques}
    assert held.get("heroic resistance", "missing") is None, document.techniques
    assert held.get("reforms") == "author", document.techniques


@pytest.mark.issue(18)
def test_round13_embed_and_link_lines_are_not_prose(nlp):
    prose = "The council's shameful silence has lasted a year."
    embed = "Shameful silence from the council, a year on. pic.twitter.com/x1y2z3 — Ola Berg (@olaberg) May 3, 2024"
    link = "Read the council's shameful reply at https://example.org/reply"
    assert technique_spans(nlp, prose, LOADED)
    assert find_techniques(embed, nlp(embed)) == []
    assert find_techniques(link, nlp(link)) == []


@pytest.mark.issue(18)
def test_round13_adverbs_and_nouns_made_from_loaded_words(nlp):
    # "shocking" and "brazen" are loaded; "shockingly", "brazenness" are made from them
    text = "The council shockingly ignored the flood warnings. The brazenness of it stunned the valley."
    found = technique_spans(nlp, text, LOADED)
    assert "shockingly ignored" in found and "brazenness" in found, found
    assert technique_spans(nlp, "He spoke gently to the families at the shelter.", LOADED) == []
