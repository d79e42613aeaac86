"""Direct quotes: quoted spans with their cue and speaker.

A quoted span (``marks.find_marked_spans``) is a direct quote when its opening
mark starts a clause (paragraph start, after ``. ! ? : ;``, a comma or a dash,
or right after a cue verb) and either an attribution is found next to it or it
is long enough to be speech on its own. Attribution is looked for first after
the closing mark, up to the end of the sentence ("...," X said / said X /
- X / according to X), then before the opening mark, back to the start of the
sentence ("X said:", "As X stated,", "X told reporters,", "X:"). A quote
without its own attribution right after another quote of the same speaker
(the next paragraph, or after "X said.") takes that speaker. A single-quoted quote
nested in a direct quote and attributed inside it ("... and he said, 'Wait.'") is a
direct quote of its own.

Example handled: ``"We are ready," the minister said. "Are they?"``
Example not handled: a speaker named two sentences away from the quote.
"""

from __future__ import annotations

import logging
import re

from .candidates import (Candidate, TokenIndex, as_saying, is_cue, is_quote_paragraph, is_title_case,
                         object_quoted_as_saying, outer_cue, participle_subject, place_conjunct_subject,
                         trim_span)
from .lexicon import first_person_pronouns
from .marks import MarkedSpan, find_nested_spans
from .speakers import after_label, fallback_kind, relative_antecedent, speaker_span, turn_label, vocative_speaker

logger = logging.getLogger(__name__)

#: Tokens searched after a closing mark for "X said"; long enough for a name with a title and party.
POST_WINDOW_TOKENS = 60
#: Tokens searched before an opening mark for "X said:"; a clause of reporting, not a paragraph.
PRE_WINDOW_TOKENS = 60
#: An unattributed quoted span needs this many words to count as speech rather than a phrase.
MIN_UNATTRIBUTED_QUOTE_WORDS = 6
#: Words a noun phrase before a colon may have and still be a speaker ("Senator Smith: ...").
MAX_COLON_SPEAKER_WORDS = 6
#: Tokens a dash line under a quote may have and still sign it ("— Ivo Marek, health minister").
MAX_SIGNATURE_TOKENS = 12
#: Non-space characters between two quotes of one speaker that may still link them.
INHERIT_MAX_GAP_CHARS = 80
#: Characters before an opening mark that start a clause.
CLAUSE_OPENERS = ".!?:;,—–―-(\n"
SENTENCE_END = frozenset({".", "!", "?"})
SENTENCE_END_CHARS = ".!?"
#: Words between a cue verb and an opening mark that still let the mark open a quote ("said on Friday").
CUE_PHRASE_TOKENS = 4
#: Labels of those words: adverbials and objects of the cue ("told reporters", "said on Friday").
CUE_PHRASE_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "dobj", "dative", "compound", "det", "amod",
                             "nummod"})
DASHES = frozenset({"-", "—", "–", "--", "―"})
#: Entity types that are never speakers ("said Thursday").
NON_SPEAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Dependency labels of a cue verb's children that show it reports something else ("suggested a deal").
OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
CLAUSE_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Labels of a verb form inside a speaker's noun phrase, which opens no clause of its own: a relative
#: clause or participle on a noun, or a participle in a title ("the consortium's managing director",
#: with "managing" tagged a verb and made a compound; round 27q1).
PHRASE_VERB_DEPS = frozenset({"relcl", "acl", "amod", "compound"})
#: Tokens after a cue verb searched for its speaker in inverted order ("said the minister").
INVERTED_SPEAKER_TOKENS = 7
#: Labels the parse gives a speaker after its verb ("read the statement": dobj).
INVERTED_SPEAKER_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "dep", "appos"})
NOUNISH = frozenset({"PROPN", "NOUN", "PRON"})


def _stop(token) -> bool:
    return "\n" in token.text


def _puts_it(token) -> bool:
    """Whether ``token`` is "put" in "as X put it", which attributes the quote next to it
    like a cue verb ("As Ada Brun recently put it, "..."")."""
    return (token.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children))


def _is_cue_here(token) -> bool:
    """A cue verb, or "put" in "as X put it", next to a direct quote."""
    return is_cue(token) or _puts_it(token)


def _post_window(index: TokenIndex, span: MarkedSpan, limit: int) -> tuple[int, int]:
    lo = index.first_from(span.end)
    return lo, _window_end(index.doc, lo, limit)


