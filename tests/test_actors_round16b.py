"""Actors round 16b (issues 16/18): a state's organs and the referring nouns of bodies. "The
union" after a union of states is that union; a body's ministers met together are the body;
"the army" after two states is the one the clause before names as its subject; a region two
states share is the story's; a place that opens a person's name is no place. Every text here
was written for these tests."""

from __future__ import annotations

import pytest


def keys_at(doc, phrase: str) -> set[str]:
    """The keys of the actors with a mention over ``phrase`` (its first occurrence)."""
    start = doc.text.index(phrase)
    return {a.key for a in doc.actors for s, e in a.mentions if s <= start < e}


def countries_at(doc, phrase: str) -> set[str | None]:
    start = doc.text.index(phrase)
    return {a.country for a in doc.actors for s, e in a.mentions if s <= start < e}


# -- 1. "the union" after a union of states ------------------------------------------------
@pytest.mark.parametrize("text, phrase, key", [
    ("Leaders of the African Union met in Addis Ababa on Sunday. The union said it would send "
     "troops to the border.", "union said", "igo:au"),
    ("The European Union fined a shipping firm on Monday. The union said the firm had hidden "
     "its profits.", "union said", "igo:eu"),
    ("The African Union suspended Mali on Friday. The Union said the coup was unacceptable.",
     "Union said", "igo:au"),
    ("The Eurasian Economic Union admitted a new member. The union said trade had grown.",
     "union said", "igo:eaeu"),
])
def test_the_union_is_the_union_of_states_named_before(analyze, text, phrase, key):
    assert keys_at(analyze(text), phrase) == {key}


@pytest.mark.parametrize("text, phrase", [
    ("Dock workers walked out on Monday. The union said pay had fallen.", "union said"),
    ("The African Union sent observers. The nurses' union of Ghana said wages had fallen.",
     "nurses' union"),
])
def test_a_labour_union_stays_a_labour_union(analyze, text, phrase):
    assert not keys_at(analyze(text), phrase) & {"igo:au", "igo:eu"}


# -- 2. a body's ministers met together and "the alliance" ------------------------------------
@pytest.mark.parametrize("text", [
    "NATO defence ministers met in Brussels on Thursday. The alliance said it would send more "
    "jets to the east.",
    "NATO's foreign ministers gathered in Oslo. The alliance agreed to raise spending.",
])
def test_a_bodys_ministers_together_and_the_alliance_are_one_actor(analyze, text):
    doc = analyze(text)
    assert [a.key for a in doc.actors if (a.key or "").startswith("igo:nato")] == ["igo:nato"]
    assert not [e for e in doc.events if set(e.source) & set(e.target)]


def test_one_named_minister_of_a_body_is_still_a_person(analyze):
    doc = analyze("NATO Secretary General Mark Rutte met the Polish president in Warsaw.")
    assert "person:mark-rutte" in {a.key for a in doc.actors}


# -- 3. organs of a state ----------------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("Ukraine said on Monday that Russian troops had shelled Kharkiv. The army said it had "
     "repelled the attack.", "army said", "UKR"),
    ("Venezuela accused Colombia of sheltering rebels. The army said it had destroyed three camps.",
     "army said", "VEN"),
    ("Japan protested after China sent ships near the islands. The coast guard said it had "
     "warned them off.", "coast guard said", "JPN"),
    ("Israeli strikes hit a town in Gaza on Monday. The army said it had targeted a depot.",
     "army said", "ISR"),
    ("Greece said its coast guard rescued forty migrants off Lesbos. The coast guard said two "
     "boats sank.", "coast guard said", "GRC"),
    ("Saudi Arabia detained a blogger. The kingdom's interior ministry said he had insulted "
     "the state.", "interior ministry", "SAU"),
    ("Iran's Revolutionary Guards seized a tanker in the Gulf.", "Revolutionary Guards", "IRN"),
    ("Russia sent a delegation. The Kremlin's envoy met tribal leaders in Aleppo.", "envoy", "RUS"),
    ("Protests spread across Kenya on Tuesday. Security forces fired tear gas at crowds in "
     "Nairobi. Kenyan officials said twelve people were hurt.", "Security forces", "KEN"),
    ("Government troops attacked rebel positions in Sudan on Monday.", "Government troops", "SDN"),
    ("Myanmar's junta bombed a village. The junta's air force struck a school on Monday.",
     "air force", "MMR"),
    ("China arrested two diplomats. The ministry of state security said they had spied.",
     "ministry of state security", "CHN"),
])
def test_an_organ_is_of_its_state(analyze, text, phrase, country):
    assert countries_at(analyze(text), phrase) == {country}


