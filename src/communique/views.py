"""Per-document views: indexes derived once from one analysed document and kept with its Doc.

Several stages ask the same questions of one document many times: the entities of a
sentence, the noun chunks, the lower-cased tokens, the actor at a span, the quote or the
section at an offset. ``views_of(doc)`` returns the ``DocViews`` of a spaCy ``Doc``, kept in
``doc.user_data`` under a private key, so every value lives exactly as long as the Doc of
the document being analysed. Nothing is held in module globals: threads and interleaved
documents each reach their own Doc's views and can never mix two documents' answers.

The answers are those of the plain scans they replace (``Span.ents``, ``Document.actor_at``,
``Document.section_at`` and a scan of ``document.quotes``), tested in
``tests/test_views.py`` and ``tests/test_actors_lookup.py``. Record-based views (actors,
quotes, sections) are rebuilt when the document's list is not the one indexed (a stage has
assigned new records), compared item by item, as the records are frozen.

This module sits just above ``nlp``: it reads spaCy objects and the records of
``communique.document`` and imports no domain package.

Example::

    views = views_of(doc)
    views.actor_index(document.actors).at(start, end)   # the actor at [start, end)
    views.quote_at(document, offset)                    # the quote containing offset
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Sequence

from .nlp import _STRINGS, TEXT_KEY, string_pair

#: Key of the ``DocViews`` in ``Doc.user_data`` (spaCy's own keys there are tuples).
USER_DATA_KEY = "communique.views"


class ActorIndex:
    """The actor whose mention overlaps ``[start, end)`` most: ``Document.actor_at`` without
    the full scan (first in actor, then mention order on a tie; ``None`` when none)."""

    def __init__(self, actors):
        rows = sorted(((s, e, ai, mi, actor) for ai, actor in enumerate(actors)
                       for mi, (s, e) in enumerate(actor.mentions)), key=lambda r: r[0])
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((e - s for s, e, *_ in rows), default=0)

    def at(self, start: int, end: int):
        """The actor with a mention overlapping ``[start, end)`` most, or ``None``."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        best, best_key = None, None
        for s, e, ai, mi, actor in self._rows[lo:hi]:
            overlap = (e if e < end else end) - (s if s > start else start)  # no min/max calls: a hot loop
            if overlap > 0:
                key = (-overlap, ai, mi)
                if best_key is None or key < best_key:
                    best, best_key = actor, key
        return best


class _ContainingIndex:
    """Records with ``start``/``end`` that contain a character offset, found by bisection
    over their starts (a record longer than ``longest`` cannot contain the offset)."""

    def __init__(self, records):
        rows = sorted(((r.start, r.end, order, r) for order, r in enumerate(records)), key=lambda row: row[0])
        self._rows = rows
        self._starts = [row[0] for row in rows]
        self._longest = max((e - s for s, e, *_ in rows), default=0)

    def containing(self, offset: int) -> list[tuple[int, int, int, Any]]:
        """``(start, end, order, record)`` of each record with ``start <= offset < end``."""
        lo = bisect_right(self._starts, offset - self._longest)
        hi = bisect_right(self._starts, offset)
        return [row for row in self._rows[lo:hi] if row[1] > offset]


class QuoteIndex(_ContainingIndex):
    """The quote containing an offset; where quotes overlap (a direct quote inside an
    indirect one) the direct one wins, then the shortest, then the first."""

    def at(self, offset: int):
        found = self.containing(offset)
        if not found:
            return None
        return min(found, key=lambda row: (row[3].kind != "direct", row[1] - row[0], row[2]))[3]


class SectionIndex(_ContainingIndex):
    """The first section (in document order) containing an offset: ``Document.section_at``."""

    def at(self, offset: int):
        found = self.containing(offset)
        return min(found, key=lambda row: row[2])[3] if found else None


def _same_items(held: tuple, items: Sequence) -> bool:
    return len(held) == len(items) and all(a is b for a, b in zip(held, items))


def _same_source(held: tuple, source: Sequence, items: Sequence) -> bool:
    """Whether ``items`` are the records an index was built from. The same sequence object
    with the same length and the same first and last record counts as unchanged without
    comparing every record: a lookup per mention must not cost a pass over all records
    (issue 21). Stages never edit a Document's record lists in place (the runner replaces
    them), so a same-object list with the same ends holds the same records."""
    if source is items and len(held) == len(items):
        return not held or (held[0] is items[0] and held[-1] is items[-1])
    return _same_items(held, items)


