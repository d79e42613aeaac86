"""The quote lexicons (``resources/quotes/``, ``resources/actors/pronouns.en.tsv``), as the
quote stage reads them; files are read and validated by ``communique.resources``.

Cue verbs are the reporting verbs tagged ``cue:CLASS`` (speech, cognition, writing) with
the frames they take (``frames:quote,that,to,as,ing,of``); speaker titles are role nouns; speaker
pronouns are the pronouns tagged ``speaker:KIND`` with the actor kind they fall back to.
A bad value raises ``LexiconError`` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import resources
from ..errors import LexiconError

CUE_VERBS_FILE = "quotes/reporting_verbs.en.tsv"
TITLES_FILE = "quotes/speaker_titles.en.txt"
BODIES_FILE = "quotes/speaker_bodies.en.txt"
PRONOUNS_FILE = "actors/pronouns.en.tsv"

CUE_CLASSES = frozenset({"speech", "cognition", "writing"})
CUE_FRAMES = frozenset({"quote", "that", "to", "as", "ing", "of"})
PRONOUN_KINDS = frozenset({"person", "organization"})  # in the file; "group" comes from tags


@dataclass(frozen=True)
class CueVerb:
    lemma: str
    cls: str
    frames: frozenset[str]


def _line_of(relpath: str, entry: str) -> int | None:
    """Line of ``entry`` in a tagged file, for error messages."""
    for n, line in enumerate(resources.active().read_text(relpath).splitlines(), 1):
        if line.split("\t", 1)[0].strip() == entry:
            return n
    return None


@resources.cached
def cue_verbs() -> dict[str, CueVerb]:
    """Cue verbs by lemma."""
    out = {}
    where = resources.active().source(CUE_VERBS_FILE)
    for lemma, tags in resources.tagged(CUE_VERBS_FILE).items():
        if "cue" not in tags:
            continue
        cls, frame_set = tags["cue"], frozenset(f.strip() for f in tags.get("frames", "").split(",") if f.strip())
        if cls not in CUE_CLASSES:
            raise LexiconError(where, _line_of(CUE_VERBS_FILE, lemma), f"class {cls!r} not in {sorted(CUE_CLASSES)}")
        if not frame_set or not frame_set <= CUE_FRAMES:
            raise LexiconError(where, _line_of(CUE_VERBS_FILE, lemma),
                               f"frames {sorted(frame_set - CUE_FRAMES)} not in {sorted(CUE_FRAMES)}")
        out[lemma] = CueVerb(lemma, cls, frame_set)
    return out


@resources.cached
def position_verbs() -> frozenset[str]:
    """Cue verbs tagged ``position``: in a statement, by which its issuer states its own
    position ("They demand that ...", "The two leaders agreed that ..."), which is no quote."""
    return frozenset(lemma for lemma, tags in resources.tagged(CUE_VERBS_FILE).items()
                     if "cue" in tags and "position" in tags)


def speaker_bodies() -> frozenset[str]:
    """Nouns ("spokesperson", "statement") that speak for an actor named around them."""
    return resources.terms(BODIES_FILE)


def speaker_titles() -> frozenset[str]:
    """Role nouns ("spokesman") that name a speaker without a name."""
    return resources.terms(TITLES_FILE)


@resources.cached
def pronoun_genders() -> dict[str, str]:
    """Pronoun -> gender (``m`` or ``f``) of the person it stands for ("she" -> "f")."""
    return dict(resources.tag_values(PRONOUNS_FILE, "gender"))


@resources.cached  # round 30s3: asked per candidate speaker, the dict was built and checked on each call
def speaker_pronouns() -> dict[str, str]:
    """Speaker pronoun -> actor kind to fall back to; a third-person plural that can name a
    speaker ("they": tags ``third_plural`` and ``unnamed_speaker``) falls back to a ``group``.
    Shared: do not edit it."""
    out = dict(resources.tag_values(PRONOUNS_FILE, "speaker"))
    for pronoun, kind in out.items():
        if kind not in PRONOUN_KINDS:
            raise LexiconError(resources.active().source(PRONOUNS_FILE), _line_of(PRONOUNS_FILE, pronoun),
                               f"kind {kind!r} not in {sorted(PRONOUN_KINDS)}")
    for pronoun, tags in resources.tagged(PRONOUNS_FILE).items():
        if "third_plural" in tags and "unnamed_speaker" in tags:
            out.setdefault(pronoun, "group")
    return out


@resources.cached
def first_person_pronouns() -> frozenset[str]:
    """Pronouns by which a speaker names themself ("I", "we": tags ``first_singular`` and
    ``first_plural``)."""
    tags = resources.tagged(PRONOUNS_FILE)
    return frozenset(p for p, t in tags.items() if "first_singular" in t or "first_plural" in t)
