"""Author stance, round 33o7 (issue 18): op-ed actors the stance stage never scored.

1. The stance stage folds the European Commission into the European Union where both are actors (``body_organs``):
the Commission's mentions are read as the Union's. Round 29o1 gave the organ a record of the evidence said of
the organ itself and none where it is named in passing. Round 33o7: an organ named twice or more, with no record
of its own, gets its body's record (reasons "as its body '...': ..."), so that the reader who asks about the
Commission gets what the text holds against the Union.

2. The actors stage (``recognize._named_bodies_over_state_words``) read "the British Museum" as the state word
"British" on a noun that is no actor, and dropped it: a body named by a state adjective and one capitalised word
is now an organisation of that state, as one with two capitalised words was ("the Tunisian Forum for ...").

The passages were written for this test (a fishing quota, a museum, a council, gas).
"""

from __future__ import annotations

import pytest

from communique import analyze
from conftest import author_stance, has_reason

_QUOTA = ("Our boats stay in port\n\nBy a trawler skipper from the west coast\n\n"
          "For forty years my family has fished the banks west of the islands.\n\n"
          "{}\n\n"
          "We will sail again when the quota is fair, and not before.\n")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "The European Union has betrayed the coastal towns it promised to protect, and its quota is a disgrace. "
    "The European Commission drew up the quota in a closed room. The European Commission then refused every "
    "meeting we asked for.",
    "The European Union has abandoned the coast, a cynical betrayal of every crew. The European Commission "
    "wrote the annex that hands our banks to foreign fleets, and the European Commission signed it in June.",
])
def test_an_organ_named_twice_takes_its_bodys_record(passage):
    stance = author_stance(_QUOTA.format(passage))
    union, commission = stance.get("European Union"), stance.get("European Commission")
    assert union is not None and union.polarity < -0.2, union
    assert commission is not None, sorted(stance)
    assert commission.polarity == union.polarity, (commission.polarity, union.polarity)
    assert has_reason(list(commission.reasons), "as its body 'European Union'"), commission.reasons


@pytest.mark.issue(18)
def test_an_organ_named_once_still_gets_no_record():
    stance = author_stance(_QUOTA.format(
        "The European Union has betrayed the coastal towns it promised to protect, and its quota is a disgrace. "
        "The European Commission published the annex in May, ninety pages long."))
    assert "European Commission" not in stance, stance.get("European Commission")


@pytest.mark.issue(18)
def test_an_organ_with_evidence_of_its_own_keeps_its_own_record():
    stance = author_stance(_QUOTA.format(
        "The European Union has betrayed the coastal towns it promised to protect. We ask that the European "
        "Commission withdraw the quota before the season opens, and that the European Commission meet the crews."))
    commission = stance.get("European Commission")
    assert commission is not None, sorted(stance)
    assert not has_reason(list(commission.reasons), "as its body"), commission.reasons
    assert has_reason(list(commission.reasons), "demand"), commission.reasons


# 2. A body named by a state adjective and one capitalised word is an organisation of that state.
@pytest.mark.parametrize("sentence,name,country", [
    ("Last year the British Museum refused to return the bronzes.", "British Museum", "GBR"),
    ("The Norwegian Council housed the refugees for a winter.", "Norwegian Council", "NOR"),
])
def test_a_state_adjective_and_one_capitalised_word_name_a_body(sentence, name, country):
    actors = {a.name: a for a in analyze(sentence).actors}
    assert name in actors, sorted(actors)
    assert actors[name].kind == "organization" and actors[name].country == country, actors[name]


def test_a_state_adjective_on_a_common_noun_is_still_no_actor():
    assert [a.name for a in analyze("Russian gas still heats half the town.").actors] == []
