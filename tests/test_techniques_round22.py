"""Round 22 of issue 18 (docs/rhetoric.md, "Round 22: technique labels and spans on PTC").

No technique rule changed in round 22 (the one candidate kept on the development part of PTC, a
refrain rule for Repetition, lowered the held-out part and was reverted). These tests pin the labels
and spans the stage gives on passages written for this round, and the second look that keeps
descriptive words out: a legal designation, a conviction, a name, a legal term, a diplomatic formula,
a superlative ranked against a time, a hedged quantity, a question for information or a transcript
turn; a quoted person's loaded words are the speaker's, not the author's.

Every passage is written for the test."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration,Minimisation"
FEAR = "Appeal_to_fear-prejudice"
FLAG = "Flag-Waving"


def _found(nlp, text):
    return find_techniques(text, nlp(text))


def _spans(nlp, text, technique):
    return [t.text for t in _found(nlp, text) if t.technique == technique]


# --- labels and spans on passages written for the round --------------------------------------

@pytest.mark.issue(18)
@pytest.mark.parametrize("text, technique, span", [
    ("These thugs have turned the harbour district into their private playground.", NAME, "thugs"),
    ("The council called the plan a shameless stunt on Friday.", LOADED, "shameless stunt"),
    ("Can anyone seriously believe the council will keep its promise this time?", DOUBT,
     "Can anyone seriously believe the council will keep its promise this time"),
    ("It was the worst harvest in living memory for the farmers of the valley.", EXAGGERATION,
     "the worst harvest in living memory for the farmers of the valley"),
    ("If the dam is built, the valley will die within a generation.", FEAR,
     "If the dam is built, the valley will die within a generation"),
    ("The ministry praised its “reforms” while the hospitals closed.", NAME, "reforms"),
    ("How dare they!", LOADED, "How dare they"),
    ("We will stand up for our country and for the workers who built it.", FLAG,
     "We will stand up for our country and for the workers who built it"),
    # a loaded noun said of a person labels the person
    ("Everyone in Dunmore knows it: the senator is a disgrace.", NAME, "disgrace"),
    # a name denied
    ("The rebels announced the so-called republic from a hotel in the port.", NAME, "so-called republic"),
    # an intensified loaded word is loaded and an overstatement
    ("The council's answer to the flood was utterly absurd.", LOADED, "utterly absurd"),
    ("The council's answer to the flood was utterly absurd.", EXAGGERATION, "utterly absurd"),
    # epithets said of people, the noun with them
    ("The clueless officials of the water board lost the plans twice.", NAME, "clueless officials"),
    ("They are lazy and greedy, and the town knows it.", NAME, "lazy and greedy"),  # one span for the pair (round 29t1)
])
def test_round22_technique_label_and_span(nlp, text, technique, span):
    assert span in _spans(nlp, text, technique), _found(nlp, text)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, techniques", [
    # a legal designation used descriptively
    ("The group was designated a terrorist organisation by the interior ministry in 2019.", (NAME, LOADED)),
    # a label word inside a name
    ("The Counter-Terrorism Police arrested two men in Leeds on Tuesday.", (NAME, LOADED)),
    ("The Thug Life Party won two seats in the district council.", (NAME, LOADED)),
    # a legal term
    ("Police are investigating the fire at the mosque as a hate crime.", (NAME, LOADED)),
    # a diplomatic formula
    ("The foreign ministry condemns in the strongest terms the shelling of the port.", (LOADED, EXAGGERATION)),
    # a superlative ranked against a time measures
    ("It was the deadliest flood since 1998, the regional office said.", (EXAGGERATION,)),
    # a conviction names an offence
    ("The former mayor was convicted of terrorism offences in 2015 and released last year.", (NAME, LOADED)),
    # a truce's formula
    ("Both sides agreed to a cessation of hostilities from midnight.", (LOADED, NAME)),
    # a hedged quantity measures
    ("Nearly the entire staff of the clinic left in the spring.", (EXAGGERATION,)),
    # a question for information, and a transcript turn
    ("When will the bridge on the northern road reopen to traffic?", (DOUBT,)),
    ("Who signed the new fishing agreement with the islands on Monday?", (DOUBT,)),
    ("Counsel: Were you at the harbour on the night of the fire?", (DOUBT,)),
])
def test_round22_descriptive_words_mark_nothing(nlp, text, techniques):
    found = _found(nlp, text)
    assert not [t for t in found if t.technique in techniques], found


@pytest.mark.issue(18)
def test_round22_a_quoted_persons_loaded_words_are_the_speakers(analyze):
    text = ('The harbour master of Dunmore, Tomas Reyes, said on Friday: "The new toll is a shameless '
            'stunt by the council." The toll takes effect in June.')
    document = analyze(text)
    loaded = [t for t in document.techniques if t.technique == LOADED]
    speakers = {q.speaker for q in document.quotes} - {None}
    assert loaded and speakers, (document.techniques, document.quotes)
    assert all(t.holder in speakers for t in loaded), [(t.text, t.holder) for t in loaded]
    assert "author" not in {t.holder for t in loaded}
