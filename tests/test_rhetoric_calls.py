"""Calls to action: hand-written passages, calls and non-calls (issue 6)."""

from __future__ import annotations

import pytest

from communique.document import Document, Quote
from communique.rhetoric.calls import find_calls

#: (passage, expected addressee text or None, expected start of the action)
CALLS = [
    ("Brussels must stop paying the generals and fund the clinics instead.", "Brussels", "stop paying"),
    ("The Arab League should now give the ceasefire its full backing.", "The Arab League", "give the ceasefire"),
    ("It is the duty of every national parliament to demand a clear timetable.", "every national parliament",
     "demand a clear timetable"),
    ("It is time for Europe to act.", "Europe", "act"),
    ("We call on the United Nations to send observers to the border.", "the United Nations", "send observers"),
    ("We urge the governors to release the detained reporters.", "the governors", "release"),
    ("Our message to Moscow is to withdraw its troops from the plant.", "Moscow", "withdraw its troops"),
    ("Let us stand together against this injustice.", "we", "stand together"),
    ("Join the boycott of firms that profit from forced labour.", None, "Join the boycott"),
    ("Call your representatives and tell them where you stand.", None, "Call your representatives"),
    ("Do not accept silence as an answer from the ministry.", None, "not accept silence"),
    ("Boycott every product made in the occupied zone.", None, "Boycott every product"),
    ("Contact your member of parliament before the vote on Thursday.", None, "Contact your member"),
    ("We must not allow the talks to collapse.", "We", "not allow"),
    ("Western governments need to stop arming both sides.", "Western governments", "stop arming"),
    ("Voters should reject this cynical bargain at the ballot box.", "Voters", "reject this cynical bargain"),
]

NON_CALLS = [
    # predictions and descriptions
    "The interest rate should rise next year, analysts expect.",
    "Inflation must fall before the central bank can cut rates.",
    "Prices are expected to climb again in the spring.",
    "The new bridge should open to traffic by the end of the month.",
    "The storm must have damaged the power lines overnight.",
    # regrets about the past
    "The army should have acted much sooner.",
    # rhetorical and plain questions
    "Should the West really trust these promises?",
    "Why should taxpayers fund yet another war?",
    "Must we wait for another massacre before anyone acts?",
    # reported demands (someone else's call, not the author's)
    "The minister said the government must act quickly.",
    "Protest leaders told reporters that the president should resign.",
    # reading instructions are not calls to act
    "See the full report on page four.",
    "Read more about the summit in our live blog.",
    # plain news
    "Iranian and Saudi officials met in Baghdad on Monday.",
]


@pytest.mark.parametrize("text,addressee,action", CALLS)
def test_calls_found_with_addressee_and_action(nlp, text, addressee, action):
    calls = find_calls(Document(text=text), nlp(text))
    assert len(calls) == 1, f"expected one call in {text!r}, got {calls}"
    call = calls[0]
    assert call.addressee == addressee
    assert call.action.startswith(action), call.action
    assert text[call.start:call.end] == call.text


@pytest.mark.parametrize("text", NON_CALLS)
def test_calls_not_found_in_non_calls(nlp, text):
    assert find_calls(Document(text=text), nlp(text)) == []


def test_calls_inside_a_quote_are_not_the_authors(nlp):
    text = 'The opposition leader spoke outside parliament. "We must stop this war now," she said.'
    start = text.index('"') + 1
    end = text.index('"', start)
    quote = Quote("q1", "direct", text[start:end], start, end, None, "she", "said")
    document = Document(text=text, quotes=[quote])
    assert find_calls(document, nlp(text)) == []
    # the same sentence outside any quote is a call
    bare = "We must stop this war now."
    assert [c.action for c in find_calls(Document(text=bare), nlp(bare))] == ["stop this war now"]


def test_calls_addressee_resolves_to_actor(nlp):
    from communique.document import Actor

    text = "Brussels must stop paying the generals."
    actor = Actor("a1", "European Union", "igo", mentions=((0, 8),))
    calls = find_calls(Document(text=text, actors=[actor]), nlp(text))
    assert [c.addressee for c in calls] == ["a1"]


def test_calls_in_pipeline_validate(analyze):
    from communique import validate

    doc = analyze("The talks failed again on Friday. Europe must stop funding the militias. "
                  "Call your representatives today.")
    assert [c.action for c in doc.calls_to_action] == ["stop funding the militias", "Call your representatives today"]
    validate(doc)
