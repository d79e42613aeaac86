"""Author stance, round 29o1 (issue 18): the attacked actors of an advocacy piece.

Blind op-ed sets miss attacked actors that the writer judges only by what they did, by what the writer asks
of them, or that the pipeline folds into another actor. Three changes, each on the writer's own voice: the
executive organ of an international body folded into it (the European Commission into the European Union) gets a
record of the evidence said of the organ itself, so that a reader who asks about the Commission gets it; a call to
an actor to undo or make good a wrong ("must pay for the cleanup", "should return the bronzes") is a demand against
it, as a call to cease is; and a verb of keeping from people what they need ("turned away the women", "withheld
the nurses' salaries", "blocked the food convoys") is a harmful act of its doer. The passages below were written
for this test (a river, a spring, a school district, a clinic).
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, author_stance, has_reason, opinion_piece

_RIVER = opinion_piece(
    "The river is not a drain\n\nBy a fisherman of the lower Tarsa\n\n",
    "For three generations my family has fished the lower Tarsa. This spring the fish floated belly up for "
    "forty kilometres.",
    "The river will outlast every company that has used it as a drain. We intend to be there when it does.")
_SPRING = opinion_piece(
    "The wells are dry in Kordal\n\nBy a teacher in the hill villages\n\n",
    "For ten years the hill villages around Kordal drew their water from one spring, and nobody went thirsty.",
    "Kordal's children should not pay for someone else's bottled water.")


# 1. The executive organ folded into its international body gets a record of the evidence said of it.
_DEAL = ("A deal signed over our heads\n\nBy a dairy farmer from County Clare\n\n"
         "The European Union has traded away our farms for a few points of export growth in cars.\n\n"
         "{}\n\n"
         "We will be at the gates of every ministry until this deal is torn up.\n")


@pytest.mark.issue(18)
def test_an_executive_organ_folded_into_its_body_gets_its_own_evidence():
    stance = author_stance(_DEAL.format(
        "The trade chapter was split off so that no national parliament could vote on it. We ask that the "
        "European Commission withdraw the agreement before the Council signs it."))
    commission = stance.get("European Commission")
    assert commission is not None, sorted(stance)
    assert commission.polarity < -0.2, (commission.polarity, commission.reasons)
    assert has_reason(list(commission.reasons), "demand"), commission.reasons


@pytest.mark.issue(18)
def test_an_organ_named_in_passing_gets_no_record_of_its_body():
    stance = author_stance(_DEAL.format(
        "The European Union calls this ambition. The European Commission published the text in March, "
        "four hundred pages long."))
    assert "European Commission" not in stance, stance.get("European Commission")


# 2. A call to undo or make good a wrong is a demand against its addressee.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_RIVER, "Halvern Mining must pay for the cleanup of the lower Tarsa, every kilometre of it.", "Halvern Mining"),
    (_RIVER, "Ostrava Chemicals should compensate the families who lost a season of fishing.", "Ostrava Chemicals"),
    (_SPRING, "The bottler, Norvik Beverages, must return the spring to the villages that dug its first well.",
     "Norvik Beverages"),
])
def test_a_call_to_make_good_a_wrong_is_a_demand_against_its_addressee(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, "demand: "), reasons


@pytest.mark.issue(18)
def test_a_plea_for_openness_is_no_demand_of_redress():
    stance = author_stance(_RIVER("Halvern Mining should publish its water tests, as the other mines do."))
    assert "Halvern Mining" in stance, sorted(stance)
    assert not has_reason(list(stance["Halvern Mining"].reasons), "demand: "), stance["Halvern Mining"].reasons


# 3. A verb of keeping from people what they need is a harmful act of its doer.
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", [
    (_SPRING, "Norvik Beverages turned away the women who came to the spring with buckets.", "Norvik Beverages",
     "harmful act 'turn woman'"),
    (_SPRING, "The bottler, Norvik Beverages, fenced off the spring that the herders had used for centuries.",
     "Norvik Beverages", "harmful act 'fence herder'"),
    (_SPRING, "Norvik Beverages sacked the drivers and the workers who asked for a union.", "Norvik Beverages",
     "harmful act 'sack worker'"),
    (_RIVER, "The Marend army blocked the food convoys on the river road for six weeks.", "Marend",
     "harmful act 'block convoy'"),
    (_RIVER, "The Marend government withheld the salaries of the river clinic's nurses all winter.", "Marend",
     "harmful act 'withhold nurse'"),
    (_RIVER, "The operator, Halvern Mining, polluted the river that feeds the lower valley.", "Halvern Mining",
     "harmful act 'pollute'"),  # harmful_acts.en.tsv: a harm in itself, whoever suffers it
])
def test_keeping_from_people_what_they_need_is_a_harmful_act(piece, passage, actor, reason):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.2, (polarity, reasons)
    assert has_reason(reasons, reason), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_RIVER, "The Marend government cut taxes for the families of the lower Tarsa.", "Marend"),  # no need kept
    (_RIVER, "The Marend army blocked the river road during the flood.", "Marend"),  # a road: no people, no need
    (_RIVER, "The Marend government cut the fishermen's taxes by half.", "Marend"),  # theirs, but no need
    (_RIVER, "The Marend government denied the fishermen's claims about the spill.", "Marend"),  # a claim turned down
    (_SPRING, "Norvik Beverages did not turn away the women who came with buckets.", "Norvik Beverages"),  # negated
    (_SPRING, "Norvik Beverages may withhold the drivers' wages next month.", "Norvik Beverages"),  # modal
])
def test_no_harm_without_people_or_need_or_when_not_asserted(piece, passage, actor):
    stance = author_stance(piece(passage))
    record = next((s for name, s in stance.items() if actor.lower() in name.lower()), None)
    assert record is not None, sorted(stance)  # the actor is read, and its record holds no such harm
    reasons = list(record.reasons)
    assert not any(r.startswith("harmful act '") and r.split("'")[1].split()[0] in
                   ("cut", "block", "turn", "withhold") for r in reasons), reasons


# 4. A verb the parser reads as a noun at the root ("Its brochure thanks ...") keeps its subject: no imperative of
#    the writer's.
@pytest.mark.issue(18)
def test_a_third_party_thanking_is_not_the_writer_taking_a_side():
    stance = author_stance(_SPRING(
        "In October the Kordal Youth League opened a summer camp by the spring. Its brochure thanks its main "
        "sponsor: the Norvik Beverages Foundation, a charity of the bottling company."))
    assert not any(has_reason(list(record.reasons), "side-taking 'thank'") for record in stance.values()), \
        {name: record.reasons for name, record in stance.items()}
