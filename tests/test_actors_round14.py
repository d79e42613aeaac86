"""Actors round 14 (issues 16/17): the country of a person the text does not place.
Every text here was written for these tests."""

from __future__ import annotations


def actor(doc, name: str):
    return next((a for a in doc.actors if a.name == name), None)


STATEMENT = ("Statement by the Ministry of Foreign Affairs on the fishing dispute\n\n"
             "Lisbon, 3 March 2025\n\n"
             "The Government condemns the seizure of two trawlers.\n\n"
             "This morning, Minister of Foreign Affairs Dorotea Vannucci spoke by telephone with "
             "the foreign ministers of Morocco and Spain.\n")


def test_an_official_no_mention_places_is_of_the_issuing_country(analyze):
    doc = analyze(STATEMENT)
    person = actor(doc, "Dorotea Vannucci")
    assert person is not None and person.country == "PRT"


def test_a_person_placed_by_the_text_keeps_that_country(analyze):
    doc = analyze(STATEMENT + "\nLater, Dorotea Vannucci's Moroccan counterpart, Idris Benhaddou, "
                  "promised an inquiry.\n")
    assert actor(doc, "Idris Benhaddou").country == "MAR"


def test_a_news_report_without_an_issuing_line_gives_no_country(analyze):
    doc = analyze("Minister of Foreign Affairs Dorotea Vannucci spoke by telephone with the "
                  "foreign ministers of Morocco and Spain.")
    assert actor(doc, "Dorotea Vannucci").country is None


def test_a_person_who_leads_a_states_side_of_talks_is_of_that_state(analyze):
    doc = analyze("The talks on the river dam resumed in Geneva on Monday. The Peruvian delegation was "
                  "led by Rosa Quispe, and the Bolivian side by Teodoro Mamani Condori, an adviser to "
                  "the cabinet. Mamani Condori said little afterwards.")
    assert actor(doc, "Teodoro Mamani Condori").country == "BOL"


def test_a_relative_clause_names_the_side_a_person_led(analyze):
    doc = analyze("Norway hosted the water talks for a decade. Ilse Brandvold, its envoy, kept them going. "
                  "Samuel Okot Lagu, who led Uganda's delegation for six years, remembers her well.")
    assert actor(doc, "Samuel Okot Lagu").country == "UGA"


def test_an_organisation_is_its_abbreviation_in_parentheses_too(analyze):
    doc = analyze("The Andean Water Alliance (AWA) condemned the new dam on Tuesday. "
                  "AWA said the builders had ignored the farmers downstream.")
    alliance = actor(doc, "Andean Water Alliance")
    assert [doc.text[s:e] for s, e in alliance.mentions].count("AWA") == 2
    assert not [a for a in doc.actors if a.name == "AWA"]


def test_letters_in_parentheses_that_do_not_abbreviate_the_name_are_left_alone(analyze):
    doc = analyze("The Andean Water Alliance (Peru) condemned the new dam on Tuesday.")
    alliance = actor(doc, "Andean Water Alliance")
    assert [doc.text[s:e] for s, e in alliance.mentions] == ["Andean Water Alliance"]


def test_a_title_between_two_names_is_the_second_persons_not_the_firsts(analyze):
    doc = analyze("Lisbon, 3 March 2025\n\nAt the invitation of Foreign Minister Ana Ruiz Pereira, the Foreign "
                  "Minister of Chile, Jorge Soto, will visit Portugal next week.\n")
    assert actor(doc, "Jorge Soto").country == "CHL"
    assert actor(doc, "Ana Ruiz Pereira").country == "PRT"


def test_a_spokesperson_for_a_government_seat_is_of_that_state():
    from communique.actors.resolve import resolve_text

    assert resolve_text("a spokesperson for the Kremlin", date="2025-03-03").country == "RUS"
    assert resolve_text("the Special Envoy for Syria", date="2025-03-03").country is None


