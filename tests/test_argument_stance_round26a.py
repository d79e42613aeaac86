"""Author stance, round 26a (issue 18): the actors an op-ed attacks, told by a demand to undo their own deed
and by praise the writer withholds from them ("I wish I could say the same of ...").

The open round 32 (oped-123..125) lost attacked actors that the writer asks to give back what they took or to
restore what they cut, and one that the writer sets against a praised body with "I wish I could say the same
of". The passages below were written for this test, in genres the op-eds do not use (a harbour, a library
service, a bus depot, a clinic); each mechanism has guards.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, opinion_piece

_HARBOUR = opinion_piece(
    "The harbour belongs to those who fish in it\n\nBy the secretary of a fishermen's cooperative\n\n",
    "Our members have landed their catch on the north quay for three generations.",
    "We will hold our annual meeting on the north quay in June.")
_LIBRARY = opinion_piece(
    "A town without a reading room\n\nBy the chair of a readers' society\n\n",
    "Our society has met in the old reading room on the market square every week since 1974.",
    "We will read aloud on the steps of the closed building every Saturday until it opens again.")
_BUSES = opinion_piece(
    "The last bus leaves before the night shift ends\n\nBy a shop steward of the hospital porters\n\n",
    "Our porters finish their shifts at midnight and walk four miles home along an unlit road.",
    "We will hand out the timetable we want at the depot gates on Monday.")


# 1. A demand to undo the actor's own deed: "return what it took", "restore the service it cut".
_UNDO = [
    (_HARBOUR, "I ask the Port Development Corporation to give back the berths it seized from our boats last "
               "autumn.", "Port Development Corporation"),
    (_LIBRARY, "The Lindenfeld District Council should restore what it closed in the name of savings.",
     "Lindenfeld District Council"),
    (_BUSES, "We call on Meridian Transport Company to reinstate the night routes it cancelled in March.", "Meridian Transport Company"),
    (_HARBOUR, "The Port Development Corporation has not returned the nets it confiscated in May.",
     "Port Development Corporation"),
]
# Guards: an undoing told as done, a deed that is no wrong, the writer's own deed.
_UNDO_GUARDS = [
    (_HARBOUR, "The Port Development Corporation returned the berths to the cooperative in the spring.",
     "Port Development Corporation"),
    (_LIBRARY, "The Lindenfeld District Council should repay what it borrowed for the new roof.",
     "Lindenfeld District Council"),
    (_BUSES, "Meridian Transport Company asked us to give back the timetables we printed last year.", "Meridian Transport Company"),
]


@pytest.mark.parametrize("make, sentence, name", _UNDO)
def test_a_demand_to_undo_its_own_deed_is_against_the_doer(make, sentence, name):
    polarity, reasons = author_polarity(make(sentence), name)
    assert any(r.startswith("undo its own deed") for r in reasons), reasons
    assert polarity < 0, (polarity, reasons)


@pytest.mark.parametrize("make, sentence, name", _UNDO_GUARDS)
def test_an_undoing_done_or_of_no_wrong_gives_no_demand(make, sentence, name):
    _, reasons = author_polarity(make(sentence), name)
    assert not any(r.startswith("undo its own deed") for r in reasons), reasons


# 2. Praise withheld: "I wish I could say the same of X", "The same cannot be said of X".
_WITHHELD = [
    (_LIBRARY, "The volunteers of the Friends of the Square kept the reading room open for a year at their own "
               "cost. I wish I could say the same of the Lindenfeld District Council.", "Lindenfeld District Council"),
    (_BUSES, "The hospital trust moved the shift times to fit the buses. The same cannot be said for Meridian "
             "Transport Company.", "Meridian Transport Company"),
    (_HARBOUR, "The lifeboat crews answered every call this winter. Sadly, the same is not true of the Port "
               "Development Corporation.", "Port Development Corporation"),
]
# Guards: the same said in agreement, asked, or with no negation.
_WITHHELD_GUARDS = [
    (_LIBRARY, "The volunteers kept the room open. We can say the same of the Lindenfeld District Council.",
     "Lindenfeld District Council"),
    (_BUSES, "The hospital trust moved the shift times. Can the same be said for Meridian Transport Company?",
     "Meridian Transport Company"),
    (_HARBOUR, "The lifeboat crews answered every call. The same is true of the Port Development Corporation.",
     "Port Development Corporation"),
]


@pytest.mark.parametrize("make, sentence, name", _WITHHELD)
def test_praise_withheld_by_the_same_is_against_the_actor(make, sentence, name):
    polarity, reasons = author_polarity(make(sentence), name)
    assert any(r.startswith("praise withheld") for r in reasons), reasons
    assert polarity < 0, (polarity, reasons)


@pytest.mark.parametrize("make, sentence, name", _WITHHELD_GUARDS)
def test_the_same_granted_or_asked_withholds_nothing(make, sentence, name):
    _, reasons = author_polarity(make(sentence), name)
    assert not any(r.startswith("praise withheld") for r in reasons), reasons


# 3. An accounting asked of an actor: "ask X to account for", "X must apologise", "urge X to justify".
_ACCOUNTING = [
    (_HARBOUR, "The city council should ask the Port Development Corporation, in public, to account for every "
               "berth it leased.", "Port Development Corporation"),
    (_LIBRARY, "The Lindenfeld District Council must apologise to the readers who lost their room.",
     "Lindenfeld District Council"),
    (_BUSES, "We urge Meridian Transport Company to justify the end of the night service.",
     "Meridian Transport Company"),
]
# Guards: an accounting negated, asked in a question, or an "answer" with no "for".
_ACCOUNTING_GUARDS = [
    (_LIBRARY, "The Lindenfeld District Council need not apologise for the leaking roof.",
     "Lindenfeld District Council"),
    (_BUSES, "Why should Meridian Transport Company justify a timetable that the city wrote?",
     "Meridian Transport Company"),
    (_HARBOUR, "We asked the Port Development Corporation to answer our letter about the cranes.",
     "Port Development Corporation"),
]


@pytest.mark.parametrize("make, sentence, name", _ACCOUNTING)
def test_an_accounting_asked_of_an_actor_is_against_it(make, sentence, name):
    polarity, reasons = author_polarity(make(sentence), name)
    assert any(r.startswith("asked to account") for r in reasons), reasons
    assert polarity < 0, (polarity, reasons)


@pytest.mark.parametrize("make, sentence, name", _ACCOUNTING_GUARDS)
def test_an_accounting_negated_or_asked_in_a_question_is_no_demand(make, sentence, name):
    _, reasons = author_polarity(make(sentence), name)
    assert not any(r.startswith("asked to account") for r in reasons), reasons


# 4. A body that recalls the envoys or staff of an attacked state calls its own side home: no deed against
# the attacked state, so no praise of the body for it. A measure on the state itself stays a deed against it.
_ENVOYS = opinion_piece(
    "Envoys come and go\n\nBy a columnist of a weekly in Lagos\n\n",
    "Our readers have followed the quarrel between the capitals of the region for a year.",
    "We will return to the subject when the summit ends.")
_RECALLS = [
    "The corrupt junta in Bamako has jailed the opposition. The African Union recalled the ambassadors of Mali and "
    "Niger from Dakar.",
    "The cruel regime in Minsk has jailed every critic. The Eurasian Economic Union withdrew the diplomats of "
    "Belarus from Vilnius.",
    "The corrupt junta in Bamako has jailed the opposition. The African Union recalled the staff of Mali from Addis "
    "Ababa.",
]


@pytest.mark.parametrize("sentence", _RECALLS)
def test_recalling_the_envoys_of_an_attacked_state_is_no_deed_against_it(sentence):
    name = "Eurasian Economic Union" if "Eurasian" in sentence else "African Union"
    _, reasons = author_polarity(_ENVOYS(sentence), name)
    assert not any(r.startswith("deed against an attacked actor") for r in reasons), reasons


def test_a_measure_on_the_attacked_state_itself_stays_a_deed_against_it():
    sentence = "The corrupt junta in Bamako has jailed the opposition. The African Union suspended the membership of Mali."
    polarity, reasons = author_polarity(_ENVOYS(sentence), "African Union")
    assert any(r.startswith("deed against an attacked actor") for r in reasons), reasons
    assert polarity > 0


# 5. The writer's own dismay at an actor: "I am disappointed with X", "We are appalled by X's conduct".
_DISMAY = [
    (_LIBRARY, "I am more disappointed with the Lindenfeld District Council.", "Lindenfeld District Council"),
    (_LIBRARY, "We are appalled by the conduct of the Lindenfeld District Council.", "Lindenfeld District Council"),
    (_HARBOUR, "Frankly, I am tired of the excuses of the Port Development Corporation.",
     "Port Development Corporation"),
]
# Guards: dismay negated, or felt by the actor itself.
_DISMAY_GUARDS = [
    (_LIBRARY, "I am not disappointed with the Lindenfeld District Council.", "Lindenfeld District Council"),
    (_LIBRARY, "The Lindenfeld District Council is disappointed with the readers.", "Lindenfeld District Council"),
    (_HARBOUR, "Are we tired of the Port Development Corporation?", "Port Development Corporation"),
]


@pytest.mark.parametrize("make, sentence, name", _DISMAY)
def test_the_writers_dismay_at_an_actor_is_against_it(make, sentence, name):
    polarity, reasons = author_polarity(make(sentence), name)
    assert any(r.startswith("dismay of the writer") for r in reasons), reasons
    assert polarity < 0, (polarity, reasons)


@pytest.mark.parametrize("make, sentence, name", _DISMAY_GUARDS)
def test_dismay_negated_or_felt_by_the_actor_gives_nothing(make, sentence, name):
    _, reasons = author_polarity(make(sentence), name)
    assert not any(r.startswith("dismay of the writer") for r in reasons), reasons


# 6. A demand that says the act is overdue: "without further delay", "finally".
_OVERDUE = [
    (_LIBRARY, "We call on the Lindenfeld District Council to reopen the room without further delay.",
     "Lindenfeld District Council"),
    (_LIBRARY, "We ask the Lindenfeld District Council to finally publish the accounts of the library fund.",
     "Lindenfeld District Council"),
    (_HARBOUR, "The Port Development Corporation must finally repair the north crane.", "Port Development Corporation"),
]
# Guards: "finally" told of a deed done, and "without delay" in praise.
_OVERDUE_GUARDS = [
    (_LIBRARY, "The Lindenfeld District Council finally published the accounts.", "Lindenfeld District Council"),
    (_LIBRARY, "We thank the Lindenfeld District Council, which acted without delay.", "Lindenfeld District Council"),
    (_HARBOUR, "Should the Port Development Corporation finally repair the crane?", "Port Development Corporation"),
]


@pytest.mark.parametrize("make, sentence, name", _OVERDUE)
def test_an_overdue_demand_is_against_the_one_asked(make, sentence, name):
    polarity, reasons = author_polarity(make(sentence), name)
    assert any(r.startswith("overdue demand") for r in reasons), reasons
    assert polarity < 0, (polarity, reasons)


@pytest.mark.parametrize("make, sentence, name", _OVERDUE_GUARDS)
def test_finally_of_a_deed_done_or_without_delay_in_praise_is_no_demand(make, sentence, name):
    _, reasons = author_polarity(make(sentence), name)
    assert not any(r.startswith("overdue demand") for r in reasons), reasons