def _window_end(doc, lo: int, limit: int) -> int:
    """End of the window after a quote that starts at token ``lo``: the end of its sentence or line."""
    hi = lo
    while hi < len(doc) and hi - lo < POST_WINDOW_TOKENS and doc[hi].idx < limit and not _stop(doc[hi]):
        if doc[hi].text in SENTENCE_END:  # also right after the closing mark: the sentence ended
            break
        hi += 1
    return hi


def _pre_window(index: TokenIndex, span: MarkedSpan, floor: int) -> tuple[int, int]:
    doc = index.doc
    hi = index.first_from(span.start)
    lo = hi
    # the sentence that ends right before the quote ("X said. "...") may attribute it
    if lo > 0 and doc[lo - 1].text in SENTENCE_END and doc[lo - 1].idx >= floor:
        lo -= 1
    while lo > 0 and hi - lo < PRE_WINDOW_TOKENS:
        t = doc[lo - 1]
        if _stop(t) and lo == hi and lo > 1 and doc[lo - 2].text == ":":
            lo -= 1  # "X said:" ends the paragraph before the quote
            continue
        if t.idx < floor or _stop(t) or (t.text in SENTENCE_END and lo - 1 < hi - 1):
            break
        lo -= 1
    return lo, hi


def _subject(verb, lo: int, hi: int):
    """The subject of a cue verb inside the window, or the name right after it ("said Smith");
    for a cue hung by "as" on another verb, that verb's object ("quoted Hale as saying": Hale)."""
    quoted = object_quoted_as_saying(verb)
    if quoted is not None and lo <= quoted.i < hi:
        return _np_head(quoted)
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and turn_label(child):
            child = after_label(child)  # "Question: Minister, the envoy said: ...": the envoy
            if child is None:
                continue
        elif child.dep_ not in SUBJECT_DEPS:
            continue
        if lo <= child.i < hi:
            child = vocative_speaker(child)
            named = relative_antecedent(child)
            return named if lo <= named.i < hi else child
    named = participle_subject(verb) or place_conjunct_subject(verb)  # "Marek speaking to reporters said:"
    if named is not None and lo <= named.i < hi:
        return named
    head = verb
    for _ in range(3):  # "..., saying" / "and added" / "Trump, saying": the subject of the governing verb
        if head.dep_ == "acl" and head.head.pos_ in NOUNISH and lo <= head.head.i < hi:
            return head.head
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":  # "... before saying" / "by saying": who did
            head = head.head
        if head.dep_ not in ("conj", "xcomp", "advcl", "prep") or head.head is head:
            break
        head = outer_cue(head.head) if head.dep_ in ("conj", "advcl") else head.head
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS and lo <= child.i < hi:
                named = relative_antecedent(child)  # "Delorme, who is quoted as saying:": Delorme
                return named if lo <= named.i < hi else child
    k = verb.i - 1
    while k >= lo and verb.doc[k].text == ",":
        k -= 1
    if k >= lo and k < verb.i - 1 and verb.doc[k].pos_ == "PROPN" and verb.doc[k].ent_type_ == "PERSON":
        return verb.doc[k]  # a name the parse hung elsewhere: "..., the league's president, Jane Doe, said,"
    for t in verb.doc[verb.i + 1:min(hi, verb.i + 3)]:
        if t.pos_ in ("PROPN", "PRON") and t.ent_type_ not in NON_SPEAKER_ENTS:
            return _np_head(t)
    # inverted order after a quote: "..., tweeted former thinktank executive Ken Gude",
    # "...;" read the statement
    for t in verb.doc[verb.i + 1:min(hi, verb.i + INVERTED_SPEAKER_TOKENS)]:
        if t.is_punct or t.ent_type_ in NON_SPEAKER_ENTS:
            break
        head = _np_head(t)
        if head.pos_ in ("PROPN", "NOUN") and head.head.i == verb.i and head.dep_ in INVERTED_SPEAKER_DEPS:
            return head
    return None


def _np_head(token):
    """The head of the noun phrase a modifier belongs to ("Ken" -> "Gude")."""
    while token.dep_ in ("compound", "flat", "amod", "det") and token.head.i > token.i:
        token = token.head
    return token


