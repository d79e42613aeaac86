"""Resolution of a short mention ("the Russian President", "Kabul police",
"Sergei Shoigu") to an ``ActorGuess``: kind, country, sector, role and key.

The phrase is scanned for knowledge-base surface forms (entries, titles, generic
actor nouns, regions), longest first; then one decision list picks the head:
a named entry, else an office (resolved to its holder on the date when the KB knows
one), else a generic actor noun, else a state word, else a place. Abstains (``None``)
when nothing in the phrase is known. The scan is ``scan.KeyScanner``'s; answers are
remembered per KB state (``PHRASE_CACHE_SIZE``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .kb import _UNSET, Entry, KnowledgeBase, Noun, Role
from .scan import MAX_CACHED_SCAN_CHARS, KeyScanner, Match
from .text import Tok, key_of, parse_date, slug, tokenize

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
#: Words that end the portfolio of a title ("Director General for America and Europe
#: at the foreign ministry of Peru": Peru is whose the office is, America its portfolio).
PORTFOLIO_END_WORDS = frozenset("at of in from with to , ( ;".split())
#: Party words that place a legislator right before the title ("Republican Senator", "a
#: Democratic senator"); not after a capitalised word ("Liberal Democrat MP", "Social
#: Democratic deputy").
PARTY_COUNTRIES = {"republican": "USA", "democratic": "USA", "democrat": "USA", "gop": "USA"}
#: Resolved phrases remembered per Resolver: a document asks for the same mention texts
#: 2-3 times (anchors, noun chunks, titles); the memo is emptied when it reaches this size,
#: so it stays a few MB whatever the corpus.
PHRASE_CACHE_SIZE = 20_000


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


#: Prepositions that join the name of a body to its cause ("Movement for ... Peoples' Rights").
_CAUSE_PREPOSITIONS = frozenset(("for", "of"))


def _named_cause(toks, m) -> bool:
    """Whether a people noun (sector CVL) is the cause in a body's capitalised name, not its head: "(the
    Burkinabe) Movement for Human and Peoples' Rights", "Union of Soldiers' Mothers" are a body, no
    people of a state (round 19b). The noun is capitalised, and before it in the phrase stands "for" or
    "of" after a capitalised word."""
    if getattr(m.value, "sector", None) != "CVL" or not toks[m.i].text[:1].isupper():
        return False
    return any(toks[p].norm in _CAUSE_PREPOSITIONS and toks[p - 1].text[:1].isupper() for p in range(1, m.i))


class Resolver(KeyScanner):
    """Resolves mentions with one knowledge base (see ``phrase``); the KB scan is ``KeyScanner``'s."""

    def __init__(self, kb: KnowledgeBase):
        super().__init__(kb)
        # phrase() answers, valid for one KB state (``KeyScanner._generation``)
        self._phrases: dict[tuple, ActorGuess | None] = {}
        self._phrases_generation = -1
        self._states: dict[tuple[str, str | None, str], ActorGuess] = {}  # state_guess() answers

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

    def capital_guess(self, entry: Entry, form: str, day: date) -> ActorGuess:
        """A capital that acts: the body seated there when the KB names one (``seats``:
        "Brussels" is the EU), else the state's government."""
        seated = self.kb.seat_of(form)
        if seated is not None:
            return self.entry_guess(seated, day, "seat")
        return self.state_guess(entry, "capital")

    def state_guess(self, entry: Entry, how: str) -> ActorGuess:
        """The state of ``entry`` read ``how``; made once per (name, key, how): it depends on
        nothing else, and ``ActorGuess`` is frozen."""
        found = self._states.get((entry.name, entry.key, how))
        if found is None:
            sector = "GOV" if how in GOVERNMENT_HOWS else None
            found = self._states[(entry.name, entry.key, how)] = ActorGuess(
                entry.name, "state", entry.key, sector, None, entry.key, f"state:{how}")
        return found

    # -- the decision list ----------------------------------------------------------
    def phrase(self, text: str, day: date | None = None, context: str | None = None,
               holders: bool = True, capital_as: str = "government") -> ActorGuess | None:
        """Resolve one mention. ``holders=False`` keeps an office as an office (the name
        is known from elsewhere); ``capital_as="place"`` reads a capital as a location.

        The answer depends only on the arguments and the KB, so it is remembered
        (``PHRASE_CACHE_SIZE``); ``ActorGuess`` is frozen, so sharing it is safe."""
        day = day or date.today()
        if len(text) > MAX_CACHED_SCAN_CHARS or (context is not None and len(context) > MAX_CACHED_SCAN_CHARS):
            return self._phrase(text, day, context, holders, capital_as)  # long texts: not remembered
        self._index()
        if self._phrases_generation != self._generation:  # the KB changed: forget the answers
            self._phrases.clear()
            self._phrases_generation = self._generation
        key = (text, day, context, holders, capital_as)
        memo = self._phrases
        if key in memo:
            return memo[key]
        guess = self._phrase(text, day, context, holders, capital_as)
        if len(memo) >= PHRASE_CACHE_SIZE:
            memo.clear()
        memo[key] = guess
        return guess

    def _phrase(self, text: str, day: date, context: str | None, holders: bool,
                capital_as: str) -> ActorGuess | None:
        toks = tokenize(text)
        k = 0
        while k < len(toks) - 1 and (toks[k].norm in LEADING_WORDS or toks[k].norm.isdigit()):
            k += 1
        former = any(t.norm in FORMER_WORDS or t.norm.startswith("ex-") for t in toks)
        # a title may start with a skipped word ("member of parliament"): it is kept whole
        matches = [m for m in self.scan_text(text) if m.i >= k or m.j > k or m.what == "entry"]
        if not matches:
            return None
        k = min([k] + [m.i for m in matches if m.i < k < m.j])
        entries = [(m, self.kb.entries[m.value.key]) for m in matches if m.what == "entry"]
        named = [(m, e) for m, e in entries if e.kind not in ("state", "location")
                 and not _other_given_name(toks, k, m, e, matches)
                 and not _posted_to(toks, m, e, matches)]
        states = [(m, e) for m, e in entries if e.kind == "state" and not _feature_name(toks, m)]
        places = [(m, e) for m, e in entries if e.kind == "location"]
        roles = [m for m in matches if m.what == "role"]
        nouns = [m for m in matches if m.what == "noun" and not _named_cause(toks, m)]
        regions = [m for m in matches if m.what == "region"]
        last = matches[-1]
        name = _clean_name(text, toks, k)

        def country_of(before: int | None = None, portfolio: frozenset[int] = frozenset()) -> str | None:
            pool = [(m, e) for m, e in states + places if e.country and m.i not in portfolio]
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
            national = entry.country is None and any(s_m.j == m.i for s_m, _ in states)  # "Kenya Red Cross"
            if entry.kind == "organization" and owner and (national or entry.country and owner[-1].key != entry.country):
                # "Chile's Defense Department": a generic body name under another state; a national
                # branch of a body of no country
                state = owner[-1]
                if guess.sector == "GOV":
                    return ActorGuess(state.name, "state", state.key, "GOV", None, state.key, "noun:government")
                return ActorGuess(name, "organization", state.key, guess.sector, None,
                                  f"{state.key}:{guess.sector}", "noun")
            heads = [x for x in roles + nouns if x.i >= m.j]
            if entry.kind != "person" and heads and heads[-1] is last:
                return self._head_of_named(entry, guess, last, name, day, former, toks)
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
            where = orgs[0].key if orgs else country_of(role_m.i, _portfolio(toks, role_m, states))
            where = where or (None if orgs else self._seat_in_title(role.role))
            country = None if orgs else where
            if country is None and not orgs and role.sector == "LEG":
                country = _party_country(toks, role_m)  # no holder: a party has many senators
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
            if any(e.kind == "state" and _feature_name(toks, m) for m, e in entries) and not states \
                    and name[:1].isupper() and len(name.split()) > 2:
                # "the Niger Basin Authority": a body of its own, not the state's (round 23)
                return ActorGuess(name, "organization", None, noun.sector, None, f"org:{slug(name)}", "model:org")
            country = country_of()
            region = regions[0].value if regions and not country else None
            sector = "ELI" if former else noun.sector
            if sector == "GOV" and country and noun.kind in ("organization",):
                state = self.kb.entries.get(country)
                if state is not None and state.kind == "state":
                    return ActorGuess(state.name, "state", country, "GOV", None, country, "noun:government")
            key = f"{country}:{sector}" if country else (f"region:{region}:{sector}" if region else None)
            if key and sector == "JUD" and head.text.lower() in PROSECUTION_NOUNS:
                key += ":prosecution"  # round 21: "prosecutors" are no mention of "the court" that tries them
            return ActorGuess(name, noun.kind, country, sector, None, key, "noun", None)
        # 4. a state word ("Russia", "the Kremlin", "Beijing", "the Russians")
        if states:
            m, entry = states[-1]
            how = m.value.how
            if how == "capital" and capital_as == "place":
                return ActorGuess(m.text, "location", entry.key, None, None, f"place:{slug(m.text)}", "capital:place")
            if how == "capital":
                return self.capital_guess(entry, m.text, day)
            return self.state_guess(entry, how)
        # 5. a place
        if places:
            m, entry = places[-1]
            words = name.split()
            if len(words) > 1 and words[-1].lower() in BODY_NAME_HEADS and name[:1].isupper() \
                    and all(w[:1].isupper() for w in words) and not name.lower().endswith(m.text.lower()):
                # round 23b: "the Hotan Graves Project", "the Kayar Fishing Cooperative": a body named
                # after its place, not the place
                return ActorGuess(name, "organization", entry.country, None, None, f"org:{slug(name)}", "model:org")
            return self.entry_guess(entry, day, "place")
        return None

    def _head_of_named(self, entry: Entry, guess: ActorGuess, head: Match, name: str, day: date,
                       former: bool, toks: list[Tok] | None = None) -> ActorGuess:
        """"CIA official", "Boko Haram gunmen", "NATO Secretary-General", "EU legislators".
        An intergovernmental body's ministers or leaders together ("NATO defence ministers", "EU
        foreign ministers": a plural title) are the body itself, as its "leaders" are (round 16b)."""
        where = entry.key if entry.kind == "igo" else guess.country
        if head.what == "role":
            role: Role = head.value
            if entry.kind == "igo" and not former and toks is not None and _plural_title(toks[head.j - 1].norm, role):
                return replace(guess, how="named+noun")
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

    def _seat_in_title(self, title: str) -> str | None:
        """The state whose seat of government opens an office's own title ("Kremlin Spokesperson":
        Russia; "White House Press Secretary": the United States), which a text may write with no
        country word; None for other titles ("Foreign Minister")."""
        words = title.split()
        for k in range(len(words) - 1, 0, -1):
            keys = {sf.key for sf in self.kb.surface(key_of(" ".join(words[:k]))) if sf.how in ("government", "capital")}
            states = {key for key in keys if (e := self.kb.entries.get(key)) is not None and e.kind == "state"}
            if len(states) == 1:
                return states.pop()
        return None

    def _context_country(self, context: str | None) -> str | None:
        if not context:
            return None
        for m in self.scan_text(context):
            if m.what == "entry":
                e = self.kb.entries[m.value.key]
                if e.kind in ("state", "location") and e.country:
                    return e.country
        return None


