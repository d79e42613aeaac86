"""Attribution (reported / quoted / author), dates resolved against the
publication date, and PLOVER contexts of an event.

Example handled: published 2024-05-16 (a Thursday), "on Tuesday" -> 2024-05-14.
Not handled: ranges ("between May 3 and 5") and ordinal weeks ("the second week of May").
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import parse_date
from ..views import sentence_ents
from .lexicon import Modality

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
#: How many clause links to climb when looking for a reporting verb above the trigger.
MAX_REPORT_HOPS = 4
#: Dependency labels linking reported content to its reporting verb.
REPORT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "xcomp", "conj"})


def parse_published(published: str | None) -> dt.date | None:
    """The document's publication date (ISO) as a ``date``, or ``None``."""
    return parse_date(published)


def _month(name: str) -> int | None:
    return _MONTH_ABBR.get(name[:3].lower()) if name.lower().rstrip(".") in MONTHS or \
        name[:3].lower() in _MONTH_ABBR and len(name) <= 4 else None


def resolve_date(text: str, published: dt.date | None, future: bool = False) -> str | None:
    """ISO date named by a DATE entity's ``text``, relative words resolved against ``published``.

    A full date (with its year) is read by ``communique.dates.parse_date``; a day and month
    without a year take the year of ``published``; weekdays and words such as "yesterday"
    count from ``published``."""
    low = text.lower().strip()
    absolute = parse_date(text)
    if absolute is not None:
        return absolute.isoformat()
    m = _ISO.search(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    for pattern, order in ((_MDY, "md"), (_DMY, "dm")):
        m = pattern.search(text)
        if m:
            mon_s, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            month = _month(mon_s)
            year = int(m.group(3)) if m.group(3) else (published.year if published else None)
            if month and year:
                try:
                    return dt.date(year, month, int(day_s)).isoformat()
                except ValueError:
                    return None
    if published is None:
        return None
    if re.search(r"\btoday\b|\btonight\b|\bthis morning\b|\bthis evening\b", low):
        return published.isoformat()
    if "yesterday" in low or "last night" in low:
        return (published - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in low:
        return (published + dt.timedelta(days=1)).isoformat()
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            delta = (published.weekday() - i) % 7
            if future or low.startswith("next"):
                return (published + dt.timedelta(days=(i - published.weekday()) % 7 or 7)).isoformat()
            return (published - dt.timedelta(days=delta)).isoformat()
    return None


def date_entities(sent) -> list:
    """The sentence's DATE entities (looked up once per sentence, not once per trigger)."""
    return [ent for ent in sentence_ents(sent) if ent.label_ == "DATE" or
            ent.label_ == "TIME" and _RELATIVE_TIME.search(ent.text.lower())]


#: TIME entities that name a day relative to the document's date ("last night", "this morning").
_RELATIVE_TIME = re.compile(r"\b(?:last night|tonight|this (?:morning|afternoon|evening)|yesterday)\b")


def event_date(cand, sent, published: dt.date | None, future: bool, dates: list | None = None) -> str | None:
    """The date of the DATE entity attached nearest to the trigger's clause, resolved;
    ``dates`` is ``date_entities(sent)`` where already known."""
    head = cand.token if cand.token.pos_ in ("VERB", "AUX") else cand.token.head
    best, best_dist = None, None
    for ent in (date_entities(sent) if dates is None else dates):
        anchor = ent.root
        # prefer dates inside the trigger's own clause
        in_clause = head.is_ancestor(anchor) or cand.token.is_ancestor(anchor)
        dist = abs(anchor.i - cand.token.i) + (0 if in_clause else 100)
        if best_dist is None or dist < best_dist:
            best, best_dist = ent, dist
    return resolve_date(best.text, published, future) if best is not None else None


def reporting_governor(tok, cues: Modality):
    """The reporting verb ("said", "claimed") whose content contains ``tok``, or ``None``.

    Handles "X said Y attacked Z" (content is a ccomp) and "Y attacked Z, X said"
    (reporting verb is parataxis/ccomp of the content's root, i.e. a child of it).
    """
    cur = tok
    for _ in range(MAX_REPORT_HOPS):
        if cur.dep_ not in REPORT_DEPS or cur.head is cur:
            break
        head = cur.head
        if head.lemma_.lower() in cues.reporting_verbs and head.pos_ in ("VERB", "AUX") and cur.dep_ != "conj":
            return head
        cur = head
    root = cur
    for child in root.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.i != tok.i and \
                child.lemma_.lower() in cues.reporting_verbs and child.i > tok.i:
            if any(c.dep_ in ("nsubj",) for c in child.children):
                return child
    return None


def according_to(sent):
    """The pobj of "according to X" in the sentence, or ``None``."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            for c in tok.nbor(1).children:
                if c.dep_ == "pobj":
                    return c
            for c in tok.children:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def cue_contexts(sent, cues: Modality) -> list[str]:
    """PLOVER contexts whose cue words occur in the sentence (computed once per sentence)."""
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    text = " " + sent.text.lower() + " "
    return [ctx for ctx, words in cues.contexts.items()
            if any((w in lemmas) if " " not in w else (f" {w}" in text) for w in words)]


def contexts(entry_context: str | None, sentence_contexts: list[str]) -> list[str]:
    """PLOVER contexts of one event: the trigger entry's own, then its sentence's cue contexts."""
    head = [entry_context] if entry_context else []
    return head + [c for c in sentence_contexts if c != entry_context]
