"""Event dates: time expressions resolved against the publication date, and the date of an
event whose sentence names none.

Each dated event says where its date came from (``Event.date_source``) and how fine it is
(``Event.date_precision``):

- ``sentence``: a time expression of its own sentence. Published Thursday 2024-05-16:
  "on Tuesday" -> 2024-05-14; "yesterday" -> 2024-05-15; "two days ago" -> 2024-05-14;
  "on the 5th" -> 2024-05-05; "last week" -> 2024-05-06 (``week``: its Monday); "in March",
  "earlier this month", "last October" -> the first of that month (``month``); "last year",
  "in 2015" -> 2023-01-01, 2015-01-01 (``year``). A weekday or a month without a year is the
  latest one up to the publication date, or the next one when its clause is in the future
  ("will meet on Friday"). "The previous day", "the same day", "three days later" count
  from the date of the story the paragraph is telling (below).
- ``context``: none in the sentence, but the paragraph is telling a dated story and the
  clause continues it in the same tense ("On Monday the army shelled the town. It also
  attacked the port." -> both Monday); a paragraph with no dated story of its own goes on
  with the lead's; a headline's event takes the date of the same kind of event in the lead.
- ``published``: a statement (an accusation, demand, refusal, threat, promise or support
  that is an act of speech) reported in the simple past, present or present perfect with
  no other date: by news convention it was made on the day of the report.

A weekend is dated by its week ("over the weekend", published on a Thursday: the week before).

Not handled: ranges ("between May 3 and 5"), ordinal weeks ("the second week of May"),
seasons, and time zones (a day is the publication's day).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from spacy.strings import get_string_id
from spacy.symbols import IDS

from ..dates import parse_date
from ..syntax import label_ids
from ..views import TokenSheet, doc_text, entities, sentence_of, sentences, token_offsets, token_sheet, views_of

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MDY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
#: "March", "early June", "last October", "this July", "August 2018", "mid-March".
_MONTH_ONLY = re.compile(rf"^(?:(?:early|mid|late|the end of|the beginning of|the start of)[- ])?"
                         rf"(?:(last|this|next|this coming)\s+)?({_MONTH_WORD})(?:,?\s+((?:19|20)\d\d))?$")
_YEAR_ONLY = re.compile(r"^(?:(?:early|mid|late)[- ])?(?:the year\s+)?((?:19|20)\d\d)$")
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$")
#: Each weekday as a whole word, in ``WEEKDAYS`` order.
_WEEKDAY_WORDS = tuple(re.compile(rf"\b{name}\b") for name in WEEKDAYS)
#: A month name in any case (``_lowercase_month``).
_MONTH_ANY_CASE = re.compile(rf"\b{_MONTH_WORD}(?!\w)", re.I)
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {"a": 1, "an": 1}
_AGO = re.compile(r"^(?:about |some |nearly |almost )?(\d{1,2}|[a-z]+) (day|week|month|year)s? (ago|earlier|later|"
                  r"before|after)$")
_PERIOD = re.compile(r"^(?:(earlier|later) )?(?:(this|last|next|the past|the coming|the previous|the following)|"
                     r"in the) (week|month|year)$")
_TODAY = re.compile(r"^(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))$")
_WEEKEND = re.compile(r"^(?:over )?(?:the|(this|last|next|the coming|the past))? ?weekend$")
_YESTERDAY = re.compile(r"^(?:yesterday|last night)(?: (?:morning|afternoon|evening))?$")
#: Expressions counted from the date of the story being told, not from the publication date.
_ANAPHORIC = re.compile(r"^(?:later |earlier )?(?:the same day|that day|that (?:morning|evening|night)|"
                        r"the (previous|following|next) (day|morning|evening|night)|the day (before|after))$")
#: A time expression that places an event (a blocking expression: the event is not on the
#: day of the story around it) as opposed to a duration ("five weeks", "annual").
_POINT_WORDS = re.compile(rf"\b(?:(?:19|20)\d\d|(?:19|20)?\d0s|{_MONTH_WORD}|{'|'.join(WEEKDAYS)}|ago|last|previous|"
                          r"earlier|later|past|next|coming|recent(?:ly)?|former|since|century|decade|today|"
                          r"yesterday|tomorrow|morning|night|evening|afternoon|weekend)\b")
#: Verbs of arrangement whose present tense looks ahead ("the meeting is set for Friday").
_SCHEDULE_VERBS = frozenset({"set", "schedule", "expect", "plan", "due", "slate"})
#: Auxiliaries of the future.
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
#: Verbal acts an event is when it is said: accusations, demands, refusals, threats, promises, support.
STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT"})
#: Tenses of a report dated at the publication by news convention ("said", "says", "has said").
REPORT_TENSES = frozenset({"past", "present", "perfect"})
#: How many heads to climb from a word to the finite verb of its clause.
MAX_CLAUSE_HOPS = 8
#: Distinct time expressions whose reading (``names_a_time``) is remembered: every draft of a
#: sentence asks of the same expressions again.
TIME_TEXT_CACHE_SIZE = 4096
_AUX_IDS = label_ids(frozenset({"aux", "auxpass"}))
_PRESENT_TAGS = label_ids(frozenset({"VBZ", "VBP"}))
_VBN, _VBD, _MD, _CONJ = (get_string_id(label) for label in ("VBN", "VBD", "MD", "conj"))
_VERB_POS = frozenset({IDS["VERB"], IDS["AUX"]})
#: How many paragraphs after a headline hold its lead (a date line, then the lead).
LEAD_PARAGRAPHS = 2
#: Tenses in which a clause with no time of its own goes on with the story's date: a past
#: narrative, or a plan (a present tense describes a state; a perfect or pluperfect steps
#: out of the story's time).
STORY_TENSES = frozenset({"past", "future"})


class Dated(NamedTuple):
    """A resolved date: the day (the first day of a coarser period), its precision
    (``day``, ``week``, ``month``, ``year``) and where it came from."""

    day: dt.date
    precision: str = "day"
    source: str = "sentence"

    def fields(self) -> dict:
        """The ``Event`` fields of this date."""
        return {"date": self.day.isoformat(), "date_precision": self.precision, "date_source": self.source}


def _month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return _MONTH_ABBR.get(name[:3]) if len(name) <= 4 else None


def _near(year: int, month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The day and month in ``year``, moved a year where that is over half a year from the
    publication date ("December 27" in a January article is last December)."""
    try:
        out = dt.date(year, month, day)
        if published is not None and abs((out - published).days) > 183:
            out = out.replace(year=year + (1 if out < published else -1))
        return out
    except ValueError:
        return None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _period(anchor: dt.date, unit: str, shift: int) -> Dated:
    """The week, month or year ``shift`` periods from the one holding ``anchor``."""
    if unit == "week":
        return Dated(anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift), "week")
    if unit == "month":
        return Dated(_shift_months(anchor, shift), "month")
    if unit == "year":
        return Dated(dt.date(anchor.year + shift, 1, 1), "year")
    return Dated(anchor + dt.timedelta(days=shift))


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"'s$")
_LEADING_PREP = re.compile(r"^(?:on|in|since|by|from|until|during|as of|at) ")


