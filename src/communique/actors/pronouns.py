"""Person pronouns (he, she, him, her, his, hers, himself, herself) as mentions of the
person they refer to.

One pass over the document in text order keeps the person mentions seen so far
(names, titles, and the pronouns already linked). A pronoun takes:

1. the one compatible person mentioned in its own sentence before it or in the
   ``PRONOUN_WINDOW_SENTENCES`` sentences before; with several, the salient one: the
   subject closest to its sentence's root in the nearest sentence that has a subject
   mention ("Novak met Marchenko on Friday. He also ..." is Novak); a subject pronoun never
   takes someone named in the clause its verb reports before it (""Elena did well," he
   said"). Compatible:
   no known gender or the pronoun's; a person's gender comes from the knowledge base,
   else from an honorific or title, else from a clearly gendered given name
   (``names.title_gender``), else from the first pronoun linked to them as the only compatible
   person before it. A direct object pronoun is never the subject of its own verb ("Modi praised him": someone else);
2. with no person before it anywhere in the document, the subject of the clause that
   holds it, named later in the sentence ("In his speech, Modi said ...");
3. with neither, a person the text does not name (a passage that starts "He said ..."):
   a new person actor named by the pronoun, which later pronouns can take in turn.

A pronoun with compatible persons before it that none of the rules picks (two persons,
neither a subject) stays unlinked.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from .. import resources
from ..views import positions, sentences, token_depth, token_strings
from .resolve import ActorGuess

#: Pronouns that may refer back to a person: the entries tagged ``gender:m|f`` here.
PRONOUNS_FILE = "actors/pronouns.en.tsv"
#: How many sentences back a pronoun may look for its person.
PRONOUN_WINDOW_SENTENCES = 2
#: Dependency labels of a subject.
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
#: Dependency labels of a pronoun that cannot be the subject of its own verb ("X praised him").
OBJECT_DEPS = frozenset(("dobj", "dative", "iobj"))
#: Reporting verbs (tagged ``cue``), shared with the quote stage.
REPORTING_VERBS_FILE = "quotes/reporting_verbs.en.tsv"
#: Dependency labels of the clause a verb reports ("“...,” he said": the quoted clause).
REPORTED_DEPS = frozenset(("ccomp", "parataxis"))
#: How the actors stage marks a person known only by pronouns (``ActorGuess.how``).
UNNAMED = "pronoun"


def pronoun_genders() -> dict[str, str]:
    """Pronoun -> gender (``m`` or ``f``) of the person it may refer back to ("he" -> "m")."""
    return resources.tag_values(PRONOUNS_FILE, "gender")


def _root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _bound(tok, root) -> bool:
    """Whether a pronoun ``tok`` and a candidate whose head is ``root`` are two people: subject
    and object of one verb ("Modi praised him", "Modi met Sharif and thanked him"), or a subject
    pronoun of a reporting verb and someone named in the clause it reports before it (""Elena
    has done well," he said": not Elena)."""
    if root is None:
        return False
    if tok.dep_ in OBJECT_DEPS:
        verb = tok.head  # a verb coordinated after the subject's shares it ("Ruiz thanked Vega and showed him")
        shared = verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        return root.dep_ in SUBJECT_DEPS and root.head.i in (verb.i, verb.head.i if shared else verb.i)
    return tok.dep_ == "nsubj" and root.i < tok.i and tok.head.lemma_.lower() in _cue_verbs() and any(
        t.dep_ in REPORTED_DEPS and t.head.i == tok.head.i for t in (root, *root.ancestors))


def _cue_verbs():
    """Lemmas of the reporting verbs that may report a clause ("said", "added")."""
    return resources.tag_values(REPORTING_VERBS_FILE, "cue")


class PronounLinker:
    """Links the person pronouns of one parsed document (see the module docstring)."""

    def __init__(self, doc, persons: dict[str, str | None], mentions: list[tuple[int, int, str]]):
        """``persons``: person key -> gender or None; ``mentions``: ``(start, end, key)`` of their mentions."""
        self.doc = doc
        self.gender = dict(persons)
        self.mentions = sorted(mentions)
        self.starts = [s.start_char for s in sentences(doc)]
        self.roots: dict[tuple[int, int], object] = {}

    def _head(self, start: int, end: int):
        if (start, end) not in self.roots:
            self.roots[(start, end)] = _root(self.doc, start, end)
        return self.roots[(start, end)]

    def _compatible(self, key: str, want: str) -> bool:
        return self.gender.get(key) in (None, want)

    def link(self) -> list[tuple[int, int, str, str | None]]:
        """``(start, end, key, new)`` per linked pronoun; ``new`` is the pronoun's gender when it
        starts a person the text does not name (``key`` is then new), else None."""
        genders = dict(pronoun_genders())  # a plain dict: one look-up per word of the document
        out = []
        doc = self.doc
        lowers = token_strings(doc)[0]
        for i in positions(doc, genders, lemmas=False):  # a Token only for a pronoun's word
            want = genders[lowers[i]]
            tok = doc[i]
            if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
                continue
            start, end = tok.idx, tok.idx + len(tok)
            (key, sure), new = self._antecedent(tok, want), None
            if key is None and not self._any_before(tok, want):
                key, sure = self._cataphor(tok, want), True
                if key is None:
                    key, new = f"~{UNNAMED}:{start}", want
            if key is None:
                continue
            if sure and self.gender.get(key) is None:
                self.gender[key] = want
            insort(self.mentions, (start, end, key))
            out.append((start, end, key, new))
        return out

    def _sentence(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def _before(self, lo: int, tok, want: str) -> list[tuple[int, int, str]]:
        """Compatible mentions from offset ``lo`` up to the pronoun of persons it is not bound by
        (none of a person who is the subject of its verb: "Ruiz met Vega. Ruiz thanked him")."""
        i = bisect_left(self.mentions, (lo,))
        j = bisect_left(self.mentions, (tok.idx,))
        found = [(s, e, k) for s, e, k in self.mentions[i:j] if e <= tok.idx and self._compatible(k, want)]
        bound = {k for s, e, k in found if _bound(tok, self._head(s, e))}
        return [m for m in found if m[2] not in bound]

    def _any_before(self, tok, want: str) -> bool:
        """Whether a compatible person is mentioned anywhere before the pronoun (the nearest
        first: the scan stops at the first one)."""
        for i in range(bisect_left(self.mentions, (tok.idx,)) - 1, -1, -1):
            s, e, k = self.mentions[i]
            if e <= tok.idx and self._compatible(k, want) and not _bound(tok, self._head(s, e)):
                return True
        return False

    def _antecedent(self, tok, want: str) -> tuple[str | None, bool]:
        """The person the pronoun refers back to, and whether they were the only one it could:
        a person picked among several of unknown gender takes no gender from the pronoun
        ("Halle accepted her resignation": if "her" is wrongly Halle, a later "he" may
        still be Halle)."""
        si = self._sentence(tok.idx)
        found = self._before(self.starts[max(0, si - PRONOUN_WINDOW_SENTENCES)], tok, want)
        keys = {k for _, _, k in found}
        if len(keys) == 1:
            return keys.pop(), True
        return (self._salient_subject(found) if keys else None), False

    def _salient_subject(self, found: list[tuple[int, int, str]]) -> str | None:
        """Among mentions before a pronoun, the subject closest to its sentence's root in the
        nearest sentence that has one; None when no sentence has a subject mention."""
        by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for s, e, key in found:
            by_sentence.setdefault(self._sentence(s), []).append((s, e, key))
        for k in sorted(by_sentence, reverse=True):
            subjects = []
            for s, e, key in by_sentence[k]:
                root = self._head(s, e)
                if root is not None and root.dep_ in SUBJECT_DEPS:
                    subjects.append((token_depth(root), s, key))
            if subjects:
                return min(subjects)[2]
        return None

    def _cataphor(self, tok, want: str) -> str | None:
        """The person named later in the pronoun's sentence as the subject of a clause that
        holds the pronoun ("When he arrived, Modi said ...", "In his speech, Modi ...")."""
        si = self._sentence(tok.idx)
        stop = self.starts[si + 1] if si + 1 < len(self.starts) else float("inf")  # the last sentence: no stop
        i = bisect_left(self.mentions, (tok.idx + 1,))
        ancestors = {a.i for a in tok.ancestors}
        for s, e, key in self.mentions[i:]:
            if s >= stop:
                break
            root = self._head(s, e)
            if (root is not None and root.dep_ in SUBJECT_DEPS and root.head.i in ancestors
                    and self._compatible(key, want) and not (tok.head.i == root.head.i and tok.dep_ in SUBJECT_DEPS)):
                return key
        return None


def unnamed_person(text: str, gender: str) -> ActorGuess:
    """The guess of a person the text refers to only by pronouns, named by the first one."""
    return ActorGuess(text.lower(), "person", None, None, None, None, UNNAMED, gender)
