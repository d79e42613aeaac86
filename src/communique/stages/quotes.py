"""Quotes stage: direct and indirect quotes with their speakers.

Direct quotes come from paired quotation marks (``communique.quotes.marks``)
with an attribution next to them (``communique.quotes.direct``); indirect quotes
from cue verbs with a clausal, infinitive or "as" complement
(``communique.quotes.indirect``). Speakers resolve to actors of the actors stage
(``communique.quotes.speakers``). Quotes longer than
``settings.max_quote_chars`` are rejected.

``quote_at(document, offset)`` (``communique.views``, re-exported here) says which quote
contains a character offset; the events stage uses it to mark events inside quotes as ``attribution.kind = quoted``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..document import Quote
from ..pipeline import stage
from ..quotes.candidates import Candidate, inherit_paragraph_speakers
from ..quotes.direct import find_direct
from ..quotes.indirect import REFLEXIVE_OBJECTS, find_indirect, find_partial
from ..quotes.lexicon import cue_verbs, position_verbs, speaker_titles
from ..quotes.marks import find_marked_spans
from ..quotes.speakers import resolve_speaker
from ..spans import SpanSet
from ..structure.sections import OPINION_BODY_KINDS
from ..views import quote_at

logger = logging.getLogger(__name__)

__all__ = ["extract_quotes", "quote_at", "quote_spans", "find_quotes"]


def _to_quote(document, doc, cand: Candidate, quoted: SpanSet, said_before: list | None = None) -> Quote:
    """The quote of ``cand`` with its speaker resolved (``said_before``: ``(speaker, (start, end))``
    of the quotes before, speaker phrase's place); its id is set once all are known."""
    text = document.text
    speaker = speaker_text = None
    if cand.speaker_chars is not None:
        start, end = cand.speaker_chars[:2]
        speaker_text = text[start:end]
        speaker = resolve_speaker(document, doc, cand.speaker_chars, cand.fallback, quoted, said_before)
    return Quote(id="", kind=cand.kind, text=text[cand.start:cand.end], start=cand.start,
                 end=cand.end, speaker=speaker, speaker_text=speaker_text, cue=cand.cue)


def _title_end(document) -> int:
    """End of the title when the text opens with it, else 0. Reported speech in a headline
    ("X says Y") is the editor's summary of what the article reports in full: it gives no
    indirect quote of its own (a verbatim quote there is kept)."""
    title = (document.title or "").strip()
    at = document.text.find(title) if title else -1
    return at + len(title) if at >= 0 and not document.text[:at].strip() else 0


def _own_position(document, doc, cand: Candidate) -> bool:
    """Whether ``cand`` is an indirect quote in a statement section whose cue states a position
    (``position_verbs``: agree, demand, note, urge, warn ...) in the present tense, whose speaker names no person
    and at most one proper noun ("They demand that ...", "The Conference warns that ...", "The
    Embassy notes that ...", "The two leaders agreed that ..."):
    the issuer's own words, no one's reported speech, as a briefing's answers are (docs/quotes.md,
    "Briefing transcripts"). "President Prabowo urged that ..." (a name) and "said" stay quotes."""
    if cand.kind != "indirect" or not cand.cue or not any(
            s.kind == "statement" and s.start <= cand.start < s.end for s in document.sections):
        return False
    if cand.speaker_chars is not None:
        speaker = doc.char_span(cand.speaker_chars[0], cand.speaker_chars[1], alignment_mode="expand")
        if speaker is None or any(t.ent_type_ == "PERSON" for t in speaker) \
                or sum(t.pos_ == "PROPN" for t in speaker) > 1:
            return False  # a person, or a body named in full; "The Conference", "The Embassy": the issuer
    sent = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    lo = sent.sent.start if sent is not None else 0
    hi = sent.sent.end if sent is not None else len(doc)
    cues = [t for t in doc[lo:hi] if t.text == cand.cue]
    # in the present tense: the issuer acting as it writes ("They demand", "The Conference warns");
    # a past tense reports a meeting or a call ("The two leaders agreed that ..."), reported speech
    return bool(cues) and all(t.lemma_.lower() in position_verbs() and t.tag_ in PRESENT_TAGS for t in cues)


#: Capitalised words of a speaker phrase that say nothing of which body it is.
_ISSUER_FILLERS = frozenset({"The", "Of", "And", "For"})


def _issuer_words(document) -> set[str]:
    """Capitalised words of the document's publisher and title ("Department", "Foreign", "Affairs")."""
    return set(re.findall(r"[A-Z][\w-]*", f"{document.publisher or ''} {document.title or ''}"))


#: Tags of a verb in the present tense.
PRESENT_TAGS = ("VBZ", "VBP")


def _present_perfect(verb) -> bool:
    """Whether ``verb`` is a participle under a present "has" / "have" ("The Ministry has informed
    the envoy that ..."): the issuer's act just done, as it writes (round 29q1)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT_TAGS
                                      for c in verb.children)


def _issuer_announces(document, doc, cand: Candidate, issuer_words: set[str]) -> bool:
    """Whether ``cand`` is an indirect quote in a statement section under a cue in the present tense
    whose speaker is the issuing body named by words of the publisher or the title ("The Department of
    Foreign Affairs (DFA) announces that ..." in the department's statement, "The Ministry informs
    that ..."): the issuer's own announcement as it writes, no one's reported speech, as round 20's
    ``_own_position`` for position verbs (round 26a). A person ("The Minister announces"), a body the
    publisher does not name ("The Embassy of X announces" in a ministry's text) and a past tense stay;
    a present perfect is the issuer's act just done ("The Ministry has informed the envoy that ...",
    round 29q1)."""
    if cand.kind != "indirect" or not cand.cue or cand.speaker_chars is None or not issuer_words \
            or not any(s.kind == "statement" and s.start <= cand.start < s.end for s in document.sections):
        return False
    speaker = doc.char_span(cand.speaker_chars[0], cand.speaker_chars[1], alignment_mode="expand")
    if speaker is None or any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in speaker):
        return False
    phrase = re.sub(r"\([^)]*\)", " ", speaker.text)  # "(DFA)", "(the dtic)": an abbreviation of the name
    words = set(re.findall(r"[A-Z][\w-]*", phrase)) - _ISSUER_FILLERS
    if not words or not words <= issuer_words or speaker.root.lemma_.lower() in speaker_titles():
        return False
    sent = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    lo = sent.sent.start if sent is not None else 0
    hi = sent.sent.end if sent is not None else len(doc)
    cues = [t for t in doc[lo:hi] if t.text == cand.cue]
    return bool(cues) and all(t.tag_ in PRESENT_TAGS or _present_perfect(t) for t in cues)


#: Round 35q35: subjects that name no one, the opponents an argument answers ("Some argue that ...",
#: "Others say ...", "Many will say ...", "Some ministers argue ...").
_UNNAMED_QUANTIFIERS = frozenset({"some", "other", "others", "many", "few"})

#: Round 35q35: modals of demand, under which a cue reports no words said ("X should declare that ...").
_UNSAID_MODALS = frozenset({"should", "must", "ought"})

#: Round 35q35: verbs whose gerund or infinitive cue repeats a line ("keeps telling us that", "continues to insist").
_HABITUAL_HEADS = frozenset({"keep", "continue"})

#: Round 35q35: a span of time, no single occasion ("for years": a date entity that dates no one utterance).
_SPAN_NOUNS = frozenset({"year", "decade", "month"})

#: Round 35q35: heads of a speaker phrase that name a state's government rather than a person or a named body.
_STATE_HEADS = frozenset({"government", "administration"})

#: Round 35q35 (after review): cues of a state's announced act, which the events stage codes ("the United
#: States announced that it would withdraw", "the government demanded that ..."). A claim ("Russia told the UN
#: that ...", "Kyiv said on Monday that ...", "Britain insisted that ...") is reported speech and stays a quote.
_ACT_CUES = frozenset({"announce", "declare", "demand", "decide", "pledge", "vow", "order", "decree"})

#: Round 35q35 (after review): cues that set out a view to answer ("Some argue that", "Others say"). A warning,
#: an admission or a report ("Many experts warn", "officials privately admit") is evidence the writer cites.
_OPINION_CUES = frozenset({"argue", "say", "claim", "contend", "insist", "maintain", "suggest", "assert"})

#: Round 35q35 (after review): first-person words in a subject: the writer's own reporting ("the fishermen I met").
_FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our"})

#: Round 35q35 (after review): nouns of an occasion on which a line was said once ("at the press conference",
#: "in her speech").
_OCCASION_NOUNS = frozenset({"conference", "speech", "interview", "meeting", "debate", "summit", "hearing",
                             "briefing", "session", "address", "rally", "statement"})


def _in_commentary(document, cand: Candidate) -> bool:
    """Whether ``cand`` starts in a commentary section of a text whose body sections are all commentary
    (``OPINION_BODY_KINDS``: an op-ed, an editorial; a report with a paragraph of analysis is no such text)."""
    kinds = {s.kind for s in document.sections} - {"byline", "other"}
    return bool(kinds) and kinds <= OPINION_BODY_KINDS and any(
        s.kind == "commentary" and s.start <= cand.start < s.end for s in document.sections)


def _cue_token(doc, cand: Candidate):
    """The cue verb of indirect ``cand``: the nearest ancestor of its content's root that reads as the cue,
    else the last token of the sentence before the content that does; None when there is none."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not cand.cue:
        return None, None
    for t in [span.root, *span.root.ancestors]:
        if t.text == cand.cue:
            return t, span
    before = [t for t in span.sent if t.text == cand.cue and t.idx < cand.start]
    return (before[-1] if before else None), span


def _unnamed_opponents(cue) -> bool:
    """"Some argue that ...", "Others say ...", "Some ministers will say ...": a subject that is a bare
    quantifier or a quantified plural common noun, under a cue of opinion in the present or under a modal: the
    view the writer answers, said by no one the text names. "Some ministers said on Monday that ..." and
    "some have called him a traitor" (reports of what was said) stay; so do, after review, a subject that
    names someone or says who ("Others, including the former minister X, argue", "Some of Mr Z's ministers",
    "Many in the region say", "Many fishermen there say", "the fishermen I met") and a cue of evidence cited ("Many experts warn",
    "officials privately admit")."""
    if cue.lemma_.lower() not in _OPINION_CUES:
        return False
    if cue.tag_ not in PRESENT_TAGS and not (cue.tag_ == "VB" and any(c.tag_ == "MD" for c in cue.children)):
        return False  # "Some ministers said ...", "some have called him a traitor": a report of what was said
    for subj in (c for c in cue.children if c.dep_ == "nsubj"):
        words = list(subj.subtree)
        if any(t.pos_ == "PROPN" or t.lower_ in _FIRST_PERSON for t in words):
            continue  # "Others, including X, argue", "the fishermen I met say": someone named or met
        if subj.lower_ in _UNNAMED_QUANTIFIERS:
            if not any(c.dep_ != "punct" for c in subj.children):
                return True  # a bare "Some" / "Others"; "Many in the region say" says who
            continue
        if subj.tag_ == "NNS" and any(c.dep_ in ("det", "amod") and c.lower_ in _UNNAMED_QUANTIFIERS
                                      for c in subj.children) \
                and all(c.dep_ in ("det", "amod", "punct") for c in subj.children):
            return True  # "Some ministers argue"; "Many fishermen there say" says who
    return False


def _unsaid(cue) -> bool:
    """A cue under a modal of demand, or coordinated in the base form after a verb under one, with no subject
    or auxiliary of its own ("The council should meet and declare that ...", "X must tell us that ..."):
    words the writer asks for, not words said. "He will insist that ..." (a forecast of what someone will
    say) stays, and so does, after review, a conjunct of its own ("X should resign, and on Friday he admitted
    that ...", "but he did say on Monday that ...")."""
    verbs = [cue]
    if cue.dep_ == "conj" and cue.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children):
        verbs.append(cue.head)
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _UNSAID_MODALS
               for v in verbs for c in v.children)


