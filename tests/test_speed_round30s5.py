"""Speed pass round 30s5: the events stage's argument and draft checks read the Doc's arrays.

* ``events.arguments._actorlike``: the part of speech, entity and named-modifier tests of each
  argument read from ``TokenSheet`` (``_owner_like`` inline) instead of the ``Token``'s strings;
* ``events.arguments._dedupe``: the relative-pronoun and quantity helpers are called only for an
  argument that passes their first test;
* ``events.arguments.verb_arguments``: ``_beyond`` is asked only of a border noun, ``owners``
  (and ``_but_brokers``) only of an argument that is no entity, name or pronoun;
* ``events.arguments._shared_modal_subject`` and ``_conjunction_subject``: no ``Token`` is made
  for a verb with no auxiliary before it, or with no object (or part of one) right before it;
* ``events.extract._under_law`` and ``denied_right``: their first test (a present tense on the
  verb or its head; an "acl" relation) is read from the Doc's arrays;
* ``events.extract._condition_clause`` and ``embedded_question``: the nearest clause up the tree
  is found from the Doc's heads and relations, a ``Token`` made only for it;
  ``_reproach`` reads no children of a word that is no past participle.

Outputs are unchanged: each test compares the fast reading with the plain one (the code it
replaced, copied here) on every word of texts written for these tests, and checks that the texts
hold the cases a dropped branch would lose."""

from __future__ import annotations

import pytest

TEXTS = [
    "Serbian extremists attacked the village and the police arrested twelve of them.",
    "Kestria will withdraw its troops unless Ostrava resumes the dialogue.",
    "The rebels would hold the town until the government agreed to talks.",
    "If Ostrava did not cooperate by March, the council would impose sanctions.",
    "The minister did not say whether Kestria would withdraw its ships or pull back its troops.",
    "An inquiry into whether the army had breached the convention was opened.",
    "Tarsk should have expelled the ambassador after the raid.",
    "The government has expelled the ambassador of Ostrava.",
    "Hundreds of protesters marched in the capital, and the police detained a group of students.",
    "The envoy whom Tarsk expelled returned on Monday with 300 soldiers.",
    "Kestria massed troops along the border with Ostrava and accused it of provocations.",
    "The Vallmoran proposal was rejected by the members of the junta.",
    "There were clashes in the north, and the French embassy condemned the attack.",
    "Nobody asked whether the talks would resume, and the weather stayed calm.",
    "The minister said he can and may declare an emergency in the province.",
    "Kestria accuses Ostrava's army of shelling town as UN envoy pleads for calm",
    "The agency collects the data under the constitution and reviews each case.",
    "No state has the right to send its soldiers onto our soil.",
    "Ostrava will answer, and the talks that were held in March failed.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def _tokens(docs):
    return [t for doc in docs for t in doc]


# --- the plain readings (the code the fast ones replaced) ---------------------------------------

def _plain_actorlike(tokens) -> bool:
    from communique.events.arguments import _owner_like

    return any(t.pos_ in ("PROPN", "PRON") or _owner_like(t) for t in tokens)


def _plain_dedupe(tokens: list) -> list:
    from communique.events.arguments import _NON_PARTICIPANT_IDS, _antecedent, _quantified
    from communique.views import token_sheet

    seen, out = set(), []
    if not tokens:
        return out
    s = token_sheet(tokens[0].doc)
    for t in tokens:
        i = _quantified(s, _antecedent(s, t.i))
        if s.ents[i] in _NON_PARTICIPANT_IDS:
            continue
        if i not in seen:
            seen.add(i)
            out.append(t if i == t.i else s.doc[i])
    return out


def _plain_condition_clause(tok) -> bool:
    from communique.events.extract import UNTIL_MARKS

    for x in (tok, *tok.ancestors):
        if x.dep_ != "advcl":
            continue
        if x is not tok and not (tok.head.i == x.i and tok.dep_ in ("dobj", "xcomp")):  # round 31e9: by index
            return False
        marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
        if "unless" in marks:
            return True
        if marks & UNTIL_MARKS:
            return any(c.dep_ == "aux" and c.tag_ == "MD" for c in x.head.children)
        return "if" in marks and any(c.dep_ == "neg" for c in x.children)
    return False


def _plain_embedded_question(tok) -> bool:
    for x in (tok, *tok.ancestors):
        if x.dep_ not in ("ccomp", "advcl", "pcomp", "csubj", "xcomp", "acl", "conj"):
            continue
        if x.dep_ == "conj":
            continue
        if x is not tok and not (tok.head.i == x.i and tok.dep_ in ("dobj", "xcomp", "nsubjpass")) and \
                not (tok.dep_ == "conj" and tok.head.i == x.i):  # round 31e9: by index
            return False
        return any(c.dep_ == "mark" and c.lower_ == "whether" for c in x.children)
    return False


def _plain_reproach(tok) -> bool:
    from communique.events.extract import REPROACH_MODALS

    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.tag_ == "VBN" and "have" in auxes and any(a in REPROACH_MODALS for a in auxes)


def _plain_shared_modal_subject(verb) -> list:
    from communique.events.arguments import conjuncts

    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not aux or aux[0].i < 2:
        return []
    joint, modal = verb.doc[aux[0].i - 1], verb.doc[aux[0].i - 2]
    if joint.lower_ not in ("and", "or") or joint.head.i != modal.i or modal.tag_ != "MD":
        return []
    return [s for c in modal.children if c.dep_ == "nsubj" for s in conjuncts(c)]


def _plain_conjunction_subject(tok) -> list:
    from communique.events.arguments import (_FINITE_TAGS, _SUBJECT_IDS, CLAUSE_CONJUNCTIONS,
                                             LISTING_BEFORE_AS, conjuncts)
    from communique.views import token_sheet

    s, i = token_sheet(tok.doc), tok.i
    if s.tags[i] not in _FINITE_TAGS or i == 0:
        return []
    subj = [c for c in s.kids[i] if s.deps[c] in _SUBJECT_IDS]
    noun = tok.doc[i - 1]
    while noun.dep_ == "compound" and noun.head.i < i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != i - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    prep = noun.head
    if prep.lower_ not in CLAUSE_CONJUNCTIONS or not all(c < prep.i for c in subj) or \
            prep.i > 0 and tok.doc[prep.i - 1].lower_ in LISTING_BEFORE_AS:
        return []
    return conjuncts(noun)


def _plain_under_law(verb) -> bool:
    from communique.events.extract import LEGAL_ORDER_NOUNS

    for cur in (verb, verb.head if verb.dep_ == "conj" else None):
        if cur is None or cur.tag_ not in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "MD" for c in cur.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in LEGAL_ORDER_NOUNS for p in c.children)
               for c in cur.children):
            return True
    return False


