"""Round 22 of issue 18 (docs/rhetoric.md, "Round 22: technique labels and spans on PTC").

* a refrain: a charged phrase (a Loaded_Language, Slogans or Flag-Waving span of two to six
  words) said three or more times marks each use as Repetition (``rule:refrain``); a phrase said
  twice, or a single charged word said again and again, is not a refrain;
* the techniques the stage already finds, with their labels and spans, on passages written for
  this round, and the second look that keeps descriptive words out: a legal designation, a name,
  a legal term, a diplomatic formula, a superlative ranked against a time, a question for
  information; a quoted person's loaded words are the speaker's, not the author's.

Every passage is written for the test."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import MIN_REFRAIN_USES, find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration,Minimisation"
FEAR = "Appeal_to_fear-prejudice"
FLAG = "Flag-Waving"
REPETITION = "Repetition"


def _found(nlp, text):
    return find_techniques(text, nlp(text))


def _spans(nlp, text, technique):
    return [t.text for t in _found(nlp, text) if t.technique == technique]


_RIGGED = ("The mayor calls it reform, but it is a rigged system from top to bottom. Every contract "
           "goes through the rigged system, every permit waits on the rigged system, and the families "
           "of Dunmore pay for it.")


@pytest.mark.issue(18)
def test_round22_a_charged_phrase_said_three_times_is_a_refrain(nlp):
    found = _found(nlp, _RIGGED)
    refrain = [t for t in found if t.technique == REPETITION and t.cue.startswith("rule:refrain")]
    assert [t.text for t in refrain] == ["rigged system"] * 3, found
    assert [_RIGGED[t.start:t.end] for t in refrain] == ["rigged system"] * 3
    # the uses keep their Loaded_Language span as well
    assert _spans(nlp, _RIGGED, LOADED) == ["rigged system"] * 3


@pytest.mark.issue(18)
def test_round22_a_refrain_is_found_in_any_case(nlp):
    text = ("Rigged system, they said in March. The rigged system held in June. "
            "By winter the whole town knew the RIGGED SYSTEM by heart.")
    assert len([t for t in _found(nlp, text) if t.cue.startswith("rule:refrain")]) == MIN_REFRAIN_USES


@pytest.mark.issue(18)
def test_round22_a_charged_phrase_said_twice_is_not_a_refrain(nlp):
    text = "The council called the plan a shameless stunt. Two weeks later a second shameless stunt followed."
    assert _spans(nlp, text, LOADED)  # loaded, but said twice only
    assert not _spans(nlp, text, REPETITION)


@pytest.mark.issue(18)
def test_round22_a_single_charged_word_said_again_is_not_a_refrain(nlp):
    text = "The plan is shameful. The delay is shameful. The silence of the council is shameful."
    assert _spans(nlp, text, LOADED) == ["shameful"] * 3
    assert not _spans(nlp, text, REPETITION)


@pytest.mark.issue(18)
def test_round22_a_plain_phrase_said_three_times_is_not_a_refrain(nlp):
    text = ("The water board met on Monday. The water board will meet again in May, "
            "and the water board has asked the town for its figures.")
    assert not _spans(nlp, text, REPETITION)


@pytest.mark.issue(18)
def test_round22_a_refrain_on_a_link_line_is_not_prose(nlp):
    text = ("The rigged system failed us. The rigged system failed our parents.\n"
            "Share: the rigged system https://example.org/rigged-system")
    assert not [t for t in _found(nlp, text) if t.cue.startswith("rule:refrain")]


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
    # a question for information
    ("When will the bridge on the northern road reopen to traffic?", (DOUBT,)),
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


@pytest.mark.issue(18)
def test_round22_the_authors_refrain_is_the_authors(analyze):
    document = analyze(_RIGGED)
    refrain = [t for t in document.techniques if t.technique == REPETITION]
    assert len(refrain) == 3 and {t.holder for t in refrain} == {"author"}, document.techniques
