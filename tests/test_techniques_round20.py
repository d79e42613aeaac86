"""Round 20 of issue 18 (docs/rhetoric.md, "Round 20: technique labels by precision"): three
narrowings chosen by labelled precision and a few own-words labels.

* a question opening with "so" turns to the writer's next point ("So what does the ruling
  change?"): it is not a rhetorical question (no ``rule:question`` Doubt);
* a superlative ("the worst", "the hardest") ranks, it does not intensify: an exaggeration cue on
  one gets no ``rule:intensifier`` Loaded_Language ("utterly absurd" still does);
* one lower-case word in quotation marks in a long text (REGISTER_MIN_CHARS+ characters) is a
  term quoted from a source, not the writer's scare quotes, unless the word is charged; short
  texts, capitalised names and quoted phrases of two or more words keep their scare quotes;
* name_calling.txt: pejorative labels of political talk ("keyboard warriors", "limousine liberals").

Every sentence is written for the test."""

from __future__ import annotations

import pytest

from communique.rhetoric.techniques import REGISTER_MIN_CHARS, find_techniques

NAME = "Name_Calling,Labeling"
LOADED = "Loaded_Language"
DOUBT = "Doubt"
EXAGGERATION = "Exaggeration,Minimisation"
SCARE = "rule:scare-quotes"


def _found(nlp, text):
    return find_techniques(text, nlp(text))


#: A charged comment of some 1,580 characters (many loaded words: not a plain report), so that
#: only the round-20 rule can drop a quoted term in it.
_CHARGED = " ".join([
    "The ministry's reckless housing plan is a disgraceful betrayal of every family in the valley.",
    "Its shameless architects brushed aside the outrageous rents that have gutted the old districts.",
    "For three winters the callous officials in the capital ignored the desperate tenants of Ostrava Street.",
    "They cut the repair fund, they sold the public land to their cronies and they mocked the protesters.",
    "Now the same arrogant planners promise a brighter future, as if nobody remembered their brazen failures.",
    "The budget tables tell a plain story: the subsidies went to developers and the bills went to renters.",
    "The opposition has asked for the contracts, and the ministry has refused to publish a single page.",
    "The regional court will hear the tenants' complaint in the spring, after two postponements.",
    "Until then the families of the valley will pay more for less, and the ministers will keep smiling.",
    "The mayor, to her credit, has opened the town hall to the tenants' meetings every Thursday night.",
    "Volunteers have set up a help desk there, with lawyers who read leases and letters free of charge.",
    "The next council session is planned for the first week of the new month, with housing on the agenda.",
    "Residents who wish to speak must register at the town hall by the Monday before the session.",
    "The tenants' union says it will bring its own figures, drawn from two hundred household surveys.",
    "It also wants the council to publish the list of empty flats owned by the city and its companies.",
    "A second meeting with the regional housing office is expected before the summer holidays begin.",
])


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "So what does the new budget change for the families of the valley?",
    "So, is anyone surprised that the ministry missed its own deadline again?",
])
def test_round20_question_opening_with_so_is_not_doubt(nlp, text):
    assert not [t for t in _found(nlp, text) if t.technique == DOUBT and "rule:question" in t.cue]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "Is this really the best the ministry can offer the families of the valley?",
    "Why should anyone believe a ministry that missed every deadline it set?",
])
def test_round20_other_rhetorical_questions_stay_doubt(nlp, text):
    assert [t for t in _found(nlp, text) if t.technique == DOUBT]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "Worst of all, the council hid the flood report from the tenants for a year.",
    "In a worst-case scenario the old dam would give way within a week.",
])
def test_round20_superlative_gets_no_intensifier_loaded_language(nlp, text):
    found = _found(nlp, text)
    assert [t for t in found if t.technique == EXAGGERATION]  # still an overstatement
    assert not [t for t in found if t.technique == LOADED and "rule:intensifier" in t.cue]


@pytest.mark.issue(18)
def test_round20_intensifier_on_an_adjective_still_loads(nlp):
    text = "The council's new parking scheme is utterly absurd."
    assert [t for t in _found(nlp, text) if t.technique == LOADED and "rule:intensifier" in t.cue]


@pytest.mark.issue(18)
def test_round20_long_text_quotes_a_lower_case_term(nlp):
    text = _CHARGED + " The ministry announced a “pause” in the programme on Friday."
    assert len(_CHARGED) >= REGISTER_MIN_CHARS
    assert not [t for t in _found(nlp, text) if t.cue == SCARE and "pause" in t.text]


@pytest.mark.issue(18)
@pytest.mark.parametrize("ending, word", [
    # a capitalised name in quotation marks: the writer's scare quotes
    (" Its officials still call the district a “Paradise” for young families.", "Paradise"),
    # two quoted words: a phrase held at arm's length
    (" The ministry calls its rent rules a “housing compact” with the tenants.", "housing compact"),
    # one charged word: still a label, even in a long text
    (" One tenant called the new rent rules a “disgrace” for the whole town.", "disgrace"),
])
def test_round20_long_text_keeps_names_phrases_and_charged_words(nlp, ending, word):
    found = [t.text for t in _found(nlp, _CHARGED + ending) if t.cue == SCARE]
    assert any(word in s for s in found), found


@pytest.mark.issue(18)
def test_round20_short_text_keeps_its_one_quoted_word(nlp):
    text = "The council hailed its “savings” while the clinics closed one by one."
    assert [t.text for t in _found(nlp, text) if t.cue == SCARE] == ["savings"]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, label", [
    ("The senator's keyboard warriors flooded the thread within minutes.", "keyboard warriors"),
    ("The mayor dismissed her critics as limousine liberals from the hills.", "limousine liberals"),
    ("Every spin doctor in the capital worked through the night on the story.", "spin doctor"),
])
def test_round20_political_labels_are_name_calling(nlp, text, label):
    assert any(label in t.text for t in _found(nlp, text) if t.technique == NAME)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", [
    "The doctor asked the warriors of the old regiment to spin the wheel at the fair.",
    "The limousine took the liberal senator to the airport before noon.",
])
def test_round20_label_words_apart_are_not_name_calling(nlp, text):
    assert not [t for t in _found(nlp, text) if t.technique == NAME]