#: Forms of address before a surname: not a given name ("Mr Bennett" may be the KB's Bennett).
ADDRESS_WORDS = frozenset("mr mrs ms miss dr sir dame lord lady madam mme m herr frau sen rep gen col "
                          "capt maj lt sgt prof rev".split())


def _posted_to(toks, m, entry, matches) -> bool:
    """An international body an office before it is posted to: "the Permanent Representative of
    Ghana to the United Nations" is Ghana's diplomat, not the UN (round 22)."""
    if entry.kind != "igo" or m.i < 1:
        return False
    before = m.i - 1 if toks[m.i - 1].norm != "the" else m.i - 2
    return before >= 1 and toks[before].norm == "to" and any(r.what == "role" and r.j <= before for r in matches)


def _other_given_name(toks: list[Tok], k: int, m: Match, entry: Entry, matches: list[Match]) -> bool:
    """Whether a KB person matched on the surname alone ("Bennett") is preceded, in the phrase,
    by capitalised words nothing else matched and none of the person's own names: another person
    of that surname ("Duke Bennett", a mayor, is not Naftali Bennett)."""
    if entry.kind != "person" or m.i <= k or m.j - m.i != 1:
        return False
    before = toks[k:m.i]
    if any(x.i < m.i and x.j > k for x in matches if x is not m):
        return False  # a title or a place before the name ("President Bennett", "Israel's Bennett")
    own = {t.norm for n in (entry.name, *entry.aliases) for t in tokenize(n)}
    return all(t.text[:1].isupper() and t.text.isalpha() and t.norm not in ADDRESS_WORDS and t.norm not in own
               for t in before)


