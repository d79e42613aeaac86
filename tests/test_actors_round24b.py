"""Actors round 24b (a2): groups that events need as targets. A group of several states or sides a
request is addressed to ("all states", "countries in the region", "the states that arm them") and
people counted as those a harmful act was done to ("eleven crew members", "hundreds of labourers")
are actors of their own, so that the act has them as its target, not a place or a neighbouring actor.
Every text here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _events(doc, etype: str):
    return [e for e in doc.events if e.type == etype]


def _target_names(doc, event) -> set[str]:
    return {doc.actor(t).name for t in event.target}


# -- groups a request is addressed to -----------------------------------------------------------

def test_all_states_urged_by_a_panel(analyze):
    doc = analyze("Kenya urges all states to halt the sale of rifles to the Chadian army.")
    group = _actor_of(doc, "all states")
    assert group is not None and group.kind == "group" and group.country is None
    assert any("all states" in _target_names(doc, e) for e in _events(doc, "REQUEST"))


def test_countries_in_the_region_called_on(analyze):
    doc = analyze("Ghana and Togo called on all countries in the region to share border intelligence.")
    assert _actor_of(doc, "all countries") is not None
    assert any("all countries" in _target_names(doc, e) for e in _events(doc, "REQUEST"))


def test_states_named_by_a_relative_clause(analyze):
    doc = analyze("The envoy appealed to the states that sell arms to the militias to stop at once.")
    group = _actor_of(doc, "states")
    assert group is not None and group.country is None


def test_all_sides_urged(analyze):
    doc = analyze("Brazil urged all sides to respect the truce.")
    assert any("all sides" in _target_names(doc, e) for e in _events(doc, "REQUEST"))


def test_both_sides_and_bare_states_are_left_alone(analyze):
    doc = analyze("Norway urged both sides to return to the table.")
    assert _actor_of(doc, "both sides") is None and _actor_of(doc, "sides") is None
    doc = analyze("Member states sold weapons to the army for years.")
    assert _actor_of(doc, "states") is None


def test_named_states_are_not_a_group(analyze):
    doc = analyze("The bloc called on the states of the Sahel to join the talks.")
    assert _actor_of(doc, "states") is None


# -- people counted as those a harmful act was done to -----------------------------------------

def test_counted_crew_kidnapped(analyze):
    doc = analyze("Gunmen boarded a cargo ship and kidnapped nine crew members off the coast of Togo.")
    crew = _actor_of(doc, "crew members")
    assert crew is not None and crew.kind == "group"
    assert any("crew members" in _target_names(doc, e) for e in _events(doc, "ASSAULT"))


def test_counted_suspects_arrested(analyze):
    doc = analyze("Police said they had arrested fourteen suspects after the raid on the depot.")
    assert _actor_of(doc, "suspects") is not None
    assert any("suspects" in _target_names(doc, e) for e in _events(doc, "COERCE"))


def test_hundreds_of_labourers_deported(analyze):
    doc = analyze("Hundreds of labourers were deported across the border by the interior ministry.")
    assert _actor_of(doc, "labourers") is not None


def test_counted_hostages_stay_their_owners(analyze):
    doc = analyze("Chadian commandos freed six hostages in a raid on Sunday.")
    assert _actor_of(doc, "hostages") is None


def test_uncounted_or_unharmed_plurals_are_left_alone(analyze):
    doc = analyze("The navy seized two tankers near the strait.")
    assert _actor_of(doc, "tankers") is None
    doc = analyze("The ministry hired forty engineers for the dam.")
    assert _actor_of(doc, "engineers") is None
    doc = analyze("The rebels kidnapped engineers from the site.")
    assert _actor_of(doc, "engineers") is None


def test_counted_victims_are_no_target_of_the_other_acts(analyze):
    doc = analyze("The ministers condemned the raid on a trawler, in which pirates kidnapped six sailors "
                  "from its deck, and demanded a full inquiry.")
    for e in doc.events:
        if e.type != "ASSAULT":
            assert "sailors" not in _target_names(doc, e)


# -- a body introduced by a descriptor noun ----------------------------------------------------

def test_operator_named_after_its_descriptor_is_a_body(analyze):
    doc = analyze("Washington also sanctioned the state tanker operator Sovkraft on Friday.")
    body = _actor_of(doc, "Sovkraft")
    assert body is not None and body.kind != "person"


def test_firm_named_after_its_descriptor_is_a_body(analyze):
    doc = analyze("The shipping firm Dastani was fined by the court.")
    body = _actor_of(doc, "Dastani")
    assert body is not None and body.kind == "organization"


def test_a_leader_after_his_title_stays_a_person(analyze):
    doc = analyze("The opposition leader Mwangi said he would boycott the vote.")
    person = _actor_of(doc, "Mwangi")
    assert person is not None and person.kind == "person"


def test_counted_others_are_no_group(analyze):
    doc = analyze("Two guards were killed and four others were wounded when the convoy was hit.")
    assert _actor_of(doc, "others") is None
