"""Round 14 of issue 18: the label decision (docs/rhetoric.md, round 14). A loaded word or label
inside a noun phrase spans the phrase; a loaded phrase that names people, or a loaded noun said
of them, also labels them; an exaggeration that opens with an intensifier is loaded too; idioms
of hypocrisy; a harm foretold to the audience; descriptive designations stay unlabelled; a quoted speaker's loaded words stay the
speaker's. Every passage is written for the test; each lists the labels it must (not) get."""

from __future__ import annotations

import pytest

from conftest import assert_technique_labels, technique_spans

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration,Minimisation"
WHATABOUT = "Whataboutism,Straw_Men,Red_Herring"
FEAR = "Appeal_to_fear-prejudice"


#: (passage, labels it must get, labels it must not get)
PASSAGES = [
    # a loaded phrase that names people, a loaded noun said of a person: a label
    ("Anna Kessel, a national embarrassment, spoke first at the congress.", {LOADED, NAME}, set()),
    ("The senator is a disgrace to the chamber.", {LOADED, NAME}, set()),
    ("The disgraced former aides met again in the capital.", {LOADED, NAME}, set()),
    # ... a loaded phrase about a thing labels nobody
    ("The shameless media stunt was staged on the harbour front.", {LOADED}, {NAME}),
    # an exaggeration opening with an intensifier is loaded language as well
    ("The tariff plan is utterly absurd.", {EXAGGERATION, LOADED}, set()),
    # descriptive and legal designations are not name-calling
    ("The government designated the brigade a terrorist organisation in 2019.", set(), {NAME, LOADED}),
    ("The court convicted two men of terrorism offences on Friday.", set(), {NAME, LOADED}),
    ("Armed militants attacked the convoy near the border.", set(), {NAME}),
    # delegitimising names
    ("The self-styled government in Tarsk issued new passports.", {DOUBT, NAME}, set()),
    ("The puppet regime in Tarsk signed the treaty overnight.", {NAME}, set()),
    # idioms of hypocrisy
    ("It is one rule for the capital and another for the provinces.", {WHATABOUT}, set()),
    ("Their selective outrage over the border incident convinces nobody.", {WHATABOUT}, set()),
    ("The talks collapsed after the ministers walked out at noon.", set(), {WHATABOUT, NAME}),
    # a harm foretold to the audience is an appeal to fear; resolve and a forecast are not
    ("The nation could collapse within a decade under this debt.", {FEAR}, set()),
    ("We will not allow violence in our streets.", set(), {FEAR}),
    ("The storm could destroy the harbour cranes, the weather office said.", set(), {FEAR}),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,wanted,unwanted", PASSAGES)
def test_round14_passage_labels(nlp, text, wanted, unwanted):
    assert_technique_labels(nlp, text, wanted, unwanted)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,technique,span", [
    # the loaded word with the noun phrase it qualifies, less determiners and possessives
    ("Their shameless media stunt fooled nobody in Varno.", LOADED, "shameless media stunt"),
    ("The disgraced former aides met again in the capital.", NAME, "disgraced former aides"),
    # ... less a quantifier or an interjection in front
    ("Police detained several violent protesters after the march.", LOADED, "violent protesters"),
    ("Oh, what a splendid display of respect for the rule of law.", LOADED, "splendid display"),
    # a quoted word widens inside its quotation marks only
    ("The ministry called the plan a “shameful” decision.", LOADED, "shameful"),
])
def test_round14_span_is_the_qualified_phrase(nlp, text, technique, span):
    assert technique_spans(nlp, text, technique) == [span]


@pytest.mark.issue(18)
def test_round14_quoted_speakers_loaded_phrase_carries_the_speaker(analyze):
    text = ('The foreign minister of Ostrava, Anna Kessel, said on Monday: "This shameless blockade is '
            'an act of piracy." The talks will resume in May.')
    document = analyze(text)
    loaded = [t for t in document.techniques if t.technique == LOADED]
    speakers = {q.speaker for q in document.quotes} - {None}
    assert "shameless blockade" in {t.text for t in loaded}, document.techniques
    assert speakers and {t.holder for t in loaded} <= speakers, [(t.text, t.holder) for t in loaded]
