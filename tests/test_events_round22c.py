"""Events of issue 16's round 22c: precision on statements. Not coded: a government's acts towards
its own nationals or its own routine (an evacuation of its citizens, consular help for them, a
travel advice, a visit to its freed men in hospital, captives flown home, patrols in its own
waters); the same verbs between two states, or for another state's citizens, stay. Sentences
written for this project."""

from __future__ import annotations

import pytest

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, publisher: str | None = None):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2026-03-02", "publisher": publisher})]))[0]


KENYA = "Ministry of Foreign and Diaspora Affairs of the Republic of Kenya"

NOT_CODED = [
    # (publisher, text, type that must not be coded)
    (KENYA, "Statement on the evacuation of Kenyan citizens from Sudan\n\nThe Ministry announces that 96 Kenyan "
            "citizens were evacuated from Khartoum over the weekend.", "AID"),
    (KENYA, "Consular assistance for Kenyans who stay in Sudan will be provided by the Kenyan Embassy in Cairo.",
     "AID"),
    (KENYA, "Kenyans are advised not to travel to Sudan until further notice.", "REQUEST"),
    (KENYA, "Kenyans are advised not to travel to Sudan until further notice.", "CONSULT"),
    (None, "The rescued sailors were flown to Mombasa by helicopter on Sunday, the navy said.", "CONSULT"),
    (None, "President William Ruto visited the wounded men at the military hospital in Nairobi on Monday.",
     "CONSULT"),
    (None, "The Kenyan navy said its vessels were carrying out routine patrols in Kenyan waters.", "COOPERATE"),
    (None, "Japan evacuated its nationals from Sudan on Sunday.", "AID"),
    (None, "The French embassy will provide assistance to French citizens stranded in Niger.", "AID"),
]

KEPT = [
    # (publisher, text, type that must stay)
    # an evacuation by one state of another state's citizens
    (None, "The Egyptian army evacuated 60 Kenyan citizens from Khartoum on Saturday.", "AID"),
    (KENYA, "The Government of Egypt evacuated 60 Kenyan citizens from Khartoum on Saturday.", "AID"),
    (None, "Saudi Arabia evacuated 50 Indian nationals from Port Sudan on Sunday.", "AID"),
    (None, "The French embassy will provide assistance to Nigerien refugees in Chad.", "AID"),
    # the same verbs between two states
    (None, "President William Ruto visited Ethiopia on Monday for talks on the border.", "CONSULT"),
    (None, "Kenya sent medical supplies to Somalia after the floods.", "AID"),
    (None, "The Kenyan navy and the Tanzanian navy carried out joint patrols off Lamu.", "COOPERATE"),
    # a real request to another state beside the own people
    (KENYA, "Kenya asked the Government of Sudan to let Kenyan citizens cross into Egypt.", "REQUEST"),
]


@pytest.mark.parametrize("publisher,text,type_", NOT_CODED)
def test_not_coded(pipeline, publisher, text, type_):
    doc = _analyse(pipeline, text, publisher)
    assert not events_of(doc, type_), event_cues(doc)


@pytest.mark.parametrize("publisher,text,type_", KEPT)
def test_kept(pipeline, publisher, text, type_):
    doc = _analyse(pipeline, text, publisher)
    assert events_of(doc, type_), event_cues(doc)


# --- a court or body behind its ruling (dyad targets) ---------------------------------------------

COURT = ("The International Court of Justice on Friday drew a new sea boundary between Kenya and Somalia "
         "in the Indian Ocean. ")

RULING_TARGETS = [
    # (text, type, a word the target's name must hold)
    (COURT + "Somalia welcomed the ruling on Saturday.", "SUPPORT", "Court"),
    (COURT + "Kenya rejected the judgment and recalled its agent from The Hague.", "REJECT", "Court"),
    # the maker named in the phrase
    ("Kenya welcomed the decision of the African Union to send observers to the border.", "SUPPORT", "African Union"),
]


def _target_names(doc, type_):
    by = {a.id: a.name for a in doc.actors}
    return [by[t] for e in events_of(doc, type_) for t in e.target]


@pytest.mark.parametrize("text,type_,word", RULING_TARGETS)
def test_ruling_target(pipeline, text, type_, word):
    doc = _analyse(pipeline, text)
    names = _target_names(doc, type_)
    assert names and all(word in n for n in names), (names, event_cues(doc))


