"""Indirect quotes: reported speech or thought governed by a cue verb.

A cue verb (the ``cue`` entries of ``resources/quotes/reporting_verbs.en.tsv``) with a
subject and one of the frames it allows gives an indirect quote whose content is:

- ``that``: its clausal complement ("Putin announced that Moscow seeks ...",
  "The talks failed, the envoy said"), or the clause it interrupts ("The
  rebels, the general said, have lost the ridge": the span then contains the
  attribution, since a quote is one contiguous span);
- ``to``: its infinitive complement when the cue has no object ("X vowed to retaliate"); with
  one ("X urged Y to leave") it is a request to Y, which the events stage codes, and no quote
  (the Wikinews gold and the statements set annotate none); a passive infinitive ("an
  official, who asked not to be named, said") asks how the speaker is treated and is no quote;
- ``as``: its object and "as" predicate ("X described the group as an ally", "X rejected the
  plan as too costly"), or its object and object predicate ("X called the deal illegal"); a
  relative "which" or "what" object only with a predicate in quotation marks;
- ``ing``: its gerund clause ("X described seeing the blast"; "Y denied taking bribes" denies an act, which
  the events stage codes, and is no quote since round 25a);
- ``of``: what follows "of" when the cue has no object ("X spoke of a crisis"); "X accused
  the council of hiding the report" is an accusation between actors, which the events stage
  codes, and no quote (the annotation guidelines and both gold sets count none).

"according to X, <clause>" gives the clause with X as speaker (after a conjunction,
"and, according to X, ...", only what follows). A quoted fragment
that no quote holds, under a speech cue ("called it "a dead end""), gives the cue's
object and complement as a partial quote of kind indirect (``find_partial``). Cue verbs inside
a direct quote, and contents that are mostly a direct quote already found,
are skipped: the direct quote carries them.

A noun of speech before "is that" gives the clause ("The allegation is that ...": its owner
speaks, "Dahl's position is that ...", or nobody named).

Example handled: ``The ministry said it would respond.``
Example not handled: other nominal cues ("his claim that ...") and passives
("it was reported that ...") give no quote.
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from spacy.symbols import IDS

from ..nlp import DATELINE_CHARS, dateline_end
from ..spans import SpanSet
from ..views import pos_ids, positions, token_strings
from .candidates import (Candidate, TokenIndex, is_cue, is_title_case, object_quoted_as_saying, outer_cue,
                         participle_subject, place_conjunct_subject, trim_span)
from .lexicon import cue_verbs, first_person_pronouns, speaker_bodies
from .speakers import (LEFT_BREAKS, after_label, fallback_kind, relative_antecedent, speaker_span, speaker_tokens,
                       turn_label, vocative_speaker)

logger = logging.getLogger(__name__)

#: Content tokens an indirect quote needs; shorter complements are not reported speech.
MIN_INDIRECT_CONTENT_TOKENS = 3
#: Share of an indirect content that may lie inside direct quotes before it is dropped as their frame.
MAX_DIRECT_OVERLAP_SHARE = 0.5
CLAUSE_DEPS = ("ccomp",)
INFINITIVE_DEPS = ("xcomp", "ccomp")
SUBJECT_DEPS = ("nsubj",)
#: Subjects of a verb a cue hangs on that speak: a passive's too ("X was quoted as saying ...").
PASSIVE_SPEAKER_DEPS = ("nsubj", "nsubjpass")
STRIP = " \t\n,;:—–-"
#: Parts of speech (spaCy ids) of a reporting verb.
_VERB_AUX_IDS = frozenset((IDS["VERB"], IDS["AUX"]))
#: Steps from a quoted fragment up to the cue verb that reports it ("called it "a dead end"": 1).
PARTIAL_MAX_STEPS = 4
#: Cue classes whose quoted fragments are someone's words (not thought: "fears a "catastrophe"").
PARTIAL_CUE_CLASSES = frozenset({"speech", "writing"})
#: Labels of the cue's child holding a fragment: its object, complement or predicate
#: ("told "The Guardian"": a dative, a name, not words said).
PARTIAL_CHILD_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp", "prep"})
#: Prepositions of a cue whose object is what was said ("warned of "grave consequences"").
PARTIAL_PREPOSITIONS = frozenset({"about", "against", "as", "for", "of"})


def _char_span(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _subject(verb):
    """The subject of a cue verb, or of the verb it hangs on: a coordinated or adverbial verb
    ("..., and added"), a participle after a preposition ("continued by noting that ...": who
    continued); a participle hung on a noun speaks for it ("The senator, noting that ...");
    an issued text that a participle describes stands for whoever issued it
    ("The ministry released a statement saying ...": the ministry; "a statement saying ...":
    the statement). A cue verb the parse hung on the content of another cue speaks for that
    cue's subject ("Ruiz said the plan had failed and added that ...": Ruiz, not the plan);
    a relative pronoun for the noun it follows ("lawmakers who said ...": the lawmakers)."""
    quoted = object_quoted_as_saying(verb)  # "The paper quoted Hale as saying ...": Hale
    if quoted is not None:
        return relative_antecedent(quoted)
    head = verb
    for _ in range(4):
        deps = SUBJECT_DEPS if head is verb else PASSIVE_SPEAKER_DEPS
        subjects = [c if not turn_label(c) else after_label(c) for c in head.children if c.dep_ in deps]
        subjects = [c for c in subjects if c is not None]
        # of two subjects the parse gave one verb, the one next to it ("NEW DELHI, May 3 - the
        # ministry said ...": the ministry, not the dateline's city)
        subject = _after_dash(max((c for c in subjects if c.i < head.i), key=lambda c: c.i, default=None)
                              or next(iter(subjects), None), head) \
            or participle_subject(head) \
            or place_conjunct_subject(head)
        if subject is not None:
            return relative_antecedent(vocative_speaker(subject))
        if head.dep_ == "acl" and head.head.lemma_.lower() in speaker_bodies():
            issued = head.head
            verb_of = issued.head.head if issued.dep_ == "pobj" and issued.head.dep_ == "prep" else \
                issued.head if issued.dep_ == "dobj" else None  # "said in a statement posted ... that"
            issuer = next((c for c in verb_of.children if c.dep_ in SUBJECT_DEPS), None) \
                if verb_of is not None and verb_of.pos_ in ("VERB", "AUX") else None
            return relative_antecedent(issuer) if issuer is not None else issued
        if head is verb and head.dep_ in ("acl", "advcl") and head.tag_ == "VBG" and head.head.pos_ in ("NOUN", "PROPN"):
            return head.head  # a participle on its speaker: "The senator, noting that ...": the senator
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            if _passive(head.head.head) and is_cue(head.head.head) and head.head.lower_ != "as":
                return None  # "none had been told in writing what ...": the hearer, no speaker
            head = head.head.head
        elif head.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in head.head.children):
            head = head.head  # "X is reported to have said ...", "X wanted to say ...": X
        elif head.dep_ == "conj" and _closed_relative(head) is not None:
            return _closed_relative(head)  # "The UAE, from whose port the tanker had sailed, called ... and said"
        elif head.dep_ in ("conj", "advcl") and head.head is not head:
            head = outer_cue(head.head)
        elif head is verb and head.dep_ == "dobj" and head.head.pos_ == "PROPN" and head.head.i == head.i - 1:
            return head.head  # a name and its verb parsed as a noun phrase: "President Trump claims he ..."
        elif _coordinated_before(head) is not None:  # "Mali demanded ..., warned ... and said ...": Mali
            first = _coordinated_before(head)
            return relative_antecedent(next(c for c in first.children if c.dep_ in SUBJECT_DEPS))
        else:
            return None
    return None


def _after_dash(subject, verb):
    """The phrase after a spaced dash between ``subject`` and ``verb`` when there is one: a
    dateline the parse made the subject ("OSLO, June 4 - Norway's ministry said ...", with the
    ministry as its apposition): the ministry."""
    if subject is None or subject.i > verb.i:
        return subject
    doc = subject.doc
    dash = next((k for k in range(verb.i - 1, subject.i, -1)
                 if doc[k].text in LEFT_BREAKS and doc[k].whitespace_), None)
    if dash is None:
        return subject
    heads = [t for t in doc[dash + 1:verb.i] if not dash < t.head.i < verb.i and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if heads else subject


def _content(verb, frames):
    """Token range ``[lo, hi)`` of the content the cue verb governs, or None."""
    children = list(verb.children)
    if "that" in frames:
        timed = _that_after_time_phrase(verb)
        if timed is not None:  # "told reporters after the conference that ..."
            return timed
        clauses = [c for c in children if c.dep_ in CLAUSE_DEPS and c is not _coordinated_before(verb)]
        adverbial = next(((c, t) for c in children for t in [_that_adverbial(verb, c)] if t is not None), None) \
            if not clauses else None
        if adverbial is not None:  # "told reporters afterwards that ...", parsed as an adverbial
            clause, that = adverbial
            return that.i, clause.right_edge.i + 1
        if not clauses:
            clauses = _clause_after_object(verb)
        if clauses:  # the parse may split one clause in two ("said he can and may declare ...")
            first = _after_break(verb, clauses)
            side = [c for c in clauses if (c.i > verb.i) == (first.i > verb.i)]
            return _object_subject(verb, side[0]), _before_coordinated_cue(verb, side[-1])
        clause = _clause_on_prep_object(verb)
        if clause is not None:
            return clause.left_edge.i, clause.right_edge.i + 1
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
            # "The rebels, the general said, have lost the ridge": the whole sentence it interrupts
            head = verb.head
            return _after_colon(verb, head.left_edge.i), head.right_edge.i + 1
        if _trailing_conjunct(verb):  # "<the story>, the governor, X, said on Monday", parsed as a conjunct
            return verb.sent.start, verb.i
    if "to" in frames:
        comp = next((c for c in children if c.dep_ in INFINITIVE_DEPS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        # "X urged Y to leave" is a request to Y (the events stage's REQUEST), not reported speech;
        # "X asked not to be named" (a passive infinitive) asks for how X is treated, says nothing
        if comp is not None and not any(c.dep_ in ("dobj", "dative") and c.i < comp.i for c in children) \
                and not any(c.dep_ == "auxpass" for c in comp.children):
            return comp.left_edge.i, comp.right_edge.i + 1
    if "ing" in frames:  # "described witnessing the blast" ("denied taking bribes" is no frame: round 25a)
        comp = next((c for c in children if c.dep_ in INFINITIVE_DEPS and c.tag_ == "VBG"
                     and not any(a.dep_ in ("aux", "nsubj", "mark") for a in c.children)), None)
        if comp is not None:
            return comp.left_edge.i, comp.right_edge.i + 1
    if "of" in frames and not (verb.tag_ == "VBG" and is_cue(verb.head)) \
            and not any(c.dep_ in ("dobj", "dative") for c in children):
        # "spoke of a crisis": what follows "of"; not the topic of a participle on another cue
        # (""...," said Dahl, speaking of the vote"), and with an object ("accused the council of
        # hiding the report") an accusation, which the events stage codes, and no quote
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i), None)
        if prep is not None and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            end = prep.right_edge.i + 1  # a gerund the parse hung on the cue ("spoke of Estland taking over ...")
            gerund = next((c for c in children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == end), None)
            end = end if gerund is None else gerund.right_edge.i + 1
            return prep.i + 1, end
    if "as" in frames:
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ not in REFLEXIVE_OBJECTS:  # "calls itself X": a name, no speech
            as_prep = next((c for c in list(children) + list(obj.children)
                            if c.dep_ == "prep" and c.lower_ == "as"), None)
            if as_prep is None:  # "called the agreement illegal": an object predicate stands for "as"
                as_prep = next((c for c in children if c.dep_ == "oprd" and c.i > obj.i), None)
            end = None if as_prep is None else max(obj.right_edge.i, as_prep.right_edge.i) + 1
            # a relative object gives the speaker's words only in quotation marks: "what it called
            # "an attack"", "the report, which X had called "a wake-up call""; "what it called an
            # attack" and "the strike, which X denounced as a threat" are the writer's phrases
            if end is not None and (obj.tag_ not in ("WP", "WDT")
                                    or any(t.text in QUOTE_MARKS for t in verb.doc[obj.i:end])):
                return obj.left_edge.i, end
    return None


#: Children a cue that closes its sentence may have after it ("said on Monday", "said late on Friday").
TRAILING_DEPS = frozenset({"advmod", "npadvmod", "prep", "punct"})


def _after_colon(verb, start: int) -> int:
    """Round 35q35: where the words a parenthetical cue interrupts begin: after the last colon or semicolon
    before the cue ("Washington answers every protest with one line: the seabed, it says, is open to all":
    the line, not the writer's clause that introduces it, which would also hide the pronoun's antecedent);
    else ``start``."""
    doc = verb.doc
    marks = [t.i for t in doc[start:verb.i] if t.text in (":", ";")]
    return marks[-1] + 1 if marks else start


def _trailing_conjunct(verb) -> bool:
    """Whether a cue the parse made a conjunct of the verb before it closes its sentence as an
    attribution set off by a comma, with no conjunction, no content of its own and nothing after
    it but adverbials: "Gunmen abducted seven workers ..., the provincial governor, Jean-Pierre
    Mulumba, said on Monday" (the story before is what was said; round 27q1)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or any(c.dep_ == "cc" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.left_edge.i < 1 or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    return all(c.dep_ in TRAILING_DEPS for c in verb.rights) and verb.right_edge.i + 1 >= verb.sent.end - 1


