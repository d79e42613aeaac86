"""From mentions to document actors: one actor per real-world actor (merged by
key), pronouns linked to an unambiguous person, the authors and the publisher."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from .. import resources
from ..document import EDITORIAL_BOARD, Actor
from ..errors import LexiconError
from ..names import given_name_gender, title_gender
from ..nlp import DATELINE_CHARS, dateline_end
from ..spans import SpanSet
from ..syntax import conjuncts
from ..views import doc_text, sentences, token_offsets
from .pronouns import UNNAMED, PronounLinker, unnamed_person
from .recognize import BODY_DESCRIPTORS, COMPANY_HEADS_FILE, Mention
from .resolve import ActorGuess, Resolver
from .text import fold, key_of, may_hold_ignorecase, slug, standalone_spans, tokenize

logger = logging.getLogger(__name__)

#: How a guess was made, best first: the group's kind/country/sector/role come from the best.
HOW_RANK = ("entry", "office:holder", "author", "named+noun", "office:of-named", "office", "model:person",
            "noun:government", "state:name", "state:alias", "state:government", "state:capital", "seat",
            "state:demonym", "state:adjective", "noun", "place", "model:org", "capital:place", "model:place",
            "office:bare", "noun:bare", UNNAMED)
#: How a bare title or actor noun was read when the text does not say whose it is ("the
#: minister", "officials"): an actor only once the country in focus tells (``add_focus_country``).
BARE_HOWS = frozenset(("office:bare", "noun:bare"))


@dataclass
class Group:
    key: str
    guesses: list[ActorGuess] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


_RANK = {how: i for i, how in enumerate(HOW_RANK)}


_UNRANKED = len(HOW_RANK)
_RANK_GET = _RANK.get


def _rank(g: ActorGuess) -> int:
    return _RANK.get(g.how, _UNRANKED)


def _best(guesses: list[ActorGuess]) -> ActorGuess:
    """``min(guesses, key=_rank)``: a group's best guess, the first of the best rank (round 26s2:
    ~900 calls a document). A lone guess is returned as it is; otherwise the ranks are read in one
    comprehension, with no call of ``_rank`` per guess."""
    if len(guesses) == 1:
        return guesses[0]
    ranks = [_RANK_GET(g.how, _UNRANKED) for g in guesses]  # no call per guess
    return guesses[ranks.index(min(ranks))]


def group_key(g: ActorGuess) -> str:
    return g.key or f"~{fold(g.name)}"


def merge(text: str, mentions: list[Mention]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    surnames: dict[str, str] = {}  # last name of a model-found person -> its key
    for m in mentions:
        g = m.guess
        key = group_key(g)
        if g.how == "model:person":
            words = g.name.split()
            if len(words) == 1 and fold(words[0]) in surnames:
                key = surnames[fold(words[0])]
            elif len(words) > 1:
                surnames.setdefault(fold(words[-1]), key)
        grp = groups.get(key)
        if grp is None:  # (``setdefault`` would make a Group per mention, kept or not)
            grp = groups[key] = Group(key)
        grp.guesses.append(g)
        grp.spans.append((m.start, m.end))
        grp.spans.extend(m.extra)
        grp.texts.append(text[m.start:m.end])
    return groups


#: How a mention was read when only the spaCy model or a generic word vouches for it: such
#: a mention that reads exactly as a person's surname or title is that person.
MODEL_HOWS = frozenset(("model:org", "model:person", "noun", "office")) | BARE_HOWS


def add_surnames(text: str, groups: dict[str, Group]) -> None:
    """A person named in full ("Oleh Marchenko") is the later bare surname too
    ("Marchenko filed his resignation") when no other person of the document shares it
    and the surname stands alone (not inside a longer name, not inside another mention).
    A mention the model took for an organisation or a place that reads exactly as the
    surname ("Varga said" tagged ORG) joins the person too, whatever its label; so does a
    full name the model took for an organisation ("Helena Marquardt" tagged ORG: a known
    given name and one more word) when a person of the document bears its surname alone."""
    _persons_tagged_org(groups)
    owners: dict[str, set[str]] = {}
    for key, grp in groups.items():
        if _best(grp.guesses).kind != "person":
            continue
        for t in grp.texts:
            words = t.split()
            if len(words) > 1 and (words[-1][:1].isupper() or _particle_surname(words[-1])) \
                    and words[-1].replace("-", "").isalpha() and not addressed_surname(t):
                owners.setdefault(words[-1], set()).add(key)
    persons = {k for keys in owners.values() for k in keys}
    for key in [k for k, grp in groups.items() if k not in persons and all(g.how in MODEL_HOWS for g in grp.guesses)]:
        names = {addressed_surname(t) or t.strip() for t in groups[key].texts}
        name = names.pop() if len(names) == 1 else ""
        lowered = name[:1].lower() + name[1:]  # "Al-Mansouri said", opening a sentence: "al-Mansouri"
        owner = owners.get(name) or (owners.get(lowered, ()) if _particle_surname(lowered) else ())
        if len(owner) == 1:
            groups[next(iter(owner))].spans.extend(groups.pop(key).spans)
    taken = SpanSet(sp for grp in groups.values() for sp in grp.spans)
    for surname, keys in owners.items():
        if len(keys) != 1:
            continue
        grp = groups[next(iter(keys))]
        forms = (surname,)
        if _particle_surname(surname):  # "al-Jubouri" also opens a sentence as "Al-Jubouri"
            forms = (surname, surname[0].upper() + surname[1:])
        for s, e in standalone_spans(text, forms, "-"):  # (?<![\w-])NAME(?![\w-])
            before = text[max(0, s - 30):s].split()
            after = text[e:e + 30].split()
            longer = (before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":", ";"))) \
                or (after and after[0][:1].isupper())
            if not longer and not taken.overlaps(s, e):
                grp.spans.append((s, e))


def _persons_tagged_org(groups: dict[str, Group]) -> None:
    """Read as persons the organisations of the model named "<Given> <Surname>" whose
    surname another mention of the document reads as a person alone (``add_surnames``):
    a given name of the names list, or any capitalised word that is no word of an
    institution's name ("Elnur Mammadli" beside "Mammadli said"; not "Harbour Mammadli")."""
    alone = {t.strip() for grp in groups.values() if _best(grp.guesses).kind == "person"
             for t in grp.texts if len(t.split()) == 1}
    institution = resources.terms(INSTITUTION_WORDS_FILE)
    for key in [k for k, grp in groups.items() if all(g.how == "model:org" for g in grp.guesses)]:
        names = {t.strip() for t in groups[key].texts}
        words = next(iter(names)).split() if len(names) == 1 else []
        if len(words) == 2 and words[1] in alone and (
                given_name_gender(words[0]) or words[0].isalpha() and words[0].lower() not in institution):
            name = " ".join(words)
            grp = groups.pop(key)
            guesses = [replace(g, name=name, kind="person", sector=None, key=f"person:{slug(name)}", how="model:person")
                       for g in grp.guesses]
            groups[group_key(guesses[0])] = Group(group_key(guesses[0]), guesses, grp.spans, grp.texts)


_APPOSITIVE_START = re.compile(r",\s+(?:the\s+)?")


def _bare_texts(grp: Group) -> set[str]:
    """The group's mention texts without a leading "the" ("the Council" -> "Council")."""
    return {t.strip().removeprefix("the ").removeprefix("The ") for t in grp.texts}


def drop_borrowed_appositives(text: str, groups: dict[str, Group]) -> None:
    """A person followed by a title that is another person's reverse appositive ("Foreign
    Minister Ana Ruiz, the Foreign Minister of Chile, Jorge Soto, ...": the title is Soto's)
    does not take that title's country: the parse hung it on both."""
    titles = {s: (key, best.country) for key, grp in groups.items()
              for best in [_best(grp.guesses)] if best.kind == "person" and best.country
              for s, _ in grp.spans}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind != "person" or best.country is None or best.how != "model:person":
            continue
        for _, e in grp.spans:
            m = _APPOSITIVE_START.match(text, e)
            other = titles.get(m.end()) if m else None
            if other and other[0] != key and other[1] == best.country:
                grp.guesses[:] = [replace(g, country=None) for g in grp.guesses]
                break


def _bodies_by_last_word(groups: dict[str, Group]) -> dict[str, set[str]]:
    """The keys of the bodies named in full (not by the model alone), by the capitalised last word
    of a name ("Council" -> the North Atlantic Council's key)."""
    bodies: dict[str, set[str]] = {}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind in ("igo", "organization") and best.how not in MODEL_HOWS:
            for name in {best.name, *grp.texts}:
                words = name.split()
                if len(words) > 1 and words[-1][:1].isupper():
                    bodies.setdefault(words[-1], set()).add(key)
    return bodies


def add_short_names(groups: dict[str, Group]) -> None:
    """A body the model found by one capitalised word ("the Council", "the Tribunal") is the
    one body of the document named in full whose name ends with that word ("the North
    Atlantic Council ... the Council agreed"); with two such bodies or none it is left alone."""
    bodies = _bodies_by_last_word(groups)
    for key in [k for k, grp in groups.items() if all(g.how == "model:org" for g in grp.guesses)]:
        names = _bare_texts(groups[key])
        owner = bodies.get(names.pop(), ()) if len(names) == 1 else ()
        if len(owner) == 1 and key not in owner:
            groups[next(iter(owner))].spans.extend(groups.pop(key).spans)


def add_organs_of_named_bodies(groups: dict[str, Group], resolver: Resolver, day) -> None:
    """A body's organ named by its head word alone ("the Commission", which the knowledge base
    reads as the EU's) is the organ of that word of the body the document names (or whose
    organ it names) when it names the body of the KB's reading nowhere: "the Commission" of a
    communiqué of the African Union's Peace and Security Council is the African Union
    Commission."""
    kb = resolver.kb
    direct = {_best(g.guesses).key for g in groups.values()}
    for key in [k for k in groups if k in kb.entries and kb.entries[k].parent]:
        grp = groups[key]
        named = (direct - {key}) | {kb.entries[k].parent for k in direct - {key} if k in kb.entries}  # the PSC: the AU
        heads = _bare_texts(grp)
        organ = kb.entries[key]
        if len(heads) != 1 or len(next(iter(heads)).split()) != 1 or organ.parent in named:
            continue
        head = next(iter(heads))
        others = [e for e in kb.entries.values() if e.parent in named and e.key != key
                  and e.name.split()[-1] == head]
        if len(others) == 1:
            guess = resolver.entry_guess(others[0], day)
            moved = groups.pop(key)
            known = groups.get(guess.key)
            groups[guess.key] = Group(guess.key, (known.guesses if known else []) + [guess],
                                      (known.spans if known else []) + moved.spans,
                                      (known.texts if known else []) + moved.texts)


#: An abbreviation in parentheses right after a name: "the Andean Water Alliance (AWA)".
_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")


def _abbreviates(abbr: str, name: str) -> bool:
    """Whether ``abbr`` is made of the letters of ``name`` in order, from its first letter, or of
    the initials of its capitalised words in another order, as a name in the body's own language
    orders them ("the Central American University (UCA)", round 28a1)."""
    letters = iter(name.lower())
    if abbr[0].lower() == name.lstrip()[:1].lower() and all(c in letters for c in abbr.lower() if c != "&"):
        return True
    words = name.split()
    cut = next((i + 1 for i in range(len(words) - 1, -1, -1) if not words[i][:1].isupper()), 0)
    return len(abbr) > 2 and sorted(abbr) == sorted(w[0] for w in words[cut:])  # the name's last capitalised words


def add_abbreviations(text: str, groups: dict[str, Group]) -> None:
    """An organisation named in full with its abbreviation in parentheses ("the Andean Water
    Alliance (AWA) said ...") is every later mention of the abbreviation too: the words
    themselves and the groups the model made of them alone ("AWA", "the AWA")."""
    taken = SpanSet(sp for grp in groups.values() for sp in grp.spans)
    for key, grp in list(groups.items()):
        if key not in groups or _best(grp.guesses).kind not in ("organization", "group", "armed_group"):
            continue
        for s, e in sorted(grp.spans):
            m = _ABBREVIATION.match(text, e)
            if not m or not _abbreviates(m.group("abbr"), text[s:e]):
                continue
            abbr = m.group("abbr")
            for other in [k for k, g in groups.items() if k != key and _bare_texts(g) == {abbr}]:
                grp.spans.extend(groups.pop(other).spans)
            own = SpanSet(grp.spans)
            word = re.compile(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])")
            grp.spans.extend(w.span() for w in word.finditer(text, s)
                             if not own.overlaps(*w.span()) and not taken.overlaps(*w.span()))
            break


#: An abbreviation in parentheses anywhere: "... Coalition of Patriots for Change (CPC)".
_DEFINED = re.compile(r"\((?P<abbr>[A-Z][A-Z&]{1,7})\)")


def add_spelled_out_names(text: str, groups: dict[str, Group]) -> None:
    """A body known in the document only by its abbreviation ("ADC") whose name the text spells out
    before it in parentheses ("the Alliance for Democratic Change (ADC)") has that name as a mention
    and as its name, where no actor holds those words yet (round 23)."""
    taken = SpanSet(sp for grp in groups.values() for sp in grp.spans)
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr")
        base = max(0, m.start() - 160)
        words = list(re.finditer(r"[\w'\u2019&-]+", text[base:m.start()]))
        if not words or not text[base + words[-1].end():m.start()].strip() == "":
            continue
        name = None
        for i in range(len(words) - 1, max(-1, len(words) - 10), -1):
            w = words[i].group()
            if not (w[:1].isupper() or w in ("for", "of", "and", "on")):
                break
            caps = "".join(x.group()[0] for x in words[i:] if x.group()[:1].isupper())
            if w[:1].isupper() and caps.upper() == abbr.replace("&", "").upper():
                name = (base + words[i].start(), base + words[-1].end())
        if name is None or taken.overlaps(*name):
            continue
        owners = [k for k, g in groups.items() if g.texts and {t.strip() for t in g.texts} <= {abbr, "the " + abbr}
                  and _best(g.guesses).kind in ("organization", "group", "armed_group", "party")]
        if len(owners) == 1:
            grp = groups[owners[0]]
            grp.spans.append(name)
            grp.texts.insert(0, text[name[0]:name[1]])


def redefine_abbreviations(text: str, groups: dict[str, Group], resolver, day) -> None:
    """Round 19e: an abbreviation the document defines ("the Coalition of Patriots for Change
    (CPC)") means that body in this document, even where the knowledge base reads the bare
    letters as another one ("CPC" = the Chinese Communist Party elsewhere). The words before the
    parentheses whose capitals spell the abbreviation must resolve to a known non-person entry;
    groups every text of which holds the abbreviation as a word then join that entry's group,
    unless their own reading names the letters too (an organ such as "the ECCAS Commission")."""
    for m in _DEFINED.finditer(text):
        abbr = m.group("abbr")
        words = list(re.finditer(r"[\w'&-]+", text[max(0, m.start() - 160):m.start()]))
        base = max(0, m.start() - 160)
        guess = None
        for i in range(len(words) - 1, max(-1, len(words) - 13), -1):
            if not words[i].group()[0].isupper():
                continue
            name = text[base + words[i].start():m.start()].strip()
            caps = "".join(w.group()[0] for w in words[i:] if w.group()[0].isupper())
            if caps.upper() != abbr.replace("&", "").upper():
                continue
            guess = resolver.phrase(name, day)
            break
        if guess is None or guess.kind == "person" or not guess.key:
            continue
        word = re.compile(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])")
        for key in [k for k, g in groups.items() if k != guess.key and g.texts
                    and all(word.search(t) for t in g.texts)
                    and all(x.key != guess.key and not word.search(x.name) for x in g.guesses)]:
            moved = groups.pop(key)
            known = groups.get(guess.key)
            groups[guess.key] = Group(guess.key, (known.guesses if known else []) + [guess],
                                      (known.spans if known else []) + moved.spans,
                                      (known.texts if known else []) + moved.texts)


