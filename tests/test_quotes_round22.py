"""Quotes, round 22: quotes and speakers on blind statements and wire reports.

Passages written for this round (names, places and events made up, except countries) in genres
the development sets lack: a tanker seizure, a disputed election, a diplomat expulsion, a
prisoner swap. Each rule of the round (docs/quotes.md, "Round 22") has its positive passages
and its negatives (what must stay a quote)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. a quote after "X said:" that ends its sentence is X's, not the next sentence's subject ----

COLON_LED = [
    ("""Ukraine and Russia swapped 95 prisoners each on Monday. Addressing reporters in Kyiv, \
President Oksana Marchuk said: "We will bring every one of them home." Russian Defence Minister \
Pavel Orlov confirmed the numbers.""", "We will bring every one of them home", "Oksana Marchuk"),
    ("""The two sides signed the exchange protocol in Doha on Friday. Foreign Minister Lina Haddad \
said: "Every family that waited for this day deserves our thanks." Deputy Minister Omar Nasser \
thanked the Qatari mediators.""", "Every family that waited", "Lina Haddad"),
    ("""The electoral commission declared President Joseph Mwale the winner on Saturday. Speaking \
at a rally in Lilongwe, opposition leader Grace Phiri said: "We will not accept a stolen count!" \
Commission chairman Daniel Kachere defended the tally.""", "We will not accept a stolen count", "Grace Phiri"),
]


@pytest.mark.parametrize("text, opening, speaker", COLON_LED)
def test_a_colon_led_quote_is_the_speakers_before_the_colon(analyze, text, opening, speaker):
    assert _speakers_of(analyze(text), opening) == {speaker}


def test_a_quote_with_its_attribution_after_it_keeps_that_speaker(analyze):
    # no colon before the quote: the attribution after it is the one (unchanged)
    doc = analyze("""Iran seized the tanker on Friday. "The ship broke maritime law," said Navy \
Commander Reza Tavakoli. Oil prices rose.""")
    assert _speakers_of(doc, "The ship broke maritime law") == {"Reza Tavakoli"}


def test_a_colon_quote_ending_with_a_comma_keeps_the_attribution_after_it(analyze):
    # the quote does not end its sentence: "..., she added" still attributes it
    doc = analyze("""The embassy was closed on Monday. The statement read: "All consular services \
are suspended until further notice," the spokeswoman Ana Costa added.""")
    assert _holding(doc, "All consular services are suspended")


# -- 2. (tried and reverted: an unmarked judgement, "denounced it as a violation", stays a quote:
# the Wikinews gold codes "dismissed the claim as groundless"; only one in marks is pinned here)

def test_a_judgement_in_quotation_marks_stays_a_quote(analyze):
    doc = analyze("""Iran seized a British-flagged tanker on Friday. The British foreign ministry \
described the seizure as "an act of state piracy".""")
    assert _holding(doc, "an act of state piracy"), _quotes(doc)


# -- 3. a question left open is no quote ---------------------------------------------------------

def test_a_question_nobody_answered_is_no_quote(analyze):
    doc = analyze("""Armenia and Azerbaijan exchanged twelve prisoners at the border on Sunday. \
Neither government has said whether more exchanges will follow. A Red Cross official declined to \
say whether the organisation had visited the remaining detainees. No minister would say when the \
next talks will be held.""")
    assert not _holding(doc, "whether more exchanges"), _quotes(doc)
    assert not _holding(doc, "whether the organisation had visited"), _quotes(doc)
    assert not _holding(doc, "when the next talks"), _quotes(doc)


def test_a_statement_by_a_named_speaker_stays_a_quote(analyze):
    doc = analyze("""Armenia and Azerbaijan exchanged twelve prisoners at the border on Sunday. \
Armenian Foreign Minister Ara Petrosyan said that more exchanges would follow in the spring.""")
    assert _speakers_of(doc, "more exchanges would follow") == {"Ara Petrosyan"}


# -- 4. a wire lede's trailing "..., officials said" sources the report, no quote -----------------

def test_a_wire_ledes_trailing_attribution_is_no_quote(analyze):
    doc = analyze("""Tanker seized off Oman

