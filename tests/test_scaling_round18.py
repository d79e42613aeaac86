"""Round 18 speed pass: ``events.speech.speech_drafts`` reads a sentence's speech and naming
verbs only where the sentence holds an accusing or supporting word (a gate; its telling verbs'
requests are read in every sentence). The gate must not change a draft: checked here against
the function with the gate held open, on random parses of one to three sentences whose words
are the cues' own verbs and words (hyphenated ones split as the tokenizer splits them)."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

import communique.events.speech as speech
from communique.events.lexicon import load_modality
from communique.events.speech import load_speech_cues, speech_drafts

_DEPS = ["nsubj", "nsubjpass", "dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "appos", "amod", "aux",
         "prep", "pobj", "agent", "neg", "det", "conj", "punct", "compound", "advmod"]
_FILLER = [("Chile", "Chile", "PROPN"), ("Peru", "Peru", "PROPN"), ("the", "the", "DET"), ("to", "to", "PART"),
           ("leave", "leave", "VERB"), ("was", "be", "AUX"), ("not", "not", "PART"), ("talks", "talk", "NOUN"),
           ("-", "-", "PUNCT"), (",", ",", "PUNCT"), ("would", "would", "AUX"), ("non", "non", "ADJ"),
           ("starter", "starter", "NOUN"), ("as", "as", "ADP")]


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _words(seed: int) -> list[tuple[str, str, str]]:
    sc, rng = load_speech_cues(), random.Random(seed)
    verbs = sorted(sc.telling_verbs | sc.naming_verbs | sc.speech_verbs)
    judging = sorted(sc.accusing_words | sc.supporting_words)
    return (_FILLER + [(v + "ed", v, "VERB") for v in rng.sample(verbs, 12)]
            + [(w, w, rng.choice(["ADJ", "NOUN", "VERB"])) for w in rng.sample(judging, 4) if "-" not in w])


def _add(frame, out: list, heads: list, deps: list) -> None:
    """Append a frame's (word, head, dependency) triples to the columns of a Doc being built."""
    for w, h, d in frame:
        out.append(w)
        heads.append(h)
        deps.append(d)


def _doc(vocab, rng: random.Random, words, judging_rate: float) -> Doc:
    """One to three sentences, each a speech frame ("Chile <verb> Peru <clause head> ... <word>",
    the clause a "to" clause or a said one) with random extra tokens hung on random earlier tokens
    of the sentence; a judging word in the frame at ``judging_rate``."""
    verbs = [w for w in words if w[0].endswith("ed")]
    judging = [w for w in words[len(_FILLER):] if not w[0].endswith("ed")]
    out, heads, deps = [], [], []
    for _ in range(rng.randint(1, 3)):
        b = len(out)
        said = rng.choice([("leave", "leave", "VERB"), ("was", "be", "AUX")])
        word = rng.choice(judging) if rng.random() < judging_rate else rng.choice(_FILLER)
        frame = [(_FILLER[0], b + 1, "nsubj"), (rng.choice(verbs), b + 1, "ROOT"),
                 (_FILLER[1], b + 1, rng.choice(["dobj", "dative", "nsubj"])),
                 (_FILLER[3], b + 4, "aux"), (said, b + 1, rng.choice(["xcomp", "ccomp"])),
                 (word, b + 4, rng.choice(["acomp", "attr", "dobj", "amod"]))]
        _add(frame, out, heads, deps)
        for _ in range(rng.randint(0, 6)):
            heads.append(rng.randrange(b, len(out)))
            out.append(rng.choice(words))
            deps.append(rng.choice(_DEPS))
    return Doc(vocab, words=[w for w, _, _ in out], spaces=[rng.random() < 0.7 for _ in out], heads=heads,
               deps=deps, lemmas=[lem for _, lem, _ in out], pos=[p for _, _, p in out])


def _key(drafts) -> list:
    return [(d.cand.token.i, d.types, [t.i for t in d.sources], [t.i for t in d.targets], d.cue) for d in drafts]


@pytest.mark.parametrize("seed", range(4))
def test_speech_drafts_with_the_gate_as_without(vocab, seed, monkeypatch):
    rng, words, cues = random.Random(seed), _words(seed), load_modality()
    made = gated = 0
    for _ in range(150):
        doc = _doc(vocab, rng, words, rng.choice([0.0, 0.05, 0.3]))
        for sent in doc.sents:
            heads = set()
            with monkeypatch.context() as m:
                m.setattr(speech, "_judging_word_in", lambda sent, sc: True)
                open_ = speech_drafts(sent, [], set(heads), cues)
            shut = speech_drafts(sent, [], set(heads), cues)
            assert _key(shut) == _key(open_), [t.text for t in sent]
            made += bool(open_)
            gated += not speech._judging_word_in(sent, load_speech_cues())
    assert made and gated  # both sides of the gate were seen, and drafts made


