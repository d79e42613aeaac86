"""Speed pass round 29s1: one pass over a sentence's words for all the sentence rules of the events
stage, in place of each rule's own test of the sentence.

* ``events.extract._opened_rules``: the sentence rules whose first test is a word of the sentence
  (``_rule_words``: the lemmas and lower-cased forms each tests) whose words the sentence holds,
  read once per sentence from one table per pair of cue objects (``_rule_gates``);
  ``extract_sentence`` calls only those;
* ``extract_sentence``: the rules over the drafts read so far, and the rules after the sentence
  rules, run only when there is a draft (each does nothing with none).

Outputs are unchanged: each test compares the gated reading with the plain one (every rule called)
on texts written for these tests."""

from __future__ import annotations

import random

import pytest

TEXTS = [
    "Ostrava must withdraw its troops from the border, the minister said.",
    "Kestria refused to comply with the ruling of the court and rejected the claim as false.",
    "The ministry regrets that the authorities failed to inform the Embassy of the arrest.",
    "We regret that Vallmoran troops shelled the village of Brenholm on Monday.",
    "Tarsk called the blockade 'an act of piracy' and said the claims were baseless.",
    "Thousands of protesters marched through the capital and blocked the main bridge.",
    "The government is deeply concerned by the decision of Kestria to expel the envoy.",
    "Any provocation by Ostrava will not go unanswered, the defence minister warned.",
    "Vallmora will respond in a proportionate manner to the attack on its embassy.",
    "The spokesman said Kestria had nothing to do with the bombing of the pipeline.",
    "Twelve soldiers died near the border on Sunday, and two civilians were wounded.",
    "Our patience with Ostrava is running out, and we will not stand idly by.",
    "The Union will take further measures against those who supply arms to the militia.",
    "The council is critical of the new law and supportive of the mediation effort.",
    "Kestria has a duty to let the monitors work, the envoy told reporters.",
    "The weather in the capital was mild and the markets were calm on Tuesday.",
    "Nothing was decided at the meeting of the two delegations in Ostend.",
    "The president thanked the volunteers for their work at the harbour.",
    "Kestria would not accept the conditions set by Ostrava.",
    "Ostrava will pay a heavy price for the attack, the minister said.",
    "The Ministry regrets that Ostrava failed to inform the Embassy of the arrest.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def _all_rules(cues):
    from communique.events.extract import _rule_words
    from communique.events.speech import load_speech_cues

    return frozenset(rule for rule, _lemmas, _lowers in _rule_words(load_speech_cues(), cues))


def _plain_opened(sent, cues):
    """The rules whose words ``sent`` holds, each rule's set tested on its own."""
    from communique.events.extract import _rule_words
    from communique.events.speech import load_speech_cues
    from communique.views import token_strings

    lowers, lemmas = token_strings(sent.doc)
    words = set(lemmas[sent.start:sent.end]), set(lowers[sent.start:sent.end])
    return frozenset(rule for rule, lemma_words, lower_words in _rule_words(load_speech_cues(), cues)
                     if not words[0].isdisjoint(lemma_words) or not words[1].isdisjoint(lower_words))


def _call(rule, sent, drafts, heads, cues):
    """``rule`` called as ``extract_sentence`` calls it."""
    from communique.events import extract as ex
    from communique.events.speech import speech_drafts

    args = {ex._demands: (sent, drafts, heads, cues), ex._semimodal_demands: (sent, heads, cues),
            speech_drafts: (sent, drafts, heads, cues), ex._quoted_labels: (sent, heads),
            ex._crowd_acts: (sent, heads, None, []), ex._refusals: (sent, heads, cues),
            ex._forbearance_ending: (sent, heads), ex._author_judgements: (sent, drafts, cues),
            ex._claim_denials: (sent, drafts, cues), ex._stance_adjectives: (sent, heads),
            ex._no_more_waiting: (sent, drafts, heads), ex._promised_responses: (sent, heads),
            ex._regretted_failures: (sent, heads), ex._regretted_acts: (sent, drafts, heads),
            ex._worried_by_acts: (sent, drafts, heads), ex._hostile_measures: (sent, heads, cues, None),
            ex._threatened_outcomes: (sent, drafts, heads, cues), ex._disowned_acts: (sent, drafts, heads, cues),
            ex._casualty_counts: (sent, drafts, heads), ex._verdict_idioms: (sent, heads, cues)}
    return rule(*args[rule])


def test_the_gate_covers_the_twenty_sentence_rules():
    from communique.events.lexicon import load_modality

    assert len(_all_rules(load_modality())) == 20  # round 35e35: ``_verdict_idioms`` joined the nineteen


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_opened_rules_invert_the_word_table(docs, i):
    from communique.events.extract import _opened_rules
    from communique.events.lexicon import load_modality

    cues = load_modality()
    for sent in docs[i].sents:
        assert _opened_rules(sent, cues) == _plain_opened(sent, cues)


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_a_closed_rule_finds_nothing_and_changes_nothing(docs, i):
    """A rule the table leaves out returns no draft and leaves ``heads`` as it was, with or without
    drafts before it."""
    from communique.events.extract import _opened_rules, extract_sentence
    from communique.events.lexicon import load_modality

    cues = load_modality()
    for sent in docs[i].sents:
        drafts = extract_sentence(sent, None, None, cues)
        heads = {d.cand.token.i for d in drafts}
        for rule in _all_rules(cues) - _opened_rules(sent, cues):
            for before in ([], list(drafts)):
                kept = set(heads)
                assert _call(rule, sent, before, kept, cues) == []
                assert kept == heads


def _signature(drafts):
    return [(d.types, d.mode, [t.i for t in d.sources], [t.i for t in d.targets], d.cand.token.i, d.cue,
             d.author_demand, d.reciprocal, d.bare) for d in drafts]


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_extract_sentence_gated_is_every_rule_called(docs, i, monkeypatch):
    from communique.events import extract as ex
    from communique.events.lexicon import load_modality

    cues = load_modality()
    for sent in docs[i].sents:
        gated = _signature(ex.extract_sentence(sent, "2025-06-01", None, cues))
        with monkeypatch.context() as m:
            m.setattr(ex, "_opened_rules", lambda _sent, c: _all_rules(c))
            plain = _signature(ex.extract_sentence(sent, "2025-06-01", None, cues))
        assert gated == plain


def test_random_sentences_open_the_rules_their_words_name(nlp):
    """Sentences of random words, each drawn from the rules' word sets or plain words: the table
    opens exactly the rules the plain tests open."""
    from communique.events.extract import _opened_rules, _rule_words
    from communique.events.lexicon import load_modality
    from communique.events.speech import load_speech_cues

    cues = load_modality()
    pool = sorted({w for _r, a, b in _rule_words(load_speech_cues(), cues) for w in (*a, *b) if w.isalpha()})
    plain = ["the", "council", "met", "on", "Monday", "and", "a", "report", "was", "read"]
    rnd = random.Random(29)
    opened_some = 0
    for _ in range(150):
        words = [rnd.choice(pool) if rnd.random() < 0.3 else rnd.choice(plain) for _ in range(rnd.randint(3, 14))]
        doc = nlp(" ".join(words) + ".")
        for sent in doc.sents:
            got = _opened_rules(sent, cues)
            assert got == _plain_opened(sent, cues)
            opened_some += bool(got)
    assert opened_some > 50


def test_gate_tables_are_kept_per_pair_of_cue_objects():
    from dataclasses import replace

    from communique.events.extract import _demands, _rule_gates
    from communique.events.lexicon import load_modality
    from communique.events.speech import load_speech_cues

    sc, cues = load_speech_cues(), load_modality()
    assert _rule_gates(sc, cues) is _rule_gates(sc, cues)
    other = replace(cues, demand_modals=frozenset({"oughta"}))
    by_lemma, by_lower = _rule_gates(sc, other)
    assert _demands in by_lower["oughta"]
    assert "must" not in by_lower or _demands not in by_lower["must"]
    assert _demands in _rule_gates(sc, cues)[1]["must"]
    for n in range(20):  # a handful of tables kept at most, each read again for its own cues
        word = f"modal{n}"
        assert _demands in _rule_gates(sc, replace(cues, demand_modals=frozenset({word})))[1][word]
    from communique.events.extract import _GATES, _MAX_GATES
    assert len(_GATES) <= _MAX_GATES


def test_rules_over_drafts_do_nothing_without_one():
    """The rules ``extract_sentence`` now skips without a draft: nothing made, nothing kept."""
    from communique.events import extract as ex

    for rule in (ex._gapped_partners, ex._joined_partners, ex.unreported_acts):
        assert rule([]) == []
    assert ex._accusations([], set(), None) == []
    for rule in (ex._inherit_targets, ex._expulsion_orders, ex._ordered_done, ex._walkouts, ex._standing_rules,
                 ex._procedures_under_law, ex._generic_acts, ex._expected_visits, ex._own_clauses_in_demands,
                 ex._their_delegates):
        drafts = []
        assert rule(drafts) is None and drafts == []
    drafts = []
    assert ex._told_twice(drafts, set()) is None and drafts == []


@pytest.mark.parametrize("text,cue", [
    ("Ostrava must withdraw its troops from the border, the minister said.", "deontic-demand:must"),
    ("Kestria would not accept the conditions set by Ostrava.", "refusal:accept"),
    ("The Ministry regrets that Ostrava failed to inform the Embassy of the arrest.", "regretted-failure:regrets"),
    ("Vallmora will respond in a reciprocal manner to the expulsion of its diplomats.", "promised-response:respond"),
    ("The spokesman said Kestria had nothing to do with the bombing of the pipeline.", "disowned-act:nothing"),
    ("Ostrava will pay a heavy price for the attack, the minister said.", "threatened-outcome:pay"),
    ("Kestria has a duty to let the monitors work, the envoy said.", "semimodal-demand:has"),
    ("We are deeply concerned by the decision of Kestria to expel the envoy.", "worried-by:concerned"),
])
def test_sentence_rules_still_fire(nlp, text, cue):
    from communique.events.extract import extract_sentence

    doc = nlp(text)
    drafts = [d for sent in doc.sents for d in extract_sentence(sent, "2025-06-01")]
    assert cue in [d.cue for d in drafts]
