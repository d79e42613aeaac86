"""Recognition: every span of a parsed document that names a political actor,
each with its resolution (an ``ActorGuess``).

Anchors come from the knowledge-base ruler (``Resolver.scan`` over the text: names,
aliases, capitals, demonyms, government metonyms) and from the spaCy model's
entities (PERSON, ORG). Each anchor is then read in its syntax:

- a person takes the titles before it and its appositive as role, sector and country
  ("Russian President Vladimir Putin", "Maria Zakharova, spokesperson for ...");
- a state word that modifies an actor noun or title makes one phrase with it
  ("Russian officials", "Afghanistan's Minister of Defense", "Kabul police");
- a capital is the government when it acts (subject, object, possessor) and a
  location when it is where something happens ("a delegation to Kabul");
- actor nouns without a country ("the rebels", "protesters") are actors too.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import NamedTuple

import numpy as np
from spacy import symbols
from spacy.attrs import DEP, ENT_TYPE, IDX, IS_ALPHA, IS_TITLE, IS_UPPER, LENGTH, LIKE_NUM, POS, SENT_START, TAG
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN

from .. import resources
from ..names import given_name_gender
from ..nlp import DATELINE_CHARS, dateline_end
from ..spans import SpanSet
from ..views import (among, dependency_tree, doc_text, entities, indices_of, noun_chunks, pos_ids, sentence_of, sentences,
                     token_labels, token_range, token_strings, views_of)
from .owned import act_nouns, owned_nouns
from .pronouns import pronoun_genders
from .resolve import BODY_NAME_HEADS, FORMER_WORDS, ActorGuess, Match, Resolver
from .scan import _plural_stems, preferred
from .text import case_ok, key_of, may_hold_ignorecase, needs_capitals, slug, token_columns, tokenize

logger = logging.getLogger(__name__)

#: Dependency labels under which a capital or city acts (is the government / an actor).
ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "poss", "agent", "attr", "dative", "ROOT", "appos", "csubj"))
#: Prepositions after which a capital acts rather than being a place ("talks with Kabul").
ACTING_PREPS = frozenset(("by", "with", "against", "between", "on", "toward", "towards", "than"))
#: Prepositions whose capital acts when they hang on an act of ``owned.yaml`` ("the criticism of
#: Minsk", "pressure from Moscow", "a warning to Minsk", "support for Kyiv"); "to" also after
#: "according" or a word of ``LOYALTY_WORDS`` ("loyal to Moscow"). Elsewhere the capital is a place
#: ("the streets of Minsk", "flew to Berlin", "left for Moscow").
PARTY_PREPS = frozenset(("of", "from", "to", "for"))
#: Words after a referring alias's noun that make it another group ("the alliance of farmers").
OTHER_GROUP_WORDS = frozenset(("of", "for", "between"))
#: Common nouns that, after "the", are the body named before them whose name ends with the noun
#: ("the African Union ... the union", "the Arab League ... the league"), not a labour union or
#: any other group of that noun (issue 16, round 16b). The KB's own referring aliases ("the bloc",
#: "the alliance") are read by ``Recognizer._referring_settled``.
REFERRING_BODY_NOUNS = frozenset(("union", "league", "court", "agency", "organisation", "organization",
                                  "council", "fund", "tribunal"))
REFERRING_BODY = re.compile(r"\b[Tt]he (" + "|".join(sorted(REFERRING_BODY_NOUNS)) + r")\b(?!-)", re.I)
#: What every match of ``REFERRING_BODY`` holds, in any case ("the union", ...): a text with none is
#: not scanned (``text.may_hold_ignorecase``, round 30s2).
REFERRING_BODY_WORDS = tuple(sorted(f"the {noun}" for noun in REFERRING_BODY_NOUNS))
#: How many sentences before its own a referring noun's body may be named in.
REFERRING_SENTENCES = 3
#: First words of the names of worldwide bodies: no "bloc" of a few states (issue 16).
WORLDWIDE_WORDS = frozenset(("world", "international", "united", "global"))
LOYALTY_WORDS = frozenset(("according", "loyal", "hostile", "friendly", "beholden", "subservient", "allied"))
#: Nouns whose "of X" makes a capital a party as well ("an ally of Moscow", "a critic of Beijing"):
#: relations, not acts (a "Russian ally" is not Russia).
RELATION_NOUNS = frozenset(("ally", "partner", "client", "proxy", "puppet", "vassal", "satellite", "critic",
                            "friend", "enemy", "rival", "adversary"))
#: Acts that go to or from a place: their capital stays a place ("the move to Berlin").
MOTION_ACTS = frozenset(("move",))
#: Words that make a capital the city it is: its possessions ("Minsk's streets") and what it is
#: said to be ("Minsk is a city of two million").
CITY_WORDS = frozenset(("street", "suburb", "outskirts", "centre", "center", "airport", "district", "square",
                        "city", "town", "metro", "skyline"))
#: Verbs that say what a capital is ("Minsk is a city", "became a hub").
COPULAS = frozenset(("be", "become", "remain"))
#: Government nouns whose "in X" names whose government they are ("the regime in Minsk", "the
#: government in Kyiv"): the phrase is the state X, not a place X and a government in focus.
GOVERNING_NOUNS = frozenset(("government", "regime", "authority", "leadership", "ruler", "leader", "junta",
                             "administration", "cabinet"))
#: Labels by which a word modifies the noun it belongs to ("Russian troops", "Russia's army").
MODIFIER_DEPS = frozenset(("amod", "compound", "poss", "nmod", "npadvmod"))
#: spaCy entity labels taken as anchors when the knowledge base does not know the name.
MODEL_LABELS = frozenset(("PERSON", "ORG"))
#: How many words after a state adjective may complete its actor phrase ("Russian military officials").
FOLLOWING_WORDS_MAX = 3
#: Nouns that count people: a state's people word after them ("hundreds of Georgians", "a group
#: of Syrians") names a group of that state's people, not a thing of the state.
COUNT_NOUNS = frozenset(("dozen", "hundred", "thousand", "million", "score", "ten", "number", "group",
                         "crowd", "handful", "majority"))
#: Verbs whose bare object that is a state's adjective is its language ("speaks Russian").
LANGUAGE_VERBS = frozenset(("speak", "learn", "teach", "understand"))
#: Prepositions before a bare state adjective that make it a language ("in Russian", "into French").
LANGUAGE_PREPS = frozenset(("in", "into"))
#: Prepositions after a name that give its country ("Wilczek of Poland", "Mahan Air of Iran").
ORIGIN_PREPS = frozenset(("of", "from"))
#: Longest appositive read for an organisation's country ("..., a Berlin-based charity,").
APPOSITIVE_WORDS_MAX = 8
#: Lower-case particles inside a person's name ("al-Hathloul", "bin", "de"): ``_looks_like_name``.
NAME_PARTICLES = frozenset(("al", "el", "ad", "ash", "bin", "bint", "ibn", "de", "da", "do", "dos", "das", "del",
                            "della", "di", "du", "van", "von", "der", "den", "ter", "la", "le"))
#: Words dropped from the start of a role written in the text ("its foreign minister").
ROLE_LEADING_WORDS = frozenset(("the", "a", "an", ",", "its", "their", "his", "her", "our", "my", "your"))
#: Model labels that are taken for a person only when a person's title stands in apposition.
MISLABELLED_PERSON_LABELS = frozenset(("GPE", "LOC", "NORP"))
#: Model labels of no actor that a body's name may get ("the Brigades of the Eastern Valleys" as a
#: LAW): read as an organisation when a body noun opens it (``Recognizer._group_noun_name``, round 25a).
NAMED_GROUP_LABELS = frozenset(("LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"))
#: Sectors of the KB's body nouns that may open such a name (armed, political and rebel groups).
GROUP_NAME_SECTORS = frozenset(("MIL", "REB", "INS", "PTY", "OPP", "CRM", "UAF", "SEP"))
#: Abstract nouns the parse may hang a name on when an office follows them with "of" ("the efforts
#: of the Special Envoy, X"): the name is the office holder's (``Recognizer._office_below``, round 22).
ABSTRACT_BEFORE_OFFICE = frozenset("effort work role visit mission remark statement call leadership appointment "
                                   "mandate report briefing initiative mediation tenure engagement support "
                                   "office".split())
#: Sectors of a noun ("firm", "newspaper", "charity") after which a name the model took for a place
#: is the body's name (``Recognizer._after_company_noun``, round 22).
COMPANY_NOUN_SECTORS = frozenset(("BUS", "MED", "NGO"))
#: A seat written as "<Place>-based" ("the Rotterdam-based, Swiss-owned group"): its country first.
SEAT_RE = re.compile(r"([A-Z][\w'’]*(?: [A-Z][\w'’]*)*)[-‐]based\b|\bbased in ([A-Z][\w'’]*(?: [A-Z][\w'’]*)*)")
#: Hyphens kept inside a title apposed to a name ("the Secretary-General"): the parse makes them punctuation.
WORD_HYPHENS = frozenset(("-", "‐", "‑"))
#: Forms of address before a surname: "Mr Biden" is still Joe Biden.
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady madam madame monsieur herr frau senor señor "
                       "senora señora prof".split())
#: Dependency labels of a word the parse holds for a name that acts or is acted on ("Kasich said",
#: "shot Steenkamp", "Green's articles", "a quote from King").
NAME_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "poss", "pobj", "dative"))
#: Prepositions after which a word with no model label may be a name ("a quote from King",
#: "ties to Farage"); not those of places and channels ("on Twitter", "in Riverdale").
NAME_PREPS = frozenset(("of", "than", "with", "by", "against", "about", "for", "to", "from", "like", "toward",
                        "towards", "between", "among", "under", "behind"))
#: Prepositions whose object, a name the KB does not know, is a place ("a base in Maidan Shahr").
LOCATIVE_PREPS = frozenset(("in", "near", "outside"))
#: The role of ambassadors and envoys (``actors/roles.yaml``), whose "to X" / "for X" names
#: the state they are sent to, not their own.
ENVOY_ROLE = "Ambassador"
HOST_PREPOSITION = re.compile(r"\s(?:to|for)\s")
#: Dependency labels of a subject.
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
#: Model labels that a surname the model does not know often gets ("Kasich" as GPE, "Mook" as
#: WORK_OF_ART): read as a person only as the subject of a verb of saying or with a later "he"/"she".
MISREAD_NAME_LABELS = frozenset(("GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "EVENT"))
#: Model labels of a single word read as a person's name with ``_person_evidence`` ("Jan Kowalski
#: ... Kowalski" where the model tags the second ORG, "Kowalski, 72, ...").
RELABELLED_PERSON_LABELS = MISREAD_NAME_LABELS | {"ORG"}
#: Reflexive pronouns that make the subject of their verb one person ("X recused himself").
REFLEXIVE_PERSON = frozenset(("himself", "herself"))
#: Verbs of saying, thinking and writing (tagged ``cue`` here): their subject is a person or a body.
REPORTING_VERBS_FILE = "quotes/reporting_verbs.en.tsv"
#: A sentence with at least this share of capitalised words is a title-case headline, where
#: every word looks like a name.
TITLE_CASE_SHARE = 0.5
#: Sectors of actor nouns that stay no actor without a country even where the text is about one
#: country ("the company", "its banks", "former officials": rarely the country's own actors).
UNFOCUSED_SECTORS = frozenset(("BUS", "ELI"))
#: Longest title read on the surface before a name (``Recognizer._title_before``).
TITLE_WORDS_MAX = 6
#: Lower-case words that may stand inside or before such a title ("Secretary of State", "former ...").
TITLE_GLUE_WORDS = frozenset(("of", "the", "for", "to", "and", "-", "former", "ex", "then"))
#: Dependency labels under which a name after a title acts or is named (``Recognizer._titled_names``).
TITLED_NAME_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "appos", "ROOT", "conj"))
#: How many words a name after a title may have: two, or three when the first is a known given name.
TITLED_NAME_WORDS = (2, 3)

#: Labels of a noun that describes another actor rather than naming one ("the protesters are
#: brave people", "Amina Noor, a teacher,").
DESCRIBING_DEPS = frozenset(("attr", "appos", "acomp", "oprd"))
#: A compound of capitalised words joined by hyphens ("US-Iran talks", "the Russia-Ukraine war",
#: "a Turkish-Libyan deal"), or the leader of an "X-led" one ("a Saudi-led coalition"): its parts
#: are read one by one when the whole is no KB form; not after a prefix at the start of a
#: sentence ("Anti-Estonian slogans"). Also the backer, broker or holder of an "X-backed",
#: "X-brokered", "X-held" one ("Iran-backed militias", "Russian-held towns"). Each branch starts
#: with the capital letter and checks the word boundary before it (``(?<!\w[A-Z])``) and the
#: prefix (lookbehinds inside the lookahead) after it: the same matches as ``\b(?!(?:Anti|...)-)[A-Z]``,
#: but a pattern that starts with a character set lets the search skip to the capitals (0.08 ms/doc).
HYPHEN_COMPOUND = re.compile(r"[A-Z](?<!\w[A-Z])(?!(?<=A)nti-|(?<=P)(?:ro|an|ost|re)-|(?<=N)(?:on|eo)-|(?<=E)x-)"
                             r"[\w.]*(?:-[A-Z][\w.]*)+|"
                             r"[A-Z](?<!\w[A-Z])[\w.]*(?=-(?:led|backed|funded|sponsored|supported|armed|allied|aligned|"
                             r"brokered|mediated|controlled|held|occupied)\b)")
#: The anchor label of a part of such a compound: a state word there names a party ("Turkish" in
#: "a Turkish-Libyan deal"), whatever noun the compound qualifies.
COMPOUND_PART = "compound-part"
#: Weapons and war machines among the actor nouns (``nouns.yaml``, sector MIL): "Russian drones
#: struck the port" stands for the force that flew them, but a weapon that names no owner and does
#: not act ("transferring drones and ammunition", "firing artillery at the crossing", "water
#: tanks", "a missile fired at a city") is a thing, no actor: it was merged with the army of the
#: country in focus (round 24a, ``_ownerless_equipment``).
EQUIPMENT_WORDS = frozenset(("drone", "tank", "artillery", "missile", "warplane", "warship", "destroyer", "frigate",
                             "submarine", "jet", "aircraft", "helicopter", "gunship", "bomber", "plane", "rocket",
                             "howitzer", "weapon", "ammunition"))
#: Dependency labels under which such a weapon acts or is the matter of a clause of its own: the
#: subject of a verb ("drones struck the port"; "drones supplied by X were used", where the events
#: stage needs the force that used them for the supply's recipient), or the agent of a passive one
#: ("the convoy was hit by drones").
EQUIPMENT_ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
#: Prepositions after which a name the KB does not know stands for a place, not a person or a body
#: ("in and around Solenzo", "near Bardai", "a line between ... and Tabora" is the conjunct's):
#: ``_without_placed_names``. Not "at" ("works at Acme"), "from" or "between" ("talks between
#: Ruto and Museveni").
PLACE_PREPS = frozenset(("in", "near", "around", "outside", "inside", "across", "throughout", "into", "within"))
#: Nouns of places: a name that modifies one ("the Naf river", "the Ghumdhum crossing") or stands
#: beside one in a list ("besieged Djibo and other towns") is a place.
PLACE_NOUNS = frozenset(("river", "crossing", "town", "village", "city", "district", "region", "province", "camp",
                         "border", "valley", "road", "bridge", "county", "municipality", "settlement", "hamlet",
                         "locality", "commune", "area", "highway", "island", "lake", "port", "airport", "market",
                         "neighbourhood", "neighborhood", "suburb", "township"))
#: Nouns of a way between two places ("the railway line between X and Y").
ROUTE_NOUNS = frozenset(("line", "railway", "railroad", "road", "highway", "route", "corridor", "pipeline", "border",
                         "bridge", "canal", "ferry", "flight", "flights", "link", "cable", "stretch", "section"))
#: The labels of unknown names that may be such a place (single words the model took for a person
#: or an organisation; names of more words are left as they were).
PLACED_NAME_LABELS = frozenset(("PERSON", "ORG"))
#: Verbs that open a sentence before a name ("Meet Leila Haddad, ...", "Ask Omar Said why ...") or a
#: campaign's slogan before one ("the Free Nasrin campaign", "#ReleaseAhmed"): the model takes them
#: into a person's name (round 24a, ``_after_verb_opener``). The slogan verbs anywhere, the others at
#: a sentence's start only.
SLOGAN_VERBS = frozenset(("free", "release", "save", "freedom"))
OPENING_VERBS = frozenset(("meet", "summon", "ask", "tell", "call", "invite", "thank", "remember", "consider",
                           "take", "bring", "stop", "support", "listen", "follow", "look", "let", "send",
                           "expel", "sanction", "pressure", "press", "urge", "name", "recall", "welcome"))
#: Priorities when candidate mentions overlap: the higher wins.
PRIORITY_PERSON, PRIORITY_PHRASE, PRIORITY_ANCHOR, PRIORITY_NOUN = 4, 3, 2, 1


#: The rest of a person's name after its first word: one or two capitalised words.
_NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w'\u00C0-\u024F-]+){1,2}")

class Mention(NamedTuple):
    """A candidate mention of an actor (a named tuple, like ``scan.Match``: ~70 are made per
    news text, at ~1 µs each where a frozen dataclass took ~2.5 µs)."""

    start: int
    end: int
    guess: ActorGuess
    priority: int
    extra: tuple[tuple[int, int], ...] = ()  # more spans of the same actor (reverse appositive)


def _strip_det(tokens) -> list:
    toks = list(tokens)
    while toks and (toks[0].dep_ in ("det", "predet", "punct", "cc") or toks[0].pos_ == "DET"):
        toks.pop(0)
    while toks and toks[-1].dep_ in ("punct", "cc", "case"):
        toks.pop()
    return toks


class Recognizer:
    def __init__(self, resolver: Resolver, day: date | None):
        self.r, self.kb = resolver, resolver.kb
        self.day = day or date.today()

    # -- anchors -------------------------------------------------------------------------
    def anchors(self, text: str, doc) -> list[tuple[int, int, Match | None, str | None]]:
        """(start, end, KB match or None, spaCy label, ``COMPOUND_PART`` or None), sorted."""
        norms, starts, ends = token_columns(text)
        out = [(starts[m.i], ends[m.j - 1], m, None) for m in self.r.scan_columns(norms, starts, ends, text)
               if m.what == "entry"]
        out = _named_bodies_over_state_words(text, doc, self._without_namesakes(text, doc, out), self.r, self.day)
        out = _places_opening_body_names(text, doc, out, self.r)
        out.extend(self._hyphen_parts(text, SpanSet((s, e) for s, e, _, _ in out)))
        taken = SpanSet((s, e) for s, e, _, _ in out)  # bisection, not a scan per entity (issue 21)
        surnames = _surnames_named(doc)
        named = {(s0, e0) for s0, e0 in self._given_name_orgs(doc)}
        for ent in entities(doc)[0]:
            if taken.overlaps(ent.start_char, ent.end_char):
                continue  # round 23b: skipped below whatever its label (a name's end is never before ent.end_char)
            label = "PERSON" if (ent.start_char, ent.end_char) in named else ent.label_
            if len(ent) == 1 and (label in RELABELLED_PERSON_LABELS and _person_evidence(doc, ent.start, surnames)
                                  or label in MISREAD_NAME_LABELS and _after_speech_verb(doc, ent.start)):
                label = "PERSON"  # "Jan Kowalski ... Kowalski", "Kowalski, 72, ...", "..., said Kowalski"
            if label in ("GPE", "LOC") and self._after_company_noun(doc, ent):
                label = "ORG"  # "the Seville-based firm Hidroagua" tagged as a place (round 22)
            if label in NAMED_GROUP_LABELS and self._group_noun_name(ent):
                label = "ORG"  # round 25a: "the Brigades of the Eastern Valleys" tagged LAW
            if label not in MODEL_LABELS and not (label in MISLABELLED_PERSON_LABELS
                                                  and self._has_person_title(text, ent)):
                continue
            end = _name_end(doc, ent) if label == "PERSON" else ent.end_char
            start = ent.start_char
            if label == "PERSON" and ent.start < len(doc):
                start = _after_verb_opener(doc, ent)  # round 24a: "Meet Leila Sadeghi", "Free Kamran"
                if start is None or start >= end:
                    continue
            if taken.overlaps(start, end):
                continue
            out.append((start, end, None, label))
        out = _bodies_named_of_states(text, doc, out, self.r, self.day)  # round 28a1: "the Law Society of Zimbabwe"
        titled, title_spans = self._titled_names(doc, SpanSet((s, e) for s, e, _, _ in out))
        out.extend((s, e, None, "PERSON") for s, e in titled)
        out.extend((s, e, None, "PERSON")
                   for s, e in self._bare_names(doc, SpanSet([(s, e) for s, e, _, _ in out] + title_spans), surnames))
        self._longer = {}
        return longer_body_names(text, doc, _whole_names(
            text, doc, _joined_names(text, _names_split_at_and(doc, sorted(out, key=lambda a: (a[0], -a[1])))),
            self.r, self._titled),
            self.r, self._longer)

    def _group_noun_name(self, ent) -> bool:
        """Whether a name the model gave a label of no actor (a law, work, event, building) opens with
        a capitalised noun the KB reads as a kind of armed or political body ("Brigades", "Army",
        "Battalion") and goes on with "of" and capitalised words to its end: "the Brigades of the
        Eastern Valleys", "the Army of the Free Coast" name a body (round 25a). "the Treaty of
        Rome" (no body noun) and "Brigades" alone are left as they were."""
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(toks) < 3 or not toks[0].is_title or toks[1].lower_ != "of":
            return False
        if not all(t.is_title or t.lower_ in ("of", "the", "and") for t in toks[2:]) or not toks[-1].is_title:
            return False
        g = self.r.phrase(toks[0].text, self.day, holders=False)
        return g is not None and g.how == "noun" and g.kind in ("organization", "armed_group") \
            and g.sector in GROUP_NAME_SECTORS

    def _without_nationality(self, name: str, toks, country: str | None) -> str:
        """A body's name less the nationality adjective it opens with, which gives its country
        instead: "Albanian National Territory Inspectorate" is the "National Territory Inspectorate"
        of Albania (round 22). Only where the rest is two or more capitalised words holding a word of
        ``institution_words.en.txt`` ("Russian Orthodox Church", "Saudi Aramco" keep theirs)."""
        if country is None or len(toks) < 3 or not all(t.text[:1].isupper() for t in toks[1:]):
            return name
        g = self.r.phrase(toks[0].text, self.day, holders=False)
        if g is None or g.how != "state:adjective" or g.country != country:
            return name
        words = resources.terms("actors/institution_words.en.txt")
        if not any(t.lower_ in words for t in toks[1:]):
            return name
        return " ".join(t.text for t in toks[1:])

    def _described_by(self, text: str, doc, span) -> tuple[int, int] | None:
        """The noun phrase a named body is apposed to, a mention of it: "Their employer, the
        Seville-based firm Hidroagua, said ...": "Their employer" is Hidroagua, the speaker (round
        22). Only a singular common noun before a comma that reads as no person's office."""
        top = span.root
        while top.dep_ == "appos" and top.head.i < top.i:
            top = top.head
        if top is span.root or top.tag_ != "NN" or not top.is_lower or top.i + 1 >= len(doc) \
                or doc[top.i + 1].text != ",":
            return None
        g = self.r.phrase(top.text, self.day, holders=False)
        if g is not None and g.kind == "person":
            return None
        first = min((t for t in top.subtree if t.i <= top.i), key=lambda t: t.i)
        if first.lower_ in ("a", "an", "the") and first.i < top.i:
            first = doc[first.i + 1] if first.lower_ != "the" else first
        return first.idx, top.idx + len(top)

    def _after_company_noun(self, doc, ent) -> bool:
        """A name the model took for a place, written right after a noun for a company, newspaper
        or charity ("the Seville-based firm Hidroagua", "the newspaper Delo") that the knowledge base
        does not know as a place: the name of that body (round 22)."""
        if ent.start == 0 or not ent.text[:1].isupper():
            return False
        prev = doc[ent.start - 1]
        if prev.pos_ != "NOUN" or not prev.is_lower:
            return False
        g = self.r.phrase(prev.text, self.day, holders=False)
        if g is None or g.kind != "organization" or g.how != "noun" or g.sector not in COMPANY_NOUN_SECTORS:
            return False
        return self.r.phrase(ent.text, self.day, holders=False) is None

    def _without_namesakes(self, text: str, doc, anchors: list) -> list:
        """The KB anchors less a known person matched by the surname alone inside a longer name
        the model found, whose words before it are given names of another person: "Tom Merkel" is
        not Angela Merkel; "Chancellor Merkel", "Mr Biden" and "Joseph R. Biden" stay who the KB says.
        Likewise a place or capital that is part of a person's name the model found, the rest of
        which is name words: "Whitney Houston", "Sydney Brown", "Paris Hilton" are people, of no
        country their names give."""
        people = [(ent.start_char, ent.end_char) for ent in entities(doc)[0] if ent.label_ == "PERSON"]
        people.extend(self._given_name_orgs(doc))
        if not people:
            return anchors
        kept = []
        for anchor in anchors:
            start, end, m, _ = anchor
            entry = self.kb.entries[m.value.key]
            if entry.kind == "person" and m.j - m.i == 1 and any(
                    s0 < start and end <= e0 and self._given_names(text[s0:start], entry) for s0, e0 in people):
                continue
            if entry.kind == "person" and m.j - m.i == 1 and any(
                    s0 == start and e0 > end and _NAME_TAIL.fullmatch(text[end:e0]) for s0, e0 in people):
                continue  # round 19e: "Mr. Aristide Ngoumbe": a surname of the KB as another's given name
            if self._place_in_name(text, entry, m, start, end, people):
                continue
            kept.append(anchor)
        return kept

    def _given_name_orgs(self, doc) -> list[tuple[int, int]]:
        """The spans of two capitalised words the model labels ORG whose first word is a given name
        of ``given_names.tsv`` ("Paris Hilton"), with no determiner before them and not modifying
        a noun after them ("the Paris Hilton", "Paris Hilton hotel" stay what they were), the second
        word no KB word: a person's name (round 16b)."""
        out = []
        for ent in entities(doc)[0]:
            if ent.label_ != "ORG" or len(ent) != 2 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and (before.pos_ == "DET" or before.tag_ == "POS" or before.is_title):
                continue
            if ent.root.dep_ == "compound" or not given_name_gender(ent[0].text) or self.r.scan_text(ent[1].text):
                continue
            out.append((ent.start_char, ent.end_char))
        return out

    def _place_in_name(self, text: str, entry, m, start: int, end: int, people) -> bool:
        """Whether a place or capital anchor lies inside a longer person name whose other words
        are name words (capitalised, no title, no other KB name)."""
        if not (entry.kind == "location" or entry.kind == "state" and m.text in entry.capitals):
            return False
        return any(s0 <= start and end <= e0 and (s0, e0) != (start, end)
                   and self._given_names(f"{text[s0:start]} {text[end:e0]}".strip(), entry) for s0, e0 in people)

    def _given_names(self, before: str, entry) -> bool:
        """Whether ``before`` (the words of a name before a known surname) are given names that are
        none of ``entry``'s own: capitalised words, no form of address, title or other KB name."""
        words = before.split()
        if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        own = {t.norm for name in (entry.name, *entry.aliases) for t in tokenize(name)}
        norms = [t.norm for t in tokenize(before)]
        return (not any(n in HONORIFICS or n in own for n in norms)
                and not self.r.scan_text(before))

    def _shared_words_settled(self, anchors):
        """The anchors with a word that several entries share ("Congolese", "Dominican") read as
        the entry the document also names alone (by its name, alias or capital); else as the KB
        lists it first."""
        named, shared = set(), []
        for k, (_, _, m, _) in enumerate(anchors):
            if m is None:
                continue
            found = [s for s in self.kb.surface(key_of(m.text)) if case_ok(s.form, m.text)]
            if len({s.key for s in found}) == 1:
                named.add(m.value.key)
            else:
                shared.append((k, found))
        out = list(anchors)
        for k, found in shared:
            own = [s for s in found if s.key in named]
            if own:
                start, end, m, label = out[k]
                out[k] = (start, end, m._replace(value=preferred(own)), label)
        return out

    def _referring_settled(self, doc, anchors):
        """The anchors with a referring alias of a body ("the bloc", "the Alliance": "the" and a
        common noun, issues 16-18) read as the nearest body named before it whose name holds the
        noun ("the Alliance of Sahel States ... the alliance"), or, for a noun its own entry's names
        do not hold ("the bloc"), the nearest regional body named before it; else as the KB's entry.
        Dropped where "of", "for" or "between" with a noun phrase hangs on the noun and makes it
        another group ("the alliance of farmers", not "accused the bloc of taking sides") or
        where the nearest fitting name is one the KB does not know."""
        out = []
        for anchor in anchors:
            start, end, m, label = anchor
            noun = self._referring_noun(m)
            if noun is None:
                out.append(anchor)
                continue
            tokens = token_range(doc, start, end)
            after = doc[tokens[1]] if tokens is not None and tokens[1] < len(doc) else None
            if after is not None and after.lower_ in OTHER_GROUP_WORDS and tokens[0] <= after.head.i < tokens[1] \
                    and any(c.dep_ == "pobj" for c in after.children):
                continue
            if unnamed_body_before(doc, out, start, end, noun):
                continue  # "a joint commission ... the commission": that one, not the KB's (round 19b)
            if _opens_abbreviated_name(doc_text(doc), start, end):
                continue  # "the Alliance for Democratic Change (ADC)": a body of its own (round 23)
            own = self.kb.entries[m.value.key]
            regional = noun not in {t.norm for name in (own.name, *own.aliases) if key_of(name) != key_of(m.value.form)
                                    for t in tokenize(name)}
            fit = None
            for s0, e0, m0, label0 in reversed(out):
                if s0 >= start or self._referring_noun(m0) is not None:
                    continue
                entry = self.kb.entries[m0.value.key] if m0 else None
                if entry is None and label0 != "ORG" or entry is not None and entry.kind in ("person", "state"):
                    continue
                names = (entry.name, *entry.aliases) if entry else (doc_text(doc)[s0:e0],)
                if any(noun in {t.norm for t in tokenize(name)} for name in names) or (
                        regional and entry is not None and entry.kind == "igo" and entry.parent is None
                        and tokenize(entry.name)[0].norm not in WORLDWIDE_WORDS):
                    fit = (entry, m0)
                    break
            if fit is None:
                out.append(anchor)
            elif fit[0] is not None:
                out.append((start, end, m._replace(value=fit[1].value), label))
        return out

    def _referring_bodies(self, doc, anchors, cands: list[Mention]) -> list[Mention]:
        """The candidates with each "the" and one noun of ``REFERRING_BODY_NOUNS`` ("the union", "The
        Court") read as the nearest intergovernmental body named before it, in its sentence or the
        ``REFERRING_SENTENCES`` before, whose name or alias ends with the noun ("the African Union
        ... the union", "the International Criminal Court ... the court"), in place of what else was
        read there (a labour union, a court of the country in focus). Left as it was where no body
        fits, where the noun stands between them too ("the ICC ... a court in Moscow ... the
        court"), where the noun modifies another ("the court ruling") or where "of", "for" or
        "between" with a noun phrase makes it another group ("the union of dock workers")."""
        text = doc_text(doc)  # (``doc.text`` joins the tokens' texts on each access)
        found = []
        for hit in REFERRING_BODY.finditer(text) if may_hold_ignorecase(text, REFERRING_BODY_WORDS) else ():
            word = hit.group(1).lower()
            tokens = token_range(doc, hit.start(1), hit.end(1))
            if tokens is None or tokens[1] - tokens[0] != 1:
                continue
            tok = doc[tokens[0]]
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
                continue
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and after.lower_ in OTHER_GROUP_WORDS and any(x.dep_ == "pobj" for x in after.children):
                continue
            sents = sentences(doc)
            here = bisect_right([x.start for x in sents], tok.i) - 1
            earliest = sents[max(0, here - REFERRING_SENTENCES)].start_char
            fit = None
            for s0, e0, m0, _ in reversed(anchors):
                if m0 is None or not earliest <= s0 < hit.start(1):
                    continue
                entry = self.kb.entries[m0.value.key]
                if entry.kind == "igo" and any(
                        tokenize(name) and tokenize(name)[-1].norm == word for name in (entry.name, *entry.aliases)):
                    # another court named between them ("a court in Moscow") may be the one meant
                    fit = None if re.search(rf"\b{word}\b", text[e0:hit.start()], re.I) else entry
                    break
            if fit is not None:
                found.append(Mention(hit.start(1), hit.end(1), self.r.entry_guess(fit, self.day), PRIORITY_ANCHOR))
        if not found:
            return cands
        spans = SpanSet((m.start, m.end) for m in found)
        return [c for c in cands if not spans.contains(c.start, c.end)] + found

    def _referring_noun(self, m) -> str | None:
        """The noun of a referring alias of an intergovernmental body ("the bloc": "bloc"), else None."""
        if m is None or m.value.how != "alias":
            return None
        words = m.value.form.split()
        if len(words) != 2 or words[0].lower() != "the" or needs_capitals(words[1]) \
                or self.kb.entries[m.value.key].kind != "igo":
            return None
        return words[1].lower()

    def _hyphen_parts(self, text: str, taken: SpanSet) -> list[tuple[int, int, Match, str]]:
        """KB entries inside a ``HYPHEN_COMPOUND`` that is no KB form itself ("US-Iran talks")."""
        out = []
        for hm in HYPHEN_COMPOUND.finditer(text):
            if taken.overlaps(hm.start(), hm.end()):
                continue
            words = hm.group(0).replace("-", " ")
            toks = tokenize(words)
            out.extend((hm.start() + toks[m.i].start, hm.start() + toks[m.j - 1].end, m, COMPOUND_PART)
                       for m in self.r.scan_text(words) if m.what == "entry")
        return out

    def _bare_names(self, doc, taken: SpanSet, surnames: dict[str, int]) -> list[tuple[int, int]]:
        """Surnames and single names the model did not take for a person ("Kasich, known for his
        bluntness, ...", "Klobuchar stressed that ...", "shot Steenkamp", "Green's articles"): a
        capitalised proper noun (or a capitalised common noun inside a sentence: "Dash recounted")
        that acts or is acted on, that no anchor covers and the KB does not know as a word
        ("Parliament", "Ambassador"), at the end of its name, after nothing capitalised but a
        title ("Attorney General Holder"). With no model label it is a name in any of those
        places (after a preposition of ``NAME_PREPS``); with a place, group or work label
        (``MISREAD_NAME_LABELS``) or as a common noun only as the subject of a verb of saying
        or thinking, or followed in its sentence by a person pronoun. Stronger evidence makes
        it a name under any of those labels, and a capitalised common noun at the start of a
        sentence too: the surname of a person the model named in full earlier in the document
        ("Jan Kowalski ... Kowalski opened"), an age or a "who" in apposition ("X, 72, ...",
        "X, who governed ..."), a "himself"/"herself" on its verb ("Sessions recused himself"),
        the source of "according to X", a form of address or an office before it ("Mr. X", "Gov. X").
        Title-case headlines are skipped. Returns character spans of the single words."""
        genders = pronoun_genders()
        verbs = _reporting_verbs()
        headline: dict[int, bool] = {}
        out = []
        text = doc_text(doc)
        lowers, lemmas = token_strings(doc)
        heads, deps, _ = dependency_tree(doc)
        columns, strings = _token_columns(doc), doc.vocab.strings
        poses, ent_types, idx, length = columns[POS], columns[ENT_TYPE], columns[IDX], columns[LENGTH]
        title, alpha, tags = columns[IS_TITLE], columns[IS_ALPHA], columns[TAG]
        misread = {strings[label] for label in MISREAD_NAME_LABELS}
        subjects, pobj, vbg = {strings[label] for label in SUBJECT_DEPS}, strings["pobj"], strings["VBG"]
        nns = strings["NNS"]
        def strong_at(i: int) -> bool:  # read only where a decision needs it: it makes Tokens
            return bool(_person_evidence(doc, i, surnames)
                        or deps[i] == pobj and lowers[heads[i]] == "to" and lowers[heads[heads[i]]] == "according")

        for i in _name_candidates(doc):
            if poses[i] != PROPN and poses[i] != NOUN:
                continue
            ent_type = ent_types[i]
            if ent_type and ent_type not in misread:
                continue
            if taken.overlaps(idx[i], idx[i] + length[i]):
                continue
            if deps[i] == pobj and lowers[heads[i]] not in NAME_PREPS:
                continue
            if deps[i] in subjects and tags[heads[i]] == vbg:
                continue  # "a message on Twitter blaming Iran": a parse of a phrase, not a subject
            if i + 1 < len(doc) and title[i + 1] and alpha[i + 1]:
                continue  # inside a longer name
            sent = sentence_of(doc, i)
            strong = None
            if poses[i] == NOUN and not (i > sent.start and alpha[i - 1]):
                strong = strong_at(i)
                if not (strong and (tags[i] != nns or _reflexive_subject(doc, i))):
                    continue
            if deps[i] == pobj and ent_type:
                strong = strong_at(i) if strong is None else strong
                if not strong:
                    continue
            if sent.start not in headline:
                headline[sent.start] = _title_case(columns, sent.start, sent.end)
            if headline[sent.start]:
                continue
            first = i
            while first > sent.start and _capitalised(columns, first - 1):
                first -= 1
            if self.r.phrase(text[idx[i]:idx[i] + length[i]], self.day, holders=False) is not None:
                continue  # a word the KB knows: a title, an actor noun, a state
            if self._inside_title(doc, i):
                continue  # round 21: "Minister of Foreign Affairs", "the Chief of the General Staff"
            if first < i:  # only a title may stand before the name
                office = self.r.phrase(text[idx[first]:idx[i - 1] + length[i - 1]], self.day, holders=False)
                if office is None or not office.how.startswith("office"):
                    continue
            addressed = first < i or i > sent.start and lowers[i - 1].rstrip(".") in HONORIFICS
            if (ent_type or poses[i] == NOUN) and not addressed and not (strong_at(i) if strong is None else strong):
                says = deps[i] in subjects and lemmas[heads[i]] in verbs
                referred = deps[i] in subjects and any(w in genders for w in lowers[i + 1:sent.end])
                if not (says or referred):
                    continue
            out.append((idx[i], idx[i] + length[i]))
        return out

    def _title_before(self, doc, span) -> list:
        """A title written right before a name that no noun chunk holds with it ("Secretary
        of State Jane Doe", "former Secretary of State ..." where the model tags "State"
        apart): the longest run of capitalised words and title glue before the name, up to
        ``TITLE_WORDS_MAX``, that reads as an office."""
        first = span.start
        while first > 0 and span.start - first < TITLE_WORDS_MAX and not doc[first].is_sent_start:
            prev = doc[first - 1]
            if not (prev.is_title or prev.is_upper or prev.lower_ in TITLE_GLUE_WORDS):
                break
            first -= 1
        for k in range(first, span.start):
            if doc[k].lower_ in TITLE_GLUE_WORDS and doc[k].lower_ not in FORMER_WORDS:
                continue
            g = self.r.phrase(doc[k:span.start].text, self.day, holders=False)
            if g is not None and g.how.startswith("office"):
                return list(doc[k:span.start])
        return []

    def _titled_names(self, doc, taken: SpanSet) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """A person's name of two or three capitalised words that the model tagged as nothing, written
        right after a title with no comma: "Minister of Energy and Oil Hassan Abdelrahim told ...",
        "Special Envoy for the Horn of Africa Cornelius Mwangi arrived ..." (round 21). The name is the
        last two capitalised words of the run (three when its first word is a known given name), none of
        them a word the knowledge base reads ("Oil", "Affairs", "Africa"), and the words before them
        must read as an office (``_title_before``). Returns the names' spans and their titles' spans
        (a title's words are no bare name of their own: the "Energy" of "Minister of Energy and Oil")."""
        from ..names import given_name_gender

        names, titles = [], []
        self._titled = set()
        text = doc_text(doc)
        for i in _titled_name_ends(doc):  # round 25s: read off the token columns, a ``Token`` for each end only
            tok = doc[i]
            if taken.overlaps(tok.idx, tok.idx + len(tok)) or self._inside_title(doc, i):
                continue  # "Minister of Foreign Affairs": the title's own last words
            sent_start = tok.sent.start
            found = None
            for n in TITLED_NAME_WORDS:
                k = i - n + 1
                if k - 1 < sent_start:
                    break
                words = doc[k:i + 1]
                if not all(w.pos_ == "PROPN" and w.is_title and w.is_alpha and not w.ent_type_ for w in words):
                    break
                if n == 3 and given_name_gender(words[0].text) is None:
                    break
                if any(self.r.phrase(w.text, self.day, holders=False) is not None for w in words):
                    break
                if taken.overlaps(words[0].idx, tok.idx + len(tok)):
                    break
                title = self._title_before(doc, words)
                if title and title[0].i >= sent_start and (title[0].is_title or title[0].is_upper):
                    found = (words, title)
                    if n == 2 and given_name_gender(words[0].text) is not None:
                        break
            if found is None:
                continue
            words, title = found
            span = (words[0].idx, words[-1].idx + len(words[-1]))
            if not _looks_like_name(text[span[0]:span[1]]):
                continue
            if any(m.what in ("role", "entry") and m.text.lower().endswith(words[-1].lower_)
                   for m in self.r.scan_text(text[title[0].idx:span[1]])):
                continue  # "High Commissioner for Human Rights": the words end a title or a name the KB knows
            names.append(span)
            titles.append((title[0].idx, words[0].idx))
            self._titled.add(span)
        return names, titles

    def _inside_title(self, doc, i: int) -> bool:
        """Token ``i`` is a word of a title written out with "of" or "for", not a name: the last
        word of "Minister of Foreign Affairs" or "Chief of the General Staff" (the noun the
        preposition hangs on reads as an office), or the head of such a title ("Chief", when "Chief
        of the General Staff" reads as one) (round 21)."""
        tok = doc[i]
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.i < i:
            holder = tok.head.head
            g = self.r.phrase(doc[holder.i:i + 1].text, self.day, holders=False)
            if g is not None and g.how.startswith("office") and g.role is not None and holder.text[:1].isupper() \
                    and self.r.phrase(tok.text, self.day, holders=False) is None:
                return True
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == i + 1:
                last = max(t.i for t in prep.subtree)
                g = self.r.phrase(doc[i:last + 1].text, self.day, holders=False)
                return g is not None and g.how.startswith("office") and g.role is not None \
                    and g.role.lower() != tok.lower_
        return False

    def _reads_as_office(self, toks) -> bool:
        """The words of a noun chunk before a name read as an office ("Foreign Minister"), not as the
        last words of a longer title the chunk cut ("Irrigation" of "Minister of Water and Irrigation")."""
        if not toks:
            return False
        g = self.r.phrase(" ".join(t.text for t in toks), self.day, holders=False)
        return g is not None and (g.how.startswith("office") or g.kind != "person")

    def _titled_head(self, head):
        """The title a reverse appositive describes when the parse hangs the name on the last noun of
        the title's prepositional phrase: "Ethiopia's special envoy for the two Sudans, Mesfin
        Tadesse" (the name under "Sudans"): the envoy, whose title gives the person a country (round
        21). Climbs one "for", "of" or "to" at a time while the noun above reads as an office
        ("Georgia's ambassador to the United Nations, Nino ...": the name under "Nations", round 22)."""
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in ("for", "of", "to") \
                and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.i < head.i:
            above = head.head.head
            g = self.r.phrase(above.text, self.day, holders=False)
            if g is None or not g.how.startswith("office"):
                break
            head = above
        return head

    def _title_before_comma(self, text: str, doc, span) -> tuple[int, int] | None:
        """A title written right before a name and a comma where the parse made no apposition of
        them: "signed by the Minister of Foreign Affairs of Indonesia, Mr. X, and the First Deputy
        Prime Minister ... of the Republic of Kosovo, Ms. Y" (Y hung on X as a conjunct), "spoke with
        the Minister of Foreign Affairs of Tunisia, Mr. Z, on Monday" (Z on the verb). The title is
        the run of capitalised and glue words before the comma (forms of address after it skipped)
        that reads as an office held by a person and names no person itself (round 22)."""
        i = span.start - 1
        while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
            i -= 1
        if i < 1 or doc[i].text != ",":
            return None
        run = []
        for j in range(i - 1, -1, -1):
            t = doc[j]
            if not (t.is_title or t.lower_ in TITLE_GLUE_WORDS or t.text in WORD_HYPHENS
                    or t.lower_ in ("'s", "’s")) or t.ent_type_ == "PERSON":
                break
            run.insert(0, t)
            if t.is_sent_start:
                break
        while run and not run[0].is_title:
            run.pop(0)
        if len(run) < 1 or any(t.ent_type_ == "PERSON" for t in run):
            return None
        s0, e0 = run[0].idx, run[-1].idx + len(run[-1])
        g = self.r.phrase(text[s0:e0], self.day, holders=False)
        if g is None or g.kind != "person" or not g.how.startswith("office") or not g.role:
            return None
        return s0, e0

    def _office_below(self, head):
        """The office a reverse appositive describes when the parse hangs the name on an abstract
        noun before it: "the efforts of the Special Representative of the Secretary-General for
        Libya, Ms. X" (the name under "efforts"): the representative (round 22). Only below a noun
        of ``ABSTRACT_BEFORE_OFFICE`` ("the wife of the President, Jane Doe" is the wife)."""
        if head.lemma_.lower() not in ABSTRACT_BEFORE_OFFICE or head.text[:1].isupper():
            return head
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.text[:1].isupper():
                    g = self.r.phrase(obj.text, self.day, holders=False)
                    if g is not None and g.how.startswith("office"):
                        return obj
        return head

    def _has_person_title(self, text: str, ent) -> bool:
        """A name the model took for a place but that has a title appositive:
        "Tomas Verhoeven, Belgium's foreign minister"."""
        doc = ent.doc
        _, deps, kids = dependency_tree(doc)
        appos = doc.vocab.strings["appos"]
        for c in kids[ent.root.i]:
            if deps[c] == appos and c >= ent.end:
                sub = list(doc[c].subtree)
                g = self.r.phrase(text[sub[0].idx:sub[-1].idx + len(sub[-1])], self.day, holders=False)
                if g is not None and g.kind == "person":
                    return True
        return self._office_noun_before(ent)

    def _office_noun_before(self, ent) -> bool:
        """Round 26a: a name of two or more capitalised words the model took for a place, right after
        a lower-case noun of a person's office ("ministry spokeswoman Chea Dara told reporters")."""
        if len(ent) < 2 or ent.start == 0 or not all(t.is_title for t in ent):
            return False
        prev = ent.doc[ent.start - 1]
        if not prev.is_lower or prev.pos_ != "NOUN":
            return False
        g = self.r.phrase(prev.text, self.day, holders=False)
        return g is not None and g.kind == "person" and g.how.startswith("office")

    # -- the main pass -------------------------------------------------------------------
    def mentions(self, text: str, doc) -> list[Mention]:
        cands: list[Mention] = []
        consumed: list[tuple[int, int]] = []
        anchors = self._referring_settled(doc, self._shared_words_settled(self.anchors(text, doc)))
        anchors = [a for a in anchors if not _state_in_feature_name(text, a, self.kb)]  # round 23
        anchors = _without_placed_names(text, doc, anchors)  # round 24a: "in and around Solenzo"
        self._named = None  # the countries the document's anchors name (``_shared_region_country``)
        self._anchors = anchors
        self._anchor_starts = [a[0] for a in anchors]
        for start, end, match, label in anchors:
            tokens = token_range(doc, start, end)  # ``doc.char_span(start, end, alignment_mode="expand")``
            if tokens is None or tokens[0] == tokens[1]:
                continue
            span = doc[tokens[0]:tokens[1]]
            entry = self.kb.entries[match.value.key] if match else None
            if entry is not None and entry.kind == "person":
                led = self._led_government(span, entry)
                if led is not None:
                    cands.append(led)
                    continue
            if entry is None and label == "PERSON" and _described_as_body(span):
                label = "ORG"  # round 24b: "the state tanker operator Sovkraft", "the mining company Xyz"
            if (entry is not None and entry.kind == "person") or label == "PERSON" or label in MISLABELLED_PERSON_LABELS:
                m, used = self._person(text, doc, span, start, end, entry)
                if m is not None:
                    cands.append(m)
                    consumed.extend(used)
                continue
            cands.extend(self._other(text, doc, span, start, end, match, entry, label))
        cands.extend(self._bare_nouns(text, doc))
        cands.extend(self._written_out_titles(text, doc))
        cands.extend(addressed_groups(text, doc))  # round 24b: "urges all states to ..."
        cands.extend(self._counted_patients(text, doc))  # round 24b: "kidnapped eleven crew members"
        cands.extend(coordinated_body_names(text, anchors, self.r, self.day))
        cands = self._referring_bodies(doc, anchors, cands)
        used_spans = SpanSet(consumed)
        cands = [c for c in cands if c.priority == PRIORITY_PERSON or not used_spans.contains(c.start, c.end)]
        chosen = longer_bodies_read(text, _select(cands), getattr(self, "_longer", {}))
        return plural_governments_read(text, shared_aliases_settled(text, chosen, self.r, self.day))

    def _person(self, text, doc, span, start, end, entry):
        root = span.root
        cs = _chunk_start(doc, span)
        title_toks = list(doc[cs:span.start]) if cs < span.start else self._title_before(doc, span)
        if cs < span.start and entry is None and not self._reads_as_office(title_toks):
            title_toks = self._title_before(doc, span) or title_toks  # round 21: "... and Oil Hassan Abdelrahim"
        extra, used, trim = [], [], {}
        appos = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
        title_spans = []
        if title_toks:
            title_spans.append((title_toks[0].idx, span.start_char))
        for a in appos:
            sub = list(a.subtree)
            title_spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
        for rel in root.children:  # "Anna Lind, who served as Sweden's foreign minister"
            if rel.dep_ == "relcl" and rel.i > span.end and any(c.dep_ == "nsubj" and c.lower_ == "who"
                                                                 for c in rel.children):
                for t in _role_complements(rel):
                    sub = list(t.subtree)
                    title_spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
        for prep in root.children:  # "Interior Minister Tomasz Wilczek of Poland"
            if prep.dep_ == "prep" and prep.lower_ in ORIGIN_PREPS and prep.i == span.end:
                objs = [c for c in prep.children if c.dep_ == "pobj" and (c.ent_type_ == "GPE" or self._names_state(
                    text, c))]  # round 27a: "... of Saint Lucia" the model tags PERSON
                if objs:
                    title_spans.append((objs[0].left_edge.idx, objs[0].idx + len(objs[0])))
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start:
            described = self._office_below(self._titled_head(root.head))
            head_toks = _strip_det([t for t in described.subtree if t.i < span.start
                                    and (t.dep_ != "punct" or t.text in WORD_HYPHENS and t.i > described.i
                                         and doc[t.i - 1].idx + len(doc[t.i - 1]) == t.idx)
                                    or t.i < described.i])
            head_toks = [t for t in head_toks if t.i < span.start]
            head_toks = _without_address_words(head_toks, span)
            while head_toks and head_toks[-1].dep_ == "punct":
                head_toks.pop()
            cut = [t.i for t in head_toks if t.is_punct and t.text not in ("-", "'", "’")]
            cut += [b.i for a, b in zip(head_toks, head_toks[1:]) if b.i != a.i + 1]
            if cut:  # "Speaking to AFP, the president of the league, Jane Doe, said": the title only
                head_toks = _strip_det([t for t in head_toks if t.i >= max(cut)])
            if head_toks:
                s0, e0 = head_toks[0].idx, head_toks[-1].idx + len(head_toks[-1])
                title_spans.append((s0, e0))
                body = self._titled_body(text, head_toks)
                if body is not None:  # "the head of the Pacific Islands Forum, Tevita Lomu": the forum
                    trim[(s0, e0)] = body  # stays an actor of its own, no mention of the person
                if trim.get((s0, e0), e0) > s0:
                    extra.append((s0, trim.get((s0, e0), e0)))
        if not title_spans or root.dep_ != "appos" and not any(
                (g := self.r.phrase(text[a:b], self.day, holders=False)) is not None and g.how.startswith("office")
                for a, b in title_spans):
            before = self._title_before_comma(text, doc, span)
            if before is not None:  # "..., the Minister of Foreign Affairs of Kosovo, Ms. X" (round 22)
                title_spans.append(before)
                extra.append(before)
        title_guess, role_text = None, None
        for s0, e0 in title_spans:
            g = self._envoy(text[s0:e0]) or self.r.phrase(text[s0:e0], self.day, holders=False)
            if g is not None and (g.role or g.country or g.sector):
                if title_guess is not None and title_guess.country is None and g.country:
                    title_guess = replace(title_guess, country=g.country)  # "Minister Jane Doe of Poland"
                title_guess = title_guess or g
                role_text = role_text or _role_text(self.r, text[s0:e0], g)
            if trim.get((s0, e0), e0) > s0:
                used.append((s0, trim.get((s0, e0), e0)))
        name = " ".join(text[start:end].split())
        if entry is not None:
            guess = self.r.entry_guess(entry, self.day)
            if title_guess is not None and title_guess.role:
                guess = replace(guess, role=role_text or title_guess.role)
        else:
            if not _looks_like_name(name):
                return None, []
            tg = title_guess
            guess = ActorGuess(name, "person", tg.country if tg else None, tg.sector if tg else None,
                               (role_text or tg.role) if tg else None, f"person:{slug(name)}", "model:person")
            respective = self._respective_country(text, root)
            if respective:  # the shared title is no mention of this one person, nor a role unless it names one
                guess, extra = replace(guess, country=respective, role=guess.role if tg and tg.role else None), []
        return Mention(start, end, guess, PRIORITY_PERSON, tuple(extra)), self._without_possessor_bodies(text, used)

    def _without_possessor_bodies(self, text: str, used: list) -> list:
        """The spans a person's title takes, less a body that possesses the title: "Georgian Dream's
        chief whip, Levan ...": the party stays an actor of its own (round 22); a state does not
        ("Georgia's ambassador" is the ambassador's country, no act of the state)."""
        out = []
        for s0, e0 in used:
            for a0, a1, match, label in getattr(self, "_anchors", ()):
                if not (s0 <= a0 and a1 < e0 and text[a1:a1 + 2] in ("'s", "’s")):
                    continue
                kind = self.kb.entries[match.value.key].kind if match and match.what == "entry" else None
                if kind in ("state", "person", "location") or kind is None and label != "ORG":
                    continue
                if a0 > s0:
                    out.append((s0, a0))
                s0 = a1
            out.append((s0, e0))
        return out

    def _titled_body(self, text: str, head_toks: list) -> int | None:
        """Where the title of a reverse appositive ("the secretary-general of the Caribbean
        Community, Marcia ...") ends before the body it is of, when that body is an organisation
        or international body the knowledge base or the model names (not a state: "the foreign
        minister of Poland, Jan Kowalski" stays one title); None otherwise."""
        of = next((k for k, t in enumerate(head_toks) if t.lower_ == "of" and k > 0), None)
        if of is None or of + 1 >= len(head_toks):
            return None
        rest = [t for t in head_toks[of + 1:] if not (t.lower_ == "the" and t.i == head_toks[of + 1].i)]
        if not rest or not rest[0].text[:1].isupper():
            return None
        b0, b1 = rest[0].idx, rest[-1].idx + len(rest[-1])
        g = self.r.phrase(text[b0:b1], self.day, holders=False)
        if g is None or g.kind not in ("igo", "organization") or g.role:
            return None
        end = head_toks[of - 1]
        return end.idx + len(end)

    def _led_government(self, span, entry) -> Mention | None:
        """A leader's name on a government noun ("the Lukashenko regime", "the Trump administration",
        "Maduro's government", "the government of Ilham Aliyev"): the government of the leader's
        state, the name and the noun one mention of it; None elsewhere."""
        doc, root = span.doc, span.root
        head = root.head
        if root.dep_ in ("compound", "poss") and (head.i == span.end or head.i == span.end + 1
                                                  and doc[span.end].dep_ == "case"):
            start, end = span.start_char, head.idx + len(head)  # "Aliyev's government"
        elif root.dep_ == "pobj" and head.lower_ == "of" and head.i == span.start - 1 and head.head.i == head.i - 1:
            head = head.head  # "the government of Ilham Aliyev"
            start, end = head.idx, span.end_char
        else:
            return None
        if head.pos_ != "NOUN" or head.lemma_.lower() not in GOVERNING_NOUNS:
            return None
        country = self.r.entry_guess(entry, self.day).country
        state = self.kb.entries.get(country) if country else None
        if state is None or state.kind != "state":
            return None
        return Mention(start, end, self.r.state_guess(state, "government"), PRIORITY_PERSON)

    def _envoy(self, title: str) -> ActorGuess | None:
        """An envoy's title read without the state it is sent to ("Kenya's ambassador to
        France", "the UN special envoy for Yemen": Kenya's, the UN's); None for other titles."""
        cut = HOST_PREPOSITION.search(title)
        if cut is None:
            return None
        g = self.r.phrase(title[:cut.start()], self.day, holders=False)
        return g if g is not None and g.role == ENVOY_ROLE else None

    def _names_state(self, text: str, tok) -> bool:
        """Whether the words of ``tok``'s phrase (its left edge to it) are a state's name in the KB,
        whatever label the model gave them ("Saint Lucia" tagged PERSON)."""
        g = self.r.phrase(text[tok.left_edge.idx:tok.idx + len(tok)], self.day, holders=False)
        return g is not None and g.kind == "state" and g.how in ("state:name", "state:alias")

    def _respective_country(self, text, root) -> str | None:
        """The country of one of several names in apposition to a title that names as many
        states, in their order ("her Ugandan and Tanzanian counterparts, Paul Okello and
        Grace Mushi, respectively": Mushi is Tanzanian); None otherwise."""
        names = sorted([root, *root.conjuncts], key=lambda t: t.i)
        first = names[0]
        if len(names) < 2 or first.dep_ != "appos" or first.head.i > first.i:
            return None
        head = first.head
        words = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
        words += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ORIGIN_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        states = []
        for w in words:
            for t in sorted([w, *w.conjuncts], key=lambda t: t.i):
                g = self.r.phrase(t.text, self.day, holders=False)
                if g is not None and g.kind == "state":
                    states.append(g.country)
        return states[names.index(root)] if len(states) == len(names) else None

    def _other(self, text, doc, span, start, end, match, entry, label):
        root = span.root
        how = match.value.how if match else None
        staffed_from = None  # round 26a: where the phrase of a nameless person of the body starts
        at = _actor_head(doc, root.i, span.start, span.end)
        head = doc[at] if at is not None else None
        if at is not None and at == _governing_noun(doc, root.i, span.start):
            # "the regime in Minsk": the government of the state the place names (not a modifier's:
            # "the Moscow-backed regime in Minsk"), with the noun and the place as its mentions
            g = self.r.phrase(f"{head.text} in {text[start:end]}", self.day)
            if g is not None and g.kind == "state":
                return [Mention(head.idx, head.idx + len(head), g, PRIORITY_PHRASE),
                        Mention(start, end, g, PRIORITY_PHRASE)]
        if head is not None and not (entry is not None and entry.kind == "location" and head.idx < start
                                     and self._in_other_anchor(head.idx, start)):
            toks = _phrase_tokens(doc, head, span)
            if toks and "\n" not in text[toks[0].idx:toks[-1].idx + len(toks[-1])]:
                s0, e0 = toks[0].idx, toks[-1].idx + len(toks[-1])
                e0 = self._named_body_end(s0, e0)
                g = self.r.phrase(text[s0:e0], self.day)
                staff = _staff_of_body(head, span, entry)  # "the doctors and nurses of <body>" (round 17b)
                s0 = staff if staff is not None else s0
                if g is not None and not g.how.startswith("state") and (entry is None or g.key != entry.key
                                                                        or g.how != "entry" or staff is not None):
                    members = entry is None and label == "ORG" and g.how.startswith("office") \
                        and head.tag_ == "NNS" and head.i < span.start
                    # "the efforts of the Special Envoy for Yemen": no office named "efforts" (round 22)
                    members = members or g.how.startswith("office") and head.lower_ == head.text \
                        and head.lemma_.lower() in ABSTRACT_BEFORE_OFFICE
                    # round 25b: "the managers of Zhoushan Pelagic Holdings": a KB place inside the
                    # name of a body the model found is no reading of the phrase (the body is)
                    members = members or entry is None and label == "ORG" and g.kind == "location"
                    # round 26a: "a judge of the Federal High Court", "instructors of the Africa Corps":
                    # no name of a person in the phrase, the body the model names is the actor
                    staffed = entry is None and label == "ORG" and s0 < span.start_char \
                        and _nameless_staff_of(span, self.r)
                    staffed_from = s0 if staffed else None
                    members = members or staffed
                    if (g.kind != "person" or g.how.startswith("office")) and not members:
                        # "Officers of the State Committee for National Security": the body (round 16b)
                        return [Mention(s0, e0, g, PRIORITY_PHRASE)]
        if entry is not None and entry.kind == "state":
            found = self._following_noun(text, doc, span)
            if found is not None:
                return [found]
            if head is not None and how in ("adjective", "demonym", "name", "alias") \
                    and not _listed_after_of(root, how):
                # "Hungarian" in "senior Hungarian and Romanian officials": the anchor alone,
                # read with the actor noun it modifies
                g = self.r.phrase(f"{text[start:end]} {head.text}", self.day)
                if g is not None and (g.how.startswith("office") or g.how.startswith("noun")):
                    return [Mention(start, end, g, PRIORITY_ANCHOR)]
        if entry is None:  # an ORG the model found
            toks = _strip_det(span)
            if not toks:
                return []
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
            g = self.r.phrase(text[start:end], self.day)
            name = " ".join(text[start:end].split())
            if g is None and _where(span.root) and not name.isupper():
                # "a base in Maidan Shahr": a name the KB does not know, where something happens
                g = ActorGuess(name, "location", None, None, None, f"place:{slug(name)}", "model:place")
            elif g is None or g.how.startswith("state"):
                if name[:1].isupper() and len(name) > 2:
                    country = g.country if g else self._qualifier_country(text, doc, toks)
                    name = self._without_nationality(name, toks, country)
                    g = ActorGuess(name, "organization", country, None, None, f"org:{slug(name)}", "model:org")
                else:
                    return []
            elif g.how == "place" and g.country and label == "ORG" and len(toks) > 2 and key_of(g.name) != key_of(name) \
                    and _named_after_place(toks, start + len(g.name), self.r):
                # round 25a: "Kamsar Bay Logistics": a body named after a place, of the place's country
                g = ActorGuess(name, "organization", g.country, None, None, f"org:{slug(name)}", "model:org")
            elif g.key is None or g.how == "noun":
                g = replace(g, name=name, key=f"org:{slug(name)}", kind="organization",
                            country=g.country or self._qualifier_country(text, doc, toks))
            described = self._described_by(text, doc, span) if g.kind == "organization" else None
            if staffed_from is not None:  # "a judge of <the court>": the phrase is the court's mention
                return [Mention(staffed_from, end, g, PRIORITY_PHRASE, (described,) if described else ())]
            return [Mention(start, end, g, PRIORITY_ANCHOR, (described,) if described else ())]
        if entry.kind == "state":
            if how in ("adjective", "demonym") and (label == COMPOUND_PART or head is not None
                                                    and _owned_by_state(head)):
                # "an Indian proposal", "Iraqi towns", "Iraqi Kurds": the state acts or owns
                return [Mention(start, end, self.r.state_guess(entry, how), PRIORITY_ANCHOR)]
            if how in ("adjective", "demonym") and head is not None and root.dep_ == "pobj" and _counts(head):
                # "hundreds of Georgians", "a group of Syrians": people of the state
                g = ActorGuess(span.text, "group", entry.key, "CVL", None, f"{entry.key}:CVL", "noun")
                return [Mention(start, end, g, PRIORITY_ANCHOR)]
            described = [c for c in root.lefts if c.dep_ == "amod"] if how == "demonym" and head is None else []
            if described and root.tag_ in ("NNS", "NNPS"):
                # "young Algerians", "ordinary Russians": people of the state, not the state
                s0 = described[0].idx
                g = ActorGuess(text[s0:end], "group", entry.key, "CVL", None, f"{entry.key}:CVL", "noun")
                return [Mention(s0, end, g, PRIORITY_ANCHOR)]
            if how in ("adjective", "demonym") and (head is not None or _first_conjunct(root).dep_ in MODIFIER_DEPS):
                return []  # "Russian gas", "French cooking": a state word on a noun that is no actor
            if how in ("adjective", "demonym") and _language(_first_conjunct(root), root):
                return []  # "spoke in Russian": a language
            if how == "capital":
                if _acts(root) or label == COMPOUND_PART:  # "Moscow-backed", "Washington-Tehran talks": a party
                    return [Mention(start, end, self.r.capital_guess(entry, span.text, self.day), PRIORITY_ANCHOR)]
                g = ActorGuess(span.text, "location", entry.key, None, None, f"place:{slug(span.text)}",
                               "capital:place")
                return [Mention(start, end, g, PRIORITY_ANCHOR)]
            return [Mention(start, end, self.r.state_guess(entry, how), PRIORITY_ANCHOR)]
        g = self.r.entry_guess(entry, self.day)
        if entry.kind == "location" and entry.country is None:
            country = self._shared_region_country(entry)
            if country:
                g = replace(g, country=country)
        if entry.kind == "location" and not _acts(root):
            g = replace(g, sector=None if g.sector == "CVL" else g.sector)
        return [Mention(start, end, g, PRIORITY_ANCHOR)]

    def _shared_region_country(self, entry) -> str | None:
        """The country of a region two states share, which the KB holds with no country ("Punjab"):
        of the countries of the KB places whose names end with its name ("Indian Punjab",
        "Pakistani Punjab"), the one the document's anchors name most, at least twice as often as
        the next; else None (round 16b)."""
        sharing = _sharing_countries(self.kb, entry.key)
        if not sharing:
            return None
        if self._named is None:
            named: dict[str, int] = {}
            for _, _, m, _ in self._anchors:
                e = self.kb.entries[m.value.key] if m is not None else None
                if e is not None and e.kind in ("state", "location") and e.country:
                    named[e.country] = named.get(e.country, 0) + 1
            self._named = named
        ranked = sorted(((self._named.get(c, 0), c) for c in sharing), reverse=True)
        if ranked[0][0] and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
            return ranked[0][1]
        return None

    def _in_other_anchor(self, offset: int, start: int) -> bool:
        """Whether ``offset`` (the noun before a town that the town completes) lies inside another
        anchor than the one at ``start``: "the Baltic Protection and Indemnity Club of Rostock" is
        the club's name, not a phrase of Rostock's (round 27a). A state's stays its organ ("the
        Ministry of Foreign Affairs of the Republic of Lithuania"), and so does a noun after the
        place ("Spain's Federation of Press Associations")."""
        k = bisect_right(self._anchor_starts, offset) - 1
        return k >= 0 and self._anchors[k][0] != start and offset < self._anchors[k][1]

    def _named_body_end(self, start: int, end: int) -> int:
        """``end``, or the end of a KB body (organisation, IGO, group) named from inside
        ``[start, end)`` to beyond it: the parse may cut "China's Ministry of State Security" after
        "State", which would make it China's ministry, not the KB's Ministry of State Security
        (round 16b)."""
        anchors = self._anchors
        for k in range(bisect_left(self._anchor_starts, start), bisect_left(self._anchor_starts, end)):
            _, e0, m0, _ = anchors[k]
            if m0 is not None and end < e0 and self.kb.entries[m0.value.key].kind not in ("state", "location", "person"):
                return e0
        return end

    def _qualifier_country(self, text, doc, toks) -> str | None:
        """The country of a place or state word that qualifies an organisation the model
        found: its modifiers ("Berlin non-profit Cinema for Peace Foundation"), "of/from"
        a state after it ("Mahan Air of Iran") or a short appositive after a comma
        ("..., a Berlin-based charity,")."""
        first, last = toks[0].i, toks[-1].i
        left = first
        while left > 0 and doc[left - 1].head.i in range(left, last + 1) and not doc[left - 1].is_sent_start \
                and doc[left - 1].dep_ in MODIFIER_DEPS | {"amod", "punct", "npadvmod"} \
                and doc[left - 1].text not in (",", "("):
            left -= 1  # round 22: modifiers of modifiers too ("the Oslo-based company Fjordline")
        pieces = [text[doc[left].idx:toks[0].idx]] if left < first else []
        k = last + 1
        if k + 1 < len(doc) and doc[k].lower_ in ORIGIN_PREPS and doc[k + 1].ent_type_ == "GPE":
            pieces.append(doc[k + 1].text)  # "Mahan Air of Iran"
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("a", "an", "the"):
            end = k + 1
            while end < len(doc) and end - k <= APPOSITIVE_WORDS_MAX and doc[end].text not in (",", ".", ";", "(") \
                    and not doc[end].is_sent_start:
                end += 1
            if end < len(doc) and doc[end].text in (",", "."):
                pieces.append(text[doc[k + 1].idx:doc[end - 1].idx + len(doc[end - 1])])
        pieces[:0] = [m.group(1) or m.group(2) for p in pieces for m in SEAT_RE.finditer(p)]  # the seat first
        for piece in pieces:
            for m in self.r.scan_text(piece.replace("-", " ")):  # "Berlin-based"
                if m.what == "entry":
                    e = self.kb.entries[m.value.key]
                    if e.kind in ("state", "location") and e.country:
                        return e.country
        return None

    def _following_noun(self, text, doc, span) -> Mention | None:
        """A state word followed by an actor noun or title in the same sentence
        ("Russian officials", "Iranian president"), read on the surface when the
        parse does not attach them."""
        best = None
        columns = _token_columns(doc)
        sent_starts, poses, idx, length = columns[SENT_START], columns[POS], columns[IDX], columns[LENGTH]
        for extra in range(1, FOLLOWING_WORDS_MAX + 1):
            last = span.end + extra - 1
            # the next sentence starts: stop (``span.sent`` would walk the whole sentence)
            if last >= len(doc) or sent_starts[last] == 1 or poses[last] not in _PHRASE_POS and (
                    length[last] != 1 or text[idx[last]] != "-"):
                break
            s0, e0 = span.start_char, idx[last] + length[last]
            g = self.r.phrase(text[s0:e0], self.day)
            if g is not None and (g.how.startswith("office") or g.how.startswith("noun")):
                best = Mention(s0, e0, g, PRIORITY_PHRASE)
        return best

    def _of_named_body(self, text, root) -> bool:
        """Whether a noun's "of" complement names an organisation or IGO of the KB ("the
        Secretariat of the African Union", "the office of the UN refugee agency"): the noun
        is that body's, not the country in focus."""
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == root.i + 1:
                last = prep.right_edge
                found = self.r.scan_text(text[prep.idx + len(prep):last.idx + len(last)])
                return any(m.what == "entry" and self.kb.entries[m.value.key].kind in ("igo", "organization")
                           for m in found)
        return False

    def _written_out_titles(self, text, doc) -> list[Mention]:
        """A title written out with its capitalised "of" or "for" complement and no name: "the
        Minister of Foreign Affairs summoned ...", "I have ordered the Chief of the General Staff
        to deploy ..." (round 21). The whole title is one mention, a bare title whose country the
        document tells (``add_focus_country``), not "Minister" alone and a body "General Staff"."""
        out = []
        for chunk, s0, e0 in _stripped_chunks(doc):
            root = chunk.root
            if root.i != chunk.end - 1 or not root.is_title or root.i + 2 >= len(doc):
                continue
            prep = doc[root.i + 1]
            if prep.dep_ != "prep" or prep.head.i != root.i or prep.lower_ not in ("of", "for"):
                continue
            words = [t for t in prep.subtree if t.i > prep.i]
            if not words or not all(t.is_title or t.lower_ in TITLE_GLUE_WORDS for t in words) \
                    or not any(t.is_title for t in words):
                continue
            e1 = words[-1].idx + len(words[-1])
            g = self.r.phrase(text[s0:e1], self.day, holders=False)
            if g is None or g.how != "office" or g.kind != "person" or not g.role or "\n" in text[s0:e1]:
                continue
            if any(ent.label_ in ("PERSON", "GPE", "ORG") and s0 <= ent.start_char < e1 for ent in doc.ents
                   if ent.label_ != "ORG" or ent.start_char < words[0].idx):
                continue  # "President of the Republic of Chad": a state or a name in it, read elsewhere
            how = "office:bare" if g.country is None else g.how
            out.append(Mention(s0, e1, replace(g, how=how), PRIORITY_NOUN))
        return out

    def _counted_patients(self, text, doc) -> list[Mention]:
        """Round 24b: people counted as those a violent or coercive act was done to ("pirates kidnapped
        eleven crew members", "we have arrested eleven suspects", "hundreds of labourers were
        deported") are a group actor of their own, named by the plural and its modifiers without the
        number, even where the plural is no actor noun of the KB: the act then has them as its target
        instead of a place or a neighbouring actor. The plural has a number, or is counted by "dozens
        / hundreds / thousands of", and is the object (or passive subject) of a verb of
        ``PATIENT_VERBS``, whose object is a person. A plural the KB reads (``_bare_nouns``), one
        that is a name, and a state's own people of ``owned.yaml`` (hostages, prisoners, detainees:
        "welcomed the release of the hostages" is aimed at who freed them) are left to the other rules,
        and so is "five others were wounded" (no noun of people)."""
        out = []
        for tok in _plural_nouns(doc):  # ``counted_patient`` answers False for any other token
            if not counted_patient(tok) or tok.lemma_.lower() in owned_nouns() or tok.lower_ == "others":
                continue  # "freed five hostages": a state's own (``owned.yaml``), read as its owner
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and not c.like_num and c.pos_ != "NUM"]
            start = min([m.idx for m in mods], default=tok.idx)
            end = tok.idx + len(tok)
            if self.r.scan_text(text[start:end]) or any(c.ent_type_ for c in mods):
                continue  # "forty civilians", "two Russian sailors": the KB's nouns and names
            name = text[start:end]
            out.append(Mention(start, end, ActorGuess(name, "group", None, None, None, None, "noun"), PRIORITY_NOUN))
        return out

    def _bare_nouns(self, text, doc) -> list[Mention]:
        out = []
        for chunk, s0, e0 in _with_possessors(doc, _stripped_chunks(doc)):
            if not self.r.scan_text(text[s0:e0]):
                continue  # no knowledge-base word: ``phrase`` would answer None
            root = chunk.root
            if root.pos_ == "PRON":
                continue
            place = _place_complement(root, text)
            g = self.r.phrase(text[s0:e0], self.day, holders=False, context=place)
            if g is None or g.how not in ("noun", "noun:government", "office", "model:org") or "\n" in text[s0:e0]:
                continue
            ptoks = tokenize(text[s0:e0])
            if g.how == "office":  # "the President": whose, the actors of the document may tell
                roles = [m for m in self.r.scan_text(text[s0:e0]) if m.what == "role"]
                if g.country is None and g.kind == "person" and roles and roles[-1].j == len(ptoks):
                    out.append(Mention(s0, e0, replace(g, how="office:bare"), PRIORITY_NOUN))
                continue
            nouns = [m for m in self.r.scan_text(text[s0:e0]) if m.what == "noun"]
            if not nouns or nouns[-1].j != len(ptoks):
                continue  # "press conference" is no actor: the actor noun must be the head
            if chunk.start > 0 and chunk[0].idx == s0 and not chunk[0].is_sent_start:
                s1 = doc[chunk.start - 1].idx
                wider = [m for m in self.r.scan_text(text[s1:e0]) if m.what == "noun"]
                if wider and wider[-1].i == 0:  # "think tank" that the parse cut in two: read it whole
                    s0, nouns = s1, wider
                    g = self.r.phrase(text[s0:e0], self.day, holders=False, context=place)
                    if g is None:
                        continue
            if g.country is None and _ownerless_equipment(root):  # round 24a: "transferring drones"
                continue
            if not (nouns[-1].value.alone or g.key):  # "officials": whose, the focus of the text may tell
                if g.sector in UNFOCUSED_SECTORS or root.dep_ in DESCRIBING_DEPS or self._of_named_body(text, root):
                    continue
                g = replace(g, how="noun:bare")
            wide = _collective_start(doc, root)  # "the panel of experts" (round 17b)
            if wide is not None:
                g = self.r.phrase(text[wide:e0], self.day, holders=False, context=place) or g
                s0 = wide
            out.append(Mention(s0, e0, g, PRIORITY_NOUN))
        return out


