"""Actors round 22 (a2): a title written before a name and a comma (an ambassador to the UN, a
hyphenated Secretary-General, an office under "the efforts of", a title the parse did not appose),
"the Secretary" as the head of one holder's title, a firm named after "firm" with its seat, a body
apposed to a descriptor, a nationality adjective that opens a body's name, a party that possesses a
title, the UN's permanent representatives and a quote followed by another speaker's report. Every
text here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _names(doc) -> set[str]:
    return {a.name for a in doc.actors}


def _speakers(doc) -> list[str | None]:
    by = {a.id: a.name for a in doc.actors}
    return [by.get(q.speaker) for q in doc.quotes]


# -- 1. a title, then a name after a comma -------------------------------------------------------
def test_an_ambassador_to_the_un_before_her_name_is_her_mention(analyze):
    doc = analyze("Georgia's ambassador to the United Nations, Tamar Beridze, told the assembly that the "
                  "vote was overdue. \"Every spring the fences move again,\" she said.")
    person = _actor_of(doc, "Tamar Beridze")
    assert person is not None and person.country == "GEO" and person.sector == "GOV"
    assert _actor_of(doc, "Georgia's ambassador to the United Nations") is person
    assert set(_speakers(doc)) == {"Tamar Beridze"}


def test_the_un_in_the_title_is_no_mention_of_the_ambassador(analyze):
    doc = analyze("Chile's ambassador to the United Nations, Paula Robles, said the draft went too far.")
    person = _actor_of(doc, "Paula Robles")
    assert person is not None and person.role and "United Nations" in person.role
    assert "United Nations" not in [doc.text[s:e] for s, e in person.mentions]


def test_a_un_envoy_under_the_efforts_of_is_one_person_with_the_title(analyze):
    doc = analyze("The council praised the efforts of the Special Representative of the Secretary-General "
                  "for Yemen, Ms. Marta Lindqvist, in the talks.")
    person = _actor_of(doc, "Marta Lindqvist")
    assert person is not None and person.sector == "IGO"
    assert person.role == "Special Representative of the Secretary-General"
    assert not [n for n in _names(doc) if n.startswith("efforts")]


def test_a_hyphenated_secretary_general_stays_whole_in_the_title(analyze):
    doc = analyze("The minister met the Special Representative of the Secretary-General, Ahmed Salem, in "
                  "Tripoli on Monday.")
    person = _actor_of(doc, "Ahmed Salem")
    assert person is not None and person.sector == "IGO" and person.role != "General"
    assert "General" not in [doc.text[s:e] for s, e in person.mentions]


def test_a_title_then_an_address_word_then_a_name_the_parse_hung_on_the_verb(analyze):
    doc = analyze("The Secretary said she had spoken with the Minister of Foreign Affairs of Tunisia, "
                  "Mr. Karim Ben Salah, on 3 December.")
    person = _actor_of(doc, "Karim Ben Salah")
    assert person is not None and person.country == "TUN" and person.sector == "GOV"
    assert _actor_of(doc, "Minister of Foreign Affairs of Tunisia") is person


def test_two_titled_ministers_in_a_list_each_keep_their_own_country(analyze):
    doc = analyze("The communique was signed by the Minister of Foreign Affairs of the Republic of Chile, "
                  "Mr. Tomas Aravena, and the First Deputy Prime Minister and Minister of Foreign Affairs "
                  "and Trade of the Republic of Estonia, Ms. Kadri Saar.")
    chile, estonia = _actor_of(doc, "Tomas Aravena"), _actor_of(doc, "Kadri Saar")
    assert chile is not None and chile.country == "CHL"
    assert estonia is not None and estonia.country == "EST"
    assert chile is not estonia


def test_a_comma_list_of_two_people_gives_neither_a_title(analyze):
    doc = analyze("Lena Marsh, Oskar Brandt and three other volunteers reached the camp on Sunday.")
    for name in ("Lena Marsh", "Oskar Brandt"):
        person = _actor_of(doc, name)
        assert person is not None and person.role is None


def test_the_ambassador_who_arrived_makes_no_person_of_the_relative_clause(analyze):
    doc = analyze("The ambassador, who arrived on Monday, said the talks had stalled.")
    assert not [a for a in doc.actors if a.kind == "person" and "who" in a.name]


def test_a_title_before_a_comma_that_is_no_office_gives_no_role(analyze):
    doc = analyze("After the storm in Valparaiso, Ines Carvajal said the harbour would reopen.")
    person = _actor_of(doc, "Ines Carvajal")
    assert person is not None and person.role is None


# -- 2. a title matched by a word of another title ------------------------------------------------
def test_the_secretary_is_the_one_secretary_of_foreign_affairs_not_the_un_envoy(analyze):
    doc = analyze("The Philippines supports the efforts of the Special Representative of the "
                  "Secretary-General for Libya, Ms. Anna Berg, to bring the two sides back to the table.\n\n"
                  "\"We will not leave anyone behind,\" said Secretary of Foreign Affairs Teresa Lazaro. "
                  "The Secretary said she had spoken with the Minister of Foreign Affairs of Tunisia, "
                  "Mr. Karim Ben Salah, on 3 December.")
    assert _speakers(doc) == ["Teresa Lazaro", "Teresa Lazaro"]


def test_the_secretary_with_two_secretaries_named_joins_neither(analyze):
    doc = analyze("Secretary of Energy Paolo Reyes met Secretary of Finance Luz Santos on Monday. The "
                  "Secretary said the budget would be ready in March.")
    reyes, santos = _actor_of(doc, "Paolo Reyes"), _actor_of(doc, "Luz Santos")
    assert reyes is not None and santos is not None
    assert _actor_of(doc, "Secretary") not in (reyes, santos) or _actor_of(doc, "Secretary") is None


# -- 3. a person's country from the right phrase --------------------------------------------------
def test_a_long_title_after_another_persons_name_gives_its_own_country(analyze):
    doc = analyze("The agreement was signed by the Minister of Foreign Affairs of the Republic of "
                  "Indonesia, Mr. Sugiono, and the First Deputy Prime Minister and Minister of Foreign "
                  "Affairs and Diaspora of the Republic of Kosovo, Ms. Vesa Krasniqi, in Abu Dhabi.")
    person = _actor_of(doc, "Vesa Krasniqi")
    assert person is not None and person.country == "XKX"
    assert person.role and person.role.startswith("First Deputy Prime Minister")


def test_a_quote_after_said_colon_stays_with_its_speaker_when_another_report_follows(analyze):
    doc = analyze("The agreement was signed by the Minister of Foreign Affairs of the Republic of "
                  "Indonesia, Mr. Sugiono, and the Minister of Foreign Affairs of the Republic of Kosovo, "
                  "Ms. Vesa Krasniqi.\n\nSpeaking after the signing, Minister Sugiono said: \"Friendship "
                  "should not wait for perfect conditions.\" Minister Krasniqi said the people of Kosovo "
                  "would remember the day.")
    speakers = {q.text[:10]: s for q, s in zip(doc.quotes, _speakers(doc))}
    assert speakers.get("Friendship") == "Sugiono"


def test_a_quote_then_he_said_is_still_his(analyze):
    doc = analyze("\"We will rebuild the bridge before winter.\" Mayor Hugo Lind said on Tuesday.")
    assert _speakers(doc) == ["Hugo Lind"]


# -- 4. nationality and seat phrases, a party that possesses a title ------------------------------
def test_a_firm_named_after_firm_is_an_actor_with_the_country_of_its_seat(analyze):
    doc = analyze("Their employer, the Lyon-based firm Aquatrel, said the workers were safe.")
    firm = _actor_of(doc, "Aquatrel")
    assert firm is not None and firm.kind == "organization" and firm.country == "FRA"


def test_the_employer_apposed_to_the_firm_is_the_firm_and_its_speaker(analyze):
    doc = analyze("Their employer, the Seville-based firm Hidrosur, said it had suspended its work in the "
                  "border region.")
    firm = _actor_of(doc, "Hidrosur")
    assert firm is not None and firm.country == "ESP"
    assert _actor_of(doc, "Their employer") is firm
    assert _speakers(doc) == ["Hidrosur"]


def test_a_company_based_in_one_country_and_owned_from_another_takes_its_seat(analyze):
    doc = analyze("The plant's owner, Vardex Holdings, a Swiss-owned group based in Rotterdam, said the "
                  "plant would close.")
    firm = _actor_of(doc, "Vardex Holdings")
    assert firm is not None and firm.country == "NLD"


def test_a_seat_modifier_of_the_company_noun_gives_the_country(analyze):
    doc = analyze("The Oslo-based company Fjordline Energy said on Monday that it would cut output.")
    firm = _actor_of(doc, "Fjordline Energy")
    assert firm is not None and firm.country == "NOR"


def test_a_place_after_a_company_noun_that_the_kb_knows_stays_a_place(analyze):
    doc = analyze("The firm moved its offices to Berlin last year.")
    assert not [a for a in doc.actors if a.name == "Berlin" and a.kind == "organization"]


def test_a_nationality_adjective_opening_a_body_name_becomes_its_country(analyze):
    doc = analyze("The Albanian National Territory Inspectorate said it had fined the builder.")
    body = _actor_of(doc, "Albanian National Territory Inspectorate")
    assert body is not None and body.country == "ALB"
    assert body.name == "National Territory Inspectorate"


def test_a_name_with_a_nationality_but_no_institution_word_keeps_it(analyze):
    doc = analyze("The Moldovan Wine Guild said exports had fallen by a third.")
    body = _actor_of(doc, "Moldovan Wine Guild")
    assert body is not None and body.name == "Moldovan Wine Guild"


def test_a_party_that_possesses_a_title_is_an_actor_too(analyze):
    doc = analyze("Georgian Dream's chief whip, Levan Chkheidze, said the bill would pass.")
    party = _actor_of(doc, "Georgian Dream")
    person = _actor_of(doc, "Levan Chkheidze")
    assert party is not None and person is not None and party is not person
    assert party.country == "GEO" and person.country == "GEO"


def test_a_state_that_possesses_a_title_is_the_persons_country_not_a_mention(analyze):
    doc = analyze("Norway's ambassador to the United Nations, Ingrid Solheim, said the draft went too far.")
    person = _actor_of(doc, "Ingrid Solheim")
    assert person is not None and person.country == "NOR"
    assert _actor_of(doc, "Norway") is None


# -- 5. UN permanent representatives -------------------------------------------------------------
def test_a_permanent_representative_is_a_diplomat_not_a_member_of_parliament(analyze):
    doc = analyze("Ghana's Permanent Representative said the council had failed the people of the Sahel.")
    rep = _actor_of(doc, "Ghana's Permanent Representative")
    assert rep is not None and rep.country == "GHA" and rep.sector == "GOV"
    assert rep.role != "Member of Parliament"


def test_a_named_permanent_representative_takes_the_title_and_the_country(analyze):
    doc = analyze("Kenya's Permanent Representative, Joseph Mutua, told the council that the mission "
                  "should stay.")
    person = _actor_of(doc, "Joseph Mutua")
    assert person is not None and person.country == "KEN" and person.sector == "GOV"


def test_a_representative_in_a_parliament_is_still_a_legislator(analyze):
    doc = analyze("Representative Dana Whitfield said the House would vote on Friday.")
    person = _actor_of(doc, "Dana Whitfield")
    assert person is not None and person.sector == "LEG"


def test_a_permanent_representative_of_a_state_to_the_un_is_that_states_diplomat(analyze):
    doc = analyze("The Permanent Representative of Ghana to the United Nations said the council had "
                  "failed the people of the Sahel.")
    rep = next((a for a in doc.actors if a.kind == "person"), None)
    assert rep is not None and rep.country == "GHA" and rep.sector == "GOV"


def test_an_envoy_to_a_bloc_is_his_states_not_the_bloc(pipeline):
    from datetime import date

    from communique.actors.kb import load_kb
    from communique.actors.resolve import Resolver

    r = Resolver(load_kb(()))
    g = r.phrase("Russia's envoy to NATO", date(2025, 6, 1), holders=False)
    assert g is not None and g.kind == "person" and g.country == "RUS"
    un = r.phrase("the United Nations", date(2025, 6, 1), holders=False)
    assert un is not None and un.kind == "igo"
