"""Speed pass round 28s2: the actor builder found a name's later uses with a regular expression
built for that name, compiled anew for each document's names (``re``'s cache keeps patterns,
but a news article brings new names): ~0.06-0.3 ms a compile, ~6 a real document.

* ``actors.text.standalone_spans``: the uses of a name not inside a longer word, by ``str.find``
  (``add_surnames``: ``(?<![\\w-])NAME(?![\\w-])``, a particle surname in either case of its
  first letter; ``_occurrences``: ``(?<!\\w)NAME(?!\\w)``);
* ``actors.build._definite_uses``: "the <head word>" for the head words of a document's bodies,
  by one pattern for every document and a word test, where the words are ASCII;
* ``rhetoric.argument_stance.features``: a mention's sentence, its question mark and its negation
  from the Doc's views (the sentence list, the text, the relations) instead of ``Token.sent`` and a
  ``Token`` per word of the sentence.

Outputs are unchanged: the tests compare each new reading with the regular expression it
replaces (kept here) on random strings built to hit the edges (hyphens, underscores, digits,
letters ``re`` folds onto ASCII ones, overlapping uses), and check that the rules still fire.
Every text here was written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from communique.actors.build import _definite_uses, _occurrences
from communique.actors.text import standalone_spans


def _old_surname_spans(text: str, surname: str, particle: bool) -> list[tuple[int, int]]:
    """``add_surnames``' search before this round (the name first, its boundary checked behind it)."""
    word = re.escape(surname)
    if particle:
        word = f"[{surname[0]}{surname[0].upper()}]" + re.escape(surname[1:])
    return [m.span() for m in re.finditer(word + r"(?<![\w-]" + word + r")(?![\w-])", text)]


def _old_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    if not name.strip():
        return []
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", text)]


def _old_definite_uses(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"\b(?:the|The)\s+(?P<w>(?i:" + "|".join(map(re.escape, words)) + r"))\b(?!\s+of\b)(?![-\w])")
    return [(*m.span("w"), m.group("w")) for m in pattern.finditer(text)]


_PIECES = ["al-Varo", "Al-Varo", "Varo", "varo", "Varos", "Varo-Lind", "Lind", "x_Varo", "Varo1", "Váro",
           "ValVaro", "VaroVaro", "the", "Torsk", "Torsk Ahl", "Ahl"]
_GLUE = [" ", "-", "_", "", ", ", ".", "\n", "'s ", "(", "é"]


@pytest.mark.parametrize("seed", range(4))
def test_standalone_spans_are_the_old_surname_matches(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(0, 9)))
        for surname, particle in (("Varo", False), ("al-Varo", True), ("Varo-Lind", False), ("Ahl", False)):
            forms = (surname, surname[0].upper() + surname[1:]) if particle else (surname,)
            assert standalone_spans(text, forms, "-") == _old_surname_spans(text, surname, particle), (text, surname)


@pytest.mark.parametrize("seed", range(4))
def test_occurrences_are_the_old_matches(seed):
    rng = random.Random(100 + seed)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GLUE) for _ in range(rng.randint(0, 9)))
        for name in ("Torsk Ahl", " Varo ", "Al-Varo", "(Lind)", "   ", "VaroVaro", "Váro"):
            assert _occurrences(text, name) == _old_occurrences(text, name), (text, name)


@pytest.mark.parametrize("text, forms, joins, expected", [
    ("Varo said. Varo-Lind left; al-Varo and Al-Varo met.", ("Varo",), "-", [(0, 4)]),
    ("Varo said. Varo-Lind left; al-Varo and Al-Varo met.", ("Varo",), "", [(0, 4), (11, 15), (30, 34), (42, 46)]),
    ("al-Varo and Al-Varo met; xal-Varo did not.", ("al-Varo", "Al-Varo"), "-", [(0, 7), (12, 19)]),
    ("VaroVaro Varo_ Varo", ("Varo",), "", [(15, 19)]),
])
def test_standalone_spans_examples(text, forms, joins, expected):
    assert standalone_spans(text, forms, joins) == expected


