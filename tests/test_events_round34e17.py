"""Round 34e17: events in op-eds (docs/events.md, "Round 34e17"): a note on the writer and an editorial
board's byline make a text a signed opinion; the writer's addressee is the "it" of the demands after it; a
quoted speaker's "we" is not the writer's; defending one's own cause supports nobody; an op-ed's headline
argues and is not coded. Texts written for this project; each test marked so fails on the code before."""

from __future__ import annotations

import pytest
from conftest import actor_names, analyse_text, event_with_word, events_of

from communique.structure.bylines import EDITORIAL_BOARD, author_note, editorial_board, find_bylines
from communique.structure.lines import split_lines

# --- 1. a note on the writer: the piece is a signed opinion -------------------------------------------------

OPED = """Chile should take the river to court

By Ana Soto Ramirez

Ana Soto Ramirez was Chile's foreign minister from 2014 to 2018 and now teaches law in Valparaiso.

For twenty years the quarrel over the Lauca river has been a file that both governments preferred to keep \
closed. Last month Bolivian soldiers detained six Chilean farmers near the border and held them for a week. \
La Paz released them only after our consul had asked for a meeting.

I do not accuse Bolivia of bad faith lightly. But patience has bought us nothing, and talks without a \
deadline are a waiting room with no doctor.

I therefore urge the Government of Chile to do two things. First, it should file a case against Bolivia at \
the International Court of Justice. Second, it should ask the Organization of American States to send \
observers to the river.
"""


def _note(text: str, sentence_starts=None):
    lines = split_lines(text)
    said = frozenset(l.start for l in lines) if sentence_starts is None else frozenset(sentence_starts)
    return author_note(lines, find_bylines(lines, frozenset()), said)


@pytest.mark.parametrize("note", [
    "Ana Soto Ramirez was Chile's foreign minister from 2014 to 2018 and now teaches law in Valparaiso.",
    "Ana Soto Ramirez is a former ambassador and a fellow at a university in Santiago.",
    "Ana Soto Ramirez writes on maritime law.",
])
def test_a_note_on_the_byline_author_is_found(note):
    found = _note(f"Title line\n\nBy Ana Soto Ramirez\n\n{note}\n\nThe body of the piece starts here.\n\n"
                  "It goes on.\n\nIt ends here.")
    assert found is not None and found.text == note


@pytest.mark.parametrize("text", [
    # another person's name opens the paragraph: no note on the writer
    "Title line\n\nBy Ana Soto Ramirez\n\nLuis Pena was arrested at the border on Monday.\n\nMore text.",
    # the writer's name, then a capitalised word: not a sentence about the writer
    "Title line\n\nBy Ana Soto Ramirez\n\nAna Soto Ramirez, Reuters\n\nMore text.",
    # no byline at all
    "Title line\n\nAna Soto Ramirez was Chile's foreign minister.\n\nMore text.",
])
def test_no_note_without_a_sentence_about_the_byline_author(text):
    assert _note(text) is None


def test_a_line_that_does_not_read_as_a_sentence_is_no_note():
    text = "Title line\n\nBy Ana Soto Ramirez\n\nAna Soto Ramirez was Chile's foreign minister.\n\nMore text."
    assert _note(text, sentence_starts=()) is None


def test_the_note_is_a_byline_section_and_the_body_argues(pipeline):  # fails on the code before: body section
    doc = analyse_text(pipeline, OPED)
    at = OPED.index("Ana Soto Ramirez was")
    assert any(s.kind == "byline" and s.start == at for s in doc.sections), doc.sections
    accuse = event_with_word(doc, "ACCUSE", "accuse")
    assert accuse.attribution.kind == "author" and actor_names(doc, accuse.source) == {"Ana Soto Ramirez"}


# --- 2. the writer's addressee: "I urge X to do two things. First, it should ..." ---------------------------

def test_the_it_after_the_writers_urge_is_the_addressee(pipeline):  # fails on the code before: no event
    doc = analyse_text(pipeline, OPED)
    case = event_with_word(doc, "ACCUSE", "file")
    assert case.mode == "demanded"
    assert actor_names(doc, case.source) == {"Chile"} and actor_names(doc, case.target) == {"Bolivia"}
    demands = [e for e in events_of(doc, "REQUEST") if e.trigger.text == "should"]
    assert len(demands) == 2 and all(actor_names(doc, e.target) == {"Chile"} for e in demands), demands


