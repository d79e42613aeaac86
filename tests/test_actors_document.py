"""Actors in analysed documents: aliases merge, titles and appositives, capital
metonyms, demonyms, pronouns, authors and publishers. Every text here was written
for these tests."""

from __future__ import annotations

import pytest

import communique
from communique.document import Author, Document


def actors_of(analyze, text, **meta):
    doc = analyze(text, **meta)
    communique.validate(doc)
    return doc, doc.actors


def find(doc, key):
    return next((a for a in doc.actors if a.key == key), None)


def spans(doc, actor):
    return [doc.text[s:e] for s, e in actor.mentions]


def test_actors_ids_follow_first_mention(analyze):
    doc, actors = actors_of(analyze, "Hezbollah fighters and Israeli troops clashed as NATO watched.")
    assert [a.id for a in actors] == [f"a{i}" for i in range(1, len(actors) + 1)]
    firsts = [a.mentions[0][0] for a in actors]
    assert firsts == sorted(firsts)


# -- aliases merge ----------------------------------------------------------------------
def test_actors_person_aliases_merge(analyze):
    text = ("Vladimir Putin flew to the summit on Tuesday. Putin later spoke to reporters, "
            "and the Russian President said the talks were useful.")
    doc, _ = actors_of(analyze, text, published="2025-03-01")
    putin = find(doc, "person:vladimir-putin")
    assert putin is not None and putin.kind == "person" and putin.country == "RUS" and putin.sector == "GOV"
    got = spans(doc, putin)
    assert "Vladimir Putin" in got and "Putin" in got
    assert any("Russian President" in s for s in got)
    assert len([a for a in doc.actors if a.key == "person:vladimir-putin"]) == 1


def test_actors_state_aliases_merge(analyze):
    text = ("Russia rejected the proposal. The Kremlin called it a provocation, "
            "Russian officials said, and the Russians walked out.")
    doc, _ = actors_of(analyze, text)
    russia = [a for a in doc.actors if a.key == "RUS"]
    assert len(russia) == 1
    got = spans(doc, russia[0])
    assert {"Russia", "Kremlin", "Russians"} <= set(got)
    assert any(s.startswith("Russian officials") for s in got)
    assert russia[0].kind == "state" and russia[0].sector == "GOV"


@pytest.mark.parametrize("text, pronoun, key", [
    ("Narendra Modi arrived in the capital. He said trade would grow.", "He", "person:narendra-modi"),
    ("Giorgia Meloni met the press. Reporters asked her about migration.", "her", "person:giorgia-meloni"),
])
def test_actors_unambiguous_pronoun_joins_its_person(analyze, text, pronoun, key):
    doc, _ = actors_of(analyze, text, published="2025-02-01")
    person = find(doc, key)
    assert pronoun in spans(doc, person)


def test_actors_ambiguous_pronoun_is_left_alone(analyze):
    text = "The call between Emmanuel Macron and Friedrich Merz lasted an hour. He said the call went well."
    doc, _ = actors_of(analyze, text, published="2025-06-01")
    for key in ("person:emmanuel-macron", "person:friedrich-merz"):
        assert "He" not in spans(doc, find(doc, key))


@pytest.mark.issue(17)
def test_actors_pronoun_after_two_persons_joins_the_subject(analyze):
    text = "Emmanuel Macron called Friedrich Merz. He said the call went well."
    doc, _ = actors_of(analyze, text, published="2025-06-01")
    assert "He" in spans(doc, find(doc, "person:emmanuel-macron"))
    assert "He" not in spans(doc, find(doc, "person:friedrich-merz"))


@pytest.mark.issue(18)
def test_actors_pronoun_with_no_person_before_is_a_person_not_named(analyze):
    doc, _ = actors_of(analyze, "He told reporters the border would stay closed, and his aides agreed.")
    [person] = [a for a in doc.actors if a.kind == "person"]
    assert spans(doc, person) == ["He", "his"] and person.key is None and person.country is None


@pytest.mark.issue(18)
def test_actors_pronoun_before_the_subject_of_its_clause_joins_it(analyze):
    doc, _ = actors_of(analyze, "In his first speech, Narendra Modi promised reforms.", published="2025-02-01")
    assert spans(doc, find(doc, "person:narendra-modi")) == ["his", "Narendra Modi"]


@pytest.mark.issue(18)
def test_actors_object_pronoun_is_not_the_subject_of_its_verb(analyze):
    doc, _ = actors_of(analyze, "Narendra Modi praised him.", published="2025-02-01")
    assert spans(doc, find(doc, "person:narendra-modi")) == ["Narendra Modi"]
    assert [spans(doc, a) for a in doc.actors if a.key is None] == [["him"]]