def test_claim_is_no_ruling(pipeline):
    # a claim is no court's text: the one who made it stays the target
    doc = _analyse(pipeline, COURT + "Kenya rejected Somalia's claim to the oil blocks.")
    names = _target_names(doc, "REJECT")
    assert "Somalia" in names, (names, event_cues(doc))


# --- acts asked about in a "whether" clause --------------------------------------------------------

@pytest.mark.parametrize("text,type_", [
    ("The spokesman did not say whether Tanzania would withdraw its ships from the disputed area.", "RETREAT"),
    ("The ministry did not say whether the troops would be pulled back from the oil field.", "RETREAT"),
])
def test_whether_not_coded(pipeline, text, type_):
    doc = _analyse(pipeline, text)
    assert not events_of(doc, type_), event_cues(doc)


def test_reported_act_beside_whether_kept(pipeline):
    doc = _analyse(pipeline, "Tanzania withdrew its ships from the area but did not say whether they would return.")
    assert events_of(doc, "RETREAT"), event_cues(doc)


# --- appeals to one's own people and domestic consultations stay -----------------------------------

@pytest.mark.parametrize("publisher,text,type_", [
    (KENYA, "We urge residents of the border counties to report any suspicious movement to the police.", "REQUEST"),
    (None, "The Inuit communities of Nunavut were never consulted by the Canadian government on the treaty.",
     "CONSULT"),
])
def test_domestic_kept(pipeline, publisher, text, type_):
    doc = _analyse(pipeline, text, publisher)
    assert events_of(doc, type_), event_cues(doc)


def test_nationals_entering_not_coded(pipeline):
    doc = _analyse(pipeline, "The Government is grateful to Egypt for allowing our nationals to enter its territory "
                             "without visas.", KENYA)
    assert not events_of(doc, "MOBILIZE"), event_cues(doc)


# --- nobody hurt, a right denied, an act under "any" -----------------------------------------------

JUBA = ("Statement on the fighting in Juba\n\nThe Ministry is gravely concerned by the shelling of residential "
        "districts of Juba, which has killed at least twenty civilians. ")
APPEAL = ("Kenya calls on both the Government of South Sudan and the SPLM-IO to respect the ceasefire announced "
          "by the African Union and to refrain from any attack on hospitals and schools.")


def test_nobody_reported_killed(pipeline):
    doc = _analyse(pipeline, JUBA + "No Kenyan has been reported killed or injured.")
    said_of_nobody = [e for e in events_of(doc, "ASSAULT") if "No Kenyan" in doc.text[e.sentence[0]:e.sentence[1]]]
    assert not said_of_nobody, event_cues(doc)
    assert events_of(doc, "ASSAULT"), event_cues(doc)  # the shelling that killed civilians stays


def test_right_denied_not_coded(pipeline):
    doc = _analyse(pipeline, "\"No state, however close, has the right to send its soldiers onto Malian soil,\" "
                             "the Malian foreign minister said.")
    assert not events_of(doc, "MOBILIZE"), event_cues(doc)


def test_any_attack_not_coded(pipeline):
    doc = _analyse(pipeline, APPEAL)
    assert not events_of(doc, "ASSAULT"), event_cues(doc)
    assert events_of(doc, "REQUEST"), event_cues(doc)


def test_right_reserved_kept(pipeline):
    doc = _analyse(pipeline, "Chad reserves the right to respond to any attack on its territory.")
    assert events_of(doc, "THREATEN"), event_cues(doc)


# --- a contact verb's to-clause: the caller's purpose ---------------------------------------------

def test_called_to_express_gratitude(pipeline):
    doc = _analyse(pipeline, "Foreign Minister Mohamed Salem Ould Merzoug telephoned his Spanish counterpart, "
                             "Jose Manuel Albares, to express Mauritania's gratitude.")
    by = {a.id: a for a in doc.actors}
    support = events_of(doc, "SUPPORT")
    assert support, event_cues(doc)
    for e in support:
        assert all(by[s].country == "MRT" for s in e.source), [by[s].name for s in e.source]
        assert e.target and all(by[t].country == "ESP" for t in e.target), [by[t].name for t in e.target]
