"""Issue 9, third pass: the faster code paths give exactly what the plain ones give, and
the runner forks its workers only where that is safe."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

from communique import runner
from communique.actors.lookup import ActorIndex, index_for
from communique.actors.resolve import Resolver
from communique.actors.text import _tokenize, _tokenize_long, token_columns, tokenize
from communique.document import Actor
from communique.quotes import marks
from communique.structure import sentence_arrays, subjectivity

SENTENCES = [
    "The minister said on Tuesday that the talks in Geneva had failed.",
    "This is, frankly, a disgraceful betrayal of everything we stand for!",
    "Why would anyone believe the generals now?",
    "Exports rose 4.5% in March, according to the statistics office.",
    "We must act before it is too late, and we must act together.",
    "“It is over,” she said — and nobody in the room disagreed.",
    "Ok.",
]


# -- actors --------------------------------------------------------------------------------
LONG_TEXTS = [
    "Russia's President met the U.S. envoy in Geneva; talks ran late.\n\nBrussels' reply — "
    "“no comment” — came at 10.30 a.m. from EU officials.",
    "Ex-minister O'Neill said: 'the troops' withdrawal is over'.   Tabs\tand\u00a0odd\u2009spaces. "
    "The Foreign Ministry's spokesman, in Kyiv, called it “a step back”.",
    "x" * 130 + " and a run longer than the phrase cache: " + "Aa-Bb." * 30,
]


@pytest.mark.parametrize("text", LONG_TEXTS)
def test_scaling_long_text_tokens_equal_whole_text_tokens(text):
    assert len(text) > 120
    assert tuple(_tokenize_long(text)) == _tokenize.__wrapped__(text)
    assert tokenize(text) == list(_tokenize.__wrapped__(text))


def test_scaling_long_text_tokens_equal_on_random_text():
    rng = random.Random(11)
    alphabet = "ab'’‘`“”–—‐.-&s \n\t\u00a0\u3000é" + "\x1c\x85"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(121, 300)))
        assert tuple(_tokenize_long(text)) == _tokenize.__wrapped__(text), text
        assert token_columns(text) == _columns(_tokenize.__wrapped__(text)), text


#: The actor patterns as first written (a word boundary first), which the faster ones must equal.
_PLAIN_HYPHEN_COMPOUND = (r"\b(?!(?:Anti|Pro|Non|Ex|Neo|Pan|Post|Pre)-)[A-Z][\w.]*(?:-[A-Z][\w.]*)+|"
                          r"\b[A-Z][\w.]*(?=-(?:led|backed|funded|sponsored|supported|armed|allied|aligned|"
                          r"brokered|mediated|controlled|held|occupied)\b)")
_PLAIN_BILL_WORDS = r"\b(?:bills?|legislation|laws?|lawmakers?|legislators?|legislature|senate|congress|parliament)\b"
_PATTERN_TEXTS = [
    "Anti-Nordic posters, Pro-Valmar rallies and Xanti-Y; the Valmar-Ostria talks, the U.S.-Ostria deal.",
    "A Ruvak-led bloc, ruvak-led, Ruvak-ledger, Éva-Lund, 1A-B, _A-B, Ex-Im, Exx-Im, Neo-Nordic Non-Aligned.",
    "The Senate, a bill, bills, lawmakers, lawyers, billion, Congressional, ſenate, CONGRESS, by-law, law-maker.",
]


@pytest.mark.parametrize("text", _PATTERN_TEXTS)
def test_scaling_actor_patterns_match_as_written_plainly(text):
    from communique.actors.build import BILL_WORDS
    from communique.actors.recognize import HYPHEN_COMPOUND

    def spans(pattern, flags=0):
        return [m.span() for m in re.finditer(pattern, text, flags)]

    assert spans(HYPHEN_COMPOUND) == spans(_PLAIN_HYPHEN_COMPOUND)
    assert spans(BILL_WORDS) == spans(_PLAIN_BILL_WORDS, re.I)


def test_scaling_actor_patterns_match_as_written_on_random_text():
    from communique.actors.build import BILL_WORDS
    from communique.actors.recognize import HYPHEN_COMPOUND

    rng = random.Random(5)
    alphabet = "AaPpNnEexXtiorsl-._ ,1Éé" + "billsawmkergcnp" + "BLSCPſ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        assert [m.span() for m in HYPHEN_COMPOUND.finditer(text)] == \
            [m.span() for m in re.finditer(_PLAIN_HYPHEN_COMPOUND, text)], text
        assert [m.span() for m in BILL_WORDS.finditer(text)] == \
            [m.span() for m in re.finditer(_PLAIN_BILL_WORDS, text, re.I)], text


def _columns(toks) -> tuple[list, list, list]:
    return [t.norm for t in toks], [t.start for t in toks], [t.end for t in toks]


@pytest.mark.parametrize("text", LONG_TEXTS + ["", "  ", " Kyiv ", "Kyiv"])
def test_scaling_token_columns_are_the_tokens_columns(text):
    assert token_columns(text) == _columns(_tokenize.__wrapped__(text))


@pytest.mark.parametrize("text", LONG_TEXTS + ["The UN Security Council met the Russian President in Kabul."])
def test_scaling_scan_of_columns_is_the_scan_of_tokens(text):
    from communique.actors.kb import load_kb

    resolver = Resolver(load_kb())
    assert resolver.scan_columns(*token_columns(text), text) == resolver.scan(tokenize(text), text)


@pytest.mark.parametrize("phrase", ["the Russian President", "Kabul police", "former defence minister",
                                    "protesters", "a press conference", "the Kremlin"])
def test_scaling_phrase_memo_gives_the_uncached_answer(phrase):
    from communique.actors.kb import load_kb

    resolver = Resolver(load_kb())
    first = resolver.phrase(phrase, None, holders=False)
    assert resolver.phrase(phrase, None, holders=False) is first  # answered from the memo
    assert Resolver(load_kb())._phrase(phrase, __import__("datetime").date.today(), None, False,
                                       "government") == first


def test_scaling_phrase_memo_is_forgotten_when_the_kb_grows():
    from communique.actors.kb import Entry, build_kb

    kb = build_kb()  # a KB of its own: the cached one stays untouched
    resolver = Resolver(kb)
    assert resolver.phrase("Quillmark Vostrand", None) is None
    assert resolver.scan_text("Quillmark Vostrand") == ()
    kb.add_entry(Entry("org:quillmark", "Quillmark Vostrand", "organization", country="NOR", sector="EDU"))
    guess = resolver.phrase("Quillmark Vostrand", None)
    assert guess is not None and guess.key == "org:quillmark"
    assert [m.what for m in resolver.scan_text("Quillmark Vostrand")] == ["entry"]


def test_scaling_index_for_follows_the_actor_list():
    import spacy

    doc = spacy.blank("en")("One two")
    one = [Actor("a1", "One", "person", mentions=((0, 5),))]
    two = [Actor("a2", "Two", "person", mentions=((0, 5),))]
    assert index_for(one, doc).at(0, 5) is one[0]
    assert index_for(one, doc) is index_for(list(one), doc)  # the same actors: the same index
    assert index_for(two, doc).at(0, 5) is two[0]  # another list: a new index
    assert index_for([], doc).at(0, 5) is None
    assert index_for(one).at(0, 5) is one[0]  # no Doc: an index for this call
    assert isinstance(index_for(one), ActorIndex)


# -- quotes ----------------------------------------------------------------------------------
def _marks_by_character(text, start, end, single):
    """The character loop that ``marks._marks`` replaced (the reference)."""
    chars = (marks.SINGLE_OPEN + marks.SINGLE_CLOSE + marks.STRAIGHT_SINGLE) if single \
        else marks.DOUBLE_MARKS + marks.STRAIGHT_SINGLE
    out, i = [], start
    while i < end:
        c = text[i]
        if c == marks.STRAIGHT_SINGLE and not single:
            if text.startswith(marks.TWO_APOSTROPHES, i):
                out.append((i, marks._role_pair(text, i), 2))
                i += 2
                continue
        elif c in chars:
            role = marks._role(text, i, single)
            if role is not None:
                out.append((i, role, 1))
        i += 1
    return out


@pytest.mark.parametrize("text", [
    "“We will respond,” he said. ''Never,'' she replied, 'quietly'.",
    "It's the 'best' deal, said O'Brien’s aide ‘today’.",
    "'''Triple''' marks and a \"straight\" pair (\"again\").",
    "No marks at all here.",
])
def test_scaling_quote_mark_scan_equals_character_loop(text):
    for single in (False, True):
        assert marks._marks(text, 0, len(text), single) == _marks_by_character(text, 0, len(text), single)


def test_scaling_quote_mark_scan_equals_character_loop_on_random_text():
    rng = random.Random(5)
    alphabet = "ab '\"“”„«»‘’.,(-\n!?"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for single in (False, True):
            assert marks._marks(text, 0, len(text), single) == _marks_by_character(text, 0, len(text), single)


# -- structure -------------------------------------------------------------------------------
def test_scaling_mean_vector_is_bit_identical_to_token_vectors(nlp):
    if not nlp.vocab.vectors.shape[0]:
        pytest.skip("the model has no static vectors (sm)")
    for doc in nlp.pipe([*SENTENCES, " ".join(SENTENCES)]):
        sents = list(doc.sents)
        together = sentence_arrays._mean_vectors(doc, sents[::-1])[::-1]  # any order of spans
        for sent, fast_of_all in zip(sents, together):
            fast, slow = subjectivity._mean_vector(sent), sentence_arrays._mean_vector_tokens(sent)
            for found in (fast, fast_of_all):
                assert (found is None) == (slow is None)
                if found is not None:
                    assert found.dtype == slow.dtype and np.array_equal(found, slow)


def test_scaling_sentence_cues_of_a_document_equal_those_read_one_by_one(nlp):
    """The cues of all sentences read in one pass over the document (running totals, phrase
    positions) are those of each sentence read alone, and so are the probabilities."""
    for doc in nlp.pipe([" ".join(SENTENCES), "\n\n".join(SENTENCES)]):
        sents = list(doc.sents)
        together = subjectivity._cue_rows(doc, sents)
        for row, sent in zip(together, sents):
            alone = {**subjectivity.cue_counts(sent), **subjectivity.guideline_cues(sent)}
            assert alone == dict(zip(subjectivity.CUE_NAMES + subjectivity.GUIDELINE_NAMES, row))
        assert subjectivity.commentary_probabilities(doc, sents) == [
            subjectivity.commentary_probability(sent) for sent in sents]


# -- runner ----------------------------------------------------------------------------------
def test_scaling_fork_refused_with_unsafe_module_or_thread(monkeypatch):
    real_active_count = threading.active_count
    monkeypatch.setattr(runner, "_os_threads", lambda: 1)
    monkeypatch.setattr(runner, "FORK_UNSAFE_MODULES", ())
    # threads left by earlier tests of the same session (servers, pools) must not decide this one
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert runner.fork_is_safe() == ("fork" in __import__("multiprocessing").get_all_start_methods())
    monkeypatch.setattr(runner, "FORK_UNSAFE_MODULES", ("sys",))  # a module that is always loaded
    assert not runner.fork_is_safe()
    assert runner._start_method("auto", {}) == "spawn"
    monkeypatch.setattr(runner, "FORK_UNSAFE_MODULES", ())
    monkeypatch.setattr(threading, "active_count", real_active_count)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not runner.fork_is_safe()  # a second Python thread
    finally:
        stop.set()
        worker.join()
    monkeypatch.setattr(runner, "_os_threads", lambda: 1000)  # native threads of unknown origin
    assert not runner.fork_is_safe()
    monkeypatch.setattr(runner, "_os_threads", lambda: None)  # not Linux: unknown
    assert not runner.fork_is_safe()


def test_scaling_explicit_start_method_is_kept():
    assert runner._start_method("spawn", {}) == "spawn"
    assert runner._start_method("forkserver", {}) == "forkserver"


@pytest.mark.slow
@pytest.mark.issue(9)
def test_scaling_forked_workers_give_the_same_documents(tmp_path):
    """In a fresh process (single-threaded, nothing unsafe loaded) ``auto`` forks; the
    documents equal one process's, also across a pool replaced after its quota."""
    script = textwrap.dedent("""
        import sys
        from communique import runner
        from communique.pipeline import get_pipeline
        from communique.testing.corpus import generate_records

        chosen = []
        real = runner._start_method
        runner._start_method = lambda *a: chosen.append(real(*a)) or chosen[-1]
        runner.MAX_DOCS_PER_WORKER = 2  # one 2-document chunk per worker, then a new pool
        records = generate_records(7, seed=41)
        got = [d.to_dict() for d in runner.run_many(records, n_process=2, batch_size=2)]
        expected = [d.to_dict() for d in get_pipeline().pipe(records, 2)]
        print(chosen[0], got == expected, len(got))
    """)
    path = tmp_path / "fork_check.py"
    path.write_text(script)
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    method, same, count = out.stdout.split()
    if "fork" in __import__("multiprocessing").get_all_start_methods():
        assert method == "fork"
    assert same == "True" and count == "7"