def _clean(text: str) -> str:
    low = _SPACES.sub(" ", text.lower().replace("\u2019", "'")).strip(" ,.")
    low = _POSSESSIVE_END.sub("", low)
    return _LEADING_PREP.sub("", low)


def resolve(text: str, published: dt.date | None, future: bool = False,
            anchor: Dated | None = None) -> Dated | None:
    """The date named by a time expression (a DATE entity's text), or ``None``.

    Args:
        text: the expression ("on Tuesday", "last week", "May 5", "2015").
        published: the publication date relative expressions count from.
        future: the expression's clause looks ahead ("will meet on Friday"): a weekday or a
            month without a year is the next one, not the last.
        anchor: the date of the story being told, for "the previous day", "that day",
            "three days later"; without it those stay unresolved.
    """
    low = _clean(text)
    absolute = parse_date(text)
    if absolute is not None:
        return Dated(absolute)
    if _lowercase_month(text):
        return None  # "yesterday's march", "they may": not a month
    m = _ANAPHORIC.match(low)
    if m:
        if anchor is None or anchor.precision != "day":
            return None
        step = {"previous": -1, "before": -1, "following": 1, "next": 1, "after": 1}
        return Dated(anchor.day + dt.timedelta(days=step.get(m.group(1) or m.group(3) or "", 0)))
    m = _AGO.match(low)
    if m and m.group(3) != "ago":
        n = _number(m.group(1))
        if anchor is None or n is None or m.group(2) == "day" and anchor.precision != "day":
            return None
        return _period(anchor.day, m.group(2), n if m.group(3) in ("later", "after") else -n)
    year_of = {"last year": -1, "next year": 1}
    for pattern, order in ((_MDY, "md"), (_DMY, "dm")):
        m = pattern.search(low)
        if m:
            mon_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            month = _month(mon_s)
            if month:
                if m.group(3):
                    return _dated(_near(int(m.group(3)), month, int(day_s), None))
                if published is None:
                    return None
                shift = next((s for phrase, s in year_of.items() if phrase in low), 0)
                near = _near(published.year, month, int(day_s), published)
                return _dated(near.replace(year=published.year + shift) if near and shift else near)
    m = _MONTH_ONLY.match(low)
    if m and _month(m.group(2)):
        month = _month(m.group(2))
        if m.group(3):
            return Dated(dt.date(int(m.group(3)), month, 1), "month")
        if published is None:
            return None
        which = m.group(1) or ("next" if future else "")
        if which == "last":
            year = published.year - (month >= published.month)
        elif which in ("next", "this coming"):
            year = published.year + (month <= published.month)
        elif which == "this":
            year = published.year
        else:
            year = published.year - (month > published.month)
        return Dated(dt.date(year, month, 1), "month")
    m = _YEAR_ONLY.match(low)
    if m:
        return Dated(dt.date(int(m.group(1)), 1, 1), "year")
    if published is None:
        return None
    if _TODAY.match(low):
        return Dated(published)
    if _YESTERDAY.match(low):
        return Dated(published - dt.timedelta(days=1))
    if low in ("the day before yesterday",):
        return Dated(published - dt.timedelta(days=2))
    if low in ("tomorrow", "tomorrow morning", "tomorrow night", "tomorrow evening"):
        return Dated(published + dt.timedelta(days=1))
    m = _AGO.match(low)
    if m and m.group(3) == "ago":
        n = _number(m.group(1))
        return _period(published, m.group(2), -n) if n is not None else None
    m = _PERIOD.match(low)
    if m:
        which = m.group(2) or "this"
        shift = {"last": -1, "the previous": -1, "next": 1, "the coming": 1, "the following": 1}.get(which, 0)
        return _period(published, m.group(3), shift) if which != "the past" else None
    m = _WEEKEND.match(low)
    if m:
        # dated by its week: the one holding the publication from Saturday on
        which, on_weekend = m.group(1) or "", published.weekday() >= 5
        if which == "last":
            shift = -1
        elif which in ("next", "the coming"):
            shift = 1 if on_weekend else 0
        elif which == "this" or future:
            shift = 0
        else:  # "over the weekend", "the past weekend": the last one
            shift = 0 if on_weekend else -1
        return _period(published, "week", shift)
    m = _ORDINAL_DAY.match(low)
    if m:
        day = int(m.group(1))
        month_start = published.replace(day=1)
        if future and day < published.day:
            month_start = _shift_months(published, 1)
        elif not future and day > published.day:
            month_start = _shift_months(published, -1)
        return _dated(_near(month_start.year, month_start.month, day, None))
    for i, weekday in enumerate(_WEEKDAY_WORDS):
        if weekday.search(low):
            if low.startswith("last "):
                return Dated(published - dt.timedelta(days=(published.weekday() - i) % 7 or 7))
            if future or low.startswith(("next ", "this coming ", "coming ")):
                return Dated(published + dt.timedelta(days=(i - published.weekday()) % 7 or 7))
            return Dated(published - dt.timedelta(days=(published.weekday() - i) % 7))
    return None


