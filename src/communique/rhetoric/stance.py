"""Stance toward actors: who (the author or a quoted speaker) is for or against whom, and why.

Evidence first (``stance_evidence``): accusations, demands, threats and support the
holder makes toward the target (the document's events and calls to action),
evaluative words and labels whose syntactic target is the actor or its acts,
sarcasm and hypocrisy markers, side-taking. Per (holder, target) the polarity is the
weighted mean of the evidence signs, shrunk toward 0 by ``PRIOR_WEIGHT`` so that one
weak item does not read as a firm position.

Sides (``_sides``, in an opinion text): the author's firm stance toward an actor is carried one
step along the relations the text states between actors (``_relations``): whoever arms, funds or
shields an actor the author opposes is opposed, whoever helps a favoured one is favoured, whoever
harms a favoured one is opposed, the victim of hostile acts by an opposed actor (or, a person or group,
of one with no doer named) is favoured, and a
leader with no firm side of their own takes their state's; each such item names the relation.

Metonyms and members fold into the actor: a capital or seat of government
(``actors/states.yaml``: "Bamako", "the Kremlin") and a state's government body
or armed forces (key ``<ISO3>:GOV``, ``<ISO3>:MIL``) count for the state when the state is itself an actor of the
document (else the first of them stands for it); a leader (``leader_roles.en.txt``:
"President Putin") keeps their own record and also counts, at ``LEADER_SHARE``,
for the state; where the text names the state's government by its leader ("Paul Kagame's
government"), the author's evidence toward the state counts for the leader too
(``_share_with_governing_leaders``). The author's evidence toward a state's other organs (``organ_map``: its police,
security service, courts, ministries) counts, at ``ORGAN_SHARE``, for the state as well, unless the
author's own evidence toward the state has the opposite sign; the organ keeps its own record. The other way
(round 27o2, ``_inherit_from_ties``): a leader, organ or owned actor with no evidence of its own takes
``TIE_SHARE`` of the polarity of the actor it is tied to, where that actor's evidence is firm (``TIE_MIN_ROWS``).

The learned target-sentiment model (``stance_model``, NewsMTSC) is a weak fallback:
its mean polarity over the mentions joins the evidence with weight ``MODEL_WEIGHT``,
and is the whole answer only for pairs with no evidence at all (news sentences); in an
opinion text (``_is_opinion``) it gives the author no position by itself.

Every record lists its evidence spans, strongest first, with the reason of each
(``Stance.reasons``, parallel to ``Stance.evidence``), and the evidence-only polarity
of each passage (paragraph) that holds evidence (``Stance.passages``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

import numpy as np
from spacy.symbols import PRON

from .. import resources
from ..document import Stance
from ..errors import ConfigError
from ..spans import SpanSet, strip_span
from ..views import pos_ids, sentence_of, sentences, token_offsets, token_range
from .lexicon import word_list
from .stance_evidence import (ASSERTS, HOSTILE_ACTS, SERVING_PREPS, SERVING_VERBS, SKIPPED_MODES, _subject, byline_actors,
                              find_evidence, tolls)

logger = logging.getLogger(__name__)

#: Mentions per actor scored by the model at most (the first ones); keeps long documents cheap.
MAX_MENTIONS_PER_ACTOR = 20
#: A sentence "agrees" with the model's overall stance, and can be its evidence, when its
#: polarity has the same sign and at least this size.
MIN_EVIDENCE_POLARITY = 0.2
#: Evidence spans kept per stance record, strongest first.
MAX_EVIDENCE = 6
#: Techniques whose spans are evaluative phrases (usable as the model's evidence).
EVALUATIVE = ("Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt")
#: Sentences longer than this (characters) are scored on a window around the mention (MiniLM model).
MAX_SENTENCE_CHARS = 600
#: Weight of the sentiment model's mean polarity beside the evidence items (each weighs 0.5-0.9).
#: Round 18d: 0.15 (was 0.3). Beside evidence the model's sign agrees with the gold sign of the
#: actor for 80 of 138 actors of the development and open op-eds (0.58; 38 of 48 NewsMTSC
#: held-out targets) where every evidence kind agrees at 0.89 or better (docs/rhetoric.md).
MODEL_WEIGHT = 0.15
#: Weight of a neutral pseudo-item in the mean: one evaluative word (0.7) gives -0.7/(0.7+0.35) = -0.67.
PRIOR_WEIGHT = 0.35
#: Polarities inside +-NO_POSITION read as "no position" (the summary, the e2e benchmark's dead zone).
NO_POSITION = 0.2
#: The model's polarity when its most likely class is negative or positive is at least this large ...
MIN_DECIDED_POLARITY = 0.25
#: ... and at most this large when its most likely class is neutral.
NEUTRAL_MAX_POLARITY = 0.15
#: Share of a leader's evidence that also counts for the state they lead.
LEADER_SHARE = 0.75
#: Sectors of a state organisation that folds into the state: its government and its armed forces.
STATE_SECTORS = ("GOV", "MIL")
#: Sectors of a state's organs whose author evidence also counts, at ``ORGAN_SHARE``, for the state
#: (``organ_map``): ministries, armed forces, police, security and intelligence services, courts ...
ORGAN_SECTORS = ("GOV", "MIL", "COP", "SPY", "JUD")
#: ... of which the courts share only blame: a court praised ("The Constitutional Court has done its duty")
#: is most often praised for standing apart from the government (round 19b).
BLAME_ONLY_ORGANS = ("JUD",)
#: ... except the practitioners of a sector who are no organ of the state (a country's lawyers).
NOT_ORGANS = ("lawyer", "attorney", "advocate", "bar ")
#: Share of an organ's author evidence that counts for its state.
ORGAN_SHARE = 0.5
#: An opinion text (``_is_opinion``): this many passages at least ...
OPINION_PARAGRAPHS = 4
#: ... and the author's own judging words toward this many actors at least ...
OPINION_TARGETS = 2
#: ... that is, evidence with these reasons (``stance_evidence``).
OPINION_REASONS = ("evaluative", "name-calling", "sarcasm", "side-taking", "deserves", "deed", "rebuttal", "omission",
                   "praise", "smear", "blame")
#: Weight of the author's stance carried along a relation between two actors (``_sides``) ...
SIDE_WEIGHT = 0.5
#: ... from an actor whose evidence-only author polarity is at least this large.
SIDE_MIN_POLARITY = 0.4
#: A relation from a holder's evidence weighs at least this much (help in words or deeds, not an agreement).
RELATION_MIN_WEIGHT = 0.6
#: Hostile acts (on distinct spans) by actors the author opposes that make their victim favoured.
VICTIM_MIN_ACTS = 2
#: Actor kinds whose harm with no doer named makes them favoured in an opinion text (people, not states).
VICTIM_KINDS = ("person", "group")
#: The mark of such a harm in the reason of its side item.
UNNAMED_DOER = "with no doer named"
#: The start of the reason of a leader's side taken from the state they lead (``_sides``).
LEADS = "sides: leads "
#: Weight, in the author's stance, of what a quote whose speaker is unknown says (``_holder``).
UNATTRIBUTED_WEIGHT = 0.5


def _holder(document, start: int, end: int, quoted: SpanSet | None = None) -> tuple[str, float]:
    """``(holder, weight)`` of a mention at ``[start, end)``: the speaker of the first quote holding
    it, else the author (weight 1); inside a quote whose speaker is unknown ("a source said",
    "critics argue", a quotation standing alone) the author, who presents the view without an
    accountable speaker, at ``UNATTRIBUTED_WEIGHT``. ``quoted``: the quotes' ``SpanSet``, so
    that a long document is not scanned per mention."""
    quoted = SpanSet((q.start, q.end) for q in document.quotes) if quoted is None else quoted
    i = quoted.first_containing(start, end)
    if i is None:
        return "author", 1.0
    speaker = document.quotes[i].speaker
    return (speaker, 1.0) if speaker else ("author", UNATTRIBUTED_WEIGHT)


def _sentence_of(doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def _sentence_bounds(doc) -> _SentenceBounds:
    """``{offset of a token: (start_char, end_char) of its sentence}`` for every token of
    ``doc`` (its ``get``): ``_sentence_of`` for a mention that starts where a token starts, without a
    ``Span`` per mention."""
    return _SentenceBounds(doc)


class _SentenceBounds:
    """The look-up of ``_sentence_bounds``: the token starting at an offset found by bisection
    over the Doc's token offsets, its sentence by ``views.sentence_of`` (no table of every
    token's offset built for the few mentions looked up)."""

    __slots__ = ("doc", "starts")

    def __init__(self, doc):
        self.doc, self.starts = doc, token_offsets(doc)[0]

    def get(self, offset: int, default=None) -> tuple[int, int] | None:
        starts = self.starts
        k = bisect_left(starts, offset)
        if k == len(starts) or starts[k] != offset:
            return default
        sent = sentence_of(self.doc, k)
        return sent.start_char, sent.end_char


