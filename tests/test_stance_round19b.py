"""Author stance, round 19b (issue 18): a duty done or neglected, from the open round-22 op-eds' misses.

Of the nine misses of oped-75..77, six are actors with no evidence of their own (see docs/rhetoric.md,
"Round 19b"). One form closed here is the verdict on an institution's duty: "X has done its duty" praises X,
"X neglected its duty" / "X has not done its duty" blames it, read as a deed (``deeds.en.tsv``: verb and
object by lemma, reversed under a negation). Each passage was written for this test, in styles the op-eds
do not use (a nurse's column, a schoolteachers' letter, a sports writer's column); the guards are passages
that must not give a duty deed.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

_NURSE = opinion_piece(
    "From the night shift\n\nBy Ruth Achieng, a nurse at a district hospital\n\n",
    "I have worked nights on the children's ward for nineteen years. I write about what I saw this winter.",
    "We will keep the ward open. I only ask that people remember who stood by us.")
_TEACHERS = opinion_piece(
    "A letter from the staff room\n\nBy the teachers of a village school in the hills\n\n",
    "We teach two hundred children in four rooms. This year the roof fell in twice.",
    "We will teach in the yard if we must. The children come anyway.")
_SPORTS = opinion_piece(
    "Off the pitch\n\nBy Dario Ferreyra, who has covered the league for twenty years\n\n",
    "Football is not only a game in this town. It is how people meet, argue and make peace.",
    "The season starts in a month. Let us hope it starts clean.")

_DUTY = [
    (_NURSE, "When the floods came, the Kenya Red Cross did its duty and more: its volunteers carried "
             "oxygen up the hill on foot.", "Kenya Red Cross", "+", "deed 'do duty'"),
    (_TEACHERS, "The Supreme Court of Ghana has done its duty. Now the ministry must pay the teachers.",
     "Supreme Court of Ghana", "+", "deed 'do duty'"),
    (_SPORTS, "The Court of Arbitration for Sport fulfilled its duty and banned the club's owner for life.",
     "Court of Arbitration for Sport", "+", "deed 'fulfil duty'"),
    (_NURSE, "The Ministry of Health in Nairobi neglected its duty for three winters running.",
     "Ministry of Health", "-", "deed 'neglect duty'"),
    (_TEACHERS, "Lilongwe has not done its duty by these children, and everyone in the valley knows it.",
     "MWI", "-", "deed 'do duty'"),
]


def _actor(text: str, name: str) -> str | None:
    from conftest import author_stance
    stance = author_stance(text)
    return next((k for k in stance if name.lower() in k.lower() or k == name), None)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign,reason", _DUTY)
def test_a_duty_done_or_neglected_is_a_deed(piece, passage, actor, sign, reason):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, sign, reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    # a duty only asked for, or under a modal: no deed
    (_NURSE, "The Ministry of Health in Nairobi should do its duty before the next winter.", "Ministry of Health"),
    (_TEACHERS, "We ask Lilongwe to do its duty by these children.", "MWI"),
    # a duty that is a tax, not an obligation met: "duty" as the object of paying or cutting
    (_SPORTS, "Buenos Aires cut the duty on imported footballs last spring.", "ARG"),
    # an institution that merely has a duty
    (_NURSE, "The Kenya Red Cross has a duty to report every outbreak.", "Kenya Red Cross"),
])
def test_no_duty_deed_without_a_duty_done(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor) or actor
    reasons = author_reasons(text, key)
    assert not any("duty'" in r for r in reasons), reasons


# A court praised is no praise of its state: oped-77's Constitutional Court, whose duty done had folded into a
# state the actors stage gave it by mistake (``stance.BLAME_ONLY_ORGANS``). A court blamed still counts
# against its state, as an organ.
_COURTS = opinion_piece(
    "The rule of law, seen from the bench\n\nBy Ileana Morar, a retired judge\n\n",
    "I sat on the bench for twenty-six years. I know what pressure on a court looks like.",
    "Judges are not heroes. They are only supposed to read the law and apply it.")


@pytest.mark.issue(18)
def test_a_praised_court_does_not_praise_its_state():
    text = _COURTS("The Constitutional Court of Romania did its duty last week, and the government in Bucharest "
                   "lost its amnesty law.")
    reasons = author_reasons(text, "ROU")
    assert not any("via its organ" in r and "duty" in r for r in reasons), reasons


@pytest.mark.issue(18)
def test_a_blamed_court_still_blames_its_state():
    text = _COURTS("The Constitutional Court of Romania neglected its duty for a decade, and the government in "
                   "Bucharest was glad of it.")
    assert_author_sign(text, "ROU", "-", "via its organ")


# oped-75's human-rights movement: a body named for the people it defends ("Movement for Human and Peoples'
# Rights") was read as people of the state and merged with the victims ("men from the market"); and its
# documenting abuses was an accusation against it.
_LAWYER = opinion_piece(
    "What the river villages remember\n\nBy Kofi Mensah, a lawyer for the families\n\n",
    "Soldiers came to the river villages in May and took away men from the market. Their families are "
    "still waiting.",
    "The families want names and graves. That is not too much to ask.")


@pytest.mark.issue(18)
def test_a_body_named_for_peoples_is_no_people():
    from communique.actors.kb import load_kb
    from communique.actors.resolve import Resolver
    guess = Resolver(load_kb()).phrase("Togolese League for Human and Peoples' Rights")
    assert guess is None or guess.kind != "group", guess
    people = Resolver(load_kb()).phrase("Togolese villagers")
    assert people is not None and people.kind == "group" and people.sector == "CVL", people


@pytest.mark.issue(18)
def test_documenting_abuses_is_no_accusation_of_the_documenter():
    text = _LAWYER("The Ghanaian League for Human and Peoples' Rights kept documenting abuses when nobody "
                   "else would.")
    from conftest import author_stance
    stance = author_stance(text)
    key = next((k for k in stance if "League" in k), None)
    assert key is not None, stance
    reasons = list(stance[key].reasons)
    assert not any(r.startswith("event ACCUSE") for r in reasons), reasons



# oped-77's Russia: "companies ... whose owners are close to the Russian leadership" was praise of Russia
# ("leadership" was a positive evaluative word). The noun names a state's or a party's leaders; it praises
# only with a word of its own ("her calm leadership was praised": the praise is in "praised").
@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor", [
    ("The money came through firms whose owners are close to the Kazakh leadership.", "KAZ"),
    ("The Belarusian leadership met on Tuesday and said nothing about the prisoners.", "BLR"),
])
def test_a_state_leadership_is_no_praise(passage, actor):
    reasons = author_reasons(_TEACHERS(passage), actor)
    assert not any("'leadership'" in r for r in reasons), reasons
