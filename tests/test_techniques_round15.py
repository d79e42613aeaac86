"""Round 15 of issue 18 (docs/rhetoric.md, round 15): a word of the name-calling list used as an
adjective brands the noun after it ("leftist advisers"), unless it is a designation ("terrorist
attacks"); verbs and idioms of attack in commentary ("slammed", "lashed out", "tore into") are
loaded language; legal designations stay unlabelled; a quoted speaker's loaded words are the
speaker's. Every passage is written for the test; each lists the labels it must (not) get."""

from __future__ import annotations

import pytest

from conftest import assert_technique_labels, technique_spans

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"


#: (passage, labels it must get, labels it must not get)
PASSAGES = [
    # a label used as an adjective brands the noun it qualifies
    ("The mayor's leftist advisers rewrote the budget overnight.", {NAME}, set()),
    ("A fascist rally blocked the bridge into Dorvel on Sunday.", {NAME}, set()),
    # ... but a designation used as an adjective describes
    ("Two terrorist attacks hit the northern province last year.", set(), {NAME}),
    ("The banned militant organisation claimed the raid.", set(), {NAME}),
    # a descriptive legal designation is not name-calling
    ("The tribunal listed the network as a terrorist organisation in 2021.", set(), {NAME, LOADED}),
    ("Prosecutors charged the driver with criminal negligence on Tuesday.", set(), {NAME, LOADED}),
    # verbs and idioms of attack in commentary
    ("The governor slammed the ruling within an hour.", {LOADED}, set()),
    ("The senator lashed out at the auditors in a late-night post.", {LOADED}, set()),
    ("Columnists tore into the minister over the failed tender.", {LOADED}, set()),
    ("The party doubled down on its plan to close the rail depot.", {LOADED}, set()),
    # plain reporting verbs stay plain
    ("The governor criticised the ruling and asked for a review.", set(), {LOADED, NAME}),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,wanted,unwanted", PASSAGES)
def test_round15_passage_labels(nlp, text, wanted, unwanted):
    assert_technique_labels(nlp, text, wanted, unwanted)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,technique,span", [
    # the label adjective spans the noun it brands
    ("Her leftist advisers rewrote the budget overnight.", NAME, "leftist advisers"),
    # an attack verb spans its particle
    ("The senator lashed out at the auditors in a late-night post.", LOADED, "lashed out"),
])
def test_round15_spans(nlp, text, technique, span):
    assert span in technique_spans(nlp, text, technique)


@pytest.mark.issue(18)
def test_round15_quoted_speakers_loaded_words_carry_the_speaker(analyze):
    text = ('"This audit is a vendetta against my department," the transport minister, Maria Lenz, told '
            'reporters on Friday. The audit office did not comment.')
    document = analyze(text)
    loaded = [t for t in document.techniques if t.technique == LOADED]
    speakers = {q.speaker for q in document.quotes} - {None}
    assert "vendetta" in {t.text for t in loaded}, document.techniques
    assert speakers and {t.holder for t in loaded} <= speakers, [(t.text, t.holder) for t in loaded]
