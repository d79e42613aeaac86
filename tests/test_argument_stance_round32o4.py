"""Author stance, round 32o4 (issue 18): an actor whose deed is told in the same breath as a deed the writer holds
against an actor it opposes.

The sentence model reads a plainly told deed as praise of its doer ("The United Kingdom announced that its aid
budget would shrink" +0.90). Where the writer tells that deed in a clause joined by "and" to a deed it holds against
an actor it opposes firmly, in the same sentence, the two deeds are told as one and the actor takes that side
(``stance._deed_partners``); not when the clauses are set against each other ("but", "instead"), negated, told in
sentences of their own, or joined to a deed of an actor the writer favours. The passages below were written for this
test (an island, two ferry companies); the deed passages the round measured are in docs/rhetoric.md.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_ISLAND = opinion_piece(
    "The island deserves a ferry\n\nBy a nurse from Ostry\n\n",
    "For ten years the greedy and dishonest Brackmoor Ferries has run the crossing. The Ostry Harbour Trust, to its "
    "credit, has kept the quay open through every storm.",
    "We will keep the clinic open as long as we can. The island has outlived harder winters than this one.")
_PARTNER = "sides: does as Brackmoor Ferries does"


def _stance(passage: str) -> tuple[float, list[str]]:
    return author_polarity(_ISLAND(passage), "Solvane Shipping")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "This winter Brackmoor Ferries cut the night ferry, and Solvane Shipping announced that its own crossings would "
    "end in March.",
    "Brackmoor Ferries cut the night ferry in January and Solvane Shipping sold the school boat in March.",
    "Brackmoor Ferries raised the fares for islanders, and Solvane Shipping doubled the charge for freight.",
    "Brackmoor Ferries closed the clinic, and Solvane Shipping shut its ticket office on the quay.",
])
def test_a_deed_told_with_an_opposed_actors_deed_shares_its_side(passage):
    polarity, reasons = _stance(passage)
    assert has_reason(reasons, _PARTNER), reasons
    assert polarity <= -0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    # set against each other
    "Brackmoor Ferries cut the night ferry, but Solvane Shipping added a crossing for the hospital shifts.",
    "Brackmoor Ferries cut the night ferry, and Solvane Shipping instead added a crossing for the hospital shifts.",
    "Brackmoor Ferries cut the night ferry, while Solvane Shipping kept its morning boat running.",
    # negated
    "Brackmoor Ferries cut the night ferry, and Solvane Shipping has not changed its timetable.",
    # told in a sentence of its own
    "Brackmoor Ferries cut the night ferry. Solvane Shipping announced a new summer route in May.",
    # joined to a deed the writer does not hold against its doer, or to a favoured actor's deed
    "Brackmoor Ferries bought a new boat in May, and Solvane Shipping moved its office to the mainland.",
    "The Ostry Harbour Trust rebuilt the ramp, and Solvane Shipping moved its berth to the new quay.",
    # review ro4: a reply to the deed, its toll, or another kind of deed beside it
    "Brackmoor Ferries shamefully cut the night ferry in January, and Solvane Shipping put on a boat of its own "
    "within a week.",
    "Brackmoor Ferries shamefully cut the night ferry in January, and Solvane Shipping lost its only way to get "
    "the catch to market.",
    "Brackmoor Ferries shamefully cut the night ferry in January, and Solvane Shipping wrote to the ministry the "
    "next day.",
    "Brackmoor Ferries closed the clinic, and Solvane Shipping moved its office to the mainland.",
    # the partner's deed told first
    "Solvane Shipping begged for a berth all summer, and Brackmoor Ferries shamefully cut the night ferry.",
])
def test_a_deed_told_apart_or_beside_another_shares_no_side(passage):
    polarity, reasons = _stance(passage)
    assert not has_reason(reasons, _PARTNER), reasons


#: Round 32o4's measured deed passages (docs/rhetoric.md): attacks told only by the company's deeds ...
_ATTACKED_BY_DEEDS = [
    'Solvane Shipping cut the winter ferry to two crossings a week and then blamed the weather.',
    'Solvane Shipping sold the second ferry in October. In January a woman in labour waited nine hours for a boat.',
    'Solvane Shipping raised the fare for islanders by forty percent and kept the fare for tourists where it was.',
    "Solvane Shipping moved its office to the mainland and stopped answering the council's letters.",
    'In March Solvane Shipping sent a letter announcing that the night crossing would end. The letter '
    'arrived a week after the last crossing.',
    "Solvane Shipping took the island's subsidy for six years and spent it on a new terminal for cruise ships.",
    'Solvane Shipping signed the contract with the ministry in 2019. It has since missed every timetable '
    'the contract set.',
    'Solvane Shipping told the council the new ferry would arrive in May. It arrived in November, '
    'without a ramp for ambulances.',
    'Solvane Shipping laid off the island crews and hired sailors from an agency on the mainland.',
    'Solvane Shipping paid its directors a bonus in the same month it cancelled the medical crossings.',
    'Solvane Shipping announced record profits in February, while the island waited for its ferry.',
    'Solvane Shipping removed the wheelchair lift from the old ferry to save weight.',
    'Solvane Shipping scheduled the only winter crossing at five in the morning, two hours before the first bus.',
    'Solvane Shipping asked the ministry for a larger subsidy and offered fewer crossings in return.',
    "Solvane Shipping rented the island's quay to a fish farm and moved the ferry berth to the exposed "
    'side of the bay.',
    'Solvane Shipping kept the ferry in dry dock for eleven weeks for repairs that its own engineers '
    'said would take three.',
    'Solvane Shipping ordered its captains to skip Ostry whenever the wind passed force six.',
    'Solvane Shipping turned the passenger lounge into a freight deck and left the passengers on the open deck.',
    'Solvane Shipping hired a consultancy to study the timetable, and the consultancy recommended cutting it.',
    'Solvane Shipping charged the school a fee for every child on the morning crossing.',
    "Solvane Shipping sold the island's booking office and put the tickets online, where half of our "
    'pensioners cannot buy them.',
    'Solvane Shipping promised a new timetable by Easter and published one in August.',
    'Solvane Shipping built a new car deck and doubled the price of taking a car across.',
    'Solvane Shipping bought the rival ferry company in 2021 and closed it a month later.',
    'Solvane Shipping changed the timetable three times in one winter without telling the council.',
    'Solvane Shipping answered the petition of four hundred islanders with a leaflet about its loyalty scheme.',
    'Solvane Shipping reported the breakdown to the ministry and reported nothing to the island.',
    'Solvane Shipping ran the ferry until the insurance expired and then tied it up in the harbour.',
    'Solvane Shipping won the tender by promising daily crossings. Last winter it sailed on nineteen days.',
    'Solvane Shipping spent the winter suing the council over the berth fees instead of repairing the ramp.',
    'Solvane Shipping cut the crew on the night ferry from seven to four, and the lifeboat drill was dropped.',
    'Solvane Shipping sent a spokesman to the island meeting. He read a statement and left before the questions.',
]
#: ... and deeds of the company the writer approves of or tells neutrally.
_APPROVED = [
    'Solvane Shipping rebuilt the ramp in six weeks, and the ambulance crossed on the first day of March.',
    'Solvane Shipping added a night crossing for the hospital shifts.',
    'Solvane Shipping lowered the fare for islanders and kept the school crossing free.',
    'Solvane Shipping sent its second ferry to Ostry when the storm damaged the first.',
    'Solvane Shipping hired six crews from the island last spring.',
    'Solvane Shipping signed the contract with the ministry in 2019 and has sailed every day since.',
    'Solvane Shipping moved its repair yard to the island, and twelve families came back from the mainland.',
    "Solvane Shipping answered the council's letter within a day and changed the timetable the next week.",
    'Solvane Shipping carried the doctors across free of charge during the flu season.',
    'Solvane Shipping bought a smaller ferry that can land at the old quay in any wind.',
    'Solvane Shipping operates the ferry under a contract with the ministry.',
    'Solvane Shipping published the winter timetable in September.',
    'Solvane Shipping installed a wheelchair lift on both ferries.',
    'Solvane Shipping runs three crossings a day in summer and two in winter.',
    "Solvane Shipping opened a ticket office in the island's post office for the pensioners.",
    'Solvane Shipping kept the ferry running through the January storms, with a doctor on board.',
    'Solvane Shipping met the council in March and agreed to a medical crossing on call.',
    'Solvane Shipping was founded in Ostry in 1962 by two fishermen.',
    'Solvane Shipping trained ten young islanders as deckhands this year.',
    'Solvane Shipping paid for the new waiting room at the quay.',
    'Solvane Shipping delayed the fare rise until the bridge study is done.',
    'Solvane Shipping told the council in good time that the ferry would go to dry dock, and it '
    'chartered a boat for the weeks it was away.',
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", _APPROVED)
def test_approved_or_neutral_deeds_are_no_attack(passage):
    polarity, reasons = _stance(passage)
    assert polarity > -0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", _ATTACKED_BY_DEEDS)
def test_no_rule_reads_an_attacking_deed_as_help(passage):
    """Where a deed told to attack reads "for" at all, the learned argument stance reads it (a weakness the
    round measured: 5 of 32), never a rule's evidence row."""
    polarity, reasons = _stance(passage)
    assert polarity <= 0.2 or all(r.startswith(("learned argument stance", "sentence sentiment")) for r in reasons), \
        (polarity, reasons)
