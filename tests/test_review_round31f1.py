"""Author stance, round 31f1: review fixes on round 31o3's tolls, ills, losses, unaffordable demands and promises.

A review ran passages of its own through round 31o3's rules and found the new evidence firing where the writer does
not attack the actor: a hardship with a cause of its own, told in a relative clause, in the past perfect, as earlier,
lessened or after the deed; deeds of two actors; the writer's own side; a result lessened or denied; a promise kept
read as undone; a demand for the people helped; a loss wanted not to happen or told with its cause. The passages
below were written for this test; none of them attacks the actor it names.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, has_reason, opinion_piece

_VALLEY = opinion_piece(
    "The valley cannot live on promises\n\nBy a schoolteacher from Lisk\n\n",
    "For three generations the villages of the Lisk valley lived from the river and the orchards. "
    "This spring the orchards stood dry.",
    "The valley has survived floods and droughts before. We will still be here when the next winter comes.")
_NEW_ROWS = ("toll of its deed", "loss to people", "unkept promise", "demand people cannot bear")


def _new_rows(nlp, passage: str, actor: str) -> list[str]:
    """The author's evidence rows of round 31o3's kinds on the actors whose name holds ``actor``: the stance
    record shows only the reasons that agree with its sign, so the rows are read before they are combined."""
    from communique import analyze
    from communique.rhetoric.stance_evidence import find_evidence

    text = _VALLEY(passage)
    document = analyze(text)
    ids = {a.id for a in document.actors if actor.lower() in a.name.lower()}
    return [e.reason for e in find_evidence(document, nlp(text))
            if e.holder == "author" and e.target in ids and e.reason.startswith(_NEW_ROWS)]


@pytest.mark.parametrize("passage,actor", [
    # finding 1: a toll laid on a deed that did not cause it
    ("Carrow Energy opened a new office in Lisk in May. Three villages lost their harvest to the drought that "
     "summer.", "Carrow Energy"),
    ("The Red Cross sent tents to the valley. Two hundred families lost their homes in the floods.", "Red Cross"),
    ("NATO foreign ministers discussed the war on Monday. Forty civilians died in Kharkiv the same day.", "NATO"),
    ("Russia shelled Kharkiv, and the European Union sent medicine; forty civilians died that night.",
     "European Union"),
    ("The UN Security Council condemned the attack, in which forty civilians died.", "Security Council"),
    ("Carrow Energy sent engineers to Lisk, where three villages had lost power in the storm.", "Carrow Energy"),
    ("Poland opened its border, and the refugees came; many families had lost everything in the war.", "Poland"),
    ("Until Carrow Energy built the road, villagers walked two hours to the market.", "Carrow Energy"),
    ("Carrow Energy rebuilt the footbridge. Before that, our children walked two hours to school.", "Carrow Energy"),
    ("Carrow Energy opened the new clinic. Until then, three villages walked two hours to see a nurse.",
     "Carrow Energy"),
    ("Three villages lost their harvest to the drought, and Carrow Energy sent food within a week.",
     "Carrow Energy"),
    ("Carrow Energy kept the clinic open. Our pensioners lost their savings when the bank failed.", "Carrow Energy"),
    ("Since UNICEF vaccinated the children, fewer children have died of measles.", "UNICEF"),
    ("Carrow Energy built a park by the river, and our neighbours fell in love with it.", "Carrow Energy"),
    # finding 2: a result lessened or denied is no ill
    ("UNICEF vaccinated every child in Lisk. The result is fewer deaths from measles.", "UNICEF"),
    ("Carrow Energy hired three hundred people in Lisk; the result is less poverty and fewer evictions.",
     "Carrow Energy"),
    ("UNICEF built the food bank in Lisk, and the result is that nobody in the valley goes hungry.", "UNICEF"),
    # finding 3: a promise kept, or someone else's deed, is no unkept promise
    ("Carrow Energy promised to lower prices. It cut them by a fifth in March.", "Carrow Energy"),
    ("Carrow Energy promised to build a new school. In March it closed the old one, and the new school opened in "
     "September.", "Carrow Energy"),
    ("Carrow Energy promised to replant the orchards. The farmers did not plant wheat this year because of the "
     "drought.", "Carrow Energy"),
    ("Carrow Energy promised to remove the old pylons. The villagers have not moved back yet.", "Carrow Energy"),
    ("Carrow Energy promised to rebuild the school. It did not rebuild it alone: the villages helped.",
     "Carrow Energy"),
    # finding 4: help for people who cannot pay; an actor that cannot pay
    ("Oxfam is demanding help for families who cannot pay their rent.", "Oxfam"),
    ("Ukraine demands that Russia pay for the rebuilding, a bill Moscow cannot afford.", "Ukraine"),
    # finding 5: a loss wanted not to happen, or told with its cause
    ("Carrow Energy asked the council not to close the clinic.", "Carrow Energy"),
    ("Carrow Energy demands that the council not raise the water tariff.", "Carrow Energy"),
    ("Ryanair cut the Lisk route, closed the Lisk station and raised the fares, as every airline did this winter "
     "after the fuel prices rose.", "Ryanair"),
])
def test_reviewed_passages_give_no_new_evidence(nlp, passage, actor):
    assert not _new_rows(nlp, passage, actor)


def test_the_writers_own_side_pays_no_toll_of_its_own_deed(nlp):
    assert not _new_rows(nlp, "Our army shelled the rebel positions near Lisk. We lost two soldiers.", "army")


@pytest.mark.parametrize("passage,reason", [
    # still an attack: the deed before the hardship, its cause the deed's own object
    ("Carrow Energy closed the clinic in March. Since then three villages have walked two hours to see a nurse.",
     "toll of its deed 'walk'"),
    ("Carrow Energy flooded the lower fields, and two hundred families lost their harvest in the fields.",
     "toll of its deed 'lose'"),
    ("Carrow Energy promised to rebuild the bridge. It has not built it.", "unkept promise 'build'"),
])
def test_a_toll_or_an_unkept_promise_still_counts(passage, reason):
    polarity, reasons = author_polarity(_VALLEY(passage), "Carrow Energy")
    assert has_reason(reasons, reason), reasons
    assert polarity <= -0.2, (polarity, reasons)