_HEAD_PIECES = ["the", "The", "THE", "court", "Court", "courts", "air", "airline", "Airline", "of", "tribunal",
                "cour\u017ft", "\u212aey", "key", "éta", "Éta", "x1", "the the", "The court"]
_HEAD_GLUE = [" ", "  ", "\n", "-", ", ", "", " of ", "_", "'s "]


@pytest.mark.parametrize("seed", range(4))
def test_definite_uses_are_the_old_matches(seed):
    rng = random.Random(200 + seed)
    pool = ["court", "courts", "air", "airline", "key", "the", "tribunal", "éta", "\u017fun"]
    for i in range(4000):
        text = "".join(rng.choice(_HEAD_PIECES) + rng.choice(_HEAD_GLUE) for _ in range(rng.randint(0, 10)))
        words = sorted(set(rng.sample(pool[:7] if i % 2 else pool, rng.randint(1, 4))))
        assert _definite_uses(text, words) == _old_definite_uses(text, words), (text, words)


@pytest.mark.parametrize("text, words, expected", [
    ("The Court ruled; the court of appeal and the court-appointed panel did not.", ["court"], [(4, 9, "Court")]),
    ("the the court", ["court", "the"], [(4, 7, "the")]),
    ("the airline and the airlines", ["air", "airline"], [(4, 11, "airline")]),
    ("the \u017fea and the KEY", ["key", "sea"], [(4, 7, "\u017fea"), (16, 19, "KEY")]),
])
def test_definite_uses_examples(text, words, expected):
    assert _definite_uses(text, words) == expected == _old_definite_uses(text, words)


def test_the_rules_still_fire():
    """A later bare surname, a particle surname opening a sentence and a body's head word after
    "the" are still the actors they name."""
    from communique import analyze

    doc = analyze("Defence Minister Oleh Varnaby of Kestria met envoys from Vallmora on Monday. "
                  "Varnaby said the talks would go on.\n\n"
                  "Adel al-Sharani, the foreign minister of Vallmora, also spoke. Al-Sharani said the "
                  "border must stay open.\n\n"
                  "The Coastal Fisheries Tribunal, a court of nine judges, ruled on Tuesday. "
                  "The tribunal said the nets were legal.", published="2026-03-02")
    by_name = {a.name: a for a in doc.actors}
    texts = {a.name: [doc.text[s:e] for s, e in a.mentions] for a in doc.actors}
    varnaby = next(n for n in by_name if "Varnaby" in n)
    assert "Varnaby" in texts[varnaby]
    sharani = next(n for n in by_name if "Sharani" in n)
    assert "Al-Sharani" in texts[sharani]
    tribunal = next(n for n in by_name if "Tribunal" in n)
    assert any(t.lower() == "tribunal" for t in texts[tribunal])


_OPED_TEXTS = [
    "Kestria did not keep its word. Why should anyone trust its ministers now?\n\n"
    "Vallmora, for its part, never stopped the boats, and it will not.",
    "The Coastal League is not wrong. Its envoys have worked for peace; they deserve our thanks.",
    "Nobody asked the fishermen. Did the council read their letter? No, it did not!",
]


@pytest.mark.parametrize("text", _OPED_TEXTS)
def test_argument_features_readings_are_the_token_readings(text):
    """The readings ``argument_stance.features`` takes from the views are ``Token.sent``,
    ``Span.text`` and a walk of the sentence for a "neg" relation, for every token."""
    from communique.nlp import load_nlp
    from communique.views import dependency_tree, doc_text, release, sentence_of

    doc = load_nlp()(text)
    relations, neg_id = dependency_tree(doc)[1], doc.vocab.strings["neg"]
    assert any(t.dep_ == "neg" for t in doc)
    for tok in doc:
        sent, old = sentence_of(doc, tok.i), tok.sent
        assert (sent.start, sent.end, sent.start_char, sent.end_char) == (old.start, old.end, old.start_char, old.end_char)
        assert doc_text(doc)[sent.start_char:sent.end_char] == old.text
        assert (neg_id in relations[sent.start:sent.end]) == any(t.dep_ == "neg" for t in old)
    release(doc)
