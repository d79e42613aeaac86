"""Actors round 10 (issues 16 and 17): a state's people counted ("hundreds of Georgians") are a
group of that state, a state's goods name the state, a state's language is no actor; and the
quote stage knows a speaker's gender from their given name. Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from communique.names import title_gender


def _actors(doc) -> list[tuple[str, str, str | None]]:
    return [(doc.text[s:e], a.kind, a.country) for a in doc.actors for s, e in a.mentions]


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Hundreds of Georgians marched to the town hall on Sunday.", "Georgians", "GEO"),
    ("Police detained dozens of Armenians near the border.", "Armenians", "ARM"),
    ("A group of Syrians crossed the river at night.", "Syrians", "SYR"),
    ("Thousands of Chinese gathered outside the stadium.", "Chinese", "CHN"),
])
def test_counted_people_of_a_state_are_a_group_of_it(analyze, text, word, country):
    assert (word, "group", country) in _actors(analyze(text))


def test_counted_people_are_a_party_to_the_event(analyze):
    doc = analyze("Border guards detained dozens of Armenians near the crossing.")
    people = next(a.id for a in doc.actors if a.name == "Armenians")
    assert any(people in e.target for e in doc.events)


def test_a_state_adjective_inside_a_name_stays_one_actor(analyze):
    doc = analyze("Hundreds of Georgians wrote to the Chinese Foreign Ministry.")
    assert [a.name for a in doc.actors if a.country == "CHN"] == ["Chinese Foreign Ministry"]


@pytest.mark.parametrize("text", [
    "The mayor spoke in Russian and then in French.",
    "The leaflet was printed in Turkish and Arabic.",
    "The new envoy speaks Portuguese.",
])
def test_a_language_is_no_actor(analyze, text):
    assert not [a for a in analyze(text).actors if a.kind == "state"]


@pytest.mark.parametrize("text", ["The decision angered the French.", "Poles voted on Sunday."])
def test_a_people_alone_is_still_its_state(analyze, text):
    assert [a.kind for a in analyze(text).actors] == ["state"]


def test_a_state_s_goods_name_the_state(analyze):
    doc = analyze("Norway raised tariffs on Chilean goods.")
    assert ("Chilean", "state", "CHL") in _actors(doc)


def test_a_state_word_on_a_thing_is_still_no_actor(analyze):
    assert analyze("Russian gas prices fell in March.").actors == []


def test_title_gender_reads_given_names_from_the_neutral_layer():
    text = "Lena Dahl met Pavel Marek."
    assert title_gender(text, 0, 9) == "f"
    assert title_gender(text, 14, 25) == "m"


def test_a_pronoun_speaker_skips_a_woman_known_by_her_given_name(analyze):
    doc = analyze('Lena Dahl accused Pavel Marek of lying. "It is a smear," he said.')
    quote = next(q for q in doc.quotes if q.text.startswith("It is a smear"))
    assert next(a.name for a in doc.actors if a.id == quote.speaker) == "Pavel Marek"