def _one_occasion(verb) -> bool:
    """Whether ``verb`` is dated or set on one occasion ("on Monday", "in 2014", "at the press conference",
    "in her speech"), not counting the content it governs."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "nsubj", "dobj", "dative", "punct", "aux", "mark"):
            continue
        for t in c.subtree:
            if t.ent_type_ in ("DATE", "TIME") and t.lemma_.lower() not in _SPAN_NOUNS:
                return True
            if c.dep_ == "prep" and t.dep_ == "pobj" and t.lemma_.lower() in _OCCASION_NOUNS:
                return True
    return False


def _repeated_line(cue) -> bool:
    """A cue under "keep" / "continue" that repeats a line rather than reports an utterance ("Brussels keeps
    telling us that ..."). After review, not on one dated occasion ("On Monday ... continued to insist",
    "at the press conference ... kept repeating") nor by a named person ("President X continued to insist");
    and the first version's "for years" reading ("has warned ... for years that") is taken out: a named
    minister's or a state's standing line there is reported speech with a real speaker."""
    if not (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _HABITUAL_HEADS):
        return False
    head = cue.head
    if _one_occasion(cue) or _one_occasion(head):
        return False
    return not any(t.ent_type_ == "PERSON" for c in head.children if c.dep_ == "nsubj" for t in c.subtree)


def _state_line(doc, cand: Candidate, cue) -> bool:
    """An indirect quote whose speaker is a state or its government, under a cue of an announced act not in
    the present tense or present perfect ("the United States announced that ...", "the government demanded
    that ..."), with no marked words of its own: in an argued text, a state's act the events stage codes in
    the writer's narrative. Persons and named bodies stay, and so, after review, do a state's claims ("Russia
    told the UN that ...", "Kyiv said on Monday that ...") and the present perfect ("Beijing has said
    repeatedly that ..."), like the present ("Ankara says ..."): reported speech, the line the writer answers,
    which the stance stage reads as the state's quote."""
    if cand.speaker_chars is None or cue.tag_ in PRESENT_TAGS or _present_perfect(cue):
        return False  # "Ankara says ...", "Beijing has said ...": the line the writer answers
    if cue.lemma_.lower() not in _ACT_CUES:
        return False  # "Russia told the UN that ...": a claim, reported speech
    speaker = doc.char_span(cand.speaker_chars[0], cand.speaker_chars[1], alignment_mode="expand")
    if speaker is None or any(t.ent_type_ in ("PERSON", "ORG") for t in speaker):
        return False
    root = speaker.root
    return root.ent_type_ == "GPE" or root.lemma_.lower() in _STATE_HEADS


def _reflexive_small_clause(root) -> bool:
    """A content that is a reflexive subject and a predicate with no verb ("found itself unable to act",
    "declared itself neutral"): the subject's state, no words. "called him a traitor" (an object and its
    predicate, the "as" frame) and a clause with a verb of its own stay."""
    return root.dep_ == "ccomp" and root.pos_ not in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "dobj") and c.lower_ in REFLEXIVE_OBJECTS for c in root.children)