def _lowercase_month(text: str) -> bool:
    """A month name written in lower case: another word ("march", "may")."""
    m = _MONTH_ANY_CASE.search(text)
    return m is not None and m.group(0)[0].islower()


def _dated(day: dt.date | None) -> Dated | None:
    return Dated(day) if day is not None else None


@lru_cache(maxsize=TIME_TEXT_CACHE_SIZE)
def names_a_time(text: str) -> bool:
    """Whether a time expression places what it modifies in time (a date, "last week",
    "the past decade") rather than measuring it ("five weeks", "annual")."""
    low = _clean(text)
    return bool(_POINT_WORDS.search(low) or _PERIOD.match(low) or _ANAPHORIC.match(low) or _AGO.match(low)
                or _ORDINAL_DAY.match(low))


def finite_verb(tok):
    """The finite verb (or auxiliary chain) governing ``tok``: itself, the verb a noun or an
    infinitive depends on, or the first conjunct of a coordinated verb; ``None`` at the root
    without one."""
    doc = tok.doc
    found = _finite_verb(token_sheet(doc), tok.i)
    return None if found is None else tok if found == tok.i else doc[found]


def _finite_verb(s: TokenSheet, i: int) -> int | None:
    """``finite_verb`` of token ``i`` over the Doc's arrays ``s``: a token index or ``None``."""
    for _ in range(MAX_CLAUSE_HOPS):
        if s.pos[i] in _VERB_POS and _tense_at(s, i) is not None:
            return i
        i = s.heads[i]
    return None