def _plain_denied_right(tok) -> bool:
    from communique.events.extract import _none_of

    if tok.dep_ != "acl" or tok.head.lemma_.lower() != "right":
        return False
    right, holder = tok.head, tok.head.head
    if _none_of(right):
        return True
    return holder.pos_ in ("VERB", "AUX") and (any(c.dep_ == "neg" for c in holder.children) or any(
        t.i < holder.i and t.pos_ in ("NOUN", "PROPN") and _none_of(t) for t in holder.subtree))


# --- fast == plain on every word ------------------------------------------------------------------

def test_actorlike_is_plain(docs):
    from communique.events.arguments import _actorlike

    assert _actorlike([]) is False
    for doc in docs:
        toks = list(doc)
        for t in toks:
            assert _actorlike([t]) == _plain_actorlike([t]), t.text
        for k in range(0, len(toks), 3):  # runs of three words: any() over several
            assert _actorlike(toks[k:k + 3]) == _plain_actorlike(toks[k:k + 3])


def test_actorlike_reads_a_named_modifier(docs):
    """"Serbian extremists": a plain noun with a NORP modifier is actor-like (the inlined
    ``_owner_like`` branch); "the village" is not."""
    from communique.events.arguments import _actorlike

    doc = docs[0]
    extremists = next(t for t in doc if t.lower_ == "extremists")
    village = next(t for t in doc if t.lower_ == "village")
    assert extremists.pos_ == "NOUN" and not extremists.ent_type_
    assert _actorlike([extremists]) and _plain_actorlike([extremists])
    assert not _actorlike([village])


def test_dedupe_is_plain(docs):
    from communique.events.arguments import _dedupe

    for doc in docs:
        toks = list(doc)
        assert _dedupe(toks) == _plain_dedupe(toks)
        for t in toks:
            assert _dedupe([t]) == _plain_dedupe([t]), t.text


