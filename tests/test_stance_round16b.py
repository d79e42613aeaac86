"""Author stance, round 16b (issue 18, open round 17 op-eds): a ban on a flow of goods is the state's
own trade measure, not a hostile act that accuses it (``stance_evidence._trade_measure``); a warning
that describes a risk in a clause of its own is a caution, not a threat (``_warns_of_a_risk``); a
capitalised generic noun after "the" is the one body named in full with that last word ("the Union"
for the European Union: ``build.add_short_generic_names``); a bare title of an office a state has one
holder of ("the Auditor-General") is an actor of the country in focus (``build.keep_sole_offices``).
Passages written for this test.
"""

from __future__ import annotations

import pytest

from conftest import author_reasons, author_stance

HEAD = "Notes on a harbour dispute\n\nBy Mirela Dobre, columnist\n\n"
OPENING = "Romania and Bulgaria share a river and a long argument about it. Barges cross it every day."
CLOSING = "There is still time to settle this. A river needs rules that both banks can read."


def _piece(sentence: str) -> str:
    return f"{HEAD}{OPENING}\n\n{sentence}\n\n{CLOSING}\n"


def _asserted_acts(text: str, actor: str) -> list[str]:
    return [r for r in author_reasons(text, actor) if " asserts " in r]


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "In 2021 Romania banned the export of raw timber.",
    "Romania restricted imports of cheap steel last spring.",
    "Romania has banned the sale of unprocessed copper abroad since 2019.",
])
def test_a_ban_on_a_flow_of_goods_accuses_no_one(sentence):
    assert not _asserted_acts(_piece(sentence), "ROU")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Romania banned the opposition party and jailed its leaders.",
    "Romania banned the export of grain to Bulgaria and closed the bridge.",
])
def test_a_ban_on_people_or_aimed_at_a_state_is_still_an_act(sentence):
    assert _asserted_acts(_piece(sentence), "ROU")


@pytest.mark.issue(18)
def test_a_warning_of_a_risk_is_not_a_threat():
    text = _piece("Romania warned in its annual report that the harbour's debts were growing faster "
                  "than its income.")
    assert not _asserted_acts(text, "ROU")


@pytest.mark.issue(18)
def test_a_warning_of_what_the_warner_will_do_stays_a_threat():
    text = _piece("Romania warned that it would close the river to Bulgarian barges.")
    assert _asserted_acts(text, "ROU")


@pytest.mark.issue(18)
def test_the_union_is_the_european_union_named_before():
    text = ("Notes on a steel dispute\n\nBy Mirela Dobre, columnist\n\n"
            "The European Union challenged the steel quotas of Serbia last year.\n\n"
            "Since then the Union has threatened to impose tariffs without waiting for any ruling.\n\n"
            "There is still time to settle this.\n")
    stance = author_stance(text)
    record = stance.get("European Union")
    assert record is not None and stance.get("Union") is record  # "the Union" is a mention of it
    assert record is not None and any("threatened" in r for r in record.reasons), record


@pytest.mark.issue(18)
def test_a_lowercase_union_stays_a_union():
    text = ("Notes on a steel dispute\n\nBy Mirela Dobre, columnist\n\n"
            "The European Union challenged the steel quotas of Serbia last year.\n\n"
            "The union of steelworkers in Smederevo threatened to strike.\n\n"
            "There is still time to settle this.\n")
    record = author_stance(text).get("European Union")
    assert record is None or not any("threatened" in r for r in record.reasons), record


@pytest.mark.issue(18)
def test_the_auditor_general_is_an_actor():
    from communique import analyze

    doc = analyze("Notes on a harbour loan\n\nBy Mirela Dobre, columnist\n\n"
                  "Romania signed a loan for the harbour of Constanta in March.\n\n"
                  "The Auditor-General said in her report that the harbour could not repay it.\n")
    auditors = [a for a in doc.actors if "auditor" in a.name.lower()]
    assert auditors and auditors[0].country == "ROU", [(a.name, a.country) for a in doc.actors]


@pytest.mark.issue(18)
def test_a_bare_generic_title_is_still_dropped():
    from communique import analyze

    doc = analyze("Notes on a harbour loan\n\nBy Mirela Dobre, columnist\n\n"
                  "Romania signed a loan for the harbour of Constanta in March.\n\n"
                  "The minister said in his report that the harbour could repay it.\n")
    assert not [a for a in doc.actors if a.name.lower() in ("minister", "the minister")]


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "The Danube Water Council has measured the river for years. Without its work, this report could not "
    "have been written.",
    "Without the help of the Danube Water Council, the clinic on the river would never have opened.",
])
def test_credit_by_a_counterfactual_favours_the_actor(sentence):
    text = ("Notes on a river\n\nBy Mirela Dobre, columnist\n\n"
            "Romania and Bulgaria share a river and a long argument about it.\n\n"
            f"{sentence}\n\nThere is still time to settle this.\n")
    assert any(r.startswith("credit") for r in author_reasons(text, "Danube Water Council")), \
        author_stance(text)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "The Danube Water Council left the villages without water for a week.",
    "Without the Danube Water Council, the villages got their water on time.",
])
def test_no_counterfactual_no_credit(sentence):
    text = ("Notes on a river\n\nBy Mirela Dobre, columnist\n\n"
            "Romania and Bulgaria share a river and a long argument about it.\n\n"
            f"{sentence}\n\nThere is still time to settle this.\n")
    assert not any(r.startswith("credit") for r in author_reasons(text, "Danube Water Council"))


def test_a_named_body_opening_with_a_state_adjective_is_an_actor():
    from communique import analyze

    doc = analyze("The Romanian Forum for Rural and River Rights counted the closed crossings.")
    assert [(a.name, a.country) for a in doc.actors] == [("Romanian Forum for Rural and River Rights", "ROU")]


def test_a_state_word_on_a_known_organ_keeps_its_reading():
    from communique import analyze

    doc = analyze("The Russian Defence Ministry said the strike hit a depot.")
    assert [(a.name, a.sector) for a in doc.actors] != [] and all(a.country == "RUS" for a in doc.actors)


def test_her_office_is_the_office_holder():
    from communique import analyze

    doc = analyze("Notes on a harbour loan\n\nBy Mirela Dobre, columnist\n\n"
                  "Romania signed a loan for the harbour of Constanta in March.\n\n"
                  "The Auditor-General said in her report that the harbour could not repay it. "
                  "Her office was right.\n")
    auditor = next(a for a in doc.actors if "auditor" in a.name.lower())
    assert "Her office" in [doc.text[s:e] for s, e in auditor.mentions]
