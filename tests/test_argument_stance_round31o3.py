"""Author stance, round 31o3 (issue 18): attacked actors told by their deeds and demands.

Blind op-ed writers attack many actors only by what they did or demanded, which the rules read only in part. The
toll of a deed on people the writer sides with ("X closed the clinic; three villages now walk two hours"), a result
told as an ill ("the result is cracked walls"), a loss dealt to people or demanded ("closed the clinic", "wants the
water tariff doubled": a weak cue that adds up over the text), a demand people cannot bear ("a tax holiday the
valley cannot afford") and a promised deed left undone or reversed ("Not one
tree has been planted", "It closed it in March") are evidence against the actor, in the writer's own voice. A deed
told neutrally or with a good result is not. The passages below were written for this test (a valley, an energy
company, a schoolteacher's letter).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_VALLEY = opinion_piece(
    "The valley cannot live on promises\n\nBy a schoolteacher from Lisk\n\n",
    "For three generations the villages of the Lisk valley lived from the river and the orchards. "
    "This spring the orchards stood dry.",
    "The valley has survived floods and droughts before. We will still be here when the next winter comes.")
_COMPANY = "Carrow Energy"


def _stance(passage: str) -> tuple[float, list[str]]:
    return author_polarity(_VALLEY(passage), _COMPANY)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,reason", [
    # the toll of a deed on people the writer sides with, in the same sentence or the next
    ("Carrow Energy closed the clinic; three villages now walk two hours to see a nurse.", "toll of its deed 'walk'"),
    ("Carrow Energy fenced the upper pastures. Our shepherds now sell their flocks at a loss.",
     "toll of its deed 'sell'"),
    ("Carrow Energy moved the depot to the coast, and two hundred families lost their wages overnight.",
     "toll of its deed 'lose'"),
    ("Since Carrow Energy cut the bus, old people in Lisk have missed their hospital appointments.",
     "toll of its deed 'miss'"),
    ("Carrow Energy raised the tariff again in January, and pensioners in Lisk are choosing between heat and bread.",
     "toll of its deed 'choose'"),
    ("The night bus was cut by Carrow Energy in May. Since then old people in Lisk have missed their hospital "
     "appointments.", "toll of its deed 'miss'"),
    # a result told as an ill
    ("Carrow Energy rerouted the lorries through the village. The result is cracked walls and sleepless nights.",
     "toll of its deed 'result'"),
    ("Carrow Energy dumped its slurry upstream, and the result is a river nobody can swim in.",
     "toll of its deed 'result'"),
    # losses dealt to people, several adding up; a loss demanded
    ("Carrow Energy closed the clinic in Lisk, cut the night bus and sold the school playing field.",
     "loss to people 'cut bus'"),
    ("In two years Carrow Energy raised the water tariff three times, shut the pumping station and laid off forty "
     "fitters.", "loss to people 'shut station'"),
    ("The clinic in Lisk was closed by Carrow Energy, and the school was sold by Carrow Energy a year later.",
     "loss to people 'sell school'"),
    ("Carrow Energy wants the water tariff doubled.", "loss to people 'want double tariff'"),
    # a demand the writer shows people cannot bear
    ("Carrow Energy is demanding a twenty-year tax holiday that the valley cannot afford.",
     "demand people cannot bear 'afford'"),
    ("Carrow Energy demands that the villages pay for the new pipeline, a bill no family here can meet.",
     "demand people cannot bear 'meet'"),
    # a promised deed left undone or reversed
    ("Carrow Energy promised to replant the orchards. Not one tree has been planted.", "unkept promise 'plant'"),
    ("Carrow Energy pledged to keep the clinic open. It closed it in March.", "unkept promise 'close'"),
])
def test_deeds_and_demands_count_against_the_actor(passage, reason):
    polarity, reasons = _stance(passage)
    assert has_reason(reasons, reason), reasons
    assert polarity <= -0.2, (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "Carrow Energy reopened the clinic; three villages no longer walk two hours to see a nurse.",
    "Carrow Energy hired two hundred workers after the families lost their jobs at the mill.",
    "When the families lost their harvest, Carrow Energy paid for the seed.",
    "Carrow Energy bought the old mill. The result is a new school for the valley.",
    "Carrow Energy lowered the tariff, and the result is warmer homes for pensioners.",
    "Carrow Energy closed its old depot and moved the fitters to the new one in Lisk.",
    "Carrow Energy cut its prices for pensioners this winter.",
    "Carrow Energy promised to replant the orchards and planted four hundred trees in April.",
    "Carrow Energy rebuilt the footbridge after the flood, and our children walk to school again.",
    "By the count that Carrow Energy's engineers sent us, ninety people fell ill in the valley that summer.",
    "The families of Lisk lost their boats in the storm, and they are still being helped by Carrow Energy.",
    "Carrow Energy held its annual meeting in Lisk in May. A shepherd who loses his flock loses a year of income.",
    "The clinic was built by Carrow Energy in 1990. Since then old people in Lisk have not missed an appointment.",
    "Carrow Energy asked the council to cut the water tariff, which pensioners cannot afford.",
    "Carrow Energy wants to pay the fishermen for the nets it damaged, though it cannot afford new boats.",
])
def test_deeds_told_neutrally_or_with_a_good_result_are_no_attack(passage):
    _, reasons = _stance(passage)
    assert not any(has_reason(reasons, r) for r in ("toll of its deed", "loss to people", "unkept promise",
                                                     "demand people cannot bear")), reasons


@pytest.mark.issue(18)
def test_a_toll_joined_to_the_writers_own_deed_is_not_laid_on_the_sentence_before():
    passage = ("Carrow Energy has made its own mistakes. We irrigate by flooding the fields, as our grandfathers "
               "did, and we lose half the water.")
    _, reasons = _stance(passage)
    assert not has_reason(reasons, "toll of its deed"), reasons

