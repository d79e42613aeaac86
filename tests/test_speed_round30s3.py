"""Speed pass round 30s3: shared helpers of the stance, quotes and views code read the Doc's tables.

* ``views.positions``: the forms of the Doc that are in a word set by a set intersection (the smaller
  side walked in C), the positions of two or more forms joined and sorted as lists;
* ``stance_evidence._passive`` (one look-up in a per-Doc set of the verbs with a passive child),
  ``_subject``, ``_negated`` and ``_unasserted`` (relation ids, forms and lemmas from the Doc's tables, no ``Token``
  per child or head);
* ``quotes.lexicon.speaker_pronouns``: built once per resource set, not per call;
* ``stance.owner_map``: the seats of the document's states only, in the seats' order.

Outputs are unchanged: each helper is compared with the reading it replaced (kept here as the
reference) on every token of texts written for these tests."""

from __future__ import annotations

import pytest

from communique import views
from communique.quotes import lexicon
from communique.rhetoric import stance as st
from communique.rhetoric import stance_evidence as se

TEXTS = [
    "The envoy was expelled by Kestria, and the embassy in Tarsk was closed a day later.",
    "Ostrava shelled the village of Brenholm and refused to let the monitors in.",
    "The council stopped shelling the port, but it could still block the convoy if it wanted to.",
    "Kestria says the board hid the audit, while we think the board acted in good faith.",
    "We believe that the ministry misled the court; the court was told nothing.",
    "If the army crosses the river, the talks will end, the minister warned.",
    "Unless the grain reaches the coast, thousands of families will go hungry this winter.",
    "The inspectors, who were sent by the agency, found that the plant had been rebuilt.",
    "They decided to halt the strikes and asked the rebels to leave the town.",
    "Nobody was arrested, and the judge declined to hear the case that the union had brought.",
    "To the generals in Naypyidaw: you have burned enough villages.",
    "The envoy refused to be questioned about the convoy.",
    "The board is not brave, and the court did not hesitate to act; it was not only slow but careless.",
    "Nor has the council covered itself in glory, and the ministry never replied.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS + [" ".join(TEXTS)]]


def _plain_passive(verb) -> bool:
    """``_passive`` before round 30s3."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _plain_subject(verb):
    """``_subject`` before round 30s3 (children and heads as ``Token``s)."""
    if _plain_passive(verb):
        return None
    for child in verb.children:
        if child.dep_ in se._SUBJECT_DEPS:
            return child
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return _plain_subject(verb.head)
    return None


def _plain_negated(tok) -> bool:
    """``_negated`` before round 30s3 (the head as a ``Token``)."""
    def neg(t) -> bool:
        return any(c.dep_ == "neg" and not (c.i + 1 < len(t.doc) and t.doc[c.i + 1].lower_ in se._NOT_NEGATING)
                   for c in t.children) or se._inverted_nor(t)
    return neg(tok) or tok.dep_ in se._PREDICATE_DEPS and neg(tok.head) \
        and tok.head.lemma_.lower() not in se._DOUBLE_NEGATIVE_HEADS


def _plain_unasserted(verb) -> bool:
    """``_unasserted`` before round 30s3."""
    if _plain_negated(verb) or any(c.dep_ == "aux" and c.lower_ in se._MODALS for c in verb.children):
        return True
    tok = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in se._UNREAL_MARKS for c in tok.children):
            return True
        head = tok.head
        if head.i == tok.i:
            return False
        lemma = head.lemma_.lower()
        if tok.dep_ in ("xcomp", "pcomp") and lemma in se._NOT_DOING_HEADS:
            return True
        if tok.dep_ == "ccomp" and lemma in se._REPORTING_VERBS:
            subj = _plain_subject(head)
            return subj is None or subj.lower_ not in se._AUTHOR_WORDS
        if tok.dep_ not in ("conj", "xcomp", "advcl", "relcl", "acl", "ccomp"):
            return False
        tok = head
    return False


def _index(found):
    return None if found is None else found.i


def test_passive_subject_and_unasserted_read_as_before(docs):
    for doc in docs:
        for tok in doc:
            assert se._passive(tok) == _plain_passive(tok), tok.text
            assert se._negated(tok) == _plain_negated(tok), tok.text
            assert _index(se._subject(tok)) == _index(_plain_subject(tok)), tok.text
            assert se._unasserted(tok) == _plain_unasserted(tok), tok.text


def test_the_texts_reach_every_answer(docs):
    """The comparison above can fail: the texts hold passive verbs, subjects found along a chain of
    clauses and acts not asserted for each reason the helper reads."""
    doc = docs[-1]
    assert sum(map(se._passive, doc)) >= 4
    inherited = [t for t in doc if t.pos_ == "VERB" and se._subject(t) is not None
                 and se._subject(t).head.i != t.i]
    assert inherited  # "refused to let": the subject of the head verb
    unasserted = {t.lower_ for t in doc if t.pos_ == "VERB" and se._unasserted(t)}
    assert {"shelling", "crosses", "hid", "block"} <= unasserted
    assert "misled" not in unasserted  # "We believe that ...": the writer's own claim
    negated = {t.lower_ for t in doc if se._negated(t)}
    assert {"brave", "covered", "replied"} <= negated  # on the word, on its copula, an inverted clause
    assert not {"act", "slow"} & negated  # "did not hesitate to act", "not only slow"


def test_a_passive_set_that_drops_a_relation_is_caught(docs, monkeypatch):
    """A per-Doc set built from "nsubjpass" alone would miss "refused to be questioned" (an "auxpass"
    with no passive subject): the comparison with the plain reading catches it."""
    def subjects_only(doc):
        heads, deps, _ = views.dependency_tree(doc)
        return frozenset(heads[c] for c in views.indices_of(deps, se.symbols.nsubjpass))
    monkeypatch.setattr(se, "_passive_verbs", subjects_only)
    assert any(se._passive(t) != _plain_passive(t) for t in docs[-1])


def test_passive_verbs_kept_per_doc(docs):
    doc = docs[0]
    assert se._passive_verbs(doc) is se._passive_verbs(doc)
    assert {doc[i].lower_ for i in se._passive_verbs(doc)} == {"expelled", "closed"}


def _plain_addressees_of(sent, mentions):
    """``_addressees_of``'s first test before round 30s3 (its first words as ``Token``s)."""
    k = sent.start + (sent[0].lower_ in ("and", "but", "so"))
    if k >= sent.end or sent.doc[k].lower_ not in se._ADDRESS_PREPS or sent.doc[k].pos_ != "ADP":
        return None
    return se._addressees_of(sent, mentions)


def test_addressees_read_as_before():
    from communique.ingest.records import Record
    from communique.nlp import parse_many
    from communique.pipeline import get_pipeline

    text = ("To the generals in Naypyidaw: you have burned enough villages. And to Kestria: stop. "
            "So to the board, we say this: publish the accounts. Of all the envoys, Tarsk sent the best.")
    pipeline = get_pipeline()
    document = pipeline.make_document(Record(text, "round30s3", {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    pipeline.annotate(document, doc)
    mentions = se._Mentions(document, doc)
    assert [se._addressees_of(s, mentions) for s in views.sentences(doc)] == \
        [_plain_addressees_of(s, mentions) for s in views.sentences(doc)]
    assert se._addressees_of(views.sentences(doc)[0], mentions) is not None  # "To the generals ...:"


def _plain_positions(doc, *word_sets, lemmas=True):
    """``views.positions`` as its docstring reads: every token whose form is in any of the sets."""
    forms = views.token_strings(doc)[1 if lemmas else 0]
    return [i for i, w in enumerate(forms) if any(w in words for words in word_sets)]


WORD_SETS = [
    frozenset({"the", "board", "court"}),
    {"be", "say", "think", "nothing-here"},
    {"the": 1, "shell": -1, "village": 0},
    ("refuse", "ask"),
    ["army", "river", "talks"],
    frozenset(),
    frozenset({"absent", "words", "only"}),
]


@pytest.mark.parametrize("lemmas", [True, False])
@pytest.mark.parametrize("k", range(len(WORD_SETS)))
def test_positions_as_the_plain_scan(docs, lemmas, k):
    doc = docs[-1]
    words = WORD_SETS[k]
    assert views.positions(doc, words, lemmas=lemmas) == _plain_positions(doc, words, lemmas=lemmas)
    assert views.positions(doc, words, WORD_SETS[0], lemmas=lemmas) == \
        _plain_positions(doc, words, WORD_SETS[0], lemmas=lemmas)


def test_positions_with_a_set_larger_than_the_doc(docs):
    """A lexicon larger than the Doc's forms is walked from the Doc's side (sets, frozensets, dicts, others)."""
    doc = docs[0]
    forms = set(views.token_strings(doc)[1])
    big = {f"word{n}" for n in range(3 * len(forms))} | {"expel", "embassy"}
    for words in (big, frozenset(big), dict.fromkeys(big, 1), tuple(sorted(big))):
        assert views.positions(doc, words) == _plain_positions(doc, words) != []


def test_positions_is_a_new_list(docs):
    doc = docs[0]
    first = views.positions(doc, {"embassy"})
    first.append(-1)
    assert views.positions(doc, {"embassy"}) == _plain_positions(doc, {"embassy"})


def test_speaker_pronouns_built_once():
    assert lexicon.speaker_pronouns() is lexicon.speaker_pronouns()
    assert lexicon.speaker_pronouns()["she"] == "person"


def _plain_seat_names(states):
    seats, names = st._state_seats(), {}
    for country, seat_names in seats.items():
        for seat in seat_names if country in states else ():
            names.setdefault(seat.removeprefix("the "), states[country])
    return names


def test_seat_rank_follows_the_seats():
    rank = st._seat_rank()
    assert list(rank) == list(st._state_seats())
    states = {country: f"actor-{country}" for country in list(st._state_seats())[::7]}
    names = {}
    for country in sorted(states.keys() & rank.keys(), key=rank.__getitem__):
        for seat in st._state_seats()[country]:
            names.setdefault(seat.removeprefix("the "), states[country])
    assert names == _plain_seat_names(states) and names


def _plain_sentence_lines(lines, doc):
    """``bylines.sentence_lines`` before round 30s3 (a ``Span`` per line, a numpy scalar per token)."""
    from spacy.attrs import MORPH

    from communique.structure.bylines import _finite

    out = set()
    morphs = doc.to_array(MORPH)
    for line in lines:
        span = doc.char_span(line.start, line.end, alignment_mode="expand")
        for i in range(span.start, span.end) if span is not None else ():
            if not _finite(doc.vocab.strings, int(morphs[i])):
                continue
            t = doc[i]
            verb = t.head if t.dep_ in ("aux", "auxpass") else t
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
                out.add(line.start)
                break
    return frozenset(out)


def test_sentence_lines_as_before(nlp):
    from communique.structure.bylines import sentence_lines
    from communique.structure.lines import split_lines

    text = ("By Mara Okafor\nSenior correspondent, Tarsk\n\nThe council met on Monday.\n"
            "Mara Okafor, a columnist, disagrees.\nPhotographs: the ministry\nIt was agreed that talks resume.")
    doc = nlp(text)
    lines = split_lines(text)
    found = sentence_lines(lines, doc)
    assert found == _plain_sentence_lines(lines, doc)
    starts = {text[s:].split("\n", 1)[0] for s in found}
    assert {"The council met on Monday.", "It was agreed that talks resume."} <= starts
    assert "By Mara Okafor" not in starts and "Photographs: the ministry" not in starts


def _plain_child_buckets(f, roots):
    """The (row, bucket) pairs of ``DocFeatures.parse_ids``' child families before round 30s3: one
    ``_mix`` per child read (negated head, the head's other dependents, the target's modifiers)."""
    from communique.rhetoric import stance_features as sf

    lemmas, out = f.lemma_hashes.tolist(), set()
    for j, root in enumerate(roots):
        head, relation = f.heads[root], f.deps[root]
        for child in f.kids[head]:
            if f.lowers[child] in f.negators:
                out.add((j, sf._mix(sf._NEG, lemmas[head])))
            if child != root and f.deps[child] in f.sibling_deps:
                out.add((j, sf._mix(sf._SIB, relation, f.deps[child], lemmas[child])))
        for child in f.kids[root]:
            if f.deps[child] in f.modifier_deps:
                out.add((j, sf._mix(sf._MOD, lemmas[child])))
    return out


def test_parse_buckets_as_before(docs):
    from communique.rhetoric import stance_features as sf

    doc = docs[-1]
    f = sf.DocFeatures(doc)
    roots = [t.i for t in doc if t.pos_ in ("PROPN", "NOUN", "PRON")]
    rows, ids = f.parse_ids(roots)
    found = set(zip(rows.tolist(), ids.tolist()))
    plain = _plain_child_buckets(f, roots)
    assert plain and plain <= found
    # the families hashed by array (relation, head, pronoun, head's head) are the rest, as before
    every = set()
    for j, root in enumerate(roots):
        head = f.heads[root]
        every.add((j, sf._mix(sf._DEP, f.deps[root])))
        every.add((j, sf._mix(sf._HEAD, f.deps[root], int(f.lemma_hashes[head]))))
        every.add((j, sf._mix(sf._PRON if f.pos[root] == sf.PRON else sf._NOUN)))
        if f.heads[head] != head:
            every.add((j, sf._mix(sf._HEADHEAD, int(f.lemma_hashes[f.heads[head]]))))
    assert found == plain | every
