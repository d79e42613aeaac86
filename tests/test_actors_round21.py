"""Actors round 21 (a1): a title written before a name with no comma, a short name that is the
first words of a name the text gave, a generic noun that is the head of a named body, a possessive
title in a reverse apposition, prosecutors apart from the court, a given name alone and "the two
governments". Every text here was written for these tests."""

from __future__ import annotations


def _actor_of(doc, mention: str):
    """The actor one of whose mentions reads ``mention`` exactly (None if none)."""
    return next((a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == mention), None)


def _names(doc) -> set[str]:
    return {a.name for a in doc.actors}


# -- 1. a title before a name, no comma ----------------------------------------------------------
def test_a_name_after_a_long_title_is_the_person_not_the_portfolio(analyze):
    doc = analyze("Minister of Energy and Oil Hassan Abdelrahim told a news conference that the pipeline "
                  "would stay open. He said the talks would go on.")
    person = _actor_of(doc, "Hassan Abdelrahim")
    assert person is not None and person.kind == "person"
    assert person.role and "Energy" in person.role
    assert not {"Energy", "Oil Hassan Abdelrahim"} & _names(doc)


def test_his_later_he_said_and_his_quote_are_the_titled_person(analyze):
    doc = analyze("Minister of Energy and Oil Hassan Abdelrahim told a news conference that the pipeline "
                  "would stay open. He said the talks would go on. \"We will not be rushed,\" he said.")
    person = _actor_of(doc, "Hassan Abdelrahim")
    speakers = {q.speaker for q in doc.quotes}
    assert speakers == {person.id}


def test_a_short_title_before_an_unknown_name(analyze):
    doc = analyze("Minister of Energy Hassan Abdelrahim told reporters that exports would resume on Monday.")
    person = _actor_of(doc, "Hassan Abdelrahim")
    assert person is not None and person.kind == "person" and person.sector == "GOV"


def test_a_deputy_minister_for_a_region_keeps_the_title_out_of_the_name(analyze):
    doc = analyze("ADDIS ABABA - Deputy Foreign Minister for Asian Affairs Tsegaye Berhanu met the "
                  "ambassador of Japan on Monday.")
    person = _actor_of(doc, "Tsegaye Berhanu")
    assert person is not None and person.role.startswith("Deputy Foreign Minister")
    assert not any(a.name.startswith("Affairs") for a in doc.actors)


def test_a_title_with_and_keeps_its_whole_portfolio_as_the_role(analyze):
    doc = analyze("Minister of Water and Irrigation Osman Bashir Karrar told reporters on Sunday that the "
                  "dam talks had stalled.")
    person = _actor_of(doc, "Osman Bashir Karrar")
    assert person is not None and person.role == "Minister of Water and Irrigation"


def test_a_written_out_title_with_no_name_is_no_person_named_by_its_last_words(analyze):
    doc = analyze("On my instructions, the Minister of Foreign Affairs summoned the envoy of Sudan. I have "
                  "ordered the Chief of the General Staff to move two battalions to the border.")
    assert not {"Foreign Affairs", "Affairs", "Chief", "Staff", "General Staff"} & _names(doc)


def test_a_portfolio_title_alone_makes_no_person_of_its_field(analyze):
    doc = analyze("The Minister of Health told Parliament on Monday that the clinics would reopen.")
    assert not [a for a in doc.actors if a.kind == "person" and a.name in ("Health", "Parliament")]


def test_a_name_the_model_finds_after_a_title_is_unchanged(analyze):
    doc = analyze("Foreign Minister Linnea Haraldsen met the ambassador of Chile in Oslo on Monday.")
    person = _actor_of(doc, "Linnea Haraldsen")
    assert person is not None and person.role == "Foreign Minister"


# -- 2. a short name: the first words of a name the text gave ------------------------------------
def test_a_company_short_name_is_the_company(analyze):
    doc = analyze("The shipping insurer Norrland Marine Assurance said on Friday it would stop covering "
                  "tankers bound for the strait. Norrland said premiums had tripled.")
    long, short = _actor_of(doc, "Norrland Marine Assurance"), _actor_of(doc, "Norrland")
    assert long is not None and long is short


def test_a_consultancy_short_name_is_the_consultancy(analyze):
    doc = analyze("A report by Quillmark Analytics found that the ceasefire had been broken forty times. "
                  "Quillmark said most of the breaches were by the army.")
    assert _actor_of(doc, "Quillmark") is _actor_of(doc, "Quillmark Analytics")
    assert len([q for q in doc.quotes if q.speaker == _actor_of(doc, "Quillmark Analytics").id]) == 2


def test_an_operation_without_its_opening_word_is_the_operation(analyze):
    doc = analyze("France launched Operation Sentinelle Bleue to protect the harbour. Sentinelle Bleue "
                  "will last three months, the ministry said.")
    assert _actor_of(doc, "Sentinelle Bleue") is _actor_of(doc, "Operation Sentinelle Bleue")


def test_a_country_name_that_opens_a_company_name_stays_the_country(analyze):
    doc = analyze("Kenya Airways said it would add two flights to Dubai. Kenya said the new route would help trade.")
    assert _actor_of(doc, "Kenya").key == "KEN"
    assert _actor_of(doc, "Kenya Airways") is not _actor_of(doc, "Kenya")


