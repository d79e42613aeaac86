"""Calls to action: sentences in which the text itself urges the reader or a named group to act.

Rules, in the order they are tried on each sentence (``cta.jsonl`` holds the words):

* ``appeal``: "we call on / urge / ask X to V" -> addressee X, action V ...
* ``duty``: "it is the duty / time / job of X to V", "it is time for X to V";
* ``message``: "our message to X is to V" (and "our demand to X is ...");
* ``modal``: "X must / should / needs to / has to V" where X can be addressed
  (a pronoun such as we/you, an actor, a group noun such as "the government");
  not a prediction ("the rate should rise": X is not addressable; "is expected to"),
  not a regret ("should have acted"), not negated "need not";
* ``imperative``: a sentence whose root is a bare verb with no subject
  ("Call your representatives", "Do not accept silence"), or "let us V".

Never a call: a question (rhetorical or not), a sentence inside a quote
(``views.quote_at``), a clause reported by someone else ("X said Y must ...").
"""

from __future__ import annotations

import logging
from bisect import bisect_left

from .. import resources
from ..document import CallToAction
from ..views import doc_text, positions, sentences, views_of
from .lexicon import cta_cues

logger = logging.getLogger(__name__)

#: Longest action phrase kept, in tokens ("stop funding the juntas' security services").
MAX_ACTION_TOKENS = 8
#: Shortest sentence (tokens) taken as an imperative call; shorter ones are headings or asides.
MIN_IMPERATIVE_TOKENS = 3
#: Dependency labels that end an action phrase (subordinate clauses, conjoined clauses).
_CLAUSE_DEPS = ("advcl", "ccomp", "conj", "cc", "mark", "relcl", "parataxis", "punct")


#: Word groups kept with their other uses: reporting verbs tagged "calls", pronouns tagged "addressee".
_SHARED_GROUPS = {"reporting_verbs": ("quotes/reporting_verbs.en.tsv", "calls"),
                  "addressable_pronouns": ("actors/pronouns.en.tsv", "addressee")}


@resources.cached
def _words(group: str) -> frozenset[str]:
    if group in _SHARED_GROUPS:
        return resources.with_tag(*_SHARED_GROUPS[group])
    return frozenset(cta_cues()[group])


def _action(verb) -> str:
    """A short verb phrase: the verb with its negation, particles and objects, without
    subordinate or relative clauses, cut to MAX_ACTION_TOKENS (the text as written)."""
    doc = verb.doc

    def clause_free(t) -> bool:
        node = t
        while node.i != verb.i:
            if node.dep_ in _CLAUSE_DEPS or node.dep_ in ("acl", "nsubj", "nsubjpass", "aux", "auxpass"):
                return node.dep_ in ("aux",) and node.lower_ in ("do", "not") and node.head.i == verb.i
            node = node.head
        return True

    keep = sorted(t.i for t in verb.subtree if t.i >= verb.i and clause_free(t))
    neg = [c.i for c in verb.children if c.dep_ == "neg" and c.i < verb.i]
    end = verb.i
    for i in keep:
        if i > end + 1 or i - verb.i >= MAX_ACTION_TOKENS:
            break
        end = i
    while end > verb.i and (doc[end].is_punct or doc[end].dep_ in ("cc", "det", "prep", "mark", "case")):
        end -= 1
    phrase = doc[verb.i:end + 1].text
    return ("not " + phrase if neg else phrase).strip(" ,;:")


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _span_text(token) -> tuple[int, int]:
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct") or t.i == token.i]
    left = min(t.i for t in tokens)
    right = token.i
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i > right and t.i == right + 1:
            right = t.i
    doc = token.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _addressee(document, doc, token) -> str | None:
    """The actor id at the addressee's span, else its text (``"we"``, ``"every European parliament"``)."""
    start, end = _span_text(token)
    actor = views_of(doc).actor_index(document.actors).at(start, end) if document is not None else None
    if actor is not None:
        return actor.id
    return document.text[start:end] if document is not None else doc.text[start:end]


def _addressable(document, token) -> bool:
    if token.lower_ in _words("addressable_pronouns"):
        return True
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "LOC"):
        return True
    if token.lemma_.lower() in _words("addressable_nouns") or token.lower_ in _words("addressable_nouns"):
        return True
    if document is not None:
        start, end = _span_text(token)
        return views_of(token.doc).actor_index(document.actors).at(start, end) is not None
    return False