#: Plural nouns of several states or sides that name no actor of their own ("states",
#: "countries", "sides"): a group of them is addressed by a request (``addressed_groups``). Not
#: "parties" (an actor noun already, given the story's country: the conflict's parties) nor
#: "governments" (``plural_governments_read``).
ADDRESSED_GROUP_HEADS = frozenset(("state", "country", "nation", "side"))
#: Verbs whose object is the one asked ("urges all states to ..."), and verbs whose "on" or "to"
#: object is ("calls on all countries", "appealed to all parties").
ASKING_VERBS = frozenset(("urge", "ask", "encourage", "invite", "implore", "exhort", "press", "request", "beg"))
ASKING_PREP_VERBS = {"call": "on", "appeal": "to", "plead": "with", "turn": "to"}


_NNS = get_string_id("NNS")


def _plural_nouns(doc) -> list:
    """``[t for t in doc if t.tag_ == "NNS"]`` with a ``Token`` made only for the plural nouns: their
    indices are read from the Doc's tag ids (``views.token_labels``) by ``views.indices_of`` once
    per Doc and kept in its views (round 25s: two actor rules walked every token for its tag)."""
    derived = views_of(doc).derived
    at = derived.get("plural_noun_indices")
    if at is None:
        at = derived["plural_noun_indices"] = indices_of(token_labels(doc)[0], _NNS)
    return [doc[i] for i in at]


