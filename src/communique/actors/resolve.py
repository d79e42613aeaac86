"""Resolution of a short mention ("the Russian President", "Kabul police",
"Sergei Shoigu") to an ``ActorGuess``: kind, country, sector, role and key.

The phrase is scanned for knowledge-base surface forms (entries, titles, generic
actor nouns, regions), longest first; then one decision list picks the head:
a named entry, else an office (resolved to its holder on the date when the KB knows
one), else a generic actor noun, else a state word, else a place. Abstains (``None``)
when nothing in the phrase is known.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from .kb import _UNSET, Entry, KnowledgeBase, Noun, Role, Surface
from .text import Tok, case_ok, parse_date, slug, tokenize

logger = logging.getLogger(__name__)

#: Words skipped at the start of a phrase ("the", "two", "several of the").
LEADING_WORDS = frozenset("the a an this that these those some several many two three four five six "
                          "seven eight nine ten dozens hundreds thousands of members member group "
                          "groups team".split())
#: Words that make an office holder a former one (sector ELI).
FORMER_WORDS = frozenset("former ex retired disgraced ex-president ex-minister onetime erstwhile".split())
#: Sectors that a generic head noun after a named organisation may impose on it
#: ("European Union legislators" -> LEG, "CIA official" stays SPY).
HEAD_OVERRIDE_SECTORS = frozenset("LEG JUD COP MIL MED BUS HLH EDU LAB AGR REL CVL".split())
#: State surface forms that mean the government, not the country ("Kremlin", "Beijing").
GOVERNMENT_HOWS = frozenset(("capital", "government"))


@dataclass(frozen=True)
class ActorGuess:
    """What a mention refers to. ``key`` is the stable cross-document key."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    key: str | None
    how: str = ""  # which rule decided (for debugging and docs)
    gender: str | None = None


@dataclass(frozen=True)
class Match:
    i: int  # first token
    j: int  # one past the last token
    what: str  # entry | role | noun | region
    value: Any  # Surface | Role | Noun | region slug
    text: str


@lru_cache(maxsize=65_536)
def _plural_stems(word: str) -> tuple[str, ...]:
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    return tuple(out)


