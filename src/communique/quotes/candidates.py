"""The record a quote finder returns before ids and actors are assigned."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..views import token_offsets
from .lexicon import cue_verbs, speaker_bodies, speaker_pronouns, speaker_titles
from .speakers import fallback_kind, speaker_span, speaker_tokens


@dataclass(frozen=True)
class Candidate:
    kind: str  # "direct" | "indirect"
    start: int
    end: int
    speaker_chars: tuple[int, int, int, int] | None = None  # phrase start/end, name start/end
    fallback: str | None = None  # actor kind to fall back to ("person") or None
    cue: str | None = None
    rule: str = ""


def is_cue(token, frame: str = "quote") -> bool:
    """Whether ``token`` is a cue verb that takes ``frame``."""
    cue = cue_verbs().get(token.lemma_.lower())
    return cue is not None and frame in cue.frames and token.pos_ in ("VERB", "AUX")


def outer_cue(head):
    """The cue verb whose clausal content ``head`` is, else ``head`` itself: a verb coordinated
    with that content ("said the plan had failed and added that ...") is the cue's subject's."""
    if head.dep_ == "ccomp" and is_cue(head.head, "that"):
        return head.head
    return head


def as_saying(verb):
    """The cue verb hung by "as" on ``verb`` ("quoted Hale as saying": saying), else None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return next((c for c in prep.children if c.dep_ == "pcomp" and is_cue(c, "that")), None)
    return None


def object_quoted_as_saying(cue):
    """The object of the verb ``cue`` hangs on by "as": who speaks ("The paper quoted Hale as
    saying ...", "reported Hale as saying": Hale, not the paper), else None."""
    if cue.dep_ != "pcomp" or cue.head.dep_ != "prep" or cue.head.lower_ != "as":
        return None
    return next((c for c in cue.head.head.children if c.dep_ in ("dobj", "dative")), None)