def test_a_given_name_alone_is_the_one_person_named_in_full(analyze):
    doc = analyze("Ethiopia's special envoy for the two Sudans, Mesfin Tadesse, flew to Juba on Saturday. "
                  "\"We are asking both sides to freeze their positions,\" Mesfin said.")
    person = _actor_of(doc, "Mesfin Tadesse")
    assert _actor_of(doc, "Mesfin") is person
    assert {q.speaker for q in doc.quotes} == {person.id}


def test_a_given_name_two_people_share_stays_apart(analyze):
    doc = analyze("Mesfin Tadesse met Mesfin Alemu in Mekelle. Mesfin said the talks went well.")
    alone = _actor_of(doc, "Mesfin")
    assert alone is not _actor_of(doc, "Mesfin Tadesse") and alone is not _actor_of(doc, "Mesfin Alemu")


# -- 2b. a generic noun that is the head of a named body -----------------------------------------
def test_the_coast_guard_is_the_named_coast_guard(analyze):
    doc = analyze("The Hellenic Coast Guard said it had pulled 30 migrants from the sea near Lesbos. "
                  "The coast guard said the boat had left at night.")
    named = _actor_of(doc, "Hellenic Coast Guard")
    assert _actor_of(doc, "coast guard") is named and named.country == "GRC"


def test_another_states_coast_guard_is_not_the_named_one(analyze):
    doc = analyze("The Hellenic Coast Guard said it had found the boat. Later the coast guard of Turkey said "
                  "it had turned back another one.")
    assert _actor_of(doc, "coast guard of Turkey") is not _actor_of(doc, "Hellenic Coast Guard")


# -- 3. a possessive title in a reverse apposition -----------------------------------------------
def test_a_possessive_envoy_title_gives_the_person_its_state(analyze):
    doc = analyze("Ethiopia's special envoy for the two Sudans, Mesfin Tadesse, flew from Addis Ababa to "
                  "Juba on Saturday.")
    person = _actor_of(doc, "Mesfin Tadesse")
    assert person.country == "ETH" and person.sector == "GOV"
    assert _actor_of(doc, "two Sudans") is None


def test_a_possessive_envoy_title_for_a_region_keeps_its_state(analyze):
    doc = analyze("Kenya's special envoy for the Horn of Africa, Amina Wanjiru Odhiambo, said the talks "
                  "would resume next week.")
    assert _actor_of(doc, "Amina Wanjiru Odhiambo").country == "KEN"


# -- 4. the court apart from the prosecutors -----------------------------------------------------
def test_prosecutors_are_not_the_court(analyze):
    doc = analyze("A judge in Nairobi ordered the release of the blogger on Monday. Prosecutors had asked "
                  "for more time, but the court refused. The judges said the detention was unlawful.")
    prosecutors, court = _actor_of(doc, "Prosecutors"), _actor_of(doc, "court")
    assert prosecutors is not None and court is not None and prosecutors is not court
    assert prosecutors.country == court.country == "KEN"
    refused = [e for e in doc.events if e.trigger.text == "refused"]
    assert refused and refused[0].source == (court.id,)


# -- 6. "our fellow citizens" in a state's statement ---------------------------------------------
def test_our_fellow_citizens_are_the_issuing_states_civilians(analyze):
    doc = analyze("Statement of the Government of Ghana\n\nAccra, 3 March 2026\n\nEleven of our fellow citizens "
                  "were killed when gunmen attacked a bus near the border. The Government condemns this attack.",
                  publisher="Government of Ghana", published="2026-03-03")
    citizens = _actor_of(doc, "our fellow citizens")
    assert citizens is not None and citizens.country == "GHA" and citizens.sector == "CVL"


def test_a_one_word_operation_name_after_its_opening_word(analyze):
    doc = analyze("Frigates have escorted tankers through the strait under Operation Halcyon since May. We thank "
                  "the countries that have sent ships to Halcyon.")
    assert _actor_of(doc, "Halcyon") is _actor_of(doc, "Operation Halcyon")


def test_a_written_out_title_in_the_issuers_words_is_the_issuers_office(analyze):
    doc = analyze("Statement of the Government of Ghana\n\nAccra, 3 March 2026\n\nI have ordered the Chief of "
                  "the Defence Staff to send two battalions to the northern border.",
                  publisher="Government of Ghana", published="2026-03-03")
    chief = _actor_of(doc, "Chief of the Defence Staff")
    assert chief is not None and chief.kind == "person" and chief.country == "GHA"


def test_the_court_after_another_court_is_not_the_named_one(analyze):
    doc = analyze("The Lakeside Commercial Court fined the ferry company on Monday. A court in Mombasa jailed "
                  "two of its officers. The court said they had lied.")
    named = _actor_of(doc, "Lakeside Commercial Court")
    assert named is None or not any(doc.text[s:e] == "court" and s > 100 for s, e in named.mentions)


def test_the_court_right_after_the_named_court_is_it(analyze):
    doc = analyze("The Lakeside Commercial Court fined the ferry company on Monday. The court said the "
                  "company had ignored two warnings.")
    named = _actor_of(doc, "Lakeside Commercial Court")
    assert named is not None and _actor_of(doc, "court") is named