def test_dedupe_still_reads_quantities_and_relatives(docs):
    """The gated helpers still run where their first test passes: "Hundreds of protesters" ->
    "protesters" (an entity), "a group of students" -> "students" (a word), "the envoy whom Tarsk
    expelled" -> "envoy"."""
    from communique.events.arguments import _dedupe

    for word, meant in (("hundreds", "protesters"), ("group", "students")):
        tok = next(t for t in docs[8] if t.lower_ == word)
        assert [t.lower_ for t in _dedupe([tok])] == [meant]
    whom = next(t for t in docs[9] if t.lower_ == "whom")
    assert [t.lower_ for t in _dedupe([whom])] == ["envoy"]


PLAIN = {"_condition_clause": _plain_condition_clause, "embedded_question": _plain_embedded_question,
         "_reproach": _plain_reproach, "_under_law": _plain_under_law, "denied_right": _plain_denied_right,
         "_shared_modal_subject": _plain_shared_modal_subject, "_conjunction_subject": _plain_conjunction_subject}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_draft_checks_are_plain(docs, name):
    from communique.events import arguments, extract

    fast, plain = getattr(extract, name, None) or getattr(arguments, name), PLAIN[name]
    for t in _tokens(docs):
        assert fast(t) == plain(t), (name, t.text, t.sent.text)


@pytest.mark.parametrize("name,text,word", [
    ("_condition_clause", 1, "resumes"),  # "unless"
    ("_condition_clause", 3, "cooperate"),  # a negated "if"
    ("embedded_question", 4, "withdraw"),
    ("embedded_question", 5, "breached"),
    ("_reproach", 6, "expelled"),
    ("_conjunction_subject", 15, "pleads"),
    ("_under_law", 16, "collects"),
    ("denied_right", 17, "send"),
])
def test_draft_checks_still_fire(docs, name, text, word):
    """Each check says yes where its case is written (a fast path that dropped the case fails)."""
    from communique.events import arguments, extract

    tok = next(t for t in docs[text] if t.lower_ == word)
    assert (getattr(extract, name, None) or getattr(arguments, name))(tok)


def test_argument_gates_skip_only_empty_answers(docs):
    """``verb_arguments`` asks ``_beyond`` only of a border noun and ``owners`` / ``_but_brokers``
    only of a word that is no entity, proper noun or pronoun: the words passed over give [] there."""
    from communique.events.arguments import BORDER_NOUNS, _beyond, owners

    border = 0
    for t in _tokens(docs):
        if t.lemma_.lower() not in BORDER_NOUNS:
            assert _beyond(t) == []
        else:
            border += bool(_beyond(t))
        if t.ent_type_ or t.pos_ in ("PROPN", "PRON"):
            assert owners(t) == [] and owners(t, places=False) == []
    assert border  # "along the border with Ostrava": the gate lets a border noun through


def test_verb_arguments_on_the_texts(docs):
    """End to end over the texts: the arguments of the border and owner cases are still read."""
    from communique.events.extract import extract_sentence

    drafts = [d for doc in docs for sent in doc.sents for d in extract_sentence(sent)]
    massed = [d for d in drafts if d.cand.token.lower_ == "massed"]
    assert massed and "Ostrava" in [t.text for d in massed for t in d.targets]


def test_shared_modal_subject_still_fires(nlp):
    """"he can and may declare an emergency" parsed with the subject on the first modal and the
    verb coordinated with it (a Doc built with that parse): the second modal's verb takes "he";
    the fast path's gate (an auxiliary before the verb) lets it through."""
    from spacy.tokens import Doc

    from communique.events.arguments import _shared_modal_subject

    doc = Doc(nlp.vocab, words=["he", "can", "and", "may", "declare", "an", "emergency"],
              heads=[1, 1, 1, 4, 1, 6, 4], deps=["nsubj", "ROOT", "cc", "aux", "conj", "det", "dobj"],
              tags=["PRP", "MD", "CC", "MD", "VB", "DT", "NN"],
              pos=["PRON", "AUX", "CCONJ", "AUX", "VERB", "DET", "NOUN"])
    assert [t.text for t in _shared_modal_subject(doc[4])] == ["he"]
    assert _plain_shared_modal_subject(doc[4]) == _shared_modal_subject(doc[4])
    assert _shared_modal_subject(doc[1]) == []
