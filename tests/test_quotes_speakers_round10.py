"""Quotes on real documents, round 10 of issue 17: speakers of quotes attributed by "as X put
it", signed on the line below, or by a pronoun whose only candidate is named inside a quote.
All sentences are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _speaker(doc, opening):
    """``(speaker text, speaker actor name)`` of the quote of ``doc`` opening with ``opening``."""
    quote = next(q for q in doc.quotes if q.text.startswith(opening))
    return quote.speaker_text, next((a.name for a in doc.actors if a.id == quote.speaker), None)


@pytest.mark.parametrize("text", [
    'As Ada Brun, a lawyer at the Centre for Rural Studies, recently put it, "Did the council follow its own rules?"',
    '"Did the council follow its own rules?" as Ada Brun put it last week.',
])
def test_as_someone_put_it_attributes_the_quote(analyze, text):
    assert _speaker(analyze(text), "Did the council") == ("Ada Brun", "Ada Brun")


def test_putting_something_somewhere_is_no_attribution(analyze):
    doc = analyze('Ada Brun put it on the table. "We will not sign this today."')
    assert _speaker(doc, "We will not sign") == (None, None)


def test_a_dash_line_under_a_quote_signs_it(analyze):
    doc = analyze('"The outbreak is under control and the hospitals are coping."\n\n'
                  "— Health Minister Ivo Marek\n\nThe ministry gave no figures.")
    assert _speaker(doc, "The outbreak") == ("Health Minister Ivo Marek", "Ivo Marek")


def test_a_dash_paragraph_under_a_quote_is_no_signature(analyze):
    doc = analyze('Ivo Marek spoke first. "The outbreak is under control," he said.\n\n'
                  "— In other news, Lena Dahl of the Harbour Board said ferries would run again in May "
                  "after repairs.")
    assert _speaker(doc, "The outbreak")[1] == "Ivo Marek"


@pytest.mark.parametrize("text", [
    "Norland's defence ministry issued a statement on Tuesday. \"Our forces acted in self-defence,\" it said.",
    '"I will meet Ivo Marek on Friday," she said.',
])
def test_a_pronoun_does_not_stand_for_someone_named_only_inside_the_quote(analyze, text):
    assert _speaker(analyze(text), "")[1] not in ("Our forces", "Ivo Marek")


@pytest.mark.parametrize("text, opening", [
    ("Ivo Marek speaking to reporters on Monday said the treaty was dead.", "the treaty was dead"),
    ('Ivo Marek speaking to reporters on Monday said: "The treaty is dead and we will not revive it."', "The treaty"),
    ('On Tuesday, Norland prime minister Ivo Marek speaking to the Harbour Forum called the treaty "a dead letter" '
     'and "plainly absurd".', "the treaty"),
])
def test_the_subject_of_a_participle_before_the_cue_speaks(analyze, text, opening):
    assert _speaker(analyze(text), opening)[1] == "Ivo Marek"


def test_spoke_of_reports_what_follows(analyze):
    doc = analyze("Ivo Marek spoke of a deep crisis in the party.")
    assert [(q.kind, q.text, q.speaker_text) for q in doc.quotes] == [
        ("indirect", "a deep crisis in the party", "Ivo Marek")]


def test_spoke_of_takes_the_gerund_the_parse_hung_on_the_verb(analyze):
    doc = analyze("The Norland statement spoke of Estland taking over the duty of guarding the border.")
    assert doc.quotes[0].text.startswith("Estland taking over the duty")


def test_speaking_of_after_an_attribution_is_a_topic(analyze):
    doc = analyze('"This is a disgrace," said Ivo Marek, speaking of the vote in the council. "It is a dark day."')
    assert [q.kind for q in doc.quotes] == ["direct", "direct"]


def test_both_nations_after_two_leaders_stand_for_their_states(analyze):
    doc = analyze("US President Jane Roe and Turkish President Ali Demir held a video call on Monday. Afterwards "
                  "both nations released statements speaking of a new deal on border trade. The United States and "
                  "Turkey have long disputed tariffs.")
    assert _speaker(doc, "a new deal")[1] in ("United States", "Turkey")


def test_a_name_hung_with_its_and_on_the_next_subject_is_coordinated():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from communique.quotes.speakers import _coordinated_before

    words = ["Jane", "Roe", "and", "Ali", "Demir", "spoke"]  # the parse hangs "Roe and" on "Demir"
    deps = ["compound", "nmod", "cc", "compound", "nsubj", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=[1, 4, 1, 4, 5, 5], deps=deps)
    assert _coordinated_before(doc[4])
    assert not _coordinated_before(doc[1])


@pytest.mark.parametrize("text, opening, name", [
    ('The Lund University Hospital admitted the patient on Friday. "His condition is stable," the hospital said.',
     "His condition", "Lund University Hospital"),
    ('The Ministry of Foreign Affairs of Norland summoned the envoy on Friday. "This is unacceptable," the foreign '
     'ministry said.', "This is unacceptable", "Ministry of Foreign Affairs"),
])
def test_a_definite_noun_speaker_is_the_body_named_before_that_holds_it(analyze, text, opening, name):
    assert _speaker(analyze(text), opening)[1].startswith(name)


def test_a_short_quote_paragraph_is_speech_of_the_speaker_before(analyze):
    doc = analyze('Ivo Marek said the city would appeal.\n\n"We will fight this all the way."\n\n'
                  '"Nobody is above the law."')
    assert _speaker(doc, "Nobody is above")[1] == "Ivo Marek"


def test_a_short_quoted_title_on_its_own_line_is_no_quote(analyze):
    doc = analyze('Ivo Marek said the city would appeal.\n\n"Harbour Lights Return."\n\nThe film opens in May.')
    assert not [q for q in doc.quotes if q.text.startswith("Harbour")]


def test_the_agent_of_a_passive_before_a_quote_paragraph_speaks(analyze):
    doc = analyze('The ruling was criticised by Ivo Marek, the mayor.\n\n'
                  '"Nobody is above the law, not even the court."')
    assert _speaker(doc, "Nobody is above")[1] == "Ivo Marek"


def test_a_description_naming_a_country_is_the_one_person_of_that_country(analyze):
    doc = analyze('Finnish Prime Minister Lena Dahl met Swedish Prime Minister Ivo Marek on Friday. "We agreed on a '
                  'lot," Dahl said. "There is more work to do," the Swedish leader added.')
    assert _speaker(doc, "There is more")[1] == "Ivo Marek"


def test_a_definite_organisation_noun_is_the_body_named_before(analyze):
    doc = analyze('Amnesty International published a report on Friday. "Torture is routine in the prisons," the '
                  'rights group said.')
    assert _speaker(doc, "Torture is routine")[1] == "Amnesty International"


@pytest.mark.parametrize("text", [
    '"The talks are over. We will not return to the table,"\nsaid Ivo Marek, the Finnish envoy.',
    '"The talks are over. We will not return to the table."\nIvo Marek, the Finnish envoy, said on Friday.',
    '"The talks are over. We will not return to the table."\nIvo Marek told reporters on Friday.',
])
def test_an_attribution_on_the_line_under_a_quote_names_its_speaker(analyze, text):
    assert _speaker(analyze(text), "The talks")[1] == "Ivo Marek"


@pytest.mark.parametrize("text", [
    '"The talks are over. We will not return to the table."\nIvo Marek said the envoy had left.',
    '"The talks are over. We will not return to the table."\n\nsaid Ivo Marek.',
])
def test_a_report_of_its_own_or_a_new_paragraph_under_a_quote_is_no_attribution(analyze, text):
    assert _speaker(analyze(text), "The talks") == (None, None)


def test_an_attribution_before_a_quote_outranks_a_dash_line_under_it(analyze):
    doc = analyze('Ivo Marek said: "We will meet every quota."\n— Finland: twenty tonnes\n— Sweden: ten tonnes')
    assert _speaker(doc, "We will meet")[1] == "Ivo Marek"
