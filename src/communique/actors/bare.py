"""Round 16c: whose is a bare title ("the Foreign Minister", "his defence minister", "the
spokesperson") that no nationality qualifies (docs/actors.md, "Round 16c: bare titles").

A bare title belongs to, first found:

1. the state of a possessor in its phrase: "his foreign minister" is the minister of the
   state of the clause subject that "his" stands for ("The Argentine president ... said he
   had asked his foreign minister": Argentina's);
2. else, outside quotation marks, the state that issues a statement: its publisher's
   ("Ministry of Foreign Affairs of Thailand") or, in a document with statement sections,
   the state of its place-and-date line;
3. else the state the text is about nearest before it (``Focus.before``): never a state
   named only after it ("The Foreign Minister spoke with his Malaysian counterpart").

Only then is the title resolved on that state: to the one person of the document who
holds that state's office, else to the knowledge base's holder on the document's date,
else to that state's office, its holder unnamed.
"""

from __future__ import annotations

import re


from ..views import sentence_of, token_range
from .resolve import ActorGuess, Resolver

#: Possessive determiners that make a title someone's ("his foreign minister").
POSSESSIVES = frozenset(("his", "her", "its", "their"))
#: Subject dependency labels of spaCy's English parser.
SUBJECTS = frozenset(("nsubj", "nsubjpass"))
#: Sectors of a publisher that issues for its state (a ministry, a government, a head of state).
ISSUING_SECTORS = frozenset(("GOV", "MIL", "LEG", "JUD"))


def issuing_state(publisher: str | None, sections, home: str | None, resolver: Resolver, day) -> str | None:
    """The state a document is issued by: its publisher's where the publisher is a state or
    one of its bodies ("Ministry of Foreign Affairs of Thailand", "Government of Chile"); else,
    for a document with a statement section, the state of its place-and-date line (``home``);
    else None (a news agency's dateline is where a story is filed, not whose voice it is)."""
    if publisher:
        g = resolver.phrase(publisher, day, holders=False)
        if g is not None and g.country and (g.kind == "state" or g.sector in ISSUING_SECTORS):
            return g.country
        if g is not None and g.kind == "igo":  # round 19b: a bloc's communique speaks for no host state
            return None
    if home and any(getattr(s, "kind", None) == "statement" for s in sections or ()):
        return home
    return None


def speaks_for_no_state(publisher: str | None, resolver: Resolver, day) -> bool:
    """Round 24a: whether a publisher is an international body or one of its offices ("Office of the
    Personal Envoy of the Secretary-General for Sudan", "UN High Commissioner for Refugees"): its
    "we", "our" and "My office" are the body's, never the state of its place-and-date line (a
    briefing from New York is no voice of the United States)."""
    if not publisher:
        return False
    g = resolver.phrase(publisher, day, holders=False)
    return g is not None and g.country is None and (g.kind == "igo" or g.sector == "IGO")


def _possessor(doc, start: int, end: int):
    """The possessive determiner of the title at ``start:end`` (the token right before the
    title's words or its first word), or None."""
    rng = token_range(doc, start, end)
    if rng is None:
        return None
    i, j = rng
    for k in (i - 1, i):
        if 0 <= k < len(doc) and doc[k].lower_ in POSSESSIVES and doc[k].tag_ == "PRP$":
            return doc[k]
    return None


def _subject_country(doc, tok, resolver: Resolver, day, country_at) -> str | None:
    """The state of the subject that a possessive stands for: up the parse from the title,
    the first subject that is no pronoun (its own words, else the actor found there,
    ``country_at``); with pronoun subjects only, the first subject of the sentence before."""
    seen = 0
    node = tok.head
    while seen < 40:
        seen += 1
        for child in node.children:
            if child.dep_ in SUBJECTS and child.i != tok.i:
                if child.pos_ == "PRON":
                    continue
                found = _country_of(doc, child, resolver, day, country_at)
                if found:  # "the issue was open and he had asked his ...": no actor, go on up
                    return found
        if node.head is node:
            break
        node = node.head
    sent = sentence_of(doc, tok.i)
    if sent.start > 0:
        before = sentence_of(doc, sent.start - 1)
        root = before.root
        for child in root.children:
            if child.dep_ in SUBJECTS and child.pos_ != "PRON":
                found = _country_of(doc, child, resolver, day, country_at)
                if found:
                    return found
    return None


def _country_of(doc, head, resolver: Resolver, day, country_at) -> str | None:
    span = doc[head.left_edge.i:head.i + 1]
    g = resolver.phrase(span.text, day, holders=False)
    if g is not None and g.country:
        return g.country
    return country_at(span.start_char, span.end_char)


def bare_title_country(text: str, doc, start: int, end: int, focus, resolver: Resolver, day,
                       issuer: str | None, country_at) -> tuple[str | None, str]:
    """(state, which rule found it: "possessor", "issuer", "before" or "") of the bare title
    at ``start:end`` (see the module's docstring). ``country_at(start, end)``: the country of
    the document actor found at those characters, if any."""
    poss = _possessor(doc, start, end)
    if poss is not None:
        found = _subject_country(doc, poss, resolver, day, country_at)
        if found:
            return found, "possessor"
    quoted = focus.quoted(start)
    if issuer and not quoted:
        return issuer, "issuer"
    found = focus.before(start)
    return found, "before" if found else ""


def resolve_on(title: str, country: str, rule: str, start: int, resolver: Resolver, day,
               persons) -> tuple[str | None, ActorGuess | None]:
    """Whom the bare title at ``start`` is once ``rule`` gave its state ``country``:
    (key of a document person, None) or (None, a guess) or (None, None) for whose-unknown.

    The persons of the document named before it with the same office (``persons``: (group
    key, best guess, first offset)) come first: the nearest one of ``country`` is the title's
    holder; where all are of other states, the title is left whose-unknown (it is likely
    one of them named again: "Sudan's ambassador, Osman Idris ... The ambassador said",
    in a story from Chad). Else the title is resolved on ``country``: the KB's holder on
    ``day``; or, for a possessor's title ("his foreign minister"), the office itself."""
    state = resolver.kb.entries.get(country)
    if state is None:
        return None, None
    again = resolver.phrase(title, day, context=state.name)
    if again is None or again.country != country or again.kind != "person":
        return None, None
    office = _office(again, resolver)
    before = [(at, k, g) for k, g, at in persons if at < start and office and _office(g, resolver) == office]
    if before:
        mine = sorted((at, k) for at, k, g in before if g.country == country)
        return (mine[-1][1], None) if mine else (None, None)
    if again.how == "office:holder" or again.how == "office" and (rule == "possessor" or
                                                                  rule == "issuer" and _written_out(title)):
        return None, again  # round 21: "the Chief of the General Staff" in the issuer's own words: its office
    return None, None


#: A title written out with its capitalised complement: "Minister of Foreign Affairs", "Chief of the
#: General Staff" (round 21): in a statement's own words, the issuing state's office.
_WRITTEN_OUT = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def _written_out(title: str) -> bool:
    """Whether a bare title is written out with a capitalised "of" or "for" complement."""
    return _WRITTEN_OUT.match(title) is not None


def plural(doc, start: int, end: int) -> bool:
    """Whether the title at ``start:end`` ends with a plural noun ("the three ministers")."""
    rng = token_range(doc, start, end)
    return rng is not None and rng[1] > rng[0] and doc[rng[1] - 1].tag_ in ("NNS", "NNPS")


def _office(g: ActorGuess, resolver: Resolver) -> str | None:
    if not g.role:
        return None
    return resolver.kb.canonical_role(g.role) or g.role.lower()
