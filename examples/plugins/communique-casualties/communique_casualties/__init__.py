"""communique-casualties: an example communique plugin stage.

It finds casualty reports ("killed at least 12 people", "30 were wounded",
"two soldiers died", "dozens injured") and writes them to
``Document.extensions["casualties"]`` as a list of
``{"start", "end", "text", "count", "kind"}``: character offsets into the text,
the matched phrase, the number (``None`` for a vague count such as "dozens")
and one of killed, injured, missing, displaced, detained.

It uses only communique's plugin API (``communique.pipeline.stage`` and
``Option``); the entry point in ``pyproject.toml`` is all communique needs to
find it::

    communique analyze report.txt --stages default,casualties.v1 --format table

Two phrase shapes, both built from the lexicon ``casualties.en.yaml``:
count first ("30 were wounded", "two soldiers died") and cue first
("killed at least 12 people"; the cue-first shape needs a qualifier or a noun
after the count, so "killed 2" and dates are not read as counts). Not handled:
counts spelled with several number words beyond tens and units ("two hundred
and five"), and casualties reported without any count ("the victims").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from communique.pipeline import Option, stage

__version__ = "0.1.0"

LEXICON_FILE = "casualties.en.yaml"
KINDS = ("killed", "injured", "missing", "displaced", "detained")
#: A bare number read as a year rather than a count when no noun follows it ("in 2014 killed").
YEAR_RANGE = range(1900, 2101)


@dataclass(frozen=True)
class Lexicon:
    kinds: dict[str, tuple[str, ...]]
    numbers: dict[str, int]
    vague: tuple[str, ...]
    qualifiers: tuple[str, ...]
    nouns: tuple[str, ...]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon, checked: every kind known, every number an int."""
    data = yaml.safe_load(resources.files(__package__).joinpath(LEXICON_FILE).read_text("utf-8"))
    unknown = set(data["kinds"]) - set(KINDS)
    if unknown:
        raise ValueError(f"{LEXICON_FILE}: unknown kinds {sorted(unknown)}; allowed: {KINDS}")
    numbers = {str(k).lower(): int(v) for k, v in data["numbers"].items()}
    return Lexicon({k: tuple(v) for k, v in data["kinds"].items()}, numbers, tuple(data["vague"]),
                   tuple(data["qualifiers"]), tuple(data["nouns"]))


def _alternation(phrases) -> str:
    """Longest first, each phrase's spaces matching any run of whitespace."""
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    lex = load_lexicon()
    words = _alternation(lex.numbers)
    count = (rf"(?:(?P<qual{{n}}>{_alternation(lex.qualifiers)})\s+)?"
             rf"(?P<num{{n}}>\d{{{{1,3}}}}(?:,\d{{{{3}}}})+|\d+|(?:{words})(?:[- ](?:{words}))?"
             rf"|{_alternation(lex.vague)})")
    who = rf"(?:\s+(?:of\s+)?(?:[A-Za-z-]+\s+)?(?P<who{{n}}>{_alternation(lex.nouns)}))?"
    cue_of = {c.lower(): kind for kind, cues in lex.kinds.items() for c in cues}
    cue = rf"(?P<cue{{n}}>{_alternation(cue_of)})"
    aux = r"(?:\s+(?:were|was|have\s+been|had\s+been|are|is|been|reportedly|have|had))*"
    count_first = re.compile(rf"(?<![\w.,-]){count.format(n=1)}{who.format(n=1)}{aux}\s+{cue.format(n=1)}(?!\w)",
                             re.IGNORECASE)
    cue_first = re.compile(rf"(?<!\w){cue.format(n=2)}\s+{count.format(n=2)}{who.format(n=2)}(?![\w,]\d)(?!\w)",
                           re.IGNORECASE)
    return count_first, cue_first, cue_of


def _value(number: str) -> int | None:
    """12, "1,200", "twelve", "twenty-five" -> int; a vague count ("dozens") -> None."""
    lex = load_lexicon()
    text = " ".join(number.lower().split())
    if text[0].isdigit():
        return int(text.replace(",", ""))
    if text in lex.numbers:
        return lex.numbers[text]
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and all(p in lex.numbers for p in parts):
        return lex.numbers[parts[0]] + lex.numbers[parts[1]]
    return None


def extract_casualties(text: str) -> list[dict[str, Any]]:
    """Casualty reports in ``text``, in text order, without overlaps (the earlier match wins).

    Example handled: "The strike killed at least 12 people" -> ``{"text": "killed at least
    12 people", "count": 12, "kind": "killed", ...}``. Not handled: "the dead were buried"
    (no count).
    """
    count_first, cue_first, cue_of = _patterns()
    found = []
    for pattern, n in ((count_first, 1), (cue_first, 2)):
        for m in pattern.finditer(text):
            number, who, qual = m.group(f"num{n}"), m.group(f"who{n}"), m.group(f"qual{n}")
            value = _value(number)
            if n == 2 and not (who or qual):
                continue  # "killed 2" alone is too often not a count
            if value in YEAR_RANGE and number.isdigit() and not who:
                continue  # "in 2014 killed": a year
            kind = cue_of[" ".join(m.group(f"cue{n}").lower().split())]
            found.append({"start": m.start(), "end": m.end(), "text": m.group(0), "count": value, "kind": kind})
    found.sort(key=lambda r: (r["start"], -r["end"]))
    out: list[dict[str, Any]] = []
    for item in found:
        if not out or item["start"] >= out[-1]["end"]:
            out.append(item)
    return out


@stage("casualties.v1", assigns=("extensions.casualties",), options={
    "casualties_min_count": Option(int, 1, "Smallest count reported (vague counts such as 'dozens' are kept)."),
})
def find_casualties(document, doc, ctx):
    """The ``casualties.v1`` stage: reads ``document.text``, returns ``extensions.casualties``."""
    smallest = ctx.option("casualties_min_count")
    items = [r for r in extract_casualties(document.text) if r["count"] is None or r["count"] >= smallest]
    return {"extensions.casualties": items}