class DocViews:
    """Values derived from one parsed document, each built on first use.

    ``derived`` is a dict for other per-Doc values (``structure.sentence_arrays`` keeps the
    subjectivity model's token arrays there); its keys are the names of those values.
    """

    __slots__ = ("derived", "_ents", "_noun_chunks", "_sents", "_token_strings", "_pos_ids", "_text", "_offsets",
                 "_tree", "_records")

    def __init__(self) -> None:
        self.derived: dict[str, Any] = {}
        self._ents: tuple[Any, list[int]] | None = None
        self._noun_chunks: tuple | None = None
        self._sents: tuple[tuple, list[int]] | None = None
        self._token_strings: tuple[list[str], list[str]] | None = None
        self._pos_ids: list[int] | None = None
        self._text: str | None = None
        self._offsets: tuple[list[int], list[int]] | None = None
        self._tree: tuple[list[int], list[int], list[list[int]]] | None = None
        # kind -> (the records indexed, their index, the sequence they came from)
        self._records: dict[str, tuple[tuple, Any, Sequence]] = {}

    # -- spaCy layers -------------------------------------------------------------------
    def sentence_ents(self, sent) -> list:
        """``sent.ents`` (the entities wholly inside the span, in order) from one index of
        the Doc's entities. spaCy's ``Span.ents`` rebuilds every entity ``Span`` of the whole
        Doc on each call; this scans from the first entity starting at or after the span
        and stops at the first one that ends after it."""
        ents, starts = self._ents or self._entity_index(sent.doc)
        out = []
        end = sent.end
        for i in range(bisect_left(starts, sent.start), len(ents)):
            ent = ents[i]
            if ent.end > end:
                break
            out.append(ent)
        return out

    def _entity_index(self, doc) -> tuple[Any, list[int]]:
        index = self._ents
        if index is None:
            ents = doc.ents
            index = self._ents = (ents, [e.start for e in ents])
        return index

    def entities(self, doc) -> tuple[Any, list[int]]:
        """``doc.ents`` (spaCy makes every entity ``Span`` again on each access), built once, with
        the entities' start tokens (in order) for bisection."""
        return self._entity_index(doc)

    def noun_chunks(self, doc) -> tuple:
        """``tuple(doc.noun_chunks)`` (spaCy reruns its syntax iterator on each access); for
        English, ``_english_noun_chunks``."""
        chunks = self._noun_chunks
        if chunks is None:
            from spacy.lang.en.syntax_iterators import noun_chunks as english

            fast = doc.noun_chunks_iterator is english and doc.has_annotation("DEP")
            chunks = self._noun_chunks = _english_noun_chunks(doc) if fast else tuple(doc.noun_chunks)
        return chunks

    def _sentence_index(self, doc) -> tuple[tuple, list[int]]:
        index = self._sents
        if index is None:
            sents = tuple(doc.sents)
            index = self._sents = (sents, [s.start for s in sents])
        return index

    def sentences(self, doc) -> tuple:
        """``tuple(doc.sents)``, built once (spaCy makes a new ``Span`` per sentence on each pass)."""
        return (self._sents or self._sentence_index(doc))[0]

    def sentence_of(self, doc, i: int):
        """``doc[i].sent`` from one list of the Doc's sentences (spaCy's ``Token.sent`` walks
        the tokens to both ends of the sentence on each access)."""
        sents, starts = self._sents or self._sentence_index(doc)
        return sents[bisect_right(starts, i) - 1]

    def token_strings(self, doc) -> tuple[list[str], list[str]]:
        """Per token: ``Token.lower_`` and ``Token.lemma_.lower()``, from one ``Doc.to_array``."""
        found = self._token_strings
        if found is None:
            from spacy.attrs import LEMMA, LOWER

            strings, get = doc.vocab.strings, _STRINGS.get
            array = doc.to_array([LOWER, LEMMA])
            low_ids, lem_ids = array[:, 0].tolist(), array[:, 1].tolist()
            # each distinct string looked up once (a lemma is often a lower-cased form as well)
            pairs = {h: get(h) or string_pair(strings, h) for h in {*low_ids, *lem_ids}}
            found = self._token_strings = ([pairs[h][0] for h in low_ids], [pairs[h][1] for h in lem_ids])
        return found

    def pos_ids(self, doc) -> list[int]:
        """Per token: the id of ``Token.pos_`` (``spacy.symbols.IDS``), from one ``Doc.to_array``."""
        found = self._pos_ids
        if found is None:
            from spacy.attrs import POS

            found = self._pos_ids = doc.to_array(POS).tolist()
        return found

    def text(self, doc) -> str:
        """``doc.text`` (spaCy joins the tokens' texts on each access); a span's text is
        ``text[span.start_char:span.end_char]``. For a Doc of ``nlp.parse_many`` it is the text
        parsed, kept in the Doc's ``user_data`` (the same characters: spaCy's tokens keep
        every one), so the tokens are not joined at all."""
        found = self._text
        if found is None:
            given = doc.user_data.get(TEXT_KEY)  # the text ``nlp.parse_many`` parsed
            last = doc[-1] if len(doc) else None
            if given is None or len(given) != (last.idx + len(last.text_with_ws) if last is not None else 0):
                given = doc.text
            found = self._text = given
        return found

    def offsets(self, doc) -> tuple[list[int], list[int]]:
        """Per token: its first character (``Token.idx``) and the end of its text (without the
        whitespace after it), from one ``Doc.to_array``."""
        offsets = self._offsets
        if offsets is None:
            from spacy.attrs import IDX, LENGTH

            array = doc.to_array([IDX, LENGTH])
            offsets = self._offsets = (array[:, 0].tolist(), (array[:, 0] + array[:, 1]).tolist())
        return offsets

    def tree(self, doc) -> tuple[list[int], list[int], list[list[int]]]:
        """Per token: its head, the id of its relation (``Token.dep``, compare with
        ``doc.vocab.strings.add(label)``) and its children, from one ``Doc.to_array``. The
        children are in the order of ``Token.children`` (left ones, then right ones, each by
        index: by index), as indices, so a rule reads them without making their ``Token``."""
        tree = self._tree
        if tree is None:
            import numpy as np
            from spacy.attrs import DEP, HEAD

            n = len(doc)
            array = doc.to_array([HEAD, DEP]).reshape(n, 2)
            heads = (array[:, 0].astype(np.int64) + np.arange(n)).tolist() if n else []
            kids: list[list[int]] = [[] for _ in heads]
            for i, head in enumerate(heads):
                if head != i:
                    kids[head].append(i)
            tree = self._tree = (heads, array[:, 1].tolist(), kids)
        return tree

    def token_range(self, doc, start: int, end: int) -> tuple[int, int] | None:
        """``(span.start, span.end)`` of ``doc.char_span(start, end, alignment_mode="expand")``,
        or ``None`` where that is ``None``, without making the ``Span``: the tokens tile the
        text, so the token holding a character is found by bisection over the tokens' offsets
        (spaCy's ``token_by_char``); a range that ends before it starts is left to spaCy. Each
        answer is kept for the Doc (round 30s3: the stance stage alone asks ~220 a document, most
        of them the actors' mentions again)."""
        memo = self.derived.get("token_ranges")
        if memo is None:
            memo = self.derived["token_ranges"] = {}
        key = (start, end)
        found = memo.get(key, memo)
        if found is memo:
            found = memo[key] = self._token_range(doc, start, end)
        return found

    def _token_range(self, doc, start: int, end: int) -> tuple[int, int] | None:
        starts, ends = self.offsets(doc)
        size = len(self.text(doc))
        first = bisect_right(starts, start) - 1 if start < size else -1
        last = bisect_right(starts, end - 1) - 1 if end - 1 < size else -1
        if first < 0 or last < 0:
            return None
        if start == ends[first]:  # the start is in the whitespace after a token: not that token
            first += 1
        if first > last + 1:
            span = doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start, span.end)
        return first, last + 1

    # -- document records ---------------------------------------------------------------
    def _index(self, kind: str, records: Sequence, build):
        held = self._records.get(kind)
        if held is None or not _same_source(held[0], held[2], records):
            items = tuple(records)
            held = self._records[kind] = (items, build(items), records)
        return held[1]

    def actor_index(self, actors: Sequence) -> ActorIndex:
        """The ``ActorIndex`` of ``actors`` (the document's actor list, set by the actors stage)."""
        return self._index("actors", actors, ActorIndex)

    def quote_at(self, document, offset: int):
        """The quote of ``document`` containing character ``offset`` (see ``QuoteIndex``), or ``None``."""
        return self._index("quotes", document.quotes, QuoteIndex).at(offset)

    def section_at(self, document, offset: int):
        """The section of ``document`` containing character ``offset``, or ``None``."""
        return self._index("sections", document.sections, SectionIndex).at(offset)

    def section_kind_at(self, document, offset: int) -> str | None:
        """The kind of the section containing ``offset`` (``"news"``, ``"commentary"``, ...), or ``None``."""
        section = self.section_at(document, offset)
        return section.kind if section is not None else None