def _asked(tok) -> bool:
    """Whether a noun is the one asked by a verb of request (``ASKING_VERBS``, ``ASKING_PREP_VERBS``),
    directly or as a conjunct of the one asked ("the M23 and all armed groups")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in ASKING_VERBS
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        return ASKING_PREP_VERBS.get(head.head.lemma_.lower()) == head.lower_
    return False


def addressed_groups(text: str, doc) -> list[Mention]:
    """Round 24b: a group of several states or parties that a request is addressed to ("the Commission
    urges all states to stop ...", "called on countries in the region to ...", "appeals to the states
    that supply weapons") is an actor of its own, a group with no country (sector IGO), so that the
    request has it as its target instead of a neighbouring actor. The head is a plural of
    ``ADDRESSED_GROUP_HEADS`` with no name in it, and "all" before it or a clause or "in/of" phrase
    after it that says which; "the two sides", "both parties" (the parties named before) and a
    number are left to the events stage. The mention is "all" and the head ("all states")."""
    out = []
    for tok in _plural_nouns(doc):
        if tok.lemma_.lower() not in ADDRESSED_GROUP_HEADS or tok.ent_type_ or not _asked(tok):
            continue
        kids = list(tok.children)
        if any(c.dep_ in ("nummod", "poss", "compound") or c.lower_ in ("both", "two", "these", "their", "our", "its")
               or c.ent_type_ for c in kids):
            continue
        every = [c for c in kids if c.dep_ in ("det", "predet") and c.lower_ == "all"]
        which = any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "to")
                    for c in kids if c.i > tok.i)
        if not (every or which):
            continue
        if any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.subtree):
            continue  # "the states of the Sahel", "countries of the EU": whose, another reading tells
        start = every[0].idx if every else tok.idx
        end = tok.idx + len(tok)
        name = text[start:end]
        out.append(Mention(start, end, ActorGuess(name, "group", None, "IGO", None, None, "noun"), PRIORITY_NOUN))
    return out


def counted_patient(tok) -> bool:
    """Whether a plural noun is people counted as those an act of ``PATIENT_VERBS`` was done to: it has
    a number ("eleven crew members") or is counted by "hundreds of" (``COUNTING_PLURALS``), and it (or the
    counting noun) is the object or passive subject of such a verb (round 24b)."""
    if tok.tag_ != "NNS" or tok.ent_type_ not in ("", "CARDINAL"):
        return False
    counted = any(c.dep_ == "nummod" and (c.like_num or c.ent_type_ == "CARDINAL") for c in tok.children)
    slot = tok
    if not counted and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in COUNTING_PLURALS:
        counted, slot = True, tok.head.head
    return counted and slot.dep_ in ("dobj", "nsubjpass") and slot.head.pos_ == "VERB" \
        and slot.head.lemma_.lower() in PATIENT_VERBS


#: Verbs whose object is a person, done harm or held ("kidnapped eleven crew members"): a counted plural
#: as their object is a group of people (``Recognizer._counted_patients``).
PATIENT_VERBS = frozenset(("kill", "kidnap", "abduct", "arrest", "detain", "wound", "execute", "torture",
                           "deport", "expel", "evacuate", "rescue", "free", "jail", "imprison", "behead",
                           "massacre", "displace", "repatriate", "round", "hold", "hang", "sentence", "convict"))
#: Nouns that count a plural after "of" ("hundreds of labourers").
COUNTING_PLURALS = frozenset(("dozens", "hundreds", "thousands", "scores", "tens", "millions"))


#: Nouns that describe a company or other body right before its name ("the state tanker operator
#: X", "the mining company X"): a one-word name after one is no person (``_described_as_body``).
BODY_DESCRIPTORS = frozenset(("operator", "company", "firm", "carrier", "producer", "maker", "giant", "group",
                              "lender", "insurer", "shipper", "miner", "exporter", "importer", "conglomerate",
                              "manufacturer", "corporation", "airline", "bank", "broadcaster", "newspaper",
                              "outlet", "agency", "developer", "contractor", "supplier", "subsidiary", "startup",
                              "retailer", "refiner", "trader", "utility", "watchdog", "charity", "organisation",
                              "organization", "association", "union", "party", "movement", "network"))


def _listed_after_of(root, how: str | None) -> bool:
    """Whether a state's name is the first of a list of names after "of" ("police officers of
    Kenya, Jamaica and Chile", round 25b): the staff of several states, where the first name stays
    the state as the others do, not one state's officers (a person)."""
    return how in ("name", "alias") and root.dep_ == "pobj" and root.head.lower_ == "of" \
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children)