def _plural_title(word: str, role: Role) -> bool:
    """Whether ``word``, the last word of a title in the text, is the plural of the role's last
    word ("ministers" for "Foreign Minister"; not "Chief of Staff")."""
    last = role.role.split()[-1].lower() if role.role else ""
    return word != last and word.endswith("s") and not word.endswith("ss") and not last.endswith("s")


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


def _portfolio(toks: list[Tok], role_m: Match, states: list[tuple[Match, Entry]]) -> frozenset[int]:
    """Where the states named in a title's "for ..." start: its portfolio, not whose the
    office is ("Special Envoy for Syria", "Director General for America and Europe"; the
    UN's envoy for Syria is not Syrian). A place (not a state) there stays ("Secretary of
    State for Northern Ireland"), and so do a state after a word of ``PORTFOLIO_END_WORDS``
    ("Minister for Foreign Affairs of Ireland") and a government named by its seat ("a
    spokesperson for the Kremlin" is Russia's)."""
    if not any(t.norm == "for" for t in toks[role_m.j:]):
        return frozenset()
    out, inside = set(), False
    for i in range(role_m.j, len(toks)):
        if toks[i].norm == "for":
            inside = True
        elif toks[i].norm in PORTFOLIO_END_WORDS:
            inside = False
        elif inside:
            out.add(i)
    return frozenset(i for i in out if any(m.i == i and m.value.how != "government" for m, _ in states))


