"""Human labels for what the store keeps as internal keys (issue 19): technique names
("Name_Calling,Labeling" -> "Name calling / labelling"), the reason an item was coded
("cue:appeal-high-ranking" -> "cue words “appeal high ranking”"), document titles when the
metadata has none (the first line of the text) and outlets when there is no publisher
(the domain of the source URL), countries by name (``RUS`` -> "Russia"), and dates by
their precision and source ("March 2024", "from the sentence"; "undated" when there is none).

Plain strings in, plain strings out: escaping stays the template's job. Internal keys
(``person:sergei-shoigu``) are never shown as text; pages show names and keep keys in
links only. ``INTERNAL_KEY`` is the pattern the tests look for in every page's visible text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .. import resources

#: Technique names as shown, for the ones where spelling the key out is not enough.
TECHNIQUE_LABELS = {
    "Name_Calling,Labeling": "Name calling / labelling",
    "Exaggeration,Minimisation": "Exaggeration / minimisation",
    "Appeal_to_fear-prejudice": "Appeal to fear / prejudice",
    "Flag-Waving": "Flag-waving",
    "Black-and-White_Fallacy": "Black-and-white fallacy",
    "Thought-terminating_Cliches": "Thought-terminating clichés",
    "Whataboutism,Straw_Men,Red_Herring": "Whataboutism / straw men / red herring",
    "Bandwagon,Reductio_ad_hitlerum": "Bandwagon / reductio ad Hitlerum",
}

#: What a cue's rule prefix means, as the start of a sentence ("why it was coded").
CUE_RULES = {
    "cue": "cue words",
    "lexicon": "trigger word",
    "violent-noun": "violent noun",
    "deontic-demand": "demand with",
    "quoted-accuse": "accusation in a quote, cue",
    "claimed-conflict": "conflict claimed by",
    "tell-request": "request told with",
    "name_calling": "political label",
    "label": "political label",
}

#: Actor kinds as the graph's legend names them (``Document.ACTOR_KINDS``, then actors without a kind).
ACTOR_KIND_LABELS = {
    "state": "State", "person": "Person", "organization": "Organisation", "igo": "International organisation",
    "armed_group": "Armed group", "group": "Group", "location": "Place", "unknown": "Other",
}

#: Internal keys that must never reach a page's visible text: ``person:sergei-shoigu``,
#: ``org:russian-mod``, ``cue:appeal-high-ranking``, ``Name_Calling,Labeling``.
INTERNAL_KEY = re.compile(
    r"\b[a-z][a-z_-]*:[a-z0-9][a-z0-9]*(?:-[a-z0-9]+)+\b"  # prefix:slug-with-dashes
    r"|\b(?:person|org|cue|actor|loc|gpe|norp):[a-z0-9]"  # known prefixes, any slug
    r"|\b[A-Z][a-z]+_[A-Za-z]"  # Snake_Case technique keys
    r"|\b[A-Z][a-z]+,[A-Z][a-z]+"  # comma-joined keys (Name_Calling,Labeling)
)

#: Longest title taken from a document's first line.
TITLE_FROM_TEXT_MAX_CHARS = 90

_DOMAIN = re.compile(r"^https?://", re.I)


def technique(name: str | None) -> str:
    """``Loaded_Language`` -> ``Loaded language``; known compound keys from ``TECHNIQUE_LABELS``."""
    if not name:
        return ""
    if name in TECHNIQUE_LABELS:
        return TECHNIQUE_LABELS[name]
    words = " / ".join(part.replace("_", " ").strip() for part in name.split(","))
    return words[:1].upper() + words[1:].lower() if words else name


def _words(slug: str) -> str:
    return " ".join(slug.replace("_", " ").replace("-", " ").split())


def cue(raw: str | None) -> str:
    """Why an item was coded, readable: ``cue:appeal-high-ranking`` -> ``cue words “appeal high
    ranking”``; ``lexicon:ASSAULT:shelling (line 12)`` -> ``trigger word “shelling” (ASSAULT list,
    line 12)``; ``... + minilm-head:AID p=0.81`` -> ``...; confirmed by the classifier (p=0.81)``.
    A cue without a rule prefix (a plain word) is returned as it is."""
    if not raw:
        return ""
    parts = [p.strip() for p in raw.split(" + ")]
    out = []
    for part in parts:
        m = re.match(r"minilm-head:(\S+) p=([0-9.]+)", part)
        if m:
            out.append(f"confirmed by the classifier (p={m.group(2)})")
            continue
        m = re.match(r"lexicon:([A-Z_]+):(.+?)(?: \(line (\d+)\))?$", part)
        if m:
            where = f"{m.group(1)} list" + (f", line {m.group(3)}" if m.group(3) else "")
            out.append(f"trigger word “{m.group(2)}” ({where})")
            continue
        m = re.match(r"([a-z][a-z_-]*):(.+)$", part)
        if m and not part.startswith(("http:", "https:")):
            rule, rest = m.group(1), m.group(2)
            label = CUE_RULES.get(rule, _words(rule))
            out.append(f"{label} “{_words(rest) if re.fullmatch(r'[a-z0-9_-]+', rest) else rest}”")
            continue
        out.append(part)
    return "; ".join(out)


def title(title: str | None, text: str | None, doc_id: str | None = None) -> str:
    """The stored title, else the first non-empty line of the text (clipped), else a generic name."""
    if title and title.strip():
        return " ".join(title.split())
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) > TITLE_FROM_TEXT_MAX_CHARS:
                line = line[: TITLE_FROM_TEXT_MAX_CHARS - 1].rstrip() + "…"
            return line
    return "Untitled document"


def outlet(publisher: str | None, source: str | None) -> str | None:
    """The publisher, else the host of an http(s) source without ``www.``, else None."""
    if publisher and publisher.strip():
        return publisher.strip()
    if source and _DOMAIN.match(source):
        host = (urlsplit(source).hostname or "").lower()
        host = host[4:] if host.startswith("www.") else host
        return host or None
    return None


#: SQL for the same fallbacks over ``documents d`` (title from the first line, outlet from the domain).
TITLE_SQL = (f"coalesce(nullif(trim(d.title), ''), nullif(left(trim(split_part(ltrim(d.text, chr(10) || ' '),"
             f" chr(10), 1)), {TITLE_FROM_TEXT_MAX_CHARS}), ''), 'Untitled document')")
OUTLET_SQL = ("coalesce(nullif(trim(d.publisher), ''), nullif(regexp_extract(lower(d.source),"
              " '^https?://(?:www\\.)?([^/:?#]+)', 1), ''))")


@resources.cached
def country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> short name, from ``actors/states.yaml`` (the actor knowledge base)."""
    data = resources.yaml("actors/states.yaml") or {}
    return {entry["key"]: entry["name"] for entry in data.get("entries", ()) if entry.get("name")}


