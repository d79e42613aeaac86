"""Structure stage: title, authors with affiliation, publisher, publication date
and sections (news / commentary / statement / byline / other) with offsets.

Metadata from the reader (HTML meta tags, table columns) wins over what is
found in the text; the text fills the gaps. Markdown decoration was removed by
the reader, which left its headings as hints in ``document.meta["headings"]``.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Author, Section
from ..pipeline import stage
from ..structure.bylines import (FOOTER_LINES, HEADER_LINES, author_note, editorial_board, find_bylines, find_publisher,
                                 find_title, sentence_lines)
from ..structure.dates import find_publication_date, normalise_date
from ..structure.lines import Line, split_lines
from ..structure.sections import (ADVOCACY_COMMENTARY_THRESHOLD, RUN_COMMENTARY_THRESHOLD, SIGNED_COMMENTARY_THRESHOLD,
                                  SentenceScores, advocacy_byline, find_headings, heading_kind, paragraph_kind,
                                  segment_by_language, signed_opinion)
from ..spans import strip_span

_STATEMENT_WORDS = re.compile(r"\b(?:statement|press release|communiqu[eé]|declaration|readout)\b", re.I)


def _authors_from_meta(value: Any) -> list[Author]:
    if not value:
        return []
    if isinstance(value, str):
        value = [v for v in re.split(r"\s*(?:;|\band\b|\|)\s*", value) if v.strip()]
    out = []
    for item in value:
        if isinstance(item, dict) and item.get("name"):
            out.append(Author(str(item["name"]).strip(), item.get("affiliation")))
        elif isinstance(item, str) and item.strip():
            out.append(Author(item.strip()))
    return out


def _merge_authors(first: list[Author], second: list[Author]) -> list[Author]:
    """Union by name; an affiliation found in either list is kept."""
    merged: dict[str, Author] = {}
    for a in first + second:
        key = a.name.lower()
        if key in merged:
            if merged[key].affiliation is None and a.affiliation:
                merged[key] = Author(merged[key].name, a.affiliation)
        else:
            merged[key] = a
    return list(merged.values())


def _is_statement(title: str | None, publisher_line: Line | None, lines: list[Line]) -> bool:
    head = " ".join(l.text for l in lines[:3])
    return bool((title and _STATEMENT_WORDS.search(title)) or _STATEMENT_WORDS.match(head)
                or (publisher_line is not None and title and _STATEMENT_WORDS.search(title)))


def build_sections(document, doc, fixed: list[tuple[int, int, str]], headings, statement: bool,
                   signed: bool = False, advocacy: bool = False) -> list[Section]:
    """Sections covering the text: fixed blocks (title, bylines, date lines), headed
    sections, and language-based runs where there is no heading (with the lower threshold
    of a ``signed`` opinion piece: ``signed_opinion``, and the lower one still of a piece written for a cause:
    ``advocacy_byline``, round 24)."""
    text = document.text
    threshold = SIGNED_COMMENTARY_THRESHOLD if signed else RUN_COMMENTARY_THRESHOLD
    if advocacy:
        threshold = ADVOCACY_COMMENTARY_THRESHOLD
    points = {0, len(text)} | {s for s, _, _ in fixed} | {e for _, e, _ in fixed} | {h.start for h in headings}
    cuts = sorted(p for p in points if 0 <= p <= len(text))
    fixed_at = {s: (e, k) for s, e, k in fixed}
    scores: SentenceScores | None = None  # computed once, only when a stretch needs the language

    def language() -> SentenceScores:
        nonlocal scores
        if scores is None:
            scores = SentenceScores(doc)
        return scores

    out: list[Section] = []
    current = None  # the heading whose section we are in
    for a, b in zip(cuts, cuts[1:]):
        s, e = strip_span(text, a, b)
        if s >= e:
            continue
        if a in fixed_at:
            out.append(Section(fixed_at[a][1], s, e))
            continue
        head = next((h for h in headings if h.start == a), None)
        if head is not None:
            current = head
            body_s, body_e = strip_span(text, head.body_start, b)
            kind = head.kind
            if kind is None:
                kind = "statement" if statement else paragraph_kind(language(), body_s, body_e)[0]
            out.append(Section(kind, s, e, head.text))
        elif current is not None:
            out.append(Section(out[-1].kind if out else "other", s, e, current.text))
        elif statement:
            out.append(Section("statement", s, e))
        else:
            out.extend(Section(k, *strip_span(text, ks, ke)) for k, ks, ke in segment_by_language(text, language(), s, e, threshold))
    return _merge_adjacent(out)


def _merge_adjacent(sections: list[Section]) -> list[Section]:
    merged: list[Section] = []
    for sec in sections:
        prev = merged[-1] if merged else None
        if prev and prev.kind == sec.kind and prev.heading == sec.heading and sec.kind not in ("byline", "other"):
            merged[-1] = Section(prev.kind, prev.start, sec.end, prev.heading)
        else:
            merged.append(sec)
    return merged


@stage("structure.v1", assigns=("title", "authors", "publisher", "published", "date_source", "sections"))
def extract_structure(document, doc, ctx):
    text, meta = document.text, document.meta
    lines = split_lines(text)
    hints = meta.get("headings") or []
    said = sentence_lines(lines[:HEADER_LINES] + lines[-FOOTER_LINES:], doc)
    bylines = find_bylines(lines, said)
    note = author_note(lines, bylines, said)  # round 34e17: a note on the writer makes the piece a signed opinion
    byline_starts = {b.line.start for b in bylines}
    title_line = find_title(lines, text, hints, byline_starts)
    if title_line is not None and heading_kind(title_line.text):
        title_line = None  # "Analysis", "News:" open a section; they are not titles
    title = (str(meta["title"]).strip() if meta.get("title") else None) or (title_line.text if title_line else None)
    if title_line is None and title and lines and lines[0].text == title:
        title_line = lines[0]  # the reader's title repeated as the first line of the text

    authors = _merge_authors(_authors_from_meta(meta.get("authors") or meta.get("author")),
                             [a for b in bylines for a in b.authors])
    publisher, publisher_line = find_publisher(lines, title_line)
    written_for = next((b.publisher for b in bylines if b.publisher), None)
    publisher = (str(meta["publisher"]).strip() if meta.get("publisher") else None) or written_for or publisher
    board = editorial_board(lines, publisher)  # round 34e17: an editorial is the paper's own opinion
    if board is not None:
        authors = _merge_authors(authors, [board[0]])

    found_date, date_only = find_publication_date(lines, text)
    published = normalise_date(meta.get("published") or meta.get("date"))
    date_source = "metadata" if published else None
    if published is None and found_date is not None:
        published, date_source = found_date.iso, found_date.source

    fixed: list[tuple[int, int, str]] = []
    if title_line is not None:
        fixed.append((title_line.start, title_line.end, "other"))
    fixed += [(b.line.start, b.line.end, "byline") for b in bylines]
    signing = ([note] if note is not None else []) + (board[1] if board is not None else [])
    fixed += [(l.start, l.end, "byline") for l in signing if l.start not in byline_starts]
    if publisher_line is not None and publisher_line.start not in {s for s, _, _ in fixed}:
        fixed.append((publisher_line.start, publisher_line.end, "other"))
    taken = {s for s, _, _ in fixed}
    fixed += [(l.start, l.end, "other") for l in date_only if l.start not in taken]
    skip = {s for s, _, _ in fixed}
    headings = [h for h in find_headings(lines, hints, skip) if h.start not in skip]
    statement = _is_statement(title, publisher_line, lines) or any(h.kind == "statement" for h in headings)
    signed = bool(signing) or signed_opinion([a for b in bylines for a in b.authors])
    advocacy = advocacy_byline([a for b in bylines for a in b.authors])
    sections = build_sections(document, doc, sorted(fixed), headings, statement, signed, advocacy)
    return {"title": title, "authors": authors, "publisher": publisher, "published": published,
            "date_source": date_source, "sections": sections}