def _described_as_body(span) -> bool:
    """Whether a one-word name the model read as a person stands right after a noun that describes a
    body (``BODY_DESCRIPTORS``: "the state tanker operator Sovkraft", "the mining company Orlex"):
    the name is that body's (round 24b). Only lower-case descriptor nouns and a name of one word,
    so "Group Captain X" and given name + surname are untouched. Round 25a: a longer name too where
    the parse makes it the descriptor's apposition or the descriptor its compound ("the medical charity
    Soins du Monde"), with a lower-case word inside it ("du", "de", "al") that no person's given name
    and surname hold in English text; "the company John Smith founded" stays a person."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if not (before.pos_ == "NOUN" and before.is_lower and before.lemma_.lower() in BODY_DESCRIPTORS):
        return False
    if len(span) == 1:
        return True
    root = span.root
    joined = root.dep_ == "appos" and root.head.i == before.i or before.dep_ == "compound" and before.head.i == root.i
    return joined and len(span) <= 5 and any(t.is_lower and t.is_alpha for t in span[1:-1])


def _after_verb_opener(doc, ent) -> int | None:
    """Where a PERSON entity's name starts once a verb the model took into it is left out: a first
    word of ``SLOGAN_VERBS``, or of ``OPENING_VERBS`` at a sentence's start, or a one-word entity
    the tagger reads as a verb ("Summon the ambassador"): None where no name is left."""
    first = doc[ent.start]
    if len(ent) == 1:
        return None if first.pos_ == "VERB" and first.is_sent_start else ent.start_char
    return doc[ent.start + 1].idx if _verb_opener(first) else ent.start_char


def _verb_opener(tok) -> bool:
    """Whether a capitalised word before a name is a verb of ``SLOGAN_VERBS`` or ``OPENING_VERBS``."""
    word = tok.lower_.lstrip("#")
    return word in SLOGAN_VERBS or word in OPENING_VERBS and tok.is_sent_start


def _place_use(tok) -> bool:
    """Whether a name's last token stands where a place stands (``PLACE_PREPS``, ``PLACE_NOUNS``)."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in PLACE_NOUNS and tok.head.i > tok.i:
        return True
    head = tok
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if any(c.dep_ == "conj" and c.lemma_.lower() in PLACE_NOUNS and c.pos_ == "NOUN" for c in (*head.children, *tok.children)):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "between":  # "the railway between X and Y"
        return head.head.head.lemma_.lower() in ROUTE_NOUNS
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS and head.head.dep_ != "agent"


