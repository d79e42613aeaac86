"""Actors stage: political actors recognised in the text and resolved to who they
are (kind, country, sector, role, stable key). See docs/actors.md."""

from __future__ import annotations

import logging
from pathlib import Path

from .. import resources
from ..actors.build import add_offices_of_holders, add_short_generic_names, keep_sole_offices  # noqa: I001
from ..actors.build import add_company_short_names  # noqa: I001
from ..actors.build import dateline_span  # noqa: I001
from ..actors.build import add_issuing_state  # noqa: I001
from ..actors.build import (add_abbreviations, redefine_abbreviations, add_focus_country, add_led_sides, add_organs_of_named_bodies,
                            add_people_behind, add_short_names, add_state_forms, add_surnames, dateline_country,
                            drop_bare_titles, drop_borrowed_appositives, focus_of, issued_from, leaders_of_governments,
                            link_pronouns, merge, merge_offices, merge_titles, story_country, to_actors)
from ..actors.bare import issuing_state
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
    add_short_names(groups)
    add_company_short_names(groups)
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
    groups = add_focus_country(document.text, groups, focus, resolver, recognizer.day, doc, issuer)
    keep_sole_offices(groups, focus)
    drop_bare_titles(groups)
    link_pronouns(document.text, doc, groups)
    add_offices_of_holders(document.text, groups)
    add_people_behind(document.text, groups, resolver, recognizer.day, document.authors, document.publisher)
    add_issuing_state(document.text, groups, resolver, recognizer.day, document.publisher, issuer, document.sections)
    actors = _of_the_sole_armed_group(to_actors(groups))
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
