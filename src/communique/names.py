"""Folding names to lookup keys and slugs: the one ``slug`` behind actor keys, in the actors
stage (``person:<slug>``) and in the store (keys of actors the stage gave none); and the
gender a person's name or title tells (``title_gender``), which the actors stage (pronouns)
and the quote stage (pronoun speakers) both read."""

from __future__ import annotations

import re
import unicodedata

from . import resources

#: Honorifics and gendered titles before a name ("Mrs. Clinton"), tagged ``gender:m|f``.
GENDER_WORDS_FILE = "actors/gender_words.en.tsv"
#: Given names with a clear usual gender ("Olena", "Pavel"), tagged ``gender:m|f``.
GIVEN_NAMES_FILE = "actors/given_names.tsv"

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


def title_gender(text: str, start: int, end: int) -> str | None:
    """``m`` or ``f`` when the mention at ``[start, end)`` of ``text`` starts with, or follows, an
    honorific or gendered title ("Mrs. Clinton", "Congresswoman Jane Doe", "Sir Keir"), else
    when it is a full name whose given name has a clear gender ("Olena Marchuk"); else None.
    A caller with a knowledge base asks it first."""
    words = resources.tag_values(GENDER_WORDS_FILE, "gender")
    before = text[max(0, start - 16):start].split()
    mention = text[start:end].split()
    for word in (before[-1:] + mention[:1]):
        found = words.get(word.strip(".,").lower())
        if found:
            return found
    if len(mention) < 2:  # a lone "Thomas" may be a family name
        return None
    return given_name_gender(mention[0])


def given_name_gender(word: str) -> str | None:
    """``m`` or ``f`` when ``word`` is a given name with a clear usual gender ("Olena"), else None."""
    return resources.tag_values(GIVEN_NAMES_FILE, "gender").get(fold(word))