def country(code: str | None) -> str:
    """A country by name: ``RUS`` -> ``Russia``; a code the knowledge base does not know is
    returned as it is (an ISO code is then the best label there is)."""
    if not code:
        return ""
    return country_names().get(code.upper(), code)


#: Stance polarities closer to 0 than this are shown as neutral (not coloured).
NEUTRAL_POLARITY = 0.05


def polarity_class(value: float | None) -> str:
    """CSS class of a stance polarity: ``pos``, ``neg`` or ``neu`` (within ``NEUTRAL_POLARITY`` of 0)."""
    if value is None or abs(value) < NEUTRAL_POLARITY:
        return "neu"
    return "pos" if value > 0 else "neg"


def polarity_word(value: float | None) -> str:
    """A stance polarity in words: favourable, hostile or neutral."""
    return {"pos": "favourable", "neg": "hostile", "neu": "neutral"}[polarity_class(value)]


#: Where a shown date came from, in words: an event's ``date_source`` (``Event.date_source``), and
#: ``document`` where the event has no date and its document's publication date stands in.
DATE_SOURCE_LABELS = {
    "sentence": "from the sentence",
    "context": "from the story",
    "published": "publication date, said that day",
    "document": "publication date, no event date",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def event_date(value: str | None, precision: str | None = None) -> str:
    """A date as fine as it is known (``Event.date_precision``; a coarser date is the first day of
    its period): ``day`` (or none) 2024-03-04, ``week`` "week of 4 Mar 2024", ``month`` "March 2024",
    ``year`` "2024"; "undated" without a date."""
    if not value:
        return "undated"
    year, month, day = value[:4], int(value[5:7]), int(value[8:10])
    if precision == "year":
        return year
    if precision == "month":
        return f"{_MONTHS[month - 1]} {year}"
    if precision == "week":
        return f"week of {day} {_MONTHS[month - 1][:3]} {year}"
    return value


def date_source(source: str | None) -> str:
    """Where a date came from, in words (``DATE_SOURCE_LABELS``); "" when unknown (rows stored
    before it was recorded)."""
    return DATE_SOURCE_LABELS.get(source or "", "")