@pytest.mark.issue(18)
def test_actors_first_pronoun_tells_the_gender(analyze):
    doc, _ = actors_of(analyze, "Tomas Verhoeven arrived late; he met Anouk Vermeer. She said the talks failed.")
    assert spans(doc, find(doc, "person:tomas-verhoeven")) == ["Tomas Verhoeven", "he"]
    assert spans(doc, find(doc, "person:anouk-vermeer")) == ["Anouk Vermeer", "She"]


@pytest.mark.issue(18)
def test_actors_honorific_tells_the_gender(analyze):
    doc, _ = actors_of(analyze, "Mr. Verhoeven met Mrs. Vermeer. She said the talks failed.")
    she = next(a for a in doc.actors if "She" in spans(doc, a))
    assert she.name == "Vermeer"


@pytest.mark.issue(18)
@pytest.mark.parametrize("text, name, pronoun", [
    ("Kasich, known for his bluntness, was re-elected in the autumn.", "Kasich", "his"),  # the model says GPE
    ("The ruling came after Brevik shot Tallmann in the harbour. He fled.", "Brevik", "He"),
])
def test_actors_names_the_model_misses(analyze, text, name, pronoun):
    doc, _ = actors_of(analyze, text)
    person = next(a for a in doc.actors if a.name == name)
    assert person.kind == "person" and pronoun in spans(doc, person)


# -- titles and appositives -----------------------------------------------------------
@pytest.mark.parametrize("text, name, country, sector, role", [
    ("Sergei Shoigu, Secretary of the Security Council of the Russian Federation, arrived in Delhi.",
     "Sergei Shoigu", "RUS", "GOV", "Secretary of the Security Council"),
    ("Maria Zakharova, spokesperson for Russia's Ministry of Foreign Affairs, denied the report.",
     "Maria Zakharova", "RUS", "GOV", None),
    # a person the KB does not know takes everything from the appositive
    ("Tomas Verhoeven, Belgium's foreign minister, criticised the plan.",
     "Tomas Verhoeven", "BEL", "GOV", "foreign minister"),
    ("Dutch Defence Minister Anouk Vermeer visited the troops.",
     "Anouk Vermeer", "NLD", "GOV", "Defence Minister"),
])
def test_actors_titles_and_appositives(analyze, text, name, country, sector, role):
    doc, _ = actors_of(analyze, text, published="2025-01-15")
    actor = next(a for a in doc.actors if a.name == name)
    assert (actor.kind, actor.country, actor.sector) == ("person", country, sector)
    if role is not None:
        assert actor.role == role
    # the country inside the title is not a separate actor
    assert all(a.kind != "state" for a in doc.actors if a.country == country)


def test_actors_office_without_a_name(analyze):
    doc, _ = actors_of(analyze, "Afghanistan's Minister of Defense rejected the offer.", published="2019-05-01")
    office = next(a for a in doc.actors if a.role == "Defence Minister")
    assert office.country == "AFG" and office.sector in ("GOV", "MIL") and office.kind == "person"
    assert spans(doc, office) == ["Afghanistan's Minister of Defense"]


# -- capitals: metonym or place ---------------------------------------------------------
@pytest.mark.parametrize("text, capital, key, acts", [
    ("Kabul rejected the demand on Monday.", "Kabul", "AFG", True),
    ("Washington imposed new sanctions.", "Washington", "USA", True),
    ("The ministry said Beijing's response was measured.", "Beijing", "CHN", True),
    ("A delegation travelled to Kabul for talks.", "Kabul", "place:kabul", False),
    ("The talks were held in Beijing last week.", "Beijing", "place:beijing", False),
])
def test_actors_capital_metonym_or_location(analyze, text, capital, key, acts):
    doc, _ = actors_of(analyze, text)
    actor = find(doc, key)
    assert actor is not None and capital in spans(doc, actor)
    if acts:
        assert actor.kind == "state" and actor.sector == "GOV"
    else:
        assert actor.kind == "location" and actor.sector is None


@pytest.mark.parametrize("text, key, kind", [
    ("Brussels fined the carmaker on Tuesday.", "igo:eu", "igo"),            # the seat acts: the EU
    ("Brussels and Ottawa agreed to cut tariffs.", "igo:eu", "igo"),
    ("The envoys met in Brussels on Tuesday.", "place:brussels", "location"),  # where: a place in Belgium
])
def test_actors_seat_city_stands_for_its_body(analyze, text, key, kind):
    doc, _ = actors_of(analyze, text)
    actor = find(doc, key)
    assert actor is not None and actor.kind == kind and "Brussels" in spans(doc, actor)
    assert find(doc, "BEL") is None