#: Quotation marks: a content holding them reports someone's own words (round 35q35).
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")


def _writers_argument(document, doc, cand: Candidate) -> bool:
    """Round 35q35: whether indirect ``cand``, in a commentary section, is part of the writer's argument
    rather than reported speech: an unnamed opponent's view (``_unnamed_opponents``), words asked for, not
    said (``_unsaid``), a repeated line (``_repeated_line``), a state's act told in the past
    (``_state_line``), or a content that is no clause of speech (a reflexive small clause, "found itself
    unable to act"; a relative clause on a noun, "protesting against the survey that X had begun"). A content
    holding marked words stays a quote: they are someone's words ("said the strike had hit \"terrorists\"");
    so does a cognition cue ("Many of his supporters believe ...", a belief reported as such)."""
    if cand.kind != "indirect" or not _in_commentary(document, cand):
        return False
    cue, span = _cue_token(doc, cand)
    if cue is None or any(ch in span.text for ch in _QUOTE_MARKS):
        return False  # marked words in the content: someone's words, whoever the cue's subject is
    verb = cue_verbs().get(cue.lemma_.lower())
    if verb is not None and verb.cls == "cognition":
        return False  # "Many of his supporters believe ...": a belief held, reported as such
    if span.root.dep_ == "relcl" or _reflexive_small_clause(span.root):
        return True
    return _unnamed_opponents(cue) or _unsaid(cue) or _repeated_line(cue) or _state_line(doc, cand, cue)


