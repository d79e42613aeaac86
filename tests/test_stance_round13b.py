"""Opinion texts signed by a writer (issue 18): an op-ed that argues from facts (an economist's or a
lawyer's piece) has fewer judging words than a columnist's, and its paragraphs read as a report by
the sentence model alone. A byline whose writer describes a role of their own outside a newsroom
("By X, port economist") lowers the commentary threshold of its language-based sections
(``SIGNED_COMMENTARY_THRESHOLD``); a reporter's byline ("island correspondent", "Staff Writer"),
an outlet's name ("Reuters") and no byline at all keep the threshold of reports.
"""

from __future__ import annotations

import pytest

from communique.document import Author
from communique.structure.sections import signed_opinion
from conftest import analyse_text

BODY = """Harbour towns live by their ferries. The island imports nearly all of its grain through one port, \
and for years that dependence was treated as a fact of the map rather than a risk.

In March the ferries stopped. Inspectors found new reasons to hold every cargo, and the mainland company \
that runs the route cancelled its sailings for six weeks. Flour was rationed and the price of bread doubled.

The mainland said the port was open. Yet the boats stayed tied up, and the harbour office had no \
explanation for the delay.

That was pressure, plainly applied, and it was shameful. We should not pretend otherwise. The island must \
build a second pier and sign a grain contract with another supplier before the next winter."""


@pytest.mark.issue(18)
@pytest.mark.parametrize("role,signed", [
    ("port economist", True),
    ("senior fellow at a maritime institute", True),
    ("columnist", True),
    ("island correspondent", False),
    ("Staff Writer", False),
    ("staff reporter", False),
    ("Reuters", False),
    (None, False),
])
def test_round13b_a_writers_own_role_signs_an_opinion_piece(role, signed):
    assert signed_opinion([Author("Mara Lind", role)]) is signed


def _body_kind(pipeline, byline: str | None) -> str:
    head = "The harbour that learned to wait\n\n" + (f"{byline}\n\n" if byline else "")
    doc = analyse_text(pipeline, head + BODY)
    return doc.section_at(len(head) + 5).kind


@pytest.mark.issue(18)
@pytest.mark.parametrize("byline,kind", [
    ("By Mara Lind, port economist", "commentary"),
    ("By Mara Lind, island correspondent", "news"),
    (None, "news"),
])
def test_round13b_a_signed_piece_that_argues_from_facts_is_commentary(pipeline, byline, kind):
    assert _body_kind(pipeline, byline) == kind
