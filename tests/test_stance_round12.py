"""Author stance, round 12 (issue 18): an argument-level reading, checked on sentences written for
this test.

* rebuttal: an actor's claim (its quote, or a "says" / "claims" / "insists" clause) that the writer
  then contradicts counts against the actor: a denial in the writer's voice later in the passage,
  or at the start of the next one (``rebuttal.en.txt``: "the record says otherwise"), a sentence
  opening with "Yet" / "But" / "In fact" that names the claimant, or a "but" / "yet" clause naming
  it in the claim's own sentence;
* sides (in an argued text): the author's firm stance toward an actor carries along the relations the text states
  between actors: whoever helps (arms, funds, supplies, shields, props up) an actor the author
  opposes is opposed, whoever helps one the author favours is favoured, whoever harms one the
  author favours is opposed, and an actor hit by two hostile acts of an opposed actor is favoured;
  a leader with no firm side of their own takes the side of the state they lead; each such item
  names the relation ("sides: helps Belarus, whom the author opposes (...)").
* a rebuttal is the writer's own argument: with the other judging evidence it marks an opinion
  text (``stance._is_opinion``), where the sentiment model alone gives the author no position.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_stance


def _opinion(first: str, relation: str) -> str:
    """An argued text (``stance._is_opinion``: four passages, the author's own judging words toward
    two actors at least) around a sentence that sets the author's side and one that states a relation."""
    return f"{first}\n\nBrussels has been spineless and hypocritical.\n\n{relation}\n\nThe winter will be long."


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,sign,reason", [
    ("Kigali says its troops only guard the border. Yet its guns stand deep inside another country.",
     "RWA", "-", "rebuttal 'yet' of its claim"),
    ("Hanoi insists that the dam harms no one. The river records say otherwise.", "VNM", "-",
     "rebuttal 'say otherwise' of its claim"),
    ("Dushanbe claims it is reforming the courts. It is doing nothing of the kind.", "TJK", "-",
     "rebuttal 'nothing of the kind' of its claim"),
    ("Oslo says it wants talks, but it has cancelled every meeting since May.", "NOR", "-", "rebuttal 'but' of its claim"),
    ("Lima says that the mines are safe.\n\nThe accident reports tell a different story.", "PER", "-",
     "rebuttal 'tell a different story' of its claim"),
    (_opinion("The regime in Minsk is brutal.", "Moscow supplies Minsk with rifles and shields it from every sanction."),
     "RUS", "-", "sides: helps Belarus, whom the author opposes (side-taking 'supply')"),
    (_opinion("We stand with Kyiv.", "Warsaw supplies Kyiv with shells and shelter."), "POL", "+",
     "sides: helps Ukraine, whom the author favours"),
    (_opinion("We stand with Yerevan.", "Baku condemned Yerevan again on Monday."), "AZE", "-",
     "sides: harms Armenia, whom the author favours (side-taking 'condemn')"),
    (_opinion("The regime in Minsk is brutal.", "Belarusian troops shelled Lithuania in March. In April Belarusian "
              "jets bombed Lithuania."), "LTU", "+", "sides: harmed by Belarus, whom the author opposes (ASSAULT"),
    (_opinion("Kigali claims it is only guarding its border. It is doing nothing of the kind.",
              "President Paul Kagame spoke on television on Sunday."), "Paul Kagame", "-",
     "sides: leads Rwanda, whom the author opposes"),
])
def test_round12_rule_gives_sign_and_reason(text, actor, sign, reason):
    assert_author_sign(text, actor, sign, reason)


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor", [
    ("Oslo says talks are needed, but Moscow refuses to attend.", "NOR"),  # the contrast is about someone else
    ("Oslo announced new visas. Yet Oslo still turns most applicants away.", "NOR"),  # an act, not a claim
    ("Accra has insisted that the budget fund the new port, but parliament has not passed its budget.", "GHA"),
    ('Quito said the talks had been "useful" but accused Lima of delaying the work.', "ECU"),  # its own second verb
    (_opinion("The regime in Minsk is brutal.", "Qatar hosted talks between Minsk and Vilnius."), "QAT"),  # a mediator
    ("The regime in Minsk is brutal. Belarusian troops shelled Lithuania in March. In April Belarusian jets bombed "
     "Lithuania.", "LTU"),  # a report, not an argued text: no sides
])
def test_round12_no_rebuttal_or_side_without_the_relation(text, actor):
    record = author_stance(text).get(actor)
    assert record is None or not any(r.startswith(("rebuttal", "sides")) for r in record.reasons), record


@pytest.mark.issue(18)
def test_round12_a_denial_without_a_claimant_gives_no_stance():
    assert author_stance("Critics say the plan will fail. The record says otherwise.") == {}


@pytest.mark.issue(18)
def test_round12_a_leader_with_a_side_of_their_own_keeps_it():
    record = author_stance(_opinion("Kigali claims it is only guarding its border. It is doing nothing of the kind.",
                                    "President Paul Kagame has been brave and honest.")).get("Paul Kagame")
    assert record is not None and record.polarity > 0.2 and not any(r.startswith("sides") for r in record.reasons)
