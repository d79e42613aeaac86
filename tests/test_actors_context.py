"""Actors in the context of their document (issue 17): the country a story is set in
for the domestic actors it leaves unqualified, one actor per person across full name,
surname and bare title, an organisation's country from its own words. Every text here
was written for these tests."""

from __future__ import annotations

import pytest

import communique
from communique.actors.build import Group, story_country
from communique.actors.resolve import ActorGuess

SET_IN_KENYA = ("Kenya extends curfew\n\nKenya's government extended the night curfew on Monday. Kenyan "
                "ministers said the measure would last a month. In Mombasa, the National Police said they had "
                "detained forty people, and health officials urged calm. The parliament will debate the "
                "curfew on Thursday, and Kenya's opposition has promised to fight it.")


def _actor(doc, text):
    """The actor with a mention reading ``text``."""
    return next((a for a in doc.actors if any(doc.text[s:e] == text for s, e in a.mentions)), None)


@pytest.mark.issue(17)
@pytest.mark.parametrize("mention", ["National Police", "health officials", "parliament"])
def test_actors_context_domestic_actor_takes_the_story_country(analyze, mention):
    doc = analyze(SET_IN_KENYA, published="2024-03-04")
    communique.validate(doc)
    actor = _actor(doc, mention)
    assert actor is not None and actor.country == "KEN"


@pytest.mark.issue(17)
def test_actors_context_no_story_country_when_two_countries_share_the_story(analyze):
    doc = analyze("Chile and Peru signed a fishing accord in Lima on Monday. Chilean and Peruvian ministers "
                  "praised it, and the coast guard will patrol the shared waters from June. Peru and Chile "
                  "will meet again in Santiago.", published="2024-03-04")
    guard = _actor(doc, "coast guard")
    assert guard is not None and guard.country is None


def _group(key, country, n, kind="state"):
    guess = ActorGuess(key, kind, country, None, None, key, "state:name")
    return Group(key, [guess], [(i * 10, i * 10 + 5) for i in range(n)], [key] * n)


@pytest.mark.issue(17)
@pytest.mark.parametrize("counts, title, expected", [
    ({"KEN": 5, "UGA": 1}, None, "KEN"),
    ({"KEN": 3, "UGA": 2}, None, None),  # no clear lead
    ({"KEN": 2}, None, None),  # too few mentions
    ({"KEN": 2, "UGA": 2}, (0, 12), "KEN"),  # the title's mentions count twice
])
def test_actors_context_story_country_needs_a_clear_majority(counts, title, expected):
    groups = {c: _group(c, c, n) for c, n in counts.items()}
    if title:  # the first KEN mention lies in the title, the UGA ones after it
        groups["UGA"].spans = [(100 + i, 105 + i) for i in range(len(groups["UGA"].spans))]
    assert story_country(groups, title) == expected


@pytest.mark.issue(17)
def test_actors_context_bare_title_in_the_story_country_is_its_holder(analyze):
    doc = analyze("Budget fight in Washington\n\nUnited States lawmakers failed to pass the budget on Friday, "
                  "and the US government partly shut down. The President insists that the budget fund his "
                  "border plans, US officials said.", published="2019-01-05")
    trump = next(a for a in doc.actors if a.key == "person:donald-trump")
    assert "President" in [doc.text[s:e] for s, e in trump.mentions]


@pytest.mark.issue(17)
def test_actors_context_bare_title_without_holder_is_no_actor(analyze):
    doc = analyze("The minister said the plan was sound. Nobody else spoke.", published="2024-03-04")
    assert _actor(doc, "minister") is None
    assert [q.speaker for q in doc.quotes] == [None]


@pytest.mark.issue(17)
def test_actors_context_surname_joins_the_full_name(analyze):
    doc = analyze("Poland's Interior Minister Tomasz Wilczek offered to resign on Monday. Wilczek filed the "
                  "letter after a leaked recording, and Wilczek's deputy will stand in.", published="2024-03-04")
    persons = [a for a in doc.actors if a.kind == "person"]
    assert len(persons) == 1 and persons[0].country == "POL"
    assert [doc.text[s:e] for s, e in persons[0].mentions].count("Wilczek") == 2


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, name, country", [
    ("Harbour Relief Foundation, a Lisbon-based charity, paid for the evacuation flight.",
     "Harbour Relief Foundation", "PRT"),
    ("The patient was flown out by Lisbon charity Harbour Relief Foundation on Sunday.",
     "Harbour Relief Foundation", "PRT"),
    ("Speaking to a radio station, the head of the Portuguese Sailors' Union, Rui Tavares Pinto, said the "
     "strike would go on.", "Rui Tavares Pinto", "PRT"),
    ("Interior Minister Tomasz Wilczek of Poland offered to resign on Monday.", "Tomasz Wilczek", "POL"),
    ("The ministry fined Baltic Ferry Lines of Estonia for the delay.", "Baltic Ferry Lines", "EST"),
    ("Lena Hartmann, a member of Parliament, said the vote was close. German officials agreed, and "
     "Germany's cabinet will meet. Berlin is calm.", "Lena Hartmann", "DEU"),
])
def test_actors_context_country_from_the_actor_own_words(analyze, text, name, country):
    doc = analyze(text, published="2024-03-04")
    actor = next(a for a in doc.actors if name in a.name)
    assert actor.country == country


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, absent, present", [
    ("Tom Merkel, a farmer near the border, said the fence had cut his land in two.",
     "person:angela-merkel", "person:tom-merkel"),
    ("Mark Biden, who runs a bakery in the town, said prices had doubled.", "person:joe-biden", "person:mark-biden"),
    ("Chancellor Merkel met Mr Biden in Berlin.", None, "person:angela-merkel"),
    ("Mr. Biden and Angela Dorothea Merkel spoke by phone.", None, "person:joe-biden"),
])
def test_actors_context_namesake_of_a_known_person_is_someone_else(analyze, text, absent, present):
    keys = [a.key for a in analyze(text, published="2016-03-01").actors]
    assert present in keys
    assert absent is None or absent not in keys


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, key", [
    ("Iran-backed militias fired rockets at the base.", "IRN"),
    ("Moscow-backed separatists shelled the town.", "RUS"),  # a capital as the backer: its state
    ("The Qatar-brokered talks resumed on Monday.", "QAT"),
    ("The Saudi-led coalition struck the port.", "SAU"),
])
def test_actors_context_backer_of_a_hyphen_compound_is_an_actor(analyze, text, key):
    assert key in [a.key for a in analyze(text, published="2024-03-01").actors]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, key, country", [
    ("The Haqqani network claimed the attack.", "group:haqqani-network", "AFG"),
    ("The Polisario Front said it had shelled a Moroccan post.", "group:polisario", "MAR"),
    ("The Kachin Independence Army seized a border post.", "group:kia", "MMR"),
    ("Fighters of Asaib Ahl al-Haq marched in Baghdad.", "group:asaib-ahl-al-haq", "IRQ"),
])
def test_actors_context_armed_groups_of_the_knowledge_base(analyze, text, key, country):
    assert (key, country) in [(a.key, a.country) for a in analyze(text, published="2024-03-01").actors]