def participle_subject(cue):
    """The speaker of a cue whose subject the parse hung on a participle before it: the subject
    of a participle clause made the cue's subject ("Marek speaking to reporters said ...":
    Marek), or of a participle made the head of the cue ("Marek speaking at the forum called the
    treaty "void"": Marek); else None."""
    clause = next((c for c in cue.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if clause is None and cue.dep_ == "dep" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
        clause = cue.head
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None


def place_conjunct_subject(cue):
    """The name right before a cue with no subject that the parse hung as a conjunct or an
    appositive on the place of a phrase fronted before it ("In Riga, lawmaker and former
    minister Andris Kalnins said ...": Kalnins, not "in Riga"), else None."""
    places = (p for prep in cue.lefts if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")
    for node in places:
        while (conj := next((c for c in node.children if c.dep_ in ("conj", "appos")), None)) is not None:
            node = conj
        if node.dep_ in ("conj", "appos") and node.i == cue.i - 1 and node.pos_ == "PROPN" \
                and node.ent_type_ == "PERSON":
            return node
    return None


#: Short words left in lower case inside a title ("Meet the Press", "Game of Thrones").
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})


def is_title_case(text: str) -> bool:
    """Whether ``text`` is written like a title or a name: every word but small ones
    capitalised ("Meet the Press", "Operation Peace Spring"), not a sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return bool(words) and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


class TokenIndex:
    """Character offset -> token index over one spaCy Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.starts = token_offsets(doc)[0]

    def at(self, offset: int) -> int:
        """Index of the token containing ``offset`` (or the last one starting before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def first_from(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        i = bisect_right(self.starts, offset - 1)
        return i


def trim_span(text: str, start: int, end: int, strip: str = " \t\n,;:") -> tuple[int, int]:
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


#: Characters of a line outside its quote that still leave it a quote-only paragraph
#: (quote marks, a closing full stop, a dash).
MAX_QUOTE_PARAGRAPH_EXTRA_CHARS = 6


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def is_quote_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the quote ``[start, end)`` is a paragraph of its own (its line holds nothing
    else but quote marks, a closing full stop or a dash)."""
    ls, le = _line_bounds(text, start)
    return len(text[ls:le].strip()) - (end - start) <= MAX_QUOTE_PARAGRAPH_EXTRA_CHARS


def _previous_line(text: str, start: int) -> tuple[int, int] | None:
    """The non-blank line before the line that starts at ``start``."""
    i = start - 1
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    if i <= 0:
        return None
    return _line_bounds(text, i - 1)


def _closing_subject(index: TokenIndex, start: int, end: int):
    """The subject of the sentence that closes the paragraph ``[start, end)`` when it can be
    the speaker of a quote paragraph after it: a name, a person pronoun, a role or a
    spokesperson ("The spokesperson, Jane Doe, also spoke to reporters."), or any subject of
    a cue verb; a person named as the agent of a passive ("The plan was criticised by Ivo
    Marek."); else None."""
    last = index.doc[index.at(end - 1)]
    sent = last.sent
    if sent.start_char < start:
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    agent = next((p for a in root.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    if subject.dep_ == "nsubjpass" and agent is not None and agent.ent_type_ == "PERSON":
        return agent  # "The ruling was criticised by Ivo Marek, the mayor.": Marek
    person = speaker_pronouns().get(subject.lower_) == "person"
    speaking_noun = subject.lemma_.lower() in speaker_titles() | speaker_bodies()
    if subject.pos_ == "PROPN" or person or (subject.pos_ == "NOUN" and (is_cue(root) or speaking_noun)):
        return subject
    return None


def _next_speaker(index: TokenIndex, last, start: int, end: int):
    """The person named as the subject of a sentence that closes the paragraph ``[start, end)``
    after its last attributed quote ``last``, and says nothing of its own: who speaks next
    ("Hale said the budget would cut taxes. Costa disagreed." / "..." -> Costa; not "Costa
    did not respond."), else None."""
    subject = _closing_subject(index, start, end)
    if subject is None or subject.pos_ != "PROPN" or subject.sent.start_char < last.end \
            or last.speaker_chars[2] <= subject.idx < last.speaker_chars[3]:
        return None
    return None if any(c.dep_ == "neg" for c in subject.head.children) else subject


#: Verbs of a sentence before a quote that say how its subject spoke ("Eklund was blunt.", "Ruiz
#: spoke next.", "Hale responded angrily."), besides the cue verbs.
SPEAKING_VERBS = frozenset({"address", "be", "react", "respond", "speak"})
#: Characters that may close the sentence before a quote that opens the next one (".", or a
#: closing mark after it).
_SENTENCE_CLOSERS = ".!?\"”’»"


def _after_sentence(text: str, index: TokenIndex, cand: Candidate, before: list[Candidate]) -> Candidate | None:
    """For a direct quote with no speaker that opens a sentence after other sentences of its
    paragraph, with no quote of no speaker before it there, the subject of the sentence right before it when
    that can be a speaker (``_closing_subject``) and the sentence says how it spoke (a cue verb, a
    copula, ``SPEAKING_VERBS``: "Minister Lars Eklund was blunt. "The licence will not be
    renewed."" -> Eklund; not "Ada Brun put it on the table. "..."); else None."""
    ls = _line_bounds(text, cand.start)[0]
    mark = cand.start
    while mark > ls and text[mark - 1] not in " \t":
        mark -= 1  # back over the opening mark
    head = text[ls:mark].rstrip()
    if not head or head[-1] not in _SENTENCE_CLOSERS or any(ls <= c.start < cand.start and c.speaker_chars is None for c in before):
        return None
    end = ls + len(head)
    while end > ls and text[end - 1] in "\"”’»":
        end -= 1
    if end <= ls or text[end - 1] not in ".!?":
        return None
    subject = _closing_subject(index, ls, end)
    root = subject.sent.root if subject is not None else None
    if root is None or not (root.lemma_.lower() in SPEAKING_VERBS or root.lemma_.lower() in cue_verbs()):
        return None  # "Ada Brun put it on the table. "..."": no one is said to speak
    lo, hi = speaker_tokens(subject, 0, len(index.doc))
    return Candidate(cand.kind, cand.start, cand.end, speaker_span(subject), fallback_kind(subject, index.doc[lo:hi]),
                     None, "previous_sentence")


def inherit_paragraph_speakers(text: str, candidates: list[Candidate], doc=None) -> list[Candidate]:
    """A direct quote that is a paragraph of its own and names no speaker takes the speaker
    of the last attributed quote (direct or indirect) of the paragraph before it:

        Ms Lee told reporters the plan was dead. / "We will not accept it." -> Ms Lee

    (not that of speech she reports inside her own content: "Ms Lee said the envoys had
    promised to meet. / "..."" -> Ms Lee).

    With the parse (``doc``) and no quote there, it takes the subject of the sentence that
    closes that paragraph when that is a name, a person pronoun or the subject of a cue verb
    (``_closing_subject``):

        The spokesperson, Jane Doe, also spoke. / "We reserve the right to respond." -> Jane Doe

    A quote whose paragraph holds other words keeps no speaker (it may be a title or a
    scare quote)."""
    out = list(candidates)
    index = TokenIndex(doc) if doc is not None else None
    for i, cand in enumerate(out):
        if cand.kind != "direct" or cand.speaker_chars is not None:
            continue
        if not is_quote_paragraph(text, cand.start, cand.end):
            if index is not None:
                out[i] = _after_sentence(text, index, cand, out[:i]) or cand
            continue
        prev = _previous_line(text, _line_bounds(text, cand.start)[0])
        if prev is None:
            continue
        attributed = [c for c in out[:i] if c.speaker_chars is not None and prev[0] <= c.start < prev[1]]
        if attributed:  # not speech reported inside another's content ("Lee said the envoys had promised to ...")
            src = [c for c in attributed if not any(o is not c and o.start <= c.start and c.end <= o.end
                                                    for o in attributed)][-1]
            subject = _next_speaker(index, src, *prev) if index is not None else None
            if subject is not None:  # "Hale said .... Costa disagreed." / "...": Costa
                lo, hi = speaker_tokens(subject, 0, len(doc))
                out[i] = Candidate(cand.kind, cand.start, cand.end, speaker_span(subject),
                                   fallback_kind(subject, doc[lo:hi]), None, "previous_subject")
                continue
            out[i] = Candidate(cand.kind, cand.start, cand.end, src.speaker_chars, src.fallback, None,
                               "previous_paragraph")
        elif index is not None and not any(prev[0] <= c.start < prev[1] for c in out[:i]):
            subject = _closing_subject(index, *prev)
            if subject is not None:
                lo, hi = speaker_tokens(subject, 0, len(doc))
                out[i] = Candidate(cand.kind, cand.start, cand.end, speaker_span(subject),
                                   fallback_kind(subject, doc[lo:hi]), None, "previous_subject")
    return out
