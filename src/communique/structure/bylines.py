"""Title, authors (with affiliation) and publisher from the lines of a text.

Bylines are recognised at the top and the bottom of a text: "By X", "By X and
Y, correspondents", "X, Moscow correspondent", "Written for the Media Office of
Y by X, member of …", "X is a senior fellow at …", "(Reporting by X; Editing
by Y)". A line that names a person first must not read as a sentence (a finite
verb with its subject: "X, senior economist at Y, said …"), and the bottom
patterns need body text above them, so a one-sentence text has no byline.
Publishers come from "Written for …", statement headers ("Ministry of
…"), agency datelines ("KABUL (Agency) —") and copyright lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import MORPH

from ..document import EDITORIAL_BOARD, Author
from .. import resources
from ..views import token_range
from .lines import Line

#: Lines from the top searched for a title, byline, publisher or date line.
HEADER_LINES = 8
#: Lines from the bottom searched for a byline.
FOOTER_LINES = 3
#: Longest line accepted as a title, a byline or a heading.
MAX_TITLE_CHARS = 220
MAX_BYLINE_CHARS = 260
#: Lines a byline split over consecutive paragraphs takes ("Written for X by", name, affiliation).
SPLIT_BYLINE_LINES = 3
#: Most words of an affiliation line under a split byline.
MAX_AFFILIATION_WORDS = 20
#: Most words a person's name has.
MAX_NAME_WORDS = 5
#: Words of the predicate of "X is a …" searched for a job word ("a CNN law enforcement analyst").
BIO_ROLE_WORDS = 5

NAME_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "da", "de", "del", "der", "di", "du", "el", "la", "le",
                            "van", "von", "ter", "dos", "das", "y"})
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|(?:al|el)-[A-Z][\w'’\-]*)$")
_BY = re.compile(r"^(?:by|written by|words by|reporting by|text by)\s+(?P<rest>.+)$", re.I)
_WRITTEN_FOR = re.compile(r"^(?:written|prepared)\s+for\s+(?P<pub>.+?)\s+by\s+(?P<rest>.+?)\.?$", re.I)
#: A byline opener that leaves the names to the next line: "Written for X by", "By".
_OPEN_BY = re.compile(r"^(?:(?:written|prepared)\s+for\s+(?P<pub>.+?)\s+)?by\s*:?$", re.I)
_IS_A = re.compile(r"^(?P<name>[^,]{3,60}?)\s+is\s+(?:a|an|the)\s+(?P<aff>.+?)\.?$")
_REPORTING = re.compile(r"^\(?\s*reporting by\s+(?P<names>[^;)]+)(?:;[^)]*)?\)?\.?$", re.I)
_AGENCY = re.compile(r"^[A-Z][A-Z .'’\-]{2,40}(?:,\s*[^()—–]{0,40})?\s*\((?P<agency>[A-Za-z][\w .&'’-]{1,40})\)\s*[—–-]")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<pub>[A-Z][\w .&'’-]{1,60}?)"
                        r"(?:\.|,|\s+all rights|\s*$)", re.I)
_ORG_START = re.compile(r"^(?:the\s+)?(?:ministry|office|embassy|permanent mission|mission|department|government|"
                        r"press (?:office|service)|presidential|presidency|secretariat|state department|"
                        r"foreign ministry|white house|kremlin|delegation|council|spokesperson'?s? office)\b", re.I)
_STATEMENT_BY = re.compile(r"^(?:joint\s+)?(?:statement|press release|declaration|communiqu[eé])\s+(?:by|of|from)\s+"
                           r"(?:the\s+)?(?P<org>.+?)(?:\s+(?:on|regarding|concerning|about|following)\s+.*)?$", re.I)

_SPOKESPERSON_OF = re.compile(r"^(?:the\s+)?(?:office\s+of\s+the\s+)?(?:spokesperson|spokesman|spokeswoman|"
                              r"press secretary|official representative)\s+(?:of|for)\s+(?:the\s+)?(?P<org>.+)$", re.I)

#: A body the statement header itself names, capitalised ("the North Atlantic Council", "the
#: Foreign Ministers of Egypt, Jordan and Saudi Arabia"), at most ``MAX_ISSUER_WORDS`` words.
_NAMED_ISSUER = re.compile(r"^(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+\S+){0,11}$")


@dataclass(frozen=True)
class Byline:
    line: Line
    authors: tuple[Author, ...]
    publisher: str | None = None


def _roles() -> frozenset[str]:
    return resources.terms("structure/author_roles.en.txt")


def looks_like_name(s: str) -> bool:
    """A person's name: 2-5 capitalised words (particles allowed), no job words."""
    words = s.strip().split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    roles = _roles()
    if any(w.lower().strip(".,") in roles for w in words):
        return False
    if not (_NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1])):
        return False
    return all(_NAME_WORD.match(w) or w.lower() in NAME_PARTICLES for w in words[1:-1])


