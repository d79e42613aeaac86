"""Quotes, round 14b of issue 17: speakers in six short invented documents, one per mechanism
the issue lists for wrong speakers on real pages (a quote paragraph whose speaker was named in
the paragraph before, "he said" after two people were named, a description of a named person,
a title with two possible holders, "the ministry said", an organisation and its spokesperson).

Four of the mechanisms were wrong before round 14b; their fixes measured no change on any set
(Wikinews dev and held-out, statements development and sealed, PolNeAR dev) and were merged for
the issue's sake, since these are the failures it names on real pages. The ``xfail`` one is still
wrong: its fix cost Wikinews held-out (docs/quotes.md, round 14b). All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)

PARAGRAPH_BEFORE = """Finance Minister Tomas Varga met the union leader, Irena Kolar, in Budapest on Monday.

Varga told reporters after the meeting that the budget would not change. He said the talks had been "frank".

"We cannot spend money we do not have. The unions know this and they have known it for years."

Kolar said her members would strike next week.

"The minister has left us no choice but to walk out of every depot in the country," she said."""

TWO_PEOPLE = """Prime Minister Davit Lomidze received the Armenian envoy, Armen Sahakyan, in Tbilisi on \
Thursday. Lomidze thanked Sahakyan for the visit and showed him the new bridge. "We want the road open before \
winter," he said.

Sahakyan later met Foreign Minister Nino Beridze at her office. "The road matters to both our peoples," he \
told reporters after the talks. She said Georgia would pay for half of the repairs."""

DESCRIPTION = """The United Nations has named Olav Brekke, a Norwegian diplomat who led talks in Colombia, as \
its new envoy for Yemen.

Brekke, 64, arrived in Aden on Sunday. The veteran diplomat said he would meet both sides within a month. \
"There is no military solution to this war," the envoy told reporters at the airport.

Yemen's foreign minister, Ahmed Saleh, welcomed the appointment. The minister said his government was "ready \
to listen"."""

TWO_PRESIDENTS = """Ghana's President Kwame Asante hosted his Togolese counterpart, Edem Kodjo, in Accra on \
Friday to discuss the border.

The president said the two countries would open three new crossings. "Our traders have waited too long," \
Asante said.

The Togolese president told a joint news conference that smuggling remained a concern. "We will not let the \
border become a highway for criminals," he said."""

MINISTRY = """Poland's foreign ministry summoned the Belarusian ambassador on Tuesday after a drone crashed \
near Lublin.

In a statement, the ministry said the flight was "a deliberate provocation". The ministry said it would send a \
note of protest.

Belarus denied any role. Its defence ministry said the drone was not Belarusian."""

SPOKESPERSON = """The World Food Programme said on Monday that it would cut rations in northern camps. A \
spokeswoman for the agency, Anna Berg, said the cuts were "painful but unavoidable".

The agency said donors had given less than half of what it asked for. "We are choosing who goes hungry," \
Berg said.

Refugees protested outside the camp office. Their leader, Musa Idris, said the cuts would push families to \
leave. "Nobody here can live on half a ration," he said."""


def _speaker_of(doc, opening: str) -> str | None:
    names = {a.id: a.name for a in doc.actors}
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return names.get(quote.speaker)


def test_quote_paragraph_takes_the_speaker_of_the_paragraph_before(analyze):
    doc = analyze(PARAGRAPH_BEFORE)
    assert _speaker_of(doc, "We cannot spend money") == "Tomas Varga"
    assert _speaker_of(doc, "The minister has left us") == "Irena Kolar"


def test_he_after_two_people_is_the_subject_before(analyze):
    doc = analyze(TWO_PEOPLE)
    assert _speaker_of(doc, "We want the road open") == "Davit Lomidze"
    assert _speaker_of(doc, "The road matters") == "Armen Sahakyan"


@pytest.mark.xfail(strict=True, reason="round 14b: gender from earlier pronoun links cost Wikinews held-out")
def test_she_after_two_men_and_a_woman_is_the_woman(analyze):
    # the actors stage links "her office" to someone else and knows no gender for "Nino"
    assert _speaker_of(analyze(TWO_PEOPLE), "Georgia would pay") == "Nino Beridze"


def test_description_of_a_named_person_is_that_person(analyze):
    doc = analyze(DESCRIPTION)
    assert _speaker_of(doc, "he would meet both sides") == "Olav Brekke"
    assert _speaker_of(doc, "his government was") == "Ahmed Saleh"


def test_envoy_named_only_as_an_object_predicate_is_the_named_person(analyze):
    # the actors stage makes "its new envoy for Yemen" a person of its own, with no name
    assert _speaker_of(analyze(DESCRIPTION), "There is no military solution") == "Olav Brekke"


def test_bare_title_is_the_president_named_before(analyze):
    doc = analyze(TWO_PRESIDENTS)
    assert _speaker_of(doc, "the two countries would open") == "Kwame Asante"
    assert _speaker_of(doc, "Our traders have waited") == "Kwame Asante"


def test_title_with_a_country_is_the_person_of_that_country(analyze):
    doc = analyze(TWO_PRESIDENTS)
    assert _speaker_of(doc, "that smuggling remained") == "Edem Kodjo"
    assert _speaker_of(doc, "We will not let the border") == "Edem Kodjo"


def test_possessive_ministry_is_its_state(analyze):
    assert _speaker_of(analyze(MINISTRY), "the drone was not Belarusian") == "Belarus"


def test_bare_ministry_is_the_state_whose_ministry_was_named(analyze):
    # the actors stage gives a bare "ministry" the country of the ambassador named before it
    doc = analyze(MINISTRY)
    assert _speaker_of(doc, "the flight was") == "Poland"
    assert _speaker_of(doc, "it would send a note") == "Poland"


def test_spokesperson_named_in_apposition_speaks(analyze):
    doc = analyze(SPOKESPERSON)
    assert _speaker_of(doc, "the cuts were") == "Anna Berg"
    assert _speaker_of(doc, "We are choosing") == "Anna Berg"
    assert _speaker_of(doc, "Nobody here can live") == "Musa Idris"


def test_the_agency_is_the_organisation_not_its_spokeswoman(analyze):
    # "A spokeswoman for the agency, Anna Berg" holds the noun "agency" in Berg's mention
    assert _speaker_of(analyze(SPOKESPERSON), "donors had given") == "World Food Programme"
