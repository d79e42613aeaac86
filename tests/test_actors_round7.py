"""Actors round 7: state words inside hyphen compounds and state words that two states
share. Every text here was written for these tests."""

from __future__ import annotations


def countries(doc) -> dict[str, str | None]:
    return {doc.text[s:e]: a.country for a in doc.actors for s, e in a.mentions}


def test_hyphen_compound_names_both_states(analyze):
    doc = analyze("Norway-Chile talks on fishing quotas stalled on Tuesday.")
    found = countries(doc)
    assert found.get("Norway") == "NOR" and found.get("Chile") == "CHL"


def test_hyphen_compound_adjectives_are_parties(analyze):
    doc = analyze("The council rejected the Peruvian-Bolivian water accord.")
    found = countries(doc)
    assert found.get("Peruvian") == "PER" and found.get("Bolivian") == "BOL"


def test_hyphen_compound_lower_case_prefix_is_no_party(analyze):
    doc = analyze("Anti-Estonian slogans were painted on the wall of the school.")
    assert "EST" not in countries(doc).values()


def test_known_hyphenated_name_stays_whole(analyze):
    doc = analyze("Troops from Guinea-Bissau arrived at the border post.")
    assert "GNB" in {a.country for a in doc.actors}
    assert "GIN" not in {a.country for a in doc.actors}


def test_shared_demonym_defaults_to_the_more_reported_state(analyze):
    doc = analyze("Congolese soldiers guarded the bridge over the river.")
    assert {a.country for a in doc.actors} == {"COD"}


def test_shared_demonym_follows_the_state_the_document_names(analyze):
    doc = analyze("Voters in Brazzaville queued from dawn. The Congolese went to the polls on Sunday.")
    assert countries(doc).get("Congolese") == "COG"


def test_stateless_people_take_the_country_in_focus(analyze):
    doc = analyze("Yazidis in northern Iraq marked the anniversary with a march.")
    yazidis = next(a for a in doc.actors if a.name == "Yazidis")
    assert yazidis.kind == "group" and yazidis.country == "IRQ"


def test_sets_of_states_are_actors(analyze):
    doc = analyze("Gulf states condemned the seizure of the tanker on Friday.")
    gulf = next(a for a in doc.actors if a.name == "Gulf states")
    assert gulf.kind == "group" and gulf.country is None
    assert any(e.type == "ACCUSE" and gulf.id in e.source for e in doc.events)


def test_news_agency_home_puts_no_focus(analyze):
    text = ("A bomb exploded at a checkpoint in northern Mali on Sunday. Reuters reported that "
            "officials counted eleven soldiers among the dead.")
    doc = analyze(text)
    officials = [a for a in doc.actors for s, e in a.mentions if text[s:e] == "officials"]
    assert officials and all(a.country == "MLI" for a in officials)


def test_unknown_name_where_something_happens_is_a_place(analyze):
    doc = analyze("A car bomb hit an army base in Bazar Shahr on Sunday.")
    place = next(a for a in doc.actors if a.name == "Bazar Shahr")
    assert place.kind == "location"
    assert not any(place.id in e.target for e in doc.events)


def test_peacekeepers_are_actors_without_a_country(analyze):
    doc = analyze("Peacekeepers came under fire near the river crossing on Friday.")
    keepers = next(a for a in doc.actors if a.name == "Peacekeepers")
    assert keepers.sector == "IGO" and keepers.country is None


def test_focus_reaches_back_one_paragraph_when_the_story_has_no_country(analyze):
    text = ("Envoys from Ghana and Chile met in Geneva.\n\n"
            "The generals of Chad have held power for a year.\n\n"
            "The junta has delayed the vote again.")
    doc = analyze(text)
    junta = next(a for a in doc.actors for s, e in a.mentions if text[s:e] == "junta")
    assert junta.country == "TCD"


def test_foreign_forces_are_not_the_focus_country(analyze):
    text = "Malian officials said foreign troops would leave Bamako by June. The foreign ministry agreed."
    doc = analyze(text)
    by_text = {text[s:e]: a for a in doc.actors for s, e in a.mentions}
    assert by_text["foreign troops"].country is None
    assert by_text["foreign ministry"].country == "MLI"


def test_actor_noun_cut_by_the_parse_is_read_whole(analyze):
    text = "Speaking to the Harbour Institute think tank, the envoy praised the plan."
    doc = analyze(text)
    names = {a.name for a in doc.actors}
    assert "tank" not in names
    assert all(a.sector != "MIL" for a in doc.actors)


def test_countries_inside_a_quote_put_no_focus_outside_it(analyze):
    text = ('Peru and Chile resumed talks on Monday.\n\n'
            '"We are tired of waiting for Santiago," ministry spokesperson Rosa Quispe said in Lima.')
    doc = analyze(text)
    quispe = next(a for a in doc.actors if a.name == "Rosa Quispe")
    assert quispe.country == "PER"


def test_leader_of_an_x_led_coalition_is_an_actor(analyze):
    doc = analyze("A Kenyan-led coalition patrolled the coast on Monday.")
    assert "KEN" in {a.country for a in doc.actors}


def test_unknown_organisation_takes_the_country_its_sentence_names(analyze):
    doc = analyze("Members of the Movement for Fair Tides protested in Mombasa.")
    movement = next(a for a in doc.actors if a.name == "Movement for Fair Tides")
    assert movement.country == "KEN"
    elsewhere = analyze("Kenya held a vote on Monday.\n\nMembers of the Movement for Fair Tides protested.")
    movement = next(a for a in elsewhere.actors if a.name == "Movement for Fair Tides")
    assert movement.country is None


def test_an_envoy_is_not_of_the_state_he_is_sent_to(analyze):
    doc = analyze("Paul Ochieng, Uganda's envoy to Sweden, said the talks went well.")
    ochieng = next(a for a in doc.actors if a.name == "Paul Ochieng")
    assert ochieng.country == "UGA"
    doc = analyze("The ambassador to Chile, Rosa Lind, praised the accord.")
    lind = next(a for a in doc.actors if a.name == "Rosa Lind")
    assert lind.country != "CHL"