def test_a_third_person_subject_before_is_read_as_before(pipeline):
    doc = analyse_text(pipeline, "The Chilean foreign ministry urged Bolivia to release the farmers. It also "
                                 "accused Bolivian soldiers of beating them.")
    found = event_with_word(doc, "ACCUSE", "accused")
    assert "Bolivia" not in actor_names(doc, found.source), actor_names(doc, found.source)


def test_a_person_the_writer_met_is_no_it(pipeline):
    doc = analyse_text(pipeline, "Chile must act\n\nBy Ana Soto Ramirez, law professor\n\nI met the Bolivian "
                                 "ambassador Luis Pena in Lima last year. He should resign.")
    assert not [e for e in doc.events if "Luis Pena" in actor_names(doc, e.target) and e.type == "REQUEST"
                and e.attribution.kind == "author" and e.trigger.text == "should"
                and "Ana Soto Ramirez" not in actor_names(doc, e.source)]


# --- 3. an editorial board's byline: the paper is the author -----------------------------------------------

EDITORIAL = """One veto must not hold the alliance hostage

By the Editorial Board

This editorial represents the view of the editorial board of The Lake Herald.

On Monday Hungary vetoed the new package of sanctions against Russia. We have long defended the unanimity \
rule in foreign policy. Budapest is not defending a national interest; it is selling its signature.

The European Council should open the procedure against Hungary at its summit next week. The Commission \
should keep the funds frozen until the reforms are in law.
"""


@pytest.mark.parametrize("text, publisher, name", [
    (EDITORIAL, None, "The Lake Herald"),
    ("Title\n\nBy the Editorial Board\n\nBody text here.", "The Lake Herald (editorial)", "The Lake Herald"),
    ("Title\n\nThe Editors of The Lake Herald\n\nBody text here.", None, "The Lake Herald"),
])
def test_an_editorial_board_signs_for_its_paper(text, publisher, name):
    board = editorial_board(split_lines(text), publisher)
    assert board is not None and board[0].name == name and board[0].affiliation == EDITORIAL_BOARD


@pytest.mark.parametrize("text, publisher", [
    ("Title\n\nBy Ana Soto Ramirez\n\nThe editorial board of The Lake Herald met on Monday.", None),
    ("Title\n\nBy the Editorial Board\n\nBody text here.", None),  # no name for the paper anywhere
    ("Title\n\nEditorial\n\nBody text here.", "The Lake Herald"),  # a section heading, not a byline
])
def test_no_board_without_its_byline_and_a_name(text, publisher):
    assert editorial_board(split_lines(text), publisher) is None


def test_an_editorials_demands_are_the_papers(pipeline):  # fails on the code before: no author, no demand
    doc = analyse_text(pipeline, EDITORIAL)
    paper = [a for a in doc.actors if a.role == "author"]
    assert [(a.name, a.kind) for a in paper] == [("The Lake Herald", "organization")]
    demands = [e for e in events_of(doc, "REQUEST") if e.trigger.text == "should"]
    assert {frozenset(actor_names(doc, e.target)) for e in demands} == {
        frozenset({"European Council"}), frozenset({"European Commission"})}
    assert all(actor_names(doc, e.source) == {"The Lake Herald"} and e.attribution.kind == "author"
               for e in demands)


# --- 4. a quoted speaker's "we" in commentary is the speaker's ---------------------------------------------

QUOTED = """The camps will not wait

By Rania Haddad

Rania Haddad is a senior fellow at a research institute in Amman.

Every crisis has a clock, and governments keep pretending this one has stopped. Nesrin Derik, who co-chairs \
the foreign relations department of the SDF, told me in Qamishli last month: "We have guarded these camps for \
the whole world. We have asked Washington for help many times, and nobody has answered."

I urge the governments of France and Britain to take their citizens home.
"""


