"""Speed pass round 30s2: the actors stage's KB scan of the document and its whole-text searches.

* ``scan.KeyScanner``: the words that can start a key and the spans that end one (a key as written,
  or with its last word a plural whose stem makes a key) are two sets built with the index
  (``_start_words``, ``_key_ends``, from ``_plural_forms``, the inverse of ``_plural_stems``), so
  that the scan tests a span in one look-up (``_longest_plain``) and visits only the positions of
  words that can start a key; a text with a space inside a folded form is read as before
  (``_longest``);
* ``text.token_columns``: the runs read in its own loop, with no generator step per run;
* the whole-text searches that find nothing in most documents are skipped where the text cannot
  hold a match: ``_FLAGGED`` (no "-flagged"), ``BILL_WORDS`` and ``REFERRING_BODY`` (case-blind:
  ``text.may_hold_ignorecase``), ``_MEETING_OF`` (none of its words in the first 800 characters),
  ``_COORDINATED_NAME`` (no " of " right before the state's name).

Outputs are unchanged: each fast path is compared with the plain reading on texts written for these
tests and on random texts, and the gates opened or shut show that the comparison can fail."""

from __future__ import annotations

import random
import re

import pytest

from communique.actors import build, recognize
from communique.actors import scan as scan_module
from communique.actors import text as text_module
from communique.actors.scan import KeyScanner, _plural_forms, _plural_stems
from communique.actors.text import may_hold_ignorecase, token_columns, tokenize
from communique.stages import actors as actors_stage

TEXTS = [
    "The African Union met in Addis Ababa on Monday. The union said it would send monitors to the border, "
    "and foreign powers were told to stay out. Lawmakers in Nairobi passed a bill on the mission.",
    "Iranian forces seized the Panama-flagged vessel Ocean Star near Hormuz. Ocean Star had been sailing "
    "to Fujairah, and its crew members were taken to Bandar Abbas.",
    "The Ministry of Culture and Tourism of Azerbaijan opened a museum in Baku. Regional countries "
    "sent envoys, and the chairmen of two parties spoke for the opposition.",
    "Summary of the Summit of the Highland River Countries\n\nLeaders agreed to share the water. "
    "Ministers welcomed the plan of Rwanda, and the Ministers thanked Uganda for hosting the talks.",
    "Kestria's parliament voted on the budget. The court in Vallmora said the law was void, and the "
    "International Criminal Court ... the court would hear the case, the prosecutors said.",
    "UN Security Council members met in New York. The UN envoy for Yemen said fighter jets had struck "
    "Sanaa, and the Saudi-led coalition denied it.",
]


@pytest.fixture(scope="module")
def scanner():
    from communique.actors.kb import load_kb

    return KeyScanner(load_kb(()))


def _old_scan(sc: KeyScanner, norms, starts, ends, text):
    """The scan of round 29: every position visited, each span tested word by word with the stems of
    its last word (``_longest``)."""
    sc._index()
    out, i, n = [], 0, len(norms)
    while i < n:
        if not sc._can_start(norms[i]):
            i += 1
            continue
        best = sc._longest(norms, starts, ends, i, text)
        if best is not None and norms[i] == "the" and i + 1 < n:
            inner = sc._longest(norms, starts, ends, i + 1, text)
            if inner is not None and inner.j > best.j:
                best = inner
        if best is None:
            i += 1
        else:
            out.append(best)
            i = best.j
    return out


def _random_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["man", "men", "y", "ies", "es", "s", "e", "i", "a", "party", "troop", "chair", "x", "-", " "]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(3))
def test_plural_forms_invert_plural_stems(seed):
    words = _random_words(seed, 4000) + ["troops", "parties", "chairmen", "men", "ies", "yies", "es", "ss"]
    stems = {s for w in words for s in _plural_stems(w)} | set(words)
    for stem in stems:
        for w in words:
            assert (w in _plural_forms(stem)) == (stem in _plural_stems(w)), (w, stem)


def test_plural_forms_examples():
    assert _plural_forms("troop") == ("troops", "troopes")
    assert _plural_forms("party") == ("partys", "partyes", "parties")
    assert _plural_forms("chairman") == ("chairmans", "chairmanes", "chairmen")
    assert _plural_forms("man") == ("mans", "manes", "men")
    assert _plural_forms("y") == ()


def test_start_words_are_the_old_test(scanner):
    scanner._index()
    words = {w for t in TEXTS for w in token_columns(t)[0]} | set(_random_words(7, 3000))
    words |= {f for k in list(scanner._stem_keys)[:500] for f in _plural_forms(k)}
    for w in words:
        old = w in scanner._prefixes or any(s in scanner._stem_keys for s in _plural_stems(w))
        assert scanner._can_start(w) == old, w


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w for t in TEXTS for w in t.split()] + ["foreign", "powers", "troops", "parties", "chairmen",
                                                     "the", "The", "UN", "Security", "Council", "\u00a8", "K\u212a"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(400)]


@pytest.mark.parametrize("seed", range(3))
def test_scan_is_the_old_scan(scanner, seed):
    for text in TEXTS + [" ".join(TEXTS)] + _texts(seed):
        cols = token_columns(text)
        assert scanner.scan_columns(*cols, text) == _old_scan(scanner, *cols, text), text


