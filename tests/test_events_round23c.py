"""Events of issue 16's round 23c: the mode of an act. An old year or "once" that dates another
clause of the sentence does not make the act background; a rejection or a denial does not negate
a clause set beside it (a headline's first clause, a clause before a semicolon, a call coordinated
after "rejected ... as stolen"). Real background, real denials and real negation stay. Sentences
written for this project."""

from __future__ import annotations

import pytest

from conftest import analyse_dated, event_cues, event_mode


MODES = [
    # (text, type, trigger word, mode)
    # "once" that is no past: "at once", the conjunction "once the ..."
    ("Uganda's foreign minister urged Kenya to reopen the border at once.", "REQUEST", "urged", "asserted"),
    ("The President of Ghana thanked Togo for its support and said the two states would meet once the "
     "floods recede.", "SUPPORT", "thanked", "asserted"),
    # an old year in a clause embedded in the act's: a content clause, a relative clause
    ("Ethiopia accused Eritrea of theft and said the island had been mapped as Ethiopian territory in 1956.",
     "ACCUSE", "accused", "asserted"),
    ("The African Union urged Sudan and Chad to respect the treaties they signed in 2012.", "REQUEST", "urged",
     "asserted"),
    ("The Arakan Army, a rebel group that refused to sign the 2018 accord, threatened to attack Myanmar army "
     "posts.", "THREATEN", "threatened", "asserted"),
    ("Ghana, which left ECOWAS in 2015, condemned the coup in Niger.", "ACCUSE", "condemned", "asserted"),
    # real background stays
    ("In 2012 Sudan and South Sudan signed a border treaty.", "AGREE", "signed", "historical"),
    ("The rebels attacked Mali's army in 2019.", "ASSAULT", "attacked", "historical"),
    ("Kenya once accused Somalia of meddling in the election.", "ACCUSE", "accused", "historical"),
    ("When Russia annexed Crimea in 2014, NATO suspended cooperation with Moscow.", "SANCTION", "suspended",
     "historical"),
    ("The African Union urged Sudan and Chad to respect the treaties they signed in 2012.", "AGREE", "treaties",
     "historical"),
    # a date inside the act's own relative clause, before a relative clause of its object
    ("Japan, which signed a fisheries agreement with Chile in 2021 that covers the southern coast, urged Chile to "
     "stop the trawlers.", "AGREE", "signed", "historical"),
    # the consequence of a condition is hypothetical; a plain reported future stays intended
    ("If Iran closes the strait, the United States will attack Iranian ships.", "ASSAULT", "attack", "hypothetical"),
    ("Kenya said it would send troops to Somalia.", "MOBILIZE", "send", "intended"),
    # a clause set beside a denial or rejection is not denied
    ("Germany expels two Eritrean diplomats over Frankfurt killing, Asmara denies role and expels Germans in "
     "return", "SANCTION", "expels", "asserted"),
    ("The ADC said one of its supporters had been shot dead by police in Mzuzu; police denied using live "
     "ammunition.", "ASSAULT", "shot", "asserted"),
    ("The opposition leader Grace Mhango rejected the result as stolen and called on her supporters to take to "
     "the streets.", "REQUEST", "called", "asserted"),
    ("The opposition leader Grace Mhango rejected the result as stolen and called on her supporters to take to "
     "the streets.", "PROTEST", "streets", "demanded"),
    # real denials and refusals keep their content negated; a reported clause stays what was said
    ("Kenya denied that its troops had crossed into Somalia.", "COERCE", "crossed", "negated"),
    ("Iran denied that its forces seized the tanker.", "COERCE", "seized", "negated"),
    ("Serbia rejected the EU's demand and refused to withdraw its police.", "RETREAT", "withdraw", "negated"),
    ("Russia attacked the convoy, Ukraine said.", "ASSAULT", "attacked", "asserted"),
]


@pytest.mark.parametrize("text,type_,trigger,mode", MODES)
def test_mode(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert event_mode(doc, type_, trigger) == mode, event_cues(doc)


LITHUANIA = "Ministry of Foreign Affairs of the Republic of Lithuania"

NOT_CODED = [
    # (publisher, text, type that must not be coded)
    # harm done by a natural force or a disease: no act of a political actor
    (None, "Zambia closed its border with Congo on Saturday to stop the spread of a cholera outbreak that has killed "
           "more than 300 people in Congo.", "ASSAULT"),
    (None, "In March, when floods swept through Anjouan and destroyed the hospital of Domoni, Saudi Arabia sent aid.",
     "ASSAULT"),
    (None, "An earthquake killed 200 people in western Nepal.", "ASSAULT"),
    # the voters of an election
    (None, "\"I call on every Malawian who voted for us to come out peacefully,\" Grace Mhango said.", "SUPPORT"),
    (None, "President Peter Banda of Malawi thanked voters in a televised address.", "SUPPORT"),
    # an inverted condition is no demand
    (LITHUANIA, "Should Minsk take further measures against Lithuanian diplomats, Lithuania reserves the right to "
                "respond.", "REQUEST"),
]

KEPT = [
    # (publisher, text, type that must stay)
    (None, "Rebels killed 20 soldiers in an attack on an army base in Mali.", "ASSAULT"),
    (None, "A car bomb killed 20 people outside the ministry in Mogadishu.", "ASSAULT"),
    (None, "Russian forces destroyed the hospital in Kharkiv.", "ASSAULT"),
    (None, "Brazil voted for the resolution on Georgia at the United Nations.", "SUPPORT"),
    (None, "President Peter Banda of Malawi thanked Zambia for its support.", "SUPPORT"),
    (None, "Kenya said Somalia should expel the militants.", "REQUEST"),
    (LITHUANIA, "Should Minsk take further measures against Lithuanian diplomats, Lithuania reserves the right to "
                "respond.", "THREATEN"),
]


def _published(pipeline, text: str, publisher: str | None):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2026-03-02", "publisher": publisher})]))[0]


@pytest.mark.parametrize("publisher,text,type_", NOT_CODED)
def test_not_coded(pipeline, publisher, text, type_):
    doc = _published(pipeline, text, publisher)
    assert not [e for e in doc.events if e.type == type_], event_cues(doc)


@pytest.mark.parametrize("publisher,text,type_", KEPT)
def test_kept(pipeline, publisher, text, type_):
    doc = _published(pipeline, text, publisher)
    assert [e for e in doc.events if e.type == type_], event_cues(doc)
