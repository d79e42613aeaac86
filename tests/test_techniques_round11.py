"""Round 11 of issue 18: a second look at a technique span in its context before it gets a
label (docs/rhetoric.md, round 11): questions that are asked rather than insinuated, quotation
marks in a plain report, coordinated epithets, legal terms."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"


def _texts(nlp, text, technique, cue=None):
    return [t.text for t in find_techniques(text, nlp(text))
            if t.technique == technique and (cue is None or cue in t.cue)]


#: A plain report of some 1,600 characters with no loaded word: its register is plain.
_PLAIN_REPORT = " ".join([
    "The harbour board of Lindqvist met on Tuesday to review the plans for the northern quay.",
    "Members heard a report from the engineers on the state of the old sea wall and the cost of repairs.",
    "The engineers said the wall had settled by a few centimetres since the last survey in the spring.",
    "A spokesperson for the board said the repairs would start in the autumn and last about six months.",
    "The ferry company asked for its timetable to be kept during the works, and the board agreed.",
    "Fishermen who use the quay will move to a temporary berth on the eastern side of the harbour.",
    "The council will pay for the temporary berth from its maintenance budget for the year.",
    "Residents may comment on the plans at the library until the end of the month.",
    "The board will publish the final plans after the comments have been read.",
    "The next meeting of the board is planned for the first week of the new month.",
    "Minutes of the meeting will be posted on the board's website and at the harbour office.",
    "The engineers also presented a study of the water levels recorded over the last ten years.",
    "They found that the highest tides had risen slightly, in line with the regional forecast.",
    "The study recommends raising the wall by half a metre when it is rebuilt.",
    "The board asked the engineers for a second estimate that includes the higher wall.",
    "The estimate is expected before the end of the summer.",
    "Work on the southern pier, which was repaired two years ago, is not affected by the plans.",
    "The harbour master will post notices for boat owners before the work begins.",
])


@pytest.mark.issue(18)
def test_round11_plain_report_quotes_a_term_not_a_label(nlp):
    text = _PLAIN_REPORT + " The engineers called the new design a “cradle” wall."
    assert len(_PLAIN_REPORT) >= 1500
    assert _texts(nlp, text, NAME, "rule:scare-quotes") == []


@pytest.mark.issue(18)
def test_round11_short_text_keeps_its_scare_quotes(nlp):
    # too short to have a register: the quoted noun is still the author's scare quotes
    text = "The ministry praised its “reforms” while the courts emptied."
    assert _texts(nlp, text, NAME, "rule:scare-quotes") == ["reforms"]


@pytest.mark.issue(18)
def test_round11_plain_report_still_marks_a_quoted_charged_word(nlp):
    text = _PLAIN_REPORT + " One fisherman called the plan a “disgrace” for the town."
    assert any("disgrace" in s for s in _texts(nlp, text, NAME, "rule:scare-quotes"))


@pytest.mark.issue(18)
def test_round11_transcript_question_is_asked(nlp):
    text = "Defence Counsel: Did you ever see the defendant near the depot that night?\nWitness: No."
    assert _texts(nlp, text, DOUBT, "rule:question") == []


@pytest.mark.issue(18)
def test_round11_repeated_poll_question_is_not_doubt(nlp):
    poll = "Should the city build a second bridge over the river?"
    text = f"Vote in our poll below.\n{poll}\n{poll}\nYes, it should.\nNo, it should not."
    assert _texts(nlp, text, DOUBT, "rule:question") == []


@pytest.mark.issue(18)
def test_round11_rhetorical_question_is_still_doubt(nlp):
    text = "The mayor promised a second bridge. Does anyone really believe the money was ever there?"
    assert _texts(nlp, text, DOUBT, "rule:question")


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, word", [
    ("The ministers in Dorrow are lazy and greedy.", "greedy"),
    ("Voters are tired of the arrogant and clueless ministers in Dorrow.", "clueless"),
])
def test_round11_coordinated_epithet_labels_people(nlp, text, word):
    assert any(word in s for s in _texts(nlp, text, NAME)), _texts(nlp, text, NAME)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "Police are treating the attack on the bakery in Kessel as a hate crime.",
    "The new hate speech law takes effect in the province next year.",
])
def test_round11_legal_term_is_not_loaded_language(nlp, text):
    assert not any("hate" in s.lower() for s in _texts(nlp, text, LOADED))


@pytest.mark.issue(18)
def test_round11_hate_outside_a_legal_term_stays_loaded(nlp):
    text = "The pamphlet was a campaign of hate against the refugees of Tallow."
    assert any("hate" in s.lower() for s in _texts(nlp, text, LOADED)), _texts(nlp, text, LOADED)
