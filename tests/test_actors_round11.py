"""Actors round 11 (issues 17 and 18): a capital is its state where it acts as one (speaks,
decides, owns a policy, is criticised, pressed or warned) and a place where something happens
there; "the government of X", "X's rulers" and "the regime in X" are X's government. Every text
here was written for these tests."""

from __future__ import annotations

import pytest


def _mentions(doc) -> dict[str, tuple[str, str | None, str | None]]:
    """``{mention text: (kind, country, key)}`` of the document's actors."""
    return {doc.text[s:e]: (a.kind, a.country, a.key) for a in doc.actors for s, e in a.mentions}


@pytest.mark.parametrize(("text", "capital", "state"), [
    ("Minsk dismissed the report as a provocation.", "Minsk", "BLR"),
    ("Vilnius announced that the crossing would reopen.", "Vilnius", "LTU"),
    ("Berlin's policy on the pipeline has not changed.", "Berlin", "DEU"),
    ("The criticism of Minsk grew louder after the vote.", "Minsk", "BLR"),
    ("The parliament sent a stern warning to Minsk.", "Minsk", "BLR"),
    ("The pressure from Moscow is growing every week.", "Moscow", "RUS"),
    ("Support for Beijing has faded across the region.", "Beijing", "CHN"),
    ("According to Vilnius, the border will stay closed.", "Vilnius", "LTU"),
    ("The mayor has always been loyal to Moscow.", "Moscow", "RUS"),
    ("It was Minsk that let the convoy cross the border.", "Minsk", "BLR"),
    ("The opposition leader is a close ally of Moscow.", "Moscow", "RUS"),
    ("A loan from Beijing kept the harbour project alive.", "Beijing", "CHN"),
])
def test_a_capital_that_acts_is_its_state(analyze, text, capital, state):
    assert _mentions(analyze(text))[capital] == ("state", state, state)


@pytest.mark.parametrize(("text", "capital"), [
    ("The foreign ministers met in Minsk on Tuesday.", "Minsk"),
    ("The prime minister flew to Berlin for the summit.", "Berlin"),
    ("A trade envoy travelled to Vilnius last week.", "Vilnius"),
    ("The streets of Minsk were empty on Sunday.", "Minsk"),
    ("Minsk's streets were empty on Sunday.", "Minsk"),
    ("Minsk is a city of two million people.", "Minsk"),
    ("The delegation left for Moscow on Friday.", "Moscow"),
    ("The agency moved to Berlin in the spring.", "Berlin"),
    ("The move to Berlin cost the agency dearly.", "Berlin"),
])
def test_a_capital_where_something_happens_stays_a_place(analyze, text, capital):
    kind, _, key = _mentions(analyze(text))[capital]
    assert kind == "location" and key.startswith("place:")


@pytest.mark.parametrize(("text", "phrase", "state"), [
    ("The government of Belarus rejected the proposal.", "government of Belarus", "BLR"),
    ("Belarus's rulers rejected the proposal.", "Belarus's rulers", "BLR"),
    ("Warsaw accused the rulers of Belarus of staging the crisis.", "rulers of Belarus", "BLR"),
    ("Ukraine accused Moscow's leadership of lying.", "Moscow's leadership", "RUS"),
])
def test_a_government_phrase_is_its_state(analyze, text, phrase, state):
    assert _mentions(analyze(text))[phrase] == ("state", state, state)


@pytest.mark.parametrize(("text", "noun", "place", "state"), [
    ("Lithuania condemned the regime in Minsk for the arrests.", "regime", "Minsk", "BLR"),
    ("France welcomed the decision of the government in Kyiv.", "government", "Kyiv", "UKR"),
    ("Poland sent a note to the authorities in Minsk.", "authorities", "Minsk", "BLR"),
    ("The Moscow-backed regime in Minsk jailed a reporter.", "regime", "Minsk", "BLR"),
])
def test_the_government_in_a_capital_is_one_state_actor(analyze, text, noun, place, state):
    doc = analyze(text)
    found = _mentions(doc)
    assert found[noun] == found[place] == ("state", state, state)
    assert not [a for a in doc.actors if a.kind == "location"]