#: Objects that make a judging verb name its own subject ("a group which calls itself the Valley
#: Brigades", "who styled himself president"): no speech.
REFLEXIVE_OBJECTS = frozenset({"herself", "himself", "itself", "themselves"})


#: Punctuation that closes a clause before a cue, so that the clause is not what the cue reports.
CLAUSE_BREAKS = frozenset({":", ";"})


def _after_break(verb, clauses):
    """The first of the cue's clausal complements, or the first one after the cue when a
    colon or semicolon parts the cue from those before it ("The inquiry set off a row: the
    opposition said the ministry had lied": what the opposition said follows "said")."""
    after = next((c for c in clauses if c.i > verb.i), None)
    if after is None or clauses[0].i > verb.i:
        return clauses[0]
    doc = verb.doc
    broken = any(doc[k].text in CLAUSE_BREAKS for k in range(clauses[0].right_edge.i + 1, verb.i))
    return after if broken else clauses[0]


#: Quotation marks as tokens (a predicate in marks is the speaker's words).
QUOTE_MARKS = frozenset('"“”«»')


#: Clause labels (spaCy) of a verb that has its own subject.
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def _object_as_subject(verb, clause):
    """The cue's object that the parse took from ``clause``, a clause after it with no subject of
    its own, set off from it by a phrase between commas ("claimed the government, in its haste,
    is ignoring the courts": "the government" is the clause's subject), else None."""
    if clause.i < verb.i or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") \
            or not any(verb.doc[k].text == "," for k in range(obj.right_edge.i + 1, clause.left_edge.i)):
        return None
    return obj