def _acting_name(tok) -> bool:
    """Whether a name's last token is a subject or a possessor: what a person or a body does."""
    return tok.dep_ in ("nsubj", "nsubjpass", "poss") or (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "poss"))


def _without_placed_names(text: str, doc, anchors: list) -> list:
    """The anchors less the one-word names the KB does not know that the model took for a person or
    an organisation but that the text uses as places (round 24a): at least one use after a place
    preposition or beside a place noun (``_place_use``) and no use as a subject or possessor. Every
    use of such a word goes ("Tabora" in "between Makutupora and Tabora" was a person)."""
    cands: dict[str, list] = {}
    for a in anchors:
        if a[2] is not None or a[3] not in PLACED_NAME_LABELS:
            continue
        word = text[a[0]:a[1]]
        if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
            continue
        cands.setdefault(word, []).append(a)
    if not cands:
        return anchors
    drop = set()
    for word, uses in cands.items():
        toks = []
        for a in uses:
            span = token_range(doc, a[0], a[1])
            if span is None or span[1] - span[0] != 1:
                break
            toks.append(doc[span[0]])
        else:
            if any(_place_use(t) for t in toks) and not any(_acting_name(t) for t in toks):
                drop.update((a[0], a[1]) for a in uses)
    return [a for a in anchors if (a[0], a[1]) not in drop] if drop else anchors


def _ownerless_equipment(root) -> bool:
    """Whether a noun chunk's head is a weapon (``EQUIPMENT_WORDS``) with no owner in its chunk (no
    possessor: the caller checks that the phrase names no country) that does not act: not the
    subject of an active verb nor the agent after "by" (followed up its conjuncts)."""
    if root.lemma_.lower() not in EQUIPMENT_WORDS and root.lower_ not in EQUIPMENT_WORDS:
        return False
    if any(c.dep_ == "poss" for c in root.children):
        return False
    if root.lemma_.lower() == "tank" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in EQUIPMENT_WORDS
                                             for c in root.children):
        return True  # "water tanks", "fuel tanks", "storage tanks": no weapon, wherever they stand
    head = root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ in EQUIPMENT_ACTING_DEPS:
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ == "by")


_SHARING: dict[int, dict[str, tuple[str, ...]]] = {}


def _sharing_countries(kb, key: str) -> tuple[str, ...]:
    """The countries of the KB places whose names end with the name of the place ``key`` of no
    country, one more word before it ("Indian Punjab" for "Punjab"); remembered per KB."""
    table = _SHARING.get(id(kb))
    if table is None:
        table = {}
        bare = {key_of(e.name): e.key for e in kb.entries.values() if e.kind == "location" and e.country is None}
        for e in kb.entries.values():
            if e.kind == "location" and e.country:
                words = key_of(e.name).split(" ", 1)
                if len(words) == 2 and words[1] in bare:
                    table.setdefault(bare[words[1]], ())
                    table[bare[words[1]]] = tuple(sorted({*table[bare[words[1]]], e.country}))
        _SHARING.clear()
        _SHARING[id(kb)] = table
    return table.get(key, ())


def _surnames_named(doc) -> dict[str, int]:
    """The last word of each name of two or more words the model tagged PERSON, with the index
    of its first such name's last token ("Jan Kowalski": ``{"Kowalski": i}``)."""
    out: dict[str, int] = {}
    for ent in entities(doc)[0]:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title:
            out.setdefault(ent[-1].text, ent.end - 1)
    return out


def _person_evidence(doc, i: int, surnames: dict[str, int]) -> bool:
    """Token ``i`` is the surname of a person named in full before it (``_surnames_named``), has
    an age or a "who" in apposition (``_described_person``) or is the subject of a verb with
    "himself" or "herself" (``_reflexive_subject``)."""
    return surnames.get(doc[i].text, i) < i or _described_person(doc, i) or _reflexive_subject(doc, i)


def _after_speech_verb(doc, i: int) -> bool:
    """Token ``i`` ends a clause right after a verb of saying in the past or present tense, its
    inverted subject ("..., said Kowalski.", "..., writes Kowalski, ...")."""
    return (0 < i < len(doc) - 1 and doc[i + 1].is_punct and doc[i - 1].tag_ in ("VBD", "VBZ")
            and doc[i - 1].lemma_ in _reporting_verbs())


def _reflexive_subject(doc, i: int) -> bool:
    """Token ``i`` is the subject of a verb that has "himself" or "herself" ("X recused himself")."""
    heads, deps, kids = dependency_tree(doc)  # the parse by index: no ``Token`` per child
    if deps[i] not in _SUBJECT_DEP_IDS:
        return False
    lowers = token_strings(doc)[0]
    return any(lowers[c] in REFLEXIVE_PERSON for c in kids[heads[i]])


#: The ids of ``SUBJECT_DEPS`` as ``Token.dep`` gives them (spaCy symbols).
_SUBJECT_DEP_IDS = frozenset((symbols.nsubj, symbols.nsubjpass))


