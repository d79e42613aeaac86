"""Actors round 12 (issues 17/18): actors named inside another actor's mention or by the
form of their state. Every text here was written for these tests."""

from __future__ import annotations


def actor(doc, name: str):
    return next((a for a in doc.actors if a.name == name), None)


def said(doc, a) -> list[str]:
    return [doc.text[s:e] for s, e in a.mentions]


def test_a_leader_inside_his_government_is_an_actor_too(analyze):
    doc = analyze("Paul Kagame's government denied the report. Rwanda says its border is at risk.")
    kagame = actor(doc, "Paul Kagame")
    assert kagame is not None and kagame.kind == "person" and kagame.key == "person:paul-kagame"
    assert said(doc, kagame) == ["Paul Kagame"]
    rwanda = actor(doc, "Rwanda")
    assert rwanda.sector == "GOV" and "Paul Kagame's government" in said(doc, rwanda)


def test_the_government_of_a_leader_gives_one_person_across_mentions(analyze):
    doc = analyze("The government of Nicolás Maduro signed the oil deal. Maduro later praised the buyers.")
    persons = [a for a in doc.actors if a.key == "person:nicolas-maduro"]
    assert len(persons) == 1
    assert said(doc, persons[0]) == ["Nicolás Maduro", "Maduro"]
    assert actor(doc, "Venezuela").sector == "GOV"


def test_the_kingdom_is_the_kingdom_the_text_is_about(analyze):
    doc = analyze("Jordan opened a new port in Aqaba. Jordanian officials said trade would grow. "
                  "Critics say the kingdom still taxes imports heavily, and Egypt agreed.")
    jordan = actor(doc, "Jordan")
    assert "kingdom" in said(doc, jordan)


def test_a_form_word_the_parse_joined_to_a_noun_is_cut_off(analyze):
    doc = analyze("Morocco hosted the summit in Rabat. Moroccan officials praised it. "
                  "Spain and Italy sell the kingdom helicopters every year.")
    assert "kingdom" in said(doc, actor(doc, "Morocco"))
    assert not any(a.name.startswith("kingdom") for a in doc.actors)


def test_an_emirate_and_an_island_nation(analyze):
    doc = analyze("Qatar hosted the talks in Doha. Officials said the emirate would keep mediating.")
    assert "emirate" in said(doc, actor(doc, "Qatar"))
    doc = analyze("Jamaica raised its tariffs. Jamaican officials defended the plan. "
                  "The island nation depends on imported fuel.")
    assert "island nation" in said(doc, actor(doc, "Jamaica"))


def test_no_state_of_that_form_or_two_alike_make_no_actor(analyze):
    doc = analyze("Chile raised its tariffs. The kingdom of the north was a legend.")
    assert all("kingdom" not in said(doc, a) for a in doc.actors)
    doc = analyze("Jordan and Morocco signed a trade deal. The kingdom said it was pleased.")
    assert all("kingdom" not in said(doc, a) for a in doc.actors)
    doc = analyze("Officials of the Kingdom of Tonga met the press.")
    assert all(said(doc, a) != ["Kingdom"] for a in doc.actors)


def test_a_name_with_a_lower_case_particle_is_a_person(analyze):
    doc = analyze("Nadia al-Rashedi spent two years in prison. The court later freed Nadia al-Rashedi.")
    nadia = actor(doc, "Nadia al-Rashedi")
    assert nadia is not None and nadia.kind == "person" and len(nadia.mentions) == 2


def test_the_government_called_on_in_a_capital_is_that_state(analyze):
    doc = analyze("In Nairobi, opposition leader Tomas Wekesa called on the government to free the students.")
    government = next(a for a in doc.actors if doc.text[a.mentions[0][0]:a.mentions[0][1]] == "government")
    assert government.kind == "state" and government.country == "KEN"
    assert actor(doc, "Tomas Wekesa").country == "KEN"


def test_the_government_is_no_head_of_government_named_before(analyze):
    doc = analyze("Kenya's head of government, Amos Wanjala, defended the budget. In Nairobi, "
                  "opposition leader Tomas Wekesa called on the government to resign.")
    assert said(doc, actor(doc, "Amos Wanjala")) == ["Kenya's head of government", "Amos Wanjala"]
    government = next(a for a in doc.actors if "government" in said(doc, a))
    assert government.kind == "state" and government.country == "KEN"


def test_a_mixed_case_acronym_is_no_ordinary_word(analyze):
    # "LeT" (a knowledge-base alias) must not match the verb opening a spokesperson's remarks
    doc = analyze("Let me begin with the floods in the north. The minister visited the camps.")
    assert not [a for a in doc.actors if a.key == "group:lashkar-e-taiba"]
    doc = analyze("LeT gunmen attacked a checkpoint, the police said. LET denied it.")
    group = next(a for a in doc.actors if a.key == "group:lashkar-e-taiba")
    assert said(doc, group) == ["LeT", "LET"]