def _object_subject(verb, clause) -> int:
    """Start (token index) of a clausal content: its subject that the parse made the cue's
    object (``_object_as_subject``), else the clause's "that" after a comma when the parse hung
    the cue's own adverbial before it on the clause ("told parliament, in a statement that lasted
    an hour and covered ..., that the government would build ...": round 27q1), else the
    clause's own left edge."""
    obj = _object_as_subject(verb, clause)
    if obj is not None:
        return obj.left_edge.i
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None and verb.i < clause.left_edge.i < mark.i and clause.doc[mark.i - 1].text == ",":
        return mark.i
    return clause.left_edge.i


#: Tags (spaCy) of a finite verb or auxiliary.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _clause_after_object(verb) -> list:
    """A finite verb the parse coordinated with the cue, with no "and" before it, whose subject
    it took for the cue's object ("complained the factory, especially at night, is polluting the
    river"): a clausal content, else []."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        finite = conj.tag_ in FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in conj.children)
        joined = any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children)
        return [conj] if finite and not joined and _object_as_subject(verb, conj) is not None else []
    return []


#: Words before "that" that make its clause an adverbial ("so that", "now that"), not what was said.
ADVERBIAL_THAT_WORDS = frozenset({"except", "given", "now", "provided", "so", "such"})


def _that_adverbial(verb, child):
    """The "that" opening a clause after the cue that the parse hung on it as an adverbial,
    maybe after an adverb ("told reporters afterwards that Baku had agreed": a complement),
    else None."""
    if child.dep_ != "advcl" or child.i < verb.i:
        return None
    doc = child.doc
    for k in range(child.left_edge.i, child.i):
        token = doc[k]
        if token.lower_ == "that" and token.dep_ == "mark":
            return token if k > verb.i and doc[k - 1].lower_ not in ADVERBIAL_THAT_WORDS else None
        if token.pos_ != "ADV":
            return None
    return None


#: Words opening a time phrase between a cue and its "that" clause ("told reporters after the
#: conference that work would begin ...").
TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following"})
#: Parts of speech of the noun phrase of such a time phrase.
NOUN_PHRASE_POS = frozenset({"ADJ", "DET", "NOUN", "NUM", "PROPN"})


def _that_after_time_phrase(verb):
    """Token range of a "that" clause after the cue (and its object) and a time phrase ("told
    reporters after the conference that work would begin in May"), which the parse hangs in
    many ways (a clause opening with the time phrase, an adverbial, a relative clause on its
    noun with "that" for a pronoun), else None. The clause needs a finite verb, two when a verb
    follows "that" (a relative pronoun: "after the meeting that ended the summit"; a noun tagged a
    verb: "that work on the pier would begin")."""
    doc, limit = verb.doc, verb.right_edge.i + 1
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    k = verb.i + 1 if obj is None else obj.right_edge.i + 1
    if k >= limit or doc[k].lower_ not in TIME_PREPOSITIONS:
        return None
    k += 1
    while k < limit and doc[k].pos_ in NOUN_PHRASE_POS:
        k += 1
    end = max((c.right_edge.i for c in verb.rights if c.dep_ != "punct"), default=k) + 1
    if end - k < MIN_INDIRECT_CONTENT_TOKENS or doc[k].lower_ != "that":
        return None
    finite = sum(t.tag_ in FINITE_TAGS for t in doc[k + 1:end])
    return (k, end) if finite >= (2 if doc[k + 1].pos_ in ("VERB", "AUX") else 1) else None


#: Words that open a question a cue verb reports ("could not confirm who was fighting").
QUESTION_WORDS = frozenset({"how", "if", "what", "when", "where", "whether", "which", "who", "why"})


def _not_said(verb, first) -> bool:
    """Whether a negated cue leaves its question open ("could not confirm who was fighting",
    "did not say whether ..."): nothing was said."""
    return first.lower_ in QUESTION_WORDS and any(c.dep_ == "neg" for c in verb.children)


#: Cues that also confer a status on their object by authority ("declared the envoy persona non
#: grata", "proclaimed the region a disaster area"): with the object first, an act, no speech.
STATUS_CUES = frozenset({"declare", "proclaim"})


def _small_clause(head) -> bool:
    """Whether a clausal complement of a status cue has no finite verb of its own: a noun or
    adjective head ("the leader a traitor"), or a bare verb form with no auxiliary and no marker
    ("the attaché persona non grata", the Latin noun tagged as a verb); a clause under "declare"
    with no "that" has a verb with its tense ("declared the vote was void", "declared the talks
    had failed")."""
    if head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return True
    return head.pos_ == "VERB" and head.tag_ in ("VB", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children)


def _status_act(verb, span) -> bool:
    """Whether a status cue's content is its object with the status given to it: the content
    opens with the cue's own direct object ("declaring two diplomats persona non grata"), or is a
    clause with no finite verb (``_small_clause``: "declared the opposition leader a traitor"):
    the status the speaker's act gives (an expulsion, a designation, the events stage's), not
    what anyone said; "declared that the vote was void" and "declared the vote was void" (a
    finite verb of its own) stay quotes (round 26a)."""
    if verb.lemma_.lower() not in STATUS_CUES:
        return False
    return any(c.left_edge.i == span[0] and (c.dep_ == "dobj" or (c.dep_ in CLAUSE_DEPS and _small_clause(c)))
               for c in verb.children)


def _clause_on_prep_object(verb):
    """A "that" clause the parse hung on the noun of the cue's adverbial as a relative clause
    ("said in a reply that the dam was ...": "that" marks a complement, it is no relative
    pronoun), else None. Hung as a clause on an issued text ("said in a statement that it was
    ready ...", ``acl``; or with "that" read as the relative's object though the clause has a
    subject of its own and the tagger saw a conjunction: "said in a letter that it would strike":
    round 25a), it is the cue's content too."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            issued = noun.lemma_.lower() in speaker_bodies()
            for clause in noun.children:
                if clause.dep_ not in ("relcl", "acl") or clause.dep_ == "acl" and not issued:
                    continue
                if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return clause
                opening = clause.doc[clause.left_edge.i]
                if issued and opening.lower_ == "that" and opening.tag_ == "IN" and opening.head.i == clause.i \
                        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opening.i for c in clause.children):
                    return clause
    return None


def _before_coordinated_cue(verb, clause) -> int:
    """End (token index) of a clausal content, before a cue verb coordinated with it that
    speaks for the same subject, in the same form as ``verb`` or with its own auxiliary ("said
    the plan had failed and added that ...", "... but did not suggest ...": the content ends at
    "failed"; "says she would close it and tell them ...": "tell" belongs to the content)."""
    for child in clause.rights:
        if child.dep_ == "conj" and is_cue(child, "that") and not any(c.dep_ in SUBJECT_DEPS for c in child.children) \
                and (child.tag_ == verb.tag_ or any(c.dep_ in ("aux", "neg") for c in child.children)):
            end = child.left_edge.i
            while end > clause.i + 1 and clause.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1
            return end
    return clause.right_edge.i + 1


def _inside(spans: SpanSet, offset: int) -> bool:
    return spans.inside(offset)


def _direct_share(spans: SpanSet, start: int, end: int) -> float:
    return spans.covered(start, end) / max(1, end - start)


_ACCORDING = frozenset(("according",))


def _according_quotes(doc, text, quoted):
    lowers = token_strings(doc)[0]
    for i in positions(doc, _ACCORDING, lemmas=False):  # a Token only for "according to"
        if i + 1 >= len(doc) or lowers[i + 1] != "to":
            continue
        t = doc[i]
        if _inside(quoted, t.idx):
            continue
        obj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        sent = t.sent
        # the phrase ends at the object's right edge or a comma before it ("according to X,
        # loyal to Y": the parse may hang the content on X)
        phrase_hi = next((k for k in range(obj.i + 1, obj.right_edge.i + 1) if doc[k].text == ","),
                         obj.right_edge.i + 1)
        phrase_lo = t.left_edge.i
        before, after = (sent.start, phrase_lo), (phrase_hi, sent.end)
        lo, hi = max(before, after, key=lambda r: r[1] - r[0])
        k = phrase_lo - 1
        while k > sent.start and doc[k].is_punct:
            k -= 1
        if doc[k].pos_ == "CCONJ":  # "... largely rural and, according to X, hostile to Y": X said the rest only
            lo, hi = after
        if hi - lo < MIN_INDIRECT_CONTENT_TOKENS:
            continue
        s, e = trim_span(text, *_char_span(doc, lo, hi), strip=STRIP + ".")
        if e <= s or _direct_share(quoted, s, e) > MAX_DIRECT_OVERLAP_SHARE:
            continue
        if lo < phrase_lo and _wire_lede(text, s):
            continue  # "CITY, May 2 (Wire) - <the story>, according to both sides": the lede's sourcing
        if quoted.overlaps(s, e) and any(is_cue(c) and any(k.dep_ in SUBJECT_DEPS for k in c.children)
                                         for c in doc[lo:hi]):
            continue  # ""...," Hale said, according to the paper": Hale's quote, where it was reported
        chars = speaker_span(obj, phrase_lo, phrase_hi)
        yield Candidate("indirect", s, e, chars, fallback_kind(obj, [obj]), "according to", "according")


def _candidate(doc, start: int, end: int, verb, subject, rule: str) -> Candidate:
    """The indirect quote ``[start, end)`` that ``subject`` says with ``verb``."""
    lo, hi = speaker_tokens(subject, 0, len(doc))
    return Candidate("indirect", start, end, speaker_span(subject), fallback_kind(subject, doc[lo:hi]), verb.text,
                     rule)


def _close_marks(spans, starts: list[int], start: int, end: int) -> int:
    """``end`` moved past the closing mark of a quoted fragment that opens inside ``[start,
    end)`` ("... went on for "years."": the fragment is not cut before its full stop and mark)."""
    k = bisect_right(starts, end - 1) - 1
    if k >= 0 and start <= spans[k].start and spans[k].inner_start < end < spans[k].end:
        return spans[k].end
    return end


def _fragment_after(text: str, spans, starts: list[int], end: int, limit: int, quoted: SpanSet) -> int:
    """``end`` moved past a quoted fragment that follows the content at once and ends in its
    sentence (before ``limit``), which the parse may hang on the cue ("said Brazil was ready to
    host talks "tomorrow, if they both want it"": the speaker's words), unless it is a direct
    quote found already."""
    at = end
    while at < len(text) and text[at] == " ":
        at += 1
    k = bisect_right(starts, at) - 1
    if k >= 0 and spans[k].start == at and spans[k].end <= limit and not quoted.overlaps(spans[k].start, spans[k].end):
        return spans[k].end
    return end


#: Conjunctions that open a contrasting clause after a cue's content (", while the bank called ...").
CONTRAST_CONJUNCTIONS = frozenset({"while", "whereas"})


def _before_other_speaker(doc, span: tuple[int, int]) -> tuple[int, int]:
    """The content ``span`` cut before a comma whose clause holds a cue verb with a subject of its
    own: another speaker's words. After ", while" / ", whereas" any subject ("Lima said the bank had
    misled regulators, while the bank called the fine "disproportionate"": the bank's, not Lima's);
    elsewhere a noun or name subject in a relative clause of setting, cut at the last comma before it (``_setting_clause``: "a resolution
    demanding that Russia withdraw, after a debate in which Moscow accused the sponsors of staging
    "political theatre"": Moscow's fragment, not the resolution's)."""
    lo, hi = span
    for k in range(lo + 1, hi - 2):
        if doc[k].text != ",":
            continue
        contrast = doc[k + 1].lower_ in CONTRAST_CONJUNCTIONS
        for t in doc[k + 2:hi]:
            if t.pos_ != "VERB" or t.lemma_.lower() not in cue_verbs():
                continue
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and (contrast or (subjects[0].pos_ in ("PROPN", "NOUN") and _setting_clause(t)
                                          and not any(x.text == "," for x in doc[k + 1:t.i]))):
                return lo, k
    return span


def _setting_clause(verb) -> bool:
    """Whether ``verb`` heads a relative clause of time or place: its relative pronoun after a
    preposition (``a debate in which``, ``a meeting at which``) or ``where`` / ``when``."""
    return verb.dep_ == "relcl" and any(
        (c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children))
        or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in ("where", "when")) for c in verb.children)


def find_indirect(document, doc, direct: list[Candidate], spans=()) -> list[Candidate]:
    """Indirect-quote candidates of one document, given its direct quotes and its marked spans."""
    text = document.text
    starts = [m.start for m in spans]
    quoted = SpanSet((c.start, c.end) for c in direct)  # bisection, not a scan per verb (issue 21)
    lexicon = cue_verbs()
    out: list[Candidate] = []
    pos = pos_ids(doc)
    lemmas = token_strings(doc)[1]
    for i in positions(doc, lexicon):  # a Token only for a cue verb
        cue = lexicon[lemmas[i]]
        if pos[i] not in _VERB_AUX_IDS:
            continue
        verb = doc[i]
        if _inside(quoted, verb.idx):
            continue
        span = _content(verb, cue.frames)
        if span is None or span[1] - span[0] < MIN_INDIRECT_CONTENT_TOKENS or _not_said(verb, doc[span[0]]) \
                or _relative_content(verb, doc[span[0]]) \
                or _left_open(verb, doc[span[0]]) or _mandative(verb, span) or _passive(verb) \
                or _status_act(verb, span):
            continue
        subject = _subject(verb)
        if subject is None or _inside(quoted, subject.idx) or subject.lower_ in first_person_pronouns():
            continue  # "I can confirm that ...", "We said that ...": the text's own voice, no reported speech
        if span[0] > verb.i:
            span = _before_other_speaker(doc, span)
        if span[1] <= verb.i and subject.i < verb.i:
            # "<content>, another source said": the content runs from the sentence start to the speaker
            span = (min(span[0], verb.sent.start), subject.left_edge.i)
            if span[1] - span[0] < MIN_INDIRECT_CONTENT_TOKENS:
                continue
        s, e = trim_span(text, *_char_span(doc, *span), strip=STRIP)
        if span[1] <= verb.i and _wire_lede(text, s):
            if not _names_person(subject):
                continue  # "BAMAKO, May 2 (Wire) - <the story>, officials said": the report's sourcing, no quote
            s = dateline_end(text, s) or s  # "..., the governor, X, said": X's account, less the dateline
        if e <= s or _direct_share(quoted, s, e) > MAX_DIRECT_OVERLAP_SHARE or _inside(quoted, s):
            continue  # mostly a direct quote, or one and its tail ("We will win" on Monday)
        e = _fragment_after(text, spans, starts, _close_marks(spans, starts, s, e), verb.sent.end_char, quoted)
        out.append(_candidate(doc, s, e, verb, subject, "verb"))
    out.extend(_according_quotes(doc, text, quoted))
    out.extend(_speech_noun_quotes(doc, text, quoted))
    return out


#: Nouns of speech whose "that" clause after "is" is what was said ("The allegation is that ...").
SPEECH_NOUNS = frozenset({"accusation", "allegation", "argument", "assertion", "charge", "claim", "complaint",
                          "contention", "message", "position", "warning"})


def _speech_noun_quotes(doc, text, quoted):
    """A noun of speech as the subject of "is" with a "that" clause ("The allegation against Dahl is
    that he hid the audit", "Dahl's position is that ...", "Her position is that ..."): the clause,
    said by the noun's owner or nobody named; not the text's own voice ("Our position is ...")."""
    for i in positions(doc, SPEECH_NOUNS):  # a Token only for a noun of speech (round 32s10: no step per word)
        noun = doc[i]
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            continue
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None or _inside(quoted, noun.idx):
            continue
        s, e = trim_span(text, *_char_span(doc, clause.left_edge.i, clause.right_edge.i + 1), strip=STRIP)
        if e <= s or _direct_share(quoted, s, e) > MAX_DIRECT_OVERLAP_SHARE:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in first_person_pronouns():
            continue  # "Our position is that ...": the text's own voice
        if owner is None:
            yield Candidate("indirect", s, e, None, None, noun.text, "speech-noun")
        else:
            yield _candidate(doc, s, e, noun, owner, "speech-noun")


def _fragment_root(doc, lo: int, hi: int):
    """The token of ``doc[lo:hi]`` whose head lies outside it (the fragment's attachment)."""
    return next((t for t in doc[lo:hi] if not t.is_punct and not lo <= t.head.i < hi), None)


def _governing_cue(token):
    """The nearest speech or writing cue verb above ``token`` within ``PARTIAL_MAX_STEPS``
    steps, with the child of it on the way, or ``(None, None)``."""
    child, head = token, token.head
    for _ in range(PARTIAL_MAX_STEPS):
        if head is child:
            break
        cue = cue_verbs().get(head.lemma_.lower())
        if cue is not None and cue.cls in PARTIAL_CUE_CLASSES and head.pos_ in ("VERB", "AUX"):
            return head, child
        child, head = head, head.head
    return None, None


#: Verbs whose subject issues the speech noun they take as object ("issued a warning that ...",
#: "gave an assurance that ...", "repeated its claim that ...").
ISSUING_VERBS = frozenset({"deliver", "give", "issue", "make", "renew", "repeat", "voice"})


def _claimed_by(token):
    """For a fragment in the "that" clause of a speech noun with a named author ("Dahl's claim
    that the plan "is dead"", "a warning by Dahl that ..."): the noun, the clause and the
    author; else None."""
    clause = token
    for _ in range(PARTIAL_MAX_STEPS):
        if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            break
        if clause.head is clause:
            return None
        clause = clause.head
    else:
        return None
    noun = clause.head
    lemma = noun.lemma_.lower()
    cue = cue_verbs().get(lemma) or cue_verbs().get(lemma.removesuffix("ing"))  # "claim", "warning"
    if cue is None or cue.cls != "speech":
        return None
    author = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"),
        None)
    if author is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        # "Novak issued a warning that ...", "the ministry gave an assurance that ...": who issued it
        issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if issuer is not None and issuer.pos_ in ("PROPN", "NOUN", "PRON"):
            return noun, clause, relative_antecedent(issuer)
    return (noun, clause, author) if author is not None and author.pos_ == "PROPN" else None


def find_partial(document, doc, spans, found: list[Candidate]) -> list[Candidate]:
    """Quoted fragments inside reported speech that no quote holds yet ("Schiff called it
    "a dead end"", "denounced the summit, calling the deal "void"", "by saying "we are
    ready ..."") give an indirect quote: the cue's object and the complement that holds the
    fragment, with the cue's subject as speaker. A fragment with no speech cue above it (a
    scare quote: so-called "peace plan") or naming something (a title, a name) gives none."""
    text = document.text
    taken = SpanSet((c.start, c.end) for c in found)
    index = TokenIndex(doc)
    out: list[Candidate] = []
    for span in spans:
        if taken.overlaps(span.inner_start, span.inner_end) or any(c.start <= span.inner_start < c.end for c in out):
            continue
        lo, hi = index.first_from(span.inner_start), index.at(span.inner_end - 1) + 1
        words = [t for t in doc[lo:hi] if t.is_alpha]
        if not words or all(t.pos_ == "PROPN" for t in words) or is_title_case(text[span.inner_start:span.inner_end]):
            continue
        root = _fragment_root(doc, lo, hi)
        # "Marek rejected a claim by Fisk that "...": Fisk's words, whatever cue is above the claim
        claimed = _claimed_by(root) if root is not None else None
        verb, child = _governing_cue(root) if root is not None and claimed is None else (None, None)
        if claimed is not None:  # "Dahl's claim that the plan "is dead"": Dahl's words
            noun, clause, author = claimed
            last = max([clause.i] + [c.right_edge.i for c in clause.children if c.dep_ not in ("cc", "conj")])
            end = max(span.end, _char_span(doc, clause.left_edge.i, last + 1)[1])
            s, e = trim_span(text, clause.left_edge.idx, end, strip=STRIP + ".")
            if e > s:
                out.append(_candidate(doc, s, e, noun, author, "partial-noun"))
            continue
        if verb is None or child.i < verb.i or child.dep_ not in PARTIAL_CHILD_DEPS or taken.inside(verb.idx):
            continue
        if child.dep_ == "prep" and child.lower_ not in PARTIAL_PREPOSITIONS:
            continue  # "said on "Meet the Press"": where it was said, not what
        frames = cue_verbs()[verb.lemma_.lower()].frames
        # a naming cue's object renamed by the fragment ("called the offer "an insult"", which
        # the parse may hang on the object) is the fragment's predicate
        names_object = "as" in frames and (root.dep_ == "appos" and root.head.i == child.i or (
            child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)))
        # ... or the parse gave the cue two objects ("called the talks "a step forward"")
        if child.dep_ == "dobj" and "quote" not in frames and not names_object:
            continue  # "praised its "reforms"": what was praised, in the author's scare quotes
        subject = _subject(verb)
        if subject is None or lo <= subject.i < hi:
            continue
        first = min((c.left_edge.i for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < child.i),
                    default=child.left_edge.i)
        s, e = trim_span(text, doc[first].idx, max(span.end, _char_span(doc, first, child.right_edge.i + 1)[1]),
                         strip=STRIP + ".")
        if e > s:
            out.append(_candidate(doc, s, e, verb, subject, "partial"))
    return out


