"""Quotes, round 26a: quotes on whole documents (open round 30, development statements).

Passages written for this round (names, places and events made up, except countries). Each
mechanism of the round (docs/quotes.md, "Round 26a") has its positive passages and negatives
(what must stay a quote or keep its speaker)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. a status cue with its object and the status it gives: an act, no speech ---------------

STATUS_ACTS = [
    ("""In reply, the ministry sent a note to the chargé d'affaires declaring three members of the \
consular staff persona non grata and giving them two days to leave.""", "consular staff"),
    ("""The opposition condemned the move by the interior ministry, announced late on Friday, to \
declare the military attaché of the embassy, Colonel Ivo Marek, persona non grata.""", "military attaché"),
    ("""After the vote in parliament the cabinet declared the main rebel movement a terrorist \
organisation.""", "rebel movement"),
    ("""The governor proclaimed the three flooded valleys a disaster area on Tuesday.""", "flooded valleys"),
]


@pytest.mark.parametrize("text, content", STATUS_ACTS)
def test_a_status_given_by_declaring_is_no_quote(analyze, text, content):
    doc = analyze(text)
    assert not _holding(doc, content), _quotes(doc)


@pytest.mark.parametrize("text, content", [
    ("The electoral board declared that the count in the southern districts had been fair.",
     "the count in the southern districts"),
    ("The mayor declared on the radio that the bridge would reopen within a week.", "the bridge would reopen"),
    ("The referee's union declared the new rules were unworkable, a spokesman said.", "the new rules were unworkable"),
])
def test_declaring_that_something_is_so_stays_a_quote(analyze, text, content):
    doc = analyze(text)
    assert _holding(doc, content), _quotes(doc)


# -- 2. the issuing body announcing in its own statement, in the present tense ---------------

ISSUER_STATEMENT = """Statement of the Ministry of Water Resources on the repair of the Kalden aqueduct

Issued on 8 March 2027

The Ministry of Water Resources (MWR) announces that repairs to the Kalden aqueduct will begin on \
15 March and will take about six weeks. The Ministry informs residents of the eastern districts that \
water will be delivered by tanker during the works.

The Ministry also confirms that the contractor has posted a performance bond.

The regional water board said on Monday that it had found cracks in two more sections. The World \
Bank says the project remains on schedule.
"""
ISSUER = "Ministry of Water Resources of the Republic of Estland"


def test_the_issuer_announcing_in_the_present_tense_is_its_own_words(analyze):
    doc = analyze(ISSUER_STATEMENT, publisher=ISSUER)
    texts = [q.text for q in doc.quotes]
    assert not any("repairs to the Kalden" in t or "delivered by tanker" in t or "performance bond" in t
                   for t in texts), texts


def test_other_bodies_and_past_tenses_in_the_issuers_statement_stay_quotes(analyze):
    doc = analyze(ISSUER_STATEMENT, publisher=ISSUER)
    assert _holding(doc, "found cracks in two more sections"), _quotes(doc)
    assert _holding(doc, "the project remains on schedule"), _quotes(doc)


def test_the_issuer_in_the_past_tense_reports_an_earlier_act(analyze):
    doc = analyze(ISSUER_STATEMENT.replace("announces that", "announced on Monday that")
                  .replace("will begin", "would begin").replace("will take", "would take"), publisher=ISSUER)
    assert _holding(doc, "repairs to the Kalden aqueduct"), _quotes(doc)


def test_another_body_announcing_in_the_issuers_statement_stays_a_quote(analyze):
    doc = analyze(ISSUER_STATEMENT.replace("The Ministry of Water Resources (MWR) announces",
                                           "The Harbour Authority of Porto Lindo announces"), publisher=ISSUER)
    assert _holding(doc, "repairs to the Kalden aqueduct"), _quotes(doc)