def test_plain_spans_are_the_old_spans(scanner):
    """``_longest_plain`` against ``_longest`` at every position of texts with no space in a folded form."""
    for text in TEXTS + _texts(11):
        norms, starts, ends = token_columns(text)
        if " " in "".join(norms):
            continue
        for i in range(len(norms)):
            assert scanner._longest_plain(norms, starts, ends, i, text) == \
                scanner._longest(norms, starts, ends, i, text), (text, i)


def test_plural_key_ends_found(scanner):
    """A key whose last word is a plural ("foreign powers", "fighter jets", "regional countries")
    is found: a ``_key_ends`` without the plural forms would miss it."""
    text = TEXTS[0] + " " + TEXTS[5] + " Regional countries met."
    found = {m.text.lower() for m in scanner.scan(tokenize(text), text)}
    assert {"foreign powers", "fighter jets", "regional countries"} <= found
    scanner._index()
    assert "foreign powers" in scanner._key_ends and "foreign powers" not in scanner._keys


def test_spaced_forms_read_word_by_word(scanner):
    """A folded form with a space (the NFKD of a spacing diaeresis) takes the old reading: the
    scan's answers are those of ``_longest`` there too."""
    text = "The \u00a8 foreign powers and the UN Security Council met."
    cols = token_columns(text)
    assert " " in "".join(cols[0])
    found = scanner.scan_columns(*cols, text)
    assert found == _old_scan(scanner, *cols, text)
    assert "foreign powers" in {m.text for m in found}


def test_token_columns_are_the_tokens():
    rng = random.Random(5)
    pieces = ["Russia's", "U.S.", "-", " ", "  ", "\n", "\u00a0", "\u2019s", "\u212a", "\u00a8", "\u017f", "\u00e9",
              "x" * 130, "a-b", "&", "'s", "Iran", "."]
    for text in TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]:
        toks = tokenize(text)
        assert token_columns(text) == ([t.norm for t in toks], [t.start for t in toks], [t.end for t in toks])


def test_folded_onto_ascii_is_every_such_character():
    """The characters ``re.IGNORECASE`` matches to an ASCII letter, other than the ASCII letters."""
    letter = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert found == set(text_module._FOLDED_ONTO_ASCII)


@pytest.mark.parametrize("pattern, words", [
    (build.BILL_WORDS, build.BILL_WORD_STEMS),
    (recognize.REFERRING_BODY, recognize.REFERRING_BODY_WORDS),
])
def test_may_hold_ignorecase_never_misses_a_match(pattern, words):
    rng = random.Random(2)
    pieces = ["BILL", "Bills", "law", "LAWMAKERS", "legi\u017flature", "Parl\u0131ament", "parliament", "Senate",
              "congre\u017f\u017f", "the Court", "THE UNION", "The \u212aing", "the fund", "the   court", "the-court",
              " ", "x", "\u00e9", "\u0130", "-"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    for text in texts:
        if pattern.search(text):
            assert may_hold_ignorecase(text, words), text
    assert not may_hold_ignorecase("The Ministry of Culture met in Baku.", words)
    assert not may_hold_ignorecase(TEXTS[5], build.BILL_WORD_STEMS)
    assert may_hold_ignorecase("Parl\u0131ament", build.BILL_WORD_STEMS)  # dotless i: read by the pattern


def _open_gates(monkeypatch):
    """Every whole-text search run as before this pass (the scan's plain path included)."""
    monkeypatch.setattr(build, "may_hold_ignorecase", lambda text, words: True)
    monkeypatch.setattr(recognize, "may_hold_ignorecase", lambda text, words: True)
    monkeypatch.setattr(recognize, "_OF_AT_END", ("",))
    monkeypatch.setattr(actors_stage, "_MEETING_WORDS", ("",))
    monkeypatch.setattr(scan_module.KeyScanner, "_longest_plain", scan_module.KeyScanner._longest)


def _actors(text: str):
    from communique import analyze

    doc = analyze(text, published="2026-03-02")
    return [(a.name, a.kind, a.country, a.sector, a.role, a.key, a.mentions) for a in doc.actors]


def test_gated_actors_are_the_plain_actors(monkeypatch):
    gated = [_actors(t) for t in TEXTS]
    _open_gates(monkeypatch)
    assert gated == [_actors(t) for t in TEXTS]


def test_the_gated_rules_still_fire():
    """The flag state, the meeting's members and the body named with "and" before its state are still read."""
    from communique import analyze

    doc = analyze(TEXTS[1], published="2026-03-02")
    ship = next(a for a in doc.actors if a.name == "Ocean Star")
    assert ship.country == "PAN"
    doc = analyze(TEXTS[3], published="2026-03-02")
    members = next(a for a in doc.actors if a.name == "Highland River Countries")
    assert {doc.text[s:e] for s, e in members.mentions} >= {"Leaders", "Ministers"}
    doc = analyze(TEXTS[2], published="2026-03-02")
    assert any(doc.text[s:e].startswith("Ministry of Culture and Tourism") for a in doc.actors for s, e in a.mentions)


def test_shut_gates_change_the_actors(monkeypatch):
    """A gate that skipped every text would drop what the searches find (so the comparison above can fail)."""
    plain = [_actors(t) for t in TEXTS]
    monkeypatch.setattr(recognize, "_OF_AT_END", ("\x00",))
    monkeypatch.setattr(actors_stage, "_MEETING_WORDS", ("\x00",))
    assert plain != [_actors(t) for t in TEXTS]