def _reported(verb) -> bool:
    """True when the clause hangs under a reporting verb ("X said Y must ...")."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "advcl") and node.head.lemma_.lower() in _words("reporting_verbs"):
            return True
        node = node.head
    return False


def _in_quote(document, doc, offset: int) -> bool:
    return document is not None and views_of(doc).quote_at(document, offset) is not None


#: Words after which the modal rule looks for a verb ("they have to", "we need to").
_NEED_WORDS = ("have", "has", "need", "needs")


def _rule_tokens(doc) -> list[int]:
    """Indices of the tokens at which the appeal, duty, message or modal rules can fire: a
    lemma from their word lists, or a modal or need word (``views.positions``, once per Doc),
    so that ``_sentence_calls`` looks at these tokens only (the others never match a rule)."""
    return sorted({*positions(doc, _words("modals"), _NEED_WORDS, lemmas=False),
                   *positions(doc, _words("appeal_verbs"), _words("duty_nouns"), _words("message_nouns"))})


def _sentence_calls(document, sent, rule_tokens: list[int] | None = None):
    """The calls of one sentence; ``rule_tokens`` is ``_rule_tokens(sent.doc)`` where known."""
    doc = sent.doc
    text = doc_text(doc)[sent.start_char:sent.end_char].strip()  # ``sent.text``, not joined again
    if not text or text.rstrip("\"'”’)").endswith("?"):
        return
    if rule_tokens is None:
        rule_tokens = _rule_tokens(doc)
    candidates = [doc[i] for i in rule_tokens[bisect_left(rule_tokens, sent.start):
                                              bisect_left(rule_tokens, sent.end)]]
    modals, appeal = _words("modals"), _words("appeal_verbs")
    for token in candidates:
        lemma = token.lemma_.lower()
        # appeal: "we call on X to V", "we urge X to V"
        if token.pos_ == "VERB" and lemma in appeal and not _reported(token):
            subj = _subject(token)
            if subj is None or subj.lower_ not in ("we", "i"):
                continue
            target = next((c for c in token.children if c.dep_ == "dobj"), None)
            if target is None:
                prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")), None)
                target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            infinitive = next((t for t in token.subtree if t.dep_ in ("xcomp", "ccomp", "advcl") and t.pos_ in ("VERB", "AUX")
                               and t.i > token.i), None)
            if target is not None and infinitive is not None:
                yield "appeal", token, _addressee(document, doc, target), _action(infinitive)
                return
        # duty: "it is the duty of X to V", "it is time for X to V"
        if lemma in _words("duty_nouns") and token.pos_ == "NOUN" and token.head.lemma_ == "be":
            holder = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                           for g in c.children if g.dep_ == "pobj"), None)
            infinitive = next((t for t in token.head.subtree if t.tag_ == "VB" and t.i > token.i
                               and any(c.lower_ == "to" for c in t.children)), None)
            if holder is None and infinitive is not None:
                holder = _subject(infinitive)
            if infinitive is not None:
                yield "duty", token, (_addressee(document, doc, holder) if holder is not None else None), _action(infinitive)
                return
        # message: "our message to X is to V"
        if lemma in _words("message_nouns") and token.pos_ == "NOUN" and any(c.lower_ in ("our", "my") for c in token.children):
            holder = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj"), None)
            infinitive = next((t for t in sent if t.tag_ == "VB" and t.i > token.i
                               and any(c.lower_ == "to" for c in t.children)), None)
            if holder is not None and infinitive is not None:
                yield "message", token, _addressee(document, doc, holder), _action(infinitive)
                return
    for token in candidates:
        # modal: "X must / should V"
        if token.lower_ in modals or (token.lower_ in _NEED_WORDS and token.dep_ != "ROOT"):
            verb = token.head if token.dep_ in ("aux", "auxpass") else None
            if token.lower_ in _NEED_WORDS and token.pos_ == "VERB":
                verb = next((c for c in token.children if c.dep_ == "xcomp"), None)
                head_for_subject = token
            else:
                head_for_subject = verb
            if verb is None or verb.tag_ != "VB" or _reported(verb):
                continue
            if any(c.lower_ in ("have",) and c.i < verb.i and c.i > token.i for c in verb.children) \
                    or any(c.dep_ == "neg" and c.lower_ in ("not", "n't") and token.lower_ == "need" for c in verb.children):
                continue  # "should have acted" is a regret, "need not" a release
            if any(t.lower_ in _words("prediction_words") for t in sent):
                continue
            subj = _subject(head_for_subject)
            if subj is None or not _addressable(document, subj):
                continue
            yield "modal", verb, _addressee(document, doc, subj), _action(verb)
            return
    # imperative: bare verb root with no subject
    root = sent.root
    # the tagger often reads a sentence-initial "Boycott" as a noun: trust the call-verb list there
    verb_like = (root.tag_ == "VB" and root.pos_ in ("VERB", "AUX")) or (
        root.lower_ in _words("call_verbs")  # (first: the opening word is looked for only then)
        and root.i == next((t for t in sent if not (t.is_punct or t.is_space)), root).i
        and any(c.dep_ in ("dobj", "prep", "prt") for c in root.children))
    if verb_like and len(sent) >= MIN_IMPERATIVE_TOKENS \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") and c.lower_ not in ("do", "not")
                        for c in root.children if c.i < root.i):
        first = next(t for t in sent if not t.is_punct and not t.is_space)
        if root.lemma_.lower() == "let" and any(t.lower_ in ("us", "'s") for t in doc[root.i + 1:root.i + 2]):
            verb = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"), None)
            if verb is not None:
                yield "imperative", root, "we", _action(verb)
            return
        if root.lemma_.lower() in _words("non_call_imperatives") or first.i != min(
                t.i for t in sent if t.dep_ != "punct" and (t.i == root.i or t.head.i == root.i and t.dep_ in ("aux", "neg", "advmod", "intj"))):
            return
        yield "imperative", root, None, _action(root)


def find_calls(document, doc) -> list[CallToAction]:
    """Calls to action in ``document`` (parsed as ``doc``), one per sentence at most, in text order.

    Example: "Brussels must stop funding the juntas." gives addressee Brussels (its actor id
    when the actors stage found it) and action "stop funding the juntas"; "The rate should rise
    next year." gives nothing (a prediction).
    """
    text = document.text
    out = []
    rule_tokens = _rule_tokens(doc)
    for sent in sentences(doc):
        if _in_quote(document, doc, sent.start_char) or _in_quote(document, doc, max(sent.start_char, sent.end_char - 2)):
            continue
        for rule, token, addressee, action in _sentence_calls(document, sent, rule_tokens):
            start, end = sent.start_char, sent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if not action:
                continue
            logger.debug("call to action (%s) at %d-%d: %s", rule, start, end, action)
            out.append(CallToAction(start, end, text[start:end], action, addressee))
    return out