def find_quotes(document, doc, max_quote_chars: int) -> list[Quote]:
    """Direct and indirect quotes of ``document`` (parsed as ``doc``), sorted by offset.

    Args:
        document: the ``Document``; its ``actors`` are used to resolve speakers.
        doc: the spaCy ``Doc`` of ``document.text``.
        max_quote_chars: quotes longer than this are rejected.
    """
    spans = find_marked_spans(document.text, max_quote_chars)
    direct = find_direct(document, doc, spans)
    indirect = [c for c in find_indirect(document, doc, direct, spans) if c.end - c.start <= max_quote_chars]
    indirect += [c for c in find_partial(document, doc, spans, direct + indirect) if c.end - c.start <= max_quote_chars]
    title_end = _title_end(document)
    seen, candidates = set(), []
    for cand in sorted(direct + indirect, key=lambda c: (c.start, c.end, c.kind)):
        if (cand.start, cand.end) in seen or (cand.kind == "indirect" and cand.start < title_end):
            continue
        seen.add((cand.start, cand.end))
        candidates.append(cand)
    candidates = inherit_paragraph_speakers(document.text, candidates, doc)
    issuer_words = _issuer_words(document)
    candidates = [c for c in candidates
                  if not _own_position(document, doc, c) and not _issuer_announces(document, doc, c, issuer_words)
                  and not _writers_argument(document, doc, c)]
    quoted = SpanSet((c.start, c.end) for c in candidates)
    quotes: list[Quote] = []
    said_before: list[tuple[str | None, tuple[int, int] | None]] = []
    for cand in candidates:
        quotes.append(_to_quote(document, doc, cand, quoted, said_before))
        said_before.append((quotes[-1].speaker, cand.speaker_chars[:2] if cand.speaker_chars else None))
    kept = [q for cand, q in _without_restated(candidates, quotes)]
    return [replace(q, id=f"q{n}") for n, q in enumerate(kept, 1)]


