"""Quotes, round 29q1: quotes and speakers in press statements, questions and answers, and
statements in the issuer's own voice.

Passages written for this round (names, places and events made up, except countries). Each
mechanism of the round (docs/quotes.md, "Round 29q1") has its positive passages and negatives
(what must stay as it was)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. the issuer's own act in the present perfect is no quote ---------------------------------

COMMUNIQUE = ("Communiqué of the Ministry of Foreign Affairs of Ruritania\n\n"
              "The Ministry of Foreign Affairs of Ruritania notes with concern the statement made on 3 June "
              "by the spokesperson of the Ministry of Foreign Affairs of Borduria. {sentence} We expect "
              "Borduria to respect the treaty.\n")


@pytest.mark.parametrize("sentence, content", [
    ("The Ministry has informed the Bordurian chargé d'affaires that Ruritania will not accept any change "
     "to the line.", "Ruritania will not accept any change"),
    ("The Ministry of Foreign Affairs has told the OSCE mission that its monitors are welcome to visit the "
     "area at any time.", "its monitors are welcome"),
])
def test_the_issuers_own_act_in_the_present_perfect_is_no_quote(analyze, sentence, content):
    doc = analyze(COMMUNIQUE.format(sentence=sentence))
    assert not _holding(doc, content), _quotes(doc)


@pytest.mark.parametrize("sentence, content", [
    # a person, and a body the issuer's words do not name, still report
    ("Minister Karel Novak has told the Bordurian envoy that Ruritania will not accept any change to "
     "the line.", "Ruritania will not accept any change"),
    ("The Bordurian Embassy has informed the press that its troops never crossed the river.",
     "its troops never crossed the river"),
])
def test_a_person_or_another_body_in_the_present_perfect_still_reports(analyze, sentence, content):
    doc = analyze(COMMUNIQUE.format(sentence=sentence))
    assert _holding(doc, content), _quotes(doc)


# -- 2. a form of address opening a question is no speaker ---------------------------------------

@pytest.mark.parametrize("text, opening, speaker", [
    ("Joint press conference of President Alma Reyes and Chancellor Otto Brandt\n\n"
     "Question: Chancellor, the European Commission said last week that the trade agreement with Mercosur "
     "is dead. Is it?\n\nChancellor Brandt: I do not think so.\n",
     "the trade agreement with Mercosur is dead", "European Commission"),
    ("Transcript of the press conference\n\nReporter: Mr President, the Russian embassy said this morning "
     "that the cable was damaged by a storm. Do you accept that?\n",
     "the cable was damaged by a storm", "Russia"),
])
def test_a_form_of_address_gives_way_to_the_speaker_after_it(analyze, text, opening, speaker):
    doc = analyze(text)
    assert _speakers_of(doc, opening) == {speaker}, _quotes(doc)


def test_an_appositive_closed_by_its_comma_keeps_its_subject(analyze):
    doc = analyze("Gabor Hollo, the opposition leader, said on Monday that the government was isolating "
                  "the country.")
    assert any(q.speaker_text == "Gabor Hollo" for q in _holding(doc, "the government was isolating")), \
        _quotes(doc)


def test_a_named_person_with_an_unclosed_appositive_keeps_the_name(analyze):
    # review: the appositive of a person's name left open up to the verb is not the speaker
    doc = analyze("Maria Lopez, a former general said on Monday that the army would stay in the barracks.")
    assert any(q.speaker_text == "Maria Lopez" for q in _holding(doc, "the army would stay")), _quotes(doc)


# -- 3. a title of another kind is no antecedent of a description --------------------------------

REMARKS = ("Remarks by the Prime Minister of Norland, Erik Vass, at a press conference in Oslo\n\n"
           "Good morning. Let me begin with the border. Yesterday {speaker} informed me that more than 400 "
           "people had crossed in a single night. I have asked for more police units.\n")


def test_the_interior_minister_is_not_the_prime_minister(analyze):
    doc = analyze(REMARKS.format(speaker="the Interior Minister"))
    assert "Erik Vass" not in _speakers_of(doc, "more than 400 people"), _quotes(doc)


def test_the_prime_minister_named_before_still_is_the_prime_minister(analyze):
    doc = analyze("Prime Minister Erik Vass of Norland met the mayors of the border towns on Monday. "
                  "Afterwards the Prime Minister told reporters that more than 400 people had crossed "
                  "in a single night.")
    assert _speakers_of(doc, "more than 400 people") == {"Erik Vass"}, _quotes(doc)


def test_a_countrys_description_still_goes_to_the_person_of_that_country(analyze):
    doc = analyze("President Karl Berg of Togo met the envoy in Lome on Monday. Later the Togolese president "
                  "told reporters that the border with Ghana would reopen in May.")
    assert _speakers_of(doc, "the border with Ghana would reopen") == {"Karl Berg"}, _quotes(doc)


# -- 4. a turn label the parse made the subject: the appositive after its form of address ----------

@pytest.mark.parametrize("turn, opening", [
    ("Question: Prime Minister, the opposition leader said on Monday that the government is isolating the "
     "country. What is your answer?", "the government is isolating the country"),
    ("Question: Prime Minister, the opposition leader said on Monday: \"This government has isolated the "
     "country.\" What is your answer?", "This government has isolated the country"),
])
def test_a_question_after_a_form_of_address_keeps_its_speaker(analyze, turn, opening):
    doc = analyze(f"Transcript of the press conference\n\n{turn}\n\nPrime Minister: I disagree.\n")
    assert any(q.speaker_text == "the opposition leader" for q in _holding(doc, opening)), _quotes(doc)


def test_a_turn_label_alone_is_still_no_speaker(analyze):
    doc = analyze("Transcript of the press conference\n\nSpokesperson: We have seen the remarks. The claim has "
                  "no basis.\n\nQuestion: Will you summon the ambassador?\n")
    assert not doc.quotes, _quotes(doc)
