"""The country in focus where an actor stands (issue 17): a story about two or three
countries has no single story country, so the unqualified domestic actors ("the coast
guard", "officials", "the opposition") take the country of their sentence or paragraph;
one actor per person across a repeated title and a surname the model mislabels; a
person's country from a title after the name. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

import communique
from communique.actors.build import Focus

TWO_COASTS = ("Ferry sinks between two coasts\n\n"
              "A ferry carrying 300 passengers sank on Tuesday between Greece and Turkey.\n\n"
              "In Athens, the coast guard said 40 people had been rescued. Officials said the search "
              "would go on through the night.\n\n"
              "Turkish officials said the coast guard had found 12 more survivors. The health ministry sent "
              "doctors to the port, and the opposition asked why the ferry had been allowed to sail.")

BORDER = ("Shelling on the border\n\n"
          "Armenia and Azerbaijan accused each other of shelling villages on Tuesday.\n\n"
          "In Yerevan, the defence ministry said two soldiers had been killed. The opposition called for "
          "the government to resign.\n\n"
          "Azerbaijan's foreign ministry rejected the claim. Officials in Baku said the shelling had begun "
          "at dawn.")


def _countries(doc, text):
    """The countries of the actors with a mention reading ``text``, in mention order."""
    out = []
    for s, e in sorted(sp for a in doc.actors for sp in a.mentions):
        if doc.text[s:e] == text:
            out.append(next(a.country for a in doc.actors if (s, e) in a.mentions))
    return out


@pytest.mark.issue(17)
def test_actors_focus_each_mention_takes_the_country_of_its_paragraph(analyze):
    doc = analyze(TWO_COASTS, published="2024-03-04")
    communique.validate(doc)
    assert _countries(doc, "coast guard") == ["GRC", "TUR"]  # two coast guards, two actors
    assert _countries(doc, "health ministry") == ["TUR"]
    assert _countries(doc, "opposition") == ["TUR"]
    assert _countries(doc, "Officials") == ["GRC"]  # the sentence before, in the same paragraph


@pytest.mark.issue(17)
def test_actors_focus_government_nouns_join_the_state_in_focus(analyze):
    doc = analyze(BORDER, published="2024-03-04")
    armenia = next(a for a in doc.actors if a.key == "ARM")
    azerbaijan = next(a for a in doc.actors if a.key == "AZE")
    assert {"defence ministry", "government"} <= {doc.text[s:e] for s, e in armenia.mentions}
    assert "Officials" in {doc.text[s:e] for s, e in azerbaijan.mentions}
    assert _countries(doc, "opposition") == ["ARM"]


@pytest.mark.issue(17)
def test_actors_focus_government_noun_without_a_country_is_no_actor(analyze):
    doc = analyze("Officials said the meeting had gone well. The ministry will publish its notes.",
                  published="2024-03-04")
    assert not [a for a in doc.actors if a.name.lower() in ("officials", "ministry")]


@pytest.mark.issue(17)
def test_actors_focus_city_gives_the_country(analyze):
    doc = analyze("Protests spread from Mombasa to Kisumu on Friday. The police fired tear gas, and the "
                  "opposition called a strike.", published="2024-03-04")
    assert _countries(doc, "police") == ["KEN"]
    assert _countries(doc, "opposition") == ["KEN"]


@pytest.mark.parametrize("marks, story, offset, expected", [
    ([(5, "GRC"), (60, "TUR")], None, 20, "GRC"),          # before it in its sentence
    ([(5, "GRC"), (10, "TUR")], None, 20, None),           # two countries: none ...
    ([(5, "GRC"), (10, "TUR")], "TUR", 20, "TUR"),         # ... unless one is the story's
    ([(45, "GRC")], None, 70, "GRC"),                      # the earlier sentence of its paragraph
    ([(45, "GRC")], "TUR", 120, "TUR"),                    # a new paragraph: the story's country
    ([(45, "GRC"), (125, "KEN")], None, 110, "KEN"),       # nothing before: after it in its sentence
])
def test_actors_focus_order_of_the_evidence(marks, story, offset, expected):
    text = ("a" * 39 + ". ") + ("b" * 48 + ".\n") + ("c" * 48 + ".")  # sentences at 0, 41, 91; paragraph at 91
    focus = Focus(text, [0, 41, 91], marks, story)
    assert focus.at(offset) == expected


@pytest.mark.issue(17)
@pytest.mark.parametrize("title", ["Senate Minority Leader", "minority leader"])
def test_actors_focus_repeated_title_is_the_person(analyze, title):
    doc = analyze(f"Senate Minority Leader Ruth Calder criticised the bill on Monday. The {title} "
                  "said the vote had been rushed.", published="2024-03-04")
    calder = next(a for a in doc.actors if a.name == "Ruth Calder")
    assert [doc.text[s:e] for s, e in calder.mentions] == ["Ruth Calder", title]
    assert len([a for a in doc.actors if a.kind == "person" or "leader" in a.name.lower()]) == 1


@pytest.mark.issue(17)
def test_actors_focus_shorter_title_is_the_one_person_holding_it(analyze):
    doc = analyze("Health minister Asha Mwangi of Kenya visited Kisumu on Monday. The minister promised more "
                  "nurses.", published="2024-03-04")
    mwangi = next(a for a in doc.actors if a.name == "Asha Mwangi")
    assert "minister" in [doc.text[s:e] for s, e in mwangi.mentions]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, full, surname", [
    ("Ilse Varga, the head of the Danube Shipping Union, called the strike. Varga said the talks had failed.",
     "Ilse Varga", "Varga"),
    ("The talks in Vienna were led by Dmitri Orlov, Russia's deputy foreign minister. Orlov told reporters "
     "the meeting was useful.", "Dmitri Orlov", "Orlov"),
])
def test_actors_focus_surname_joins_whatever_its_label(analyze, text, full, surname):
    doc = analyze(text, published="2024-03-04")
    people = [a for a in doc.actors if surname in a.name]
    assert len(people) == 1 and people[0].name == full
    assert surname in [doc.text[s:e] for s, e in people[0].mentions]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, name, country", [
    ("Anna Lind, who served as Sweden's foreign minister until 2019, said nothing.", "Anna Lind", "SWE"),
    ("Tomas Brandt, a former German ambassador to Kenya, criticised the plan.", "Tomas Brandt", "DEU"),
    ("Lucia Moreno, Chile's former defence minister, agreed with him.", "Lucia Moreno", "CHL"),
    ("Jan Novak, Poland's deputy foreign minister, met the delegation.", "Novak", "POL"),
    ("Burisma, a Ukrainian gas firm, denied it. Jane Okafor, spokesperson for the Kenya Red Cross, said 20 people "
     "were hurt.", "Jane Okafor", "KEN"),  # a national branch of a body of no country
])
def test_actors_focus_title_after_the_name_gives_the_country(analyze, text, name, country):
    doc = analyze(text, published="2024-03-04")
    person = next(a for a in doc.actors if name in a.name)
    assert person.country == country


@pytest.mark.issue(17)
def test_actors_focus_names_take_the_states_of_their_shared_title_in_order(analyze):
    doc = analyze("Peruvian trade minister Rosa Quispe and her Bolivian, Ecuadorian and Colombian counterparts, "
                  "Marco Flores, Diana Torres and Felipe Rojas, respectively, gathered in Lima on Tuesday.",
                  published="2024-03-04")
    countries = {a.name: a.country for a in doc.actors if a.kind == "person"}
    assert countries == {"Rosa Quispe": "PER", "Marco Flores": "BOL", "Diana Torres": "ECU", "Felipe Rojas": "COL"}


@pytest.mark.issue(17)
def test_actors_focus_title_read_before_a_name_the_parse_splits(analyze):
    doc = analyze("Budget talks in Washington\n\nUS lawmakers met on Friday. Secretary of State Mara Quill said "
                  "the talks had failed. Quill flew to Ottawa later.", published="2024-03-04")
    quill = next(a for a in doc.actors if a.name == "Mara Quill")
    assert quill.role == "Secretary of State" and quill.country == "USA"


@pytest.mark.issue(17)
def test_actors_focus_dateline_sets_the_story_country(analyze):
    doc = analyze("NAIROBI, Kenya (Wire) — Officials said on Monday that the border with Somalia and Ethiopia "
                  "would reopen next week.\n\nTalks with both neighbours went well, a diplomat said.\n\n"
                  "The police will patrol the crossing points.", published="2024-03-04")
    assert _countries(doc, "police") == ["KEN"]


def test_title_joined_to_its_person_is_no_holder_afterwards():
    """A bare title group that another title pointed at may already be joined to its
    person: the later title finds no holder left, and nothing fails (a KeyError before)."""
    from communique.actors.build import Group, merge_titles
    from communique.actors.resolve import ActorGuess

    def person(name, role, how, key=None):
        return ActorGuess(name, "person", None, None, role, key, how=how)

    groups = {
        "~officer": Group("~officer", [person("officer", "security officer", "office")],
                          [(40, 47)], ["officer"]),
        "person:dana-holt": Group("person:dana-holt", [person("Dana Holt", "officer", "model:person",
                                                              "person:dana-holt")], [(0, 9)], ["Dana Holt"]),
        "~security officer": Group("~security officer",
                                   [ActorGuess("security officer", "group", None, None, None, None, how="noun")],
                                   [(60, 76)], ["security officer"]),
    }
    merge_titles(groups)
    assert "~officer" not in groups
    assert (40, 47) in groups["person:dana-holt"].spans
    assert "~security officer" in groups
