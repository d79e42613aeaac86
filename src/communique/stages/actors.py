"""Actors stage: political actors recognised in the text and resolved to who they
are (kind, country, sector, role, stable key). See docs/actors.md."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from .. import resources
from ..actors.build import add_offices_of_holders, add_short_generic_names, keep_sole_offices  # noqa: I001
from ..actors.build import add_company_short_names, add_generic_heads_of_named, add_leading_short_names  # noqa: I001
from ..actors.build import dateline_span  # noqa: I001
from ..actors.build import add_issuing_state  # noqa: I001
from ..actors.build import add_definite_heads, add_flag_states, add_posts_abroad, add_service_states  # noqa: I001
from ..actors.build import add_paper_seats, add_sole_faction, add_spelled_out_names  # noqa: I001
from ..actors.build import add_active_states  # noqa: I001
from ..actors.build import add_company_nouns, add_firms_read_as_persons  # noqa: I001
from ..actors.build import add_described_nationality, add_described_people, add_staff_countries, add_parent_countries  # noqa: I001
from ..actors.build import (add_abbreviations, redefine_abbreviations, add_focus_country, add_led_sides, add_organs_of_named_bodies,
                            add_people_behind, add_short_names, add_writer_nationality, add_state_forms, add_surnames, dateline_country,
                            drop_bare_titles, drop_borrowed_appositives, focus_of, issued_from, leaders_of_governments,
                            link_pronouns, merge, merge_offices, merge_titles, story_country, to_actors)
from ..actors.bare import issuing_state, speaks_for_no_state
from ..actors.kb import load_kb
from ..actors.recognize import Recognizer
from ..actors.resolve import Resolver
from ..actors.text import parse_date
from ..pipeline import Option, stage

logger = logging.getLogger(__name__)


def resolver_for(ctx) -> Resolver:
    """One Resolver per process, resource set and set of user KB files (``ctx.option("kb_paths")``)."""
    paths = tuple(str(p) for p in (ctx.option("kb_paths") or ()))
    key = ("actors.resolver", resources.active().fingerprint(), paths)
    if key not in ctx.cache:
        ctx.cache[key] = Resolver(load_kb(paths))
    return ctx.cache[key]


def _title_span(document) -> tuple[int, int] | None:
    """Where the document's title stands at the top of its text, if it does."""
    title = (document.title or "").strip()
    at = document.text.find(title, 0, len(title) + 200) if title else -1
    return (at, at + len(title)) if at >= 0 else None


@stage("actors.v1", assigns=("actors",), requires=("sections",), options={
    "kb_paths": Option(list[Path], (), "YAML files of extra actor entries, read after the packaged knowledge base."),
})
def extract_actors(document, doc, ctx):
    resolver = resolver_for(ctx)
    day = parse_date(document.published or document.meta.get("published"))
    recognizer = Recognizer(resolver, day)
    mentions = recognizer.mentions(document.text, doc)
    mentions += leaders_of_governments(document.text, mentions, resolver, recognizer.day)
    groups = merge(document.text, mentions)
    add_surnames(document.text, groups)
    redefine_abbreviations(document.text, groups, resolver, recognizer.day)
    add_abbreviations(document.text, groups)
    add_spelled_out_names(document.text, groups)
    add_short_names(groups)
    add_company_short_names(groups)
    add_firms_read_as_persons(document.text, groups)  # round 25a: "the operator Sovkraft ... Sovkraft said"
    add_short_generic_names(document.text, groups)
    add_organs_of_named_bodies(groups, resolver, recognizer.day)
    drop_borrowed_appositives(document.text, groups)
    add_state_forms(document.text, groups, resolver)
    merge_offices(groups, resolver.kb.canonical_role, document.text)
    merge_titles(groups)
    add_led_sides(document.text, groups, resolver)
    title = _title_span(document)
    home = issued_from(document.text, groups, title)
    own = story_country(groups, title)
    story = own or dateline_country(document.text, groups, title)
    focus = focus_of(document.text, doc, groups, story, home)
    focus.filed_only = own is None and story is not None  # round 19b: the story's country is the dateline's
    focus.filed_at = dateline_span(document.text, title)
    issuer = issuing_state(document.publisher, document.sections, home, resolver, recognizer.day)
    if issuer is None and speaks_for_no_state(document.publisher, resolver, recognizer.day):
        focus.home = None  # round 24a: "My office" of a UN envoy's briefing from New York is no US voice
    groups = add_focus_country(document.text, groups, focus, resolver, recognizer.day, doc, issuer)
    add_leading_short_names(document.text, groups, resolver.kb.canonical_role)  # round 21: after the countries
    add_active_states(groups, resolver, own)  # round 24a: JNIM in a story about Burkina Faso
    add_flag_states(document.text, groups, resolver, recognizer.day)  # round 23: a vessel's flag
    add_service_states(document.text, groups, resolver, recognizer.day)  # round 23: "X of Britain's Royal Navy"
    add_posts_abroad(document.text, groups, resolver, recognizer.day)  # round 23: "its embassy in Kinshasa"
    add_paper_seats(document.text, groups, resolver, recognizer.day)  # round 23: "the Madrid daily X"
    add_described_nationality(document.text, doc, groups, resolver, recognizer.day)  # round 25b: "the Russian operator X"
    add_described_people(doc, groups, resolver, recognizer.day)  # round 27a: "a Malian trader, Mr X"
    add_staff_countries(document.text, doc, groups)  # round 28a1: "its editor-in-chief, Marta Lozano"
    add_parent_countries(document.text, doc, groups)  # round 25b: "X is a subsidiary of Perth-based Y"
    add_generic_heads_of_named(document.text, groups)
    add_definite_heads(document.text, groups, doc)
    add_company_nouns(document.text, groups)  # round 25a: "Westgate ... the company said"
    add_sole_faction(document.text, groups, resolver)  # round 23b: "the holdout faction"
    keep_sole_offices(groups, focus)
    drop_bare_titles(groups)
    link_pronouns(document.text, doc, groups)
    add_offices_of_holders(document.text, groups)
    add_people_behind(document.text, groups, resolver, recognizer.day, document.authors, document.publisher)
    add_writer_nationality(doc, groups, resolver, recognizer.day, document.authors)  # round 35e35
    add_issuing_state(document.text, groups, resolver, recognizer.day, document.publisher, issuer, document.sections)
    actors = _of_the_sole_armed_group(to_actors(groups))
    actors = _meeting_members(document.text, actors)
    logger.debug("document %s: %d mentions, %d actors", document.id, len(mentions), len(actors))
    return {"actors": actors}