def test_peace_missions_and_regional_councils_are_known_bodies(analyze):
    doc = analyze("Gunmen fired on a patrol of the UN mission in South Sudan near Malakal. "
                  "The Peace and Security Council of the African Union condemned the attack.")
    keys = {a.key for a in doc.actors}
    assert {"igo:unmiss", "igo:au-psc"} <= keys


def test_a_body_named_later_by_its_last_word_is_one_actor(analyze):
    doc = analyze("The Nordic Council condemned the cable cuts on Monday. "
                  "The Council asked its members to share what their navies had seen.")
    council = actor(doc, "Nordic Council")
    assert [doc.text[s:e] for s, e in council.mentions] == ["Nordic Council", "Council"]
    assert len([a for a in doc.actors if "Council" in a.name]) == 1


def test_the_commission_of_an_african_union_text_is_the_au_commission(analyze):
    doc = analyze("The Peace and Security Council of the African Union met on the border crisis. "
                  "It asked the Commission to send observers within a month.")
    keys = {a.key for a in doc.actors}
    assert "igo:au-commission" in keys and "igo:eu-commission" not in keys


def test_the_commission_of_a_european_union_text_stays_the_european_commission(analyze):
    doc = analyze("The European Union welcomed the vote. The Commission said it would propose a law.")
    assert "igo:eu-commission" in {a.key for a in doc.actors}


def test_un_agencies_and_regional_bodies_resolve_with_their_parent_body():
    from communique.actors.resolve import resolve_text

    assert resolve_text("the IOM").key == "igo:iom"
    assert resolve_text("the UN migration agency").key == "igo:iom"
    assert resolve_text("ECOSOC").key == "igo:ecosoc"
    assert resolve_text("the ECOWAS Commission").key == "igo:ecowas-commission"
    assert resolve_text("the Andean Community").key == "igo:can"
    assert resolve_text("the European Court of Justice").sector == "JUD"


def test_a_commission_named_with_its_body_is_not_the_european_commission():
    from communique.actors.resolve import resolve_text

    assert resolve_text("the Venice Commission").key == "igo:venice-commission"
    assert resolve_text("the Inter-American Commission on Human Rights").key == "igo:iachr"


def test_armed_groups_of_the_last_decade_have_their_country_and_sector():
    from communique.actors.resolve import resolve_text

    milf = resolve_text("the Moro Islamic Liberation Front")
    assert (milf.country, milf.sector) == ("PHL", "REB")
    cartel = resolve_text("the Gulf Cartel")
    assert (cartel.country, cartel.sector) == ("MEX", "CRM")
    assert resolve_text("Islamic State Sahel Province").key == "group:issp"


def test_a_short_abbreviation_matches_only_in_capitals(analyze):
    doc = analyze("Delegates at PACE criticised the slow pace of the reforms.")
    keys = [a.key for a in doc.actors]
    assert keys.count("igo:pace") == 1


def test_a_party_whose_name_ends_like_a_us_party_is_not_the_us_party():
    from communique.actors.resolve import resolve_text

    kdp = resolve_text("the Kurdistan Democratic Party")
    assert (kdp.key, kdp.country) == ("group:kdp", "IRQ")
    assert resolve_text("the Council of the EU").key == "igo:eu-council-of-ministers"
    assert resolve_text("the European Council").key == "igo:eu-council"


def test_a_party_named_with_its_country_is_not_a_namesake_of_another_state():
    from communique.actors.resolve import resolve_text

    assert resolve_text("the Workers' Party of Korea").country == "PRK"
    assert resolve_text("the Communist Party of Vietnam").country == "VNM"
    assert resolve_text("the Conservative Party of Canada").country == "CAN"
    assert resolve_text("the Republican Party of Armenia").country == "ARM"


def test_a_un_regional_commission_is_not_the_european_commission():
    from communique.actors.resolve import resolve_text

    assert resolve_text("the Economic Commission for Africa").key == "igo:uneca"
    assert resolve_text("the International Law Commission").key == "igo:ilc"