def test_a_quoted_we_is_not_the_writer(pipeline):  # fails on the code before: Rania Haddad
    doc = analyse_text(pipeline, QUOTED)
    asked = event_with_word(doc, "REQUEST", "asked")
    assert "Rania Haddad" not in actor_names(doc, asked.source), actor_names(doc, asked.source)
    assert actor_names(doc, asked.source) == {"Nesrin Derik"}


def test_the_writers_own_we_outside_the_quote_stays_the_writer(pipeline):
    doc = analyse_text(pipeline, QUOTED)
    urge = event_with_word(doc, "REQUEST", "urge")
    assert actor_names(doc, urge.source) == {"Rania Haddad"}


# --- 5. defending one's own cause supports nobody ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Budapest is not defending a national interest; it is selling its signature.",  # fails on the code before
    "Indonesia has kept its doors open to all partners while defending its own interests with calm.",
    "Danish negotiators defended their fleet's interests, as negotiators do.",
    "Chile has defended the principle of free navigation for a century.",
])
def test_defending_ones_own_cause_is_no_support(pipeline, text):
    assert not events_of(pipeline(text), "SUPPORT")


@pytest.mark.parametrize("text", [
    "France defended Ukraine's sovereignty at the summit on Monday.",
    "The foreign minister defended Israel in the Security Council on Monday.",
    "Moscow defended its decision to expel the diplomats.",
])
def test_defending_an_actor_or_its_cause_is_still_support(pipeline, text):
    assert events_of(pipeline(text), "SUPPORT")


# --- 6. an op-ed's headline argues: no event in it ----------------------------------------------------------

SIGNED = """Ottawa should walk away from the fisheries deal

By Marcus Elroy, fisheries economist

Next month the Government of Canada is expected to sign a fisheries agreement with Denmark. I urge the \
Prime Minister not to sign it. The agreement was negotiated in secret, and the people of the coast were \
never consulted.
"""
WIRE = """Hungary vetoes new EU sanctions on Russia

By Ana Soto Ramirez

BRUSSELS, March 2 (Lake Wire) - Hungary vetoed a new package of European Union sanctions against Russia on \
Monday, diplomats said. Poland accused Hungary of blocking aid to Ukraine.
"""


def test_a_signed_opeds_headline_is_not_coded(pipeline):  # fails on the code before: REJECT "walk away"
    doc = analyse_text(pipeline, SIGNED)
    title_end = SIGNED.index("\n")
    assert not [e for e in doc.events if e.trigger.start < title_end], doc.events


def test_a_wire_reports_headline_is_still_coded(pipeline):
    doc = analyse_text(pipeline, WIRE)
    title_end = WIRE.index("\n")
    assert [e for e in doc.events if e.trigger.start < title_end and e.type == "REJECT"], doc.events


# --- 7. the writer's opinion aimed at nobody is no accusation or demand ------------------------------------

BARE = """Europe must not look away

By Helena Marquart, former ambassador

For two years the junta in Niger has jailed its critics, and the European Union has done little. Some say \
patience will work. {}

The European Union must impose targeted sanctions on the members of the junta.
"""


@pytest.mark.parametrize("sentence, type_", [
    ("I disagree.", "ACCUSE"),  # fails on the code before: an ACCUSE at the European Union, a guess
    ("What I ask is simple.", "REQUEST"),  # fails on the code before
    ("I am not asking for much.", "REQUEST"),  # fails on the code before
])
def test_the_writers_bare_opinion_is_no_event(pipeline, sentence, type_):
    text = BARE.format(sentence)
    doc = analyse_text(pipeline, text)
    s = text.index(sentence)
    assert not [e for e in events_of(doc, type_) if s <= e.trigger.start < s + len(sentence)], doc.events


def test_the_writers_opinion_that_names_its_target_stays(pipeline):
    text = BARE.format("I accuse Paris and Rome of undermining a common position.")
    doc = analyse_text(pipeline, text)
    found = event_with_word(doc, "ACCUSE", "accuse")
    assert actor_names(doc, found.source) == {"Helena Marquart"}


# --- 8. "it should ask X to ...": the writer's demand and the demanded request ------------------------------