#: A side of talks that a person leads, right before the person ("the Azerbaijani side
#: by", "Chile's delegation was led by") or in a relative clause after ("Ana Ruiz, who led
#: Chile's delegation"); ``state`` is the one to three capitalised words before the side's noun.
_SIDE = r"(?P<state>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|s')?\s+(?:delegation|side|team|negotiators)"
_LED_BEFORE = re.compile(_SIDE + r"\s+(?:(?:was|is|were|had\s+been)\s+)?(?:(?:led|headed)\s+)?by\s+$")
_LED_AFTER = re.compile(r",\s+who\s+(?:led|leads|heads|headed|chaired|chairs)\s+(?:the\s+)?" + _SIDE + r"\b")


def add_led_sides(text: str, groups: dict[str, Group], resolver: Resolver) -> None:
    """A person with no country who leads a state's side of talks is of that state
    ("the Azerbaijani side by Elnur Mammadli", "Peter Lual Deng, who led South Sudan's
    delegation"): the words before the side's noun must name a state alone."""
    for grp in groups.values():
        if _best(grp.guesses).kind != "person" or any(g.country for g in grp.guesses):
            continue
        for s, e in sorted(grp.spans):
            m = _LED_BEFORE.search(text, max(0, s - 80), s) or _LED_AFTER.match(text, e)
            side = resolver.phrase(m.group("state")) if m else None
            if side is not None and side.kind == "state":
                grp.guesses[:] = [replace(g, country=side.country) for g in grp.guesses]
                break


def merge_offices(groups: dict[str, Group], canonical_role, text: str | None = None) -> None:
    """A bare title with no country ("the Secretary of State" on a second mention) joins the
    one person of the document who holds that office ("US Secretary of State" resolved to
    its holder, "Secretary of State Antony Blinken"); with none or several it stays apart.

    Args:
        groups: the document's actor groups, changed in place.
        canonical_role: the knowledge base's title -> office map (``KnowledgeBase.canonical_role``).
    """
    holders: dict[str, set[str]] = {}
    for key, grp in groups.items():
        if key.startswith("~") or _best(grp.guesses).kind != "person":
            continue
        for g in grp.guesses:
            office = canonical_role(g.role) if g.role else None
            if office:
                holders.setdefault(office, set()).add(key)
    for key in [k for k in groups if k.startswith("~")]:
        grp = groups[key]
        if not all(g.how in ("office", "office:bare") and g.kind == "person" and g.country is None and g.role
                   for g in grp.guesses) or text is not None and _bare_plural_titles(text, grp):
            continue
        offices = {canonical_role(g.role) or g.role for g in grp.guesses}
        found = set().union(*(holders.get(o, set()) for o in offices))
        if len(offices) == 1 and len(found) == 1:
            target = groups[found.pop()]
            target.spans.extend(grp.spans)
            del groups[key]


#: Words that open a title's complement ("head of government"): the words after one are
#: no title alone ("the government" is no head of government), ``merge_titles``.
TITLE_COMPLEMENT_WORDS = frozenset(("of", "for", "to", "in", "at", "on"))


def merge_titles(groups: dict[str, Group]) -> None:
    """A title repeated alone ("The Senate Minority Leader said", or shorter: "the minority
    leader", "the minister") after the person it introduced ("Senate Minority Leader Ruth
    Calder", "Health minister Asha Mwangi") is that person when no other person of the
    document holds a title ending so as written; the title may read as an office, an actor
    noun or a name the model found ("Minority Leader" as ORG). A shorter form keeps the
    title's head: "the government" is no "head of government" (``TITLE_COMPLEMENT_WORDS``)."""
    holders: dict[str, set[str]] = {}
    for key, grp in groups.items():
        if _best(grp.guesses).kind == "person":
            for g in grp.guesses:
                words = _title_key(g.role).split() if g.role else []
                head = next((i for i, w in enumerate(words) if w in TITLE_COMPLEMENT_WORDS), len(words))
                for i in range(head):  # "the Minority Leader", "the leader" too
                    holders.setdefault(" ".join(words[i:]), set()).add(key)
                    if head < len(words):  # "the Secretary" of "Secretary of Foreign Affairs" (round 22)
                        holders.setdefault(" ".join(words[i:head]), set()).add(key)
    if not holders:
        return
    for key in [k for k, grp in groups.items() if all(g.how in MODEL_HOWS for g in grp.guesses)
                and (k.startswith("~") or _best(grp.guesses).kind != "person")]:
        if key not in groups:  # already joined to a person as that person's title
            continue
        titles = {_title_key(t) for t in groups[key].texts}
        found = holders.get(titles.pop(), set()) - {key} if len(titles) == 1 else set()
        found &= groups.keys()
        if len(found) == 1:
            groups[found.pop()].spans.extend(groups.pop(key).spans)


def _title_key(title: str) -> str:
    words = fold(title).split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words)


def leaders_of_governments(text: str, mentions: list[Mention], resolver: Resolver, day) -> list[Mention]:
    """The leaders named inside a government's mention ("Paul Kagame's government", "the
    government of Nicolás Maduro"; the mention is the state's government): each one a person
    mention of its own too, the knowledge base's person, over the name's words."""
    out = []
    for m in mentions:
        if m.guess.how != "state:government":
            continue
        phrase = text[m.start:m.end]
        toks = tokenize(phrase)
        for found in resolver.scan_text(phrase):
            entry = resolver.kb.entries[found.value.key] if found.what == "entry" else None
            if entry is not None and entry.kind == "person":
                out.append(Mention(m.start + toks[found.i].start, m.start + toks[found.j - 1].end,
                                   resolver.entry_guess(entry, day), m.priority))
    return out


#: States by the words that name them by their form ("the kingdom", "the island nation").
STATE_FORMS_FILE = "actors/state_forms.yaml"


@resources.cached
def state_forms() -> dict[str, frozenset[str]]:
    """``{form word: ISO3 codes of the states of that form}``, validated."""
    data = resources.yaml(STATE_FORMS_FILE)
    if not isinstance(data, dict) or not all(isinstance(codes, list) and all(isinstance(c, str) and len(c) == 3
                                                                             for c in codes) for codes in data.values()):
        raise LexiconError(resources.active().source(STATE_FORMS_FILE), 1, "a mapping of words to lists of ISO3 codes")
    return {" ".join(str(word).lower().split()): frozenset(codes) for word, codes in data.items()}


def add_state_forms(text: str, groups: dict[str, Group], resolver: Resolver) -> None:
    """A state named by its form ("the kingdom", "the emirate", "the island nation"; not
    "the Kingdom of ...", a name) is the state of that form (``STATE_FORMS_FILE``) that the
    text is about: the one whose country the most mentions carry, ``STORY_COUNTRY_LEAD`` times
    the next state of that form ("Britain sells the kingdom aircraft" in a text about Saudi
    Arabia); with none, or no clear one, it stays no actor. The form word joins the state's
    actor as its government."""
    forms = state_forms()
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(forms, key=len, reverse=True))
    found = list(re.finditer(rf"(?=t)\bthe\s+({words})\b(?!\s+of\b)", text, re.I))  # (?=t): see BILL_WORDS
    if not found:
        return
    marks = [best.country for best, grp in ((_best(g.guesses), g) for g in groups.values())
             if best.country for _ in grp.spans]
    taken = SpanSet(sp for grp in groups.values() for sp in grp.spans)
    for m in found:
        start, end = m.span(1)
        ranked = Counter(c for c in marks if c in forms[" ".join(m.group(1).lower().split())]).most_common(2)
        country = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= STORY_COUNTRY_LEAD * ranked[1][1]) \
            else None
        entry = resolver.kb.entries.get(country) if country else None
        if entry is None or entry.kind != "state" or taken.overlaps(start, end) \
                and not _cut_form_word(text, groups, start, end):
            continue
        guess = resolver.state_guess(entry, "government")
        grp = groups.setdefault(group_key(guess), Group(group_key(guess)))
        grp.guesses.append(guess)
        grp.spans.append((start, end))
        grp.texts.append(text[start:end])


def _cut_form_word(text: str, groups: dict[str, Group], start: int, end: int) -> bool:
    """Take a state's form word off the front of an actor noun the parse joined it to ("sell
    the kingdom aircraft": "aircraft"); whether it was done (only the mention of a generic
    noun that starts with the word and goes on)."""
    for grp in groups.values():
        if not all(g.how in ("noun", "noun:bare") for g in grp.guesses):
            continue
        for k, (s, e) in enumerate(grp.spans):
            if s == start and e > end + 1:
                rest = end + len(text[end:e]) - len(text[end:e].lstrip())
                grp.spans[k] = (rest, e)
                grp.texts = [text[rest:e] if x == text[s:e] else x for x in grp.texts]
                return True
    return False


#: A story is set in one country when that country holds at least this share of the
#: document's mentions that carry a country (title mentions counted twice) ...
STORY_COUNTRY_SHARE = 0.5
#: ... and at least this many times the mentions of the next country.
STORY_COUNTRY_LEAD = 2.0
#: ... and at least this many such mentions (a sentence naming a place once sets no story there).
STORY_COUNTRY_MIN_MENTIONS = 3
#: Sectors of actors that do not take the story's country when the text gives them none
#: (intergovernmental bodies, refugees: rarely of the country where the story is set).
FOREIGN_SECTORS = frozenset(("IGO", "REF"))
#: Sectors of the state's own bodies: an organisation named by one such noun ("the
#: Administration", "Parliament") is the story country's.
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "SPY", "JUD", "LEG"))
#: Sectors of a state's forces whose unqualified noun ("the army", "the coast guard") after a
#: sentence naming several states is the state its main clause's subject names (``Focus.of_organ``).
ORGAN_SECTORS = frozenset(("MIL", "COP", "SPY"))
#: Sectors of the capitalised bodies that a statement names without their state ("the Ministry",
#: "the Coast Guard"): the issuing state's (``add_focus_country``, round 33e16).
ISSUER_BODY_SECTORS = STATE_SECTORS - {"LEG"}
#: A passage in quotation marks on one line (``Focus``).
QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')
#: Words by which an actor is none of the country in focus ("foreign forces").
FOREIGN_WORDS = frozenset(("foreign", "overseas"))
#: Sectors of KB entries whose country puts no focus on the text around them (``focus_of``).
UNPLACED_SECTORS = frozenset(("MED",))
#: Two word characters in a row (a word running across a point of the text: ``_names_bill``).
_WORD_PAIR = re.compile(r"\w\w")
#: Words of a sentence whose places say where a legislator sits ("a bill drafted in
#: Washington"; not "a trip to Warsaw"): ``focus_of``, ``Focus.of_legislator``.
#: (The lookahead names the words' first letters: the search then skips to them, half the time of
#: trying the word boundary at every character of the text; the same matches.)
BILL_WORDS = re.compile(r"(?=[blscp])\b(?:bills?|legislation|laws?|lawmakers?|legislators?|legislature|senate|congress|"
                        r"parliament)\b", re.I)
#: Words one of which every match of ``BILL_WORDS`` holds (``focus_of`` skips the scan of a text
#: that has none: ``text.may_hold_ignorecase``).
BILL_WORD_STEMS = ("bill", "legislat", "law", "senate", "congress", "parliament")
#: Government nouns that a text keeps for one government ("the regime", "the junta"): a bare
#: one is the regime the text named last before it, wherever its sentence is ("the regime in Minsk
#: ... Moscow keeps the regime afloat": Belarus's), ``add_focus_country``.
REGIME_WORDS = frozenset(("regime", "junta"))
#: The document's own voice: a first-person owner ("our government") and the issuer of a
#: statement, written before the mention (``Focus.of_voice``).
FIRST_PERSON = re.compile(r"(?:our|my)\b", re.I)
ISSUER = re.compile(r"\b(?:statement|declaration|press release|communiqu[eé])\s+(?:issued\s+)?(?:by|of|from)"
                    r"\s+(?:the\s+)?$", re.I)
#: Governments of several states ("many governments"): none has one country (``Focus.of_voice``).
SEVERAL_GOVERNMENTS = re.compile(r"(?:many|some|several|other|most|few|all|numerous|various|both)\s+"
                                 r"(?:[a-z]+\s+)?governments\b", re.I)
#: Words that make an organisation's name a state institution ("National Directorate for
#: Security", "Internal Revenue Service"): unqualified, it is the story country's.
INSTITUTION_WORDS_FILE = "actors/institution_words.en.txt"


def story_country(groups: dict[str, Group], title_span: tuple[int, int] | None = None) -> str | None:
    """The country the story is set in, when its mentions make it clear: the country of
    most mentions that carry one (those in the title count twice), with at least
    ``STORY_COUNTRY_SHARE`` of them, ``STORY_COUNTRY_LEAD`` times the next country and
    ``STORY_COUNTRY_MIN_MENTIONS``; None otherwise."""
    counts: Counter = Counter()
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.country is None:
            continue
        for s, _ in grp.spans:
            counts[best.country] += 2 if title_span and title_span[0] <= s < title_span[1] else 1
    ranked = counts.most_common(2)
    if not ranked:
        return None
    total = sum(counts.values())
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= max(STORY_COUNTRY_MIN_MENTIONS, STORY_COUNTRY_SHARE * total) and n >= STORY_COUNTRY_LEAD * second:
        return top
    return None


