"""The quote lexicons (data files under ``lexicons/quotes/``), loaded once and validated.

``cue_verbs.en.txt`` maps a lemma to a class (speech, cognition, writing) and the
frames it takes (quote, that, to, as); ``speaker_titles.en.txt`` lists role nouns;
``speaker_pronouns.en.txt`` maps pronouns to the actor kind they fall back to.
Every loader raises ``LexiconError`` naming the file and line of a bad entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import LexiconError

LEXICON_PACKAGE = "communique.lexicons"
CUE_VERBS_FILE = "quotes/cue_verbs.en.txt"
TITLES_FILE = "quotes/speaker_titles.en.txt"
PRONOUNS_FILE = "quotes/speaker_pronouns.en.txt"

CUE_CLASSES = frozenset({"speech", "cognition", "writing"})
CUE_FRAMES = frozenset({"quote", "that", "to", "as"})
PRONOUN_KINDS = frozenset({"person", "organization"})


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    cls: str
    frames: frozenset[str]


def _rows(relpath: str, n_fields: int) -> list[tuple[int, list[str]]]:
    """``(line number, fields)`` of a tab-separated lexicon, checked sorted and unique."""
    path = resources.files(LEXICON_PACKAGE).joinpath(relpath)
    name = f"lexicons/{relpath}"
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(name, None, "lexicon file not found") from None
    rows: list[tuple[int, list[str]]] = []
    previous = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != n_fields:
            raise LexiconError(name, n, f"expected {n_fields} tab-separated fields, got {len(fields)}: {line!r}")
        key = fields[0]
        if key != key.lower() or not key.replace("-", "").replace(" ", "").isalpha():
            raise LexiconError(name, n, f"entry {key!r} must be a lower-case word")
        if previous is not None and key <= previous:
            what = "duplicate entry" if key == previous else "entry out of order (keep the list sorted)"
            raise LexiconError(name, n, f"{what}: {key!r} after {previous!r}")
        previous = key
        rows.append((n, fields))
    if not rows:
        raise LexiconError(name, None, "lexicon is empty")
    return rows


@lru_cache(maxsize=1)
def cue_verbs() -> dict[str, CueVerb]:
    """Cue verbs by lemma."""
    out = {}
    for n, (lemma, cls, frames) in _rows(CUE_VERBS_FILE, 3):
        frame_set = frozenset(f.strip() for f in frames.split(","))
        if cls not in CUE_CLASSES:
            raise LexiconError(f"lexicons/{CUE_VERBS_FILE}", n, f"class {cls!r} not in {sorted(CUE_CLASSES)}")
        if not frame_set <= CUE_FRAMES:
            raise LexiconError(f"lexicons/{CUE_VERBS_FILE}", n,
                               f"frames {sorted(frame_set - CUE_FRAMES)} not in {sorted(CUE_FRAMES)}")
        out[lemma] = CueVerb(lemma, cls, frame_set)
    return out


@lru_cache(maxsize=1)
def speaker_titles() -> frozenset[str]:
    """Role nouns ("spokesman") that name a speaker without a name."""
    return frozenset(fields[0] for _, fields in _rows(TITLES_FILE, 1))


@lru_cache(maxsize=1)
def speaker_pronouns() -> dict[str, str]:
    """Speaker pronoun -> actor kind to fall back to."""
    out = {}
    for n, (pronoun, kind) in _rows(PRONOUNS_FILE, 2):
        if kind not in PRONOUN_KINDS:
            raise LexiconError(f"lexicons/{PRONOUNS_FILE}", n, f"kind {kind!r} not in {sorted(PRONOUN_KINDS)}")
        out[pronoun] = kind
    return out