MUSCAT, Aug 14 (Gulf Wire) - Iranian commandos boarded a Panama-flagged tanker in the Strait of \
Hormuz on Wednesday and steered it towards Bandar Abbas, two shipping sources and Omani officials said.

The shipping sources said the tanker had been carrying fuel oil to Fujairah.""")
    assert not _holding(doc, "Iranian commandos boarded"), _quotes(doc)
    assert _holding(doc, "the tanker had been carrying fuel oil"), _quotes(doc)


def test_a_wire_lede_with_the_cue_first_stays_a_quote(analyze):
    doc = analyze("""VILNIUS, Feb 2 (Baltic Wire) - Lithuania said on Tuesday that it had expelled two \
Belarusian diplomats in response to the closure of its consulate in Grodno.""")
    assert _speakers_of(doc, "it had expelled two") == {"Lithuania"}


def test_a_body_sentence_with_a_trailing_attribution_stays_a_quote(analyze):
    doc = analyze("""VILNIUS, Feb 2 (Baltic Wire) - Lithuania expelled two Belarusian diplomats on Tuesday.

The diplomats were given 72 hours to leave the country, the Lithuanian foreign ministry said.""")
    assert _holding(doc, "The diplomats were given 72 hours"), _quotes(doc)


# -- 5. the third of three coordinated verbs keeps the first verb's subject ------------------------

def test_the_last_of_three_coordinated_verbs_speaks_for_the_first_subject(analyze):
    doc = analyze("""Belarus demanded an explanation within two days, warned that it would respond if \
more of its diplomats were expelled, and said it would raise the matter at the OSCE.""")
    assert _speakers_of(doc, "it would raise the matter at the OSCE") == {"Belarus"}


def test_two_coordinated_verbs_keep_their_subject(analyze):
    doc = analyze("""Belarus expelled two Lithuanian diplomats on Friday. Vilnius protested to the \
Belarusian envoy, recalled its charge d'affaires and said it would close its consulate in Grodno.""")
    assert _speakers_of(doc, "it would close its consulate") == {"Lithuania"}


# -- 6. a demand in the subjunctive ("demanded that Belarus reopen ...") is a request, no quote -----

def test_a_subjunctive_demand_is_no_quote(analyze):
    doc = analyze("""Lithuania demanded that Belarus reopen the consulate in Klaipeda. The opposition \
asked that the ballots be recounted under observers. Estonia proposed that the tanker be escorted \
to port.""")
    assert not _holding(doc, "Belarus reopen the consulate"), _quotes(doc)
    assert not _holding(doc, "the ballots be recounted"), _quotes(doc)
    assert not _holding(doc, "the tanker be escorted"), _quotes(doc)


def test_a_that_clause_in_a_tense_stays_a_quote(analyze):
    doc = analyze("""The opposition said that the commission had lied about the turnout. Iran insisted \
that the tanker had violated its waters. The ministry said the talks continue.""")
    assert _holding(doc, "the commission had lied"), _quotes(doc)
    assert _holding(doc, "the tanker had violated its waters"), _quotes(doc)
    assert _holding(doc, "the talks continue"), _quotes(doc)


def test_a_demand_with_quoted_words_stays_a_quote(analyze):
    doc = analyze("""Kenya expelled the envoy on Monday and demanded that he "leave at once".""")
    assert _holding(doc, "leave at once"), _quotes(doc)


# -- 7. (tried and reverted: a clause before ";" as no content of the cue after it; docs/quotes.md)


# -- 8. verbs after a relative clause set off by commas belong to the noun it describes -------------

def test_verbs_after_a_closed_relative_clause_speak_for_its_noun(analyze):
    doc = analyze("""The United Arab Emirates, from whose port of Fujairah the tanker had sailed, \
called on Iran to release the vessel and said it was ready to help settle the matter through dialogue.""")
    assert _speakers_of(doc, "it was ready to help settle the matter") == {"United Arab Emirates"}