def _without_restated(candidates: list[Candidate], quotes: list[Quote]):
    """``(candidate, quote)`` pairs (sorted by start, then end) less the indirect speech that a
    speaker reports inside the content of an indirect quote of theirs, speaker first ("Ruiz
    said that she had told the envoy that talks were over": one quote, Ruiz's, whose content
    holds the rest; not "... , she added" after it)."""
    reach: dict[str, tuple[int, int]] = {}  # speaker -> (start, end) of their widest indirect quote so far
    for cand, q in zip(candidates, quotes):
        if q.kind == "indirect" and q.speaker is not None:
            start, end = reach.get(q.speaker, (-1, -1))
            said_at = cand.speaker_chars[0]
            if start <= said_at < q.start and q.end <= end:
                continue
            if q.end > end and said_at < q.start:
                reach[q.speaker] = (q.start, q.end)
        yield cand, q


@stage("quotes.v1", assigns=("quotes",), requires=("actors",))
def extract_quotes(document, doc, ctx):
    return {"quotes": find_quotes(document, doc, ctx.settings.max_quote_chars)}


def quote_spans(document) -> list[tuple[int, int, Quote]]:
    """``(start, end, quote)`` for each quote of ``document``, sorted by start."""
    return sorted(((q.start, q.end, q) for q in document.quotes), key=lambda t: (t[0], t[1]))
