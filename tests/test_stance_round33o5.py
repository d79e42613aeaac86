"""Author stance, round 33o5 (issue 18): a text whose header names its genre as opinion is an opinion text.

An op-ed that attacks only through deeds has few judging words of the writer's own, so ``stance._is_opinion`` (the
author's judging words toward two actors) often does not read it as an opinion text, and there the sentence model
alone decides the actors named in passing. A header line that says what the text is ("Commentary by ...", "An
editorial by the board of ...", "Op-ed: ...", "An open letter to ...") now makes a text of four passages or more an
opinion text as well (``stance._opinion_header``, ``opinion_genres.en.txt``); a statement's title ("Statement by
the Spokesperson ...", "Comment by the Information Department ..."), a wire's "Analysis:" and a dateline do not. The
passages below were written for this test (a fishing harbour, a market company); the measurements are in
docs/rhetoric.md.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity

_TITLE = "The market hall was ours\n\n"
_BODY = ("Harbour towns along the Elwin coast sold their fish through the co-operative market at Port Elwin for forty "
         "years.\n\n"
         "Last spring Corvane Holdings bought the market hall. In June it raised the stall fees threefold. In August "
         "it closed the ice plant. In October it sold the quay to a property fund.\n\n"
         "The Elwin Fishers' Association kept the boats at sea all winter and sold the catch from a lorry in the "
         "square.\n\n"
         "The market hall is empty now, and the boats land their fish at Dunmore, sixty kilometres away.\n")


def _header(line: str) -> bool:
    from communique.rhetoric.stance import _opinion_header, paragraph_spans

    text = _TITLE + line + "\n\n" + _BODY
    return _opinion_header(text, paragraph_spans(text))


@pytest.mark.issue(18)
@pytest.mark.parametrize("line", [
    "Commentary by the editorial desk of the Elwin Courier",
    "A commentary by Maren Holt, who fished out of Port Elwin for thirty years",
    "An editorial by the board of the Elwin Courier",
    "Editorial, The Elwin Courier",
    "Editorial",
    "Op-ed: the harbour is not a property portfolio",
    "Opinion | Elwin coast",
    "Our view: give the fishers their hall back",
    "Guest essay by the chair of the Elwin Fishers' Association",
    "Blog post by Dr. Ines Quarry, lecturer in coastal economics",
    "An open letter to the owners of Corvane Holdings",
    "Letter to the editor",
])
def test_a_genre_line_in_the_header_is_read(line):
    assert _header(line), line


@pytest.mark.issue(18)
@pytest.mark.parametrize("line", [
    # a statement's title, a ministry's comment, a wire's news analysis, a dateline, a byline
    "Statement by the Spokesperson of the Ministry of Fisheries on the Port Elwin market",
    "Comment by the Information Department of the Ministry of Fisheries on the sale of the quay",
    "Analysis: Port Elwin's market hall stands empty as the fleet moves to Dunmore",
    "PORT ELWIN, March 4 (Coastal Wire) - The market hall stood empty on Tuesday",
    "By Maren Holt, a fisher from Port Elwin",
    # a genre word that does not name the text's genre
    "Column of lorries queues at the Dunmore gate",
    "Opinion in the harbour towns is divided over the sale of the quay",
    "Commentary on the draft fisheries law, issued by the ministry",
    "Letter to the Minister of Fisheries from the harbour master",
    # a long passage that opens with a genre word is no header line
    "Opinion: " + "the fishers of the Elwin coast have waited too long for an answer from the owners of the hall " * 3,
])
def test_other_header_lines_are_not_read(line):
    assert not _header(line), line


@pytest.mark.issue(18)
def test_a_genre_line_below_the_header_is_not_read():
    from communique.rhetoric.stance import _opinion_header, paragraph_spans

    text = _TITLE + "Port Elwin, 4 March 2026\n\n" + "Commentary by the editorial desk of the Elwin Courier\n\n" + _BODY
    assert not _opinion_header(text, paragraph_spans(text))


@pytest.mark.issue(18)
def test_the_header_makes_an_opinion_text_of_four_passages_only():
    from communique.document import Document
    from communique.rhetoric.stance import _is_opinion, paragraph_spans

    long = _TITLE + "Commentary by the editorial desk of the Elwin Courier\n\n" + _BODY
    short = _TITLE + "Commentary by the editorial desk of the Elwin Courier\n\nThe hall is empty.\n"
    for text, expected in ((long, True), (short, False)):
        assert _is_opinion({}, paragraph_spans(text), Document(text)) is expected
    assert not _is_opinion({}, paragraph_spans(long))  # without the document: the judging-words test alone


@pytest.mark.issue(18)
@pytest.mark.parametrize("line, clipped", [
    ("Commentary by the editorial desk of the Elwin Courier", True),
    ("An open letter to the owners of Corvane Holdings", True),
    ("Port Elwin, 4 March 2026", False),
])
def test_in_a_text_with_a_genre_line_the_model_alone_gives_no_position(line, clipped):
    # the fishers' association is told by one plain deed, with no evidence of the writer's own: the sentence model
    # alone reads it, and in an opinion text it is clipped to +-NEUTRAL_MAX_POLARITY
    from communique.rhetoric.stance import NEUTRAL_MAX_POLARITY

    polarity, reasons = author_polarity(_TITLE + line + "\n\n" + _BODY, "Elwin Fishers")
    assert all(r.startswith("sentence sentiment") for r in reasons), reasons
    assert (abs(polarity) <= NEUTRAL_MAX_POLARITY) is clipped, (polarity, reasons)