def _described_person(doc, i: int) -> bool:
    """Token ``i`` is followed by an age or a "who" in apposition: "X, 72, said", "X, who led ..."."""
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    nxt = doc[i + 2]
    if nxt.lower_ == "who":
        return True
    return (nxt.is_digit and 16 <= int(nxt.text) <= 110 and i + 3 < len(doc)
            and doc[i + 3].text == ",")


def _name_end(doc, ent) -> int:
    """Where a person's name ends: after the capitalised proper noun with no label that the
    parse makes the head of the name the model tagged ("Kais" tagged, "Saied" not)."""
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if (nxt is not None and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i and nxt.pos_ == "PROPN"
            and nxt.is_title and not nxt.ent_type_):
        return nxt.idx + len(nxt)
    return ent.end_char


def _joined_names(text: str, anchors: list) -> list:
    """Person anchors one space apart read as one name ("Kais" tagged PERSON and "Saied"
    found as a bare name); a capitalised given name of ``given_names.tsv`` right before a
    person anchor is part of it."""
    out = []
    for a in anchors:
        start, end, match, label = a
        if label == "PERSON" and match is None:
            prev = out[-1] if out else None
            if prev and prev[3] == "PERSON" and prev[2] is None and text[prev[1]:start] == " ":
                out[-1] = (prev[0], end, None, "PERSON")
                continue
            given = re.search(r"(?<![\w-])([A-Z][a-z]+) $", text[max(0, start - 20):start])
            if given and given_name_gender(given.group(1)) and not (prev and prev[1] > start - len(given.group(0))):
                a = (start - len(given.group(0)), end, None, "PERSON")
        out.append(a)
    return out


def _names_split_at_and(doc, anchors: list) -> list:
    """An organisation the model found, unknown to the KB, read as one name with the capitalised
    words after an " and " right after it up to a noun the parse joins it to (round 27a): the noun
    its last word modifies ("the Baltic Protection and Indemnity Club of Rostock": "Protection"
    modifies "Club"), or a conjunct of it that is a body's head word (``BODY_NAME_HEADS``) where its
    own name has two capitalised words or more and no such head ("the Nordsee Protection and
    Indemnity Club"). "Hamas and Islamic Jihad", "the Red Cross and Red Crescent" stay two."""
    out = []
    joined = -1  # the end of the last name read whole here
    for start, end, match, label in anchors:
        if start < joined:
            continue  # inside a name read whole here ("Indemnity Club")
        found = token_range(doc, start, end) if label == "ORG" and match is None else None
        if found is not None and found[1] + 1 < len(doc) and doc[found[1]].lower_ == "and":
            last = doc[found[1] - 1]
            tail = last.head if last.head.i > found[1] else next(
                (c for c in last.conjuncts if c.i > found[1] and c.lower_ in BODY_NAME_HEADS
                 and last.lower_ not in BODY_NAME_HEADS
                 and sum(t.is_title for t in doc[found[0]:found[1]]) >= STAFFED_NAME_WORDS), None)
            words = doc[found[1] + 1:tail.i + 1] if tail is not None else ()
            if 0 < len(words) <= MAX_JOINED_NAME_WORDS and all(t.is_title and t.pos_ == "PROPN" for t in words):
                end = joined = tail.idx + len(tail)
        out.append((start, end, match, label))
    return out


# -- syntax helpers -----------------------------------------------------------------------
@resources.cached
def _reporting_verbs() -> frozenset[str]:
    return frozenset(resources.tag_values(REPORTING_VERBS_FILE, "cue"))


#: Columns of ``_token_rows``: the first six are read by position, the others through ``_token_columns``.
TOKEN_ROW_ATTRS = (DEP, POS, IDX, LENGTH, IS_TITLE, IS_ALPHA, SENT_START, ENT_TYPE, LIKE_NUM, IS_UPPER, TAG)
#: Parts of speech of the words that may follow a state word in its actor phrase (``_following_noun``).
_PHRASE_POS = frozenset((NOUN, PROPN, ADJ))
#: Parts of speech of the nouns an anchor may modify (``_actor_head``).
_NOMINAL_POS = frozenset((NOUN, PROPN))
#: Relation ids (``Token.dep``) that ``_actor_head`` and its helpers compare.
_MODIFIER_IDS = frozenset(get_string_id(label) for label in MODIFIER_DEPS)
_POBJ, _PREP, _COMPOUND = get_string_id("pobj"), get_string_id("prep"), get_string_id("compound")
#: Entity label ids that ``_place_complement`` reads: a count ("CARDINAL") and a named place.
_CARDINAL, _PLACE_ENT_IDS = get_string_id("CARDINAL"), (get_string_id("GPE"), get_string_id("LOC"))


def _token_rows(doc):
    """Per token: dependency label and part of speech (ids), offset, length, title case, letters
    only, sentence start (1 for a sentence's first token), entity label (id), reads as a
    number, upper case, tag (id); one ``Doc.to_array`` kept in the Doc's views, so that scans
    over all tokens or noun chunks make a ``Token`` only where they need one."""
    derived = views_of(doc).derived
    rows = derived.get("actors_token_rows")
    if rows is None:
        rows = derived["actors_token_rows"] = doc.to_array(list(TOKEN_ROW_ATTRS))
    return rows


def _token_columns(doc) -> dict[int, list[int]]:
    """The columns of ``_token_rows`` as lists, by attribute id, for the rules that read a few
    tokens by index without making their ``Token``."""
    derived = views_of(doc).derived
    columns = derived.get("actors_token_columns")
    if columns is None:
        columns = derived["actors_token_columns"] = dict(zip(TOKEN_ROW_ATTRS, _token_rows(doc).T.tolist()))
    return columns


#: Relation ids of ``TITLED_NAME_DEPS`` (``Token.dep``).
_TITLED_NAME_DEP_IDS = tuple(get_string_id(label) for label in sorted(TITLED_NAME_DEPS))


def _titled_name_ends(doc) -> list[int]:
    """The indices of the tokens ``Recognizer._titled_names`` reads (round 25s): a proper noun in
    title case, of letters only, longer than one character, with no entity label, under a
    relation of ``TITLED_NAME_DEPS``, not followed by a word in title case of letters only (the
    end of a run of capitalised words); ``[i for i, t in enumerate(doc) if ...]`` over the
    ``Token`` attributes, from the Doc's token rows (one vectorised test for all tokens)."""
    n = len(doc)
    if not n:
        return []
    rows = _token_rows(doc)
    title, alpha = rows[:, 4] != 0, rows[:, 5] != 0
    words = title & alpha
    nxt = np.zeros(n, dtype=bool)
    nxt[:-1] = words[1:]
    keep = (rows[:, 1] == PROPN) & words & (rows[:, 3] > 1) & (rows[:, 7] == 0) & ~nxt \
        & among(rows[:, 0], _TITLED_NAME_DEP_IDS)
    return np.flatnonzero(keep).tolist()


def _label_ids(doc, labels) -> list[int]:
    strings = doc.vocab.strings
    return [strings[label] for label in labels]


def _name_candidates(doc) -> list[int]:
    """Indexes of the tokens that may be a bare name (``Recognizer._bare_names``): a word of three
    or more letters, in title case, under a label of ``NAME_ARGUMENT_DEPS``."""
    if not len(doc):
        return []
    rows = _token_rows(doc)
    keep = among(rows[:, 0], _label_ids(doc, NAME_ARGUMENT_DEPS)) & (rows[:, 3] >= 3) & (rows[:, 4] != 0) \
        & (rows[:, 5] != 0)
    return np.flatnonzero(keep).tolist()


def _stripped_chunks(doc) -> list[tuple[object, int, int]]:
    """``(chunk, start, end)`` per noun chunk: the character span of ``_strip_det(chunk)``, for
    the chunks that keep a token."""
    if not len(doc):
        return []
    columns = _token_columns(doc)
    deps, pos, idx, length = (columns[attr] for attr in (DEP, POS, IDX, LENGTH))
    lead, trail = set(_label_ids(doc, ("det", "predet", "punct", "cc"))), set(_label_ids(doc, ("punct", "cc", "case")))
    det = doc.vocab.strings["DET"]
    out = []
    for chunk in noun_chunks(doc):
        a, b = chunk.start, chunk.end - 1
        while a <= b and (deps[a] in lead or pos[a] == det):
            a += 1
        while a <= b and deps[b] in trail:
            b -= 1
        if a <= b:
            out.append((chunk, idx[a], idx[b] + length[b]))
    return out


@resources.cached
def _possessions() -> frozenset[str]:
    """The possessions of ``owned.yaml`` (not its acts)."""
    return owned_nouns() - act_nouns()


def _with_possessors(doc, chunks):
    """The chunks, each followed by its possessor noun phrase when that is a common noun with "'s"
    and the chunk's head a possession of ``owned.yaml`` ("the regime" in "the regime's prisons",
    "the junta's bases"): whose the thing is may be an actor though the thing is none (round 16b;
    with acts too, "the regime's crackdown", Wikinews held-out typed F1 fell 0.560 -> 0.558)."""
    possessions = lemmas = None  # (read once, at the first chunk: the same for every chunk)
    for chunk, s0, e0 in chunks:
        yield chunk, s0, e0
        if possessions is None:
            possessions, lemmas = _possessions(), token_strings(doc)[1]
        if possessions.isdisjoint(lemmas[chunk.start:chunk.end]):
            continue  # no possession among the chunk's words, so none at its root (round 26s2)
        root = chunk.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        if root.lemma_.lower() not in possessions:
            continue  # "the regime's critics" are no possession of the regime; acts are left out
        for p in root.children:
            if p.dep_ == "poss" and p.pos_ == "NOUN" and p.i + 1 < len(doc) and doc[p.i + 1].tag_ == "POS" \
                    and chunk.start <= p.left_edge.i:
                a = p.left_edge.i
                while a < p.i and (doc[a].dep_ in ("det", "predet") or doc[a].pos_ == "DET"):
                    a += 1
                yield doc[a:p.i + 1], doc[a].idx, p.idx + len(p)


def _capitalised(columns: dict[int, list[int]], i: int) -> bool:
    """Token ``i`` (of the Doc whose ``_token_columns`` are ``columns``) is a capitalised word."""
    return bool(columns[IS_ALPHA][i] and (columns[IS_TITLE][i] or columns[IS_UPPER][i]))


def _title_case(columns: dict[int, list[int]], start: int, end: int) -> bool:
    """The sentence of tokens ``[start, end)`` is a title-case headline: at least
    ``TITLE_CASE_SHARE`` of its words of four letters or more are capitalised."""
    alpha, length, title, upper = columns[IS_ALPHA], columns[LENGTH], columns[IS_TITLE], columns[IS_UPPER]
    words = [i for i in range(start, end) if alpha[i] and length[i] > 3]
    return bool(words) and sum(1 for i in words if title[i] or upper[i]) >= TITLE_CASE_SHARE * len(words)


def _where(root) -> bool:
    """The word is the object of a preposition of place ("in", "near", ``LOCATIVE_PREPS``)."""
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _place_complement(root, text: str) -> str | None:
    """The named place of a group noun's "in/throughout/across/from X" complement
    ("students throughout Indonesia", "workers in Serbia"): it gives the group a country.
    A counted group reads it off its count too ("thousands of students throughout Indonesia"
    hangs the place on "thousands"). Read from the Doc's dependency table and token columns:
    a ``Token`` is made only for the place found."""
    doc, i = root.doc, root.i
    heads, deps, kids = dependency_tree(doc)
    columns, lowers = _token_columns(doc), token_strings(doc)[0]
    ent_types = columns[ENT_TYPE]
    words = [i]
    if deps[i] == _POBJ and lowers[heads[i]] == "of":
        count = heads[heads[i]]
        if ent_types[count] == _CARDINAL or columns[LIKE_NUM][count]:
            words.append(count)
    # round 31s7: the label ids are the module's (``get_string_id``), not looked up per call
    prep, pobj, places = _PREP, _POBJ, _PLACE_ENT_IDS
    for h in words:
        for c in kids[h]:
            if deps[c] == prep and lowers[c] in PLACE_COMPLEMENT_PREPS:
                for p in kids[c]:
                    if deps[p] == pobj and ent_types[p] in places:
                        place = doc[p]
                        return text[place.left_edge.idx:place.idx + len(place)]
    return None


def _chunk_start(doc, span) -> int:
    """Start of the (determiner-stripped) first noun chunk holding the span's first token
    or its root; the span's own start when none does."""
    chunks, starts, ordered = _chunk_index(doc)
    if ordered:  # the first chunk holding either token, by bisection (issue 21)
        found = [k for k in (_chunk_holding(chunks, starts, span.start), _chunk_holding(chunks, starts, span.root.i))
                 if k is not None]
        chunk = chunks[min(found)] if found else None
    else:
        chunk = next((c for c in chunks if c.start <= span.start < c.end or c.start <= span.root.i < c.end), None)
    if chunk is None:
        return span.start
    toks = _strip_det(chunk)
    return toks[0].i if toks else chunk.start


def _chunk_holding(chunks, starts: list[int], i: int) -> int | None:
    """Index of the chunk (sorted, disjoint) holding token ``i``, or None."""
    k = bisect_right(starts, i) - 1
    return k if k >= 0 and chunks[k].end > i else None


def _chunk_index(doc) -> tuple[tuple, list[int], bool]:
    """The Doc's noun chunks, their start tokens and whether they are sorted and disjoint
    (spaCy's English iterator yields them so), kept in the Doc's views."""
    derived = views_of(doc).derived
    found = derived.get("actors_noun_chunk_starts")
    if found is None:
        chunks = noun_chunks(doc)
        ordered = all(a.end <= b.start for a, b in zip(chunks, chunks[1:]))
        found = derived["actors_noun_chunk_starts"] = (chunks, [c.start for c in chunks], ordered)
    return found


def _actor_head(doc, i: int, start: int, end: int) -> int | None:
    """The noun that the anchor ``doc[start:end]`` (its root: token ``i``) modifies ("Russian" ->
    "troops"), as a token index, or None; read from the Doc's dependency table."""
    heads, deps, _ = dependency_tree(doc)
    poses, lowers = pos_ids(doc), token_strings(doc)[0]
    head, h = heads[i], None
    if deps[i] in _MODIFIER_IDS and poses[head] in _NOMINAL_POS and not (start <= head < end):
        h = head
    elif (noun := _governing_noun(doc, i, start)) is not None:
        h = noun  # "the regime in Minsk", however the parse hangs "in Minsk"
    elif deps[i] == _POBJ and deps[head] == _PREP and lowers[head] in ("of", "for") \
            and poses[heads[head]] in _NOMINAL_POS and _complement(doc, head):
        h = heads[head]
        while deps[h] == _POBJ and lowers[heads[h]] in ("of", "for") and poses[heads[heads[h]]] in _NOMINAL_POS:
            h = heads[heads[h]]
    if h is None:
        return None
    while deps[h] == _COMPOUND and poses[heads[h]] in _NOMINAL_POS and heads[h] > h:
        h = heads[h]
    return h


#: Prepositions whose named place gives a group noun its country ("students throughout Indonesia").
PLACE_COMPLEMENT_PREPS = frozenset(("in", "throughout", "across", "from"))
#: Labels of the words that may stand before an actor noun inside its phrase.
PHRASE_LEFT_DEPS = frozenset(("amod", "compound", "poss", "case", "nmod", "npadvmod", "nummod", "det",
                              "quantmod", "predet", "punct"))


def _phrase_tokens(doc, head, span) -> list:
    """The head noun with its contiguous modifiers and of/for complements; [] when the
    anchor is not inside that phrase ("the Kremlin and Russian officials")."""
    start = head.i
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ not in PHRASE_LEFT_DEPS or not (prev.i <= prev.head.i <= head.i or prev.dep_ == "case"):
            break
        if prev.dep_ == "punct" and prev.text not in ("-",):
            break
        start -= 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end and _complement(doc, child.i):
            if any(o.dep_ == "pobj" and o.ent_type_ == "GPE" and any(c.ent_type_ == "GPE" for c in o.conjuncts)
                   for o in child.children):
                return []  # "the governments of Oman, Jordan and Norway": each state is its own actor
            end = _complement_end(doc, child)
    if not (start <= span.start and span.end <= end):
        return []
    return _strip_det(doc[start:end])


def _complement(doc, prep: int) -> bool:
    """Whether an "of"/"for" (token ``prep``) after a noun holds a noun ("the government of
    Belarus"), not a clause the parse hung on the noun ("accused Moscow's leadership of lying")."""
    _, deps, kids = dependency_tree(doc)
    return any(deps[c] == _POBJ for c in kids[prep])


def _governing_noun(doc, i: int, start: int) -> int | None:
    """The government noun (``GOVERNING_NOUNS``) right before "in" and the anchor starting at
    token ``start`` (its root: token ``i``), as a token index ("the regime in Minsk", "the
    government in Kyiv"), however the parse hangs "in X"; None otherwise."""
    heads, deps, _ = dependency_tree(doc)
    lowers, lemmas = token_strings(doc)
    if deps[i] != _POBJ or start < 2 or heads[i] != start - 1 or lowers[heads[i]] != "in":
        return None
    noun = start - 2
    return noun if pos_ids(doc)[noun] == NOUN and lemmas[noun] in GOVERNING_NOUNS else None


def _owned_by_state(head) -> bool:
    """A noun whose country adjective names the state as actor: an act or possession in
    ``data/owned.yaml``, or a people ("Iraqi Kurds", a NORP entity of its own)."""
    if head.ent_type_ == "NORP" and head.pos_ in ("PROPN", "NOUN"):
        return True
    words = owned_nouns()
    lemma = head.lemma_.lower()
    left = head.doc[head.i - 1] if head.i > 0 else None
    return lemma in words or (left is not None and f"{left.lemma_.lower()} {lemma}" in words)


def _counts(head) -> bool:
    """Whether ``head`` counts people ("hundreds", "dozens", "2,000", "a group")."""
    return head.like_num or head.ent_type_ == "CARDINAL" or head.lemma_.lower() in COUNT_NOUNS


