"""Small per-Doc indexes for rules that asked the same question of spaCy's ``Token``s many times
(round 22 speed pass). Each is built once per Doc and kept in its views (``views_of(doc).derived``),
so it goes when the stages release the views; each answers exactly what the ``Token`` reading it
replaces answers (``tests/test_speed_round22.py``)."""

from __future__ import annotations

from bisect import bisect_right

from .views import positions, sentence_of, views_of

_QUESTION_KEY = "question_marks"


def _question_marks(doc) -> tuple[bool, list[int]]:
    """(whether the Doc has sentence boundaries, the indices of its "?" tokens, in order)."""
    derived = views_of(doc).derived
    found = derived.get(_QUESTION_KEY)
    if found is None:
        found = derived[_QUESTION_KEY] = (doc.has_annotation("SENT_START"), positions(doc, {"?"}, lemmas=False))
    return found


def question_after(doc, i: int) -> bool:
    """Whether a "?" token follows token ``i`` in its sentence (``any(t.text == "?" for t in
    tok.sent[tok.i - tok.sent.start + 1:])``); without sentence boundaries, whether the next token
    is "?"."""
    bounded, marks = _question_marks(doc)
    if not bounded:
        return i + 1 < len(doc) and doc[i + 1].text == "?"
    k = bisect_right(marks, i)
    return k < len(marks) and marks[k] < sentence_of(doc, i).end