@pytest.mark.parametrize("text, key, span", [
    ("Nurses in Kenya walked out on Monday.", "KEN:HLH", "Nurses"),
    ("Thousands of farmers across Chile blocked the highways.", "CHL:AGR", "farmers"),
    # the place is where, not whose (two of them: the focus of the text gives no country either)
    ("Nurses walked out on Monday in Kenya and in Uganda.", None, None),
])
def test_actors_group_noun_takes_the_country_of_its_place(analyze, text, key, span):
    doc, _ = actors_of(analyze, text)
    groups = [a for a in doc.actors if a.kind != "state"]
    if key is None:
        assert not any(a.key and a.key.endswith((":HLH", ":AGR")) for a in groups)
    else:
        actor = find(doc, key)
        assert actor is not None and spans(doc, actor) == [span]


# -- demonyms and adjectives --------------------------------------------------------------
@pytest.mark.parametrize("text, phrase, country, sector, kind", [
    ("The Iranian president warned against escalation.", "Iranian president", "IRN", "GOV", "person"),
    ("Turkish leaders met in Ankara.", "Turkish leaders", "TUR", "GOV", "state"),
    ("Central Asian jihadist groups have recruited online.", "Central Asian jihadist groups", None, "REB",
     "armed_group"),
    ("Chinese warplanes crossed the median line.", "Chinese warplanes", "CHN", "MIL", "organization"),
])
def test_actors_demonyms_carry_country_or_region(analyze, text, phrase, country, sector, kind):
    doc, _ = actors_of(analyze, text, published="2025-03-01")
    actor = next(a for a in doc.actors if any(phrase in s for s in spans(doc, a)))
    assert (actor.country, actor.sector, actor.kind) == (country, sector, kind)


@pytest.mark.parametrize("text", [
    "Russian gas prices fell sharply this winter.",
    "Tourists enjoy French cooking and Italian opera.",
])
def test_actors_adjective_on_a_thing_is_no_actor(analyze, text):
    doc, _ = actors_of(analyze, text)
    assert doc.actors == []


# -- dated facts and the document date ------------------------------------------------------
def test_actors_document_date_picks_the_fact(analyze):
    text = "The Taliban announced new rules for the provinces."
    before, _ = actors_of(analyze, text, published="2018-06-01")
    after, _ = actors_of(analyze, text, published="2023-06-01")
    assert find(before, "group:taliban").sector == "REB"
    assert find(after, "group:taliban").sector == "GOV"


# -- authors and publisher -----------------------------------------------------------------
def test_actors_author_and_publisher(pipeline):
    from communique.stages.actors import extract_actors

    text = "Ines Carvalho argues that NATO must change course. Carvalho has covered the alliance for years."
    document = Document(text=text, authors=[Author("Ines Carvalho", "Reuters")], publisher="Reuters")
    actors = extract_actors(document, pipeline.nlp(text), pipeline.ctx)["actors"]
    author = next(a for a in actors if a.role == "author")
    assert (author.name, author.kind, author.sector, author.country) == ("Ines Carvalho", "person", "MED", "GBR")
    assert [text[s:e] for s, e in author.mentions] == ["Ines Carvalho", "Carvalho"]
    assert next(a for a in actors if a.key == "org:reuters").sector == "MED"


def test_actors_author_without_mention_and_unknown_publisher(pipeline):
    from communique.stages.actors import extract_actors

    text = "The ceasefire held for a third day."
    document = Document(text=text, authors=[Author("Pat Example", None)], publisher="Some Local Blog")
    actors = extract_actors(document, pipeline.nlp(text), pipeline.ctx)["actors"]
    assert [(a.name, a.role, a.mentions) for a in actors] == [("Pat Example", "author", ())]


def test_actors_every_output_validates(analyze):
    text = ("Hamas said on Sunday it had accepted the proposal. Israeli Prime Minister Benjamin Netanyahu "
            "said he would send negotiators to Cairo, while Washington urged both sides to move quickly. "
            "The UN Security Council will meet on Monday.")
    doc, actors = actors_of(analyze, text, published="2025-01-10")
    keys = {a.key for a in actors}
    assert {"group:hamas", "person:benjamin-netanyahu", "USA", "igo:unsc"} <= keys
    assert "he" in spans(doc, find(doc, "person:benjamin-netanyahu"))
