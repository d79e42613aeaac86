"""Speaker spans from the parse, and their resolution to actors.

A speaker is a noun phrase found by the parse: the subject of a cue verb, the
object of "according to", or the noun phrase after a dash or before a colon.
``speaker_tokens`` cuts the phrase at its first comma, parenthesis, appositive
or relative clause ("Ines Moreau, a lawyer at ..." -> "Ines Moreau").
``resolve_speaker`` maps the span to an actor id with the document's ``ActorIndex`` (the answer of ``Document.actor_at``);
a pronoun ("he") or a bare role noun ("the spokesman") with no actor mention
falls back to the nearest preceding actor of the matching kind; a description of
someone named before ("the veteran diplomat") is that person.
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from spacy.symbols import AUX, VERB

from ..names import title_gender
from ..spans import SpanSet
from ..views import doc_text, entities, pos_ids, sentences, token_depth, token_offsets, views_of
from .lexicon import pronoun_genders, speaker_bodies, speaker_pronouns, speaker_titles

logger = logging.getLogger(__name__)

#: Dependency labels of right-hand children kept inside a speaker phrase.
KEEP_RIGHT_DEPS = frozenset({"compound", "flat", "prep", "pobj", "nummod", "amod", "poss", "nmod", "case",
                             "cc", "conj", "det"})
#: Prepositions whose phrase still names the speaker ("spokesman for the ministry").
KEEP_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "to"})
#: Dependency labels that make up the name at the head of a phrase.
NAME_DEPS = frozenset({"compound", "flat", "amod", "nmod"})
#: Actor kinds a pronoun of kind "organization" may stand for.
ORG_KINDS = frozenset({"organization", "state", "igo", "armed_group", "group"})
#: Sentences before its own that a pronoun speaker searches for the actor it stands for.
ANTECEDENT_WINDOW_SENTENCES = 3
#: Dependency labels of a subject (the most salient antecedent of a pronoun).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Tokens after a common-noun speaker within which a person's name in its phrase names it.
NAMED_AFTER_TOKENS = 6
#: Words of a definite speaker phrase that may refer back to a mention holding its noun ("the Senate Minority Leader").
MAX_DEFINITE_SPEAKER_WORDS = 5
#: Reflexive pronouns that make a verb's object what its subject became ("declared herself president").
REFLEXIVES = frozenset({"herself", "himself", "themselves"})
#: Determiners that open a phrase describing someone named before ("the veteran diplomat").
DESCRIPTION_DETERMINERS = frozenset({"the", "this", "that"})
#: Prepositions that name the author of an issued text ("a statement from the ministry").
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
#: Spokespeople, and the prepositions naming the body they speak for ("a spokesman for the ministry").
SPOKESPERSONS = frozenset({"spokesman", "spokesperson", "spokeswoman"})
SPOKESPERSON_PREPOSITIONS = frozenset({"for", "of", "at"})
#: Nouns of those who speak for the state or body that owns them, unnamed ("China's representative
#: said", "the agency's delegation said"): that state or body (``_represented_body``).
REPRESENTATIVES = frozenset({"ambassador", "delegate", "delegation", "emissary", "envoy", "mission",
                             "negotiator", "representative"})
#: Verbs by which a speaker phrase gives itself a name ("a group calling itself X").
SELF_NAMING_VERBS = frozenset({"call", "dub", "name", "style"})
#: Nouns that, like a spokesperson, speak for their possessor ("the senator's office said").
OFFICES = frozenset({"office"})
#: Prepositions naming the body that role holders speak for ("officials at / of / from X"; not
#: "in Kabul", a place).
MEMBER_PREPOSITIONS = frozenset({"at", "from", "of"})
#: Nouns for parties to an exchange that, plural and counted ("both sides", "all three
#: parties"), speak for the actors named before: a ``group``, as "they"; those of
#: ``STATE_NOUNS`` ("both nations", "the two governments") for the states named before (``states``).
COLLECTIVE_NOUNS = frozenset({"ally", "neighbour", "neighbor", "party", "side"})
STATE_NOUNS = frozenset({"country", "government", "nation", "state"})
#: Words before such a noun that make it the parties named before ("two countries" is anyone).
COLLECTIVE_DETERMINERS = frozenset({"both", "the", "these", "all"})
#: Nouns that, definite and singular, name an organisation mentioned before ("Norsk Kraft cut
#: jobs. "...," the company said": Norsk Kraft).
ORGANIZATION_NOUNS = frozenset({"agency", "airline", "bank", "broadcaster", "carrier", "charity", "company",
                                "firm", "group", "organisation", "organization", "union", "utility"})
#: Quantifiers that, standing alone as a speaker ("Some said ...", "Others told reporters ..."),
#: speak for part of the group named before, like "they".
QUANTIFIERS = frozenset({"many", "most", "others", "several", "some"})
#: Prepositions by which a subject names the group it is or belongs to ("members of", "workers from").
GROUP_PREPOSITIONS = frozenset({"from", "in", "of"})
#: Possessive pronouns that may open a speaker phrase naming nobody ("its foreign ministry",
#: "their lawyers"), with the subject pronoun that tells the kind and gender of their possessor.
POSSESSIVE_SUBJECTS = {"its": "it", "their": "they", "his": "he", "her": "she"}
#: Parts of speech of a noun phrase ending with a comma before the name it introduces, and
#: its most tokens ("The UN special envoy for Sudan, Ingrid Solberg": ``_nouns_before_comma``).
PHRASE_BEFORE_NAME_POS = frozenset({"ADJ", "ADP", "DET", "NOUN", "NUM", "PART", "PROPN"})
MAX_PHRASE_BEFORE_NAME = 8
#: Characters a transcript's turn label may take before its colon ("Question (Ravi, The Daily Courier):").
MAX_TURN_LABEL_CHARS = 60
#: Forms of address that open a question ("Sir, the minister has said ..."), never a speaker.
VOCATIVES = frozenset({"madam", "ma'am", "sir"})
#: Tokens that end a speaker phrase.
PHRASE_BREAKS = frozenset({",", "(", ")", "[", "]", ";", ":", "—", "–", "―", "-", '"', "“", "”", "\n"})
#: Dashes: a speaker's phrase never starts before one (a dateline's place and date come before it).
LEFT_BREAKS = frozenset({"—", "–", "―", "-", "--"})


def speaker_tokens(head, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[start, end)`` of the phrase headed by ``head``, kept inside ``[lo, hi)``."""
    start = max(head.left_edge.i, lo)
    # never reach back over a dash ("NEW DELHI, May 3 - The ministry said": the ministry)
    start = next((k + 1 for k in range(head.i - 1, start - 1, -1)
                  if head.doc[k].text in LEFT_BREAKS and head.doc[k].whitespace_), start)  # not "Kyiv-based"
    # never start on punctuation or a quote mark
    while start < head.i and (head.doc[start].is_punct or head.doc[start].is_space):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in KEEP_RIGHT_DEPS:
            break
        if child.dep_ == "prep" and child.lower_ not in KEEP_PREPOSITIONS:
            break
        right = child.right_edge.i + 1
        if any((t.text in PHRASE_BREAKS and not _joining_hyphen(t)) or "\n" in t.text for t in head.doc[end:right]):
            break
        end = right
    return start, min(end, hi)