def test_the_regime_in_a_capital_is_the_target_of_an_accusation(analyze):
    doc = analyze("Lithuania condemned the regime in Minsk for the arrests.")
    belarus = next(a.id for a in doc.actors if a.key == "BLR")
    assert [list(e.target) for e in doc.events if e.type == "ACCUSE"] == [[belarus]]


def test_capitals_acting_in_an_opinion_piece_fold_into_their_states(analyze):
    text = ("The winter of the neighbours\n\nBy Ona Kalvaitis, columnist\n\n"
            "I write from Vilnius, where the snow came early this year. Minsk claims to guard its own "
            "independence, yet it is Minsk that lets foreign troops camp on its soil. Moscow pays for the "
            "privilege with loans and cheap gas, and Beijing sells the cameras that watch every square.\n\n"
            "Vilnius opened its schools to the exiles, and its government has never wavered.\n")
    doc = analyze(text)
    found = _mentions(doc)
    assert found["Moscow"] == ("state", "RUS", "RUS")
    assert found["Beijing"] == ("state", "CHN", "CHN")
    assert {a.key for a in doc.actors if a.country == "BLR"} == {"BLR"}
    keys = {s: a.key for a in doc.actors for s, _ in a.mentions}
    first, second = (k for k in range(len(text)) if text.startswith("Vilnius", k))
    assert (keys[first], keys[second]) == ("place:vilnius", "LTU")


def test_a_bare_regime_is_the_regime_named_before_it(analyze):
    text = ("The regime in Minsk jailed two more reporters this week. Lithuania protested at once.\n\n"
            "Moscow keeps the regime afloat with cheap loans.\n")
    doc = analyze(text)
    keys = {doc.text[s:e]: a.key for a in doc.actors for s, e in a.mentions}
    regimes = [a.key for a in doc.actors for s, e in a.mentions if doc.text[s:e] == "regime"]
    assert regimes == ["BLR", "BLR"] and keys["Moscow"] == "RUS"


def test_a_bare_regime_with_none_named_takes_the_country_in_focus(analyze):
    doc = analyze("Protests spread across Belarus on Sunday. The regime answered with arrests.")
    assert [a.key for a in doc.actors for s, e in a.mentions if doc.text[s:e] == "regime"] == ["BLR"]


@pytest.mark.parametrize(("text", "phrase", "state"), [
    ("Poland criticised the Lukashenko regime over the border.", "Lukashenko regime", "BLR"),
    ("Poland criticised Lukashenko's regime over the border.", "Lukashenko's regime", "BLR"),
    ("The Maduro government closed the crossing.", "Maduro government", "VEN"),
    ("The government of Ilham Aliyev closed the only road.", "government of Ilham Aliyev", "AZE"),
])
def test_a_government_named_by_its_leader_is_the_state(analyze, text, phrase, state):
    doc = analyze(text)
    assert _mentions(doc)[phrase] == ("state", state, state)
    persons = [a for a in doc.actors if a.kind == "person"]  # the leader too (round 12), over the name only
    assert len(persons) == 1 and persons[0].country == state and persons[0].key.startswith("person:")
    assert all(doc.text[s:e] in phrase and doc.text[s:e] != phrase for s, e in persons[0].mentions)


@pytest.mark.parametrize(("text", "name"), [
    ("Lukashenko's speech lasted three hours.", "Lukashenko"),
    ("Critics of Ilham Aliyev were jailed.", "Ilham Aliyev"),
])
def test_a_leader_on_a_noun_that_is_no_government_stays_the_leader(analyze, text, name):
    assert _mentions(analyze(text))[name][0] == "person"


@pytest.mark.parametrize(("text", "people", "state"), [
    ("Young Algerians blocked the roads to demand jobs from the government.", "Young Algerians", "DZA"),
    ("Ordinary Russians are paying for the war.", "Ordinary Russians", "RUS"),
])
def test_a_people_described_is_a_group_of_its_state(analyze, text, people, state):
    assert _mentions(analyze(text))[people] == ("group", state, f"{state}:CVL")


def test_protesters_of_a_state_and_its_leaders_government_stay_two_parties(analyze):
    doc = analyze("Angry Algerians protested against the Bouteflika government.")
    keys = {a.id: a.key for a in doc.actors}
    assert [(keys[e.source[0]], keys[e.target[0]]) for e in doc.events if e.type == "PROTEST"] == [("DZA:CVL", "DZA")]
