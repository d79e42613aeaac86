"""Quotes on real documents, round 11 of issue 17: speakers named by an appositive the tagger
took for an organisation, quote paragraphs after a paragraph that reports speech inside
speech, descriptions of a mediator, "that" clauses parsed as adverbials, open questions,
pronouns after a fronted phrase, "the spokesperson" after "a spokesperson for X", and quoted
fragments that close reported speech. All sentences are invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

pytestmark = pytest.mark.issue(17)


def _quote(doc, opening):
    """``(speaker text, speaker actor name)`` of the quote of ``doc`` opening with ``opening``."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return quote.speaker_text, next((a.name for a in doc.actors if a.id == quote.speaker), None)


def test_an_appositive_name_tagged_as_an_organisation_names_the_role_holder(nlp):
    from communique.quotes.speakers import speaker_span

    text = "The EU's special envoy for the Arctic, Karin Obermaier, said the talks would resume."
    doc = nlp(text)
    name = next(i for i, t in enumerate(doc) if t.text == "Karin")
    doc.ents = [Span(doc, name, name + 2, label="ORG")]
    envoy = next(t for t in doc if t.text == "envoy")
    start, end = speaker_span(envoy)[2:]
    assert text[start:end] == "Karin Obermaier"


def test_a_place_in_apposition_is_no_name_of_the_role_holder(nlp):
    from communique.quotes.speakers import speaker_span

    text = "The envoy for the north, Upper Valley, said the talks would resume."
    doc = nlp(text)
    place = next(i for i, t in enumerate(doc) if t.text == "Upper")
    doc.ents = [Span(doc, place, place + 2, label="GPE")]
    envoy = next(t for t in doc if t.text == "envoy")
    start, end = speaker_span(envoy)[2:]
    assert text[start:end] == "envoy"


def test_a_quote_paragraph_takes_the_reporter_not_the_speech_reported_inside(analyze):
    doc = analyze("The mediator, Ana Ruiz, said the two unions had promised to return to the table next week.\n\n"
                  '"Nobody got what they wanted. That is usually a sign of a fair deal."')
    assert _quote(doc, "Nobody got") == ("The mediator", "Ana Ruiz")


def test_the_veteran_mediator_is_the_person_of_the_sentence_before(analyze):
    doc = analyze("Ana Ruiz, who chaired the talks for a decade, dismissed the complaint. "
                  "The veteran mediator said the board would not impose a wage deal on the dockers.")
    assert _quote(doc, "the board would") == ("The veteran mediator", "Ana Ruiz")


def test_a_that_clause_after_an_adverb_parsed_as_an_adverbial_is_reported_speech(analyze):
    doc = analyze("Tomas Berg and Ivo Marek met for an hour on Monday. "
                  "He told local journalists afterwards that the port had been cleared without delay.")
    assert _quote(doc, "that the port had") == ("He", "Tomas Berg")


def test_so_that_is_no_reported_speech(analyze):
    doc = analyze("Ivo Marek spoke slowly so that the visitors could follow the whole briefing.")
    assert not [q for q in doc.quotes if "visitors" in q.text]


@pytest.mark.parametrize("text", [
    "The harbour police could not confirm who had opened the gates.",
    "The harbour police did not say whether the gates had been forced open.",
])
def test_a_question_a_negated_cue_leaves_open_is_no_quote(analyze, text):
    assert not analyze(text).quotes


def test_a_question_a_cue_answers_is_still_reported(analyze):
    doc = analyze("The harbour police confirmed that the gates had been forced open overnight.")
    assert [q.text for q in doc.quotes] == ["that the gates had been forced open overnight"]


@pytest.mark.parametrize("text, opening", [
    ("Norway's fisheries ministry rejected the report. In a letter sent to the European Commission, "
     "it said the quotas had been set by law.", "the quotas"),
    ("Chile's mining ministry rejected the claim. Speaking on Radio Cooperativa, it said the licences "
     "had been granted lawfully.", "the licences"),
])
def test_a_pronoun_speaker_is_not_what_its_fronted_phrase_names(analyze, text, opening):
    speaker = _quote(analyze(text), opening)[1]
    assert speaker in ("Norway", "Chile")


def test_the_spokesperson_speaks_for_the_body_a_spokesperson_was_named_for(analyze):
    doc = analyze("A spokesperson for the Lisbon Port Authority said the cranes were working. "
                  "The spokesperson said the authority had been in close contact with the unions. "
                  "The spokesperson added that the night shift would resume on Monday.")
    first = _quote(doc, "the cranes")[1]
    assert first is not None
    assert _quote(doc, "the authority had") == ("The spokesperson", first)
    assert _quote(doc, "that the night shift") == ("The spokesperson", first)


def test_a_quoted_fragment_the_parse_hung_on_the_cue_closes_the_reported_speech(analyze):
    doc = analyze("Ivo Marek said on Monday that Austria was willing to host a meeting between Vienna and "
                  "Budapest “next month, if both of them agree”.")
    quote = next(q for q in doc.quotes if q.text.startswith("that Austria"))
    assert quote.text.endswith("“next month, if both of them agree”")


def test_a_direct_quote_after_reported_speech_stays_its_own(analyze):
    doc = analyze('Ivo Marek said the ferry would not sail on Monday. "We will wait for the wind to drop," he added.')
    assert any(q.kind == "direct" and q.text.startswith("We will wait") for q in doc.quotes)
    assert not any(q.kind == "indirect" and "We will wait" in q.text for q in doc.quotes)


@pytest.mark.parametrize("text, opening, speaker", [
    ("In Riga, lawmaker and former foreign minister Andris Kalnins said the treaty had been a mistake.",
     "the treaty", "Andris Kalnins"),
    ("In Lima, union leader and former senator Rosa Quispe said the strike would go on.",
     "the strike", "Rosa Quispe"),
    ('In Riga, lawmaker and former foreign minister Andris Kalnins said: "The treaty was a mistake."',
     "The treaty", "Andris Kalnins"),
])
def test_a_name_the_parse_hung_on_a_fronted_place_speaks(analyze, text, opening, speaker):
    assert _quote(analyze(text), opening)[1] == speaker
