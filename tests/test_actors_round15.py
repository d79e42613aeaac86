"""Actors round 15 (issues 16/17): knowledge-base facts. National institutions that news names
without their country, foreign-ministry and seat-of-government metonyms, and dated office
holders resolved as of a document's date. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from communique.actors import resolve_text


@pytest.mark.parametrize("text, key, country, sector", [
    ("the Sejm", "org:sejm", "POL", "LEG"),
    ("Grand National Assembly", "org:tbmm", "TUR", "LEG"),
    ("the Dáil", "org:dail", "IRL", "LEG"),
    ("Korean People's Army", "org:kpa", "PRK", "MIL"),
    ("Japan Self-Defense Forces", "org:jsdf", "JPN", "MIL"),
    ("the Royal Navy", "org:royal-navy", "GBR", "MIL"),
    ("the Tatmadaw", "org:tatmadaw", "MMR", "MIL"),
    ("the Basij", "org:basij", "IRN", "PRM"),
    ("GCHQ", "org:gchq", "GBR", "SPY"),
    ("the DGSE", "org:dgse", "FRA", "SPY"),
    ("the BND", "org:bnd", "DEU", "SPY"),
    ("RAW", "org:raw", "IND", "SPY"),
    ("the Ministry of State Security", "org:mss-china", "CHN", "SPY"),
    ("the Bank of England", "org:bank-of-england", "GBR", "GOV"),
    ("the Central Bank of Russia", "org:bank-of-russia", "RUS", "GOV"),
    ("WAFA", "org:wafa", "PSE", "MED"),
    ("Kyodo", "org:kyodo", "JPN", "MED"),
    ("Tasnim", "org:tasnim", "IRN", "MED"),
    ("Foggy Bottom", "org:us-state-department", "USA", "GOV"),
    ("the Lubyanka", "org:fsb", "RUS", "SPY"),
])
def test_a_national_institution_is_known_with_its_country(text, key, country, sector):
    guess = resolve_text(text)
    assert (guess.key, guess.country, guess.sector) == (key, country, sector)


@pytest.mark.parametrize("text, country", [
    ("Itamaraty", "BRA"), ("the Farnesina", "ITA"), ("South Block", "IND"),
    ("the Blue House", "KOR"), ("the Kantei", "JPN"), ("Aso Rock", "NGA"),
])
def test_a_seat_of_government_stands_for_the_government(text, country):
    guess = resolve_text(text)
    assert (guess.key, guess.country, guess.sector) == (country, country, "GOV")


def test_a_full_name_is_read_before_a_capital_inside_it():
    assert resolve_text("Santiago Peña", date="2024-06-01").key == "person:santiago-pena"


def test_an_ordinary_word_or_a_bare_short_name_is_no_new_actor():
    assert resolve_text("Fars") is None  # the province shares the news agency's first word
    assert resolve_text("Diet") is None
    assert resolve_text("Self-Defense Forces").key is None


@pytest.mark.parametrize("text, day, key", [
    ("the Iraqi prime minister", "2019-06-01", "person:adil-abdul-mahdi"),
    ("the Iraqi prime minister", "2021-06-01", "person:mustafa-al-kadhimi"),
    ("the Tunisian president", "2019-06-01", "person:beji-caid-essebsi"),
    ("the Tunisian president", "2020-06-01", "person:kais-saied"),
    ("the Polish foreign minister", "2019-06-01", "person:jacek-czaputowicz"),
    ("the Egyptian foreign minister", "2025-06-01", "person:badr-abdelatty"),
    ("the Iranian defence minister", "2019-06-01", "person:amir-hatami"),
    ("the US Attorney General", "2019-06-01", "person:william-barr"),
    ("the US Director of National Intelligence", "2019-06-01", "person:dan-coats"),
    ("the US Director of National Intelligence", "2025-06-01", "person:tulsi-gabbard"),
    ("the Russian parliament speaker", "2015-06-01", "person:sergei-naryshkin"),
    ("the ICC prosecutor", "2019-06-01", "person:fatou-bensouda"),
    ("the Qatari foreign minister", "2019-06-01", "person:mohammed-bin-abdulrahman"),
    ("the Swedish prime minister", "2022-06-01", "person:magdalena-andersson"),
    ("the Thai prime minister", "2024-06-01", "person:srettha-thavisin"),
    ("the Irish prime minister", "2024-06-01", "person:simon-harris"),
    ("the Ghanaian president", "2016-06-01", "person:john-mahama"),
    ("the Ghanaian president", "2020-06-01", "person:nana-akufo-addo"),
    ("the Bolivian president", "2020-06-01", "person:jeanine-anez"),
    ("the Peruvian president", "2023-06-01", "person:dina-boluarte"),
])
def test_an_office_is_its_holder_on_the_documents_date(text, day, key):
    assert resolve_text(text, date=day).key == key


def test_a_person_out_of_office_on_the_date_is_a_former_office_holder():
    guess = resolve_text("Fayez al-Sarraj", date="2023-01-10")
    assert (guess.country, guess.sector, guess.role) == ("LBY", "ELI", "former Prime Minister")
    assert resolve_text("Sarraj", date="2019-01-10").role == "Prime Minister"


def test_a_military_chief_does_not_answer_for_every_general():
    assert resolve_text("Herzi Halevi", date="2024-01-10").sector == "MIL"
    assert resolve_text("an Israeli general", date="2024-01-10").key != "person:herzi-halevi"
    assert resolve_text("the CIA director", date="2025-06-01").key != "person:tulsi-gabbard"


def test_a_dated_office_holder_is_resolved_in_a_document(analyze):
    doc = analyze("Tunis, 14 May 2021\n\nThe prime minister of Tunisia met union leaders on Friday. "
                  "Mechichi said the budget would protect wages.", published="2021-05-14")
    person = next(a for a in doc.actors if a.key == "person:hichem-mechichi")
    assert (person.country, person.sector) == ("TUN", "GOV")