# -- 4. a region two states share ---------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, country", [
    ("Police in Punjab arrested ten men on Monday. Pakistani officials said they were smugglers "
     "and Pakistan's interior minister praised the police.", "Punjab", "PAK"),
    ("Floods hit Punjab on Monday. Indian officials said the army would help, and India's "
     "government sent food.", "Punjab", "IND"),
    ("Fighting went on in Donbas on Monday.", "Donbas", "UKR"),
    ("Gunmen shelled a village in Gaza.", "Gaza", "PSE"),
])
def test_a_region_takes_its_country(analyze, text, phrase, country):
    assert countries_at(analyze(text), phrase) == {country}


def test_a_shared_region_with_no_state_in_the_story_has_no_country(analyze):
    doc = analyze("Farmers in Punjab burned stubble again this autumn.")
    assert countries_at(doc, "Farmers") <= {None}


# -- 5. a place that opens a person's name ------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Paris Hilton arrived in London on Tuesday.", "Paris Hilton"),
    ("Paris Hilton said the show was a success.", "Paris Hilton"),
])
def test_a_place_that_opens_a_persons_name_is_no_place(analyze, text, name):
    doc = analyze(text)
    assert "place:paris" not in {a.key for a in doc.actors}
    assert not any(a.country == "FRA" for a in doc.actors)


def test_a_city_named_hotel_or_club_keeps_its_city(analyze):
    doc = analyze("The delegates met at the Paris Hilton on Tuesday.")
    assert not any(a.kind == "person" for a in doc.actors)


# -- 3b. whose a thing of a state is ------------------------------------------------------------
def test_the_regimes_prisons_name_the_regime(analyze):
    doc = analyze("Belarus jailed hundreds of protesters. The regime's prisons are full, activists said.")
    assert keys_at(doc, "regime's") == {"BLR"}


def test_the_regimes_critics_are_not_the_regime(analyze):
    doc = analyze("The regime's critics marched in Minsk.")
    assert not [e for e in doc.events if "BLR" in {a.key for a in doc.actors if a.id in e.source}]


# -- 1b. other referring nouns of bodies --------------------------------------------------------
@pytest.mark.parametrize("text, phrase, key", [
    ("The International Atomic Energy Agency inspected the plant in Iran. The agency said stocks "
     "had grown.", "agency said", "igo:iaea"),
    ("The International Criminal Court issued a warrant for a general. The court said he had "
     "ordered the deportations.", "court said", "igo:icc"),
    ("The UN Security Council met on Friday over Sudan. The council urged a ceasefire.",
     "council urged", "igo:unsc"),
    ("The Arab League suspended Syria in 2011. The league said the killing had to stop.",
     "league said", "igo:arab-league"),
    ("The International Monetary Fund lent Egypt money. The fund said reforms were needed.",
     "fund said", "igo:imf"),
])
def test_a_referring_noun_is_the_body_named_just_before(analyze, text, phrase, key):
    assert keys_at(analyze(text), phrase) == {key}


@pytest.mark.parametrize("text, phrase", [
    # another court stands between them
    ("The International Criminal Court issued a warrant. A court in Moscow sentenced two men. "
     "The court said they had fled.", "court said"),
    # named too long before
    ("The International Criminal Court issued a warrant. Officials met in Nairobi. Farmers "
     "protested. Traders closed their shops. The court said it would rule soon.", "court said"),
    ("The International Criminal Court issued a warrant. The court ruling angered the government.",
     "court ruling"),
])
def test_a_referring_noun_far_from_or_unlike_the_body_is_not_it(analyze, text, phrase):
    assert "igo:icc" not in keys_at(analyze(text), phrase)


def test_a_states_named_service_is_the_service_not_a_ministry_of_the_state(analyze):
    doc = analyze("The hackers answer to China's Ministry of State Security. Beijing denied it.")
    assert keys_at(doc, "Ministry of State Security") == {"org:mss-china"}
    assert keys_at(doc, "Beijing") == {"CHN"}


def test_officers_of_a_named_body_are_the_body(analyze):
    doc = analyze("Officers of the Dunmore Border Directorate detained two reporters in Dushanbe.")
    assert any(k.startswith("org:dunmore-border-directorate") for k in keys_at(doc, "Dunmore"))
    assert not any(a.role for a in doc.actors if a.key and a.key.startswith("org:dunmore"))