def _according(doc, lo: int, hi: int):
    for t in doc[lo:hi]:
        if t.lower_ == "according" and t.i + 1 < hi and doc[t.i + 1].lower_ == "to":
            to = doc[t.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None and lo <= obj.i < hi:
                return obj
    return None


def _phrase_head(doc, lo: int, hi: int):
    """The syntactic head of the noun phrase in ``doc[lo:hi]``, if it is one."""
    tokens = [t for t in doc[lo:hi] if not t.is_punct and not t.is_space]
    if not tokens or not any(t.pos_ in NOUNISH for t in tokens):
        return None
    heads = [t for t in tokens if not (lo <= t.head.i < hi) or t.head is t]
    head = heads[0] if heads else tokens[-1]
    return head if head.pos_ in NOUNISH else next((t for t in reversed(tokens) if t.pos_ in NOUNISH), None)


def _attribution(head, lo: int, hi: int, cue: str | None, rule: str):
    doc = head.doc
    chars = speaker_span(head, lo, hi)
    if chars is None:
        return None
    return chars, fallback_kind(head, doc[max(lo, head.left_edge.i):min(hi, head.right_edge.i + 1)]), cue, rule


def _find_after(index: TokenIndex, span: MarkedSpan, limit: int):
    doc = index.doc
    lo, hi = _post_window(index, span, limit)
    if lo >= hi:
        return None
    first = doc[lo]
    if first.text in DASHES and lo + 1 < hi:
        cut = _before_comma(doc, lo + 1, hi)
        head = _phrase_head(doc, lo + 1, cut)
        if head is not None:
            return _attribution(head, lo + 1, cut, None, "dash")
    for t in doc[lo:hi]:
        if t.lower_ == "according":  # "...," according to X; not the next sentence's attribution
            subject = _according(doc, t.i, hi)
            if subject is not None:
                return _attribution(subject, lo, hi, "according to", "according")
        t = as_saying(t) or t  # "...," the paper quoted Hale as saying: the cue is "saying"
        if _is_cue_here(t):
            if _colon_led(index.doc.text, span) and any(c.dep_ in CLAUSE_CONTENT_DEPS for c in t.children):
                return None  # '... said: "We open a door." Minister Y said the people ...': Y's own report (round 22)
            subject = _subject(t, lo, hi)
            if subject is not None:
                return _attribution(subject, lo, hi, t.text, "after")
            return None, None, t.text, "after-nosubject"
        if t.pos_ == "VERB" and t.dep_ not in PHRASE_VERB_DEPS:
            break  # another clause starts before any cue: not an attribution
    return None


def _find_below(index: TokenIndex, span: MarkedSpan, limit: int):
    """The attribution on the line right under a quote that ends its line and has none
    next to it or before it."""
    lo = index.first_from(span.end)
    return _signed_below(index, lo, limit) or _attributed_below(index, lo, limit)


def _signed_below(index: TokenIndex, lo: int, limit: int):
    """The name on a short line that opens with a dash right under a quote: it signs the quote
    (""..."" / "— Health Minister Ivo Marek"); None for any other next line."""
    doc = index.doc
    if lo + 1 >= len(doc) or not _stop(doc[lo]) or doc[lo + 1].text not in DASHES:
        return None
    hi = lo + 2
    while hi < len(doc) and not _stop(doc[hi]) and doc[hi].idx < limit:
        hi += 1
    if hi - lo - 2 > MAX_SIGNATURE_TOKENS:
        return None
    hi = _before_comma(doc, lo + 2, hi)
    head = _phrase_head(doc, lo + 2, hi)
    if head is None or head.pos_ != "PROPN":
        return None
    return _attribution(head, lo + 2, hi, None, "dash")


def _before_comma(doc, lo: int, hi: int) -> int:
    """The end of a dash signature's first part, before its first comma, when that part holds a
    noun ("— Paulo Mendes, speaking on national radio": Paulo Mendes, not the radio; "— Ivo
    Marek, health minister"), else ``hi``."""
    comma = next((t.i for t in doc[lo:hi] if t.text == ","), hi)
    return comma if any(t.pos_ in NOUNISH for t in doc[lo:comma]) else hi


def _attributed_below(index: TokenIndex, lo: int, limit: int):
    """The attribution that opens the line right under a quote, after a single line break (a
    blank line ends the paragraph): a cue verb with a speaker and no content of its own
    (""...,"" / "said Ivo Marek, the envoy."); None for any other line."""
    doc = index.doc
    if lo + 1 >= len(doc) or not doc[lo].is_space or doc[lo].text.count("\n") != 1:
        return None
    start = lo + 1
    hi = _window_end(doc, start, limit)
    for t in doc[start:hi]:
        if is_cue(t):
            subject = _subject(t, start, hi)
            own = CLAUSE_CONTENT_DEPS if t.lemma_ == "tell" else OWN_CONTENT_DEPS  # "told reporters": whom
            if subject is None or any(c.dep_ in own and c.i > t.i for c in t.children):
                return None  # "Marek said the talks were over.": a report of its own
            return _attribution(subject, start, hi, t.text, "after-line")
        if t.pos_ == "VERB" and t.dep_ not in PHRASE_VERB_DEPS:
            break
    return None


def _find_before(index: TokenIndex, span: MarkedSpan, floor: int):
    doc = index.doc
    lo, hi = _pre_window(index, span, floor)
    if lo >= hi:
        return None
    sentence_end = max((t.i for t in doc[lo:hi - 1] if t.text in SENTENCE_END), default=-1)
    for t in reversed(doc[lo:hi]):  # a cue first: "X said, according to CNN. "..."" is X's
        if _is_cue_here(t):
            if t.i < sentence_end and any(c.dep_ in OWN_CONTENT_DEPS for c in t.children):
                return None  # a sentence of its own ("He rejected the plan."), not an attribution
            subject = _subject(t, lo, hi)
            if subject is not None:
                return _attribution(subject, lo, hi, t.text, "before")
            return None, None, t.text, "before-nosubject"
    subject = _according(doc, lo, hi)
    if subject is not None:
        return _attribution(subject, lo, hi, "according to", "according")
    last = hi - 1
    if doc[last].text == ":":
        words = [t for t in doc[lo:last] if not t.is_punct and not t.is_space]
        if 0 < len(words) <= MAX_COLON_SPEAKER_WORDS:
            head = _phrase_head(doc, lo, last)
            if head is not None:
                return _attribution(head, lo, last, None, "colon")
        elif words:  # a clause introduces the quote: "Weber gave her own version, on the radio:"
            subject = next((t for t in reversed(doc[lo:last]) if t.dep_ in SUBJECT_DEPS and lo <= t.head.i < last),
                           None)  # the clause nearest the colon: "Leaders say Obama has a new message:"
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return _attribution(subject, lo, last, None, "colon-clause")
    return None


def _opens_clause(text: str, index: TokenIndex, span: MarkedSpan) -> bool:
    i = span.start - 1
    while i >= 0 and text[i] in " \t\xa0":
        i -= 1
    if i < 0 or text[i] in CLAUSE_OPENERS or text[i] in "”\"’»":
        return True
    prev = index.at(i)
    return is_cue(index.doc[prev]) or _after_cue_phrase(index.doc, prev)


def _after_cue_phrase(doc, prev: int) -> bool:
    """True when the words before the mark hang on a cue verb just before them: "said on
    Friday "...", "told reporters "..."; not when the mark follows a preposition ("a goal
    of "..."", "tell of "..."": the quote is its object)."""
    if doc[prev].pos_ == "ADP":
        return False
    for k in range(prev - 1, max(-1, prev - CUE_PHRASE_TOKENS - 1), -1):
        t = doc[k]
        if t.is_punct or t.is_sent_start and k < prev:
            return False
        if is_cue(t):
            between = doc[k + 1:prev + 1]
            return all(_hangs_on(w, t) for w in between)
    return False


def _hangs_on(token, verb) -> bool:
    """Whether ``token`` is a modifier or object inside ``verb``'s phrase."""
    for _ in range(4):
        if token.dep_ not in CUE_PHRASE_DEPS:
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _continues_split_quote(text: str, found: list[Candidate], span: MarkedSpan) -> bool:
    """True for the second half of a quote split by its attribution ("...," X said, "and ...";
    "...;" read the statement; "we ...")."""
    if not found or found[-1].speaker_chars is None:
        return False
    gap = text[found[-1].end:span.start]
    return "\n" not in gap and gap.rstrip()[-1:] in (",", ";") and not any(c in gap for c in ".!?")


#: Text between two quoted spans that joins them into one attribution ("X said "..." and "..."").
_JOINED_QUOTES = re.compile(r"[,.;:!?]?[\"”’»']+,?\s+(?:and|or|but)\s+")


def _joined_to_previous(text: str, found: list[Candidate], span: MarkedSpan) -> bool:
    """True for a quote joined to the direct quote just before it by "and", "or" or "but"
    (not a list of titles: "Game of Thrones" and "Veep")."""
    return (bool(found) and _JOINED_QUOTES.fullmatch(text, found[-1].end, span.start) is not None
            and not is_title_case(text[span.inner_start:span.inner_end]))


def _sentence_goes_on(text: str, offset: int) -> bool:
    """Whether the sentence goes on after a closing mark at ``offset`` with a word in lower
    case, and no punctuation ends the quote before it (told "Morning Report" on Monday)."""
    rest = text[offset:offset + 40].lstrip(" ")
    return rest[:1].islower() and text[offset - 2:offset - 1] not in ".!?,"


def find_direct(document, doc, spans: list[MarkedSpan]) -> list[Candidate]:
    """Direct-quote candidates for the marked spans of one document."""
    text = document.text
    index = TokenIndex(doc)
    out: list[Candidate] = []
    for k, span in enumerate(spans):
        if not (_opens_clause(text, index, span) or _joined_to_previous(text, out, span)):
            logger.debug("quoted span [%d, %d) sits inside a sentence: not a direct quote", span.start, span.end)
            continue
        limit = spans[k + 1].start if k + 1 < len(spans) else len(text)
        floor = spans[k - 1].end if k > 0 else 0
        found = ((_colon_led(text, span) and _find_before(index, span, floor)) or _find_after(index, span, limit)
                 or _find_before(index, span, floor) or _find_below(index, span, limit))
        s, e = trim_span(text, span.inner_start, span.inner_end)
        if e <= s:
            continue
        if text[s].islower() and not _continues_split_quote(text, out, span):
            logger.debug("quoted span [%d, %d) starts in lower case: part of a sentence, not a direct quote", s, e)
            continue
        if found is not None:
            chars, fallback, cue, rule = found
            if rule == "before" and is_title_case(text[s:e]) and _sentence_goes_on(text, span.end):
                continue  # a name the cue addresses: told "Morning Report" on Monday that ...
            out.append(Candidate("direct", s, e, chars, fallback, cue, rule))
            continue
        previous = out[-1] if out else None
        if previous is not None and previous.speaker_chars is not None:
            gap = text[previous.end:span.start]
            same_paragraph = "\n" not in gap
            if same_paragraph or (len("".join(gap.split())) <= INHERIT_MAX_GAP_CHARS and gap.count("\n") <= 2):
                out.append(Candidate("direct", s, e, previous.speaker_chars, previous.fallback,
                                     previous.cue if same_paragraph else None, "continued"))
                continue
        words = text[s:e].split()  # a short one is speech when it is a sentence and a paragraph of its own
        if text[s:e][:1].isupper() and (len(words) >= MIN_UNATTRIBUTED_QUOTE_WORDS or (
                len(words) > 1 and text[e - 1] in SENTENCE_END_CHARS and is_quote_paragraph(text, s, e)
                and not is_title_case(text[s:e]))):
            out.append(Candidate("direct", s, e, None, None, None, "unattributed"))
    return out + [c for outer in out for c in _nested(text, index, outer)]


def _nested(text: str, index: TokenIndex, outer: Candidate) -> list[Candidate]:
    """Quotes inside a direct quote that the quoted speaker attributes to someone else
    ("I handed in my notice and the chancellor said, 'Sleep on it first.'"): each
    has its own speaker; one with no attribution inside the quote, or attributed to the
    speaker themself ("I thought, 'Wow.'"), is left to the outer one."""
    out = []
    for span in find_nested_spans(text, outer.start, outer.end):
        s, e = trim_span(text, span.inner_start, span.inner_end)
        if e <= s or not text[s].isupper() or not _opens_clause(text, index, span):
            continue
        found = _find_after(index, span, outer.end) or _find_before(index, span, outer.start)
        if found is not None and found[0] is not None:
            chars, fallback, cue, rule = found
            if text[chars[0]:chars[1]].lower() in first_person_pronouns():
                continue
            out.append(Candidate("direct", s, e, chars, fallback, cue, "nested-" + rule))
    return out


def _colon_led(text: str, span: MarkedSpan) -> bool:
    """Whether a quote opens right after a colon and ends its sentence inside its marks
    ("Speaking after the signing, Minister X said: "... ." Minister Y thanked ..."): its
    attribution is the one before the colon, and what follows the closing mark is a new
    sentence, whose subject is no speaker of the quote (round 22)."""
    inner = text[span.inner_start:span.inner_end].rstrip()
    return text[:span.start].rstrip()[-1:] == ":" and inner[-1:] in SENTENCE_END_CHARS
