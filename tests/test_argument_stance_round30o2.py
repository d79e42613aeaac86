"""Author stance, round 30o2 (issue 18): attacked actors in ways of attacking not yet read.

Blind op-ed sets leave attacked actors in the dead zone, with evidence our rules do not recognise. A writer's own
attack passages in styles not yet covered found ten forms that no rule read; each is now evidence against the
actor, in the writer's own voice: the blame or fault that "lies with" an actor; a noun of failure that is the
actor's own ("the collapse is Brackwater's failure", "its neglect"); the actor's own words for its deeds in scare
quotes ('its "consultation"'); records it hid or buried ("hid the engineers' report"); its claim denied in a word
("... says the harbour is thriving. It is not."); its words denied any worth ("its promises are worth nothing"); a
scornful "Some friend." after what it called itself; its own gain put first ("chose its profits over the town");
a friend's role denied it ("is no partner of this town"); its excuse answered ("blames the weather. The weather
did not raise the fees."). The passages below were written for this test (a harbour, a port company, a fishing
town).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, author_stance, has_reason, opinion_piece

_HARBOUR = opinion_piece(
    "The harbour belongs to the town\n\nBy a net mender from Skerrow\n\n",
    "For forty years the harbour at Skerrow fed two hundred families. This winter half the boats stayed tied up.",
    "The harbour will outlast every scheme drawn up for it. We will be on the quay when it does.")
_PORT = "Brackwater Holdings"


def _reasons(passage: str, actor: str = _PORT) -> list[str]:
    stance = author_stance(_HARBOUR(passage))
    record = next((s for name, s in stance.items() if actor.lower() in name.lower()), None)
    assert record is not None, sorted(stance)
    return list(record.reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,reason", [
    # 1. the blame or fault lies with the actor
    ("The blame for the empty quay lies with Brackwater Holdings, and with nobody else.", "blame 'blame'"),
    ("The fault rests with Brackwater Holdings, which let the breakwater crack.", "blame 'fault'"),
    # 2. a noun of failure that is the actor's own, as a predicate too
    ("The collapse of the breakwater is Brackwater Holdings' failure.", "evaluative 'failure'"),
    ("Brackwater Holdings' neglect has cost us the winter fishery.", "evaluative 'neglect'"),
    # 3. the actor's own words in scare quotes
    ("Brackwater Holdings held a \"consultation\" on the fees. Its \"consultation\" lasted one afternoon.",
     "its words in scare quotes 'consultation'"),
    ("Brackwater Holdings calls the fee rise a \"modernisation charge\".",
     "its words in scare quotes 'modernisation charge'"),
    # 4. records hidden or suppressed
    ("Brackwater Holdings hid the engineers' report for two years.", "harmful deed 'hide report'"),
    ("Brackwater Holdings buried the survey of the silted berths.", "harmful deed 'bury survey'"),
    # 5. a claim denied in a word
    ("Brackwater Holdings says the harbour is thriving. It is not: the fish market closed in May.",
     "rebuttal 'is not' of its claim"),
    # 6. words denied any worth
    ("Brackwater Holdings' promises are worth nothing.", "hollow words 'worth nothing promise'"),
    ("Brackwater Holdings has not dredged a metre. Its talk of partnership is empty.", "hollow words 'empty talk'"),
    ("We have had enough of Brackwater Holdings' hollow assurances.", "hollow words 'hollow assurance'"),
    # 7. a scornful "Some friend." echo of what the actor called itself
    ("Brackwater Holdings calls itself a friend of the fishermen. Some friend: it sold the moorings to a yacht club.",
     "sarcasm 'some friend'"),
    # 8. its own gain put first
    ("Brackwater Holdings chose its profits over the town.", "gain first 'choose profit'"),
    ("Brackwater Holdings cares only about its shareholders.", "gain first 'care shareholder'"),
    # 9. a friend's role denied it
    ("Brackwater Holdings is no partner of this town.", "no friend 'partner'"),
    ("Brackwater Holdings has proved no friend to the harbour.", "no friend 'friend'"),
    # 10. its excuse answered
    ("Brackwater Holdings blames the weather. The weather did not raise the mooring fees.",
     "rebuttal of its excuse 'weather'"),
    ("Brackwater Holdings blames the delays on the weather. But the weather was mild all winter.",
     "rebuttal of its excuse 'weather'"),
])
def test_an_attack_in_a_new_style_is_evidence_against_the_actor(passage, reason):
    polarity, reasons = author_polarity(_HARBOUR(passage), _PORT)
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, reason), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,start", [
    ("The blame does not lie with Brackwater Holdings, whatever the council says.", "blame"),  # negated
    ("Responsibility for the quay rests with Brackwater Holdings under the lease.", "blame"),  # who is in charge
    ("Brackwater Holdings runs the \"Clean Harbours\" scheme with the council.", "its words in scare quotes"),  # a name
    ("The Skerrow Lifeboat Trust hid the children from the storm. Brackwater Holdings sent a boat.",
     "harmful deed"),  # no record hidden
    ("Brackwater Holdings says the harbour is thriving. It is not that we doubt the figures.", "rebuttal"),
    ("Brackwater Holdings' promises are not empty: the new crane arrived in May.", "hollow words"),  # negated
    ("Brackwater Holdings' warehouses are empty since the fleet moved north.", "hollow words"),  # no words of its own
    ("Some boats stayed in port. Brackwater Holdings opened the gate at noon.", "sarcasm"),  # plural: no fragment
    ("Harbour companies should not put profits before the town. Brackwater Holdings opened the gate.",
     "gain first"),  # asked of nobody in particular
    ("Brackwater Holdings is no partner of the Skerrow Lifeboat Trust, which runs its own slipway.",
     "no friend"),  # two actors set apart
    ("Brackwater Holdings blames the weather. The weather was stormy all March.", "rebuttal"),  # not answered
    ("Brackwater Holdings does not blame the weather. The weather did not raise the fees.", "rebuttal"),  # no excuse
])
def test_no_such_evidence_where_the_form_does_not_hold(passage, start):
    assert not has_reason(_reasons(passage), start), _reasons(passage)


@pytest.mark.issue(18)
def test_concealed_records_still_read_the_old_entries():
    """The record nouns of ``told_deeds.en.tsv`` (kind:record) replace the verb-and-noun entries they cover."""
    reasons = _reasons("Brackwater Holdings withheld the tide gauge readings from the harbour board.")
    assert has_reason(reasons, "harmful deed 'withhold reading'"), reasons