def test_a_demanded_request_to_a_named_addressee_is_kept(pipeline):  # fails on the code before: one REQUEST
    doc = analyse_text(pipeline, OPED)
    requests = [(actor_names(doc, e.source), actor_names(doc, e.target), e.mode) for e in events_of(doc, "REQUEST")
                if "Organization of American States" in actor_names(doc, e.target)]
    assert requests == [({"Chile"}, {"Organization of American States"}, "demanded")], requests


def test_a_demand_verb_without_an_addressee_is_one_request(pipeline):
    doc = analyse_text(pipeline, "Fisheries deal\n\nBy Marcus Elroy, fisheries economist\n\nThe talks went badly. "
                                 "Ottawa should demand a moratorium on new trawling in the strait.")
    requests = events_of(doc, "REQUEST")
    assert len(requests) == 1 and actor_names(doc, requests[0].target) == {"Canada"}, requests


# --- 9. a measure a veto stopped did not happen ------------------------------------------------------------

@pytest.mark.parametrize("text, absent", [
    ("On Monday Hungary vetoed the new package of sanctions against Russia.", "SANCTION"),  # fails on the code before
    ("The same afternoon Hungary blocked the release of six billion euros from the peace fund.", "RETREAT"),
])
def test_a_vetoed_measure_is_no_event(pipeline, text, absent):
    doc = pipeline(text)
    assert not events_of(doc, absent), doc.events
    assert events_of(doc, "REJECT"), doc.events  # the veto is


def test_a_withdrawal_put_off_is_not_demanded(pipeline):  # fails on the code before: RETREAT demanded
    text = QUOTED.replace("I urge the governments", "Washington should delay its withdrawal until every "
                          "detainee has been screened. I urge the governments")
    assert not events_of(analyse_text(pipeline, text), "RETREAT")


@pytest.mark.parametrize("text, type_", [
    ("The European Union imposed a new package of sanctions against Russia.", "SANCTION"),
    ("Israel blocked aid to Gaza on Monday.", "SANCTION"),
])
def test_a_measure_taken_or_a_blocked_delivery_stays(pipeline, text, type_):
    assert events_of(pipeline(text), type_)


# --- 10. a writer's "our government" is the writer's state, where the byline gives it -----------------------

WRITER = """The treaty deserves a vote

By Tigran Avetisyan, former foreign minister of Armenia

Armenia and Azerbaijan initialled the treaty in August. {}

Parliament should now ratify the treaty without further delay.
"""


def test_a_writers_our_government_is_the_writers_state(pipeline):  # fails on the code before: the writer
    doc = analyse_text(pipeline, WRITER.format("When our government asked Russia for help in 2020, Moscow did nothing."))
    found = event_with_word(doc, "REQUEST", "asked")
    assert actor_names(doc, found.source) == {"Armenia"}, actor_names(doc, found.source)


def test_a_statements_our_government_stays_its_issuer(pipeline):
    doc = analyse_text(pipeline, "Statement by the Ministry of Foreign Affairs of Armenia\n\nOur government has "
                                 "asked Russia for help to secure the border.")
    found = event_with_word(doc, "REQUEST", "asked")
    assert [a.role for a in doc.actors if a.id in found.source] != ["author"]
    assert actor_names(doc, found.source) == {"Ministry of Foreign Affairs"}, actor_names(doc, found.source)


# --- 11. "not ... lightly": the writer does the act, with care ------------------------------------------------

@pytest.mark.parametrize("text, mode", [
    ("I do not accuse Tanzania of bad faith lightly.", "asserted"),  # fails on the code before: negated
    ("Chile did not accuse Peru of bad faith.", "negated"),
    ("I do not blame Copenhagen alone for this.", "asserted"),
])
def test_a_not_on_the_manner_leaves_the_act_asserted(pipeline, text, mode):
    found = events_of(pipeline(text), "ACCUSE")
    assert [e.mode for e in found] == [mode], found


# --- 12. an act asked of the one a demanded request addresses is not coded -----------------------------------