class Resolver:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._index_size: tuple[int, ...] | None = None
        self._prefixes: frozenset[str] = frozenset()
        self._keys: frozenset[str] = frozenset()
        self._stem_keys: frozenset[str] = frozenset()

    # -- scanning -------------------------------------------------------------------
    def _index(self) -> None:
        """Every look-up key of the KB, and every word prefix of one, built once per KB state:
        the scan then tries only the token spans that can still become a key."""
        kb = self.kb
        size = (len(kb.surfaces), len(kb.roles), len(kb.nouns), len(kb.regions))
        if size == self._index_size:
            return
        keys = set(kb.surfaces) | set(kb.roles) | set(kb.nouns) | set(kb.regions)
        prefixes = set()
        for key in keys:
            words = key.split(" ")
            prefixes.update(" ".join(words[:m]) for m in range(1, len(words) + 1))
        self._keys, self._prefixes = frozenset(keys), frozenset(prefixes)
        self._stem_keys = frozenset(set(kb.nouns) | set(kb.roles))
        self._index_size = size

    def scan(self, toks: list[Tok], text: str) -> list[Match]:
        """Non-overlapping matches, longest first from the left."""
        self._index()
        norms = [t.norm for t in toks]
        out, i, n = [], 0, len(toks)
        while i < n:
            best = self._longest(toks, i, text, norms)
            if best is not None and norms[i] == "the" and i + 1 < n:
                inner = self._longest(toks, i + 1, text, norms)  # "the UN" must not hide "UN Security Council"
                if inner is not None and inner.j > best.j:
                    best = inner
            if best is None:
                i += 1
            else:
                out.append(best)
                i = best.j
        return out

    def _longest(self, toks: list[Tok], i: int, text: str, norms: list[str] | None = None) -> Match | None:
        if norms is None:
            self._index()
            norms = [t.norm for t in toks]
        first = norms[i]
        # Most words start no key: the loop below would stop at its first word with no end
        # (every one-word key is also a prefix), so answer that without building strings.
        if first not in self._prefixes and not any(stem in self._stem_keys for stem in _plural_stems(first)):
            return None
        # Spans [i, j) that can match: the words so far are a key prefix, and the span is
        # a key as written or with its last word singular ("troops" -> "troop").
        ends, words = [], ""
        for j in range(i + 1, min(len(toks), i + self.kb.max_words) + 1):
            base = words + " " if words else ""
            word = norms[j - 1]
            full = base + word
            if full in self._keys or any(base + stem in self._stem_keys for stem in _plural_stems(word)):
                ends.append(j)
            if full not in self._prefixes:
                break
            words = full
        for j in reversed(ends):
            m = self._lookup(toks, i, j, text)
            if m is not None:
                return m
        return None

    def _lookup(self, toks: list[Tok], i: int, j: int, text: str) -> Match | None:
        key = " ".join(t.norm for t in toks[i:j])
        surface = text[toks[i].start:toks[j - 1].end]
        found = [s for s in self.kb.surface(key) if case_ok(s.form, surface)]
        if found:
            return Match(i, j, "entry", _prefer(found), surface)
        if key in self.kb.roles:
            return Match(i, j, "role", self.kb.roles[key], surface)
        keys = [key] + [" ".join([t.norm for t in toks[i:j - 1]] + [stem]) for stem in _plural_stems(toks[j - 1].norm)]
        for k in keys:
            if k in self.kb.nouns:
                return Match(i, j, "noun", self.kb.nouns[k], surface)
            if k in self.kb.roles and k != key:
                return Match(i, j, "role", self.kb.roles[k], surface)
        if key in self.kb.regions:
            return Match(i, j, "region", self.kb.regions[key], surface)
        return None

    # -- entries on a date ----------------------------------------------------------------
    def entry_guess(self, entry: Entry, day: date, how: str = "entry") -> ActorGuess:
        kind, country, sector, role = entry.kind, entry.country, entry.sector, entry.role
        valid = [f for f in entry.facts if f.valid_on(day)]
        if valid:
            fact = max(valid, key=lambda f: f.start or date.min)
            role = fact.role or role
            kind = fact.kind or kind
            if fact.country is not _UNSET:
                country = fact.country
            if fact.sector is not _UNSET:
                sector = fact.sector
            elif kind == "person" and fact.role:
                known = self.kb.roles.get(_key(fact.role))
                sector = known.sector if known else (sector or "GOV")
        elif entry.facts and kind == "person":
            ended = [f for f in entry.facts if f.end is not None and f.end <= day]
            if ended:
                last = max(ended, key=lambda f: f.end)
                if last.country is not _UNSET and last.country is not None and country is None:
                    country = last.country
                sector = entry.sector if entry.sector not in (None, "GOV", "IGO") else "ELI"
                role = f"former {last.role}" if last.role else role
        return ActorGuess(entry.name, kind, country, sector, role, entry.key, how, entry.gender)

    def state_guess(self, entry: Entry, how: str) -> ActorGuess:
        sector = "GOV" if how in GOVERNMENT_HOWS else None
        return ActorGuess(entry.name, "state", entry.key, sector, None, entry.key, f"state:{how}")

    # -- the decision list ----------------------------------------------------------
    def phrase(self, text: str, day: date | None = None, context: str | None = None,
               holders: bool = True, capital_as: str = "government") -> ActorGuess | None:
        """Resolve one mention. ``holders=False`` keeps an office as an office (the name
        is known from elsewhere); ``capital_as="place"`` reads a capital as a location."""
        day = day or date.today()
        toks = tokenize(text)
        k = 0
        while k < len(toks) - 1 and (toks[k].norm in LEADING_WORDS or toks[k].norm.isdigit()):
            k += 1
        former = any(t.norm in FORMER_WORDS or t.norm.startswith("ex-") for t in toks)
        matches = [m for m in self.scan(toks, text) if m.i >= k or m.what == "entry"]
        if not matches:
            return None
        entries = [(m, self.kb.entries[m.value.key]) for m in matches if m.what == "entry"]
        named = [(m, e) for m, e in entries if e.kind not in ("state", "location")]
        states = [(m, e) for m, e in entries if e.kind == "state"]
        places = [(m, e) for m, e in entries if e.kind == "location"]
        roles = [m for m in matches if m.what == "role"]
        nouns = [m for m in matches if m.what == "noun"]
        regions = [m for m in matches if m.what == "region"]
        last = matches[-1]
        name = _clean_name(text, toks, k)

        def country_of(before: int | None = None) -> str | None:
            pool = [(m, e) for m, e in states + places if e.country]
            if before is not None:
                prior = [(m, e) for m, e in pool if m.i < before]
                pool = prior or pool
            if pool:
                return pool[0][1].country
            return self._context_country(context)

        # 1. a named entry (person, organisation, group, IGO)
        if named:
            persons = [(m, e) for m, e in named if e.kind == "person"]
            # the head of an English noun phrase comes last: "Russia's Baltic Fleet", "UN Security Council"
            m, entry = persons[0] if persons else named[-1]
            guess = self.entry_guess(entry, day)
            owner = [e for s_m, e in states if s_m.j <= m.i]
            if entry.kind == "organization" and owner and entry.country and owner[-1].key != entry.country:
                # "Chile's Defense Department": a generic body name under another state
                state = owner[-1]
                if guess.sector == "GOV":
                    return ActorGuess(state.name, "state", state.key, "GOV", None, state.key, "noun:government")
                return ActorGuess(name, "organization", state.key, guess.sector, None,
                                  f"{state.key}:{guess.sector}", "noun")
            heads = [x for x in roles + nouns if x.i >= m.j]
            if entry.kind != "person" and heads and heads[-1] is last:
                return self._head_of_named(entry, guess, last, name, day, former)
            if entry.kind == "person" and not [f for f in entry.facts if f.valid_on(day)] and roles and not former:
                role = roles[-1].value
                if not entry.facts:
                    guess = replace(guess, sector=role.sector, role=role.role)
            if former and entry.kind == "person":
                guess = replace(guess, sector="ELI")
            return guess
        # 2. an office or title
        if roles and (last.what == "role" or not nouns or last.what != "noun"):
            role_m = roles[-1]
            role: Role = role_m.value
            orgs = [e for _, e in named if e.kind == "igo"]
            where = orgs[0].key if orgs else country_of(role_m.i)
            country = None if orgs else where
            person = _name_after(toks, role_m, matches)
            if person:  # "President Francois Mitterand": a person the KB does not know
                sector = "ELI" if former else role.sector
                return ActorGuess(person, "person", country, sector, role.role, f"person:{slug(person)}",
                                  "office:named")
            if former:
                return ActorGuess(name, "person", country, "ELI", f"former {role.role}", None, "office:former")
            if holders and where:
                held = self.kb.holder(where, role.role, day)
                if held:
                    return self.entry_guess(self.kb.entries[held[0]], day, "office:holder")
            sector = role.sector if not orgs or role.sector != "GOV" else "IGO"
            key = f"{where}:{role.sector}:{slug(role.role)}" if where and not orgs else (
                f"{where}:{slug(role.role)}" if where else None)
            return ActorGuess(name, "person", country, sector, role.role, key, "office")
        # 3. a generic actor noun ("Russian troops", "Kabul police")
        if nouns:
            head = nouns[-1]
            noun: Noun = head.value
            country = country_of()
            region = regions[0].value if regions and not country else None
            sector = "ELI" if former else noun.sector
            if sector == "GOV" and country and noun.kind in ("organization",):
                state = self.kb.entries.get(country)
                if state is not None and state.kind == "state":
                    return ActorGuess(state.name, "state", country, "GOV", None, country, "noun:government")
            key = f"{country}:{sector}" if country else (f"region:{region}:{sector}" if region else None)
            return ActorGuess(name, noun.kind, country, sector, None, key, "noun", None)
        # 4. a state word ("Russia", "the Kremlin", "Beijing", "the Russians")
        if states:
            m, entry = states[-1]
            how = m.value.how
            if how == "capital" and capital_as == "place":
                return ActorGuess(m.text, "location", entry.key, None, None, f"place:{slug(m.text)}", "capital:place")
            return self.state_guess(entry, how)
        # 5. a place
        if places:
            m, entry = places[-1]
            return self.entry_guess(entry, day, "place")
        return None

    def _head_of_named(self, entry: Entry, guess: ActorGuess, head: Match, name: str, day: date,
                       former: bool) -> ActorGuess:
        """"CIA official", "Boko Haram gunmen", "NATO Secretary-General", "EU legislators"."""
        where = entry.key if entry.kind == "igo" else guess.country
        if head.what == "role":
            role: Role = head.value
            if not former and where:
                held = self.kb.holder(where, role.role, day)
                if held:
                    return self.entry_guess(self.kb.entries[held[0]], day, "office:holder")
            sector = "ELI" if former else (guess.sector if role.sector in ("GOV", "IGO") else role.sector)
            return ActorGuess(name, "person", guess.country, sector, role.role,
                              f"{entry.key}:{slug(role.role)}", "office:of-named")
        noun: Noun = head.value
        sector = "ELI" if former else (noun.sector if noun.sector in HEAD_OVERRIDE_SECTORS else guess.sector)
        if sector == guess.sector:
            return replace(guess, how="named+noun")
        return ActorGuess(name, noun.kind, guess.country, sector, None, f"{entry.key}:{sector}", "named+noun")

    def _context_country(self, context: str | None) -> str | None:
        if not context:
            return None
        toks = tokenize(context)
        for m in self.scan(toks, context):
            if m.what == "entry":
                e = self.kb.entries[m.value.key]
                if e.kind in ("state", "location") and e.country:
                    return e.country
        return None


