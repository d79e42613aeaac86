"""Actors round 23b (a2): a rebel army named by words of its own is no state's army, and a
state's force named with its state before is the bare noun of that force in a report placed
by its dateline only. Every text here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _mentions(doc, actor) -> list[str]:
    return [doc.text[s:e] for s, e in actor.mentions]


FILED_ABROAD = (
    "OSLO, Mar 3 (Fjord Wire) - The government of Mozambique and two rebel movements signed a ceasefire "
    "in the Norwegian capital on Monday, hosted by Norway's foreign minister.\n\n"
    "Under the deal the Mozambican army will pull back from two districts within a month.\n\n"
    "The Lurio Restoration Army, the largest armed group, stayed away and said it would keep fighting. "
    "The army said it would answer any attack on its bases.\n"
)


def test_a_rebel_army_with_a_name_of_its_own_is_not_the_army(analyze):
    doc = analyze(FILED_ABROAD)
    rebels = _actor_of(doc, "Lurio Restoration Army")
    assert rebels is not None
    assert "army" not in _mentions(doc, rebels)
    assert rebels.country != "NOR"  # the dateline's state is not the rebels'


def test_the_army_after_a_state_army_in_a_report_filed_abroad_is_that_army(analyze):
    doc = analyze(FILED_ABROAD)
    army = _actor_of(doc, "Mozambican army")
    assert army is not None and army.country == "MOZ"
    assert "army" in _mentions(doc, army)


def test_a_dateline_in_the_country_of_the_story_keeps_its_army(analyze):
    doc = analyze("MAPUTO, Mar 3 (Fjord Wire) - The Mozambican army said on Monday it had retaken two villages. "
                  "The army said its units would stay in the district.\n")
    army = _actor_of(doc, "army")
    assert army is not None and army.country == "MOZ"


def test_two_state_armies_named_leave_the_bare_army_alone(analyze):
    doc = analyze("OSLO, Mar 3 (Fjord Wire) - The Mozambican army and the Tanzanian army met for talks in the "
                  "Norwegian capital on Monday.\n\nThe army said the border would stay open.\n")
    moz = _actor_of(doc, "Mozambican army")
    assert moz is not None
    assert "army" not in _mentions(doc, moz)


def test_a_national_army_named_by_state_words_is_still_the_state_army(analyze):
    doc = analyze("Chad's Armed Forces said on Monday the Army of Chad had retaken the town. The army said it "
                  "had lost two soldiers.")
    assert _actor_of(doc, "Armed Forces") is None or _actor_of(doc, "Armed Forces").country == "TCD"


def test_an_officer_in_a_report_filed_abroad_is_of_the_state_force_named_before(analyze):
    doc = analyze(FILED_ABROAD + "\nA military spokesman, Colonel Armando Chissano Mutola, said the troops would leave "
                  "only the two districts.\n")
    officer = _actor_of(doc, "Armando Chissano Mutola")
    assert officer is not None and officer.country == "MOZ"


def test_the_holdout_faction_is_the_one_rebel_army_named(analyze):
    doc = analyze(FILED_ABROAD + "\nNorway's foreign minister urged the holdout faction to join the talks.\n")
    rebels = _actor_of(doc, "Lurio Restoration Army")
    assert rebels is not None
    assert "holdout faction" in _mentions(doc, rebels)


def test_the_faction_with_two_rebel_armies_named_is_left_alone(analyze):
    doc = analyze("OSLO, Mar 3 (Fjord Wire) - The Lurio Restoration Army and the Rovuma Freedom Army both stayed "
                  "away from the ceasefire talks in the Norwegian capital.\n\nNorway urged the faction to return.\n")
    for name in ("Lurio Restoration Army", "Rovuma Freedom Army"):
        group = _actor_of(doc, name)
        assert group is None or "faction" not in _mentions(doc, group)


def test_a_project_named_after_its_town_is_not_the_town(analyze):
    doc = analyze("Volunteers of the Kashgar Memory Project photographed every grave before the bulldozers came to "
                  "Kashgar. The Kashgar Memory Project said the families had not been told.")
    body = _actor_of(doc, "Kashgar Memory Project")
    assert body is not None and body.kind == "organization"
    assert "Kashgar" not in _mentions(doc, body) or body.name != "Kashgar"


def test_a_town_alone_stays_a_place(analyze):
    doc = analyze("Families in Kashgar said the graves of their parents had been moved without notice.")
    town = _actor_of(doc, "Kashgar")
    assert town is None or town.kind == "location"