def tense(verb) -> str | None:
    """``future``, ``pluperfect``, ``perfect``, ``modal``, ``past`` or ``present`` of a verb with
    its auxiliaries; ``None`` for a non-finite verb (an infinitive, a participle). Remembered
    per token in the Doc's views (the stage asks again for the same verbs)."""
    return _tense_at(token_sheet(verb.doc), verb.i)


def _tense_at(s: TokenSheet, i: int) -> str | None:
    """``tense`` of token ``i`` over the Doc's arrays ``s``, remembered in the Doc's views."""
    known = views_of(s.doc).derived.setdefault("tenses", {})
    if i not in known:
        known[i] = _tense(s, i)
    return known[i]


def _tense(s: TokenSheet, i: int) -> str | None:
    auxes = [c for c in s.kids[i] if s.deps[c] in _AUX_IDS]  # children come in token order
    words = {s.lowers[a] for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "had" in words or "'d" in words and s.tags[i] == _VBN:
        return "pluperfect"
    if any(s.lemmas[a] == "have" and s.tags[a] in _PRESENT_TAGS and s.doc[a].lemma_ == "have" for a in auxes):
        return "perfect"
    if any(s.tags[a] == _MD for a in auxes):
        return "modal"
    if "to" in words:
        return None
    tag = s.tags[auxes[0]] if auxes else s.tags[i]
    if tag == _VBD:
        return "past"
    if tag in _PRESENT_TAGS:
        return "present"
    head = s.heads[i]
    if s.deps[i] == _CONJ and s.pos[head] in _VERB_POS:
        return _tense_at(s, head)
    return None


def looks_ahead(verb) -> bool:
    """Whether a clause speaks of what is still to come ("will meet", "is set to open",
    "would travel")."""
    t = tense(verb)
    return t in ("future", "modal") or t == "present" and verb.lemma_.lower() in _SCHEDULE_VERBS


def date_of_entity(ent, published: dt.date | None, fallback_future: bool = False,
                   anchor: Dated | None = None) -> Dated | None:
    """A DATE entity resolved in the tense of the clause it modifies."""
    verb = finite_verb(ent.root)
    future = looks_ahead(verb) if verb is not None else fallback_future
    return resolve(span_text(ent), published, future, anchor)


def nearest_date(token, sent, published: dt.date | None, future: bool = False, dates: list | None = None,
                 anchor: Dated | None = None) -> Dated | None:
    """The date of the time expression of ``sent`` attached nearest to ``token``'s clause
    (one inside the clause first), resolved in the tense of the clause it modifies;
    durations ("for five weeks") are not dates. ``dates`` is ``date_entities(sent)`` where
    already known; ``future`` is for an expression in no tensed clause."""
    head = token if token.pos_ in ("VERB", "AUX") else token.head
    best, best_dist = None, None
    ents = [ent for ent in (date_entities(sent) if dates is None else dates) if names_a_time(span_text(ent))]
    for ent in ents:
        root = ent.root
        in_clause = head.is_ancestor(root) or token.is_ancestor(root)
        dist = abs(root.i - token.i) + (0 if in_clause else 100)
        if best_dist is None or dist < best_dist:
            best, best_dist = ent, dist
    if best is None:
        return None
    if anchor is None and _counted_from_story(span_text(best)):
        # "On Friday ... an attack that day": the story's date is the sentence's own
        anchor = next((d for d in (date_of_entity(e, published, future) for e in ents
                                   if not _counted_from_story(span_text(e))) if d is not None), None)
    return date_of_entity(best, published, future, anchor)


def span_text(span) -> str:
    """``span.text`` (an entity's, a sentence's) sliced from the Doc's text (spaCy joins the
    span's tokens on each access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _counted_from_story(text: str) -> bool:
    low = _clean(text)
    m = _AGO.match(low)
    return bool(_ANAPHORIC.match(low) or m and m.group(3) != "ago")


def _paragraph_starts(doc, text: str) -> list[int]:
    """Character offsets at which a paragraph starts: the first sentence, and every sentence
    with a line break between it and the one before (``text``: the Doc's text)."""
    starts, prev_end = [], None
    for sent in sentences(doc):
        start = sent.start_char
        if prev_end is None or "\n" in text[prev_end:start]:
            starts.append(start)
        prev_end = start + len(text[start:sent.end_char].rstrip())  # the sentence's text, from the Doc's
    return starts


def _headline(text: str) -> tuple[int, int] | None:
    """The first line when it is a headline: no final full stop, and more text after it."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    first = text[lead:end].rstrip() if end > 0 else ""
    if not first or first.rstrip("\"'\u2019\u201d")[-1:] in (".", "!", "?", "") or not text[end:].strip():
        return None
    return lead, lead + len(first)


class _Story:
    """The dated story each paragraph tells: the last time expression of a sentence, and the
    tense of its clause."""

    def __init__(self, doc, published: dt.date | None):
        self.by_sentence: dict[int, tuple[Dated | None, str | None, bool]] = {}
        text = doc_text(doc)  # spaCy joins the tokens' texts on every access
        starts = _paragraph_starts(doc, text)
        self.paragraph = lambda offset: bisect_right(starts, offset)
        self.headline = _headline(text)
        current: dict[int, tuple[Dated | None, str | None]] = {}
        #: sentences the parser cut after an opening time ("Yesterday" | ", the president said
        #: ..."): that time is the continuation's own
        self.opening: dict[int, Dated] = {}
        #: the lead's story (the first dated one in the paragraphs after the headline): the
        #: story of the whole report
        self.lead: tuple[Dated | None, str | None] = (None, None)
        first_para = self.paragraph(self.headline[0]) if self.headline is not None else 0
        sheet = token_sheet(doc)
        prev = None
        for sent in sentences(doc):
            para = self.paragraph(sent.start_char)
            before = current.get(para, (None, None))
            points = [e for e in date_entities(sent) if names_a_time(text[e.start_char:e.end_char])]
            for ent in points:
                verb = finite_verb(ent.root)
                found = date_of_entity(ent, published, anchor=before[0])
                current[para] = (found, tense(verb) if verb is not None else None)
            if prev is not None and prev[1] is not None and _continues(prev, sent):
                self.opening[sent.start_char] = prev[1]
                verb = finite_verb(sent.root)
                current[para] = (prev[1], tense(verb) if verb is not None else None)
                points = points or [prev[1]]
            # the story of a sentence is what the paragraph told before it
            self.by_sentence[sent.start_char] = (*before, bool(points))
            if self.lead[0] is None and points and first_para < para <= first_para + LEAD_PARAGRAPHS \
                    and current[para][0] is not None and current[para][0].precision == "day":
                self.lead = current[para]
            opening = points and not any(_finite_verb(sheet, i) is not None for i in range(sent.start, sent.end))
            prev = (sent, current[para][0] if opening else None)

    def in_headline(self, offset: int) -> bool:
        return self.headline is not None and self.headline[0] <= offset < self.headline[1]

    def before(self, sent) -> tuple[Dated | None, str | None, bool]:
        """(story date, its tense, whether the sentence names a time itself)."""
        return self.by_sentence.get(sent.start_char, (None, None, False))


def _continues(prev, sent) -> bool:
    """Whether ``sent`` goes on from the verbless opening ``prev[0]`` ("Yesterday" | ", ...")."""
    first = sent[0]
    return prev[0].end == sent.start and (first.text in (",", ";", ":") or first.is_lower and first.is_alpha)


def _statement(event, trigger, cues) -> bool:
    """An act of speech: a verbal type said, quoted, the author's own, or done by the verb
    itself ("condemned the attack", "demanded an explanation")."""
    if event.type not in STATEMENT_TYPES:
        return False
    if trigger.lemma_.lower() in cues.reporting_verbs or event.attribution.kind in ("quoted", "author") \
            or (event.cue or "").startswith(("deontic-demand", "quoted-accuse", "claimed-conflict")):
        return True
    # the verb is the act; in the present tense it is a habit or a state ("both offer flights")
    verb = finite_verb(trigger) if trigger.pos_ == "VERB" else None
    return verb is not None and tense(verb) in ("past", "perfect")


def _report_verb(trigger, cues):
    """The verb whose tense dates a statement: the reporting verb above the trigger, or the
    trigger's own finite verb."""
    from .context import reporting_governor

    clause = trigger.head if trigger.dep_ in ("aux", "auxpass") else trigger  # "must" of "must withdraw"
    reporter = reporting_governor(clause, cues)
    return finite_verb(reporter if reporter is not None else clause)


def date_events(events: list, doc, published: str | None, cues) -> None:
    """Give ``events`` the dates their sentences do not give: from the paragraph's story in
    the same tense (``context``), a headline's lead (``context``), or the publication date for
    statements (``published``); events already dated keep theirs. The events are the stage's
    records before they become ``Event``s (with an ``Event``'s fields, not frozen): their
    ``date``, ``date_source`` and ``date_precision`` are set in place."""
    pub = parse_date(published)
    story = _Story(doc, pub)
    starts = token_offsets(doc)[0]  # no Token object per token
    # a headline's events last: they take the dates of the lead's
    for i in sorted(range(len(events)), key=lambda i: story.in_headline(events[i].trigger.start)):
        e = events[i]
        at = bisect_left(starts, e.trigger.start)
        if at == len(starts) or starts[at] != e.trigger.start:
            continue
        trigger = doc[at]
        found = _undated(e, trigger, events, story, pub, cues) if e.date is None else None
        day = found.day.isoformat() if found is not None else e.date
        if day is not None and pub is not None and day > pub.isoformat() and _statement(e, trigger, cues):
            # "we must leave by October 31": the demand was made when it was said; the date
            # is what it demands
            found = _said(trigger, pub, cues)
            if found is None:
                e.date = e.date_source = e.date_precision = None
        if found is not None:
            e.date, e.date_precision, e.date_source = found.day.isoformat(), found.precision, found.source


def _said(trigger, pub: dt.date, cues) -> Dated | None:
    """The publication date for a statement reported in the simple past, present or present
    perfect (or in a quote with no reporting verb in its sentence); ``None`` for "had said"."""
    report = _report_verb(trigger, cues)
    if report is None or tense(report) in REPORT_TENSES:
        return Dated(pub, "day", "published")
    return None


def _undated(event, trigger, events: list, story: "_Story", pub: dt.date | None, cues) -> Dated | None:
    """The date of an event its sentence's own time expressions did not date."""
    sent = sentence_of(trigger.doc, trigger.i)
    if sent.start_char in story.opening:
        return story.opening[sent.start_char]
    anchor, anchor_tense, names_time = story.before(sent)
    if names_time:
        # a draft made without its sentence's date ("said X must ..."), "the previous day";
        # else "in the 1990s", "the past decade": some other time than the story's
        return nearest_date(trigger, sent, pub, anchor=anchor)
    verb = finite_verb(trigger)
    if anchor is not None and verb is not None and tense(verb) == anchor_tense and anchor_tense in STORY_TENSES:
        return anchor._replace(source="context")
    lead, lead_tense = story.lead
    if anchor is None and lead is not None and verb is not None and tense(verb) == lead_tense == "past" \
            and not story.in_headline(event.trigger.start):
        # a paragraph with no time of its own goes on with the report's story
        return lead._replace(source="context")
    if story.in_headline(event.trigger.start):
        found = _lead_date(event, events, story)
        if found is not None:
            return found
    if pub is not None and _statement(event, trigger, cues):
        return _said(trigger, pub, cues)
    return None


def _lead_date(event, events: list, story: _Story) -> Dated | None:
    """The date of the first event of the headline's type dated by its own sentence in the
    lead (the paragraphs after the headline)."""
    head_para = story.paragraph(story.headline[0])
    for e in events:
        if e.type == event.type and e.date_precision == "day" and e.date_source == "sentence" and \
                head_para < story.paragraph(e.trigger.start) <= head_para + LEAD_PARAGRAPHS:
            return Dated(dt.date.fromisoformat(e.date), e.date_precision or "day", "context")
    return None


def date_entities(sent) -> list:
    """The sentence's DATE entities and its TIME entities that name a day ("last night"): those
    of the Doc's (``_time_entities``) wholly inside the sentence."""
    ents, starts = _time_entities(sent.doc)
    out = []
    end = sent.end
    for k in range(bisect_left(starts, sent.start), len(ents)):
        ent = ents[k]
        if ent.end > end:
            break
        out.append(ent)
    return out


def _time_entities(doc) -> tuple[list, list[int]]:
    """The Doc's DATE entities and TIME entities that name a day, with their start tokens, read
    once per Doc (kept in the views' ``derived``)."""
    derived = views_of(doc).derived
    found = derived.get("events_time_entities")
    if found is None:
        ents = [ent for ent in entities(doc)[0] if ent.label_ == "DATE" or
                ent.label_ == "TIME" and _RELATIVE_TIME.search(span_text(ent).lower())]
        found = derived["events_time_entities"] = (ents, [ent.start for ent in ents])
    return found


#: TIME entities that name a day relative to the document's date ("last night", "this morning").
_RELATIVE_TIME = re.compile(r"\b(?:last night|tonight|this (?:morning|afternoon|evening)|yesterday|"
                            r"the next (?:morning|evening)|(?:monday|tuesday|wednesday|thursday|friday|"
                            r"saturday|sunday) (?:morning|afternoon|evening|night))\b")