def _split_names(s: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", s.strip().rstrip("."), flags=re.I)
    return [p.title() if p.isupper() else p for p in (x.strip() for x in parts) if p]


def parse_author_list(rest: str) -> list[Author]:
    """"X", "X and Y", "X, Y and Z, correspondents", "X, senior fellow at Z" -> authors."""
    rest = rest.strip().strip("*_ ").rstrip(".")
    parts = [p.strip() for p in rest.split(",")]
    names: list[str] = []
    affiliation = None
    for i, part in enumerate(parts):
        candidates = _split_names(part)
        if candidates and all(looks_like_name(c) for c in candidates):
            names.extend(candidates)
        else:
            affiliation = ", ".join(parts[i:]).strip() or None
            break
    return [Author(n, affiliation) for n in names]


def sentence_lines(lines: list[Line], doc) -> frozenset[int]:
    """Starts of the lines that read as a sentence: a finite verb (or its finite auxiliary)
    with a subject ("X, senior economist at Y, said …", "X, a columnist, disagrees.")."""
    out = set()
    # round 30s3: the analyses as a list of ints and each line's tokens by ``views.token_range`` (no
    # numpy scalar per token, no ``Span`` per line)
    morphs, finite = doc.to_array(MORPH).tolist(), {}
    for line in lines:
        found = token_range(doc, line.start, line.end)
        for i in range(*found) if found is not None else ():
            h = morphs[i]
            if h not in finite:
                finite[h] = _finite(doc.vocab.strings, h)
            if not finite[h]:
                continue  # a Token only for a finite verb
            t = doc[i]
            verb = t.head if t.dep_ in ("aux", "auxpass") else t
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
                out.add(line.start)
                break
    return frozenset(out)


def _finite(strings, morph: int) -> bool:
    """``"Fin" in Token.morph.get("VerbForm")`` for the analysis of hash ``morph``, read from its
    features string once per document and analysis (a ``MorphAnalysis`` per token costs more
    than the rest of ``sentence_lines``)."""
    return morph in strings and any(f.partition("=")[0] == "VerbForm" and "Fin" in f.partition("=")[2].split(",")
                                    for f in strings[morph].split("|"))


def _has_role(text: str, words: int | None = None) -> bool:
    return any(w.lower().strip(".,'’s") in _roles() for w in text.split()[:words])


def parse_byline(line: Line, at_bottom: bool = False, sentence: bool = False) -> Byline | None:
    """A ``Byline`` if the line is one, else ``None``. ``sentence``: the line reads as a sentence
    (``sentence_lines``), so it is not "X, job"; "X is a job" is a bottom pattern of its own."""
    text = line.text.strip("*_ ")
    if len(text) > MAX_BYLINE_CHARS:
        return None
    m = _WRITTEN_FOR.match(text)
    if m:
        authors = parse_author_list(m.group("rest"))
        if authors:
            return Byline(line, tuple(authors), m.group("pub").strip())
    m = _REPORTING.match(text)
    if m:
        authors = [Author(n) for n in _split_names(m.group("names")) if looks_like_name(n)]
        if authors:
            return Byline(line, tuple(authors))
    m = _BY.match(text)
    if m:
        authors = parse_author_list(m.group("rest"))
        if authors:
            return Byline(line, tuple(authors))
    if "," in text and not sentence and (not text.endswith((".", "?", "!")) or at_bottom):
        name, _, aff = text.partition(",")
        if aff and looks_like_name(name) and _has_role(aff):
            return Byline(line, (Author(name.strip(), aff.strip().rstrip(".")),))
    if at_bottom:
        m = _IS_A.match(text)
        if m and looks_like_name(m.group("name")) and _has_role(m.group("aff"), BIO_ROLE_WORDS):
            return Byline(line, (Author(m.group("name").strip(), m.group("aff").strip()),))
    return None


def _clean(line: Line) -> str:
    return line.text.strip("*_ ").rstrip(":").strip()


def _is_affiliation(text: str) -> bool:
    """A short line that describes an author ("Member of the board", "Senior fellow at X")."""
    return 0 < len(text.split()) <= MAX_AFFILIATION_WORDS and not text.endswith(("?", "!")) and _has_role(text, 3)


def split_bylines(lines: list[Line], i: int) -> list[Byline]:
    """A byline written over consecutive short lines or paragraphs, starting at ``lines[i]``:
    "Written for X by" / "By", then the name(s), then perhaps an affiliation line (the
    common copy of a web page whose byline was bold text on separate paragraphs)."""
    m = _OPEN_BY.match(_clean(lines[i]))
    if not m or i + 1 >= len(lines):
        return []
    names = [n for n in _split_names(_clean(lines[i + 1]))]
    if not names or not all(looks_like_name(n) for n in names):
        return []
    affiliation = None
    out = []
    if i + 2 < len(lines) and _is_affiliation(_clean(lines[i + 2])):
        affiliation = _clean(lines[i + 2]).rstrip(".")
        out.append(Byline(lines[i + 2], ()))
    pub = m.group("pub").strip() if m.group("pub") else None
    return [Byline(lines[i], tuple(Author(n, affiliation) for n in names), pub), Byline(lines[i + 1], ())] + out


def find_bylines(lines: list[Line], sentences: frozenset[int] = frozenset()) -> list[Byline]:
    """Bylines in the first HEADER_LINES and last FOOTER_LINES lines, one-line or split
    over consecutive lines (``split_bylines``). ``sentences``: starts of the lines that read
    as a sentence (``sentence_lines``). The first line is never a bottom line."""
    found: dict[int, Byline] = {}
    tail = max(0, len(lines) - FOOTER_LINES - SPLIT_BYLINE_LINES)
    for i in list(range(min(HEADER_LINES, len(lines)))) + list(range(tail, len(lines))):
        if lines[i].start not in found:
            for b in split_bylines(lines, i):
                found[b.line.start] = b
    for line in lines[:HEADER_LINES]:
        b = parse_byline(line, sentence=line.start in sentences)
        if b and line.start not in found:
            found[line.start] = b
    for line in lines[1:][-FOOTER_LINES:]:
        if line.start not in found:
            b = parse_byline(line, at_bottom=True, sentence=line.start in sentences)
            if b:
                found[line.start] = b
    return [found[k] for k in sorted(found)]


#: Round 34e17: a paper's name: capitalised words, "of" and "the" between them ("The Lake Herald").
_PAPER = r"(?P<pub>(?:[Tt]he\s+)?[A-Z][\w'’&\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&\-]*)*)"
#: Round 34e17: a byline in the name of a paper's editorial board ("By the Editorial Board", "The Editors",
#: "By the editorial board of The Lake Herald").
_BOARD_BYLINE = re.compile(r"^(?i:(?:by\s+)?(?:the\s+)?(?:editorial\s+board|editors|editorial\s+team))"
                           r"(?:\s+(?i:of)\s+" + _PAPER + r")?\.?$")
#: Round 34e17: the paper a note on the board names ("This editorial represents the view of the editorial board of
#: The Lake Herald.").
_BOARD_OF = re.compile(r"\b(?i:editorial\s+(?:board|team)\s+of)\s+" + _PAPER)
#: Words of a byline's role that make its writer a reporter, not an opinion writer (``sections.signed_opinion``).
NEWSROOM_ROLES = ("agency", "bureau", "correspondent", "editor", "news", "press", "reporter", "staff", "wire")
#: A genre in brackets after a paper's name in metadata ("The Lake Herald (editorial)").
_BRACKETED_GENRE = re.compile(r"\s*\([^()]*\)\s*$")


def editorial_board(lines: list[Line], publisher: str | None) -> tuple[Author, list[Line]] | None:
    """Round 34e17: an editorial signed by the paper's board: a byline of the first ``HEADER_LINES`` in the
    board's name (``_BOARD_BYLINE``). The author is the paper (affiliation ``EDITORIAL_BOARD``), named by the
    byline itself, else by a note of the first or last lines ("the view of the editorial board of The Lake
    Herald": ``_BOARD_OF``), else by ``publisher`` without a bracketed genre ("The Lake Herald (editorial)");
    with the lines that sign it (byline, note). ``None`` without such a byline or a name for the paper."""
    board = next((l for l in lines[:HEADER_LINES] if _BOARD_BYLINE.match(_clean(l))), None)
    if board is None:
        return None
    signed = [board]
    name = _BOARD_BYLINE.match(_clean(board)).group("pub")
    for line in lines[:HEADER_LINES] + lines[max(HEADER_LINES, len(lines) - FOOTER_LINES):]:
        m = _BOARD_OF.search(line.text) if line is not board and len(line.text) <= MAX_BYLINE_CHARS else None
        if m:
            signed.append(line)
            name = name or m.group("pub")
    name = name or (_BRACKETED_GENRE.sub("", publisher) if publisher else None)
    return (Author(name.strip().rstrip("."), EDITORIAL_BOARD), signed) if name else None


def author_note(lines: list[Line], bylines: list[Byline], sentences: frozenset[int] = frozenset()) -> Line | None:
    """Round 34e17: the note on the writer of a signed piece: a line of the first ``HEADER_LINES`` or the
    last ``FOOTER_LINES`` that reads as a sentence (``sentences``: ``sentence_lines``) and opens with the
    full name of a byline author and then a lower-case word ("Ana Soto was Chile's foreign minister from
    2014 to 2018 and now teaches law", "Ana Soto is a former ambassador", "Ana Soto writes on security").
    A report does not describe its reporter in a sentence, nor a statement its issuer, so the note marks an
    opinion text. Not a byline line, nor a line longer than ``MAX_BYLINE_CHARS`` (a body paragraph that
    happens to open with the writer's name), nor a name that is no person's (``looks_like_name``). Round 34f8:
    nor a reporter's, interviewer's or spokesperson's line (``_NEWSROOM_NOTE``), nor any line of a text with an
    agency dateline in its header (a wire report)."""
    names = [a.name for b in bylines for a in b.authors if looks_like_name(a.name)]
    taken = {b.line.start for b in bylines}
    if any(_AGENCY.match(l.text) for l in lines[:HEADER_LINES]):
        return None  # round 34f8: a wire report ("BRUSSELS (AFP) -") signs its reporter at the foot
    window = lines[:HEADER_LINES] + lines[max(HEADER_LINES, len(lines) - FOOTER_LINES):]
    for line in window:
        if line.start in taken or line.start not in sentences or len(line.text) > MAX_BYLINE_CHARS:
            continue
        if any(opens_with_note(line.text, name) for name in names) and not _NEWSROOM_NOTE.search(line.text):
            return line
    return None


#: Round 34f8: words of a line on a person that make it a reporter's, an interviewer's or a spokesperson's
#: line, not the note on an opinion writer ("X covers European affairs for AFP", "X reported from Brussels",
#: "X is AFP's Brussels correspondent", "X interviewed Y", "X is the spokesperson of ..."): the newsroom roles
#: of ``NEWSROOM_ROLES`` and these.
_NEWSROOM_NOTE = re.compile(r"\b(?:%s|report(?:s|ed|ing)?|covers?|covering|interview(?:s|ed|ing)?|"
                            r"spokes(?:person|man|woman))\b" % "|".join(NEWSROOM_ROLES), re.I)


def opens_with_note(text: str, name: str) -> bool:
    """Round 34e17: whether a line opens with a writer's full name and then a lower-case word ("Ana Soto is a
    former ambassador"), the opening of a note on the writer (``author_note``)."""
    rest = text[len(name):]
    return text.startswith(name) and rest[:1] == " " and rest[1:2].islower()


def find_title(lines: list[Line], text: str, headings: list[dict], skip: set[int]) -> Line | None:
    """The title line: a level-1 (or first) markdown heading at the top, else a short first line
    without final punctuation that is followed by a blank line."""
    if headings:
        first = headings[0]
        if first["level"] <= 2 and (not lines or first["start"] <= lines[0].start):
            return Line(first["start"], first["end"], first["text"])
    if not lines:
        return None
    first = lines[0]
    if first.start in skip or len(first.text) > MAX_TITLE_CHARS or first.text.endswith((".", ":", ";", ",")):
        return None
    after = text[first.end:first.end + 3]
    if len(lines) == 1 or after.startswith("\n\n") or after.startswith("\r\n\r\n"):
        return first
    return None


def find_publisher(lines: list[Line], title: Line | None) -> tuple[str | None, Line | None]:
    """Publisher named by a statement header, an agency dateline or a copyright line."""
    if title is not None:
        m = _STATEMENT_BY.match(title.text)
        org = m.group("org") if m else ""
        office = _SPOKESPERSON_OF.match(org)
        if office and _ORG_START.match(office.group("org")):
            org = office.group("org")  # "Statement by the Spokesperson of the Ministry of ...": the ministry
        if m and (_ORG_START.match(org) or _NAMED_ISSUER.match(org)):
            org = org.strip().rstrip(".")
            # a fuller header line naming the same body wins ("Ministry of … of the Republic of …")
            for line in lines[:HEADER_LINES]:
                if line is not title and _ORG_START.match(line.text.strip("*_ ")) and len(line.text) <= MAX_TITLE_CHARS \
                        and line.text.strip("*_ ").lower().startswith(org.lower()[:12]):
                    return line.text.strip("*_ ").rstrip("."), line
            return org, None
    for line in lines[:HEADER_LINES]:
        t = line.text.strip("*_ ")
        if line is not title and _ORG_START.match(t) and len(t) <= MAX_TITLE_CHARS and not t.endswith("."):
            if len(t.split()) <= 14:
                return t, line
    for line in lines[:HEADER_LINES]:
        m = _AGENCY.match(line.text)
        if m:
            return m.group("agency").strip(), None
    for line in lines[-FOOTER_LINES:]:
        m = _COPYRIGHT.search(line.text)
        if m and len(line.text) <= MAX_BYLINE_CHARS:
            return m.group("pub").strip(), line
    return None, None