#: Verbs whose infinitive cue says nothing ("declined to say whether ...", "refused to say who ...").
REFUSING_VERBS = frozenset({"decline", "refuse"})
#: Determiners and pronouns that make a subject say nothing ("Neither capital has said whether ...").
NOBODY_WORDS = frozenset({"neither", "no", "none", "nobody", "noone"})


def _left_open(verb, first) -> bool:
    """Whether a cue leaves its question open in other ways than its own negation (round 22):
    a refusal governs it ("declined to say whether ...") or its subject is nobody ("Neither capital
    has said whether ...", "No minister would say when ...")."""
    if first.lower_ not in QUESTION_WORDS:
        return False
    if verb.dep_ == "xcomp" and (verb.head.lemma_ in REFUSING_VERBS
                                 or any(c.dep_ == "neg" for c in verb.head.children)):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in NOBODY_WORDS
                                    or any(c.lower_ in NOBODY_WORDS for c in subject.children if c.dep_ in ("det", "preconj")))


#: Children of a verb in the passive voice ("are advised to", "agreed by the chiefs").
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "agent"})


def _passive(verb) -> bool:
    """Whether a cue verb is in the passive voice (round 25): its subject is who was told,
    advised or asked ("Drivers are advised to wait", "none had been told what ..."), or what was
    agreed ("A ceasefire agreed by the two chiefs took effect ...": a participle the parse made
    a finite verb), never who spoke; who did is unnamed or in a "by" phrase."""
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children)  # any tag: "agreed/VBD" with a "by" agent


