"""Quotes on real documents, round 8 of issue 17: speakers resolved to the right actor. All
sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speaker_name(doc, opening):
    """Name of the speaker actor of the quote of ``doc`` opening with ``opening`` (None when none)."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return next((a.name for a in doc.actors if a.id == quote.speaker), None)


def test_statement_speaks_for_a_subject_named_in_apposition(analyze):
    doc = analyze('The company Norsk Kraft issued a statement on Tuesday. "We regret the outage," the statement said.')
    assert _speaker_name(doc, "We regret") == "Norsk Kraft"


def test_quantifier_speaks_for_the_group_named_in_reported_content(analyze):
    doc = analyze("According to a new survey, over 200 members of the House of Representatives favour an inquiry. "
                  "The rest were undecided. Some reported wanting to draft a motion.")
    assert "House of Representatives" in _speaker_name(doc, "wanting to draft")


@pytest.mark.parametrize("text, opening", [
    ('The Harbour Gazette quoted Lena Fisk as saying "the ferry will run again in May".', "the ferry will run"),
    ('"The ferry will run again in May," the Harbour Gazette quoted Lena Fisk as saying.', "The ferry will run"),
    ('"The ferry will run again in May," the Harbour Gazette reported Lena Fisk as saying.', "The ferry will run"),
    ("The Harbour Gazette quoted Lena Fisk as saying the ferry would run again in May.", "the ferry would run"),
])
def test_quoted_as_saying_speaks_for_the_person_quoted(analyze, text, opening):
    assert _speaker_name(analyze(text), opening) == "Lena Fisk"


def test_quoted_as_saying_in_the_passive_keeps_its_quote(analyze):
    doc = analyze('"The ferry will run again in May," Lena Fisk was quoted as saying by local radio.')
    assert _speaker_name(doc, "The ferry will run") == "Lena Fisk"


def test_according_to_after_an_attributed_quote_names_where_it_was_reported(analyze):
    doc = analyze('"The ferry will run again in May," Lena Fisk said, according to the Harbour Gazette.')
    assert [(q.kind, q.speaker_text) for q in doc.quotes] == [("direct", "Lena Fisk")]


def test_a_programme_named_after_a_cue_is_no_quote(analyze):
    doc = analyze('Crews cleared the road. Lena Fisk told "Coast Morning" on Monday that the ferry would run again.')
    assert [(q.kind, q.text[:14]) for q in doc.quotes] == [("indirect", "that the ferry")]


def test_a_title_case_quote_that_ends_its_sentence_stays_a_quote(analyze):
    doc = analyze('Crews cleared the road. Lena Fisk said: "Thank You All." Then she left.')
    assert [q.text for q in doc.quotes] == ["Thank You All."]


@pytest.mark.parametrize("text", [
    'Lena Fisk, the head of the harbour board, met Ivo Marek on Monday. Marek praised the board.\n\n'
    '"The new pier opens in May," the board head said.',
    "The talks were led by Lena Fisk, who is the harbour's chief negotiator. Ivo Marek attended too.\n\n"
    '"We are close to a deal," the negotiator said.',
])
def test_description_names_the_person_it_was_given_to_in_apposition(analyze, text):
    assert _speaker_name(analyze(text), "The new pier" if "pier" in text else "We are close") == "Lena Fisk"


def test_an_appositive_word_that_is_not_its_head_names_nobody(analyze):
    doc = analyze('Lena Fisk, a former ministry official, met Ivo Marek. "We agreed," the ministry said.')
    assert _speaker_name(doc, "We agreed") is None


@pytest.mark.parametrize("text, speaker", [
    ('Ivo Marek rejected a claim by Lena Fisk that "the pier is unsafe".', "Lena Fisk"),
    ('Ivo Marek dismissed Lena Fisk\'s warning that the pier "will not last the winter" and left.', "Lena Fisk"),
])
def test_quoted_fragment_of_a_named_claim_is_its_authors(analyze, text, speaker):
    doc = analyze(text)
    quote = next(q for q in doc.quotes if q.text.startswith("that"))
    assert "left" not in quote.text
    assert speaker in next(a.name for a in doc.actors if a.id == quote.speaker)


def test_quoted_fragment_of_an_unattributed_claim_gives_no_quote(analyze):
    assert analyze('Ivo Marek rejected the claim that the pier "is unsafe".').quotes == []


def test_according_to_between_a_conjunction_and_content_the_parse_hangs_on_its_object(analyze):
    doc = analyze("The league was founded in 1990. The militia is largely rural and, according to Norway, "
                  "devoted to the old regime.")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("devoted to the old regime", "Norway")]


@pytest.mark.parametrize("text, speaker", [
    ('Norsk Kraft cut 200 jobs on Monday. "The market has changed," the company said.', "Norsk Kraft"),
    ('Norsk Kraft was fined by Norway on Monday. "We will appeal," the company said.', None),
    ('Lena Fisk visited the plant. "We will appeal," the company said.', None),
])
def test_the_company_speaks_for_the_organisation_named_before_never_a_state_or_person(analyze, text, speaker):
    assert _speaker_name(analyze(text), "The market" if "market" in text else "We will") == speaker


def test_pronoun_takes_the_actors_stage_link_when_only_it_knows_the_genders(analyze):
    """The knowledge base knows both genders; no pronoun before tells the quotes stage."""
    doc = analyze('Nancy Pelosi met Mike Pompeo. Pompeo briefed her on Iran. "The briefing was thin," she said.')
    assert _speaker_name(doc, "The briefing") == "Nancy Pelosi"


def test_pronoun_after_a_subject_of_its_gender_keeps_the_salient_subject(analyze):
    doc = analyze('Lena Fisk met Ivo Marek on Monday. Marek asked for more time. "We have waited enough," he said.')
    assert _speaker_name(doc, "We have waited") == "Ivo Marek"
