"""Folding names to lookup keys and slugs: the one ``slug`` behind actor keys, in the actors
stage (``person:<slug>``) and in the store (keys of actors the stage gave none)."""

from __future__ import annotations

import re
import unicodedata

#: Curly quotes, backticks and dashes written as their plain ASCII forms.
PLAIN_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                                   "‐": "-"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, straight quotes: the key every lookup uses."""
    if text.isascii():  # nothing to decompose or drop: the same answer without the per-character pass
        return text.translate(PLAIN_PUNCTUATION).lower()
    text = unicodedata.normalize("NFKD", text.translate(PLAIN_PUNCTUATION))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text: str, empty: str = "x") -> str:
    """``text`` folded, with each run of characters other than ``a-z0-9`` as one ``-``;
    ``empty`` when nothing is left.

    Example: ``slug("Sergeï Lavrov")`` is ``"sergei-lavrov"``; ``slug("…")`` is ``"x"``.
    """
    return _NON_SLUG.sub("-", fold(text)).strip("-") or empty