@pytest.mark.parametrize("text, absent", [
    ("Malawi should ask the African Union to send observers to the lake.", "AID"),  # fails on the code before
    ("Ottawa should invite the Inuit Circumpolar Council to join the talks as a full party.", "CONSULT offered"),  # same
])
def test_an_act_two_demands_down_is_not_coded(pipeline, text, absent):
    type_, _, mode = absent.partition(" ")
    found = [e for e in events_of(pipeline(text), type_) if not mode or e.mode == mode]
    assert not found, found


def test_an_act_asked_by_an_asserted_call_stays_demanded(pipeline):
    doc = pipeline("The foreign ministers called on Russia to withdraw its troops from the border.")
    assert [e.mode for e in events_of(doc, "RETREAT")] == ["demanded"]


def test_opening_a_procedure_against_a_state_accuses_it(pipeline):  # fails on the code before: no event
    doc = pipeline("The European Council opened the procedure against Hungary under Article 7 of the treaty.")
    found = event_with_word(doc, "ACCUSE", "opened")
    assert actor_names(doc, found.target) == {"Hungary"}


# --- 13. the writer's employer a byline or note names is no guessed party -------------------------------------

def test_bodies_named_only_in_the_note_are_the_writers_side(pipeline):  # fails on the code before: the author only
    from communique.stages.events import _bylined

    text = ("Europe must stop waiting\n\nBy Helena Vos\n\nHelena Vos is a senior fellow at a research institute "
            "in The Hague.\n\nThe military rulers of Niger have jailed the elected president. The European Union "
            "must impose sanctions on them.\n")
    doc = analyse_text(pipeline, text)
    names = {a.name for a in doc.actors if a.id in _bylined(doc)}
    assert "research institute" in names and "Helena Vos" in names, names
    assert "Niger" not in names and "European Union" not in names, names


# --- Review fixes (round 34f8): what main read right and e17 read wrong stays read as main read it ------------

@pytest.mark.parametrize("note", [
    "Tomas Varga covers Central Europe for the agency.",
    "Tomas Varga reported from Vienna; additional reporting by Eva Horvat in Budapest.",
    "Tomas Varga is the Vienna correspondent of a wire service.",
    "Tomas Varga interviewed the minister at her office in Bratislava.",
    "Tomas Varga is the spokesperson of the Ministry of Foreign Affairs.",
])
def test_a_reporters_or_spokespersons_line_is_no_note(note):
    assert _note(f"Title line\n\nBy Tomas Varga\n\nThe body of the piece starts here.\n\nIt goes on.\n\n{note}") is None


WIRE_NOTE = """Slovakia holds up EU loan for Moldova

By Tomas Varga

VIENNA (Agency) - European finance ministers could not agree on Tuesday on a loan for Moldova, and the delay may \
cost Chisinau dearly in a hard winter.

Slovakia held up the loan. Its finance minister said the terms were too loose and that "nobody checks where the \
money goes".

Officials said it was hard to see a way out before spring. Some felt the other members should go ahead alone, \
though that would be slow and awkward.

For Chisinau the wait is painful. Its gas bills are due, and a split Union sends the worst possible message.

Tomas Varga writes on the European Union for the agency.
"""


def test_a_wire_report_with_a_line_on_its_reporter_stays_news(pipeline):  # fails on e17: commentary, no headline
    doc = analyse_text(pipeline, WIRE_NOTE)
    assert not any(s.kind == "commentary" for s in doc.sections), doc.sections
    assert any(e.trigger.start < WIRE_NOTE.index("\n") for e in doc.events), [(e.type, e.trigger.text) for e in doc.events]


def test_a_press_release_signed_by_its_spokesperson_keeps_its_headline(pipeline):  # fails on e17: no SUPPORT
    text = ("Ghana welcomes truce in Mali\n\nBy Kofi Mensah, Spokesperson\n\nACCRA - The Government of Ghana welcomes "
            "the truce agreed by the Malian army and the rebels in Algiers.\n\nWe urge both sides to keep it. Ghana "
            "stands ready to help.")
    doc = analyse_text(pipeline, text)
    assert [e for e in events_of(doc, "SUPPORT") if e.trigger.start < text.index("\n")], event_cues_of(doc)