def _names_person(subject) -> bool:
    """Whether a speaker phrase names a person, as its head or its appositive ("Mulumba", "the
    provincial governor, Jean-Pierre Mulumba,"): a lede's trailing attribution to a named person
    is that person's account, which the statements gold codes, unlike the report's sourcing to
    "officials" (round 27q1)."""
    return subject.ent_type_ == "PERSON" \
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


#: Relative pronouns that open a relative clause as its subject ("militias that were behind ...").
RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def _relative_content(verb, first) -> bool:
    """Whether the content the parse gave a cue opens with a relative pronoun as the subject of
    its own head, right after a noun: a relative clause on that noun, made the cue's complement
    ("He accused Kinshasa of arming militias that, he said, were behind the killings": "that" is
    no complementiser, for "accused" and for the "he said" it holds), and no report (round 27q1).
    Not a "that" the tagger misread inside the clause ("told reporters after the conference that
    work would begin ...": its head is no head of the content)."""
    doc, clause = first.doc, first.head
    return first.i > 0 and first.lower_ in RELATIVE_SUBJECTS and first.tag_ in ("WDT", "WP") \
        and first.dep_ in ("nsubj", "nsubjpass") and doc[first.i - 1].pos_ in ("NOUN", "PROPN") \
        and (clause.head.i == verb.i and clause.dep_ in CLAUSE_DEPS
             or verb.dep_ == "parataxis" and verb.head.i == clause.i)