#: Relations of a noun chunk's head in spaCy's English noun-chunk iterator.
_NP_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def _english_noun_chunks(doc) -> tuple:
    """``tuple(doc.noun_chunks)`` of spaCy's English iterator (``spacy.lang.en.syntax_iterators``),
    the same spans, with the parts of speech, relations and heads read from the Doc's views:
    a ``Token`` is made only for a noun that heads a chunk (for its left edge), not for every
    token."""
    from spacy.symbols import NOUN, PRON, PROPN
    from spacy.tokens import Span

    strings = doc.vocab.strings
    np_deps = frozenset(strings.add(label) for label in _NP_DEPS)
    conj, np_label = strings.add("conj"), strings.add("NP")
    heads, deps, _ = dependency_tree(doc)
    poses = pos_ids(doc)
    nominal = (NOUN, PROPN, PRON)
    out, prev_end = [], -1
    for i, pos in enumerate(poses):
        if pos not in nominal:
            continue
        dep = deps[i]
        if dep not in np_deps:
            if dep != conj:
                continue
            head = heads[i]  # coordinated to a noun phrase: a noun phrase too
            while deps[head] == conj and heads[head] < head:
                head = heads[head]
            if deps[head] not in np_deps:
                continue
        left = doc[i].left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        prev_end = i
        out.append(Span(doc, left, i + 1, label=np_label))
    return tuple(out)


