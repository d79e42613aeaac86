"""Events of round 18c: the clause decides the mode, not the trigger. A past act inside a clause
that an old date frames is background (a conjunct, a relative clause, a year the parser reads as
a number, a date months before publication); a year that names a thing dates nothing; a "not"
above a "that"-clause denies the saying, not the act; a first-person "would ask" is a request
made; a reported "would" reaches a conjunct; a headline's "after" clause is a fact.
Sentences written for this project."""

from __future__ import annotations

import pytest

from conftest import analyse_text
from communique.events.extract import extract_sentence
from communique.events.lexicon import load_modality, parse_modality
from communique.resources import loader  # noqa: F401  (the resources package loads)


def _mode(nlp, text, trigger, published="2025-06-01"):
    doc = nlp(text)
    drafts = [d for sent in doc.sents for d in extract_sentence(sent, published)]
    for d in drafts:
        start, end = d.trigger_span()
        if trigger in doc.text[start:end]:
            return d.mode
    raise AssertionError(f"no event triggered by {trigger!r} in {text!r}: "
                         f"{[(d.type, d.mode) for d in drafts]}")


@pytest.mark.parametrize("text,trigger,mode", [
    # a relative clause inside a clause an old year dates
    ("In 2021 Peru held a vote on the treaty, which Bolivia condemned as a provocation.", "condemned",
     "historical"),
    # a year read as a number ("in 2022") still dates its own clause
    ("The Andean Community, which hosted a summit between the two presidents in 2022, said it would help.",
     "hosted a summit", "historical"),
    # a conjunct with no date of its own shares its first conjunct's
    ("Chilean troops left the border zone in 2019 and at Lima's request returned three years later.",
     "request", "historical"),
    # negative: a conjunct in the present perfect reaches up to now
    ("Peru annexed the islet in 2015 and has since attacked Chilean boats near it.", "attacked", "asserted"),
    # negative: a present relative clause frames the old act now
    ("In 2020 the tribunal ruled on the border case, which Quito now rejects.", "rejects", "asserted"),
    # negative: a conjunct with a date of the day keeps its own time
    ("Peru invaded the islet in 2016 and on Monday Lima accused Quito of provocations.", "accused", "asserted"),
    # a year that names a thing does not date the act
    ("The ministry called on Bolivia to respect the 1904 boundary treaty.", "called on", "asserted"),
    # a date months before publication, in the act's own clause
    ("The two foreign ministers met in Quito in October to discuss fishing rights.", "met", "historical"),
    # negative: a date of the day
    ("The two foreign ministers met in Quito on Tuesday to discuss fishing rights.", "met", "asserted"),
    # negative: "since" runs up to now
    ("Ecuador has blockaded the port since October.", "blockaded", "asserted"),
    # negative: a date in another clause (what was said) does not date the saying
    ("The envoy said on Friday that both governments had failed to honour the accord signed in 2019.",
     "said", "asserted"),
    # a "not" above a that-clause denies the saying, not the reported act
    ("\"Peruvian units are in the valley to defeat the rebel remnants,\" read the note; \"we will not be "
     "deterred.\"", "defeat", "intended"),
    # a reported "would" reaches the second conjunct
    ("Chile and Peru said they backed the envoy and would host a meeting of both delegations in Lima next month.",
     "host a meeting", "intended"),
    # a nominal act preferred is wished for
    ("Several Chilean senators preferred an investigation of President Rojas by the Senate Ethics Committee.",
     "investigation", "intended"),
    # a headline's "after" clause: the entry happened
    ("Ecuador seeks OAS meeting after Peruvian patrol boats enter its waters", "enter its waters", "asserted"),
])
def test_modes_of_round_18c(nlp, text, trigger, mode):
    assert _mode(nlp, text, trigger, "2025-06-01" if "October" not in text else "2025-06-20") == mode


def test_a_first_person_would_ask_is_a_request_made(pipeline):
    doc = analyse_text(pipeline, "Foreign Minister Ana Ruiz of Peru said: \"I would ask the Bolivian government to "
                                 "release the detained fishermen.\"")
    modes = [e.mode for e in doc.events if e.type == "REQUEST"]
    assert modes and modes[0] == "asserted", [(e.type, e.mode, e.cue) for e in doc.events]


def test_a_hypothetical_would_stays_hypothetical(nlp):
    # negative: a third-person "would" with no reporting verb is a condition
    assert _mode(nlp, "Bolivia would attack the border post if Peru moved its troops.", "attack") == "hypothetical"


def test_sentence_date_months_back_makes_the_act_background(pipeline):
    doc = analyse_text(pipeline, "Chile expelled two Peruvian diplomats in March 2024. On Monday Chile and Peru "
                                 "held talks in Santiago.", published="2025-02-10")
    modes = {e.type: e.mode for e in doc.events}
    assert modes.get("SANCTION") == "historical" or modes.get("COERCE") == "historical", modes
    assert modes.get("CONSULT") == "asserted", modes


def test_historical_min_days_is_data_and_optional():
    cues = load_modality()
    assert cues.historical_min_days == 180
    text = ("negation_words: [not]\nnegating_governors: [fail]\nfuture_auxiliaries: [will]\n"
            "intent_governors: [plan]\noffer_governors: [offer]\ndemand_governors: [urge]\n"
            "threat_governors: [threaten]\nhypothetical_auxiliaries: [would]\ndeontic_auxiliaries: [must]\n"
            "conditional_marks: [if]\nhistorical_phrases: [years ago]\nhistorical_period_nouns: [war]\n"
            "historical_min_years: 2\naccusing_verbs: [accuse]\ncontexts: {}\nlight_verbs: [launch]\n"
            "demand_modals: [must]\n")
    assert parse_modality(text).historical_min_days == 0  # left out: off
    assert parse_modality(text + "historical_min_days: 90\n").historical_min_days == 90
    with pytest.raises(Exception):
        parse_modality(text + "historical_min_days: -1\n")


def test_a_reporters_question_is_no_request_and_no_act(pipeline):
    doc = analyse_text(pipeline, "Asked about Peru's plan to close the border crossing at Tacna, Chilean President "
                                 "Marta Rojas said the matter was still open.")
    assert not [e for e in doc.events if e.type == "REQUEST"], [(e.type, e.cue) for e in doc.events]
    doc = analyse_text(pipeline, "Asked whether Bolivia would recall its ambassador from Lima, the foreign minister "
                                 "said no decision had been taken.")
    assert not [e for e in doc.events if e.type == "SANCTION"], [(e.type, e.cue) for e in doc.events]


def test_an_asked_to_participle_is_still_a_request(pipeline):
    # negative: "Asked to leave" reports a request that was made
    doc = analyse_text(pipeline, "Asked by Chile to leave the country, the Peruvian ambassador refused.")
    assert [e for e in doc.events if e.type == "REQUEST"], [(e.type, e.cue) for e in doc.events]
    assert [e for e in doc.events if e.type == "REJECT"], [(e.type, e.cue) for e in doc.events]