def _name_after(toks: list[Tok], role_m: Match, matches: list[Match]) -> str | None:
    """Capitalised words right after a title that nothing in the KB matched: a name."""
    taken = {i for m in matches for i in range(m.i, m.j)}
    words = []
    for i in range(role_m.j, len(toks)):
        t = toks[i]
        if i in taken or not t.text[:1].isupper() or t.norm == "'s":
            break
        words.append(t.text)
    return " ".join(words) if words else None


def _prefer(found: list[Surface]) -> Surface:
    """Among entries sharing a surface form, prefer names and aliases over state words."""
    order = {"name": 0, "alias": 1, "government": 2, "demonym": 3, "adjective": 4, "capital": 5}
    return min(found, key=lambda s: order.get(s.how, 9))


def _key(text: str) -> str:
    return " ".join(t.norm for t in tokenize(text))


def _clean_name(text: str, toks: list[Tok], k: int) -> str:
    if not toks:
        return text.strip()
    start = toks[k].start if k < len(toks) else toks[0].start
    return " ".join(text[start:toks[-1].end].split()) or text.strip()


# -- public -------------------------------------------------------------------------
def resolve_text(text: str, context: str | None = None, date: Any = None, kb_paths=()) -> ActorGuess | None:
    """Resolve a mention out of context.

    Args:
        text: the mention ("the Russian President", "Kabul police", "Hezbollah").
        context: optional text whose country fills a missing one ("German").
        date: the date the text speaks of (``YYYY-MM-DD``, ``date``); ``None`` is today.
        kb_paths: extra knowledge-base YAML files.

    Returns:
        An ``ActorGuess`` or ``None`` when nothing in the mention is known.
        Handles "Afghanistan's Minister of Defense" (office, AFG, GOV); does not
        handle a bare pronoun ("he") or an unknown surname.
    """
    from .kb import load_kb

    if not text or not text.strip():
        return None
    return Resolver(load_kb(kb_paths)).phrase(text, parse_date(date), context)