def _wire_lede(text: str, start: int) -> bool:
    """Whether a content opens with a wire dateline at a line start in the opening of the text
    (round 22), or right after one (the parse may split the dateline off: round 27q1): a lede's
    trailing "..., officials said" sources the whole report, and the reports retell the content
    later with its own speaker."""
    line = text.rfind("\n", 0, start) + 1
    return line < DATELINE_CHARS and (dateline_end(text, line) is not None if line == start
                                      else dateline_end(text, line) == start)


def _coordinated_before(verb):
    """The first verb of a coordination the parse made the clausal complement of a later verb
    that has no subject of its own ("Mali demanded an explanation, warned that ... and said ...":
    "demanded" hung on "warned" as if it were what was warned), else None (round 22). Only a
    finite verb of the same tense with its own subject, ending right before "," and the verb."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None or first.tag_ != verb.tag_ or first.right_edge.i != verb.i - 2:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in first.children):
        return None
    return first


#: Subject pronouns whose present tense differs from the bare verb ("it stops" / "it stop").
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that"})


def _mandative(verb, span) -> bool:
    """Whether a cue's "that" clause is a demand in the subjunctive ("demanded that Tunis stop the
    expulsions", "asked that they be returned home", "proposed that the field be placed under ...")
    with no quotation marks in it (round 22): like "urged Y to leave", a request the events stage
    codes, and no reported speech (both gold sets code none). Only where the bare verb cannot be a
    present tense: "be", or a singular subject."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and span[0] <= c.i < span[1]
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None or any(t.text in QUOTE_MARKS for t in verb.doc[span[0]:span[1]]):
        return False
    if any(c.dep_ == "aux" for c in clause.children):
        return False  # "that it would stop", "that it has stopped"
    passive_be = any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)
    if clause.tag_ not in ("VB", "VBP") and not passive_be:
        return False
    if clause.tag_ == "VBP" and verb.tag_ in ("VBZ", "VBP"):
        # the tagger's "VBP" for a bare verb with a singular subject is taken for a demand only under a
        # past, perfect or future cue ("has proposed that the commission meet", "will propose that the
        # Union consider"; round 25): "X insists that the budget include ..." states where X stands,
        # which the Wikinews gold codes as reported speech
        return False
    if passive_be or clause.lemma_ == "be" and clause.tag_ == "VB":
        return True
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.tag_ in ("NN", "NNP") or subject.lower_ in SINGULAR_PRONOUNS)


def _closed_relative(verb):
    """The noun a relative clause set off by commas describes, when the parse hung the verbs after
    the clause's closing comma on the clause's own verb ("The United Arab Emirates, from whose
    port the tanker had sailed, called on Iran ... and said it was ready ...": the Emirates said
    it, not the tanker), else None (round 22)."""
    first = verb
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    relative = first.head
    if first.dep_ != "conj" or relative.dep_ != "relcl" or relative.head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    opened = relative.left_edge.i > 0 and doc[relative.left_edge.i - 1].text == ","
    # the conjunct after the relative clause's own words, past a comma that closes it
    inner_end = max((t.i for t in relative.subtree if t.i < first.i and not (t.i >= first.left_edge.i)), default=relative.i)
    closed = any(doc[k].text == "," for k in range(relative.i + 1, first.left_edge.i)) and inner_end < first.i
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in first.children)
    return relative.head if opened and closed and not has_subject and relative.head.i < relative.left_edge.i else None
