"""Author stance, round 15c (issue 18): a state attacked only through its organs. The author's evidence
toward a state's police, security service, courts or ministries (``stance.organ_map``) counts, at
``ORGAN_SHARE``, for the state too, each item with its organ in the reason; not where the author's own
evidence toward the state has the opposite sign, and not for a country's lawyers, who are no organ of
the state. The organ keeps its own record. Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_stance, opinion_piece

HEAD = "Letters from the valley\n\nBy Ilse Varga, columnist\n\n"
OPENING = "Moldova held its local elections in the spring. Turnout was low, and the count took a week."
CLOSING = "There is still time to act. A fair count needs observers, ballots and a date."


_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,organ", [
    ("The Moldovan police were brutal and cowardly at the polling stations.", "Moldovan police"),
    ("The Moldovan security service is a cruel and lawless machine.", "Moldovan security service"),
    ("The Moldovan courts have become a cruel farce.", "Moldovan courts"),
    ("The country's police were brutal and cowardly at the polling stations.", "country's police"),
])
def test_an_organs_evidence_counts_for_its_state(sentence, organ):
    text = _piece(sentence)
    assert_author_sign(text, organ, "-", "evaluative")
    assert_author_sign(text, "MDA", "-", f"via its organ '{organ}'")


@pytest.mark.issue(18)
def test_the_organ_counts_less_than_itself():
    stance = author_stance(_piece("The Moldovan security service is a cruel and lawless machine."))
    assert stance["MDA"].polarity > stance["Moldovan security service"].polarity


@pytest.mark.issue(18)
def test_the_states_own_opposite_evidence_wins():
    text = _piece("Moldova deserves praise for its reforms. The Moldovan police were brutal and cowardly "
                  "at the polling stations.")
    assert_author_sign(text, "Moldovan police", "-", "evaluative 'brutal'")
    assert_author_sign(text, "MDA", "+", "deserves")
    assert not any("via its organ" in r for r in author_stance(text)["MDA"].reasons)


@pytest.mark.issue(18)
def test_lawyers_are_no_organ_of_the_state():
    stance = author_stance(_piece("Moldovan lawyers were brave and tireless at the polling stations."))
    assert stance["Moldovan lawyers"].polarity > 0.2
    assert not any("via its organ" in r for r in stance["MDA"].reasons)


@pytest.mark.issue(18)
def test_organ_map_needs_the_state_as_an_actor():
    from types import SimpleNamespace as Actor

    from communique.rhetoric.stance import organ_map

    state = Actor(id="a1", kind="state", country="MDA", sector="GOV", name="Moldova")
    police = Actor(id="a2", kind="organization", country="MDA", sector="COP", name="Moldovan police")
    lawyers = Actor(id="a3", kind="organization", country="MDA", sector="JUD", name="lawyers")
    firms = Actor(id="a4", kind="organization", country="MDA", sector="BUS", name="Moldovan firms")
    assert organ_map([state, police, lawyers, firms], {}) == {"a2": "a1"}
    assert organ_map([police], {}) == {}
    assert organ_map([state, police], {"a2": "a1"}) == {}
