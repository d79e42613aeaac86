"""Speed pass round 26s (s1): work that several rules repeated per document, or did for every
word or sentence before a cheap test could say that nothing would come of it.

* ``actors.build._tokens_from``: the tokens that start inside a name, by bisection over the Doc's
  token offsets (``_descriptor_nouns`` and ``_parent_token`` walked every token of the document
  for each name of a group);
* ``stance_evidence._inverted_nor``: the sentence's first words read from the Doc's lists, and
  only when no opener was found among the verb's children (it read ``Token.sent`` three times for
  every verb asked);
* word gates before a ``Token`` walk: ``_regretted_acts`` (a regret verb), ``_quoted_labels``
  (a labelling verb), ``_herald_evidence`` ("one" / "only" on a noun of the sentence),
  ``_exemplar_evidence`` ("what" / "how" and a sentence root with "that" / "this" as its
  subject), ``_hedged_echo_evidence`` (a hedge or a suggestion before the claims of the sentence
  before it are read);
* ``_form_lemmas``: a verb's lemmas by its two strings, so that ``_told_deed_evidence`` and
  ``_praise_by_deeds_evidence`` make a ``Token`` only for the verbs whose words can be a deed
  (``views.verb_indices``);
* ``stages.events._actors_of``: kept per Doc for the same argument tokens and context (memo taken
  out again in round 31s6).

Outputs are unchanged: the tests compare each new reading with the old one (kept here) and check
that the rules still fire and that the gates close only where the rule could not fire. Every text
here was written for these tests."""

from __future__ import annotations

import random

import pytest

from conftest import author_polarity, opinion_piece

TEXTS = [
    "Nor has the harbour authority explained why the cranes stood idle for a month.",
    "Neither did the water board publish its accounts, and the auditors left in June.",
    "And neither has the council kept its word on the bus lanes.",
    "Not once did the transport ministry answer the letters of the drivers.",
    "At no point has the regulator visited the plant, the union said.",
    "Neither Lisbon nor Madrid sent a delegation to the fisheries talks.",
    "The Kestrel Shipping Group, a unit of the Norwegian firm Halvorsen Holdings, chartered two tankers.",
    "Brightwater Minerals is a subsidiary of Perth-based Coral Bay Resources, the filing says.",
    "Pelham Aid, a French charity, opened a clinic in the camp on Friday.",
    "The Danish shipping operator Nordvik Lines denied that its vessel had entered the strait.",
    "",
]


def _old_tokens_from(doc, start: int, end: int) -> list:
    return [t for t in doc if start <= t.idx < end]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_from_reads_the_token_walk(nlp, text):
    from communique.actors.build import _tokens_from
    from communique.views import release

    doc = nlp(text)
    rng = random.Random(len(text))
    n = len(text)
    ranges = [(0, n), (0, 0), (n, n + 5)] + [tuple(sorted((rng.randrange(-2, n + 3), rng.randrange(-2, n + 3))))
                                             for _ in range(200)]
    for start, end in ranges:
        assert [t.i for t in _tokens_from(doc, start, end)] == [t.i for t in _old_tokens_from(doc, start, end)]
    release(doc)
    assert [t.i for t in _tokens_from(doc, 0, n)] == list(range(len(doc)))  # rebuilt from a fresh view


def test_descriptor_and_parent_rules_still_read_the_names(nlp):
    from communique.actors.build import _descriptor_nouns, _parent_token

    text = TEXTS[6]
    doc = nlp(text)
    start = text.index("Kestrel")
    end = start + len("The Kestrel Shipping Group") - len("The ")
    parent = _parent_token(doc, start, end)
    assert parent is not None and parent.text in ("Halvorsen", "Holdings")
    text = TEXTS[8]
    doc = nlp(text)
    nouns = _descriptor_nouns(doc, 0, len("Pelham Aid"))
    assert [t.lower_ for t in nouns] == ["charity"]