def _joining_hyphen(token) -> bool:
    """Whether ``token`` is a hyphen inside a word ("Secretary-General", "Guinea-Bissau"), with no
    space on either side: no break of a speaker phrase, as a spaced dash is."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


#: The parts of speech (ids) of ``turn_label``'s verbs.
_VERB_POS = frozenset((VERB, AUX))


def turn_label(token) -> bool:
    """Whether ``token`` lies in a transcript's turn label, a line opening with a short phrase
    with no verb and a colon ("Question: ...", "Spokesperson Jane Doe: ...", "Question (Ravi,
    The Daily Courier): ..."): it names who has the floor, not the subject of a verb after the
    colon ("Question: The minister said that ...": the minister; "Ruiz said: ..." is no label)."""
    # The tokens' texts are read as slices of the Doc's text by their offsets (``views``),
    # without a ``Token`` per step: the same walk as over ``doc[k].text`` and ``doc[k].idx``.
    doc = token.doc
    text, (starts, ends) = doc_text(doc), token_offsets(doc)
    lo = at = token.i
    while lo > 0 and text.find("\n", starts[lo - 1], ends[lo - 1]) < 0:
        lo -= 1
        if starts[at] - starts[lo] > MAX_TURN_LABEL_CHARS:
            return False
    hi = at
    while not text.endswith(":", starts[hi], ends[hi]):
        hi += 1
        if hi == len(doc) or text.find("\n", starts[hi], ends[hi]) >= 0 or starts[hi] - starts[lo] > MAX_TURN_LABEL_CHARS:
            return False
    poses = pos_ids(doc)
    return not any(poses[k] in _VERB_POS for k in range(lo, hi))


def vocative_speaker(subject):
    """The appositive of a form of address the parse made the subject ("Sir, the Foreign
    Minister, Ana Duarte, has said ...": the minister, not "Sir"), else ``subject``. Round 29q1:
    also of a bare title or name opening the clause whose appositive runs up to the verb with no
    comma closing it ("Chancellor, the Commission said last week that ...": the Commission; "Mr
    Hollo, the opposition leader, said" is an appositive closed by its comma and stays Hollo)."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if subject.lower_ in VOCATIVES:
        return appos or subject
    if appos is None or appos.right_edge.i + 1 != subject.head.i or subject.head.i <= appos.i:
        return subject
    opening = subject.left_edge.i == subject.sent.start or doc[subject.left_edge.i - 1].text == ":"
    bare = not any(c.dep_ in ("det", "poss") for c in subject.children)
    # a person's name is the speaker, its appositive unclosed ("Maria Lopez, a former general said ...")
    return appos if opening and bare and subject.ent_type_ != "PERSON" else subject


def after_label(subject):
    """For a transcript's turn label the parse made the subject ("Question: Prime Minister, the
    opposition leader said ..."), the last of the appositives chained on it, after the colon, when it
    runs up to the verb: the speaker, past a form of address (round 29q1); else None."""
    node = subject
    while (nxt := next((c for c in node.children if c.dep_ == "appos" and c.i > node.i), None)) is not None:
        node = nxt
    return node if node is not subject and node.right_edge.i + 1 == subject.head.i else None


def relative_antecedent(subject):
    """The noun a relative pronoun subject stands for ("lawmakers who said ...": lawmakers),
    else ``subject`` itself."""
    if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("NOUN", "PROPN"):
        return subject.head.head
    return subject


def name_tokens(head) -> tuple[int, int]:
    """The name at the head of a phrase: the head with its compound and flat children."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in NAME_DEPS and child.i == start - 1:
            start = child.i
    return start, head.i + 1


def _span_chars(doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def speaker_span(head, lo: int = 0, hi: int | None = None):
    """``(start, end, name_start, name_end)`` in characters for the phrase headed by ``head``."""
    doc = head.doc
    hi = len(doc) if hi is None else hi
    s, e = speaker_tokens(head, lo, hi)
    if e <= s:
        return None
    ns, ne = name_tokens(head)
    if head.pos_ == "NOUN":  # "a protester using the pseudonym Katya", "an official named Jane Doe"
        ents, starts = entities(doc)
        stop = min(hi, head.right_edge.i + 1)
        title = head.lemma_.lower() in speaker_titles()
        named = next((ent for ent in ents[bisect_right(starts, head.i):bisect_right(starts, head.i + NAMED_AFTER_TOKENS)]
                      if ent.end <= stop and (ent.label_ == "PERSON" or title and _appositive_name(ent))), None)
        if named is not None:
            ns, ne = named.start, named.end
        else:  # "The head of the World Health Organization, Tedros Adhanom Ghebreyesus, said"
            named = _name_after_complement(head)
            if named is not None:
                ns, ne = name_tokens(named)
    if head.pos_ in ("NOUN", "PRON"):
        named = _named_in_phrase(head)
        if named is not None:
            ns, ne = name_tokens(named)
    elif head.pos_ == "PROPN" and head.lemma_.lower() in speaker_titles():
        # a capitalised title and its holder set off by commas: "Nigeria's Minister of State for
        # Foreign Affairs, Mrs. Hauwa Danjuma, told ...": Danjuma, not the title
        named = next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None:
            ns, ne = name_tokens(named)
            while ns < named.i and doc[ns].ent_type_ != "PERSON":
                ns += 1  # not "Mrs."
    return (*_span_chars(doc, s, e), *_span_chars(doc, ns, ne))


def _name_after_complement(head):
    """A person's name set off by a comma after the complement of a role noun, which the parse
    hung on that complement's noun, further than ``NAMED_AFTER_TOKENS`` ("The leader of the
    main opposition party, Kamal Bhandari, said ...": Bhandari), else None."""
    for prep in head.rights:
        for noun in (c for c in prep.children if prep.dep_ == "prep" and c.dep_ == "pobj"):
            for child in noun.rights:
                if child.dep_ == "appos" and child.doc[child.left_edge.i - 1].text == "," \
                        and (child.ent_type_ == "PERSON" or _proper_name(child)):
                    return child
    return None


def _proper_name(head) -> bool:
    """Whether ``head`` heads a name of two or more proper nouns that is no place or nationality
    ("Tedros Adhanom Ghebreyesus" tagged ORG), as ``_appositive_name`` wants of an entity."""
    start, end = name_tokens(head)
    return end - start >= 2 and all(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP")
                                    for t in head.doc[start:end])


def _appositive_name(ent) -> bool:
    """Whether the entity ``ent`` is a name of two or more words set off by a comma as an
    appositive, which after a role noun names its holder whatever label the tagger gave it
    ("the EU's envoy for the region, Helena Marquardt, said": tagged ORG)."""
    return len(ent) >= 2 and ent.label_ not in ("GPE", "LOC", "NORP") and ent.root.dep_ == "appos" \
        and ent.start > 0 and ent.doc[ent.start - 1].text == "," and all(t.pos_ == "PROPN" for t in ent)


def _named_in_phrase(head):
    """The proper name a common-noun or pronoun speaker is given in its own phrase: an
    appositive ("someone, apparently Marchenko,") or the author of an issued text ("a poll
    published by NBC News", "a statement by the ministry") or the body a spokesperson
    speaks for ("a spokesman for the ministry") or role holders belong to ("officials at the
    State Department"); None if there is none."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    named = _self_named(head)
    if named is not None:
        return named
    lemma = head.lemma_.lower()
    if head.tag_ == "NNS" and lemma in speaker_titles():  # "officials at the State Department": the department
        prepositions = MEMBER_PREPOSITIONS
    elif lemma in speaker_bodies():
        prepositions = AUTHOR_PREPOSITIONS | (SPOKESPERSON_PREPOSITIONS if lemma in SPOKESPERSONS else frozenset())
    else:
        return None
    for child in head.rights:
        by = child if child.dep_ == "prep" and child.lower_ in prepositions else None
        if child.dep_ == "acl":
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if author is not None and (author.pos_ == "PROPN" or (author.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in author.children))):
            return author  # "a statement from the ministry", "a spokesman for the ministry"
    return None


def _self_named(head):
    """The name a speaker phrase headed by a common noun gives itself in its own phrase ("a
    militia calling itself the Northern Shield", "the group that held them, which calls itself
    the Valley Brigades": the parse may hang the clause on a noun inside the phrase), with the
    reflexive agreeing in number ("itself" for a singular noun, "themselves" for a plural one);
    else None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in speaker_titles():
        return None
    reflexive = "themselves" if head.tag_ == "NNS" else "itself"
    for verb in head.subtree:
        if verb.lemma_.lower() not in SELF_NAMING_VERBS or verb.dep_ not in ("relcl", "acl") or verb.i < head.i:
            continue
        if any(c.dep_ == "dobj" and c.lower_ == reflexive for c in verb.children):
            name = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def _counted(head) -> bool:
    """Whether a plural noun is counted as the parties named before ("both sides", "the two
    leaders", "all three parties"; not "two countries" or "the countries": anyone)."""
    lefts = {c.lower_ for c in head.lefts}
    return head.tag_ == "NNS" and ("both" in lefts or bool(lefts & COLLECTIVE_DETERMINERS)
                                   and any(c.dep_ == "nummod" for c in head.lefts))


def fallback_kind(head, span_tokens) -> str | None:
    """Which kind of actor a pronoun, bare title or issued text stands for ("person",
    "organization", "firm" for "the company": an organisation but no state, "body" for a
    spokesperson or a statement: whoever it speaks for, "group"
    for "they" or "both sides", "states" for "both nations"), or None when it names someone."""
    pronoun = speaker_pronouns().get(head.lower_)
    if pronoun:
        return pronoun
    if any(t.pos_ == "PROPN" for t in span_tokens):
        return None
    lemma = head.lemma_.lower()
    if head.lower_ in QUANTIFIERS and not any(c.dep_ == "prep" for c in head.rights):
        return "group"  # "Some said ...": some of the group named before, as "they"
    if lemma in COLLECTIVE_NOUNS | STATE_NOUNS | speaker_titles() and _counted(head):
        # not "two countries", "the countries"; "the two leaders": the persons named together before
        return "states" if lemma in STATE_NOUNS else "persons" if lemma in speaker_titles() else "group"
    if lemma in ORGANIZATION_NOUNS and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                                 for c in head.lefts):
        return "firm"  # "the company said": the organisation (not a state) named before
    if lemma in speaker_bodies():  # not "reports say", "according to eyewitness reports": nobody in particular
        definite = head.tag_ != "NNS" or any(c.dep_ in ("det", "poss") and c.lower_ != "some" for c in head.lefts)
        return "body" if definite else None
    if lemma in speaker_titles() and head.tag_ != "NNS" and not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                  for c in head.lefts):
        return "person"  # not "a senior official" (someone new) nor "officials" (not one person)
    return None


def linked_gender(document, actor) -> str | None:
    """``m`` or ``f`` when the pronouns the actors stage linked to ``actor`` agree, else None."""
    genders = pronoun_genders()
    found = {genders.get(document.text[s:e].lower()) for s, e in actor.mentions} - {None}
    return found.pop() if len(found) == 1 else None


def actor_gender(document, actor) -> str | None:
    """``m`` or ``f`` that the pronouns linked to person ``actor`` agree on (``linked_gender``),
    else that a title or given name of theirs tells ("Mrs. Dahl", "Lena Dahl":
    ``names.title_gender``), else None."""
    if actor.kind != "person":
        return None
    return linked_gender(document, actor) or next(
        filter(None, (title_gender(document.text, s, e) for s, e in actor.mentions)), None)


def _compatible(document, kinds: set[str], gender: str | None):
    """The actors of ``document`` of one of ``kinds``, leaving out a person known to be of
    another gender than ``gender``."""
    for actor in document.actors:
        if actor.kind in kinds and not (gender and actor.kind == "person"
                                        and actor_gender(document, actor) not in (None, gender)):
            yield actor


def nearest_preceding_actor(document, offset: int, kind: str, gender: str | None = None,
                            quoted: SpanSet | None = None) -> str | None:
    """Id of the actor of ``kind`` whose mention ends last before ``offset``; with ``gender``
    ("he" -> ``m``), a person known to be of the other gender is passed over (the most
    recent compatible one: "Mohammed met Hatice Cengiz. ... she said"); mentions inside
    ``quoted`` content do not count (""Our forces held," it said" is not "our forces")."""
    kinds = {"person"} if kind == "person" else ORG_KINDS
    best, best_end = None, -1
    for actor in _compatible(document, kinds, gender):
        for s, e in actor.mentions:
            if best_end < e <= offset and not (quoted is not None and quoted.contains(s, e)):
                best, best_end = actor.id, e
    return best


def _sentence_starts(doc) -> list[int]:
    """Character offsets where the sentences of ``doc`` start, kept in the Doc's views."""
    derived = views_of(doc).derived
    found = derived.get("quotes_sentence_starts")
    if found is None:
        found = derived["quotes_sentence_starts"] = [s.start_char for s in sentences(doc)]
    return found



def salient_antecedent(document, doc, offset: int, kind: str, gender: str | None,
                       quoted: SpanSet | None = None, subjects_only: bool = False,
                       last_speaker: str | None = None) -> str | None:
    """Id of the actor a speaker at ``offset`` most likely stands for: among the mentions
    of compatible actors (``kind``, ``gender`` as in ``nearest_preceding_actor``) in its
    own sentence before it and the ``ANTECEDENT_WINDOW_SENTENCES`` sentences before (not
    counting those inside quoted content),
    leaving out mentions inside quoted content (``quoted``; not for a ``group``, which may be
    named in the reported content: "According to a poll, 200 members of the House favour ...
    Some said ...": the House), the nearest sentence that has
    one wins; in it, the subject closest to the sentence root ("Marchenko filed his
    resignation. He said Novak is ...; ..., he added": Marchenko), else the last
    mention (none with ``subjects_only``: a description of someone stands for the topic of
    the sentence before, not for a person it acts upon: "Police held Farouk. The judge
    said ...": nobody). For a ``body`` (a spokesperson, a statement: any kind of actor) the nearest
    sentence with such a subject (or its appositive name: "The company Norsk Kraft issued
    ...") wins ("The task force released a statement ... A
    spokesperson told the Times ...": the task force); for a ``group`` ("they") the same,
    counting a person only as the first of coordinated subjects ("Lindqvist and his
    counterparts gathered in Oslo. They concluded ...": Lindqvist). A person who is no active
    subject there (only acted upon: "Farouk was arrested") gives way to ``last_speaker`` (the
    speaker of the quote before) when the window mentions them ("Saleh told reporters ...
    The announcement came after Farouk was arrested. "...," he said": Saleh). None when the
    window holds no compatible mention."""
    kinds = {"person"} if kind in ("person", "persons") else {"state", "person"} if kind == "states" \
        else ORG_KINDS | {"person"} if kind in ("body", "group") else ORG_KINDS - {"state"} if kind == "firm" \
        else ORG_KINDS
    starts = _sentence_starts(doc)
    here = bisect_right(starts, offset) - 1
    first, counted = here, 0
    while first > 0 and counted < ANTECEDENT_WINDOW_SENTENCES:  # sentences inside a quote do not count
        first -= 1
        counted += not (quoted is not None and quoted.inside(starts[first] + 1))
    floor = starts[first] if starts else 0
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for actor in _compatible(document, kinds, gender):
        for s, e in actor.mentions:
            if floor <= s and e <= offset and not (quoted is not None and kind != "group" and quoted.contains(s, e)):
                by_sentence.setdefault(bisect_right(starts, s) - 1, []).append((s, e, actor.id, actor.kind))
    fronted = _fronted_phrases(doc, offset)
    for k in sorted(by_sentence, reverse=True):
        found = sorted(m for m in by_sentence[k] if not _fronted_object(doc, fronted, m[0], m[1]))
        if not found:
            continue
        subjects = []
        for s, e, actor_id, actor_kind in found:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            if kind == "group":  # "Hundreds of nurses marched. They said ...": the nurses
                root = _subject_holding(root) or root
            named = root.dep_ == "appos" and root.pos_ == "PROPN" and root.head.dep_ in SUBJECT_DEPS
            if root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS:
                root = root.head  # "The company Norsk Kraft issued ...": the subject's own name
            if root.dep_ not in SUBJECT_DEPS:
                continue
            if kind == "group" and root.lemma_.lower() in speaker_titles() and _counted(root):
                # "Soto and Vega met. The two leaders signed ... They said ...": Soto, not the state given "leaders"
                actor_id = salient_antecedent(document, doc, s, "persons", None, quoted) or actor_id
            if kind in ("group", "states") and actor_kind == "person" and not any(
                    c.dep_ == "conj" for c in span.root.children) and not _coordinated_before(root):
                continue
            # the name before the description it names ("A navy spokesman, Captain Ruwan Gamage, said
            # ...": Gamage, though the actors stage built "navy spokesman" apart; round 27q1)
            subjects.append((token_depth(root), not named, s, actor_id, root.dep_ == "nsubj"))
        if kind == "person" and last_speaker is not None and not any(active for *_, active in subjects) \
                and any(m[2] == last_speaker for ms in by_sentence.values() for m in ms):
            return last_speaker
        if subjects:
            return min(subjects)[3]
        if subjects_only:
            return None
        if kind not in ("body", "group", "states", "persons", "firm"):
            return found[-1][2]  # "the company" is the firm a subject names, not a place it went to (round 25)
    return None


def _fronted_phrases(doc, offset: int) -> list[tuple[int, int]]:
    """Token ranges of the phrases before the speaker at ``offset`` that its verb opens with
    ("In a statement read on state television, it said ...", "Speaking to the BBC, he said
    ..."): what they name other than a subject is not who speaks."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].dep_ not in SUBJECT_DEPS:
        return []
    speaker = span[0]
    return [(c.left_edge.i, c.right_edge.i + 1) for c in speaker.head.lefts
            if c.i < speaker.i and c.dep_ in ("prep", "advcl", "npadvmod")]


def _fronted_object(doc, fronted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the mention ``[start, end)`` lies in one of the ``fronted`` phrases and is no
    subject there ("In a statement read on state television, it said": the television)."""
    if not fronted:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ not in SUBJECT_DEPS \
        and any(lo <= span.root.i < hi for lo, hi in fronted)


def _coordinated_before(subject) -> bool:
    """Whether the parse hung a coordinated name before ``subject`` on it ("US President Donald
    Trump and Turkish President Erdogan spoke": Trump and "and" hang on Erdogan)."""
    return any(c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" for g in c.children) for c in subject.lefts)


def _subject_holding(token):
    """The subject whose phrase names ``token`` after a preposition ("hundreds of nurses",
    "members of the parliament", "teachers from the union"), else None."""
    for _ in range(2):
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in GROUP_PREPOSITIONS:
            return None
        token = prep.head
        if token.dep_ in SUBJECT_DEPS:
            return token
    return None


def same_noun_antecedent(document, offset: int, phrase: str, head: list[str],
                         kinds: set[str] | None = None, doc=None, quoted: SpanSet | None = None,
                         marks: frozenset[str] = frozenset()) -> str | None:
    """For a short definite speaker phrase ("the ministry", "the Senate Minority Leader"), the
    actor (of one of ``kinds``, any kind without) whose mention ends last before ``offset``
    and holds its head noun (the last word of ``head``: "Iran's foreign ministry", "Senate
    Minority Leader Chuck Schumer"), or, with the parse ``doc``, whose mention has it in its
    appositive or in the predicate of its relative clause ("Dahl, the head of the agency,",
    "Dahl, who is the chief negotiator": "the agency head", "the negotiator"); None for any
    other phrase or when no mention does. A mention inside quoted content (``quoted``) is someone's
    words, no antecedent ("... "the accountants of a company in Perth" ... the company said": not
    that company; round 25). A mention that holds the noun in its words must also hold the
    phrase's title words ``marks`` (``title_marks``; round 29q1: "the Interior Minister" is no
    "Prime Minister of Norland")."""
    words = phrase.split()
    if not words or words[0] != "the" or len(words) > MAX_DEFINITE_SPEAKER_WORDS:
        return None
    return last_holding(document, offset, head, kinds, doc, quoted, marks)


def _described_as(doc, start: int, end: int) -> list[str]:
    """Head nouns, in lower case, of the appositive of the mention ``[start, end)`` of ``doc``,
    of the noun the mention is the appositive of, and of the predicate of its relative clause
    ("Dahl, the head of the agency," and "The head of the agency, Dahl," -> head; "Dahl, who
    is the chief negotiator" -> negotiator), and of a one-word title before it that the mention
    leaves out ("President Karl Berg" -> president; not "Prime Minister Ana Ruiz": a "minister"
    of another kind)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    root = span.root
    found = [root.head.lower_] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
    found += _nouns_before_comma(doc, span.start)
    found += [c.lower_ for c in root.lefts if c.dep_ == "compound" and c.i < span.start and not any(c.lefts)
              and c.lower_ in speaker_titles()]  # "President Karl Berg" (not "Prime Minister ...")
    for child in root.rights:
        if child.dep_ == "relcl":
            child = next((c for c in child.children if c.dep_ == "attr"), None)
        elif child.dep_ != "appos":
            continue
        if child is not None and child.pos_ == "NOUN":
            found.append(child.lower_)
    return found


def _nouns_before_comma(doc, start: int) -> list[str]:
    """Nouns, in lower case, of the noun phrase that opens a clause and ends with a comma right
    before token ``start``, the name it introduces ("The UN special envoy for Sudan, Ingrid
    Solberg, ..." -> envoy, whatever the parse made of the name; not the nouns of its
    complement: "A spokeswoman for the agency, Anna Berg" -> spokeswoman, not agency); none
    after a preposition or across a verb ("In talks with the envoy, Solberg ...": none)."""
    if start < 2 or doc[start - 1].text != ",":
        return []
    i = start - 2
    while i > doc[start].sent.start and start - 2 - i < MAX_PHRASE_BEFORE_NAME \
            and doc[i - 1].pos_ in PHRASE_BEFORE_NAME_POS and doc[i - 1].text != ",":
        i -= 1
    opens = i == doc[start].sent.start or doc[i - 1].is_punct or doc[i - 1].pos_ in ("VERB", "AUX")
    if not opens or doc[i].pos_ == "ADP":
        return []
    stop = next((t.i for t in doc[i:start - 1] if t.pos_ == "ADP"), start - 1)
    return [t.lower_ for t in doc[i:stop] if t.pos_ == "NOUN"]


def last_holding(document, offset: int, head: list[str], kinds: set[str] | None = None, doc=None,
                 quoted: SpanSet | None = None, marks: frozenset[str] = frozenset()) -> str | None:
    """The actor (of one of ``kinds``, any kind without) whose mention ends last before
    ``offset`` and holds the last word of ``head`` with the words ``marks`` (with ``doc``, also
    in what describes the mention: ``same_noun_antecedent``); None when none does."""
    noun = head[-1] if head else ""
    if not noun.isalpha():
        return None
    best, best_end = None, -1
    for actor in document.actors:
        if kinds is not None and actor.kind not in kinds:
            continue
        for s, e in actor.mentions:
            if quoted is not None and quoted.contains(s, e):
                continue
            if not best_end < e <= offset:
                continue
            held = document.text[s:e].lower().split()
            if noun in held and marks <= set(held) or doc is not None and noun in _described_as(doc, s, e):
                best, best_end = actor.id, e
    return best


def _describes_person(doc, start: int, end: int) -> bool:
    """Whether the speaker phrase ``[start, end)`` describes one person without naming them: a
    definite phrase headed by a role noun or an age, with no person's name in it ("the
    veteran diplomat", "the UN chief", "the former minister", "the 52-year-old")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in DESCRIPTION_DETERMINERS:
        return False
    head = span.root
    aged = head.lower_ == "old" and head.i >= 2 and head.doc[head.i - 2].lower_ == "year"  # "the 52-year-old"
    role = head.pos_ == "NOUN" and head.tag_ != "NNS" and head.lemma_.lower() in speaker_titles()
    return (aged or role) and not any(t.ent_type_ == "PERSON" for t in span)


def title_marks(doc, start: int, end: int) -> frozenset[str]:
    """Lower-cased capitalised words between the determiner and the head of the speaker phrase
    ``[start, end)`` that name no country or people: the kind of title it is ("the Interior
    Minister" -> interior; "the Chinese minister", "the minister": none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return frozenset()
    return frozenset(t.lower_ for t in span[1:] if t.i < span.root.i and t.text[:1].isupper()
                     and t.ent_type_ not in ("NORP", "GPE"))


def _bare_definite(doc, start: int, end: int) -> bool:
    """Whether the speaker phrase ``[start, end)`` is "the" and common nouns naming no one and
    no country ("the ministry", "the foreign ministry"; not "the Polish ministry")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].lower_ == "the" and all(
        t.pos_ in ("ADJ", "NOUN") and not t.ent_type_ for t in span[1:])


def _qualified_holder(document, offset: int, phrase: str, head: list[str]) -> str | None:
    """For a bare definite phrase ("the ministry"), the organisation or state whose mention
    ends last before ``offset``, holds its head noun and says more than the phrase ("Poland's
    foreign ministry summoned ... The ministry said": Poland, not the state the actors stage
    took for a bare "ministry" from the sentences around it); None when none does."""
    noun, words = (head[-1] if head else ""), set(phrase.split())
    best, best_end = None, -1
    for actor in document.actors:
        if actor.kind in ORG_KINDS:
            for s, e in actor.mentions:
                held = document.text[s:e].lower().split()
                if best_end < e <= offset and noun in held and not set(held) <= words:
                    best, best_end = actor.id, e
    return best


def _predicate_words(doc, start: int, end: int) -> set[str]:
    """Words, in lower case, of the noun phrase of the mention ``[start, end)`` and of what it is
    said to be or become as the subject of its verb or of its relative clause ("Bolivian
    President Evo Morales"; "Ruiz became interim president", "Ruiz
    declared herself interim president", "Ruiz was appointed special envoy", "Ruiz, who was
    sworn in as interim president,")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    root = span.root
    verbs = [root.head] if root.dep_ in SUBJECT_DEPS else []
    verbs += [c for c in root.rights if c.dep_ == "relcl"]
    words = {t.lower_ for t in doc[root.left_edge.i:span.end]}  # "Bolivian President Evo Morales"
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                child = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif not (child.dep_ in ("attr", "oprd") or child.dep_ == "dobj" and any(
                    t.lower_ in REFLEXIVES for t in (*verb.children, *child.subtree))):
                continue
            if child is not None and child.pos_ == "NOUN":
                words.update(t.lower_ for t in child.subtree)
    return words


def _described_otherwise(document, doc, start: int, end: int, actor) -> str | None:
    """For a description whose actor is a named person (the holder of its title, by the actors
    stage), another person described before ``start`` with its noun and a word of it that no
    named mention of that actor holds ("Bolivian President Evo Morales resigned. Jeanine Anez declared
    herself interim president. ... the interim president said": Anez), in a mention, its
    phrase, appositive or relative clause or what it became (``_predicate_words``); else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    noun = span.root.lower_
    marks = {t.lower_ for t in span if t.i != span.root.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}
    if not marks or any(marks & _predicate_words(doc, s, e) for s, e in actor.mentions
                        if document.text[s:s + 1].isupper()):  # its names, not a title it was given
        return None
    best, best_end = None, -1
    for other in document.actors:
        if other.kind != "person" or other is actor or not other.name[:1].isupper():
            continue
        for s, e in other.mentions:
            if best_end < e <= start:
                words = _predicate_words(doc, s, e)
                if noun in words | set(_described_as(doc, s, e)) and marks & words:
                    best, best_end = other.id, e
    return best


def _only_person_of(document, doc, index, start: int, end: int) -> str | None:
    """For a description naming a country ("the Swedish leader", "the US envoy"), the one
    person of that country (the country of the actor its adjective or name stands for, a state
    or the description itself)
    mentioned before ``start``; None when there is no such word, or not exactly one person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.ent_type_ in ("NORP", "GPE")] if span is not None else []
    states = {a.country for a in (index.at(t.idx, t.idx + len(t.text)) for t in words)
              if a is not None and a.country}  # a state, or the description's own actor ("Togolese president")
    found = [a.id for a in document.actors if a.kind == "person" and a.country in states
             and any(e <= start for _, e in a.mentions)]
    return found[0] if len(found) == 1 else None


def _named_person(actor, phrase: str) -> bool:
    """Whether ``actor`` is a person known by a name, not only by the phrase ``phrase`` that
    describes them ("former Chilean diplomat" is no name)."""
    if actor is None or actor.kind != "person" or not actor.name[:1].isupper():
        return False
    if actor.name.lower().split()[-1] in speaker_titles():  # "United Nations envoy" is a description
        return False
    return not set(actor.name.lower().split()) <= set(phrase.split())


def _state_of(document, actor_id: str) -> str | None:
    """``actor_id`` when it is a state, else the state actor of the person's country ("Trump
    and Erdogan spoke. Both nations said ...": the United States), else None."""
    actor = next(a for a in document.actors if a.id == actor_id)
    if actor.kind == "state":
        return actor_id
    return next((a.id for a in document.actors if a.kind == "state" and actor.country
                 and a.country == actor.country), None)


def _spoken_for_before(doc, index, offset: int, noun: str) -> str | None:
    """Id of the actor that the last ``noun`` before ``offset`` speaks for in its own phrase
    ("A spokesperson for the State Department said ... The spokesperson added ...": the
    department; an earlier "the spokesperson" is passed over), else None."""
    here = doc.char_span(offset, offset + 1, alignment_mode="expand")
    for token in reversed(doc[:here.start] if here is not None else ()):
        named = _named_in_phrase(token) if token.lower_ == noun else None
        if named is not None:
            lo, hi = speaker_tokens(named, 0, len(doc))
            actor = index.at(*_span_chars(doc, lo, hi)) or index.at(named.idx, named.idx + len(named.text))
            return actor.id if actor is not None else None
    return None


def _holder_named_here(document, actor_id: str | None) -> str | None:
    """``actor_id``, unless it is a person the text never calls by name, only by a description
    the actors stage linked to the holder of a title in its knowledge base ("The Argentine
    president" as the country's president of today): then the one person of the description's
    country named before it ("... with his Argentine counterpart, Martin Luque. The Argentine
    president ... he said": Luque), else ``actor_id``. So too for a person the actors stage knows
    only by a definite description ("the Togolese president", "its new envoy"; not "an Egyptian
    diplomat", someone new)."""
    actor = next((a for a in document.actors if a.id == actor_id), None)
    if actor is None or actor.kind != "person" or not actor.mentions:
        return actor_id
    surname, first = actor.name.split()[-1], actor.mentions[0][0]
    described = (not actor.name[:1].isupper() or surname.lower() in speaker_titles()) \
        and document.text[max(0, first - 3):first].lower().split()[-1:] not in (["a"], ["an"])
    if not described and any(surname in document.text[s:e] for s, e in actor.mentions):
        return actor_id
    found = [a.id for a in document.actors if a.kind == "person" and a is not actor and actor.country
             and a.country == actor.country and any(e <= first for _, e in a.mentions)
             and not _titled_otherwise(document, a, actor.name)]
    return found[0] if len(found) == 1 else actor_id


def _titled_otherwise(document, person, title: str) -> bool:
    """Whether a mention of ``person`` holds the head word of ``title`` right after a capitalised
    word that ``title`` lacks: another office of that kind (round 29q1: "the Prime Minister of
    Norland" is no "Interior Minister"; "President Karl Berg" may be "the Togolese president")."""
    *marks, head = title.lower().split() or [""]
    for s, e in person.mentions:
        words = document.text[s:e].split()
        if any(w.lower() == head and k and words[k - 1][:1].isupper() and words[k - 1].lower() not in marks
               for k, w in enumerate(words)):
            return True
    return False


def resolve_speaker(document, doc, chars, fallback: str | None, quoted: SpanSet | None = None,
                    said_before: list | None = None) -> str | None:
    """Actor id for a speaker span ``(start, end, name_start, name_end)`` of ``document`` (parsed
    as ``doc``); ``quoted`` holds the quoted contents, whose mentions a pronoun does not stand for;
    ``said_before`` lists ``(speaker, (start, end))`` of the quotes before, speaker phrase's place: the
    last speaker is one a pronoun may go on with (``_continued_speaker`` too). A person
    known here only by a description that stands for a title's holder elsewhere gives way to the
    person of its country the text names (``_holder_named_here``)."""
    said_before = said_before or []
    last_speaker = said_before[-1][0] if said_before else None
    continued = _continued_speaker(doc, chars[0], document.text[chars[0]:chars[1]].strip().lower(), said_before)
    return _holder_named_here(document, continued or _resolve_speaker(document, doc, chars, fallback, quoted,
                                                                     last_speaker))


def _binding_pronoun(doc, start: int, end: int) -> int:
    """Offset of the pronoun subject that binds the speaker pronoun at ``start``: the same pronoun
    as the subject of a clause above it ("It published on its site a video of what it called ...":
    the first "it"), whose antecedent it shares, so that nothing named between the two (the site)
    takes it; else ``start``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "PRON":
        return start
    token = span[0]
    for head in token.ancestors:
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.lower_ == token.lower_:
                return c.idx
    return start


def _continued_speaker(doc, start: int, said: str, said_before: list) -> str | None:
    """The speaker of a quote of the sentence before when "it" or "they" opens the next sentence
    and that quote's speaker phrase was a body (no person, no title, no pronoun) as a subject there,
    in the same number (the main clause's first): "The military government rejected the plan,
    saying ... It said it would ...", "... the two leaders agreed that ..., the premier's office
    said. It said ...": the government and the office, even when the actors stage built no actor of
    that phrase to find as an antecedent. Round 24."""
    if said not in ("it", "they") or not said_before:
        return None
    starts = _sentence_starts(doc)
    here = bisect_right(starts, start) - 1
    if here < 1 or starts[here] != start:
        return None
    found = []
    for speaker, chars in said_before:
        if speaker is None or chars is None or bisect_right(starts, chars[0]) - 1 != here - 1:
            continue
        span = doc.char_span(chars[0], chars[1], alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is None or root.dep_ not in SUBJECT_DEPS or root.pos_ not in ("NOUN", "PROPN") \
                or root.ent_type_ == "PERSON" or root.lemma_.lower() in speaker_titles():
            continue
        plural = root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children)
        if plural == (said == "they"):
            found.append((root.head.dep_ != "ROOT", -chars[0], speaker))
    return min(found)[2] if found else None


def _resolve_speaker(document, doc, chars, fallback, quoted, last_speaker) -> str | None:
    start, end, name_start, name_end = chars
    said = document.text[start:end].strip().lower()
    gender = pronoun_genders().get(said)
    index = views_of(doc).actor_index(document.actors)
    if said in RELATIVE_SPEAKERS:  # round 20d: "Mr. Delorme, who is quoted as saying: ..."
        found = _relative_antecedent(doc, index, start, end)
        if found is not None:
            return found
    if said in speaker_pronouns():  # the quotes known here outrank the actors stage's pronoun link
        # "It published ... what it called ...": the antecedent of the pronoun it repeats (round 28q1)
        at = _binding_pronoun(doc, start, end)
        found = salient_antecedent(document, doc, at, fallback, gender, quoted, last_speaker=last_speaker)
        linked = index.at(start, end) if gender else None
        if found is not None and linked is not None and linked.id != found and linked.kind == "person" \
                and found != last_speaker \
                and linked_gender(document, next(a for a in document.actors if a.id == found)) is None:
            return linked.id  # ... unless only that link knew their genders ("Pelosi met Pompeo. ... she said")
        if found is not None:
            return found
    if fallback == "persons":  # "Soto and Vega met. The two leaders said ...": Soto, not the state
        found = salient_antecedent(document, doc, start, fallback, None, quoted)  # the actors stage gave "leaders"
        if found is not None:
            return found
    actor = index.at(name_start, name_end) or index.at(start, end)
    represented = _represented_body(document, doc, index, start, end, name_start, name_end)
    if represented is not None:  # "China's representative said ...": China
        return represented
    owner = _owner(doc, start, end) if start <= name_start and name_end <= end else None
    if owner is not None:  # "the president's spokesman", "her office": whom the owner stands for
        found = _owner_speaker(document, doc, index, owner, start, end, quoted, last_speaker)
        if found is not None:
            return found
    head = document.text[name_start:name_end].lower().split()[-1:]
    if _describes_person(doc, start, end) and _named_person(actor, said):
        found = _described_otherwise(document, doc, start, end, actor)
        if found is not None:
            return found
    if _describes_person(doc, start, end) and not _named_person(actor, said):
        found = _only_person_of(document, doc, index, start, end) or \
            same_noun_antecedent(document, start, said, head, {"person"}, doc, quoted,
                                 title_marks(doc, start, end)) or \
            salient_antecedent(document, doc, start, "person", None, quoted, subjects_only=True)
        if found is not None:
            return found
    if actor is not None and actor.name[:1].isupper():
        found = _qualified_holder(document, start, said, head) if actor.kind != "person" \
            and _bare_definite(doc, start, end) else None
        return found or actor.id
    found = same_noun_antecedent(document, start, said, head, ORG_KINDS - {"state"} if fallback == "firm" else None,
                                 doc, quoted)  # "the agency" is no "spokeswoman for the agency"
    if found is None and actor is not None and fallback == "firm":  # "the rights group": the body named before
        found = salient_antecedent(document, doc, start, fallback, gender, quoted)
    if actor is not None and found is None:
        return actor.id  # "the hospital" itself, unless a name before holds its noun ("Lund University Hospital")
    if found is not None:
        return found
    if fallback == "body" and said.split()[:1] == ["the"] and head and head[-1] in SPOKESPERSONS:
        found = _spoken_for_before(doc, index, start, head[-1])  # "A spokesman for X said ... The spokesman"
        if found is not None:
            return found
    if fallback == "body" and head and head[-1] not in speaker_bodies():
        return last_holding(document, start, head)  # "a spokesman for the ministry": the ministry, else nobody
    if fallback:
        found = None
        if fallback in ("body", "group", "states", "firm") and said not in speaker_pronouns():
            found = salient_antecedent(document, doc, start, fallback, gender, quoted)
        if fallback == "states" and found is not None:
            found = _state_of(document, found)
        if fallback in ("person", "organization"):
            found = found or nearest_preceding_actor(document, start, fallback, gender, quoted)
        logger.debug("speaker %r resolved by fallback to %s", document.text[start:end], found)
        return found
    return _possessor(document, doc, start, end, quoted, last_speaker)


def _represented_body(document, doc, index, start: int, end: int, name_start: int, name_end: int) -> str | None:
    """For a speaker phrase naming nobody and headed by a noun of those who speak for a state or
    body (``REPRESENTATIVES``) that a state or organisation owns ("China's representative", "the
    agency's delegation", "Brazil's delegate"), that state or organisation's actor; None for any
    other phrase, one that names its holder ("Iran's envoy, Reza Ghaffari") or an owner that is a
    person ("the president's envoy")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.lemma_.lower() not in REPRESENTATIVES or head.tag_ == "NNS" \
            or document.text[name_start:name_end][:1].isupper() or any(t.ent_type_ == "PERSON" for t in span):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    lo, hi = doc[owner.left_edge.i].idx, owner.idx + len(owner.text)
    said = document.text[lo:hi].lower()
    for actor in document.actors:  # a mention inside the owner, else one that reads as it ("China" before)
        if actor.kind in ORG_KINDS and any(lo <= s and e <= hi for s, e in actor.mentions):
            return actor.id
    for actor in document.actors:
        if actor.kind in ORG_KINDS and any(document.text[s:e].lower() == said for s, e in actor.mentions):
            return actor.id
    return None


def _owner(doc, start: int, end: int):
    """The possessor of a spokesperson, an office or an issued text heading the speaker phrase
    ``[start, end)`` ("the president's spokesman", "her office", "Marek's letter"), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    if head is None or head.lemma_.lower() not in speaker_bodies() | OFFICES:
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _owner_speaker(document, doc, index, owner, start: int, end: int, quoted: SpanSet | None,
                   last_speaker: str | None) -> str | None:
    """Whom the ``owner`` of an office or spokesperson (``_owner``) stands for: a possessive
    pronoun the actors stage linked to a person of its gender is that person ("Berg spoke to Lund.
    "...," her office said": Lund), else it is found like its subject form (``_possessor``); a noun
    or name is resolved as a speaker of its own ("the senator's office": the senator)."""
    if owner.pos_ != "PRON":
        return _resolve_speaker(document, doc, speaker_span(owner), fallback_kind(owner, [owner]), quoted, last_speaker)
    linked = index.at(owner.idx, owner.idx + len(owner.text))
    gender = pronoun_genders().get(POSSESSIVE_SUBJECTS.get(owner.lower_, ""))
    if linked is not None and linked.kind == "person" and gender and actor_gender(document, linked) == gender:
        return linked.id
    return _possessor(document, doc, start, end, quoted, last_speaker)


def _possessor(document, doc, start: int, end: int, quoted: SpanSet | None, last_speaker: str | None) -> str | None:
    """For a speaker phrase that names nobody and opens with a possessive pronoun ("Norway
    condemned what its foreign ministry called ...", "their lawyers said"), the actor the
    pronoun stands for, found as its subject form would be ("it", "they"); else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first = span[0] if span is not None and len(span) else None
    subject = POSSESSIVE_SUBJECTS.get(first.lower_) if first is not None and first.dep_ == "poss" else None
    kind = speaker_pronouns().get(subject) if subject else None
    if kind is None:
        return None
    return salient_antecedent(document, doc, start, kind, pronoun_genders().get(subject), quoted,
                              last_speaker=last_speaker)


#: Relative pronouns that a quote cue's subject may be ("X, who told reporters: ...").
RELATIVE_SPEAKERS = frozenset({"who", "which", "that"})


def _relative_antecedent(doc, index, start: int, end: int) -> str | None:
    """The actor a relative pronoun speaker stands for: the noun its clause modifies ("the remarks
    of Mr. Delorme, who is quoted as saying: ...": Delorme), when that noun is an actor's mention;
    else None (round 20d)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0].head
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    actor = index.at(noun.idx, noun.idx + len(noun.text))
    return actor.id if actor is not None else None
