"""Events of the twenty-third round (b): who did it to whom (docs/events.md, "Round 23b: who did it
to whom"). The other participant of a call or meeting readout as the target of an act that names
only the actor's own state; the captor as the target of a demand for a captive's release. Texts
written for this project, with negatives (a readout naming its target in the clause, a third party,
a release with no captor reported)."""

from __future__ import annotations

from conftest import event_cues, events_of

READOUT = (
    "Prime Minister Albanese speaks with President Ramos-Horta of Timor-Leste\n\n"
    "Canberra, 4 March 2026\n\n"
    "Prime Minister Anthony Albanese spoke today with President José Ramos-Horta of Timor-Leste.\n\n"
    "The Prime Minister raised Australia's serious concerns about the treatment of the fishing crews. "
    "He reiterated Australia's call for a fair hearing for the crews.\n\n"
    "The President rejected what he described as interference in Timor-Leste's judicial affairs.\n\n"
    "Prime Minister Albanese urged Indonesia to reopen the border crossing at Motaain.\n")

NO_CALL = (
    "Prime Minister Albanese addresses the nation\n\n"
    "Canberra, 4 March 2026\n\n"
    "Prime Minister Anthony Albanese met farmers in Wagga Wagga today.\n\n"
    "The Prime Minister raised Australia's serious concerns about the drought.\n")

CAPTIVE = (
    "Iran arrests French engineer, Paris demands his release\n\n"
    "TEHRAN, May 2 - Iranian intelligence agents arrested a French engineer, Luc Ferrand, in Isfahan on "
    "Friday. France demanded his immediate release on Saturday.\n")

NO_CAPTOR = (
    "Paris demands release of engineer\n\n"
    "PARIS, May 2 - France demanded the release of a French engineer, Luc Ferrand, on Saturday, "
    "but gave no details of where he was held.\n")

THIRD_PARTY = (
    "TEHRAN, May 2 - Iranian intelligence agents arrested a French engineer, Luc Ferrand, in Isfahan on "
    "Friday. France asked Oman to press for his release on Saturday.\n")