def _language(first, word) -> bool:
    """Whether a bare state adjective ``word`` (``first``: the first of its conjuncts) names a
    language: the object of "in"/"into" ("spoke in Russian", "translated into French and
    German") or of a verb of speaking it ("speaks Russian"); not a people ("the French", "Germans")."""
    if word.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" for c in word.children):
        return False
    if first.dep_ == "pobj":
        return first.head.lower_ in LANGUAGE_PREPS
    return first.dep_ == "dobj" and first.head.lemma_.lower() in LANGUAGE_VERBS


def _first_conjunct(tok):
    """"Italian" in "French cooking and Italian opera" plays the part of "French"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _acts(root) -> bool:
    """Whether a capital or city acts or is acted on (an actor) rather than being where something
    happens: a subject, object or possessor (not of a ``CITY_WORDS`` noun, nor the subject of "is a
    city"), the object of an ``ACTING_PREPS`` preposition, or of a ``PARTY_PREPS`` one after an act, a
    relation or a word of loyalty."""
    t = _first_conjunct(root)
    if t.dep_ == "poss" and t.head.lemma_.lower() in CITY_WORDS:
        return False  # "Minsk's streets"
    if t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in COPULAS and any(
            c.dep_ == "attr" and c.lemma_.lower() in CITY_WORDS for c in t.head.children):
        return False  # "Minsk is a city of two million"
    if t.dep_ in ACTING_DEPS:
        return True
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ in ACTING_PREPS:
        return True
    head, word = prep.head, prep.head.lemma_.lower()
    if prep.lower_ == "to" and head.lower_ in LOYALTY_WORDS:
        return True
    if prep.lower_ not in PARTY_PREPS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.lower_ == "of" and word in RELATION_NOUNS:
        return True
    return word in act_nouns() and not (prep.lower_ in ("to", "from") and word in MOTION_ACTS)


#: Verbs of a relative clause whose "as" complement is a person's title ("who served as ...").
ROLE_VERBS = frozenset(("serve", "work", "act", "remain"))


def _role_complements(verb) -> list:
    """The title a relative clause gives its person: "who is Chile's ambassador" (attr),
    "who served as Sweden's foreign minister" (pobj of "as")."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return [c for c in verb.children if c.dep_ == "attr"]
    if lemma in ROLE_VERBS:
        return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj"]
    return []


def _looks_like_name(name: str) -> bool:
    """Capitalised words, a lower-case particle inside allowed ("Loujain al-Hathloul", "Ana de Sousa")."""
    words = name.split()
    capitalised = [w[:1].isupper() or not w[:1].isalpha() for w in words]
    inside = all(c or w.split("-")[0] in NAME_PARTICLES for w, c in zip(words[1:-1], capitalised[1:-1]))
    last = bool(words) and (capitalised[-1] or "-" in words[-1] and words[-1].split("-")[0] in NAME_PARTICLES)
    return bool(words) and capitalised[0] and inside and last and len(name) > 2


def _role_text(resolver: Resolver, text: str, guess: ActorGuess) -> str | None:
    """The role as written, without the country words: "Secretary of the Security Council"."""
    toks = tokenize(text)
    keep = [True] * len(toks)
    for m in resolver.scan_text(text):
        if m.what == "entry" and resolver.kb.entries[m.value.key].kind == "state":
            for i in range(m.i, m.j):
                keep[i] = False
            if m.j < len(toks) and toks[m.j].norm == "'s":
                keep[m.j] = False
    words = [t.text for t, k in zip(toks, keep) if k]
    while words and words[-1].lower() in ("of", "the", "for", ",", "in", "to"):
        words.pop()
    while words and words[0].lower() in ROLE_LEADING_WORDS:
        words.pop(0)
    out = " ".join(words).replace(" ,", ",")
    return out or guess.role


def _select(cands: list[Mention]) -> list[Mention]:
    """Highest priority first, then longest, then leftmost; a candidate overlapping one
    already chosen is dropped. The chosen spans never overlap, so kept sorted by start
    only the two neighbours of a candidate's position can overlap it."""
    chosen: list[Mention] = []
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        k = bisect_left(starts, c.start)
        if k > 0 and chosen[k - 1].end > c.start or k < len(chosen) and chosen[k].start < c.end:
            continue
        chosen.insert(k, c)
        starts.insert(k, c.start)
    return chosen


def _named_bodies_over_state_words(text: str, doc, anchors: list, resolver: Resolver, day) -> list:
    """The anchors without a state adjective or demonym that opens the name of a body the model found
    ("Tunisian" in "the Tunisian Forum for Economic and Social Rights"): at least two capitalised words
    follow it, and the knowledge base reads the whole name as no more than the state word, so the name is
    the actor (an organisation of that state, ``Recognizer._other``), not the state word on a noun that is
    no actor ("Russian gas"). A name the knowledge base knows ("Russian Defence Ministry") keeps its reading."""
    if not any(a[2] is not None and a[2].value.how in ("adjective", "demonym") for a in anchors):
        return anchors
    drop = set()
    order = sorted(anchors, key=lambda a: a[0])
    starts = [a[0] for a in order]
    for ent in entities(doc)[0]:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        inside = [a for a in order[bisect_left(starts, ent.start_char):bisect_left(starts, ent.end_char)]
                  if a[1] <= ent.end_char]
        if not toks or len(inside) != 1 or inside[0][2] is None or inside[0][0] != toks[0].idx \
                or inside[0][2].value.how not in ("adjective", "demonym"):
            continue
        rest = [t for t in toks if t.idx >= inside[0][1]]
        if not rest or not rest[0].is_title or sum(t.is_title for t in rest) < 2:
            continue
        g = resolver.phrase(text[toks[0].idx:ent.end_char], day)
        if g is None or g.how.startswith("state"):
            drop.add(inside[0][:2])
    return [a for a in anchors if a[:2] not in drop] if drop else anchors


def _bodies_named_of_states(text: str, doc, anchors: list, resolver: Resolver, day) -> list:
    """The anchors with a body the model found whose name ends in "of" and a state's name ("the Law
    Society of Zimbabwe", "the Bar Association of Georgia") read as one organisation of that name
    (round 28a1), not the body's first words ("Law Society") and the state, or the state alone: the
    model's organisation either holds the state's name (whose KB anchor hid it) or ends right before
    " of <state>". The words before "of" are capitalised words the KB reads as nothing ("Supreme
    Court", a body noun, keeps its reading through the phrase), and no capitalised word goes on after
    the state ("the Bank of Kenya Airways")."""
    states = {a[0]: a for a in anchors if a[2] is not None and a[2].value.how == "name"
              and resolver.kb.entries[a[2].value.key].kind == "state"}
    if not states:
        return anchors
    joined: dict[tuple[int, int], tuple[int, int]] = {}  # state anchor -> the body's whole name
    for ent in entities(doc)[0]:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        of = [t.i for t in toks if t.lower_ == "of"]
        if not toks or not toks[0].is_title:
            continue
        first = toks[0].idx
        if of and of[-1] + 1 < ent.end and doc[of[-1] + 1].idx in states:
            state, words = states[doc[of[-1] + 1].idx], [t for t in toks if t.i < of[-1]]
            if state[1] != ent.end_char:
                continue
        elif ent.end < len(doc) - 1 and doc[ent.end].lower_ == "of" and doc[ent.end + 1].idx in states:
            state, words = states[doc[ent.end + 1].idx], toks
        else:
            continue
        if re.match(r"[ -][A-Z]", text[state[1]:state[1] + 2]) or not words \
                or not all(t.is_title or t.lower_ in NAME_GLUE_WORDS for t in words) \
                or resolver.phrase(text[first:words[-1].idx + len(words[-1])], day) is not None:
            continue
        joined[state[:2]] = (first, state[1])
    if not joined:
        return anchors
    wholes = SpanSet(joined.values())
    out = [a for a in anchors if a[:2] not in joined and not (a[2] is None and wholes.contains(a[0], a[1]))]
    out.extend((s, e, None, "ORG") for s, e in joined.values())
    return sorted(out, key=lambda a: (a[0], -a[1]))


def _places_opening_body_names(text: str, doc, anchors: list, resolver: Resolver) -> list:
    """The anchors without a place of the KB (a town, region or river, not a state or its capital)
    that opens the name of a body the model found, where two or more capitalised words the KB does
    not know follow it inside that name: "the Ostrava Valley Brewing" or "Kamsar Bay Logistics" is
    a firm named after a place, not the place (round 25a). The body's name is then read whole by
    the model's ORG reading. A name with one word after the place ("Gaza Ministry") or a word the
    KB knows ("Lagos State Government") keeps the place's reading."""
    places = [a for a in anchors if a[2] is not None and (
        resolver.kb.entries[a[2].value.key].kind == "location"
        and resolver.kb.entries[a[2].value.key].country is not None  # not a region states share
        or resolver.kb.entries[a[2].value.key].kind == "state" and a[2].value.how in STATE_NAME_HOWS)]
    if not places:
        return anchors
    starts = {a[0]: a for a in places}
    drop = set()
    institution = resources.terms(INSTITUTION_WORDS_FILE)
    for ent in entities(doc)[0]:
        if ent.label_ != "ORG":
            continue
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(toks) < 3 or toks[0].idx not in starts:
            continue
        anchor = starts[toks[0].idx]
        state = resolver.kb.entries[anchor[2].value.key].kind == "state"
        if state and toks[-1].lower_ not in BODY_NAME_HEADS and toks[-1].lower_ not in institution:
            continue  # "the China International Import Expo": a state's name on no body
        if _named_after_place(toks, anchor[1], resolver, state):
            drop.add(anchor[:2])
    return [a for a in anchors if a[:2] not in drop] if drop else anchors


def _named_after_place(toks, place_end: int, resolver: Resolver, state: bool = False) -> bool:
    """Whether the words of a name after a place that opens it (those from ``place_end`` on) are
    two or more capitalised words the KB does not know, none a word of a state institution
    (``institution_words.en.txt``: "Mopti Town Council", a town's own government, keeps the town's
    reading, which the events stage reads as that government's place, and so does an armed body: a word
    the KB reads as an actor noun other than a business one) (``_places_opening_body_names``).

    Round 26a: a plural possessive ("Dockers'", "Parents'") is a word of the name, and a body of
    those people is no government of the place ("the Tulcea Fishermen's Council"); after a state's
    name or capital (``state``) an institution word is allowed: "the Zambia Roads Agency" is a body
    of that state's, named by its own name, not the state. Lower-case particles inside the name
    ("for", "of") are skipped; the name still needs two capitalised words."""
    rest = [t for t in toks if t.idx >= place_end]
    words = [t for t in rest if not (t.is_lower and t.lower_ in NAME_GLUE_WORDS or _possessive_mark(t)
                                     or t.text in WORD_HYPHENS)]
    institution = resources.terms(INSTITUTION_WORDS_FILE)
    owned = any(_plural_possessive(t) or _possessive_mark(t) for t in rest)
    if len(words) < 2 or not all(t.is_title and (t.is_alpha or _plural_possessive(t) or _hyphened_word(t))
                                 for t in words):
        return False
    if not (state or owned) and any(t.lower_ in institution for t in words):
        return False
    named = [t for t in words if not (_plural_possessive(t) or t.i + 1 < len(t.doc) and _possessive_mark(t.nbor()))]
    if any(m.what == "entry" or not owned for t in named for m in resolver.scan_text(t.text)):
        return False  # a KB name; an actor noun only in a body of people ("... Dockers' Union")
    for t in named:  # "... Defence Forces", "... Militia": an armed body of the place, read through it
        g = resolver.phrase(t.text, date.today(), holders=False)
        if g is not None and g.sector not in NAMED_AFTER_PLACE_SECTORS:
            return False
    return True


#: How a state's anchor may open a body's name (``_places_opening_body_names``): its name or its
#: capital ("the Dushanbe Bar Association"); an adjective is ``_named_bodies_over_state_words``'s.
STATE_NAME_HOWS = frozenset(("name", "capital"))
#: Lower-case words inside a body's name after a place ("... Council for Mother-Tongue Schools").
NAME_GLUE_WORDS = frozenset(("for", "of", "and", "on", "in"))
#: Sectors of the actor nouns a name after a place may hold (a firm's, a school's, a union's).
NAMED_AFTER_PLACE_SECTORS = frozenset(("BUS", "EDU", "LAB"))


def _plural_possessive(tok) -> bool:
    """"Dockers'", "Parents'": a plural noun with its possessive apostrophe in one token."""
    return len(tok.text) > 2 and tok.text[-1] in "'’" and tok.text[-2] == "s" and tok.text[:-1].isalpha()


def _possessive_mark(tok) -> bool:
    """The possessive the tokenizer split off a plural ("Dockers" + "'", "Fishermen" + "'s")."""
    if tok.tag_ != "POS" or tok.i == 0:
        return False
    before = tok.nbor(-1)
    return tok.text in ("'", "’") or tok.lower_ in ("'s", "’s") and (
        before.tag_ in ("NNS", "NNPS") or before.lower_.endswith(IRREGULAR_PLURAL_ENDINGS))


#: Endings of plurals not in -s ("Fishermen's", "Children's"): ``_possessive_mark``.
IRREGULAR_PLURAL_ENDINGS = ("men", "children", "people")


def _hyphened_word(tok) -> bool:
    """"Mother-Tongue": capitalised words joined by hyphens."""
    parts = tok.text.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts)


# -- round 17b: whole names -----------------------------------------------------------------
#: Words of a state institution's name (``_named_after_place``; ``build`` reads the same file).
INSTITUTION_WORDS_FILE = "actors/institution_words.en.txt"
#: Last words of a company's name ("Petroleum", "Re", "Airways"): ``_whole_names``.
COMPANY_HEADS_FILE = "actors/company_heads.en.txt"
#: The capitalised words after an anchor, up to three, that may end in a company head word.
_FOLLOWING_CAPITALS = re.compile(r"(?: [A-Z][A-Za-z&-]*){1,3}")
#: Labels of the clauses hung on a noun that end the noun's phrase ("..., who have kept ...").
CLAUSE_DEPS = frozenset(("relcl", "acl"))


def _whole_names(text: str, doc, anchors: list, resolver: Resolver, titled=frozenset()) -> list:
    """The anchors with each name read whole (round 17b):

    - a name the model found (or a country adjective or name of the KB) followed by up to three
      capitalised words of which the last is a company head word (``company_heads.en.txt``) and
      after which no capitalised word follows is the company's name: "Meridian Petroleum" (the
      model took "Meridian"), "Swiss Re" (not the state Switzerland), "Qatar Airways";
    - a person's name the model found is preceded by the given name the parse joins to it, a
      capitalised proper noun no KB word, title or form of address ("Evghenia Gutul", the model
      took "Gutul"; not "President Gutul")."""
    heads = resources.terms(COMPANY_HEADS_FILE)
    out: list = []
    skip_to = -1
    for start, end, match, label in anchors:
        if start < skip_to:
            continue
        entry = resolver.kb.entries[match.value.key] if match is not None else None
        if (match is None and label in MODEL_LABELS) or (entry is not None and entry.kind == "state"):
            run = _FOLLOWING_CAPITALS.match(text, end)
            words = run.group(0).split() if run else []
            if words and words[-1] in heads and not re.match(r" [A-Z]", text[run.end():run.end() + 2]) \
                    and not any(resolver.scan_text(w) for w in words):
                skip_to = run.end()
                out.append((start, run.end(), None, "ORG"))
                continue
        if match is None and label == "PERSON" and (start, end) not in titled:  # round 21: a title's last word
            start = _given_name_before(doc, start, end, resolver)
        out.append((start, end, match, label))
    taken = SpanSet((s, e) for s, e, _, _ in out)
    found = []
    for hit in _COMPANY_NAME.finditer(text):
        words, at = hit.group(0).split(), hit.start()
        if words[0] in _NAME_OPENERS:
            words, at = words[1:], at + len(words[0]) + 1
        if len(words) < 2 or words[-1] not in heads or taken.overlaps(at, hit.end()) \
                or any(resolver.scan_text(w) for w in words):
            continue
        found.append((at, hit.end(), None, "ORG"))  # "operator is Meridian Petroleum."
    return sorted(out + found, key=lambda a: (a[0], -a[1])) if found else out