def _of_the_sole_armed_group(actors: list) -> list:
    """"the attackers", "the militants" with no country of their own, in a text whose named armed
    groups (a name with a capital and a country: "al-Shabaab") are all of one country: that country
    (round 19d). Texts naming armed groups of two countries, or none, are left as they were."""
    from dataclasses import replace

    named = {a.country for a in actors if a.kind == "armed_group" and a.country and not a.name.islower()}
    if len(named) != 1:
        return actors
    country = next(iter(named))
    return [replace(a, country=country) if a.kind == "armed_group" and a.country is None and a.name.islower()
            else a for a in actors]


#: "Meeting of the Gulf of Guinea Coastal States", "Summit of the Amazon Countries": a meeting of
#: a named set of states at the top of a text (round 20d). The set's name: capitalised words (with
#: "of", "and", "the" between them) ending with a plural of states.
_MEETING_OF = re.compile(
    r"\b(?:Meeting|Summit|Conference|Session|Gathering)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w\u2019'.-]*(?:\s+(?:of|and|the|[A-Z][\w\u2019'.-]*)){0,7}?\s+(?:States|Countries|Nations))\b")
#: One of which every match of ``_MEETING_OF`` holds (a text with none in its first 800 characters
#: is not searched, round 30s2).
_MEETING_WORDS = ("Meeting", "Summit", "Conference", "Session", "Gathering")
#: Bare plural titles that, in such a meeting's text, stand for its members ("Ministers welcomed ...").
MEETING_MEMBER_TITLES = frozenset({"ministers", "foreign ministers", "leaders", "heads of delegation",
                                   "heads of state and government"})
#: Where such a title may stand: anywhere but after a capitalised word ("Prime Ministers"), "of"
#: ("Council of Ministers") or a possessive ("Nigeria's Ministers"); "The Ministers" whole.
_MEMBER_TITLE = re.compile(r"(?<![A-Z][\w.]\s)(?<!\bof\s)(?<!'s\s)(?<!\u2019s\s)\b(?:The\s+)?"
                           r"(Ministers|Foreign Ministers|Leaders|Heads of Delegation|Heads of State and Government)\b")


def _meeting_members(text: str, actors: list) -> list:
    """A chair's summary or communique "of the Ministerial Meeting of the Gulf of Guinea Coastal
    States": the named set of states (no knowledge-base body, no actor covering the whole name) is
    an actor of its own (a group of no country), and the bare plural titles that open the text's
    sentences or list items ("Ministers welcomed ...", "The Ministers agreed ...") are its mentions,
    taken from whichever actor had them (a later "Nigeria's Minister of State", or none). Texts with
    no such meeting in their first 800 characters are left as they were (round 20d)."""
    from dataclasses import replace

    from ..document import Actor

    m = _MEETING_OF.search(text, 0, 800) if any(text.find(w, 0, 800) >= 0 for w in _MEETING_WORDS) else None
    if m is None:
        return actors
    body, (b0, b1) = m.group("body"), m.span("body")
    if body.split()[0] in ("United", "Member") or len(body.split()) < 2 or \
            any(s <= b0 and e >= b1 for a in actors for s, e in a.mentions):
        return actors  # "the United Nations", a body the knowledge base or the model named whole
    spans = [(i, i + len(body)) for i in _find_all(text, body)]
    members = [mm.span(1) if not mm.group(0).startswith("The") else mm.span(0) for mm in _MEMBER_TITLE.finditer(text)]
    members = [(s, e) for s, e in members if text[s:e].lower().removeprefix("the ").strip() in MEETING_MEMBER_TITLES]
    if not members:
        return actors
    taken = spans + members

    def outside(span):
        return not any(s <= span[0] and span[1] <= e or span[0] <= s and e <= span[1] for s, e in taken)

    out = []
    for a in actors:
        kept = tuple(sp for sp in a.mentions if outside(sp))
        if kept:
            out.append(replace(a, mentions=kept) if len(kept) != len(a.mentions) else a)
    out.append(Actor(id="", name=body, kind="group", country=None, sector=None, role=None,
                     mentions=tuple(sorted(taken)), key=None))
    out.sort(key=lambda a: min(s for s, _ in a.mentions))
    return [replace(a, id=f"a{i}") for i, a in enumerate(out, 1)]


def _find_all(text: str, needle: str):
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + len(needle))