def _old_inverted_nor(verb) -> bool:
    """``_inverted_nor`` before round 26s (``Token.sent`` read first, for every verb)."""
    from communique.rhetoric import stance_evidence as se

    children = list(verb.children)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    first = verb.sent[0] if verb.sent[0].lower_ not in ("and", "but") or len(verb.sent) < 2 else verb.sent[1]
    fronting = children + [g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children]
    opener = next((c for c in fronting if c.i < verb.i and (
        c.dep_ in ("cc", "preconj", "advmod") and c.lower_ in se._INVERTING_NEGATORS
        or c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children)
        or c.dep_ == "prep" and any(o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
                                    for o in c.children))), None)
    if opener is None and first.lower_ in se._INVERTING_NEGATORS and first.i < verb.i \
            and (first.head.i == verb.i or first.head.head.i == verb.i and first.head.dep_ in ("aux", "auxpass")):
        opener = first
    if opener is None:
        return False
    subj = next((c for c in children if (c.dep_ in se._SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl"))
                 and c.i != opener.i), None)
    if subj is None:
        return False
    fronted = [c.i for c in children if c.dep_ in ("aux", "auxpass")] + ([verb.i] if verb.pos_ == "AUX" else [])
    return any(opener.i < i < subj.i for i in fronted)


def test_inverted_nor_reads_as_before_on_every_token(nlp):
    from communique.rhetoric.stance_evidence import _inverted_nor

    doc = nlp(" ".join(TEXTS[:6]) + " But nor has the mayor apologised. Nor was it ever signed.")
    found = 0
    for tok in doc:
        assert _inverted_nor(tok) == _old_inverted_nor(tok), tok.text
        found += _inverted_nor(tok)
    assert found >= 3, "the texts must hold inverted negations"


def _old_verb_lemmas(verb) -> list[str]:
    from communique.rhetoric.stance_evidence import _LEMMA_FIXES

    lemma = verb.lemma_.lower()
    out = [_LEMMA_FIXES.get(lemma, lemma)]
    word = verb.lower_
    for end in ("ed", "ing", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[:-len(end)]
            out += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return out


def test_form_lemmas_and_verb_indices_read_the_tokens(nlp):
    from communique.rhetoric.stance_evidence import _form_lemmas, _verb_lemmas
    from communique.views import release, token_strings, verb_indices, verb_tokens

    doc = nlp("The crew wiretapped the phones, installed cameras and kept documenting abuses. "
              + " ".join(TEXTS))
    lowers, lemmas = token_strings(doc)
    assert verb_indices(doc) == [t.i for t in doc if t.pos_ == "VERB"]
    assert [t.i for t in verb_tokens(doc)] == verb_indices(doc)
    for tok in doc:
        assert list(_verb_lemmas(tok)) == _old_verb_lemmas(tok)
        assert list(_form_lemmas(lemmas[tok.i], lowers[tok.i])) == _old_verb_lemmas(tok)
    release(doc)
    assert verb_indices(doc) == [t.i for t in doc if t.pos_ == "VERB"]


def test_herald_and_exemplar_gates_pass_every_sentence_that_can_fire(nlp):
    """The gates read from the Doc's lists pass every sentence the ``Token`` tests could fire on."""
    from communique.syntax import label_ids
    from communique.views import dependency_tree, positions, sentences

    doc = nlp("There is one agency that did its job. Only one inspector came. That is what a good port does. "
              "This is how neighbours behave. That was what the mayor said. The only one left was the ferry.")
    heads, deps, _ = dependency_tree(doc)
    heralded = {heads[i] for i in positions(doc, frozenset(("one", "only")), lemmas=False)
                if deps[i] in label_ids(frozenset(("nummod", "amod"))) and heads[i] != i}
    roots = {heads[i] for i in positions(doc, frozenset(("that", "this")), lemmas=False)
             if deps[i] in label_ids(frozenset(("nsubj",)))}
    for sent in sentences(doc):
        could_herald = any(any(c.lower_ in ("one", "only") and c.dep_ in ("nummod", "amod") for c in t.children)
                           for t in sent)
        assert not could_herald or any(sent.start <= h < sent.end for h in heralded)
        could_sum_up = any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in sent.root.children)
        assert not could_sum_up or any(sent.start <= r < sent.end for r in roots)


_PORT = opinion_piece(
    "The quay that waited\n\nBy the chair of the Dock Workers' Association\n\n",
    "Our members have loaded ships at the eastern quay for forty years.",
    "We will meet the new harbour master in the spring.")


def test_the_gated_stance_rules_still_fire():
    polarity, reasons = author_polarity(_PORT(
        "There is one agency that has acted as it should. The Coastal Rescue Board sent two boats within the "
        "hour."), "Coastal Rescue Board")
    assert polarity > 0.2 and any(r.startswith("herald of duty done") for r in reasons), (polarity, reasons)
    polarity, reasons = author_polarity(_PORT(
        "The Marlow Dock Trust paid the medical bills of the injured crane drivers. It rebuilt the canteen "
        "before the winter. That is what a decent employer does."), "Marlow Dock Trust")
    assert polarity > 0.2 and any(r.startswith("exemplar") for r in reasons), (polarity, reasons)
    _, reasons = author_polarity(_PORT(
        "The Ostrava Port Company insists it remains committed to the safety of the dockers. Commitment, it "
        "seems, is measured in brochures now."), "Ostrava Port Company")
    assert "rebuttal 'it seems' of its claim" in reasons, reasons


def test_the_gated_stance_rules_stay_closed_without_their_words():
    _, reasons = author_polarity(_PORT(
        "There is an agency that has acted as it should. The Coastal Rescue Board sent two boats within the "
        "hour."), "Coastal Rescue Board")
    assert not any(r.startswith("herald of duty done") for r in reasons), reasons
    _, reasons = author_polarity(_PORT(
        "The Ostrava Port Company insists it remains committed to the safety of the dockers. Commitment is "
        "measured in brochures now."), "Ostrava Port Company")
    assert not any(r.startswith("rebuttal") for r in reasons), reasons


def _types_of(doc) -> set[str]:
    return {e.type for e in doc.events}


def test_the_gated_event_rules_still_fire(pipeline):
    from communique.events.extract import LABELLING_VERBS, _quoted_labels, _regretted_acts
    from communique.views import sentences

    doc = pipeline("Portugal regrets that Moroccan patrol boats seized two Portuguese trawlers on Monday.")
    assert "ACCUSE" in _types_of(doc), doc.events
    doc = pipeline("Senegal described the arrest of its fishermen as 'an act of piracy'.")
    assert "ACCUSE" in _types_of(doc), doc.events
    # the gates close where no regret verb / labelling verb is in the sentence
    nlp = pipeline.nlp
    parsed = nlp("Portugal said that Moroccan patrol boats seized two trawlers. Senegal named the boats.")
    for sent in sentences(parsed):
        assert _regretted_acts(sent, [], set()) == [] and _quoted_labels(sent, set()) == []
    assert "regret" not in LABELLING_VERBS


def test_argument_actors_answer_as_the_rules_do_in_lists_of_their_own(pipeline):
    """``_actors_of`` answers as ``_argument_actors`` does and gives each caller a list of its own
    (round 31s6: no memo any more, each call is computed)."""
    from communique.ingest.records import Record
    from communique.nlp import parse_many
    from communique.stages import events as ev
    from communique.views import release, views_of

    text = ("The foreign ministers of Ghana and Togo met in Lome on Friday. They condemned the attack on the "
            "border post and urged Burkina Faso to investigate it.")
    document = pipeline.make_document(Record(text, "round26s", {}))
    _, doc = next(parse_many(pipeline.nlp, [document], 1, pipeline.ctx.settings))
    pipeline.annotate(document, doc)  # releases the views: built again below
    index = views_of(doc).actor_index(document.actors)
    calls = []
    real = ev._argument_actors

    def counting(*args):
        calls.append((tuple(t.i for t in args[1]), args[5]))
        return real(*args)

    ev._argument_actors = counting
    try:
        found = 0
        for tok in doc:
            for acted_upon in (False, True):
                first = ev._actors_of(document, [tok], None, False, index, acted_upon)
                assert first == real(document, [tok], None, False, index, acted_upon)
                first.append("changed")
                assert ev._actors_of(document, [tok], None, False, index, acted_upon) == first[:-1]
                found += len(first) > 1
        assert found >= 3, "the text must name actors"
        assert len(calls) >= 4 * len(doc)  # round 31s6: each call computed (and the rules' own calls)
        assert ev._actors_of(document, [], None, False, index) == []
    finally:
        ev._argument_actors = real
    release(doc)


def _old_under_question(tok) -> bool:
    from communique.events.extract import QUESTION_PARTICIPLES

    for t in (tok, *tok.ancestors):
        if t.tag_ == "VBN" and t.lemma_.lower() in QUESTION_PARTICIPLES and t.dep_ in ("advcl", "ccomp", "dep") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "xcomp") for c in t.children) \
                and all(w.is_punct for w in t.doc[t.sent.start:t.i]):
            return True
    return False


@pytest.mark.parametrize("text", [
    "Asked about the dam on the Nile, the Egyptian minister said Cairo would protest to Addis Ababa.",
    "Questioned on the border closure, the spokesman blamed the smugglers. Pressed again, he left.",
    "Asked to leave the hall, the envoy refused and condemned the vote.",
    "The envoy condemned the vote and left the hall.",
])
def test_under_question_reads_as_before(nlp, text):
    from communique.events.extract import _under_question
    from communique.views import release

    doc = nlp(text)
    assert [_under_question(t) for t in doc] == [_old_under_question(t) for t in doc]
    release(doc)
    assert [_under_question(t) for t in doc] == [_old_under_question(t) for t in doc]


def test_a_pioneer_is_still_found_by_its_first():
    polarity, reasons = author_polarity(_PORT(
        "The Harbour Workers' Federation was among the first unions to call for an inquiry into the crane "
        "collapse."), "Harbour Workers' Federation")
    assert any(r.startswith("among the first to") for r in reasons), (polarity, reasons)