def among(ids, wanted):
    """``np.isin(ids, wanted)`` for a column of string ids from ``Doc.to_array`` (uint64) and a
    few wanted ids (ints), by bisection over the wanted ids sorted: ``np.isin``'s own set-up
    costs several times more than the look-up over a document's tokens."""
    import numpy as np

    keys = np.unique(np.asarray(wanted, dtype=np.uint64))
    if not len(keys):
        return np.zeros(len(ids), dtype=bool)
    at = np.searchsorted(keys, ids)
    at[at == len(keys)] = 0
    return keys[at] == ids


def views_of(doc) -> DocViews:
    """The ``DocViews`` of ``doc``, created on first use and kept in ``doc.user_data``."""
    data = doc.user_data
    views = data.get(USER_DATA_KEY)
    if views is None:
        views = data[USER_DATA_KEY] = DocViews()
    return views


def release(doc) -> None:
    """Let go of the ``DocViews`` of ``doc``. They hold Spans of the Doc, which hold the Doc,
    so while they are kept the Doc and everything derived from it are one reference cycle that
    only the garbage collector frees; released, they go as soon as the Doc is dropped. A later
    ``views_of(doc)`` builds them again."""
    doc.user_data.pop(USER_DATA_KEY, None)


def sentence_ents(sent) -> list:
    """``sent.ents`` through the Doc's views (see ``DocViews.sentence_ents``)."""
    doc = sent.doc
    return (doc.user_data.get(USER_DATA_KEY) or views_of(doc)).sentence_ents(sent)


def noun_chunks(doc) -> tuple:
    """``tuple(doc.noun_chunks)``, computed once per Doc."""
    return views_of(doc).noun_chunks(doc)


def sentences(doc) -> tuple:
    """The sentences of ``doc`` (``tuple(doc.sents)``), computed once per Doc."""
    return (doc.user_data.get(USER_DATA_KEY) or views_of(doc)).sentences(doc)


def sentence_of(doc, i: int):
    """The sentence of token ``i`` of ``doc`` (``doc[i].sent``), through the Doc's views."""
    return (doc.user_data.get(USER_DATA_KEY) or views_of(doc)).sentence_of(doc, i)


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc (``span.text`` is a slice of it)."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: one look-up, no call
    found = views._text if views is not None else None
    return found if found is not None else views_of(doc).text(doc)