def test_a_split_hyphenated_judging_word_opens_the_gate(vocab):
    sc = load_speech_cues()
    hyphenated = sorted(w for w in sc.accusing_words | sc.supporting_words if "-" in w)
    if not hyphenated:
        pytest.skip("no hyphenated cue word")
    first, second = hyphenated[0].split("-", 1)
    doc = Doc(vocab, words=["Lima", "said", "it", "was", "a", first, "-", second], spaces=[1, 1, 1, 1, 1, 0, 0, 0])
    assert speech._judging_word_in(doc[:], sc)
    spaced = Doc(vocab, words=["Lima", "said", "it", "was", "a", first, "-", second], spaces=[1, 1, 1, 1, 1, 1, 1, 0])
    assert not speech._judging_word_in(spaced[:], sc)


# --- ``stance_evidence._professing_while`` reads only the words of sentences with a "while" ---

_PROFESSING = [("spoke", "speak", "VERB"), ("talks", "talk", "VERB"), ("claims", "claim", "VERB"),
               ("called", "call", "VERB"), ("denied", "deny", "VERB"), ("of", "of", "ADP"), ("about", "about", "ADP"),
               ("while", "while", "SCONJ"), ("While", "while", "SCONJ"), ("it", "it", "PRON"),
               ("itself", "itself", "PRON"), ("arms", "arm", "VERB"), ("peace", "peace", "NOUN"),
               ("Minsk", "Minsk", "PROPN"), ("envoys", "envoy", "NOUN"), (".", ".", "PUNCT")]
_PROFESSING_DEPS = ["prep", "dobj", "advcl", "mark", "nsubj", "csubj", "xcomp", "pobj", "punct", "conj"]


def _professing_doc(vocab, rng: random.Random, while_rate: float) -> Doc:
    """One to three sentences, each a frame ("Minsk spoke of peace while it arms ...", the
    professing word, its "of" and the "while" drawn at random, "while" at ``while_rate``) with
    random extra tokens hung on random earlier tokens of the sentence."""
    verbs = [w for w in _PROFESSING if w[2] == "VERB" and w[1] != "arm"]
    out, heads, deps = [], [], []
    for _ in range(rng.randint(1, 3)):
        b = len(out)
        mark = rng.choice(_PROFESSING[7:9]) if rng.random() < while_rate else _PROFESSING[6]
        frame = [(_PROFESSING[13], b + 1, "nsubj"), (rng.choice(verbs), b + 1, "ROOT"),
                 (rng.choice([*_PROFESSING[5:7], _PROFESSING[10]]), b + 1, rng.choice(["prep", "dobj"])),
                 (_PROFESSING[12], b + 2, "pobj"), (mark, b + 6, "mark"),
                 (rng.choice(_PROFESSING[9:11] + _PROFESSING[14:15]), b + 6, "nsubj"),
                 (_PROFESSING[11], b + 1, rng.choice(["advcl", "advcl", "conj"]))]
        _add(frame, out, heads, deps)
        for _ in range(rng.randint(0, 5)):
            heads.append(rng.randrange(b, len(out)))
            deps.append(rng.choice(_PROFESSING_DEPS))
            out.append(rng.choice(_PROFESSING))
    return Doc(vocab, words=[w for w, _, _ in out], heads=heads, deps=deps,
               lemmas=[lem for _, lem, _ in out], pos=[p for _, _, p in out])


@pytest.mark.parametrize("seed", range(4))
def test_professing_while_with_the_gate_as_without(vocab, seed, monkeypatch):
    import communique.rhetoric.stance_evidence as evidence
    from communique.views import release

    rng, found = random.Random(seed), 0
    for _ in range(150):
        doc = _professing_doc(vocab, rng, rng.choice([0.0, 0.3, 1.0]))
        gated = [(t.i, entry) for t, entry in evidence._professing_while(doc)]
        release(doc)
        with monkeypatch.context() as m:
            m.setattr(evidence, "_with_while", lambda doc, found: found)
            open_ = [(t.i, entry) for t, entry in evidence._professing_while(doc)]
        release(doc)
        assert gated == open_, [t.text for t in doc]
        found += bool(open_)
    assert found  # hypocrisies were found, so the comparison saw both sides
