"""Speed pass round 29s3: the stance evidence rules' negation test and lexicon unions.

* ``stance_evidence._inversion_verbs``: the verbs a fronted negating opener ("Nor has ...", "Not once
  did ...", "At no point has ...") can hang on, read once per Doc from its arrays; ``_inverted_nor``
  answers False for any other verb without reading its children (it is asked of ~37 verbs a document
  through ``_negated``, none of them inverted on the ``speed.py`` documents);
* ``_bad_words``, ``_positive_words``, ``_one_word_harms``, ``_bad_labels``: the unions of lexicon
  sets the rules read, built once per resource set instead of once per rule and document.

Outputs are unchanged: the gated test is compared with the plain one (the gate opened to every token)
on every token of texts written for these tests, and each union with the one its rule built before."""

from __future__ import annotations

import pytest

from communique.rhetoric import stance_evidence as se

INVERTED = [
    "Nor has the council covered itself in glory since the vote in Tarsk.",
    "Neither did the ministry of Kestria show any courage when the envoy was expelled.",
    "Not once did the council condemn the attack on the convoy.",
    "At no point has the board replied.",
    "And nor is the court in Ostrava blameless in this affair.",
]
PLAIN = [
    "Neither Paris nor Rome acted when the refugees reached the island.",
    "The ministry did not publish the report, and the board never replied.",
    "No country has done more for the talks than Kestria, the envoy said.",
    "The council was not only slow but careless, and it failed to act.",
    "Ostrava shelled the village of Brenholm and refused to let the monitors in.",
    "We will remember Lisbon for its crackdown, not for its speeches.",
    "There is no point in waiting: the board has had no answer for a year.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in INVERTED + PLAIN + [" ".join(INVERTED + PLAIN)]]


def _answers(doc):
    """``_inverted_nor`` and ``_negated`` of every token of ``doc``, as the rules ask them."""
    return [(se._inverted_nor(t), se._negated(t)) for t in doc]


def _open_gate(monkeypatch):
    monkeypatch.setattr(se, "_inversion_verbs", lambda doc: range(len(doc)))


def test_gated_negation_reads_as_the_plain_test(docs, monkeypatch):
    gated = [_answers(doc) for doc in docs]
    _open_gate(monkeypatch)
    assert gated == [_answers(doc) for doc in docs]


@pytest.mark.parametrize("text", INVERTED)
def test_inverted_clauses_still_found(nlp, text):
    doc = nlp(text)
    assert any(se._inverted_nor(t) for t in doc)
    assert se._inversion_verbs(doc)


@pytest.mark.parametrize("text", PLAIN)
def test_no_inversion_where_no_opener(nlp, text):
    doc = nlp(text)
    assert not any(se._inverted_nor(t) for t in doc)


def test_a_wrong_gate_is_caught(docs, monkeypatch):
    """A gate that leaves out the verbs of the openers changes the answers: the comparison above fails."""
    plain = [_answers(doc) for doc in docs]
    monkeypatch.setattr(se, "_inversion_verbs", lambda doc: frozenset())
    assert [_answers(doc) for doc in docs] != plain


def test_gate_kept_per_doc(nlp):
    first, second = nlp(INVERTED[0]), nlp(PLAIN[1])
    assert se._inversion_verbs(first) is se._inversion_verbs(first)
    assert se._inversion_verbs(first) and not any(se._inverted_nor(t) for t in second)


def test_omission_by_a_fronted_opener_is_still_evidence(nlp):
    doc = nlp("Nor did the ministry publish the report on the shelling.")
    assert any(reason == "omission 'not publish'" for _verb, reason in se._omitted_acts(doc))


def test_lexicon_unions_are_the_rules_unions():
    harms = frozenset(e for e in se.harmful_acts() if " " not in e)
    negative = se._negative_words()
    positive = frozenset(w for w, sign in se._lexicons()[0].items() if sign > 0)
    assert se._one_word_harms() == harms
    assert se._bad_words() == negative | harms
    for extra in (se._FAILURE_LEMMAS, se._RESTRAINT_VERBS, se._SHUTTING_VERBS, se.told_deeds()[1]):
        assert se._bad_words(extra) == negative | harms | extra
    assert se._positive_words() == positive
    assert se._positive_words(se._PRAISED_KINDS) == positive | se._PRAISED_KINDS
    assert se._bad_labels() == negative | set(se._lexicons()[1])
    assert se._bad_words(se._FAILURE_LEMMAS) is se._bad_words(se._FAILURE_LEMMAS)  # built once


@pytest.mark.parametrize("text, target", [
    ("Kestria rejected the ultimatum of Ostrava, as it should have.", "Kestria"),
    ("Kestria rejected the peace plan that Ostrava put forward.", "Kestria"),
])
def test_imposition_reads_as_before(nlp, text, target):
    """``_imposition`` with its union read once: an ultimatum turned down is no obstruction, a plan is."""
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "reject")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert se._imposition(obj) == (obj.lemma_ == "ultimatum")