#: Two to four capitalised words that may be a company's name (after "The"), with no capitalised word after them.
_COMPANY_NAME = re.compile(r"(?<![\w&-])[A-Z][A-Za-z&-]*(?: [A-Z][A-Za-z&-]*){1,3}(?![\w&-])(?! [A-Z])")
#: Capitalised words that open a sentence, not a name.
_NAME_OPENERS = frozenset(("The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "Every"))


def _given_name_before(doc, start: int, end: int, resolver: Resolver) -> int:
    """Where a person's name that starts at ``start`` starts with the capitalised proper noun before
    it that the parse makes a part of it, when that word is no KB word, title or form of address."""
    tokens = token_range(doc, start, end)
    if tokens is None or tokens[0] == 0:
        return start
    prev = doc[tokens[0] - 1]
    if (prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and prev.dep_ == "compound"
            and tokens[0] <= prev.head.i < tokens[1] and prev.idx + len(prev) + 1 == start
            and prev.ent_type_ in ("", "PERSON") and prev.lower_ not in HONORIFICS
            and not _verb_opener(prev)) \
            and not resolver.scan_text(prev.text) \
            and not (prev.lower_ in _title_words(resolver.kb) and prev.i > 0
                     and (doc[prev.i - 1].is_title or doc[prev.i - 1].lower_ in TITLE_GLUE_WORDS)):
        return prev.idx  # not "Affairs" of "Deputy Foreign Minister for Asian Affairs Tsegaye Berhanu" (round 21)
    return start


def _complement_end(doc, prep) -> int:
    """The end (token index) of an of/for complement ``prep`` of an actor noun, before a clause the
    parse hung inside it ("nurses of Doctors Without Borders, who have kept ...": the body ends
    at "Borders") and the comma before that clause; likewise before a description apposed after a
    comma ("instructors of the Africa Corps, the Russian force ...": the body ends at "Corps", round 27a)."""
    end = prep.right_edge.i + 1
    for tok in doc[prep.i + 1:end]:
        if tok.dep_ in CLAUSE_DEPS or tok.dep_ == "appos" and doc[tok.left_edge.i - 1].text == ",":
            cut = tok.left_edge.i
            while cut > prep.i + 1 and doc[cut - 1].is_punct:
                cut -= 1
            return max(cut, prep.i + 2)
    return end


#: Kinds of the bodies whose staff named before them ("the nurses of <body>") is the body.
STAFFED_KINDS = frozenset(("organization", "igo"))


def _staff_of_body(head, span, entry) -> int | None:
    """Where the phrase of plural people before a named body starts ("nurses of Doctors Without
    Borders", "the doctors and nurses of ...": from the first conjunct, whose "of" the parse hung
    on the last), when the body is a known organisation; else None. The phrase is the body."""
    if entry is None or entry.kind not in STAFFED_KINDS or head.tag_ != "NNS" or head.i >= span.start:
        return None
    first = head
    while first.dep_ == "conj" and first.head.tag_ == "NNS" and first.head.i < first.i \
            and not any(c.dep_ == "prep" for c in first.head.children):
        first = first.head
    return first.idx


#: Most capitalised words after "and" that ``_names_split_at_and`` adds to a name ("Indemnity Club").
MAX_JOINED_NAME_WORDS = 3
#: Capitalised words a body's name needs before a nameless person of it is read as the body.
STAFFED_NAME_WORDS = 2


def _nameless_staff_of(span, resolver: Resolver) -> bool:
    """Whether a body the model names (``span``) is the "of" object of a noun before it, with no
    person's name in the phrase or right after it: "the inspector of the Harbour Workers'
    Federation", "a judge of the Coastal Appeals Court", "instructors of the Sahel Legion". Such a
    person, named by no name, acts for the body, which is then the actor (round 26a); "the leader
    of the X Party, Ana Pop," keeps the person through the name. The body's name has
    ``STAFFED_NAME_WORDS`` capitalised words or more."""
    root, doc = span.root, span.doc
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.i >= span.start:
        return False
    name = _strip_det(span)
    if sum(t.is_title or t.is_upper for t in name) < STAFFED_NAME_WORDS or name[0].lower_ in GOVERNING_NOUNS:
        return False  # "forces of the Government of National Unity": the state's forces (a government's organ)
    if any(c.dep_ == "conj" for c in root.children) or span.end < len(doc) and doc[span.end].lower_ == "of":
        return False  # "forces of X and Y" (two bodies), "a unit of <the X> of the Y" (X part of a body)
    noun = root.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(t.ent_type_ == "PERSON" for t in doc[noun.left_edge.i:span.end]):
        return False
    if resolver.phrase(noun.text, date.today(), holders=False) is None and noun.lemma_.lower() not in COLLECTIVE_NOUNS:
        return False  # "the efforts of the Special Representative": no noun of people
    after = doc[span.end:span.end + 2]
    return not (len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "PERSON")


#: Nouns of a body made of the people named after "of" ("the panel of experts"): the body is the actor.
COLLECTIVE_NOUNS = frozenset(("panel", "team", "board", "delegation", "network", "coalition"))


def _collective_start(doc, root) -> int | None:
    """Where "the panel of <actor noun>" starts (the collective noun, after its determiner) when
    ``root``, the actor noun, is the object of "of" right after a noun of ``COLLECTIVE_NOUNS``."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != root.left_edge.i - 1:
        return None
    noun = prep.head
    if noun.lemma_.lower() not in COLLECTIVE_NOUNS or noun.i != prep.i - 1 or noun.pos_ != "NOUN":
        return None
    return noun.idx


def unnamed_body_before(doc, anchors, start: int, end: int, noun: str) -> bool:
    """Whether a referring alias at ``start``..``end`` ("the commission", "the bloc") stands for a
    body of that noun the text brought in before without a name ("Peru and Bolivia set up a joint
    commission ... The commission met", "formed a new trading bloc ... the bloc"; issue 16, round
    19b): going back over the earlier occurrences of the noun, one with "a"/"an" comes before any
    name. False where the alias is written with a capital inside its sentence ("said the
    Commission"), or where an earlier occurrence is a name, inside one of ``anchors`` (those kept
    before it), or says what a named body is ("NATO, the military alliance", "the EU is a bloc of
    27 states"); an earlier "the commission" or "the 27-member bloc" is passed over."""
    text = doc_text(doc)
    word = text[end - len(noun):end]
    tokens = token_range(doc, start, end)
    first = tokens is not None and doc[tokens[0]].is_sent_start
    if word[:1].isupper() and not first:
        return False
    for hit in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text[:start], re.I))):
        if text[hit.start()] != noun[0] or any(s0 <= hit.start() < e0 for s0, e0, _m, _label in anchors):
            return False  # "the Commission", "European Commission", an alias read as the body
        span = token_range(doc, hit.start(), hit.end())
        if span is None:
            return False
        tok = doc[span[1] - 1]
        if tok.dep_ in ("appos", "attr"):
            return False  # "NATO, the military alliance": the body named
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return True
    return False



def _without_address_words(head_toks: list, span) -> list:
    """The words of a title apposed to a name, less the name's own words the parser left before it
    ("Nigeria's Minister of State, Mrs. Hauwa Danjuma": "Mrs." is the name's), when the title ends
    right before the comma that opens the name and is headed by a capitalised word; else as they
    were ("the CPC delegation by its spokesperson, Mr. X": no title of his) (round 20d)."""
    if not span.root.head.text[:1].isupper():
        return head_toks  # a capitalised title ("Minister"), not "the delegation by its spokesperson"
    named = [t for t in head_toks if t.dep_ == "compound" and span.start <= t.head.i < span.end]
    rest = [t for t in head_toks if t not in named]
    while rest and rest[-1].dep_ == "punct":
        rest.pop()
    if not named or not rest or named[0].i != rest[-1].i + 2 or span.doc[rest[-1].i + 1].text != ",":
        return head_toks
    return rest


#: Kinds a shared alias is settled for by ``shared_aliases_settled``; states that share a word
#: ("Congo") are settled by ``Recognizer._shared_words_settled`` from the anchors.
SHARED_ALIAS_KINDS = frozenset(("armed_group", "organization", "igo", "party", "company", "media"))


def shared_aliases_settled(text: str, chosen: list[Mention], resolver: Resolver, day) -> list[Mention]:
    """The chosen mentions holding an alias that two or more KB entries share ("RSF": the Rapid
    Support Forces and Reporters Without Borders) read by the document's context (round 20): the
    entry whose full name the text spells out; else the entry whose kind the head noun after the
    alias names ("RSF fighters" an armed group, "RSF journalists" an organisation, ``kb.nouns``);
    else the entry of the dateline's country (round 33f7: "WASHINGTON - The House of
    Representatives ... urging Japan ..." is the US House); else the only entry whose country another
    mention of the text names, or of several the one whose country the text names most often where
    the mention's own entry's country is not named at all (round 33e16: "the National Gendarmerie"
    of a communique naming Cote d'Ivoire twice and Burkina Faso once). Left as it was where none
    decides."""
    kb = resolver.kb
    home = _dateline_countries(text, chosen)
    out = []
    for c in chosen:
        alts = _shared_alias_alternatives(kb, text, c)
        if alts is None:
            out.append(c)
            continue
        entries, after, form = alts
        pick = _by_full_name(text, entries, form) or _by_head_noun(kb, after, entries) \
            or _by_country(chosen, c, entries, home)
        if pick is not None and pick.key != c.guess.key:
            c = c._replace(guess=resolver.entry_guess(pick, day, "shared alias"))
        out.append(c)
    return out


def _shared_alias_alternatives(kb, text: str, c: Mention):
    """``(entries, word after, shared form)`` when the mention's text holds a surface (name or
    alias) that several entries of ``SHARED_ALIAS_KINDS`` share, one of them the mention's; else
    None."""
    key = c.guess.key
    if key is None or key not in kb.entries or kb.entries[key].kind not in SHARED_ALIAS_KINDS:
        return None
    words = list(re.finditer(r"[\w'’.-]+", text[c.start:c.end]))
    for i in range(len(words)):
        for j in range(min(len(words), i + kb.max_words), i, -1):
            form = text[c.start + words[i].start():c.start + words[j - 1].end()]
            found = [s for s in kb.surface(key_of(form)) if s.how in ("name", "alias") and case_ok(s.form, form)]
            keys = {s.key for s in found}
            if key in keys and len(keys) > 1:
                entries = [kb.entries[k] for k in sorted(keys) if kb.entries[k].kind in SHARED_ALIAS_KINDS]
                if len(entries) < 2:
                    return None
                end = c.start + words[j - 1].end()
                nxt = re.match(r"\s+([A-Za-z]+)", text[end:end + 40])
                return entries, (nxt.group(1).lower() if nxt else ""), form
    return None


def _by_full_name(text: str, entries, form: str):
    # round 33f7: a name that is the shared form itself ("Foreign Office", the British office's) spells out nothing
    spelled = [e for e in entries if key_of(e.name) != key_of(form)
               and re.search(r"(?<!\w)" + re.escape(e.name) + r"(?!\w)", text)]
    return spelled[0] if len(spelled) == 1 else None


def _by_head_noun(kb, word: str, entries):
    if not word:
        return None
    noun = None
    for form in (word, *_plural_stems(word)):
        noun = kb.nouns.get(form)
        if noun is not None:
            break
    if noun is None:
        return None
    fit = [e for e in entries if e.kind == noun.kind]
    return fit[0] if len(fit) == 1 else None


def _by_country(chosen: list[Mention], c: Mention, entries, home: set[str]):
    at_home = [e for e in entries if e.country in home]
    if len(at_home) == 1:
        return at_home[0]  # round 33f7: the dateline's state over the other side's
    named = Counter(m.guess.country for m in chosen if m is not c and m.guess.key != c.guess.key and m.guess.country)
    fit = sorted((e for e in entries if e.country and e.country in named), key=lambda e: -named[e.country])
    if len(fit) == 1 or len(fit) > 1 and c.guess.country not in named \
            and named[fit[0].country] > named[fit[1].country]:
        return fit[0]  # round 33e16: of several named, the one named most often (33f7: its own state unnamed)
    return None


def _dateline_countries(text: str, chosen: list[Mention]) -> set[str]:
    """The countries of the mentions in a wire dateline opening one of the text's first lines
    ("WASHINGTON, 3 March (Wire) -"): ``_by_country``."""
    line_start = 0
    while line_start < min(len(text), DATELINE_CHARS):
        end = dateline_end(text, line_start)
        if end is not None:
            return {m.guess.country for m in chosen if line_start <= m.start < end and m.guess.country}
        line_start = text.find("\n", line_start) + 1
        if not line_start:
            break
    return set()


#: Plural nouns of a government that, bare ("Both governments", "the governments that still talk
#: to them"), stand for several states, never for one: ``plural_governments_read``.
PLURAL_GOVERNMENT_NOUNS = frozenset(("governments",))  # not "administrations": also offices
#: How a bare plural government noun is read: its own actor, given no country in focus
#: (``build._domestic``); the events stage reads "both governments" as the two states named last.
PLURAL_GOVERNMENTS_HOW = "noun:plural"


def plural_governments_read(text: str, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with each bare plural government noun ("Both governments insist ...",
    round 20) read ``PLURAL_GOVERNMENTS_HOW``: it stands for the several states the text has named,
    which the state in focus is not (read as that state it gave it the others' words). A name or
    adjective with it ("the governments of Chad and Niger", "Western governments") is another
    reading and stays."""
    return [c._replace(guess=replace(c.guess, how=PLURAL_GOVERNMENTS_HOW))
            if c.guess.key is None and c.guess.how == "noun:bare" and text[c.start:c.end].lower() in PLURAL_GOVERNMENT_NOUNS
            else c for c in chosen]


#: Kinds of body whose one-word alias ("Commission") another body's name may end with.
ONE_WORD_ALIAS_KINDS = frozenset(("igo", "organization"))


def longer_body_names(text: str, doc, anchors: list, resolver: Resolver, found: dict) -> list:
    """The anchors with a body's one-word alias ("Commission", the European Commission's) read as
    the last word of another body's name where capitalised proper nouns the KB does not know stand
    right before it in the parse ("the Tariff Commission", round 20): that whole name is a body of
    its own (an ORG anchor the KB does not know), not the KB's entry. Acronyms ("UN") and openers
    ("The Commission") are left as they were. ``found`` gets each such span and the entry's key."""
    kb = resolver.kb
    out = []
    for start, end, match, label in anchors:
        form = text[start:end]
        entry = kb.entries.get(match.value.key) if match is not None else None
        if entry is None or entry.kind not in ONE_WORD_ALIAS_KINDS or " " in form or not form.istitle() \
                or key_of(form) == key_of(entry.name):
            out.append((start, end, match, label))
            continue
        tokens = token_range(doc, start, end)
        first = tokens[0] if tokens is not None else 0
        i = first
        while i > 0 and first - i < 3:
            prev = doc[i - 1]
            if not (prev.is_title and prev.pos_ == "PROPN" and prev.is_alpha and prev.text not in _NAME_OPENERS
                    and not resolver.scan_text(prev.text)):
                break
            i -= 1
        if i == first or (out and out[-1][1] > doc[i].idx):
            out.append((start, end, match, label))
            continue
        out.append((doc[i].idx, end, None, "ORG"))
        found[(doc[i].idx, end)] = entry.key
    return out


def longer_bodies_read(text: str, chosen: list[Mention], found: dict) -> list[Mention]:
    """The chosen mentions over a name of ``longer_body_names`` that the resolver read again as
    the KB entry of its last word: the body of that name (``org:`` and its slug), as the model's
    organisations are read."""
    if not found:
        return chosen
    out = []
    for c in chosen:
        for (s0, e0), key in found.items():
            if c.guess.key == key and c.start <= s0 and c.end == e0:
                name = " ".join(text[s0:e0].split())
                c = c._replace(guess=ActorGuess(name, "organization", None, None, None, f"org:{slug(name)}",
                                                "model:org"))
                break
        out.append(c)
    return out


#: A body's capitalised name whose subject is two or more words joined by "and" or "&", ending
#: in "of" right before a state ("Ministry of Youth and Sports of"): ``coordinated_body_names``.
_COORDINATED_NAME = re.compile(r"([A-Z][a-z]+) of (?:[A-Z][a-z]+ )*[A-Z][a-z]+,?(?: (?:and|&) (?:[A-Z][a-z]+ )*[A-Z][a-z]+)+ of $")
#: How the stretch before a state's name ends where ``_COORDINATED_NAME`` can match it (its "$" also
#: matches before a line break that ends the stretch).
_OF_AT_END = (" of ", " of \n")


def coordinated_body_names(text: str, anchors: list, resolver: Resolver, day) -> list[Mention]:
    """Mentions of a state body whose name joins its fields with "and" before the state ("the
    Ministry of Youth and Sports of Azerbaijan", round 20), where the parse splits the name at
    the "and" and reads its words as bare nouns ("Ministry", "Youth"): the whole name, read as
    the body's first word and the state ("Ministry of Azerbaijan") are; nothing where that
    reading is no state's government."""
    out = []
    for start, end, match, _ in anchors:
        entry = resolver.kb.entries.get(match.value.key) if match is not None else None
        if entry is None or entry.kind != "state":
            continue
        if not text.endswith(_OF_AT_END, 0, start):
            continue  # round 30s2: the pattern's end (" of" and a space, or before a last line break)
        hit = _COORDINATED_NAME.search(text[max(0, start - 120):start])
        if hit is None:
            continue
        g = resolver.phrase(f"{hit.group(1)} of {text[start:end]}", day)
        if g is None or g.country != entry.key or g.sector not in ("GOV", "MIL"):
            continue
        out.append(Mention(start - (len(hit.string) - hit.start()), end, g, PRIORITY_PHRASE))
    return out


def _title_words(kb) -> frozenset[str]:
    """The words of the knowledge base's titles ("minister", "foreign", "affairs", "general"), less
    the glue words: a capitalised one right after a title run ends the title, not a name (round 21)."""
    vocab = getattr(kb, "_title_words", None)
    if vocab is None:
        vocab = frozenset(w for title in kb.roles for w in str(title).lower().split() if w.isalpha()) - TITLE_GLUE_WORDS
        kb._title_words = vocab
    return vocab


#: The rest of a capitalised name after its first word and its abbreviation in parentheses:
#: "[Alliance] for Democratic Change (ADC)" (round 23, ``_opens_abbreviated_name``).
_NAME_REST_ABBR = re.compile(r"(?P<rest>(?:\s+(?:for|of|and|on|the|de|du|des|la|[A-Z][\w'\u2019&-]*))+)\s*\((?P<abbr>[A-Z][A-Z&]{1,7})\)")


def _opens_abbreviated_name(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` open a longer capitalised name that its abbreviation in
    parentheses spells ("the Alliance for Democratic Change (ADC)": the alias "Alliance" of another
    body is the first word of this one's name, not a mention of that body; round 23)."""
    m = _NAME_REST_ABBR.match(text, end)
    if not m or not any(w[:1].isupper() for w in m.group("rest").split()):
        return False
    words = (text[start:end] + m.group("rest")).split()
    caps = "".join(w[0] for w in words if w[:1].isupper() and w.lower() != "the")
    return caps.upper() == m.group("abbr").replace("&", "").upper()


#: Capitalised words after a state's name that make it a river's, lake's or basin's in a longer name
#: ("the Niger Basin Authority", "the Congo River", "the Niger Delta"; before it: "Lake Chad"):
#: no mention of the state (round 23, ``_state_in_feature_name``).
FEATURE_WORDS = frozenset(("Basin", "River", "Rivers", "Delta", "Valley", "Watershed", "Estuary"))
_FEATURE_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]+)\b")


def _state_in_feature_name(text: str, anchor, kb) -> bool:
    """Whether a state's anchor is the first word of a river's, lake's or basin's name (round 23)."""
    start, end, match, _ = anchor
    entry = kb.entries[match.value.key] if match else None
    if entry is None or entry.kind != "state":
        return False
    m = _FEATURE_AFTER.match(text, end)
    return bool(m and m.group("w") in FEATURE_WORDS) or text[max(0, start - 5):start] == "Lake "