#: The blanks between a title and the body's first word.
_BLANKS = re.compile(r"\s*")
#: What joins an actor noun to the state it is of ("authorities of the ..."): ``Focus.of_complement``.
OF_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+)?")
#: A state's name that modifies a hyphenated word ("the Iranian-backed Houthi movement"): no owner
#: of the noun before "of" (``Focus.of_complement``, round 33f7).
HYPHENED_MODIFIER = re.compile(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*-\w")


def dateline_country(text: str, groups: dict[str, Group], title_span: tuple[int, int] | None = None) -> str | None:
    """The country of the place a report is filed from, when its body opens with a dateline
    ("NAIROBI, Kenya (Wire) — ..."): a story without one country of its own is read from
    there where nothing nearer tells."""
    place = _BLANKS.match(text, title_span[1] if title_span else 0).end()
    end = dateline_end(text, place)
    if end is None:
        return None
    found = [_best(g.guesses).country for g in groups.values()
             if any(place <= s < end for s, _ in g.spans)]
    return next(filter(None, found), None)


#: A statement's place-and-date line ("Oslo, 3 March 2025", "Lima, March 3, 2025").
PLACE_DATE_LINE = re.compile(r"^(?P<place>[A-Z][^\n,]{1,40}),[ \t]+"
                             r"(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)[ \t]+\d{4}[ \t]*$", re.M)


def issued_from(text: str, groups: dict[str, Group], title_span: tuple[int, int] | None = None) -> str | None:
    """The country a document is issued from: its dateline's (``dateline_country``), else
    that of the place of a place-and-date line in its opening ("Oslo, 3 March 2025")."""
    found = dateline_country(text, groups, title_span)
    m = found is None and PLACE_DATE_LINE.search(text, 0, DATELINE_CHARS)
    if not m:
        return found
    place = m.span("place")
    return next(filter(None, (_best(g.guesses).country for g in groups.values()
                              if any(place[0] <= s < place[1] for s, _ in g.spans))), None)


def _domestic(guess: ActorGuess, institution_words: frozenset[str]) -> bool:
    """Whether an actor without a country is one of the story country's own: a person, a
    generic actor noun or title ("police", "the parliament", "the Speaker of the House"),
    an organisation named like a state institution or by one state-body noun; not a KB
    entry (its null country is deliberate), an IGO or refugees."""
    if guess.country is not None or guess.how in ("entry", "noun:plural") or guess.sector in FOREIGN_SECTORS:
        return False  # "noun:plural": "both governments" are several states, not the one in focus (round 20)
    if guess.kind in ("igo", "state", "location"):
        return False
    if guess.how == "model:org" or (guess.key or "").startswith("org:"):  # a name the KB does not know
        generic = len(guess.name.split()) == 1 and guess.sector in STATE_SECTORS  # "the Administration"
        return generic or any(w.lower() in institution_words for w in re.findall(r"[\w-]+", guess.name))
    return True


def _foreign(phrase: str, resolver: Resolver) -> bool:
    """"foreign forces", "overseas donors": a word of ``FOREIGN_WORDS`` qualifies the actor
    (it is none of the focus country's), not one that is part of a KB noun or title
    ("the foreign ministry", "the foreign minister")."""
    toks = tokenize(phrase)
    at = [i for i, t in enumerate(toks) if t.norm in FOREIGN_WORDS]
    if not at:
        return False
    covered = {i for m in resolver.scan_text(phrase) for i in range(m.i, m.j)}
    return any(i not in covered for i in at)


class Focus:
    """The country a document is about at each point of its text (issue 17), for the
    actors the text leaves unqualified ("the police", "the health ministry", a person
    with no title): a story about two or three countries moves between them.

    At an offset it is, first found: the country of the mentions before it in its
    sentence ("In Athens, the coast guard said"; "Turkish officials said the coast guard
    ..."); else those of the nearest earlier sentence of its paragraph that has any;
    else the story's country (``story_country``); else those after it in its sentence
    ("The coast guard rescued forty Greek fishermen"); else those of the nearest sentence
    of the paragraph before that has any ("The junta has jailed ..." after a paragraph
    about Niger). Several countries at one step are none unless the story's country is
    among them.

    Args:
        text: the document text.
        sentence_starts: the character offset of every sentence, sorted.
        marks: (offset, country) of every mention that carries a country.
        story: the story's country or None.
        places: (offset, country) of the mentions of legislatures and of places in a
            sentence of ``BILL_WORDS``, not in a dateline (``of_legislator``).
        home: the country the document is issued from (its dateline's) or None
            (``of_voice``).
        subjects: None, or a function giving the (offset, country) of the mentions inside a
            main clause's subject (``of_organ``), called at most once, where first needed.
    """

    def __init__(self, text: str, sentence_starts: list[int], marks: list[tuple[int, str]], story: str | None,
                 places: list[tuple[int, str]] = (), home: str | None = None,
                 subjects=None, states: list[tuple[int, str]] = ()):
        self.story = story
        self._subjects_of = subjects  # () -> (offset, country) of the mentions in main-clause subjects
        self._subjects = None
        self.home = home
        self._text = text
        places = sorted(places)
        self._places = ([p for p, _ in places], [c for _, c in places])
        self._sents = sentence_starts or [0]
        self._paragraphs = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._quoted = SpanSet((m.start(), m.end()) for m in QUOTED.finditer(text))
        marks = sorted(marks)
        outside = [(p, c) for p, c in marks if not self._quoted.inside(p)] if len(self._quoted) else marks
        self._all = ([p for p, _ in marks], [c for _, c in marks])
        states = sorted(states)
        self._states = ([p for p, _ in states], [c for _, c in states])  # mentions of states (``of_complement``)
        self._outside = ([p for p, _ in outside], [c for _, c in outside])

    @staticmethod
    def _between(marks, start: int, end: int) -> set[str]:
        offsets, countries = marks
        return set(countries[bisect_left(offsets, start):bisect_left(offsets, end)])

    def _pick(self, countries: set[str]) -> str | None:
        if len(countries) == 1:
            return next(iter(countries))
        return self.story if self.story in countries else None

    def in_sentence(self, offset: int) -> str | None:
        """The country the sentence at ``offset`` names, if it names one (or the story's among several)."""
        marks = self._all if self._quoted.inside(offset) else self._outside
        k = max(0, bisect_right(self._sents, offset) - 1)
        end = self._sents[k + 1] if k + 1 < len(self._sents) else 10 ** 12
        return self._pick(self._between(marks, self._sents[k], end))

    def of_legislator(self, offset: int) -> str | None:
        """The country of a legislator the text does not place ("Senator Dana Whitcombe
        said the bill ..."): its sentence's, else that of the legislatures and places the
        nearest earlier sentence of its paragraph or the one before names in words of bills
        and legislatures ("a bill drafted in Washington"), over the story's; else ``at``.
        Where a bill is debated tells more of whose senator speaks than where the story is
        filed from."""
        own = self.in_sentence(offset)
        if own:
            return own
        k = max(0, bisect_right(self._sents, offset) - 1)
        start = self._paragraphs[bisect_right(self._paragraphs, self._sents[k]) - 1]
        if k > 0 and self._sents[k - 1] < start:  # the paragraph's first sentence: the one before too
            start = self._paragraphs[bisect_right(self._paragraphs, self._sents[k - 1]) - 1]
        while k > 0 and self._sents[k - 1] >= start:
            k -= 1
            found = self._between(self._places, self._sents[k], self._sents[k + 1])
            if found:
                return self._pick(found) or self.at(offset)
        return self.at(offset)

    def of_voice(self, offset: int) -> str | None:
        """``at``, except for the document's own voice outside quotation marks: "our
        government" and the issuer a statement's heading line names ("Statement by the
        Ministry of Foreign Affairs") are those of the country the document is issued from
        (``home``, None when no dateline tells), never the country the text is about;
        "many governments" are no one country's."""
        if SEVERAL_GOVERNMENTS.match(self._text, offset):
            return None
        if self._quoted.inside(offset):
            return self.at(offset)
        heading = len(self._paragraphs) > 1 and offset < self._paragraphs[1]
        if FIRST_PERSON.match(self._text, offset) or heading and ISSUER.search(self._text[max(0, offset - 40):offset]):
            return self.home
        return self.at(offset)

    def of_organ(self, offset: int) -> str | None:
        """``of_voice``, and where the nearest earlier sentence of the paragraph names several
        countries, none the story's, the one its main clause's subject names: "Ukraine said
        that Russian troops shelled Kharkiv. The army said ..." is Ukraine's army (round 16b;
        for a state's forces, ``ORGAN_SECTORS``)."""
        found = self.of_voice(offset)
        return found if found is not None else self.at(offset, by_subject=True)

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` is inside quotation marks."""
        return self._quoted.inside(offset)

    def before(self, offset: int) -> str | None:
        """The country in focus at ``offset`` from what stands before it only (``at`` without
        the countries named later in its sentence): round 16c, bare titles (``bare.py``)."""
        marks = self._all if self._quoted.inside(offset) else self._outside
        k = max(0, bisect_right(self._sents, offset) - 1)
        found = self._between(marks, self._sents[k], offset)
        if found:
            return self._pick(found)
        para_start = self._paragraphs[bisect_right(self._paragraphs, self._sents[k]) - 1]
        while k > 0 and self._sents[k - 1] >= para_start:
            k -= 1
            found = self._between(marks, self._sents[k], self._sents[k + 1])
            if found:
                return self._pick(found)
        if self.story:
            return self.story
        while k > 0:  # the nearest earlier sentence that names any
            k -= 1
            found = self._between(marks, self._sents[k], self._sents[k + 1])
            if found:
                return self._pick(found)
        return None

    def of_complement(self, end: int) -> str | None:
        """The country of the mention that an actor noun ending at ``end`` is "of" ("the
        authorities of the United Republic of Tanzania", "the authorities of Italy and
        Germany": the first named), over the country in focus (round 33e16); not a state named as
        a hyphenated modifier ("the authorities of the Iranian-backed Houthi movement", round 33f7); a
        state, not an organisation or armed group with a country ("a delegation of Hamas", round 33 lead)."""
        m = OF_COMPLEMENT.match(self._text, end)
        if m is None or HYPHENED_MODIFIER.match(self._text, m.end()):
            return None
        offsets, countries = self._states
        i = bisect_left(offsets, m.end())
        return countries[i] if i < len(offsets) and offsets[i] == m.end() else None

    def at(self, offset: int, by_subject: bool = False) -> str | None:
        """The country in focus at ``offset`` (None when the text does not make it clear);
        outside quotation marks, the countries a quote names do not count ("'... Addis Ababa
        keeps moving the goal posts,' ministry spokesperson Karim Fawzy said")."""
        marks = self._all if self._quoted.inside(offset) else self._outside
        k = max(0, bisect_right(self._sents, offset) - 1)
        sent_start = self._sents[k]
        sent_end = self._sents[k + 1] if k + 1 < len(self._sents) else 10 ** 12
        found = self._between(marks, sent_start, offset)
        if found:
            return self._pick(found)
        para_start = self._paragraphs[bisect_right(self._paragraphs, sent_start) - 1]
        while k > 0 and self._sents[k - 1] >= para_start:
            k -= 1
            found = self._between(marks, self._sents[k], self._sents[k + 1])
            if found:
                picked = self._pick(found)
                if picked is None and by_subject and self._subjects_of is not None and not self._quoted.inside(offset):
                    if self._subjects is None:
                        found = sorted(self._subjects_of())
                        self._subjects = ([p for p, _ in found], [c for _, c in found])
                    picked = self._pick(self._between(self._subjects, self._sents[k], self._sents[k + 1]))
                return picked
        if self.story:
            return self.story
        found = self._between(marks, offset + 1, sent_end)
        if found or k == 0:
            return self._pick(found)
        # the paragraph names no country: the last sentence of the one before that names any
        before = self._paragraphs[bisect_right(self._paragraphs, self._sents[k - 1]) - 1]
        while k > 0 and self._sents[k - 1] >= before:
            k -= 1
            found = self._between(marks, self._sents[k], self._sents[k + 1])
            if found:
                return self._pick(found)
        return None


def focus_of(text: str, doc, groups: dict[str, Group], story: str | None, home: str | None = None) -> Focus:
    """The document's ``Focus`` from its sentences and the mentions of actors with a country;
    not named news media, whose home says nothing of where the story is ("Reuters reported";
    "Syrian state media" still places its sentence)."""
    marks, places, states = [], [], []
    sents, doc_chars = sentences(doc), doc_text(doc)
    if may_hold_ignorecase(doc_chars, BILL_WORD_STEMS):
        found = [m.start() for m in BILL_WORDS.finditer(doc_chars)]
        bills = SpanSet((s.start_char, s.end_char) for s in sents
                        if _names_bill(doc_chars, s.start_char, s.end_char, found))
    else:  # round 30s2: no bill word in the text, so in none of its sentences
        bills = SpanSet(())
    lines = re.finditer(r"^", text[:DATELINE_CHARS], re.M)
    opening = next(filter(None, (dateline_end(text, m.start()) for m in lines)), 0)  # a dateline places no bill
    for grp in groups.values():
        best = _best(grp.guesses)
        country = None if best.sector in UNPLACED_SECTORS and best.how == "entry" else best.country
        if country:
            marks.extend((s, country) for s, _ in grp.spans)
            if best.kind == "state":
                states.extend((s, country) for s, _ in grp.spans)
            if best.sector == "LEG" and best.kind != "person":
                places.extend((s, country) for s, _ in grp.spans if s >= opening)
            elif best.kind == "location":
                places.extend((s, country) for s, _ in grp.spans if s >= opening and bills.inside(s))
    def subjects() -> list[tuple[int, str]]:  # read only where a decision needs it (``Focus.of_organ``)
        heads = SpanSet((t.left_edge.idx, t.idx + len(t)) for t in doc
                        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT")
        return [(s, c) for s, c in marks if heads.inside(s)]
    return Focus(text, [s.start_char for s in sents], marks, story, places, home, subjects, states)


def _names_bill(text: str, start: int, end: int, found: list[int]) -> bool:
    """``BILL_WORDS.search(text[start:end])``, from where the matches of the whole text start
    (``found``) where no word runs across an end of the stretch (then a word boundary is one in
    the text and in the slice alike, and a match is inside the stretch or outside it), else by
    searching the slice."""
    if _WORD_PAIR.fullmatch(text, max(start - 1, 0), start + 1) or _WORD_PAIR.fullmatch(text, end - 1, end + 1):
        return BILL_WORDS.search(text[start:end]) is not None
    k = bisect_left(found, start)
    return k < len(found) and found[k] < end


def add_focus_country(text: str, groups: dict[str, Group], focus: Focus, resolver: Resolver,
                      day, doc=None, issuer: str | None = None) -> dict[str, Group]:
    """Give the actors that the text leaves unqualified ("police", "health officials",
    "the President", "Senate Minority Leader", a person introduced by a domestic title)
    the country in focus where they stand (``Focus``): titles and actor nouns are resolved
    again with the country as context (an office becomes its holder on the document
    date), other actors take the country. A generic noun is read at each of its mentions
    ("the coast guard" of a story about Greece and Turkey may be two actors); a named
    actor at its first mention with a country in focus. Groups that end with the same
    key are merged.

    With the parse (``doc``), a bare title is read by the rules of round 16c instead
    (``_bare_title_parts``; ``issuer``: the state issuing the document, ``bare.issuing_state``).

    Returns:
        the new groups (the input is left as it was).
    """
    words = resources.terms(INSTITUTION_WORDS_FILE)
    regimes = _named_regimes(text, groups)
    # round 33 (lead): the issuer's own bodies only where the text names the issuing state itself
    # (round 11: a publisher's state the text never speaks of is no issuer)
    named_issuer = issuer is not None and any(_best(g.guesses).country == issuer for g in groups.values())
    bodies = _placed_bodies(text, groups) if named_issuer else []  # read only by the issuer's-bodies rule
    out: dict[str, Group] = {}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if all(_foreign(t, resolver) for t in grp.texts):
            parts = [grp]
        elif doc is not None and best.how == "office:bare" and best.kind == "person":
            parts = _bare_title_parts(text, doc, grp, groups, focus, resolver, day, issuer)
        elif _domestic(best, words):
            at = focus.of_legislator if best.kind == "person" and best.sector == "LEG" else None
            if regimes[0] and best.how == "noun:bare" and all(_regime_word(t) for t in grp.texts):
                at = _after_named(regimes, focus.at)
            elif issuer and best.kind == "person" and best.role and best.sector != "LEG":
                # round 16c: "Foreign Minister Somchai Wongsakul" in a statement is the issuing state's
                # round 19d: "his Somali counterpart, Interior Minister X": Somalia's, not the issuer's
                at = lambda s, issuer=issuer: focus.of_voice(s) if focus.quoted(s) else \
                    _apposed_nationality(doc, s, resolver, day) or issuer  # noqa: E731
            elif named_issuer and best.kind != "person" and best.sector in ISSUER_BODY_SECTORS \
                    and all(_capitalised_body(t) for t in grp.texts) \
                    and not _other_states_body_before(bodies, grp, issuer):
                # round 33e16: "The Ministry has taken note of ..." in a statement is the issuing state's
                # round 33f7: not after "the Libyan Coast Guard" ("... and the Coast Guard returned them")
                at = lambda s, issuer=issuer: focus.of_voice(s) if focus.quoted(s) else issuer  # noqa: E731
            own = _own_named(grp, resolver)
            if at is None and best.sector in ORGAN_SECTORS and best.kind != "person" and not own:
                at = focus.of_organ
                if getattr(focus, "filed_only", False):  # round 23b: "the Cameroonian army ... the army"
                    at = _after_organ(groups, best.sector, at)
            elif at is None and best.kind == "person" and best.sector in ORGAN_SECTORS \
                    and getattr(focus, "filed_only", False):  # round 23b: "... the army. Colonel X said"
                at = _after_organ(groups, best.sector, None)
            where = focus
            if at is None and getattr(focus, "filed_only", False) and (_private(best, words) or own):
                where = _unfiled(focus)  # round 19b: a dateline places no private voice
                at = where.of_voice
            if doc is not None and best.kind == "person" and best.role and best.sector != "LEG":
                # round 26a: "Deputy Minister X said at a news conference in Vientiane": Laos's
                base = at or where.of_voice
                at = lambda s, base=base: _spoken_in_capital(doc, s, resolver, day) or base(s)  # noqa: E731
            parts = _localised(text, grp, best, where, resolver, day, at)
        elif best.country is None and best.how == "model:org":
            # "protesters of the Zimbabwe Youth Forum in Harare": its sentence's country only
            parts = _localised(text, grp, best, focus, resolver, day, focus.in_sentence)
        else:
            parts = [grp]
        for part in parts:
            known = out.get(part.key)
            out[part.key] = part if known is None else Group(
                part.key, known.guesses + part.guesses, known.spans + part.spans, known.texts + part.texts)
    return out


#: Capitalised words that a state's own bodies have in their names ("the Royal Army", "the
#: Presidential Guard"): no word of a body's own (``_own_named``).
STATE_BODY_WORDS = frozenset(("royal", "republican", "presidential", "armed", "forces", "force", "defence",
                              "defense", "special", "regular", "state", "central", "border", "territorial",
                              "general", "joint", "security", "staff", "supreme", "high", "command", "air",
                              "land", "ground", "naval", "military", "people's", "popular", "home", "interior",
                              "of", "the", "and", "for"))


def _own_named(grp: Group, resolver: Resolver) -> bool:
    """Round 23b: a force the KB does not know (army, police, intelligence: ``ORGAN_SECTORS``),
    named by capitalised words of which one is its own (no state, nationality, place or
    state-body word: "the Ambazonia Restoration Army"), is an actor of its own: not a state's organ its head noun
    names ("army": the government's troops) and, in a story placed by its dateline only, not of
    the dateline's country."""
    if not (grp.key or "").startswith("org:") or _best(grp.guesses).sector not in ORGAN_SECTORS:
        return False  # a state's forces only ("the Government of National Unity" is a government)
    words = resources.terms(INSTITUTION_WORDS_FILE)
    for mention in grp.texts:
        found = re.findall(r"[\w'\u2019-]+", mention)
        if found and found[0].lower() == "the":
            found = found[1:]
        if len(found) < 2 or not all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in found):
            return False
        own = [w for w in found[:-1] if w[:1].isupper() and w.lower() not in words
               and w.lower() not in STATE_BODY_WORDS and not resolver.kb.surface(key_of(w))]
        if not own:
            return False
    return bool(grp.texts)


def _after_organ(groups: dict[str, Group], sector: str, at):
    """Round 23b: in a story placed by its dateline only, a state's force named with its state
    before ("the Cameroonian army" in a report filed from Bern) is the bare noun of that force
    after it ("The army said ...", and a person of a force's title: "Colonel X, a military
    spokesman"), where the text names that force of one state only; else ``at``."""
    named = {}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.country and best.sector == sector and key == f"{best.country}:{sector}" and best.how == "noun":
            named[best.country] = min(s for s, _ in grp.spans)
    if len(named) != 1:
        return at
    (country, first), = named.items()
    return lambda offset: country if offset > first else (at(offset) if at else None)


def _regime_word(mention: str) -> bool:
    """Whether a mention ends with a word of ``REGIME_WORDS`` ("the regime", "regime")."""
    words = mention.lower().split()
    return bool(words) and words[-1] in REGIME_WORDS


def _named_regimes(text: str, groups: dict[str, Group]) -> tuple[list[int], list[str]]:
    """(offsets, countries) of the mentions ending with a word of ``REGIME_WORDS`` whose own
    words say whose they are ("the regime in Minsk", "the Belarusian regime"), in text order."""
    found = []
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.country and best.how not in BARE_HOWS:
            found.extend((s, best.country) for s, e in grp.spans if _regime_word(text[s:e]))
    found.sort()
    return [s for s, _ in found], [c for _, c in found]


def _after_named(named: tuple[list[int], list[str]], at):
    """``at`` for a bare regime word: the country of the regime named last before it, else ``at``'s."""
    offsets, countries = named

    def country(offset: int) -> str | None:
        k = bisect_left(offsets, offset)
        return countries[k - 1] if k else at(offset)
    return country


def _capitalised_body(name: str) -> bool:
    """Whether a body's mention is written as a name ("Ministry", "the Coast Guard"): its last word
    capitalised, the mention not in capitals ("MINISTRY OF FOREIGN AFFAIRS OF" in a heading) and not a
    common noun that opens a sentence ("Our government"): round 33 (lead)."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and not name.isupper()


def _placed_bodies(text: str, groups: dict[str, Group]) -> list[tuple[int, str, str]]:
    """(offset, head noun, country) of the mentions of the bodies the text places ("the Libyan
    Coast Guard", "the Embassy of Italy"): ``_other_states_body_before``."""
    return [(s, _head_noun(text[s:e]), best.country) for g in groups.values() for best in [_best(g.guesses)]
            if best.kind != "person" and best.country for s, e in g.spans]


def _head_noun(name: str) -> str:
    """The head noun of a body's name: the word before its first "of", else its last word
    ("Ministry of the Interior": "ministry", "Libyan Coast Guard": "guard")."""
    words = re.findall(r"[\w'’]+", name.split(" of ")[0])
    return fold(words[-1]).lower() if words else ""


def _other_states_body_before(bodies: list[tuple[int, str, str]], grp: Group, issuer: str) -> bool:
    """Whether a body of a state other than the issuer's with the group's head noun is named
    before the group's first mention: "the Coast Guard" after "the Libyan Coast Guard", "the
    Ministry" after "the Serbian Ministry of the Interior" are that state's, not the issuer's
    (round 33f7)."""
    first = min(s for s, _ in grp.spans)
    heads = {_head_noun(t) for t in grp.texts}
    return any(s < first and head in heads and country != issuer for s, head, country in bodies)


def _localised(text: str, grp: Group, best: ActorGuess, focus: Focus, resolver: Resolver, day,
               at=None) -> list[Group]:
    """The group resolved with the country in focus (``at``, by default ``focus.at``): one
    group per country for a generic noun; a named actor that none of its mentions places
    is of the country the document is issued from (``Focus.home``), if known."""
    at = at or focus.of_voice
    generic = best.how in ("noun", "office", *BARE_HOWS) and (best.key is None or best.key.startswith("org:"))
    spans = sorted(grp.spans)
    if generic:
        by_country: dict[str | None, list[tuple[int, int]]] = {}
        for s, e in spans:
            by_country.setdefault(focus.of_complement(e) or at(s), []).append((s, e))
    else:
        # a named actor that no mention places is the issuing country's ("Minister of Foreign
        # Affairs Kwon Seo-jin" in a statement from Seoul)
        by_country = {next(filter(None, (at(s) for s, _ in spans)), None) or focus.home: spans}
    out = []
    for country, part in by_country.items():
        texts = [text[s:e] for s, e in part] if generic else grp.texts
        state = resolver.kb.entries.get(country) if country else None
        if state is None:
            out.append(Group(grp.key, grp.guesses, part, texts))
            continue
        again = None
        if generic and texts and not _own_named(grp, resolver):
            said = " ".join(texts[0].split())  # "judge of the X Court": the court's name (round 26a)
            again = resolver.phrase(best.name if _of_body(said, best.name) else texts[0], day, context=state.name)
        if best.how == "office:bare" and (again is None or again.how != "office:holder"):
            guesses = grp.guesses  # a bare title whose holder is not known stays whose-unknown
        elif again is not None and again.country == country:
            guesses = [again]
        else:
            guesses = [replace(g, country=country, key=g.key or (f"{country}:{g.sector}" if g.sector else None),
                               how="noun" if g.how == "noun:bare" else g.how)
                       if g.country is None else g for g in grp.guesses]
        out.append(Group(group_key(_best(guesses)), guesses, part, texts))
    return out


def _bare_title_parts(text: str, doc, grp: Group, groups: dict[str, Group], focus: Focus, resolver: Resolver,
                      day, issuer: str | None) -> list[Group]:
    """A bare title's mentions, each of the state the rules of round 16c give (``bare.py``):
    joined to the document's person holding that state's office, else its KB holder (else,
    for "his foreign minister", that state's office); a mention no rule places stays
    whose-unknown (dropped by ``drop_bare_titles``, as before)."""
    from .bare import bare_title_country, plural, resolve_on

    words = resources.terms(INSTITUTION_WORDS_FILE)
    persons, where_of = [], {}
    for k, g in groups.items():
        b = _best(g.guesses)
        if k == grp.key or b.kind != "person" or b.how in BARE_HOWS or not b.role:
            continue
        spans = sorted(g.spans)
        where = b.country
        if where is None and _domestic(b, words):  # of the country in focus (``add_focus_country``)
            mine = issuer if issuer and b.sector != "LEG" else None
            where = next(filter(None, (focus.of_voice(s) if focus.quoted(s) or not mine else mine
                                       for s, _ in spans)), None) or focus.home
        persons.append((k, replace(b, country=where), spans[0][0]))
        where_of[k] = where
    # two groups can share a span, one of them of no country: order by the text, then the country
    places = sorted(((s, e, best.country) for g in groups.values()  # round 23b: one min per group
                     for best in [_best(g.guesses)] for s, e in g.spans),
                    key=lambda p: (p[0], p[1], p[2] or ""))

    def country_at(start: int, end: int) -> str | None:
        return next((c for s, e, c in places if c and s < end and start < e), None)

    by_place: dict[tuple, list[tuple[int, int]]] = {}
    for s, e in sorted(grp.spans):
        key, guess = None, None
        if not plural(doc, s, e):
            country, rule = bare_title_country(text, doc, s, e, focus, resolver, day, issuer, country_at)
            if country:
                key, guess = resolve_on(text[s:e], country, rule, s, resolver, day, persons)
        by_place.setdefault((key, guess), []).append((s, e))
    out = []
    for (key, guess), part in by_place.items():
        texts = [text[s:e] for s, e in part]
        if key is not None:
            where = where_of[key]
            out.append(Group(key, [replace(g, country=where) if g.country is None else g for g in groups[key].guesses],
                             part, texts))
        elif guess is not None:
            out.append(Group(group_key(guess), [guess], part, texts))
        else:
            out.append(Group(grp.key, grp.guesses, part, texts))
    return out


def drop_bare_titles(groups: dict[str, Group]) -> None:
    """A bare title ("the President", "the minister") or actor noun that needs a country
    ("officials", "the health ministry") is an actor only once it is known whose it is
    (``merge_offices``, ``add_focus_country``); otherwise it is dropped (the quote stage
    reads a bare title as a person named before)."""
    for key in [k for k, grp in groups.items() if all(g.how in BARE_HOWS for g in grp.guesses)]:
        del groups[key]


def link_pronouns(text: str, doc, groups: dict[str, Group]) -> None:
    """Add each person pronoun (he, him, his, she, her, ...) to the person it refers to
    (``pronouns.PronounLinker``); a pronoun with no person before it nor later in its
    clause starts a person the text does not name."""
    persons, mentions = {}, []
    for key, grp in groups.items():
        if _best(grp.guesses).kind != "person":
            continue
        persons[key] = next((g.gender for g in grp.guesses if g.gender), None) \
            or next(filter(None, (title_gender(text, s, e) for s, e in grp.spans)), None)
        mentions.extend((s, e, key) for s, e in grp.spans)
    for start, end, key, new in PronounLinker(doc, persons, mentions).link():
        if new is not None:
            groups[key] = Group(key, [unnamed_person(text[start:end], new)])
        groups[key].spans.append((start, end))


def to_actors(groups: dict[str, Group]) -> list[Actor]:
    out = []
    for grp in groups.values():
        best = _best(grp.guesses)
        sector = best.sector
        if best.kind == "state":
            sector = "GOV" if any(g.sector == "GOV" for g in grp.guesses) else None
        name = best.name
        first = " ".join(grp.texts[0].split()) if grp.texts else ""
        if best.how in ("noun", "model:org", "office") and grp.texts \
                and not (best.how == "model:org" and first.endswith(" " + name)) \
                and not (best.how in ("noun", "model:org") and _of_body(first, name)):
            name = grp.texts[0]  # a body's name less its nationality adjective stays so (round 22)
        spans = tuple(sorted(set(grp.spans)))
        out.append((spans[0][0] if spans else 10 ** 12, dict(
            name=" ".join(name.split()), kind=best.kind, country=best.country, sector=sector,
            role=best.role, mentions=spans, key=best.key)))
    out.sort(key=lambda pair: pair[0])
    return [Actor(id=f"a{i}", **fields) for i, (_, fields) in enumerate(out, 1)]  # ids in text order


def _of_body(said: str, name: str) -> bool:
    """Whether a mention reads "<people> of [the] <name>" ("judge of the Coastal Appeals Court"):
    a nameless person of a body read as the body keeps the body's name (round 26a)."""
    return len(name.split()) > 1 and (said.endswith(" of the " + name) or said.endswith(" of " + name))


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    name = name.strip()
    return standalone_spans(text, (name,)) if name else []  # (?<!\w)NAME(?!\w)


def add_people_behind(text: str, groups: dict[str, Group], resolver: Resolver, day, authors,
                      publisher: str | None) -> None:
    """The authors (role "author") and the publisher when the KB knows it as a body."""
    for author in authors or ():
        name = (author.name or "").strip()
        if not name:
            continue
        known = resolver.phrase(name, day, holders=False)
        if known is not None and known.kind == "person" and known.how == "entry":
            guess = replace(known, role="author")
        else:
            aff = resolver.phrase(author.affiliation, day) if author.affiliation else None
            sector = None
            if aff is not None:
                sector = aff.sector or ("GOV" if aff.kind == "state" else None)
            kind = "organization" if author.affiliation == EDITORIAL_BOARD else "person"  # round 34e17: the paper
            guess = ActorGuess(name, kind, aff.country if aff else None, sector, "author",
                               f"{kind}:{slug(name)}", "author")
        key = group_key(guess)
        grp = groups.get(key)
        if grp is None:  # a person found in the text under the same surname-less name
            grp = next((g for g in groups.values()
                        if any(fold(t) == fold(name) for t in g.texts)), None)
        if grp is None:
            grp = groups.setdefault(key, Group(key))
        grp.guesses.insert(0, replace(guess, how="entry" if guess.how == "entry" else "author"))
        grp.guesses = [replace(g, role="author") if g.kind == "person" else g for g in grp.guesses]
        found = _occurrences(text, name)
        words = name.split()
        if len(words) > 1:  # "Carvalho" after "Ines Carvalho"
            found += [o for o in _occurrences(text, words[-1])
                      if not any(s <= o[0] and o[1] <= e for s, e in found)]
        grp.spans.extend(found)
    if publisher:
        g = resolver.phrase(publisher, day)
        if g is not None and g.how == "entry" and g.kind in ("organization", "igo"):
            named = _longer_named_publisher(publisher, groups, resolver, g)
            if named is not None:  # round 25a: "Commission of Inquiry on X", not the KB's "Commission"
                named.guesses.insert(0, replace(_best(named.guesses), name=" ".join(publisher.split())))
                named.texts.insert(0, " ".join(publisher.split()))
                named.spans.extend(_occurrences(text, publisher))
                return
            grp = groups.setdefault(group_key(g), Group(group_key(g)))
            grp.guesses.append(g)
            grp.spans.extend(_occurrences(text, publisher))


def _longer_named_publisher(publisher: str, groups: dict[str, Group], resolver: Resolver, g: ActorGuess):
    """The group of a body the model found whose name opens the publisher's name, where the KB read
    the publisher by a shorter name of its own inside it ("Independent Panel Commission of Inquiry on
    X", read as the European Commission by "Commission"; the text's "Independent Panel Commission" is
    the body): None where the publisher's name is one of the entry's own or no such group is found."""
    entry = resolver.kb.entries.get(g.key) if g.key else None
    if entry is None or key_of(publisher) in {key_of(n) for n in (entry.name, *entry.aliases)}:
        return None
    whole = " ".join(publisher.split())
    found = [grp for grp in groups.values()
             if (best := _best(grp.guesses)).how == "model:org" and len(best.name.split()) > 1
             and whole.startswith(best.name + " ")]
    return found[0] if len(found) == 1 else None


#: Offices a state has one of, that act as institutions under their title alone ("the Auditor-General
#: warned in her report", "the Ombudsman found"): ``keep_sole_offices``.
SOLE_OFFICES = frozenset(("Auditor General", "Ombudsman"))
#: Words before a title that say it is no one state's sole office ("its own ombudsman", "a deputy auditor").
_NOT_SOLE = frozenset("a an its their his her our your deputy assistant former".split())


def keep_sole_offices(groups: dict[str, Group], focus: Focus) -> None:
    """A bare title of an office a state has one holder of (``SOLE_OFFICES``), written with a capital
    ("the Auditor-General"), is an actor of the country in focus at its first mention even when the
    knowledge base does not know the holder: the text argues about the office itself, and no named person
    stands behind the title for the quote stage to find. Other bare titles are left to ``drop_bare_titles``."""
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.how != "office:bare" or best.role not in SOLE_OFFICES or best.country is not None:
            continue
        words = [t.split() for t in grp.texts]
        if not all(w and w[-1][:1].isupper() and not _NOT_SOLE & {x.lower() for x in w[:-1]} for w in words):
            continue
        country = next(filter(None, (focus.at(s) for s, _ in sorted(grp.spans))), None)
        if country is not None:
            grp.guesses[:] = [replace(g, country=country, how="office") for g in grp.guesses]


def add_short_generic_names(text: str, groups: dict[str, Group]) -> None:
    """A generic actor noun written with a capital after "the" ("the Union has opened a second case",
    "the Alliance") is the one body of the document named in full whose name ends with that word
    ("the European Union ... the Union"), as ``add_short_names`` does for the model's one-word bodies;
    with two such bodies or none, or a mention without "the" before it, it is left alone."""
    bodies = _bodies_by_last_word(groups)
    for key in [k for k, grp in groups.items() if all(g.how == "noun:bare" for g in grp.guesses)]:
        grp = groups[key]
        names = {t.strip() for t in grp.texts}
        if len(names) != 1 or " " in (name := names.pop()) or not name[:1].isupper() \
                or not all(text[max(0, s - 4):s].lower() == "the " for s, _ in grp.spans):
            continue
        owner = bodies.get(name, ())
        if len(owner) == 1 and key not in owner:
            groups[next(iter(owner))].spans.extend(groups.pop(key).spans)


#: "her office", "his office": the office of the person the pronoun stands for (``add_offices_of_holders``).
_HOLDERS_OFFICE = re.compile(r"(?i)(her|his) (office|bureau)\b")


def add_offices_of_holders(text: str, groups: dict[str, Group]) -> None:
    """A mention "her office" / "his office" whose pronoun ``link_pronouns`` gave to a person ("The
    Auditor-General warned in her report ... Her office was right") is a mention of that person, the
    office holder, not of the state its bare noun was read as; "his government" stays the state's."""
    persons = {span: key for key, grp in groups.items() if _best(grp.guesses).kind == "person"
               for span in grp.spans}
    for key, grp in list(groups.items()):
        for s, e in list(grp.spans):
            m = _HOLDERS_OFFICE.match(text, s, e)
            owner = persons.get((s, s + len(m.group(1)))) if m else None
            if owner is not None and owner != key:
                grp.spans.remove((s, e))
                groups[owner].spans.append((s, e))
        if not grp.spans:
            del groups[key]


def add_company_short_names(groups: dict[str, Group]) -> None:
    """A name the model found alone (as an organisation or a person) that is a company's name of
    the document less its head word ("Meridian" beside "Meridian Petroleum", ``company_heads.en.txt``)
    is that company, when one company of the document has it (round 17b)."""
    heads = resources.terms(COMPANY_HEADS_FILE)
    short: dict[str, set[str]] = {}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        words = best.name.split()
        if best.kind == "organization" and len(words) > 1 and words[-1] in heads:
            short.setdefault(" ".join(words[:-1]), set()).add(key)
    if not short:
        return
    for key in [k for k, grp in groups.items() if all(g.how in MODEL_HOWS for g in grp.guesses)]:
        names = {t.removesuffix("'s").removesuffix("\u2019s") for t in _bare_texts(groups[key])}
        owner = short.get(names.pop(), ()) if len(names) == 1 else ()
        if len(owner) == 1 and key not in owner:
            groups[next(iter(owner))].spans.extend(groups.pop(key).spans)


def add_firms_read_as_persons(text: str, groups: dict[str, Group]) -> None:
    """Round 25a: a one-word name the model read as a person at some uses and that another use,
    right after a noun that describes a body, reads as an organisation ("the shipping firm Dastani
    ... Dastani said": round 24b's ``_described_as_body`` makes that use a body) is that body at
    every use, where the person's mentions are all that one word alone (no given name, title or
    pronoun). A name the model read both ways with no descriptor before it is left as it was."""
    orgs: dict[str, set[str]] = {}
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind == "organization" and best.how == "model:org" and len(best.name.split()) == 1 \
                and any(_DESCRIBED_BEFORE.search(text[max(0, s - 40):s]) for s, _ in grp.spans):
            orgs.setdefault(best.name, set()).add(key)
    if not orgs:
        return
    for key in [k for k, grp in groups.items() if all(g.how == "model:person" for g in grp.guesses)]:
        names = {t.strip().removesuffix("'s").removesuffix("\u2019s") for t in groups[key].texts}
        owner = orgs.get(names.pop(), ()) if len(names) == 1 else ()
        if len(owner) == 1:
            groups[next(iter(owner))].spans.extend(groups.pop(key).spans)


#: Nouns that stand for a company the text named before ("the company", "the operator"): the
#: words of ``BODY_DESCRIPTORS`` that name a business, not a party, union or armed group.
COMPANY_NOUNS = frozenset(("company", "firm", "operator", "miner", "producer", "carrier", "lender", "insurer",
                           "shipper", "exporter", "importer", "manufacturer", "refiner", "developer", "contractor",
                           "conglomerate", "supplier", "subsidiary"))
_COMPANY_NOUN = re.compile(r"\b(?:the|The)\s+(?P<w>" + "|".join(sorted(COMPANY_NOUNS)) + r")\b(?![-\w])(?!\s+of\b)"
                           r"(?!\s+[A-Z])")
_DESCRIBED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(BODY_DESCRIPTORS)) + r"),?\s+(?:the\s+)?$")


def add_company_nouns(text: str, groups: dict[str, Group]) -> None:
    """Round 25a: "the company", "the firm", "the operator" (``COMPANY_NOUNS``), "the" and the noun
    alone, is the company the text named last before it, at most ``GENERIC_HEAD_SENTENCES`` sentence
    ends before: "Westgate denied the claim ... the company said it would appeal" is Westgate, not a
    generic business actor. A company is an organisation whose name ends with a company head word
    ("Westgate Resources", ``company_heads.en.txt``), which a descriptor noun stands right before
    ("the tanker operator Sovkraft") or is apposed to ("The company, Kamsar Bay Logistics, ..."),
    or which the KB reads as a business. Left alone: "a company", "the company of ...", "the
    companies", a noun no company was named before, and one that a named body already holds."""
    heads = resources.terms(COMPANY_HEADS_FILE)
    firms: list[tuple[int, str]] = []
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind != "organization" or best.how in ("noun", "noun:bare") or best.name.islower():
            continue
        texts = {t.strip().removeprefix("the ").removeprefix("The ").lower() for t in grp.texts}
        firm = best.name.split()[-1] in heads or best.sector == "BUS" or bool(texts & BODY_DESCRIPTORS) \
            or any(_DESCRIBED_BEFORE.search(text[max(0, s - 40):s]) for s, _ in grp.spans)
        if firm:
            firms.extend((s, key) for s, _ in grp.spans)
    if not firms:
        return
    firms.sort()
    for hit in _COMPANY_NOUN.finditer(text):
        s, e = hit.span()
        before = [(s0, key) for s0, key in firms if s0 < s]
        if not before:
            continue
        s0, owner = before[-1]
        if owner not in groups or len(re.findall(r"[.!?][\"\u201d\u2019]?\s", text[s0:s])) > GENERIC_HEAD_SENTENCES:
            continue
        holders = [k for k, g in groups.items() for sp in g.spans if sp[0] < e and s < sp[1]]
        if any(_best(groups[k].guesses).how not in ("noun", "noun:bare") for k in holders):
            continue  # a named body's own mention ("The company, X, ...": X's already)
        for k in holders:
            groups[k].spans = [sp for sp in groups[k].spans if not (sp[0] < e and s < sp[1])]
            if not groups[k].spans:
                del groups[k]
        groups[owner].spans.append((s, e))


def addressed_surname(text: str) -> str | None:
    """The surname of a name written as a form of address and a surname alone ("Ms Lomu",
    "Mr. Aziz", "Dr Okafor"): such a mention is the person named in full elsewhere in the
    document ("Tevita Lomu"), not a second person (``add_surnames``); None for other texts."""
    from .resolve import ADDRESS_WORDS

    words = text.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in ADDRESS_WORDS and words[1][:1].isupper() \
            and words[1].replace("-", "").isalpha():
        return words[1]
    return None


#: Words before a plural title that make it the holders the text named ("the ministers", "both
#: ministers", "the two foreign ministers"), which a bare plural is not ("a meeting of foreign ministers").
DEFINITE_PLURAL_WORDS = frozenset("the both two three these those all its their our".split())
#: Words after which a bare plural title names some unnamed holders ("a meeting of foreign ministers",
#: "talks with ministers"); elsewhere, as a communique's subject ("Ministers also condemned ..."), a
#: bare plural is the holders the text named, as "the ministers" is.
GENERIC_PLURAL_AFTER = frozenset("of with among between for by to from".split())


def _bare_plural_titles(text: str, grp) -> bool:
    """Whether every mention of a bare-title group is a plural of its role's last word with no
    determiner ("foreign ministers" for the role "Foreign Minister" in "a meeting of foreign
    ministers"): a title of some unnamed people, which no single holder of the office is
    (``merge_offices``). "The two ministers", "both foreign ministers" and a bare plural that is no
    preposition's object ("Ministers also condemned ...") still join (and stand for the holders the
    text named last, see the events stage)."""
    lasts = {g.role.split()[-1].lower() for g in grp.guesses if g.role}
    if not grp.spans:
        return False
    for start, end in grp.spans:
        words = text[start:end].split()
        before = text[max(0, start - 12):start].split()
        w = words[-1].lower() if words else ""
        plural = w.endswith("s") and not w.endswith("ss") and w[:-1] in lasts or w.endswith("ies") and w[:-3] + "y" in lasts
        if not plural or words[0].lower() in DEFINITE_PLURAL_WORDS or not before or \
                before[-1].lower() not in GENERIC_PLURAL_AFTER:
            return False
    return True


#: Nouns that, apposed to a named official with a nationality adjective, say whose official he is
#: ("his Somali counterpart, Interior Minister X"; "X, her Ghanaian colleague") (round 19d).
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts", "colleague", "colleagues", "opposite number"})


#: Prepositions of the place a person speaks in ("said in Vientiane", "told reporters at a briefing in Lima").
SPEECH_PLACE_PREPS = frozenset(("in", "at"))


def _spoken_in_capital(doc, start: int, resolver: Resolver, day) -> str | None:
    """The state whose capital is where the titled person mentioned at ``start`` speaks: the
    person is the subject of a verb with an "in"/"at" phrase naming a capital, at most one noun
    away ("said in Vientiane", "said at a news conference in Vientiane"). A title of no country
    says nothing of whose official this is; the dateline's state or the story's is a worse guess
    than the capital the official speaks in (round 26a). None when no such phrase is found."""
    at = bisect_right(token_offsets(doc)[0], start) - 1  # no Token per word (round 26s2)
    if at < 0:
        return None
    tok = doc[at]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.i - tok.i < 6:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return None
    for prep in tok.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SPEECH_PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            places = [obj] + [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                              for o in p.children if o.dep_ == "pobj"]
            for place in places:
                if place.ent_type_ not in ("GPE", "LOC"):
                    continue
                g = resolver.phrase(doc[place.left_edge.i:place.i + 1].text, day, holders=False)
                if g is not None and g.how == "state:capital" and g.country:
                    return g.country
    return None


def _apposed_nouns(doc, start: int) -> list:
    """The nouns apposed to the name mentioned at ``start`` (the noun it is apposed to, those apposed
    to it, and the noun before a comma right before it where the parse missed the apposition); a
    name joined by "and" to an apposed one shares its nouns ("two Nigerien traders, A and B")."""
    at = bisect_right(token_offsets(doc)[0], start) - 1  # no Token per word (round 26s2)
    if at < 0:
        return []
    tok = doc[at]
    while tok.dep_ in ("compound", "flat", "nmod") and tok.head.i != tok.i and tok.head.i - tok.i < 6:
        tok = tok.head  # "Interior Minister Abdi Warsame": up to the name's head
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        tok = tok.head  # round 27a: "..., A and B": B as A
    nouns = [tok.head] if tok.dep_ == "appos" else []
    nouns += [c for c in tok.children if c.dep_ == "appos"]
    # the parse may miss the apposition: "... his Somali counterpart, Interior Minister X"
    left = doc[at]
    while left.i > 0 and doc[left.i - 1].tag_ in ("NNP", "NNPS") and at - left.i < 4:
        left = doc[left.i - 1]
    if left.i > 1 and doc[left.i - 1].text == ",":
        nouns.append(doc[left.i - 2])
    return nouns


def _apposed_nationality(doc, start: int, resolver: Resolver, day) -> str | None:
    """The state of a nationality adjective on a counterpart noun apposed to the person mentioned
    at ``start`` ("spoke with his Somali counterpart, Interior Minister Abdi Warsame": Somalia),
    which in a state's statement outranks the issuing state; ``None`` when there is none (round 19d)."""
    if doc is None:
        return None
    for noun in _apposed_nouns(doc, start):
        if noun.lower_ not in COUNTERPART_NOUNS:
            continue
        for mod in noun.children:
            if mod.dep_ in ("amod", "compound", "nmod") and mod.text[:1].isupper():
                g = resolver.phrase(mod.text, day, holders=False)
                if g is not None and g.country and g.kind == "state":
                    return g.country
    return None


#: Kinds of the actors whose staff a person named after a role noun may be (``add_staff_countries``; the named bodies of
#: ``add_definite_heads``).
STAFF_OWNER_KINDS = frozenset(("organization", "armed_group", "party", "igo", "state"))


def add_described_people(doc, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 27a: a person the knowledge base does not know takes the one state that a nationality
    word names in a common noun apposed to the name ("a Malian livestock trader, Mr Hamadou
    Sidibe", "two Nigerien businessmen, Mr A and Mr B"), over the country in focus where the
    name stands (a Beninese decree listing foreigners). Several such states decide nothing."""
    if doc is None:
        return
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.kind != "person" or any(g.how == "entry" for g in grp.guesses):
            continue
        states = {state for s, _ in grp.spans for noun in _apposed_nouns(doc, s)
                  if noun.pos_ == "NOUN" and (state := _descriptor_state(doc, noun, resolver, day))}
        if len(states) == 1:
            state = next(iter(states))
            grp.guesses = [replace(g, country=state) for g in grp.guesses]


#: Round 35e35: how deep ``_role_states`` follows an "of" chain ("Minister of Fisheries of Samoa").
MAX_OF_CHAIN = 3


#: Round 35e35 (review): the sectors of an office (``roles.yaml``) whose holder's state a role phrase
#: names; a word outside them ("author", "scholar", "professor", "chief of the ... bureau") names none.
ROLE_STATE_SECTORS = frozenset(("GOV", "LEG"))
#: Round 35e35 (review): role nouns outside ``roles.yaml`` that name a state's servant ("an official of").
ROLE_STATE_EXTRA = frozenset(("official",))


def _state_office(noun, resolver: Resolver) -> bool:
    """``noun`` is an office of a state: a ``roles.yaml`` title of government or parliament ("minister",
    "ambassador", "governor") or ``ROLE_STATE_EXTRA``; never a work, a subject or a posting."""
    if noun.lemma_.lower() in ROLE_STATE_EXTRA:
        return True
    role = resolver.kb.roles.get(key_of(noun.text))
    return role is not None and role.sector in ROLE_STATE_SECTORS


def _role_states(noun, resolver: Resolver, day) -> set[str]:
    """The states a role noun names as its own: a nationality word before it ("a former Dutch
    ambassador", "a former U.S. ambassador"), a state as its owner ("Malawi's Minister of Foreign
    Affairs") or at the end of an "of" chain ("a former Minister of Fisheries of Samoa"); never a posting
    or a workplace ("to", "in", "at": "ambassador to West Africa", "a fellow at a university in Zomba").
    Round 35e35 (review): only of an office of a state (``_state_office``): "the author of The Rise of
    China", "a scholar of Iran", "the chief of the Reuters bureau of Ukraine" name no state of theirs."""
    doc, found = noun.doc, set()
    if not _state_office(noun, resolver):
        return found
    if (state := _descriptor_state(doc, noun, resolver, day)) is not None:
        found.add(state)
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"]
    tok = noun
    for _ in range(MAX_OF_CHAIN):
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not of:
            break
        tok = of[0]
        owners.append(tok)
    for owner in owners:
        if owner.pos_ != "PROPN":
            continue
        phrase = doc[owner.left_edge.i:owner.i + 1].text if owner.dep_ != "compound" else owner.text
        phrase = phrase[:-2] if phrase.endswith("'s") else phrase
        g = resolver.phrase(phrase, day, holders=False)
        if g is not None and g.kind == "state" and g.country:
            found.add(g.country)
    return found


def add_writer_nationality(doc, groups: dict[str, Group], resolver: Resolver, day, authors) -> None:
    """Round 35e35: a bylined writer the knowledge base does not know takes the one state that a
    sentence saying what the writer is or was names in the role ("Helena Marquart is a former Dutch
    ambassador to West Africa", "X was Malawi's Minister of Foreign Affairs", "X is a former Minister
    of Fisheries of Samoa": ``_role_states`` of the copula's complements); several such states, or
    none, decide nothing."""
    if doc is None or not authors:
        return
    names = {fold(a.name.strip()) for a in authors if a.name and a.name.strip()}
    starts = token_offsets(doc)[0]
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.kind != "person" or best.role != "author" or best.country or fold(best.name) not in names or \
                any(g.how == "entry" for g in grp.guesses):
            continue
        states: set[str] = set()
        for start, end in set(grp.spans):
            # any word of the name may be the subject (the parser may split "Helena | Marquart is ...")
            for at in range(max(bisect_right(starts, start) - 1, 0), bisect_left(starts, end)):
                tok = doc[at]
                if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
                    continue
                for attr in (c for c in tok.head.children if c.dep_ == "attr"):
                    for noun in conjuncts(attr):
                        states |= _role_states(noun, resolver, day)
        if len(states) == 1:
            state = next(iter(states))
            grp.guesses = [replace(g, country=state) for g in grp.guesses]


def add_staff_countries(text: str, doc, groups: dict[str, Group]) -> None:
    """Round 28a1: a person the knowledge base does not know, named after a role noun apposed to the
    name whose owner is a body or state the text built ("its editor-in-chief, Marta Lozano", "the
    consortium's managing director, Liu Wenbo", "a spokesman for the committee, Farrukh Nazarov"),
    takes that owner's country, over the country in focus. "its"/"their" is the nearest body or
    state mentioned before it in the paragraph; an owner with no country (an IGO) among the owners
    found leaves the person as it was."""
    if doc is None:
        return
    owners = sorted((s, e, key) for key, grp in groups.items() if _best(grp.guesses).kind in STAFF_OWNER_KINDS
                    for s, e in grp.spans)
    if not owners:
        return
    quoted = SpanSet((m.start(), m.end()) for m in QUOTED.finditer(text))
    unquoted = [o for o in owners if not quoted.inside(o[0])]  # "its": no body named inside a quotation
    starts, free = [s for s, _, _ in owners], [s for s, _, _ in unquoted]
    for grp in groups.values():
        if _best(grp.guesses).kind != "person" or any(g.how == "entry" for g in grp.guesses):
            continue
        found = set()
        for s, _ in grp.spans:
            for noun in _apposed_nouns(doc, s):
                if noun.pos_ != "NOUN":
                    continue
                for tok in [c for c in noun.children if c.dep_ == "poss"] + [
                        o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        for o in p.children if o.dep_ == "pobj"]:
                    if tok.lower_ in ("its", "their"):
                        at = bisect_left(free, tok.idx) - 1
                        hit = unquoted[at] if at >= 0 and "\n" not in text[unquoted[at][1]:tok.idx] else None
                    else:
                        at = bisect_right(starts, tok.idx) - 1
                        hit = owners[at] if at >= 0 and owners[at][1] >= tok.idx + len(tok) else None
                        if hit is None and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
                            hit = _named_with_head(text, owners[:bisect_left(starts, tok.idx)], tok.text)
                    if hit is not None:
                        found.add(_best(groups[hit[2]].guesses).country)
        if len(found) == 1 and None not in found:
            state = next(iter(found))
            grp.guesses = [replace(g, country=state) for g in grp.guesses]


def _named_with_head(text: str, owners: list, noun: str):
    """The last of ``owners`` (spans before a definite noun, in order) whose name holds the noun as
    a capitalised word ("a spokesman for the committee" after "the State Committee for National
    Security"), or None."""
    word = re.compile(r"\b" + re.escape(noun.capitalize()) + r"\b")
    return next((o for o in reversed(owners) if word.search(text, o[0], o[1])), None)


#: Sectors of people who speak for no state: a nurse, a charity's worker, a reporter (round 19b).
PRIVATE_SECTORS = frozenset(("NGO", "HLH", "MED", "EDU", "CVL", "LAB"))


def _private(guess: ActorGuess, institution_words: frozenset[str]) -> bool:
    """Round 19b: an actor that no state speaks through: a person without a title, a group or an
    organisation that is none of a state's bodies ("the family", "reporters", "a medical charity",
    "security analysts"). A wire report's dateline ("MUSCAT, Nov 29 (Wire) -") does not give
    them the country it is filed from (``Focus.filed_only``)."""
    if guess.kind == "person":
        return not guess.role or guess.sector in PRIVATE_SECTORS
    if guess.kind not in ("group", "organization") or guess.sector in STATE_SECTORS:
        return False
    return not any(w.lower() in institution_words for w in re.findall(r"[\w-]+", guess.name))


def _unfiled(focus: Focus) -> Focus:
    """The same ``Focus`` without the story's country (round 19b: read from the dateline only)."""
    from copy import copy

    found = getattr(focus, "_unfiled", None)
    if found is None:
        found = copy(focus)
        found.story = None
        found.filed_only = False
        found.home = None  # nor does the place it is filed from
        start, end = getattr(focus, "filed_at", None) or (0, 0)

        def unplaced(marks):  # the dateline's own place names no one's country
            kept = [(p, c) for p, c in zip(*marks) if not start <= p < end]
            return [p for p, _ in kept], [c for _, c in kept]
        found._all, found._outside = unplaced(focus._all), unplaced(focus._outside)
        focus._unfiled = found
    return found


def dateline_span(text: str, title_span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where a report's opening dateline stands ("NAIROBI, Dec 1 (Wire) -"), if it has one (round 19b)."""
    place = _BLANKS.match(text, title_span[1] if title_span else 0).end()
    end = dateline_end(text, place)
    return None if end is None else (place, end)


def add_issuing_state(text: str, groups: dict[str, Group], resolver: Resolver, day, publisher: str | None,
                      issuer: str | None, sections) -> None:
    """Round 20: a statement whose publisher is a state's body ("Ministry of Foreign Affairs of
    Estonia", "Embassy of India in Canada") and whose text never names that state ("The Ministry
    summoned the Russian charge d'affaires ...", "Estonian airspace"): the state is an actor of its
    own, with no mention, so that the events stage has an issuer for "The Ministry", "we" and the
    operative clauses. Nothing for a publisher of another kind, a document with no statement
    section, a state the text already names, or one it never speaks of by an adjective or its
    capital ("Estonian airspace", "Tallinn"): a publisher's state the text does not attest may be
    wrong metadata (round 11 gives no issuer then)."""
    if not publisher or not issuer or not any(getattr(s, "kind", None) == "statement" for s in sections or ()):
        return
    if any(g.kind == "state" and g.country == issuer for grp in groups.values() for g in grp.guesses):
        return
    g = resolver.phrase(publisher, day, holders=False)
    if g is None or g.kind != "state" or g.country != issuer or not _attested(text, issuer, resolver, day):
        return  # round 11: a publisher naming a state the text never speaks of gives no issuer
    key = group_key(g)
    if key in groups:
        return
    groups[key] = Group(key, [replace(g, how="state:name", role=None)])


#: Lower-case particles a surname opens with before a hyphen ("al-Mansouri", "el-Sisi", "bin-Salman").
SURNAME_PARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ibn", "bin", "abu"))


def _particle_surname(word: str) -> bool:
    """Round 20: "Adel al-Mansouri ... al-Mansouri said": a surname that opens with a lower-case
    particle and a hyphen before a capitalised word is a surname ``add_surnames`` looks for too."""
    head, _, rest = word.partition("-")
    return head in SURNAME_PARTICLES and rest[:1].isupper()


def _attested(text: str, country: str, resolver: Resolver, day) -> bool:
    """Whether ``text`` speaks of the state ``country`` by a capitalised word or two that the
    knowledge base reads as that state (its adjective, capital or name: "Estonian", "New Delhi")."""
    words = re.findall(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", text)
    for w in dict.fromkeys(words):
        for phrase in (w, w.split()[0]):
            g = resolver.phrase(phrase, day, holders=False)
            if g is not None and g.kind == "state" and g.country == country:
                return True
    return False


#: Words that open an operation's or a programme's name and that its short form leaves out
#: ("Operation Sentinelle Bleue" ... "Sentinelle Bleue"): ``add_leading_short_names``.
NAME_OPENING_WORDS = frozenset(("Operation", "Mission", "Project", "Programme", "Program"))
#: Kinds of a named actor whose first words may stand for it later in the text.
SHORT_NAMED_KINDS = frozenset(("organization", "group", "armed_group", "person"))
#: How a short form may have been read: by the model or a generic word alone, or as a place the
#: model took it for ("Norrland said" tagged GPE), never by a knowledge-base entry.
SHORT_FORM_HOWS = MODEL_HOWS | frozenset(("model:place",))


def add_leading_short_names(text: str, groups: dict[str, Group], role_of=None) -> None:
    """A name the model found alone that is the first word or words of one longer name the document
    gives an organisation, group or operation ("Norrland Marine Assurance" ... "Norrland said";
    "Operation Sentinelle Bleue" ... "Sentinelle Bleue"), or the given name of one person named in
    full ("Mesfin Tadesse" ... "Mesfin said") in a text that never calls that person by the surname
    alone, where the given name is no other person's surname nor a given name of ``given_names.tsv``
    (a text that writes "Khashoggi" may mean a relative by "Jamal"; round 24a: a listed given name
    and a text that uses the surname do count where two people named in full share that surname, as
    the given names are then how the text tells them apart), is that actor, with
    its country, not a second actor (round 21). A short form the knowledge base reads ("Kenya" beside
    "Kenya Airways") is the state; a short form two actors' names open with is left alone, and so is
    an office ("Ministers welcomed ..." beside a title read as a body, "Ministers of Foreign Affairs
    of"): a word ``role_of`` (the knowledge base's titles) reads as a title, in the singular too."""
    opening: dict[str, set[str]] = {}
    surnames: set[str] = set()
    family: dict[str, set[str]] = {}  # surname -> the persons named in full with it
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind not in SHORT_NAMED_KINDS:
            continue
        for t in {t.strip() for t in grp.texts} | {best.name}:
            words = t.removeprefix("the ").removeprefix("The ").split()
            if best.kind == "person":
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    surnames.add(words[-1])
                    family.setdefault(words[-1], set()).add(key)
                    opening.setdefault(words[0], set()).add(key)
                continue
            opened = bool(words) and words[0] in NAME_OPENING_WORDS
            if opened:
                words = words[1:]
            if not words or not all(w[:1].isupper() or w in ("of", "and", "&") for w in words):
                continue
            for n in range(1, len(words)):
                if words[n - 1][:1].isupper() and words[n - 1] not in ("of", "and", "&"):
                    opening.setdefault(" ".join(words[:n]), set()).add(key)
            if opened:  # "Agenor" for "Operation Agenor"
                opening.setdefault(" ".join(words), set()).add(key)
    if not opening:
        return
    for key in [k for k, grp in groups.items() if all(g.how in SHORT_FORM_HOWS for g in grp.guesses)]:
        if key not in groups:
            continue
        names = {t.removesuffix("'s").removesuffix("\u2019s") for t in _bare_texts(groups[key])}
        if len(names) != 1:
            continue
        name = names.pop()
        owner = opening.get(name, set()) - {key}
        if len(owner) != 1 or not name[:1].isupper() or role_of is not None and (
                role_of(name) or role_of(name.removesuffix("s"))):
            continue
        target = next(iter(owner))
        if target not in groups:
            continue
        best = _best(groups[target].guesses)
        kin = best.kind == "person" and len(family.get(best.name.split()[-1] if best.name else "", ())) > 1
        if best.kind == "person" and (" " in name or name in surnames or not kin and (
                given_name_gender(name) or _called_by_surname(text, groups[target]))):
            continue  # a text that calls the person by the surname or a listed given name: maybe a relative
            # round 24a: unless two people named in full share the surname ("Kamran Sadeghi" and
            # "Leila Sadeghi"): the text tells them apart by their given names, "Leila" is hers
        groups[target].spans.extend(groups.pop(key).spans)


#: Words a generic noun may carry before the head it shares with a body the text named ("the
#: international federation" for "the International Skating Federation").
GENERIC_HEAD_MODIFIERS = frozenset(("international", "national", "federal", "world", "global", "regional", "state"))
#: One-word heads that may stand for the one named body ending with them ("the court" for "the
#: Federal High Court"); a longer head ("the coast guard") needs no list.
GENERIC_BODY_HEADS = frozenset(("court", "tribunal", "federation", "commission", "council", "agency", "company",
                                "consortium", "insurer", "bank", "committee", "authority", "board"))


def add_generic_heads_of_named(text: str, groups: dict[str, Group]) -> None:
    """A generic noun in lower case ("the coast guard", "the court", "the international federation")
    whose words end with the last word(s) of the one organisation the text named by a capitalised
    name ("the Hellenic Coast Guard", "the Federal High Court", "the International Rowing
    Federation"), after that name, is that organisation and takes its country and sector, not a
    sector actor of its own (round 21). With two such named bodies, or words of its own that the
    name lacks ("the coast guard of Turkey"), it is left alone."""
    named: list[tuple[str, list[str], int, bool]] = []
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind not in ("organization", "igo") or not (best.how in ("entry", "model:org")
                                                            or (best.key or "").startswith("org:")):
            continue  # a body the KB knows, the model found or a name read by its head ("Lakeside Commercial Court")
        for s, e in grp.spans:
            words = text[s:e].strip().removeprefix("the ").removeprefix("The ").split()
            if len(words) > 1 and all(w[:1].isupper() or w in ("of", "and", "for") for w in words):
                named.append((key, [w.lower() for w in words], s, best.how == "entry"))
    if not named:
        return
    for key in [k for k, grp in groups.items() if all(g.how in ("noun", "noun:bare") for g in grp.guesses)]:
        grp = groups[key]
        for s, e in list(grp.spans):
            mention = text[s:e].strip()
            words = mention.lower().removeprefix("the ").removesuffix("'s").removesuffix("\u2019s").split()
            if not words or not mention[:1].islower() and not mention.startswith("The ") \
                    or re.search(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+$", text[max(0, s - 9):s]):
                continue  # "a court in Mombasa": another one
            owners = set()
            for owner, name, at, known in named:
                if at >= s or owner == key or name[-1] != words[-1] or known and len(words) == 1:
                    continue  # "the court" of a body the KB knows: ``Recognizer._referring_bodies`` (round 16b)
                tail_ok = name[-len(words):] == words
                if not tail_ok:
                    core = [w for w in words if w not in GENERIC_HEAD_MODIFIERS]
                    tail_ok = bool(core) and len(core) < len(words) and name[-len(core):] == core
                if tail_ok and (len(words) > 1 or words[-1] in GENERIC_BODY_HEADS):
                    owners.add(owner)
            if len(owners) == 1 and _nearest_of_its_head(text, s, words[-1], groups[next(iter(owners))].spans):
                grp.spans.remove((s, e))
                groups[next(iter(owners))].spans.append((s, e))
        if not grp.spans:
            del groups[key]


#: How many sentence ends may stand between a generic head and the named body's last mention.
GENERIC_HEAD_SENTENCES = 3


def _nearest_of_its_head(text: str, start: int, head: str, spans) -> bool:
    """Whether the last use of the word ``head`` before ``start`` is a mention of the named body
    (``spans``) ("A court in Moscow" between the Federal High Court and "the court" is another
    court), at most ``GENERIC_HEAD_SENTENCES`` sentence ends before it."""
    uses = [m.start() for m in re.finditer(r"\b" + re.escape(head) + r"\b", text[:start], re.I)]
    if not uses:
        return False
    last = uses[-1]
    if not any(s0 <= last < e0 for s0, e0 in spans):
        return False
    return len(re.findall(r"[.!?][\"\u201d\u2019]?\s", text[last:start])) <= GENERIC_HEAD_SENTENCES


def _called_by_surname(text: str, grp: Group) -> bool:
    """Whether one of a person's mentions is the last word of the person's full name alone ("Tadesse")."""
    full = [t.split() for t in grp.texts if len(t.split()) > 1]
    surnames = {words[-1] for words in full}
    return any(text[s:e].strip() in surnames for s, e in grp.spans)


#: A body's name apposed to a descriptor with "a"/"an" ("the International Maritime Security
#: Construct, a coalition of 11 navies"): the descriptor's noun is a head word of the body (round 23).
_APPOSED_NOUN = re.compile(r",\s+an?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{4,})\s+"
                           r"(?:of|led|based|set|formed|founded|created|that|which|made|with)\b")
#: Words of a name that may stand between its capitalised words.
_NAME_GLUE = frozenset(("of", "and", "for", "on", "the", "de", "du", "des", "la"))
#: "Observers from the SADC", "monitors from the African Union": the group belongs to the body after
#: "from" (round 23; a state after "from" gives its country as before: "troops from Chad").
_FROM_BODY_AT = re.compile(r"\b(?P<group>[Oo]bservers|[Mm]onitors|[Ee]xperts|[Ii]nspectors|[Dd]elegates|[Ee]nvoys|[Mm]ediators"
                           r"|[Oo]fficials)\s+from\s+(?:the\s+)?")


#: "the mission", "the observer mission" after observers from one body (``add_definite_heads``).
_THE_MISSION = re.compile(r"\b[Tt]he\s+(?:observer\s+|monitoring\s+)?(?P<w>mission)\b(?!\s+of\b)")


#: "the faction", "the holdout faction" (``add_sole_faction``).
FACTION = re.compile(r"\b[Tt]he\s+((?:(?:holdout|hold-out|largest|main|armed|rebel|breakaway|splinter)\s+){0,2}"
                     r"faction)\b(?!s|\s+of\b)")


def add_sole_faction(text: str, groups: dict[str, Group], resolver: Resolver) -> None:
    """Round 23b: "the faction" / "the holdout faction" in a text that names one armed group of
    its own (a rebel group the KB knows, or a force named by words of its own: ``_own_named``)
    is that group, before or after its name ("the largest armed faction refused ... The
    Ambazonia Restoration Army stayed away"). With two such groups named it is left alone."""
    if "faction" not in text:
        return
    rebels = [k for k, g in groups.items()
              if _best(g.guesses).sector == "REB" and _best(g.guesses).kind == "armed_group"
              and _best(g.guesses).how == "entry" or _own_named(g, resolver)]
    if len(rebels) != 1:
        return
    taken = [(s, e) for g in groups.values() for s, e in g.spans]
    for m in FACTION.finditer(text):
        s, e = m.span(1)
        if not any(s < e0 and s0 < e for s0, e0 in taken):
            groups[rebels[0]].spans.append((s, e))


def add_definite_heads(text: str, groups: dict[str, Group], doc=None) -> None:
    """Round 23: "the federation", "the Bank", "the coalition", "the Authority's data": "the" and the
    head word of exactly one organisation the text named before by a capitalised name ("the
    Mediterranean Bar Federation ... the federation") or of a descriptor apposed to that name ("the
    International Maritime Security Construct, a coalition of 11 navies ... the coalition") is a
    mention of that body, where the last use of the word before it is that body's and no other
    named body or state has the word as its head ("the Russian Federation" beside a federation of
    lawyers: neither). Not before "of" ("the bank of the river"), not in a plural ("the banks"), not
    for a name whose last word is a plural ("American Airlines ... the airlines"), not more than
    three sentences after the last use of the word, not as a noun's modifier ("the court ruling").
    A group of observers or experts "from" a named body is a mention of that body, and where
    observers came from one body only and no mission was named before, "the mission" is it too."""
    named: list[tuple[int, str, set[str], bool]] = []
    described: list[tuple[str, int, int]] = []
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind not in STAFF_OWNER_KINDS:
            continue
        heads, first = set(), None
        for s, e in sorted(grp.spans):
            words = text[s:e].strip().split()
            if words and words[0] in ("the", "The"):
                words = words[1:]
            if len(words) > 1 and words[-1][:1].isupper() and words[0][:1].isupper() \
                    and all(w[:1].isupper() or w in _NAME_GLUE for w in words):
                heads.add(words[-1].lower().removesuffix("'s").removesuffix("\u2019s"))
                if best.how == "model:org" and "of" in words[2:]:  # round 28a1: "the Law Society of Kenya"
                    heads.add(words[words.index("of", 2) - 1].lower())
                first = s if first is None else first
                m = _APPOSED_NOUN.match(text, e)
                if m and best.kind != "state":
                    heads.add(m.group("noun"))
                    described.append((key, m.start("noun"), m.end("noun")))
        if heads:
            named.append((first, key, heads, best.kind == "state"))
    for key, s, e in described:
        if key in groups:
            _take_span(text, groups, key, s, e, apposed=True)  # the descriptor itself: "a coalition of 11 navies"
    # a plural head ("American Airlines ... the airlines") is a generic group of that noun
    words = sorted({h for *_, hs, _ in named for h in hs
                    if h.isalpha() and not (h.endswith("s") and not h.endswith(("ss", "us", "is")))})
    if words:
        for s, e, w in _definite_uses(text, words):
            w = w.lower()
            owners = {(key, state) for first, key, hs, state in named if w in hs and first < s}
            if len(owners) != 1 or next(iter(owners))[1]:
                continue
            owner = next(iter(owners))[0]
            if owner not in groups or not _last_use_is(text, s, w, groups[owner].spans) or _modifier(doc, s, e):
                continue
            _take_span(text, groups, owner, s, e)
    bodies = {s: key for key, grp in groups.items()  # round 23b: one min per group, not per span
              if _best(grp.guesses).kind in ("organization", "igo") for s, _ in grp.spans}
    observed = []
    for hit in _FROM_BODY_AT.finditer(text):
        owner = bodies.get(hit.end())
        if owner is not None:
            _take_span(text, groups, owner, *hit.span("group"))
            if hit.group("group").lower() in ("observers", "monitors"):
                observed.append((hit.start(), owner))
    if len({owner for _, owner in observed}) == 1 and not re.search(r"(?i)\bmissions?\b", text[:observed[0][0]]) \
            and not any("mission" in hs for *_, hs, _ in named):
        owner = observed[0][1]  # "Observers from the SADC ... The mission, led by ...": the observers' body
        for hit in _THE_MISSION.finditer(text, observed[0][0]):
            if owner in groups:
                _take_span(text, groups, owner, *hit.span("w"))


def _modifier(doc, s: int, e: int) -> bool:
    """Whether the word at ``s:e`` modifies a noun after it ("the court ruling") in the parse."""
    span = doc.char_span(s, e) if doc is not None else None
    return span is not None and len(span) == 1 and span[0].dep_ in ("compound", "amod", "nmod") \
        and span[0].head.i > span[0].i


#: "the" / "The" and the run of word characters after it, where neither "of" nor a hyphen or another
#: word character follows the run: the candidates of ``_definite_uses``, one pattern for every document.
_THE_WORD = re.compile(r"\b(?:the|The)\s+(?=(?P<w>\w+)(?!\s+of\b)(?![-\w]))")


def _definite_uses(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """The start, end and text of each word of ``words`` (lower-case, alphabetic) after "the" in
    ``text``, in any case, not before "of" or a hyphen: the matches of ``finditer`` with the pattern
    ``\\b(?:the|The)\\s+(?P<w>(?i:<words>))\\b(?!\\s+of\\b)(?![-\\w])``, without compiling that pattern
    for each document's words where they are ASCII (~0.3 ms a compile, a new one per document):
    an ASCII run matches an ASCII word in any case exactly when its lower case is the word (the
    other characters ``re`` folds onto ASCII letters, as the long s onto "s", are not ASCII); a run
    that is not ASCII is matched as the pattern would. A run starts no match inside the one before
    it (``finditer`` goes on after a match's word)."""
    alternation = "|".join(map(re.escape, words))
    if not all(map(str.isascii, words)):
        pattern = re.compile(r"\b(?:the|The)\s+(?P<w>(?i:" + alternation + r"))\b(?!\s+of\b)(?![-\w])")
        return [(*hit.span("w"), hit.group("w")) for hit in pattern.finditer(text)]
    listed, out, after = frozenset(words), [], 0
    for hit in _THE_WORD.finditer(text):
        w = hit["w"]
        if (w.lower() in listed if w.isascii() else re.fullmatch("(?i:" + alternation + ")", w)) \
                and hit.start() >= after:
            s, after = hit.span("w")
            out.append((s, after, w))
    return out


def _last_use_is(text: str, start: int, word: str, spans) -> bool:
    """Whether the last use of ``word`` before ``start`` is inside one of ``spans``, at most
    ``GENERIC_HEAD_SENTENCES`` sentence ends before it (as round 16b's referring nouns)."""
    uses = [m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text[:start], re.I)]
    return bool(uses) and any(s0 <= uses[-1] < e0 for s0, e0 in spans) \
        and len(re.findall(r"[.!?][\"\u201d\u2019]?\s", text[uses[-1]:start])) <= GENERIC_HEAD_SENTENCES


def _take_span(text: str, groups: dict[str, Group], owner: str, s: int, e: int, apposed: bool = False) -> None:
    """Give the words ``text[s:e]`` to the group ``owner``: added where no actor holds them; taken
    from a generic noun's group whose mention starts with them ("Authority's data", "coalition")
    where every mention of that group starts with the same word (the judges that hold "the court's
    president" stay one actor), or, for a descriptor apposed to the body (``apposed``), alone."""
    holders = [(k, sp) for k, g in groups.items() for sp in g.spans if sp[0] < e and s < sp[1]]
    if not holders:
        groups[owner].spans.append((s, e))
        return
    if len(holders) != 1 or holders[0][0] == owner:
        return
    k, sp = holders[0]
    grp = groups[k]
    best = _best(grp.guesses)
    if sp[0] != s or best.how not in ("noun", "noun:bare") or best.kind == "person" \
            or (best.key or "").startswith("org:") or grp.guesses and any(g.how == "entry" for g in grp.guesses):
        return
    def first(s0: int, e0: int) -> str:
        m = re.match(r"\s*([\w-]+)", text[s0:e0])
        return m.group(1).lower() if m else ""

    if not apposed and any(first(s0, e0) != first(s, e) for s0, e0 in grp.spans):
        return
    grp.spans.remove(sp)
    groups[owner].spans.append(sp)
    if not grp.spans:
        del groups[k]


#: "a Marshall Islands-flagged oil tanker", "the Panama-flagged bulk carrier Blue Wren": the flag
#: state of a vessel and, where the name follows, its name (round 23, ``add_flag_states``).
_FLAGGED = re.compile(r"\b(?P<flag>[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,3})-flagged\s+(?:[a-z][\w-]*\s+){0,3}?"
                      r"(?:tanker|vessel|ship|freighter|carrier|trawler|boat|yacht|ferry|dhow|barge)s?\b"
                      r"(?:,?\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*))?")
#: Words right after a name that tell it is a vessel's ("The Silver Heron, carrying fuel oil").
_SHIP_WORDS = re.compile(r"(?i)\b(?:carrying|tonnes|cargo|sailed|sailing|docked|boarded|anchored|moored|crew|"
                         r"aground|hull|flagged|sank|capsized)\b")


def add_flag_states(text: str, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 23: a vessel's country is its flag. A fragment the model cut at the hyphen of a flag
    compound ("Marshall Islands-" of "a Marshall Islands-flagged tanker") is no actor; in a text
    with one flag state, a name the knowledge base does not know that names the vessel ("the
    Liberia-flagged tanker Amber Gull", or "the" and a name that its next words tell is a ship:
    "The Silver Heron, carrying fuel oil, was boarded") takes the flag state as its country, not the
    owner's ("a Greek-owned, Liberia-flagged tanker") or the country in focus."""
    if "-flagged" not in text:
        return  # round 30s2: every match of ``_FLAGGED`` holds it (no flag state: nothing below is done)
    flags: dict[str, list] = {}
    for m in _FLAGGED.finditer(text):
        g = resolver.phrase(m.group("flag"), day)
        if g is not None and g.kind == "state" and g.key:
            flags.setdefault(g.key, []).append(m)
    if not flags:
        return
    for key in [k for k, grp in groups.items()
                if grp.spans and all(text[s:e].rstrip().endswith("-") for s, e in grp.spans)]:
        del groups[key]
    if len(flags) != 1:
        return
    flag, found = next(iter(flags.items()))
    called = {" ".join(m.group("name").split()) for m in found if m.group("name")}
    heads = resources.terms(COMPANY_HEADS_FILE) | resources.terms(INSTITUTION_WORDS_FILE)
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind != "organization" or not all(g.how == "model:org" for g in grp.guesses):
            continue
        name = " ".join(best.name.split())
        if any(w in heads or w.lower() in heads for w in name.split()[1:]) or "'" in name or "\u2019" in name:
            continue  # "Gulf Shipping Company": a firm, not its ship
        if name not in called and not any(text[max(0, s - 4):s].lower() == "the "
                                          and _SHIP_WORDS.search(text, e, e + 90) for s, e in grp.spans):
            continue
        grp.guesses = [replace(g, country=flag) for g in grp.guesses]



#: "Commodore James Ashford of Britain's Royal Navy", "Captain Lena Moss of the Danish Navy": the
#: state that owns the force or body after "of" is the person's (round 23, ``add_service_states``).
_OF_STATES_BODY = re.compile(r",?\s+of\s+(?:(?P<own>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|\u2019s)"
                             r"|the\s+(?P<adj>[A-Z][\w-]*))\s+(?:[A-Z][\w-]*\s+){0,2}"
                             r"(?:Navy|Army|Air\s+Force|Coast\s+Guard|Marines|Police|Armed\s+Forces)\b")


def add_service_states(text: str, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 23: a person the knowledge base does not know, named with "of" a state's armed force
    ("its commander, Commodore James Ashford of Britain's Royal Navy"), is of that state, not of
    the dateline's or the story's country."""
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.kind != "person" or any(g.how == "entry" for g in grp.guesses):
            continue
        for s, e in sorted(grp.spans):
            m = _OF_STATES_BODY.match(text, e)
            g = resolver.phrase(m.group("own") or m.group("adj"), day) if m else None
            if g is not None and g.kind == "state" and g.key:
                if best.country != g.key:
                    grp.guesses = [replace(x, country=g.key) for x in grp.guesses]
                break


#: "its embassy in Kinshasa", "their consulate in Lagos": a state's post in a host's city (round 23).
_POST_ABROAD = re.compile(r"(?i)(?:its|their)\s+(?:embassy|consulate(?:\s+general)?|high\s+commission)$")
_POST_IN = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def add_posts_abroad(text: str, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 23: "Japan pledged vaccines, its embassy in Kinshasa said": a post abroad named by "its"
    and the host city is the state named before it in its sentence, not the host's (the city gave it
    the Democratic Republic of the Congo). Left alone with no other state before it in the sentence."""
    states = sorted((s, key, best.country) for key, g in groups.items()  # round 23b: one min per group
                    for best in [_best(g.guesses)] if best.kind == "state" for s, _ in g.spans)
    if not states:
        return
    for key, grp in list(groups.items()):
        best = _best(grp.guesses)
        for s, e in list(grp.spans):
            if not _POST_ABROAD.search(text[s:e]):
                continue
            m = _POST_IN.match(text, e)
            host = resolver.phrase(m.group("place"), day) if m else None
            if host is None or not host.country or host.country != best.country:
                continue
            begin = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
            before = [(k, c) for at, k, c in states if begin <= at < s and c and c != host.country]
            if before and before[-1][0] != key and before[-1][0] in groups:
                grp.spans.remove((s, e))
                groups[before[-1][0]].spans.append((s, e))
        if not grp.spans:
            del groups[key]


#: "the Madrid daily El Diario Atlantico", "the Nairobi newspaper The Standard": a city or state word
#: right before a noun of a newspaper or broadcaster names the seat of the name after it (round 23).
_PAPER_SEAT = re.compile(r"\b(?P<seat>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:daily|weekly|newspaper|tabloid|broadcaster|"
                         r"magazine|news\s+agency)\s+(?:the\s+)?$")


def add_paper_seats(text: str, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 23: a newspaper or broadcaster the knowledge base does not know, named after its seat and
    its noun ("a correspondent for the Madrid daily El Diario Atlantico"), is of the seat's country,
    not of the country the story is about."""
    for grp in groups.values():
        best = _best(grp.guesses)
        if best.kind != "organization" or not all(g.how == "model:org" for g in grp.guesses):
            continue
        name = " ".join(best.name.split())
        for s, _ in sorted(set(grp.spans) | set(_occurrences(text, name))):  # (the first may be a title's)
            m = _PAPER_SEAT.search(text, max(0, s - 60), s)
            g = resolver.phrase(m.group("seat"), day) if m else None
            if g is not None and g.country and g.kind in ("state", "location"):
                grp.guesses = [replace(x, country=g.country) for x in grp.guesses]
                break


def add_active_states(groups: dict[str, Group], resolver: Resolver, story: str | None) -> None:
    """Round 24a: an armed group of the KB that fights in several states (``Entry.active``: JNIM of
    Mali in Burkina Faso and Niger) is of the state the story is about where that is one of them
    (``story``: the story's own country, ``story_country``, not a dateline's), not of its home."""
    if not story:
        return
    for key, grp in groups.items():
        entry = resolver.kb.entries.get(key)
        if entry is None or story not in entry.active or entry.country == story:
            continue
        grp.guesses[:] = [replace(g, country=story) if g.key == key else g for g in grp.guesses]


def _tokens_from(doc, start: int, end: int) -> list:
    """``[t for t in doc if start <= t.idx < end]``, the tokens that start in ``text[start:end]``,
    by bisection over the Doc's token offsets (``views.token_offsets``, ascending) instead of a
    ``Token`` per word of the document for each name (round 26s)."""
    idx = token_offsets(doc)[0]
    return [doc[i] for i in range(bisect_left(idx, start), bisect_left(idx, end))]


def _descriptor_nouns(doc, start: int, end: int) -> list:
    """The lower-case nouns of ``BODY_DESCRIPTORS`` that the parse joins to the name at
    ``text[start:end]``: the noun right before it ("the Russian tanker operator X"), the noun it is
    apposed to or that is apposed to it ("X, a French charity,"), round 25b."""
    toks = _tokens_from(doc, start, end)
    if not toks:
        return []
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])

    def descriptor(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in BODY_DESCRIPTORS

    found = []
    first = toks[0].i
    if first > 0 and descriptor(doc[first - 1]):
        found.append(doc[first - 1])
    if root.dep_ == "appos" and descriptor(root.head):
        found.append(root.head)
    found += [c for c in root.children if c.dep_ in ("appos", "compound") and descriptor(c) and c.i not in inside]
    return list({t.i: t for t in found}.values())


#: Words by which a descriptor names a firm's own seat ("based in", "registered in"): then the
#: seat, not an owner's nationality, is the firm's (round 22; ``_descriptor_state``).
_SEAT_WORDS = frozenset(("base", "based", "register", "registered", "headquarter", "headquartered",
                         "incorporate", "incorporated"))


def _descriptor_state(doc, noun, resolver: Resolver, day) -> str | None:
    """The one state whose adjective or demonym stands among the words before ``noun`` in its
    phrase ("the Australian-listed miner", "a French medical charity"): None where none or several."""
    if any(t.lemma_.lower() in _SEAT_WORDS for t in noun.subtree):
        return None  # round 22: "a Swiss-owned group based in Rotterdam" is of its seat
    states = set()
    for tok in doc[noun.left_edge.i:noun.i]:
        if not tok.text[:1].isupper():
            continue
        g = resolver.phrase(tok.text, day, holders=False)
        if g is not None and g.kind == "state" and g.how in ("state:adjective", "state:demonym") and g.country:
            states.add(g.country)
    return next(iter(states)) if len(states) == 1 else None


def add_described_nationality(text: str, doc, groups: dict[str, Group], resolver: Resolver, day) -> None:
    """Round 25b: a body the knowledge base does not know takes the state that a nationality
    adjective or demonym in its descriptor names ("the Australian-listed miner Boke Coastal
    Bauxite", "Sovkraft, the Russian state tanker operator,", "X, a French charity,"), before the
    country of a town in its name, of a place in its sentence or of the story. A descriptor with
    two such states ("a Greek-Cypriot joint venture") or only a place ("the Perth-based miner")
    decides nothing; the descriptor's own actor, where its words hold nothing else, joins the body.
    A one-mention name the model read as a person with such a descriptor apposed after it ("X, a
    French charity,") is the body; a descriptor before a person's name ("the company John Smith
    founded") leaves the person alone."""
    if doc is None:
        return
    for key, grp in list(groups.items()):
        if key not in groups:
            continue
        best = _best(grp.guesses)
        person = best.kind == "person" and (best.role is None or best.role in BODY_DESCRIPTORS) \
            and best.how == "model:person" and len(grp.spans) == 1
        if best.kind != "organization" and not person or any(g.how == "entry" for g in grp.guesses):
            continue
        states: set[str] = set()
        nouns = []
        for s, e in grp.spans:
            for noun in _descriptor_nouns(doc, s, e):
                if person and not (noun.i > 0 and noun.idx >= e and noun.dep_ == "appos"):
                    continue  # a person's name: only "X, a French charity," makes it a body
                state = _descriptor_state(doc, noun, resolver, day)
                if state:
                    states.add(state)
                    nouns.append(noun)
        if len(states) != 1:
            continue
        state = next(iter(states))
        kind = {"kind": "organization", "gender": None, "role": None,
                "key": "org:" + slug(best.name)} if person else {}
        grp.guesses = [replace(g, country=state, **kind) for g in grp.guesses]
        for noun in nouns:  # "an Australian mining company" apposed: the body's mention, no actor of its own
            left = noun.left_edge
            while left.i < noun.i and left.lower_ in ("a", "an", "the"):
                left = doc[left.i + 1]
            s0, e0 = left.idx, noun.idx + len(noun.text)
            for k, other in list(groups.items()):
                if k == key or not other.spans:
                    continue
                if all(s0 <= s1 and e1 <= e0 for s1, e1 in other.spans) \
                        and _best(other.guesses).kind in ("organization", "group"):
                    groups[key].spans.extend(other.spans)
                    groups[key].texts.extend(other.texts)
                    del groups[k]


#: Nouns that make a firm part of another ("a subsidiary of X", "a unit of X"), ``add_parent_countries``.
PARENT_NOUNS = frozenset(("subsidiary", "unit", "arm", "affiliate", "division", "offshoot"))


def _parent_token(doc, start: int, end: int):
    """The head token of the firm named after "of" in "X is a subsidiary of Y" or "X, a unit of Y,"
    when ``text[start:end]`` is X; None where the parse says no such thing."""
    toks = _tokens_from(doc, start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":  # "The company, X, is ...": the noun's clause
        root = root.head
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    for noun in nouns:
        if noun.lower_ not in PARENT_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                # "a unit of the Danish group Maersk Holdings": the name apposed to the noun
                objs = [o if o.pos_ == "PROPN" else next((c for c in o.children if c.dep_ == "appos"
                                                          and c.pos_ == "PROPN"), None) for o in objs]
                objs = [o for o in objs if o is not None]
                if objs:
                    return objs[0]
    return None


def add_parent_countries(text: str, doc, groups: dict[str, Group]) -> None:
    """Round 25b: a firm the knowledge base does not know that the text calls a part of another
    ("X is a subsidiary of Perth-based Y", "X, a unit of Y,") is of the parent's country where the
    parent has one, not of a town in its own name or of the place where it works."""
    if doc is None:
        return
    for key, grp in groups.items():
        best = _best(grp.guesses)
        if best.kind != "organization" or any(g.how == "entry" for g in grp.guesses):
            continue
        for s, e in sorted(grp.spans):
            parent = _parent_token(doc, s, e)
            if parent is None:
                continue
            owner = next((g for k, g in groups.items() if k != key
                          and any(s0 <= parent.idx < e0 for s0, e0 in g.spans)), None)
            if owner is None:
                continue
            other = _best(owner.guesses)
            if other.kind == "organization" and other.country and other.country != best.country:
                grp.guesses = [replace(g, country=other.country) for g in grp.guesses]
            break