def _analyse(pipeline, text: str, published: str = "2026-03-04"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": None})]))[0]


def _countries(doc, ids) -> set[str]:
    by = {a.id: (a.country or a.name) for a in doc.actors}
    return {by[i] for i in ids}


def _in(doc, text: str, phrase: str, type_: str) -> list:
    at = text.index(phrase)
    return [e for e in events_of(doc, type_) if e.sentence[0] <= at < e.sentence[1]]


# --- 1. the other participant of a call readout ------------------------------------------------

def test_concerns_raised_in_a_call_are_aimed_at_the_other_participant(pipeline):
    doc = _analyse(pipeline, READOUT)
    raised = _in(doc, READOUT, "raised Australia's", "ACCUSE")
    assert raised and all(_countries(doc, e.target) == {"TLS"} for e in raised), event_cues(doc)


def test_a_call_reiterated_in_a_readout_is_aimed_at_the_other_participant(pipeline):
    doc = _analyse(pipeline, READOUT)
    calls = _in(doc, READOUT, "reiterated Australia's", "REQUEST")
    assert calls and all(_countries(doc, e.target) == {"TLS"} for e in calls), event_cues(doc)


def test_the_other_leaders_rejection_answers_the_caller(pipeline):
    doc = _analyse(pipeline, READOUT)
    rejections = _in(doc, READOUT, "The President rejected", "REJECT")
    assert rejections and all(_countries(doc, e.target) == {"AUS"} for e in rejections), event_cues(doc)


def test_a_readout_that_names_its_target_keeps_it(pipeline):
    doc = _analyse(pipeline, READOUT)
    urged = _in(doc, READOUT, "urged Indonesia", "REQUEST")
    assert urged and all(_countries(doc, e.target) == {"IDN"} for e in urged), event_cues(doc)


def test_no_call_no_counterpart(pipeline):
    doc = _analyse(pipeline, NO_CALL)
    raised = _in(doc, NO_CALL, "raised Australia's", "ACCUSE")
    assert all("TLS" not in _countries(doc, e.target) for e in raised), event_cues(doc)


# --- 2. a captive's release: demanded from the captor ---------------------------------------------

def test_a_demand_for_a_captives_release_is_aimed_at_the_captor(pipeline):
    doc = _analyse(pipeline, CAPTIVE, "2026-05-02")
    demands = _in(doc, CAPTIVE, "France demanded", "REQUEST")
    assert demands and all(_countries(doc, e.target) == {"IRN"} for e in demands), event_cues(doc)


def test_a_headline_demand_for_his_release_is_aimed_at_the_captor(pipeline):
    doc = _analyse(pipeline, CAPTIVE, "2026-05-02")
    demands = _in(doc, CAPTIVE, "Paris demands", "REQUEST")
    assert demands and all(_countries(doc, e.target) == {"IRN"} for e in demands), event_cues(doc)


def test_no_captor_reported_no_captor_guessed(pipeline):
    doc = _analyse(pipeline, NO_CAPTOR, "2026-05-02")
    demands = _in(doc, NO_CAPTOR, "France demanded", "REQUEST")
    assert all("IRN" not in _countries(doc, e.target) for e in demands), event_cues(doc)


def test_a_request_to_a_third_party_keeps_its_addressee(pipeline):
    doc = _analyse(pipeline, THIRD_PARTY, "2026-05-02")
    asks = [e for e in _in(doc, THIRD_PARTY, "France asked", "REQUEST") if e.trigger.text == "asked"]
    assert asks and all(_countries(doc, e.target) == {"OMN"} for e in asks), event_cues(doc)


# --- 3. an order whose complement is a passive clause: the orderer does the act -------------------

ORDERED = (
    "ATHENS, May 2 - Greek coast guards stopped the Iranian freighter Sahand off Crete on Friday. "
    "On Saturday a court in Piraeus ordered the freighter's cargo confiscated.\n")

ORDERED_THAT = "ATHENS, May 2 - A court in Piraeus ordered that the Iranian freighter be seized.\n"

ORDERED_TO = "NAIROBI, May 2 - President William Ruto ordered Kenyan troops to withdraw from the border town.\n"


def test_an_order_with_a_passive_complement_is_the_orderers_act(pipeline):
    doc = _analyse(pipeline, ORDERED, "2026-05-02")
    seized = _in(doc, ORDERED, "ordered the freighter's", "COERCE")
    assert seized and all(e.mode == "asserted" and "GRC" in _countries(doc, e.source) for e in seized), \
        event_cues(doc)
    assert not _in(doc, ORDERED, "ordered the freighter's", "REQUEST"), event_cues(doc)


def test_an_order_that_something_be_done_is_the_orderers_act(pipeline):
    doc = _analyse(pipeline, ORDERED_THAT, "2026-05-02")
    seized = events_of(doc, "COERCE")
    assert seized and all("GRC" in _countries(doc, e.source) for e in seized), event_cues(doc)
    assert not events_of(doc, "REQUEST"), event_cues(doc)


def test_an_order_to_do_something_is_not_the_orderers_act(pipeline):
    doc = _analyse(pipeline, ORDERED_TO, "2026-05-02")
    assert not [e for e in doc.events if e.cue and e.cue.startswith("ordered-done:")], event_cues(doc)


# --- 4. "they" after a generic plural subject: the parties of the meeting -------------------------

LEADERS = (
    "NAIROBI, May 2 - President William Ruto spoke with President Yoweri Museveni of Uganda on Monday. "
    "The two leaders discussed trade between Kenya and Uganda. "
    "They also agreed that their ministers of energy would meet before the end of the year.\n")

THIRD = (
    "NAIROBI, May 2 - President William Ruto spoke with President Yoweri Museveni of Uganda on Monday. "
    "The two leaders discussed trade between Kenya and Uganda. "
    "Somali police said they had arrested four smugglers near the border.\n")


def test_they_after_the_two_leaders_are_the_leaders(pipeline):
    doc = _analyse(pipeline, LEADERS, "2026-05-02")
    agreed = _in(doc, LEADERS, "They also agreed", "AGREE")
    assert agreed and all(_countries(doc, e.source) == {"KEN", "UGA"} for e in agreed), event_cues(doc)


def test_they_of_a_third_party_is_not_the_leaders(pipeline):
    doc = _analyse(pipeline, THIRD, "2026-05-02")
    arrests = _in(doc, THIRD, "arrested four", "COERCE")
    assert all(not {"KEN", "UGA"} <= _countries(doc, e.source) for e in arrests), event_cues(doc)


# --- 5. a detention's place: the state that holds them ---------------------------------------------

DETAINED = ("OTTAWA, May 2 - Prime Minister Carney raised the cases of Canadian citizens detained in China "
            "with Premier Li.\n")

DETAINED_AT_HOME = "PARIS, May 2 - Two French tourists detained in France by mistake were freed on Friday.\n"


def test_citizens_detained_in_a_state_are_held_by_it(pipeline):
    doc = _analyse(pipeline, DETAINED, "2026-05-02")
    held = events_of(doc, "COERCE")
    assert held and all(_countries(doc, e.source) == {"CHN"} for e in held), event_cues(doc)


def test_citizens_detained_in_their_own_state_name_no_doer(pipeline):
    doc = _analyse(pipeline, DETAINED_AT_HOME, "2026-05-02")
    assert all("FRA" not in _countries(doc, e.source) for e in events_of(doc, "COERCE")), event_cues(doc)


# --- 6. an accepted invitation answers whoever made it --------------------------------------------

INVITED = (
    "MANILA, May 2 - The Department of National Defense has invited the navies of Viet Nam and Indonesia "
    "to observe the exercise. Viet Nam and Indonesia have already accepted the invitation.\n")

OWN_OFFER = (
    "CANBERRA, May 2 - Japan offered to send two patrol ships to the exercise. "
    "Timor-Leste accepted Australia's offer of training for its sailors.\n")


def test_an_accepted_invitation_answers_the_inviter(pipeline):
    doc = _analyse(pipeline, INVITED, "2026-05-02")
    accepted = _in(doc, INVITED, "have already accepted", "AGREE")
    assert accepted and all(_countries(doc, e.source) == {"VNM", "IDN"} and _countries(doc, e.target) == {"PHL"}
                            for e in accepted), event_cues(doc)


def test_an_offer_named_with_its_maker_keeps_the_maker(pipeline):
    doc = _analyse(pipeline, OWN_OFFER, "2026-05-02")
    accepted = _in(doc, OWN_OFFER, "accepted Australia's", "AGREE")
    assert accepted and all(_countries(doc, e.target) == {"AUS"} for e in accepted), event_cues(doc)


# --- 7. NATO's "Allies" ---------------------------------------------------------------------------

ALLIES = (
    "Statement by the NATO Secretary General after the meeting of Defence Ministers\n\n"
    "Today I chaired a meeting of NATO Defence Ministers in Brussels. First, Allies discussed the sabotage "
    "of an undersea cable between Finland and Estonia. Finland briefed Allies on its investigation. "
    "Allies agreed to increase patrols in the Baltic Sea. Minister Umerov of Ukraine thanked Allies for "
    "their air defence systems.\n")

NO_NATO = (
    "LONDON, May 2 - The Allies landed in Normandy in June 1944, the museum's new exhibition recalls. "
    "France thanked the Allies for the liberation of Paris.\n")


def test_allies_thanked_are_the_alliance(pipeline):
    doc = _analyse(pipeline, ALLIES, "2026-05-02")
    by = {a.id: a.name for a in doc.actors}
    thanks = _in(doc, ALLIES, "thanked Allies", "SUPPORT")
    assert thanks and all({by[t] for t in e.target} == {"NATO"} for e in thanks), event_cues(doc)


def test_allies_agreeing_are_the_alliance(pipeline):
    doc = _analyse(pipeline, ALLIES, "2026-05-02")
    by = {a.id: a.name for a in doc.actors}
    agreed = _in(doc, ALLIES, "Allies agreed", "AGREE")
    assert agreed and all({by[s] for s in e.source} == {"NATO"} for e in agreed), event_cues(doc)


def test_allies_with_no_nato_named_are_not_nato(pipeline):
    doc = _analyse(pipeline, NO_NATO, "2026-05-02")
    by = {a.id: a.name for a in doc.actors}
    assert all("NATO" not in {by[i] for i in e.source + e.target} for e in doc.events), event_cues(doc)