def token_range(doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range of ``doc.char_span(start, end, alignment_mode="expand")`` (None where
    spaCy gives None), through the Doc's views (see ``DocViews.token_range``)."""
    return (doc.user_data.get(USER_DATA_KEY) or views_of(doc)).token_range(doc, start, end)


def token_offsets(doc) -> tuple[list[int], list[int]]:
    """Per token of ``doc``: ``Token.idx`` and the end of its text, computed once per Doc (the
    lists are shared: do not edit them)."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: one look-up, no call
    found = views._offsets if views is not None else None
    return found if found is not None else views_of(doc).offsets(doc)


def entities(doc) -> tuple[Any, list[int]]:
    """``doc.ents`` and their start tokens, computed once per Doc (see ``DocViews.entities``)."""
    return views_of(doc).entities(doc)


def token_strings(doc) -> tuple[list[str], list[str]]:
    """Per token of ``doc``: ``Token.lower_`` and ``Token.lemma_.lower()``, computed once per Doc."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: one look-up, no call
    found = views._token_strings if views is not None else None
    return found if found is not None else views_of(doc).token_strings(doc)


def pos_ids(doc) -> list[int]:
    """Per token of ``doc``: the id of its part of speech (``spacy.symbols.IDS``), computed once
    per Doc, so that a scan for verbs or nouns makes a ``Token`` only for those."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: one look-up, no call
    found = views._pos_ids if views is not None else None
    return found if found is not None else views_of(doc).pos_ids(doc)


def verb_indices(doc) -> list[int]:
    """The indices of the verbs of ``doc`` (``t.pos_ == "VERB"``), in order, read from ``pos_ids``
    once per Doc and kept in the views' ``derived`` (the list is shared: do not edit it), so that
    a rule that tests a verb's words first makes a ``Token`` only for the verbs that pass (round 26s)."""
    derived = views_of(doc).derived
    at = derived.get("verb_indices")
    if at is None:
        from spacy.symbols import VERB

        at = derived["verb_indices"] = indices_of(pos_ids(doc), VERB)
    return at


def verb_tokens(doc) -> list:
    """``[t for t in doc if t.pos_ == "VERB"]`` with a ``Token`` made only for the verbs: their
    indices are read from ``pos_ids`` once per Doc (``verb_indices``), so that the rules that walk
    every verb of a document share one scan of the parts of speech (round 23)."""
    return [doc[i] for i in verb_indices(doc)]


def dependency_tree(doc) -> tuple[list[int], list[int], list[list[int]]]:
    """Per token of ``doc``: head, relation id and children (indices), computed once per Doc
    (see ``DocViews.tree``; the lists are shared: do not edit them)."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: one look-up, no call
    found = views._tree if views is not None else None
    return found if found is not None else views_of(doc).tree(doc)


def token_labels(doc) -> tuple[list[int], list[int]]:
    """Per token of ``doc``: the ids of ``Token.tag_`` and ``Token.ent_type_`` (0: no entity;
    compare with ``spacy.strings.get_string_id(label)``), from one ``Doc.to_array``, computed
    once per Doc and kept in the views' ``derived`` (the lists are shared: do not edit them), so
    that a rule over token indices reads them without making a ``Token``."""
    derived = views_of(doc).derived
    found = derived.get("token_labels")
    if found is None:
        from spacy.attrs import ENT_TYPE, TAG

        array = doc.to_array([TAG, ENT_TYPE])
        found = derived["token_labels"] = (array[:, 0].tolist(), array[:, 1].tolist())
    return found


def space_flags(doc) -> list[int]:
    """Per token of ``doc``: ``Token.is_space`` (1 or 0), from one ``Doc.to_array``, computed once
    per Doc and kept in the views' ``derived`` (the list is shared: do not edit it), so that a rule
    that skips the white-space tokens of every sentence makes no ``Token`` per word (round 25s)."""
    derived = views_of(doc).derived
    found = derived.get("space_flags")
    if found is None:
        from spacy.attrs import IS_SPACE

        found = derived["space_flags"] = doc.to_array(IS_SPACE).tolist()
    return found


def _form_positions(forms: list[str]) -> dict[str, list[int]]:
    """``{form: [indices where it occurs, in order]}`` of a per-token string list."""
    index: dict[str, list[int]] = {}
    get = index.get
    for i, form in enumerate(forms):
        at = get(form)
        if at is None:
            index[form] = [i]
        else:
            at.append(i)
    return index


def indices_of(values: list, value) -> list[int]:
    """``[i for i, v in enumerate(values) if v == value]`` by ``list.index`` (a C scan between
    hits: a rule that reads the few tokens of one label skips the others without a Python step
    per token; round 24s)."""
    out: list[int] = []
    find, i = values.index, -1
    try:
        while True:
            i = find(value, i + 1)
            out.append(i)
    except ValueError:
        return out


def positions(doc, *word_sets, lemmas: bool = True) -> list[int]:
    """The indices of the tokens of ``doc`` whose lemma (``lemmas``; ``token_strings``'
    lower-cased lemma) or else lower-cased form is in any of ``word_sets`` (sets or dicts of
    strings), in order: ``[i for i, w in enumerate(forms) if w in A or w in B]``, read from a
    per-Doc index of where each distinct form occurs, built once per Doc, so that a rule that
    looks for a few words reads only the tokens that have them. A new list each call."""
    derived = views_of(doc).derived
    key = "lemma_positions" if lemmas else "lower_positions"
    index = derived.get(key)
    if index is None:
        index = derived[key] = _form_positions(token_strings(doc)[1 if lemmas else 0])
    # the forms of the Doc in the word sets, by a set intersection that walks the smaller side in C
    # (round 30s3: a Python step per form cost ~25 us a call on a lexicon of hundreds of entries)
    found = set()
    for words in word_sets:
        found |= _common_forms(index, words)
    if len(found) < 2:
        return [*index[found.pop()]] if found else []
    out: list[int] = []
    for w in found:  # each token has one form: the lists are disjoint, each in order
        out += index[w]
    out.sort()
    return out


def _common_forms(index: dict, words) -> set:
    """The keys of ``index`` that are in ``words`` (a set, frozenset, dict or other collection
    of strings), walking whichever of the two is smaller in C."""
    keys = index.keys()
    if len(words) < len(keys) or isinstance(words, set):  # ``dict_keys & x`` walks x, or the smaller set
        return keys & (words.keys() if isinstance(words, dict) else words)
    if isinstance(words, frozenset):
        return words.intersection(keys)  # walks the Doc's forms
    if isinstance(words, dict):
        return keys & words.keys()  # two key views: walks the smaller
    return {w for w in keys if w in words}


class TokenSheet:
    """The per-token arrays of one Doc that rules over token indices read: ``heads``, ``deps``
    (relation ids) and ``kids`` (``dependency_tree``), ``lowers`` and ``lemmas``
    (``token_strings``), ``tags`` and ``ents`` (``token_labels``), ``pos`` (``pos_ids``);
    ``doc`` makes a ``Token`` where a rule returns one. Labels are ids: compare with
    ``spacy.strings.get_string_id``."""

    __slots__ = ("doc", "heads", "deps", "kids", "lowers", "lemmas", "tags", "ents", "pos")

    def __init__(self, doc):
        self.doc = doc
        self.heads, self.deps, self.kids = dependency_tree(doc)
        self.lowers, self.lemmas = token_strings(doc)
        self.tags, self.ents = token_labels(doc)
        self.pos = pos_ids(doc)


def token_sheet(doc) -> TokenSheet:
    """The ``TokenSheet`` of ``doc``, built once per Doc (kept in the views' ``derived``)."""
    views = doc.user_data.get(USER_DATA_KEY)  # after the first call: two look-ups, no call
    found = views.derived.get("token_sheet") if views is not None else None
    if found is None:
        found = views_of(doc).derived["token_sheet"] = TokenSheet(doc)
    return found


def token_depth(token) -> int:
    """Steps from a token up to the root of its sentence."""
    n = 0
    while token.head.i != token.i:
        token, n = token.head, n + 1
    return n


def quote_at(document, offset: int, doc=None):
    """The quote of ``document`` containing character ``offset``, or ``None``.

    Where quotes overlap (a direct quote inside an indirect one), the direct one wins,
    then the shortest. With ``doc`` (the document's spaCy Doc) the index is built once
    per document; without it, for this call.

    Example: in ``"We will win," she said.`` offset 3 is inside the quote; the offset of
    ``said`` is not.
    """
    if doc is not None:
        return views_of(doc).quote_at(document, offset)
    return QuoteIndex(document.quotes).at(offset)
