"""A synthetic corpus of international-affairs texts, written by code, for tests and benchmarks.

    >>> from communique.testing.corpus import generate_records, synthetic_documents, write_corpus
    >>> records = generate_records(300, seed=7)   # Records: text + title/published/publisher/url
    >>> docs = synthetic_documents(300, seed=7)   # the same texts as annotated Documents
    >>> write_corpus(tmp_path, 300, formats=("txt", "md", "jsonl", "html"))

Every text is assembled from sentence templates written for this project, over a
fixed cast of states, organisations and invented officials: wire reports,
official statements and opinion pieces, of varied length, with dated and
undated documents. ``synthetic_documents`` also returns the annotations the
generator knows it placed (actors with mention offsets, one PLOVER event per
event sentence, quotes, a technique, a call to action, stance), so store tests
can exercise every table without depending on the stages' current recall.
The output is deterministic for a given ``(n, seed)``.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from ..document import (Actor, Attribution, CallToAction, Document, Event, Quote, Section, Stance,
                        Technique, Trigger)
from ..ingest.records import Record

# (name, ISO3 or None, kind, sector) -- states and organisations the texts talk about.
STATES = [
    ("Russia", "RUS"), ("Ukraine", "UKR"), ("China", "CHN"), ("the United States", "USA"),
    ("France", "FRA"), ("Germany", "DEU"), ("India", "IND"), ("Brazil", "BRA"), ("Turkey", "TUR"),
    ("Iran", "IRN"), ("Israel", "ISR"), ("Egypt", "EGY"), ("Japan", "JPN"), ("Afghanistan", "AFG"),
    ("Pakistan", "PAK"), ("Poland", "POL"), ("Kenya", "KEN"), ("Mexico", "MEX"), ("Qatar", "QAT"),
    ("South Africa", "ZAF"),
]
ORGANISATIONS = [("the United Nations", "igo", "IGO"), ("NATO", "igo", "IGO"),
                 ("the European Union", "igo", "IGO"), ("the African Union", "igo", "IGO")]
# Invented officials: (given name, family name, title, ISO3 of their state).
OFFICIALS = [
    ("Irina", "Valko", "Foreign Minister", "RUS"), ("Taras", "Hordienko", "Defence Minister", "UKR"),
    ("Wen", "Liqiang", "spokesperson", "CHN"), ("Martha", "Keller", "Secretary of State", "USA"),
    ("Julien", "Marchet", "President", "FRA"), ("Anke", "Brauer", "Chancellor", "DEU"),
    ("Ravi", "Sundaram", "External Affairs Minister", "IND"), ("Paulo", "Teixeira", "Foreign Minister", "BRA"),
    ("Selin", "Aydemir", "Foreign Minister", "TUR"), ("Dariush", "Kamali", "Foreign Minister", "IRN"),
    ("Amina", "Odhiambo", "Cabinet Secretary", "KEN"), ("Hiro", "Tanabe", "Prime Minister", "JPN"),
]
PUBLISHERS = ["Meridian Wire", "Harbor Post", "The Daily Compass", "Northgate Review", "Atlas Bulletin",
              "Capital Ledger"]
CITIES = ["Geneva", "Doha", "Vienna", "Istanbul", "Nairobi", "Brasilia", "Jakarta", "Oslo", "Cairo"]
TOPICS = ["grain exports", "a prisoner exchange", "border security", "energy supplies", "a ceasefire",
          "nuclear inspections", "shipping lanes", "refugee returns", "debt relief", "fishing rights"]

# (PLOVER type, template, trigger word): {S} source, {T} target, {X} topic, {C} city.
EVENT_TEMPLATES = [
    ("AGREE", "{S} agreed with {T} on {X}, officials in {C} said.", "agreed"),
    ("CONSULT", "{S} met a delegation from {T} in {C} to discuss {X}.", "met"),
    ("SUPPORT", "{S} praised {T} for its handling of {X}.", "praised"),
    ("CONCEDE", "{S} eased restrictions on {T} after talks on {X}.", "eased"),
    ("COOPERATE", "{S} signed a pact with {T} covering {X}.", "signed"),
    ("AID", "{S} sent emergency aid to {T} as the dispute over {X} dragged on.", "sent"),
    ("RETREAT", "{S} withdrew its forces from the frontier with {T}.", "withdrew"),
    ("REQUEST", "{S} urged {T} to resume negotiations on {X}.", "urged"),
    ("ACCUSE", "{S} accused {T} of undermining {X}.", "accused"),
    ("REJECT", "{S} rejected a proposal from {T} on {X}.", "rejected"),
    ("THREATEN", "{S} threatened {T} with retaliation over {X}.", "threatened"),
    ("PROTEST", "{S} lodged a formal protest with {T} over {X}.", "protest"),
    ("SANCTION", "{S} imposed sanctions on {T} over {X}.", "imposed"),
    ("MOBILIZE", "{S} deployed additional troops near {T}.", "deployed"),
    ("COERCE", "{S} detained several citizens of {T} in {C}.", "detained"),
    ("ASSAULT", "{S} shelled positions held by {T} overnight.", "shelled"),
]
FILLER = [
    "Analysts in {C} said the talks could take months.",
    "Markets reacted calmly to the news on {X}.",
    "Diplomats described the atmosphere as tense but businesslike.",
    "The statement did not give further details about {X}.",
    "Observers expect a follow-up meeting in {C} next month.",
]
QUOTES = [
    "We will not accept pressure on {X}.", "Our door remains open to dialogue.",
    "This decision protects our citizens.", "The talks on {X} were frank and useful.",
]
OPINION = [  # (sentence, technique label, cue word) -- cue word must occur in the sentence
    ("This reckless gamble over {X} is a disgrace.", "Loaded_Language", "disgrace"),
    ("Either we stand firm on {X} or we lose everything.", "Black-and-White_Fallacy", "Either"),
    ("Every sensible nation already agrees with this plan.", "Bandwagon,Reductio_ad_hitlerum", "Every"),
]
CALLS = ["{T} must end its campaign over {X} now.", "{T} should return to the table on {X}."]


@dataclass
class _Builder:
    """Appends text while recording actor mentions and spans."""

    text: str = ""
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)

    def add_template(self, template: str, names: dict[str, str], fill: dict[str, str]) -> dict[str, tuple[int, int]]:
        """Add a template; ``{S}``/``{T}`` are actor slots (mentions recorded), others are plain."""
        spans: dict[str, tuple[int, int]] = {}
        rest = template
        while rest:
            i = rest.find("{")
            if i < 0:
                self.add(rest)
                break
            self.add(rest[:i])
            slot, rest = rest[i + 1:rest.index("}", i)], rest[rest.index("}", i) + 1:]
            if slot in names:
                key = names[slot]
                name = fill[slot]
                if self.text.endswith(". ") or self.text.endswith("\n") or not self.text:
                    name = name[:1].upper() + name[1:]
                span = self.add(name)
                spans[slot] = span
                self.mentions.setdefault(key, []).append(span)
            else:
                self.add(fill[slot])
        return spans


def _actor_cast(rng: random.Random) -> list[tuple[str, str, str, str | None, str | None]]:
    """Actors of one document: (key, name, kind, country, sector)."""
    states = rng.sample(STATES, 3)
    cast = [(iso, name, "state", iso, None) for name, iso in states]
    if rng.random() < 0.4:
        name, kind, sector = rng.choice(ORGANISATIONS)
        key = "igo:" + name.removeprefix("the ").lower().replace(" ", "-")
        cast.append((key, name, kind, None, sector))
    return cast


def _date(rng: random.Random) -> str | None:
    if rng.random() < 0.1:
        return None
    day = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randrange(730))
    return day.isoformat()


def _one(n: int, rng: random.Random) -> Document:
    kind = rng.choice(["news", "news", "statement", "commentary"])
    cast = _actor_cast(rng)
    b = _Builder()
    events, quotes, techniques, calls, stance_ev = [], [], [], [], []
    sections: list[Section] = []
    official = None
    paragraphs = rng.randint(2, 7)
    body_start = 0
    for p in range(paragraphs):
        if p:
            b.add("\n\n")
        for _ in range(rng.randint(1, 3)):
            if b.text and not b.text.endswith("\n"):
                b.add(" ")
            src, tgt = rng.sample(cast, 2)
            fill = {"S": src[1], "T": tgt[1], "X": rng.choice(TOPICS), "C": rng.choice(CITIES)}
            if rng.random() < 0.6:
                ptype, template, trigger = rng.choice(EVENT_TEMPLATES)
                sent_start = len(b.text)
                before = len(b.text)
                b.add_template(template, {"S": src[0], "T": tgt[0]}, fill)
                t_start = b.text.index(trigger, before)
                events.append((ptype, src[0], tgt[0], (t_start, t_start + len(trigger)),
                               (sent_start, len(b.text))))
            else:
                b.add_template(rng.choice(FILLER), {}, fill)
        if p == 0 and rng.random() < 0.7:
            first, family, title, iso = rng.choice(OFFICIALS)
            official = (f"person:{first.lower()}-{family.lower()}", f"{first} {family}", iso, title)
            q = rng.choice(QUOTES).format(X=rng.choice(TOPICS))
            b.add(f" {title} {first} ")
            who = b.add(family)
            b.mentions.setdefault(official[0], []).append(who)
            b.add(" said: \u201c")
            qs = b.add(q)
            b.add("\u201d")
            quotes.append((qs, q, official[0], family))
    body_end = len(b.text)
    sections.append(Section("statement" if kind == "statement" else "news", body_start, body_end))
    if kind == "commentary":
        b.add("\n\n")
        c_start = len(b.text)
        sentence, label, cue = rng.choice(OPINION)
        tgt = rng.choice(cast)
        s_span = b.add(sentence.format(X=rng.choice(TOPICS)))
        techniques.append((s_span, label, cue))
        b.add(" ")
        if rng.random() < 0.7:  # the author's own account of an event
            src, tgt = rng.sample(cast, 2)
            ptype, template, trigger = rng.choice(EVENT_TEMPLATES)
            before = len(b.text)
            b.add_template(template, {"S": src[0], "T": tgt[0]},
                           {"S": src[1], "T": tgt[1], "X": rng.choice(TOPICS), "C": rng.choice(CITIES)})
            t_start = b.text.index(trigger, before)
            events.append((ptype, src[0], tgt[0], (t_start, t_start + len(trigger)), (before, len(b.text))))
            b.add(" ")
        before = len(b.text)
        b.add_template(rng.choice(CALLS), {"T": tgt[0]}, {"T": tgt[1], "X": rng.choice(TOPICS)})
        calls.append(((before, len(b.text)), tgt[0]))
        stance_ev.append((tgt[0], (before, len(b.text))))
        sections.append(Section("commentary", c_start, len(b.text), None))
    # actors that were actually mentioned, numbered in order of first mention
    keyed = {key: (name, k, country, sector) for key, name, k, country, sector in cast}
    if official:
        keyed[official[0]] = (official[1], "person", official[2], "GOV")
    order = sorted(b.mentions, key=lambda key: b.mentions[key][0])
    ids = {key: f"a{i + 1}" for i, key in enumerate(order)}
    actors = [Actor(ids[key], keyed[key][0].removeprefix("the "), keyed[key][1], keyed[key][2],
                    keyed[key][3], official[3] if official and key == official[0] else None,
                    tuple(b.mentions[key]), key) for key in order]
    section_of = lambda off: next((s.kind for s in sections if s.start <= off < s.end), None)  # noqa: E731
    doc = Document(
        text=b.text, source=f"synthetic://{n}", published=_date(rng), publisher=rng.choice(PUBLISHERS),
        title=f"Synthetic report {n}: {rng.choice(TOPICS)}", sections=sections, actors=actors,
        events=[Event(f"e{i + 1}", ptype, "asserted", (ids[s],), (ids[t],), Trigger(ts, te, b.text[ts:te]),
                      sent, section_of(ts), Attribution("author" if section_of(ts) == "commentary" else "reported"),
                      confidence=0.9)
                for i, (ptype, s, t, (ts, te), sent) in enumerate(events)],
        quotes=[Quote(f"q{i + 1}", "direct", text, s, e, ids[key], who, "said")
                for i, ((s, e), text, key, who) in enumerate(quotes)],
        techniques=[Technique(label, s, e, b.text[s:e], 0.6, cue) for (s, e), label, cue in techniques],
        calls_to_action=[CallToAction(s, e, b.text[s:e], "end" if "end" in b.text[s:e] else "return",
                                      ids[key]) for (s, e), key in calls],
        stance=[Stance("author", ids[key], -0.6, (span,)) for key, span in stance_ev],
    )
    if n % EXTENSION_EVERY == 0 and doc.actors:  # what a plugin stage would add: a list and a scalar
        first = doc.actors[0]
        doc.extensions = {"first_mentions": [{"start": s, "end": e, "text": doc.text[s:e], "actor": first.id}
                                             for s, e in first.mentions[:2]],
                          "synthetic": True}
    return doc


#: Every n-th synthetic document carries ``extensions`` (as a plugin stage would write them).
EXTENSION_EVERY = 3


def synthetic_documents(n: int = 300, seed: int = 0) -> list[Document]:
    """``n`` annotated synthetic documents (distinct texts), deterministic for ``seed``."""
    rng = random.Random(seed)
    out, seen = [], set()
    i = 0
    while len(out) < n:
        doc = _one(i, rng)
        i += 1
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out


def generate_records(n: int = 300, seed: int = 0) -> list[Record]:
    """The texts of ``synthetic_documents(n, seed)`` as ``Record``s with their metadata."""
    return [Record(d.text, d.source, {"title": d.title, "published": d.published, "publisher": d.publisher,
                                      "url": d.source})
            for d in synthetic_documents(n, seed)]


def write_corpus(folder: str | Path, n: int = 300, seed: int = 0,
                 formats: tuple[str, ...] = ("txt", "jsonl")) -> list[Path]:
    """Write the corpus under ``folder``, spreading documents over ``formats``
    (txt/md: one file each; jsonl: one table; html: one page each). Returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    docs = synthetic_documents(n, seed)
    paths: list[Path] = []
    table: list[dict] = []
    for i, d in enumerate(docs):
        fmt = formats[i % len(formats)]
        if fmt == "jsonl":
            table.append({"text": d.text, "id": f"doc{i}", "title": d.title, "published": d.published,
                          "publisher": d.publisher})
        elif fmt == "html":
            body = "".join(f"<p>{p}</p>" for p in d.text.split("\n\n"))
            page = (f"<html><head><title>{d.title}</title></head><body><article><h1>{d.title}</h1>"
                    f"{body}</article></body></html>")
            paths.append(folder / f"doc{i:05d}.html")
            paths[-1].write_text(page, encoding="utf-8")
        else:
            paths.append(folder / f"doc{i:05d}.{fmt}")
            paths[-1].write_text(d.text + "\n" if fmt == "txt" else f"# {d.title}\n\n{d.text}\n", encoding="utf-8")
    if table:
        path = folder / "table.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table), encoding="utf-8")
        paths.append(path)
    return paths


def expected_row_counts(documents: list[Document], errors: int = 0) -> dict[str, int]:
    """Rows each store table must hold after ``documents`` (and ``errors`` failures) are
    written: the sum of the per-document outputs, actors counted once per corpus key."""
    from ..store.rows import actor_key, extension_rows

    return {
        "documents": len(documents),
        "sections": sum(len(d.sections) for d in documents),
        "actors": len({actor_key(a) for d in documents for a in d.actors}),
        "doc_actors": sum(len(d.actors) for d in documents),
        "mentions": sum(len(a.mentions) for d in documents for a in d.actors),
        "events": sum(len(d.events) for d in documents),
        "event_actors": sum(len(e.source) + len(e.target) for d in documents for e in d.events),
        "quotes": sum(len(d.quotes) for d in documents),
        "techniques": sum(len(d.techniques) for d in documents),
        "calls_to_action": sum(len(d.calls_to_action) for d in documents),
        "stance": sum(len(d.stance) for d in documents),
        "extensions": sum(len(extension_rows(d)) for d in documents),
        "errors": errors,
    }