def _party_country(toks: list[Tok], role_m: Match) -> str | None:
    """The country of a party word of ``PARTY_COUNTRIES`` right before a legislator's title."""
    i = role_m.i - 1
    if i < 0 or toks[i].norm not in PARTY_COUNTRIES or (i > 0 and toks[i - 1].text[:1].isupper()):
        return None
    return PARTY_COUNTRIES[toks[i].norm]


#: Judicial nouns of the side that prosecutes or pleads, not the court that judges: their actor is
#: kept apart from the court's (``country:JUD:prosecution``) (round 21).
PROSECUTION_NOUNS = frozenset(("prosecutor", "prosecutors", "prosecutors office", "prosecutor's office", "prosecution"))


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


#: Words after a state's name that make it a river's, lake's or basin's (round 23): "the Niger Basin
#: Authority" is no organ of Niger; "Lake Chad" no mention of Chad.
#: Last words of a body named after a place ("the Hotan Graves Project"): ``Resolver._phrase``, round 23b.
BODY_NAME_HEADS = frozenset(("project", "cooperative", "co-operative", "foundation", "society", "association",
                             "trust", "initiative", "network", "collective", "campaign", "institute", "centre",
                             "center", "fund", "club", "forum"))
FEATURE_NORMS = frozenset(("basin", "river", "rivers", "delta", "valley", "watershed", "estuary"))


def _feature_name(toks, m) -> bool:
    """Whether the state matched at ``m`` names a river, lake or basin in the phrase ``toks``."""
    return (m.j < len(toks) and toks[m.j].norm in FEATURE_NORMS) or (m.i > 0 and toks[m.i - 1].norm == "lake")