@pytest.mark.parametrize("text, word, source", [
    # a report: the "it" of an act told is no one the text urged
    ("GENEVA, May 9 - The World Health Organization condemned an air strike on a clinic in Sudan. It was the worst "
     "attack on a clinic this year. It killed at least nine patients.\n\nThe African Union also condemned the strike.",
     "killed", "World Health Organization"),
    # a statement: "we call on X ... It attacked ...": the "it" is not X
    ("Statement by the Ministry of Foreign Affairs of Latvia\n\nLatvia condemns the strike on Kharkiv. We call on "
     "the international community to hold Russia to account. It attacked a crowded railway station.",
     "attacked", "international community"),
    # an op-ed: an act asserted of "it" (no modal of demand) is not the urged addressee's
    ("Wellington must stand firm\n\nBy Aroha Ngata\n\nAroha Ngata is a former New Zealand trade minister.\n\nI urge "
     "the Government of New Zealand to take Fiji to arbitration. It has detained our fishing boats for a year and it "
     "refuses to negotiate.", "detained", "New Zealand"),
])
def test_an_it_is_the_urged_addressee_only_in_an_opeds_demand(pipeline, text, word, source):  # fails on e17
    doc = analyse_text(pipeline, text)
    assert not [e for e in doc.events if word in e.trigger.text and source in actor_names(doc, e.source)], \
        event_cues_of(doc)


def test_an_it_after_an_it_not_urged_is_no_addressee(pipeline):  # fails on e17: ACCUSE AU -> WHO
    doc = analyse_text(pipeline, "GENEVA, May 9 - The World Health Organization condemned an air strike on a clinic "
                                 "in Sudan. It was the worst attack on a clinic this year. It killed at least nine "
                                 "patients.\n\nThe African Union also condemned the strike.")
    assert not [e for e in events_of(doc, "ACCUSE") if actor_names(doc, e.source) == {"African Union"}
                and "World Health Organization" in actor_names(doc, e.target)], event_cues_of(doc)


@pytest.mark.parametrize("text, source, target", [
    ("The African Union will defend the independence of Somalia.", "African Union", "Somalia"),
    ("Lithuania pledged to defend the sovereignty and territorial integrity of Georgia.", "Lithuania", "Georgia"),
])
def test_defending_a_cause_of_a_named_owner_is_support(pipeline, text, source, target):  # fails on e17: nothing
    doc = analyse_text(pipeline, text)
    assert [e for e in events_of(doc, "SUPPORT") if actor_names(doc, e.source) == {source}
            and target in actor_names(doc, e.target)], event_cues_of(doc)


def test_an_editorials_our_government_is_not_the_paper(pipeline):  # fails on e17: PROTEST by the paper
    text = ("Seoul must not blink\n\nBy the Editorial Board of The Harbour Post\n\nLast week a foreign coast guard "
            "ship rammed one of our fishing boats. Our government protested, but the ship's owners refused to pay.\n\n"
            "The ministry should take the case to an international court.")
    doc = analyse_text(pipeline, text)
    assert not [e for e in events_of(doc, "PROTEST") if "The Harbour Post" in actor_names(doc, e.source)], \
        event_cues_of(doc)


def test_a_posting_abroad_is_not_the_writers_country(pipeline):  # fails on e17: REQUEST by Chad
    text = ("The Sahel needs patience\n\nBy Paul Girard, former ambassador to Chad\n\nWhen our government asked for "
            "help in 2014, Chad welcomed our soldiers. Last year Chad expelled our envoy.\n\nWe should keep talking.")
    doc = analyse_text(pipeline, text)
    assert not [e for e in doc.events if actor_names(doc, e.source) == {"Chad"} and "asked" in e.trigger.text], \
        event_cues_of(doc)


@pytest.mark.parametrize("text, coded", [
    ("The European Commission opened the procedure for Albania's accession to the Union.", False),
    ("The European Commission opened a procedure against Poland over its courts.", True),
])
def test_a_procedure_is_an_accusation_only_against_someone(pipeline, text, coded):  # first fails on e17
    assert bool([e for e in events_of(pipeline(text), "ACCUSE") if "opened" in e.trigger.text]) == coded


def event_cues_of(doc) -> list:
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, e.trigger.text, [names.get(i) for i in e.source], [names.get(i) for i in e.target])
            for e in doc.events]