@resources.cached
def _state_seats() -> dict[str, frozenset[str]]:
    """``{ISO3: lower-case capitals and seats of government}`` from ``actors/states.yaml``."""
    data = resources.yaml("actors/states.yaml") or {}
    out = {}
    for entry in data.get("entries", ()):
        names = [*(entry.get("capitals") or ()), *(entry.get("government") or ())]
        out[entry["key"]] = frozenset(" ".join(n.lower().split()) for n in names)
    return out


@resources.cached
def _seat_rank() -> dict[str, int]:
    """``{ISO3: its place in _state_seats()}``."""
    return {country: k for k, country in enumerate(_state_seats())}


@resources.cached
def _executive_organs() -> dict[str, str]:
    """``{organ key: parent key}`` for the executive organs (sector GOV) of an international body
    in ``actors/igos.yaml`` ("European Commission" -> "European Union")."""
    data = resources.yaml("actors/igos.yaml") or {}
    return {e["key"]: e["parent"] for e in data.get("entries", ()) if e.get("parent") and e.get("sector") in STATE_SECTORS}


def fold_map(actors, text: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """``(folded, leaders)``: actor id -> the id that stands for its state (capitals, seats,
    governments) or for its international body (its executive organ: the European Commission
    for the European Union, when the body is an actor too), and leader id -> state id (leaders
    keep their own record too)."""
    seats = _state_seats()
    roles = set(word_list("leader_roles.en.txt"))
    states = {a.country or a.key: a.id for a in actors if a.kind == "state" and (a.country or a.key)}
    groups: dict[str, list[str]] = defaultdict(list)
    leaders = {}
    for a in actors:
        if a.kind == "state" or not a.country:
            continue
        name = " ".join(a.name.lower().removeprefix("the ").split())
        if a.kind in ("location", "organization") and name in seats.get(a.country, ()) \
                or a.kind == "organization" and a.sector in STATE_SECTORS and a.key == f"{a.country}:{a.sector}":
            groups[a.country].append(a.id)
        elif a.kind == "person" and a.role and a.role.lower() in roles and a.country in states:
            leaders[a.id] = states[a.country]
    folded = body_organs(actors)
    for country, ids in groups.items():
        head = states.get(country, ids[0])
        for i in ids:
            if i != head:
                folded[i] = head
    twins = _same_name_twins(actors)
    if text is not None:
        twins = {**_generic_twins(actors, text), **twins}
    for i, head in twins.items():  # round 24
        folded.setdefault(i, folded.get(head, head))
    return folded, leaders


def body_organs(actors) -> dict[str, str]:
    """``{organ id: body id}``: the executive organ of an international body where the body is an actor
    too (the European Commission of the European Union, ``_executive_organs``); ``fold_map`` folds it."""
    organs, bodies = _executive_organs(), {a.key: a.id for a in actors if a.kind == "igo" and a.key}
    return {a.id: bodies[organs[a.key]] for a in actors if organs.get(a.key) in bodies}


def _organ_records(own: dict, paragraphs) -> list[Stance]:
    """Round 29o1: the records of the executive organs folded into their international body (``body_organs``)
    from the evidence rows said of the organ itself (``own``: ``{(holder, organ): rows}``): they count for the
    body too, and the reader who asks about the European Commission gets the stance the text takes toward the
    Commission ("... and that the European Commission stop praising a partnership it has never checked"), not
    none; without rows of its own the organ has no record (the Union attacked, its Commission named in passing)."""
    out = []
    for (holder, organ), rows in own.items():
        polarity = max(-1.0, min(1.0, combined_polarity([w for w, *_ in rows], None)))
        evidence = _evidence(rows, [], polarity)
        out.append(Stance(holder, organ, polarity, tuple(span for span, _ in evidence),
                          tuple(reason for _, reason in evidence), _passages(rows, paragraphs)))
    return out


#: Round 24: kinds of a named body that a generic actor ("the judges", "the tribunal") may stand for.
_NAMED_BODY_KINDS = frozenset(("organization", "igo"))
#: Round 24: kinds of an actor built from common nouns only that may fold into a named body.
_GENERIC_KINDS = frozenset(("organization", "group"))


def _generic_twins(actors, text: str) -> dict[str, str]:
    """Actor id -> the named body a generic actor stands for: an actor named by common nouns only ("judges",
    with the mentions "the court", "the tribunal") one of whose mentions is the head noun of exactly one named
    body of the text ("the Caras-Severin Tribunal"), of no other country, folds into it: "The tribunal suspended the
    permit" is the named tribunal's deed. Not where two named bodies share the head ("the Supreme Court" and "the
    Constitutional Court" for "the court")."""
    heads: dict[str, list] = defaultdict(list)
    for a in actors:
        words = a.name.split()
        if a.kind in _NAMED_BODY_KINDS and len(words) > 1 and a.name[:1].isupper() and words[-1][:1].isupper():
            heads[words[-1].lower()].append(a)
    out = {}
    for a in actors:
        if a.kind not in _GENERIC_KINDS or not a.name[:1].islower():
            continue
        said = {" ".join(text[s:e].lower().split()).removeprefix("the ") for s, e in a.mentions}
        named = {b.id: b for w in said if " " not in w for b in heads.get(w, ())}
        if len(named) == 1:
            (body,) = named.values()
            if not (a.country and body.country and a.country != body.country):
                out[a.id] = body.id
    return out


#: Round 24: kinds of actor that may be built twice under one name (a name the parser reads once as an
#: organisation and once as a person: "Holzwerk Tauern, an Austrian timber group" / "Holzwerk Tauern says").
_TWIN_KINDS = frozenset(("organization", "person"))


def _same_name_twins(actors) -> dict[str, str]:
    """Actor id -> the first actor of the same proper name (an organisation before a person), for actors built
    twice under one name with no two countries ("Holzwerk Tauern" as an organisation and as a person): the
    author's stance toward a name is one stance. Generic names ("farmers" of two states, "the ministry") never
    fold: the name must open with a capital letter and the countries must not differ (round 27o2: beside a body of
    that name, a person's country is not counted, a guess from the text around it: "Holzwerk Tauern says" read as a
    Romanian person; two people of two countries stay two)."""
    by_name: dict[str, list] = defaultdict(list)
    for a in actors:
        if a.kind in _TWIN_KINDS and a.name[:1].isupper() and " " in a.name.strip():
            by_name[" ".join(a.name.lower().split())].append(a)
    out = {}
    for same in by_name.values():
        body = any(a.kind != "person" for a in same)
        if len(same) < 2 or len({a.country for a in same if a.country and not (body and a.kind == "person")}) > 1:
            continue
        same.sort(key=lambda a: a.kind != "organization")
        out.update({a.id: same[0].id for a in same[1:]})
    return out


def find_stance(document, doc, model: str = "fast") -> list[Stance]:
    """Stance records for every (holder, actor) pair with evidence or a scored mention.

    ``model`` picks the target-sentiment fallback (``stance_model.MODELS``): "fast" reads
    hashed features off the spaCy parse; "minilm" encodes every scored sentence with MiniLM.
    Example: in "We stand with Kyiv against the Kremlin's treachery." the author is for
    Ukraine ("side-taking 'stand with'") and against Russia ("evaluative 'treachery'",
    the Kremlin folded into Russia). Not handled: irony without a marker ("Great job,
    Moscow.") reads as praise, or as nothing.
    """
    from .stance_model import MODELS

    if model not in MODELS:
        raise ConfigError(f"stance_model={model!r}: allowed values are {', '.join(MODELS)}")
    folded, leaders = fold_map(document.actors, document.text)
    fold = lambda actor_id: folded.get(actor_id, actor_id)  # noqa: E731
    items: dict[tuple[str, str], list[tuple[float, int, int, str]]] = defaultdict(list)

    def add(holder: str, target: str, weight: float, start: int, end: int, reason: str) -> None:
        if holder == target:
            return
        items[(holder, target)].append((weight, start, end, reason))
        state = leaders.get(target)
        if state is not None and state != holder and all((s, e) != (start, end) for _, s, e, _ in items[(holder, state)]):
            items[(holder, state)].append((weight * LEADER_SHARE, start, end, f"{reason}, about its leader"))

    organ_of = body_organs(document.actors)
    own: dict[tuple[str, str], list[tuple[float, int, int, str]]] = defaultdict(list)
    for ev in find_evidence(document, doc):
        add(fold(ev.holder), fold(ev.target), ev.sign * ev.weight, ev.start, ev.end, ev.reason)
        if ev.target in organ_of and fold(ev.holder) != fold(ev.target):  # not the body or the organ on itself
            own[(fold(ev.holder), ev.target)].append((ev.sign * ev.weight, ev.start, ev.end, ev.reason))
    organs = organ_map(document.actors, folded)
    _share_with_states(document, items, organs)
    owners = {k: v for k, v in owner_map(document, doc, folded).items()
              if organs.get(k) != v[0] and leaders.get(k) != v[0]}
    _share_with_owners(document, items, owners)
    _share_with_governing_leaders(document, items, leaders)
    paragraphs = paragraph_spans(document.text)
    opinion = _is_opinion(items, paragraphs)
    for target, weight, start, end, reason in _sides(document, doc, items, fold, leaders, accomplices_only=not opinion):
        if target in leaders and reason.startswith(LEADS):  # the state's own side: not counted back for it
            items[("author", target)].append((weight, start, end, reason))
        else:
            add("author", target, weight, start, end, reason)
    _inherit_from_ties(document, items, {**{k: (v, "its leader") for k, v in leaders.items()},
                                         **{k: (v, "its organ") for k, v in organs.items()},
                                         **{k: (v[0], "owned") for k, v in owners.items()}})
    if _argues(document, paragraphs, opinion):  # round 32o4: a deed told with a deed the author holds against its doer
        for target, weight, start, end, reason in _deed_partners(document, doc, items, fold):
            add("author", target, weight, start, end, reason)
    # a pair with evidence rows never shows the model's sentences (``_evidence``): they are not built
    model_scores = _model_scores(document, doc, model, fold, without_spans={key for key, rows in items.items() if rows})
    learned = _learned_fallback(document, doc, items, model_scores, fold, paragraphs, leaders, opinion)
    out = []
    for key in sorted(set(items) | set(model_scores)):
        holder, target = key
        rows = items.get(key, [])
        model_mean, model_evidence = model_scores.get(key, (None, []))
        # in an opinion text the model alone reads the mood the author spends on others
        polarity = combined_polarity([w for w, *_ in rows], model_mean, clip_model=opinion and holder == "author")
        if holder == "author" and not rows and target in learned:  # round 22b: the actor's place in the argument
            polarity, model_evidence = learned[target]
        evidence = _evidence(rows, model_evidence, polarity)
        out.append(Stance(holder, target, max(-1.0, min(1.0, polarity)),
                          tuple(span for span, _ in evidence), tuple(reason for _, reason in evidence),
                          _passages(rows, paragraphs)))
    out.extend(_organ_records(own, paragraphs))
    out.sort(key=lambda s: (s.holder != "author", s.holder, s.target))
    return out


#: Round 22b: whether the learned argument-stance fallback (``argument_stance``) reads the author's
#: stance toward the actors of an opinion text that have no evidence rows (the training script turns it off).
LEARNED_FALLBACK = True
#: ... and whether its features are read in every document (the training script, to measure the gates).
LEARNED_FEATURES_ALWAYS = False
#: Share of the text in commentary sections (``structure.sections``) from which a text argues.
COMMENTARY_SHARE = 0.5


def _is_commentary(document) -> bool:
    """Whether at least ``COMMENTARY_SHARE`` of the text lies in sections of kind "commentary" (the
    sections stage's subjectivity model and headings): an op-ed whose author judges in few words."""
    size = sum(s.end - s.start for s in document.sections)
    commentary = sum(s.end - s.start for s in document.sections if s.kind == "commentary")
    return size > 0 and commentary >= COMMENTARY_SHARE * size


#: Round 32o4: words on either clause that set two deeds against each other ("and X instead ...").
_CONTRAST_WORDS = frozenset(("instead", "meanwhile", "however", "yet", "still", "though", "whereas"))
#: Review ro4: verbs of cutting a thing down or ending it, beside ``tolls.en.tsv``'s take and raise verbs: two deeds
#: are of one kind when both clauses tell one of these (or share a verb).
_CUTTING_DEEDS = frozenset(("cancel", "end", "lower", "reduce", "shrink", "slash", "trim"))


def _deed_words(verb) -> set[str]:
    """The lemmas of ``verb`` and of the clauses it governs ("announced that its budget would shrink")."""
    return {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp"))}


def _same_kind_of_deed(first, second) -> bool:
    """Review ro4: whether two coordinated clauses tell one kind of deed: the same verb, or both a taking,
    raising or cutting one ("cut the night ferry, and ... sold the school boat"). A deed beside an attacked one is
    as often a reply to it or its toll ("... and Greece condemned the strikes", "... and Egypt had to buy its
    wheat elsewhere")."""
    a, b = _deed_words(first), _deed_words(second)
    kind = tolls()["take"] | tolls()["raise"] | _CUTTING_DEEDS
    return bool(a & b) or bool(a & kind and b & kind)


def _deed_partners(document, doc, items, fold) -> list[tuple[str, float, int, int, str]]:
    """Round 32o4: ``(target, -SIDE_WEIGHT, start, end, reason)`` for an actor with no author evidence whose
    deed is told in a clause joined by "and" (or by nothing) to the deed of an actor the author opposes firmly
    (``SIDE_MIN_POLARITY``), when that actor's evidence against it lies in the same sentence: "This year the
    United States cut its aid to Sudan by half, and the United Kingdom announced that its aid budget would
    shrink" tells the two deeds as one, and the writer holds the first against its doer. Not clauses joined
    by "but" / "or" or set apart by a word of ``_CONTRAST_WORDS``, nor a negated one; only the actor of the
    second clause, and only for one kind of deed (``_same_kind_of_deed``, review ro4); not a partner of a
    favoured actor (a deed told beside a praised one is as often a reply to it: "Cyprus signed the
    agreements, and Turkish warships escorted ...")."""
    names = {a.id: a.name for a in document.actors}
    opposed = {t for (h, t), rows in items.items()
               if h == "author" and rows and _shrunk([w for w, *_ in rows]) <= -SIDE_MIN_POLARITY}
    if not opposed:
        return []
    authors = byline_actors(document)
    at: dict[int, str] = {}  # the root token of each mention -> its actor
    for a in document.actors:
        for start, end in () if a.id in authors else a.mentions:
            found = token_range(doc, start, end)
            if found is not None:
                at.setdefault(doc[found[0]:found[1]].root.i, fold(a.id))
    out = []
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.pos_ != "VERB" \
                or any(c.dep_ == "cc" and c.lower_ != "and" and tok.head.i < c.i < tok.i for c in tok.head.children) \
                or any(c.dep_ == "cc" and c.lower_ != "and" for c in tok.children) \
                or any(c.dep_ == "neg" or c.lower_ in _CONTRAST_WORDS for c in (*tok.children, *tok.head.children)):
            continue
        first, second = _subject(tok.head), _subject(tok)
        if first is None or second is None:
            continue
        s0, s1 = tok.sent.start_char, tok.sent.end_char
        x, y = at.get(second.i), at.get(first.i)
        if x and y in opposed and x != y and not items.get(("author", x)) and _same_kind_of_deed(tok.head, tok) \
                and any(w < 0 and s0 <= start < s1 for w, start, *_ in items[("author", y)]):
            out.append((x, -SIDE_WEIGHT, tok.idx, tok.idx + len(tok.text),
                        f"sides: does as {names.get(y, y)} does, whom the author opposes ({tok.text})"))
    return out


def _argues(document, paragraphs, opinion: bool) -> bool:
    """Whether the text argues: an opinion text (``_is_opinion``) or a commentary of at least
    ``OPINION_PARAGRAPHS`` passages (``_is_commentary``)."""
    return opinion or (len(paragraphs) >= OPINION_PARAGRAPHS and _is_commentary(document))


def _learned_fallback(document, doc, items, model_scores, fold, paragraphs, leaders,
                      opinion: bool) -> dict[str, tuple[float, list]]:
    """``{target: (polarity, [(span, reason)])}`` from the learned argument-stance model
    (``argument_stance``) for the author's targets with no evidence rows, in a text that argues (an
    opinion text, ``_is_opinion``, or a commentary, ``_is_commentary``); the span is the actor's first
    mention, the reason "learned argument stance (...)" with the probability of the class read."""
    from . import argument_stance

    argues = _argues(document, paragraphs, opinion)
    if not argues and not LEARNED_FEATURES_ALWAYS:
        return {}
    rows = argument_stance.features(document, doc, items, model_scores, fold, paragraphs,
                                    byline_actors(document), leaders)
    if not LEARNED_FALLBACK or not argues:
        return {}
    targets = [t for t in rows if not items.get(("author", t)) and ("author", t) in model_scores]
    if not targets:
        return {}
    proba = argument_stance.predict_proba(np.stack([rows[t] for t in targets]))
    polarities = argument_stance.polarity(proba)
    first: dict[str, tuple[int, int]] = {}
    for a in document.actors:
        for span in a.mentions[:1]:
            t = fold(a.id)
            if t not in first or span < first[t]:
                first[t] = tuple(span)
    out = {}
    least = argument_stance.gate()  # round 23b: the gate the weights were trained for
    for t, p, pol in zip(targets, proba, polarities):
        k = int(p.argmax())
        if p[k] < least:
            continue  # not sure enough: the reading without the fallback stays
        said = ("against", "no position", "for")[k]
        span = strip_span(document.text, *first[t]) if t in first else (0, 0)
        out[t] = (float(pol), [(span, f"learned argument stance ({said}, p={p[k]:.2f})")])
    return out


def combined_polarity(weights, model_mean: float | None, clip_model: bool = False) -> float:
    """The polarity of one (holder, target) pair from its signed evidence weights and the
    sentiment model's mean polarity (``None``: no scored mention). With evidence, the weighted
    mean of the weights and ``MODEL_WEIGHT`` x the model's mean, shrunk by ``PRIOR_WEIGHT``; with
    none, the model's mean, clipped to +-``NEUTRAL_MAX_POLARITY`` where ``clip_model`` (the
    author in an opinion text); with neither, 0. Not clamped to [-1, 1] here."""
    weights = list(weights)
    if weights:
        total, mass = sum(weights), sum(map(abs, weights)) + PRIOR_WEIGHT
        if model_mean is not None:
            total += MODEL_WEIGHT * model_mean
            mass += MODEL_WEIGHT
        return total / mass
    if model_mean is None:
        return 0.0
    if clip_model:
        return max(-NEUTRAL_MAX_POLARITY, min(NEUTRAL_MAX_POLARITY, model_mean))
    return model_mean


def organ_map(actors, folded) -> dict[str, str]:
    """``{organ id: state id}``: the organisations of a state (``ORGAN_SECTORS``: "the Tajik security
    service", "the country's police", "the Interior Ministry", "the FSB"; not its lawyers,
    ``NOT_ORGANS``) that do not already fold into it (``fold_map``), where the state is an actor of
    the document."""
    states = {a.country: a.id for a in actors if a.kind == "state" and a.country}
    return {a.id: states[a.country] for a in actors
            if a.kind == "organization" and a.country in states and a.sector in ORGAN_SECTORS
            and a.id not in folded and not any(w in f"{a.name.lower()} " for w in NOT_ORGANS)}


def _share_with_states(document, items, organs) -> None:
    """The author's evidence toward a state's organ (``organ_map``) counts for the state too, at
    ``ORGAN_SHARE``, with the organ in the reason ("evaluative 'brutal', via its organ 'Moldovan
    police'"), unless the author's own evidence toward the state has the opposite sign: the
    state is judged through what its organs do where the text judges nothing else of it. The organ
    keeps its own record; an item the state already has on the same span is not counted twice."""
    names = {a.id: a.name for a in document.actors}
    own = {state: sum(w for w, *_ in items.get(("author", state), ())) for state in set(organs.values())}
    spans = {state: {(s, e) for _, s, e, _ in items.get(("author", state), ())} for state in own}
    sectors = {a.id: a.sector for a in document.actors}
    for organ, state in organs.items():
        rows = list(items.get(("author", organ), ()))
        if not rows or sum(w for w, *_ in rows) * own[state] < 0 \
                or sectors.get(organ) in BLAME_ONLY_ORGANS and sum(w for w, *_ in rows) > 0:
            continue
        for w, s, e, reason in rows:
            if (s, e) not in spans[state]:
                spans[state].add((s, e))
                items[("author", state)].append((w * ORGAN_SHARE, s, e, f"{reason}, via its organ '{names[organ]}'"))


def _share_with_governing_leaders(document, items, leaders) -> None:
    """The author's evidence toward a state whose government the text names by its leader ("Paul
    Kagame's government", "the government of Nicolas Maduro": a mention of the leader inside one of
    the state's) counts for the leader too, at ``LEADER_SHARE``, with the relation in the reason
    ("evaluative 'cruel', about Nicolas Maduro's government"); an item the leader already has on
    the same span (the name read inside the government's mention) takes that reason at its own weight."""
    mentions = {a.id: a.mentions for a in document.actors}
    names = {a.id: a.name for a in document.actors}
    governing = defaultdict(list)
    for leader, state in leaders.items():
        inside = SpanSet(mentions.get(state, ()))
        if any(inside.overlaps(s, e) for s, e in mentions.get(leader, ())):
            governing[state].append(leader)
    for state, heads in governing.items():
        rows = [r for r in items.get(("author", state), ()) if not r[3].endswith("about its leader")]
        for leader in heads if rows else ():
            own = items[("author", leader)]
            at = {(s, e): k for k, (_, s, e, _) in enumerate(own)}
            for w, s, e, reason in rows:
                why = f"{reason}, about {names[leader]}'s government"
                k = at.get((s, e))
                if k is None:
                    own.append((w * LEADER_SHARE, s, e, why))
                else:
                    own[k] = (own[k][0], s, e, why)


#: Round 27o2: share of a judged actor's polarity that a body tied to it (its leader, its organ, an actor it owns)
#: inherits when the text gives that body no evidence of its own, and the fewest of the judged actor's
#: evidence rows, all of one sign, that make the judgement firm enough to pass on.
TIE_SHARE = 0.5
TIE_MIN_ROWS = 2


def _inherit_from_ties(document, items, ties) -> None:
    """Round 27o2: an actor tied to another (``ties``: ``{tied id: (anchor id, relation)}``, the state's leader
    (``fold_map``), a state's organ (``organ_map``), an owned actor (``owner_map``)) that has no author evidence
    of its own takes ``TIE_SHARE`` of the anchor's polarity (``combined_polarity`` of its rows) where the anchor's
    rows are at least ``TIE_MIN_ROWS`` pieces, all of one sign, on distinct spans: "President Kais Saied has said
    ..." in a piece that holds Tunisia's detentions and expulsions against it is against Saied too, not the
    sentence model's mood. One row on the tied actor's first mention, reason "inherited from 'Tunisia' (its
    leader)". Before the sentence model and the learned fallback, which read only actors with no rows."""
    names = {a.id: a.name for a in document.actors}
    first = {a.id: min(a.mentions) for a in document.actors if a.mentions}
    for tied, (anchor, relation) in ties.items():
        if items.get(("author", tied)) or tied not in first:
            continue
        rows = items.get(("author", anchor), ())
        signs = {w > 0 for w, *_ in rows if w}
        if len({(s, e) for _, s, e, _ in rows}) < TIE_MIN_ROWS or len(signs) != 1:
            continue
        polarity = combined_polarity([w for w, *_ in rows], None)
        start, end = strip_span(document.text, *first[tied])
        items[("author", tied)].append((TIE_SHARE * polarity, start, end,
                                        f"inherited from '{names[anchor]}' ({relation})"))


def _relations(document, doc, items, fold) -> list[tuple[str, str, int, bool, int, int, str]]:
    """``(x, y, sign, act, start, end, why)``: what the text states that actor ``x`` does for (+1) or
    against (-1) actor ``y``: the syntactic stance evidence of ``x`` toward ``y`` (``x`` arms, funds,
    props up, praises or condemns ``y``; ``RELATION_MIN_WEIGHT`` keeps out mere agreements), and
    the events that name both in the trigger's sentence: AID or SUPPORT (help), a hostile act
    (``HOSTILE_ACTS``: ``x`` shells, jails, threatens ``y``; ``act`` is true)."""
    out = [(x, y, 1 if w > 0 else -1, False, start, end, reason)
           for (x, y), rows in items.items() if x != "author" for w, start, end, reason in rows
           if abs(w) >= RELATION_MIN_WEIGHT and not reason.startswith("event ") and not reason.endswith("its leader")]
    bounds = _sentence_bounds(doc)
    mentions = {a.id: [s for s, _ in a.mentions] for a in document.actors}
    for event in document.events:
        if event.mode in SKIPPED_MODES or event.type not in HOSTILE_ACTS and event.type not in ("AID", "SUPPORT"):
            continue
        s0, s1 = bounds.get(event.trigger.start) or (event.trigger.start, event.trigger.end)
        named = {a for a in (*event.source, *event.target) if any(s0 <= m < s1 for m in mentions.get(a, ()))}
        act = event.type in HOSTILE_ACTS
        out += [(fold(x), fold(y), -1 if act else 1, act, event.trigger.start, event.trigger.end,
                 f"{event.type} ({event.trigger.text})")
                for x in event.source for y in event.target if fold(x) != fold(y) and x in named and y in named]
    return out


def _sides(document, doc, items, fold, leaders, accomplices_only: bool = False) -> list[tuple[str, float, int, int, str]]:
    """The author's stance carried along the relations the text states (``_relations``), from the
    actors the author's own evidence already puts firmly on a side (``SIDE_MIN_POLARITY``): whoever
    helps an actor the author opposes is opposed, whoever helps one the author favours is favoured,
    whoever harms one the author favours is opposed, an actor harmed by ``VICTIM_MIN_ACTS``
    hostile acts of actors the author opposes is favoured, so is a person or group
    (``VICTIM_KINDS``) harmed by one act with no doer named in its sentence, and a leader
    (``fold_map``) with no firm side of their own takes the side of the state they lead. One step;
    each item names the relation ("sides: helps Rwanda, whom the author opposes (side-taking 'arm')"):
    ``(target, weight, start, end, reason)``. ``accomplices_only`` (a text not read as an opinion
    text): only the helpers of an actor the author opposes for hostile acts the author asserts ("It
    was armed and bankrolled by Abu Dhabi" after "the militia burned the camps"), the accomplices."""
    names = {a.id: a.name for a in document.actors}
    authors = byline_actors(document)
    firm = {}
    for (holder, target), rows in items.items():
        if holder == "author":
            polarity = _shrunk([w for w, *_ in rows])
            if abs(polarity) >= SIDE_MIN_POLARITY:
                firm[target] = 1 if polarity > 0 else -1
    opposed_for_acts = {y for y, s in firm.items() if s < 0 and any(
        ASSERTS in reason for w, *_, reason in items[("author", y)] if w < 0)} if accomplices_only else set()
    out, victims = [], defaultdict(dict)
    for x, y, sign, act, start, end, why in _relations(document, doc, items, fold):
        if x in authors or y in authors or accomplices_only and (sign < 0 or y not in opposed_for_acts):
            continue
        if y in firm and x not in firm and (sign > 0 or firm[y] > 0):
            side = "favours" if firm[y] > 0 else "opposes"
            act_word = "helps" if sign > 0 else "harms"
            out.append((x, SIDE_WEIGHT * sign * firm[y], start, end,
                        f"sides: {act_word} {names.get(y, y)}, whom the author {side} ({why})"))
        if act and firm.get(x, 0) < 0 and y not in firm:
            victims[y][(start, end)] = f"sides: harmed by {names.get(x, x)}, whom the author opposes ({why})"
    if accomplices_only:
        return out
    for y, start, end, reason in _unnamed_harms(document, doc, fold):
        if y not in firm and y not in authors:
            victims[y][(start, end)] = reason
    for y, acts in victims.items():
        if len(acts) >= VICTIM_MIN_ACTS or all(UNNAMED_DOER in reason for reason in acts.values()):
            out += [(y, SIDE_WEIGHT, start, end, reason) for (start, end), reason in acts.items()]
    spans = {a.id: a.mentions[0] for a in document.actors if a.mentions}
    for leader, state in leaders.items():
        if state in firm and leader not in firm and leader not in authors and leader in spans:
            side = "favours" if firm[state] > 0 else "opposes"
            out.append((leader, SIDE_WEIGHT * firm[state], *spans[leader],
                        f"{LEADS}{names.get(state, state)}, whom the author {side}"))
    return out


def _unnamed_harms(document, doc, fold) -> list[tuple[str, int, int, str]]:
    """``(victim, start, end, reason)`` for each hostile act (``HOSTILE_ACTS``) on one person or group
    (``VICTIM_KINDS``) whose doer the act's sentence does not name: a passive or a participle with no
    agent ("she had been tortured", "X, barred from the ballot, ..."), and no source of the event
    mentioned in that sentence (the events stage may take one from another sentence)."""
    kinds = {a.id: a.kind for a in document.actors}
    bounds = _sentence_bounds(doc)
    mentions = {a.id: [s for s, _ in a.mentions] for a in document.actors}
    out = []
    for event in document.events:
        y = fold(event.target[0]) if len(event.target) == 1 else None
        if event.type not in HOSTILE_ACTS or event.mode in SKIPPED_MODES or kinds.get(y) not in VICTIM_KINDS:
            continue
        s0, s1 = bounds.get(event.trigger.start) or (event.trigger.start, event.trigger.end)
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if trigger is None or _subject(trigger.root) is not None \
                or any(s0 <= m < s1 for x in event.source for m in mentions.get(x, ())):
            continue
        out.append((y, event.trigger.start, event.trigger.end,
                    f"sides: harmed, {UNNAMED_DOER} ({event.type} ({event.trigger.text}))"))
    return out


def _is_opinion(items, paragraphs) -> bool:
    """Whether the text argues: at least ``OPINION_PARAGRAPHS`` passages and the author's own
    judging words (``OPINION_REASONS``, not events a report also has) toward at least
    ``OPINION_TARGETS`` actors. There the model alone gives the author no position (at most
    +-NEUTRAL_MAX_POLARITY): next to an actor named in passing, the sentence's sentiment is
    the author's stance toward the actors argued about."""
    targets = {target for (holder, target), rows in items.items() if holder == "author"
               and any(reason.startswith(OPINION_REASONS) for *_, reason in rows)}
    return len(paragraphs) >= OPINION_PARAGRAPHS and len(targets) >= OPINION_TARGETS


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each passage: blocks of text between blank lines, stripped."""
    out, pos = [], 0
    for block in re.split(r"(\n[ \t]*\n)", text):
        if block.strip() and not _BLANK.fullmatch(block):
            start = pos + len(block) - len(block.lstrip())
            out.append((start, pos + len(block.rstrip())))
        pos += len(block)
    return out


_BLANK = re.compile(r"\n[ \t]*\n")


def _passages(rows, paragraphs) -> tuple[tuple[int, int, float], ...]:
    """The evidence-only polarity of each paragraph that holds evidence of the pair."""
    if not rows:
        return ()
    starts = [p0 for p0, _ in paragraphs]
    inside: dict[int, list[float]] = defaultdict(list)  # paragraph -> the weights in it, in row order
    for w, s, _, _ in rows:
        k = bisect_right(starts, s) - 1  # the paragraphs do not overlap: the last one starting at or before s
        if k >= 0 and s < paragraphs[k][1]:
            inside[k].append(w)
    out = []
    for k in sorted(inside):
        weights = inside[k]
        out.append((*paragraphs[k], max(-1.0, min(1.0, _shrunk(weights)))))
    return tuple(out)


def _shrunk(weights: list[float]) -> float:
    """The weighted mean sign of evidence weights, shrunk toward 0 by ``PRIOR_WEIGHT``."""
    return sum(weights) / (sum(map(abs, weights)) + PRIOR_WEIGHT)


def _evidence(rows, model_evidence, polarity: float) -> list[tuple[tuple[int, int], str]]:
    """Evidence spans with reasons, strongest first: items that agree with the overall sign,
    then (for pairs decided by the model alone) the model's sentences or phrases."""
    agree = [r for r in rows if (r[0] > 0) == (polarity > 0) and polarity != 0] or rows
    out: list[tuple[tuple[int, int], str]] = []
    for weight, start, end, reason in sorted(agree, key=lambda r: (-abs(r[0]), r[1])):
        if all((start, end) != span for span, _ in out):
            out.append(((start, end), reason))
    if not out:
        for span, reason in model_evidence:
            if all(span != s for s, _ in out):
                out.append((span, reason))
    return out[:MAX_EVIDENCE]


def _model_scores(document, doc, model: str, fold,
                  without_spans=frozenset()) -> dict[tuple[str, str], tuple[float, list]]:
    """``{(holder, target): (mean polarity, [(span, reason), ...])}`` from the sentiment model. A
    pronoun is not scored where the pair has a named mention in the same sentence: it repeats the
    name's reading, and the model reads most pronouns as neutral ("Trump ... his ... his" pulled a
    decided name toward 0). The pairs of ``without_spans`` get their mean and no spans: ``_evidence``
    reads the model's spans only for a pair without evidence rows."""
    from .stance_model import score_doc_targets, score_targets

    mentions, keys = [], []
    authors = byline_actors(document)
    quoted = SpanSet((q.start, q.end) for q in document.quotes)
    bounds_at = _sentence_bounds(doc) if document.actors else {}
    for actor in document.actors:
        if actor.id in authors:
            continue  # the byline's own name is no stance target of the author
        target = fold(actor.id)
        for start, end in list(actor.mentions)[:MAX_MENTIONS_PER_ACTOR]:
            holder, weight = _holder(document, start, end, quoted)
            if holder in (actor.id, target):
                continue
            bounds = bounds_at.get(start)
            if bounds is None:
                sent = _sentence_of(doc, start)
                if sent is None:
                    continue
                bounds = (sent.start_char, sent.end_char)
            mentions.append((start, end, *bounds))
            keys.append((holder, target, *bounds, weight))
    # each mention's tokens, found once: for the pronoun test here and for the fast model's features
    ranges = [token_range(doc, start, end) for start, end, _, _ in mentions]
    named = [not _is_pronoun_range(doc, found) for found in ranges]
    with_name = {key for key, is_named in zip(keys, named) if is_named}
    kept = [k for k, key in enumerate(keys) if named[k] or key not in with_name]
    mentions, keys, ranges = [mentions[k] for k in kept], [keys[k] for k in kept], [ranges[k] for k in kept]
    if not mentions:
        return {}
    if model == "fast":
        proba = score_doc_targets(doc, [(start, end) for start, end, _, _ in mentions], ranges)
    else:
        proba = score_targets([_sentence_item(document.text, *m) for m in mentions])
    scores = decided_polarity(proba)
    grouped: dict[tuple[str, str], list[tuple[float, int, int, float]]] = defaultdict(list)
    for (holder, target, s0, s1, weight), p in zip(keys, scores):
        grouped[(holder, target)].append((float(p), s0, s1, weight))
    evaluative = [t for t in document.techniques if t.technique in EVALUATIVE]
    out = {}
    for key, rows in grouped.items():
        mean = sum(p * w for p, _, _, w in rows) / sum(w for *_, w in rows)
        spans: list[tuple[tuple[int, int], str]] = []
        for p, s0, s1, w in () if key in without_spans else sorted(rows, key=lambda r: (-r[3], -abs(r[0]))):
            if abs(p) < MIN_EVIDENCE_POLARITY or (p > 0) != (mean > 0):
                continue
            phrases = [(t.start, t.end) for t in evaluative if s0 <= t.start and t.end <= s1]
            for span in phrases or [strip_span(document.text, s0, s1)]:
                where = "" if w == 1.0 else ", in a quote without a known speaker"
                spans.append((span, f"sentence sentiment ({model} model, {p:+.2f}){where}"))
        out[key] = (mean, spans)
    return out


def _is_pronoun(doc, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` is one pronoun ("he", "his", "them")."""
    return _is_pronoun_range(doc, token_range(doc, start, end))


def _is_pronoun_range(doc, found: tuple[int, int] | None) -> bool:
    """``_is_pronoun`` of a mention whose ``views.token_range`` is ``found``."""
    return found is not None and found[1] - found[0] == 1 and pos_ids(doc)[found[0]] == PRON


def decided_polarity(proba):
    """Polarity of each model row that agrees with the model's own decision: P(pos) - P(neg),
    kept inside +-NO_POSITION when the most likely class is neutral and pushed to at least
    MIN_DECIDED_POLARITY when it is negative or positive (so that "|polarity| < 0.2 means no
    position" holds for the model's answers as it does for the evidence)."""
    import numpy as np

    proba = np.asarray(proba, dtype=float)
    diff = proba[:, 2] - proba[:, 0]
    decided = proba.argmax(axis=1) != 1
    return np.where(decided, np.sign(diff) * np.maximum(np.abs(diff), MIN_DECIDED_POLARITY),
                    np.clip(diff, -NEUTRAL_MAX_POLARITY, NEUTRAL_MAX_POLARITY))


def _sentence_item(text: str, start: int, end: int, s0: int, s1: int):
    """``(sentence, [target span])`` for the MiniLM model; long sentences cut to a window."""
    if s1 - s0 > MAX_SENTENCE_CHARS:
        s0 = max(s0, start - MAX_SENTENCE_CHARS // 2)
        s1 = min(s1, end + MAX_SENTENCE_CHARS // 2)
    return text[s0:s1], [(start - s0, min(end, s1) - s0)]


#: Round 18b. Actor kinds that a possessor owns as its agent ("Russia's Africa Corps", "Ankara's lawyers",
#: "Bahrain's foreign minister"): its bodies, forces and people in office, not the people who live in it.
OWNED_KINDS = ("organization", "armed_group", "person")
#: ... except the sectors of people a state does not answer for ("Moldova's voters", "the country's refugees",
#: "Chad's aid agencies", "Kenya's opposition").
NOT_OWNED_SECTORS = ("CVL", "REF", "OPP", "NGO", "HLH", "EDU", "LAB", "MED", "REL", "PTY", "BUS")
#: People and bodies that serve whoever the preposition or the name before them names ("a spokesman for
#: Tbilisi", "lawyers for the government", "officials at the ministry", "the Kremlin spokesman").
MEMBER_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "official", "officer",
                          "minister", "envoy", "ambassador", "diplomat", "representative", "agent", "analyst", "staff",
                          "employee", "adviser", "advisor", "negotiator", "delegate", "delegation", "commander",
                          "contractor", "executive", "prosecutor", "aide", "emissary", "proxy", "mouthpiece"))
#: ... and the prepositions that name whom they serve.
MEMBER_PREPS = ("for", "at", "of")
#: Share of an owned actor's author evidence that counts for its owner (as for a state's organs).
OWNER_SHARE = ORGAN_SHARE


def owner_map(document, doc, folded) -> dict[str, tuple[str, str]]:
    """``{actor id: (owner id, the mention that names the owner)}``: an actor one of whose mentions
    is owned by another actor of the document in the possessive ("Russia's Africa Corps", "Ankara's
    lawyers", "GCHQ, Britain's signals intelligence agency"): the possessor is a mention of the owner
    (or its name, a capital or seat of its state, as written inside the owned actor's mention). Only
    ``OWNED_KINDS`` outside ``NOT_OWNED_SECTORS``, unless the owner is of the owned actor's own sector (round
    27o2: a party's whip, a union's organiser, a company's executive); not an actor that already folds into another one
    (``fold_map``), nor the byline's writer or an owner the text names by a pronoun."""
    if not doc.has_annotation("DEP"):
        return {}
    fold = lambda actor_id: folded.get(actor_id, actor_id)  # noqa: E731
    authors = byline_actors(document)
    seats = _state_seats()
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country}
    names: dict[str, str] = {}
    for a in document.actors:
        names.setdefault(" ".join(a.name.lower().removeprefix("the ").split()), a.id)
    rank = _seat_rank()  # the document's states in the seats' order (round 30s3: not a pass over every state)
    for country in sorted(states.keys() & rank.keys(), key=rank.__getitem__):
        for seat in seats[country]:
            names.setdefault(seat.removeprefix("the "), states[country])
    at_token: dict[int, str] = {}
    for a in document.actors:
        for start, end in a.mentions:
            found = token_range(doc, start, end)
            for i in range(*found) if found is not None else ():
                at_token.setdefault(i, a.id)
    sectors = {a.id: a.sector for a in document.actors}
    out = {}
    for a in document.actors:
        if a.kind not in OWNED_KINDS or a.id in folded or a.id in authors:
            continue
        for start, end in a.mentions:
            found = token_range(doc, start, end)
            if found is None:
                continue
            owner = _possessor(doc, *found, a.id, at_token, names)
            if owner is not None and a.sector in NOT_OWNED_SECTORS and sectors.get(fold(owner)) != a.sector:
                continue  # round 27o2: a body of such a sector answers to one of its own ("Georgian Dream's whip")
            if owner is not None and fold(owner) not in (a.id, fold(a.id)) and fold(owner) not in authors:
                out[a.id] = (fold(owner), document.text[start:end])
                break
    return out


def _possessor(doc, first: int, last: int, actor: str, at_token: dict, names: dict) -> str | None:
    """The actor that owns the mention on tokens ``[first, last)`` in the possessive: a possessor
    ("Russia" in "Russia's Africa Corps") inside the mention or just before it, whose tokens are another
    actor's mention or spell another actor's name (a pronoun owner is left out: "its army")."""
    served = [o for k in range(first, last) if not (first <= doc[k].head.i < last) or doc[k].head.i == k
              for verb in doc[k].children if verb.dep_ == "relcl" and verb.lemma_.lower() in SERVING_VERBS
              and not any(c.dep_ == "neg" for c in verb.children)
              for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in SERVING_PREPS
              for o in prep.children if o.dep_ == "pobj"]
    for tok in served:  # "a militia that answers to Tbilisi"
        other = at_token.get(tok.i)
        if other is not None and other != actor:
            return other
    for k in range(max(0, first - 4), last):
        tok = doc[k]
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in MEMBER_PREPS else tok.head
        member = head.lemma_.lower() in MEMBER_NOUNS and (tok.dep_ == "pobj" and head is not tok.head
                                                          or tok.dep_ == "compound" and tok.pos_ == "PROPN")
        if not (tok.dep_ == "poss" or member) or tok.pos_ == "PRON" or not (first <= head.i < last):
            continue
        other = at_token.get(tok.i)
        if other is not None and other != actor:
            return other
        words = doc[tok.left_edge.i:tok.i + 1].text.lower().removeprefix("the ")
        named = names.get(" ".join(words.split()))
        if named is not None and named != actor:
            return named
    return None


def _share_with_owners(document, items, owners) -> None:
    """The author's evidence toward an owned actor (``owner_map``: "Russia's Africa Corps") counts for
    its owner too, at ``OWNER_SHARE``, with the mention in the reason ("the author asserts ASSAULT
    (killings), via its 'Russia's Africa Corps'"), unless the author's own evidence toward the owner has the
    opposite sign; an item the owner already has on the same span is not counted twice."""
    for owned, (owner, said) in owners.items():
        rows = list(items.get(("author", owned), ()))
        own = items.get(("author", owner), ())
        if not rows or sum(w for w, *_ in rows) * sum(w for w, *_ in own) < 0:
            continue
        spans = {(s, e) for _, s, e, _ in own}
        for w, s, e, reason in rows:
            if (s, e) not in spans and not reason.startswith("sides: "):
                spans.add((s, e))
                items[("author", owner)].append((w * OWNER_SHARE, s, e, f"{reason}, via its '{said}'"))
