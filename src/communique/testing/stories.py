"""A story corpus written for this project: twelve international stories, each told by
three to five outlets in distinct voices, plus forty unrelated documents, with the
intended grouping (which documents tell one story, which event mentions are one event).

    >>> from communique.testing.stories import story_corpus
    >>> corpus = story_corpus()
    >>> len(corpus.documents), corpus.story_of[doc.id], corpus.event_of[(doc.id, "e1")]

Voices: a wire agency (neutral, quotes both sides), state media of the first actor
(praise, only its own side quoted), that state's ministry statement (first person, the
author claims the event), an advocacy op-ed (loaded language, calls to action, the
author's own account) and a local paper in the host city (a resident's view). Every text
was written here; the documents carry the annotations the generator placed (actors with
their mention offsets, events, quotes, techniques, calls to action, stance), so
clustering can be scored without depending on the analysis stages' recall; the same
texts can also be analysed by the pipeline (``benchmarks/stories.py --pipeline``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..document import (Actor, Attribution, CallToAction, Document, Event, Quote, Section, Stance,
                        Technique, Trigger)

# key -> (name as written, kind, country, adjective)
ACTORS = {
    "RUS": ("Russia", "state", "RUS", "Russian"), "UKR": ("Ukraine", "state", "UKR", "Ukrainian"),
    "CHN": ("China", "state", "CHN", "Chinese"), "USA": ("the United States", "state", "USA", "American"),
    "FRA": ("France", "state", "FRA", "French"), "DEU": ("Germany", "state", "DEU", "German"),
    "IND": ("India", "state", "IND", "Indian"), "BRA": ("Brazil", "state", "BRA", "Brazilian"),
    "TUR": ("Turkey", "state", "TUR", "Turkish"), "IRN": ("Iran", "state", "IRN", "Iranian"),
    "EGY": ("Egypt", "state", "EGY", "Egyptian"), "JPN": ("Japan", "state", "JPN", "Japanese"),
    "KEN": ("Kenya", "state", "KEN", "Kenyan"), "ETH": ("Ethiopia", "state", "ETH", "Ethiopian"),
    "SRB": ("Serbia", "state", "SRB", "Serbian"), "XKX": ("Kosovo", "state", "XKX", "Kosovar"),
    "VEN": ("Venezuela", "state", "VEN", "Venezuelan"), "GUY": ("Guyana", "state", "GUY", "Guyanese"),
    "PHL": ("the Philippines", "state", "PHL", "Philippine"), "ARM": ("Armenia", "state", "ARM", "Armenian"),
    "AZE": ("Azerbaijan", "state", "AZE", "Azerbaijani"), "PAK": ("Pakistan", "state", "PAK", "Pakistani"),
    "igo:united-nations": ("the United Nations", "igo", None, "UN"),
    "igo:african-union": ("the African Union", "igo", None, "African Union"),
}


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    country: str

    @property
    def key(self) -> str:
        return "person:" + self.name.lower().replace(" ", "-")

    @property
    def family(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Story:
    """One real-world story: its main event and, optionally, a reaction to it."""

    sid: str
    day: _dt.date
    city: str
    type: str
    a: str
    b: str
    clause: str          # the main event, "{A}" and "{B}" for the actors
    trigger: str         # the main event's trigger word, inside ``clause``
    topic: str
    detail: str          # one sentence of facts every outlet repeats in its own way
    speaker_a: Person
    speaker_b: Person
    quote_a: str
    quote_b: str
    react: tuple[str, str, str, str, str] | None = None  # (type, src A|B, tgt A|B, clause, trigger)
    voices: tuple[str, ...] = ("wire", "state", "ministry", "oped", "local")


STORIES = [
    Story("grain", _dt.date(2025, 2, 3), "Istanbul", "AGREE", "RUS", "UKR",
          "{A} agreed with {B} to reopen the Black Sea grain corridor", "agreed", "grain shipments",
          "The arrangement lets about forty cargo ships a week leave Odesa under Turkish inspection.",
          Person("Irina Valko", "Foreign Minister", "RUS"), Person("Taras Hordienko", "Deputy Minister", "UKR"),
          "The corridor will feed millions and calm the markets.",
          "Every ship must be inspected fairly and on time.",
          ("ACCUSE", "B", "A", "{B} accused {A} of delaying inspections of the first convoy", "accused"),
          ("wire", "state", "ministry", "oped", "local")),
    Story("nile", _dt.date(2025, 2, 20), "Addis Ababa", "CONSULT", "EGY", "ETH",
          "{A} held talks with {B} on the filling of the Renaissance dam reservoir", "held", "the Nile dam",
          "Engineers presented rainfall data showing the reservoir could reach full height by August.",
          Person("Samir Haddad", "Water Minister", "EGY"), Person("Lemlem Tesfaye", "Water Minister", "ETH"),
          "Our share of the river is a question of survival.",
          "The dam brings light to villages that never had power.",
          None, ("wire", "state", "local")),
    Story("tariffs", _dt.date(2025, 3, 11), "Washington", "SANCTION", "USA", "CHN",
          "{A} imposed new tariffs on {B} covering semiconductors and solar panels", "imposed", "chip tariffs",
          "The duties of forty percent apply to chips, wafers and photovoltaic modules from next month.",
          Person("Martha Keller", "Trade Representative", "USA"), Person("Wen Liqiang", "Commerce Ministry spokesperson", "CHN"),
          "These tariffs protect American workers from dumping.",
          "Unilateral bullying will only hurt the world economy.",
          ("THREATEN", "B", "A", "{B} threatened {A} with countermeasures against its farm exports", "threatened"),
          ("wire", "state", "ministry", "oped")),
    Story("kosovo", _dt.date(2025, 3, 27), "Brussels", "CONSULT", "SRB", "XKX",
          "{A} met {B} for European Union mediated talks on licence plates and border crossings", "met",
          "the licence plate dispute",
          "Drivers in the north have faced fines and queues at the Jarinje crossing for months.",
          Person("Dragan Pavlovic", "Chief Negotiator", "SRB"), Person("Besa Krasniqi", "Deputy Prime Minister", "XKX"),
          "We came to Brussels to protect our people in the north.",
          "Kosovo plates are legal everywhere on our territory.",
          None, ("wire", "state", "ministry", "local")),
    Story("essequibo", _dt.date(2025, 4, 14), "Georgetown", "MOBILIZE", "VEN", "GUY",
          "{A} deployed troops and patrol boats near the border with {B}", "deployed", "the Essequibo region",
          "Satellite images showed armoured vehicles gathering on the Cuyuni river bank.",
          Person("Rafael Montilla", "Defence Minister", "VEN"), Person("Anita Persaud", "Foreign Secretary", "GUY"),
          "We are exercising sovereignty over our historic territory.",
          "We call on the world to stand with a small nation under threat.",
          ("PROTEST", "B", "A", "{B} lodged a formal protest with {A} over the troop movements", "protest"),
          ("wire", "state", "oped", "local")),
    Story("shoal", _dt.date(2025, 5, 6), "Manila", "COERCE", "CHN", "PHL",
          "{A} blocked a resupply mission of {B} near the Second Thomas Shoal with water cannon", "blocked",
          "the shoal resupply",
          "Two coast guard vessels fired water cannon at a wooden supply boat carrying rice and medicine.",
          Person("Zhao Ning", "Coast Guard spokesperson", "CHN"), Person("Maria Dela Cruz", "National Security Adviser", "PHL"),
          "The Philippine vessels intruded into our waters without permission.",
          "Firing water cannon at a boat of rice is not the act of a good neighbour.",
          ("ACCUSE", "B", "A", "{B} accused {A} of dangerous manoeuvres at sea", "accused"),
          ("wire", "state", "ministry", "oped", "local")),
    Story("corridor", _dt.date(2025, 5, 29), "Tbilisi", "AGREE", "ARM", "AZE",
          "{A} agreed with {B} on the opening of a road and rail transit route", "agreed", "the transit corridor",
          "The route would link the two countries across the Syunik mountains for the first time in thirty years.",
          Person("Narek Avetisyan", "Deputy Prime Minister", "ARM"), Person("Elnur Mammadli", "Presidential envoy", "AZE"),
          "Open roads are the foundation of a lasting peace.",
          "This route ends decades of isolation for our people.",
          None, ("wire", "state", "local")),
    Story("aid", _dt.date(2025, 6, 18), "Nairobi", "AID", "JPN", "KEN",
          "{A} sent drought relief and water pumps to {B}", "sent", "drought relief",
          "The shipment includes three hundred solar water pumps for pastoral counties in the north.",
          Person("Hiro Tanabe", "Prime Minister", "JPN"), Person("Amina Odhiambo", "Cabinet Secretary", "KEN"),
          "Japan stands with Kenya in a season of hardship.",
          "These pumps will keep herds alive until the rains return.",
          None, ("wire", "state", "ministry", "local")),
    Story("uranium", _dt.date(2025, 7, 9), "Vienna", "REJECT", "IRN", "igo:united-nations",
          "{A} rejected a request from {B} inspectors to visit the Fordow enrichment site", "rejected",
          "nuclear inspections",
          "The inspectors had asked to read enrichment monitors that were switched off in the spring.",
          Person("Dariush Kamali", "Foreign Minister", "IRN"), Person("Elena Ruiz", "Chief Inspector", "ESP"),
          "Our cooperation cannot continue under threats.",
          "Without access we cannot confirm the programme is peaceful.",
          ("REQUEST", "B", "A", "{B} urged {A} to restore the monitoring cameras", "urged"),
          ("wire", "state", "ministry", "oped", "local")),
    Story("fishing", _dt.date(2025, 8, 21), "Goa", "COOPERATE", "IND", "BRA",
          "{A} signed a fisheries and port cooperation pact with {B}", "signed", "fisheries cooperation",
          "The pact opens joint patrols against illegal trawlers and a cold-storage hub in Mormugao.",
          Person("Ravi Sundaram", "External Affairs Minister", "IND"), Person("Paulo Teixeira", "Foreign Minister", "BRA"),
          "The ocean unites the global south.",
          "Our fishers will gain new markets in Asia.",
          None, ("wire", "state", "ministry")),
    Story("pipeline", _dt.date(2025, 9, 15), "Islamabad", "ACCUSE", "PAK", "IRN",
          "{A} accused {B} of sheltering militants who attacked a gas pipeline in Baluchistan", "accused",
          "the pipeline attack",
          "The blast cut gas supplies to Quetta for three days and wounded two engineers.",
          Person("Farah Qureshi", "Interior Minister", "PAK"), Person("Dariush Kamali", "Foreign Minister", "IRN"),
          "Those who plan attacks from across the border will be held to account.",
          "Iran has always fought terrorism on its frontier.",
          ("REJECT", "B", "A", "{B} rejected the accusation from {A} as baseless", "rejected"),
          ("wire", "state", "oped", "local")),
    Story("summit", _dt.date(2025, 10, 30), "Cairo", "SUPPORT", "igo:african-union", "ETH",
          "{A} endorsed a peace plan of {B} for the Tigray border districts", "endorsed", "the Tigray peace plan",
          "The plan sends ceasefire monitors to twelve border districts and reopens the Humera road.",
          Person("Kwame Boateng", "Commission Chairperson", "GHA"), Person("Lemlem Tesfaye", "Water Minister", "ETH"),
          "African solutions for African problems are working.",
          "Our government has shown it is serious about peace.",
          None, ("wire", "state", "oped", "local")),
]

PUBLISHERS = {"wire": "Meridian Wire", "oped": "Open Borders Review"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Days after the event each voice publishes.
DELAY_DAYS = {"wire": 0, "state": 0, "ministry": 0, "oped": 2, "local": 1}


@dataclass
class _Writer:
    """Appends text while recording what was placed: actors, events, quotes, techniques..."""

    text: str = ""
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    names: dict[str, tuple[str, str, str | None, str | None]] = field(default_factory=dict)
    events: list[tuple] = field(default_factory=list)  # (gold, type, src, tgt, trigger span, sentence, attribution, date)
    quotes: list[tuple] = field(default_factory=list)
    techniques: list[tuple] = field(default_factory=list)
    calls: list[tuple] = field(default_factory=list)
    stance: list[tuple] = field(default_factory=list)

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)

    def actor(self, key: str, written: str | None = None, person: Person | None = None) -> tuple[int, int]:
        if person is not None:
            self.names[key] = (person.name, "person", person.country, person.title)
            written = written or person.name
        else:
            name, kind, country, _ = ACTORS[key]
            self.names[key] = (name.removeprefix("the "), kind, country, None)
            written = written or name
        if self.text.endswith(("\n", ". ")) or not self.text:
            written = written[:1].upper() + written[1:]
        span = self.add(written)
        self.mentions.setdefault(key, []).append(span)
        return span

    def clause(self, clause: str, actors: dict[str, str]) -> None:
        rest = clause
        while "{" in rest:
            i = rest.index("{")
            self.add(rest[:i])
            slot = rest[i + 1:rest.index("}", i)]
            rest = rest[rest.index("}", i) + 1:]
            self.actor(actors[slot])
        self.add(rest)

    def event(self, gold: str, type_: str, src: str, tgt: str, clause: str, trigger: str,
              actors: dict[str, str], attribution: str, date: _dt.date, prefix: str = "", suffix: str = ".") -> None:
        start = len(self.text)
        self.add(prefix)
        before = len(self.text)
        self.clause(clause, actors)
        t = self.text.index(trigger, before)
        self.add(suffix)
        self.events.append((gold, type_, actors[src], actors[tgt], (t, t + len(trigger)), (start, len(self.text)),
                            attribution, date.isoformat()))

    def quote(self, person: Person, words: str, lead: str | None = None) -> None:
        self.add(f" {lead or person.title} ")
        self.actor(person.key, person.family, person)
        self.add(" said: \u201c")
        span = self.add(words)
        self.add("\u201d")
        self.quotes.append((span, words, person.key, person.family))

    def technique(self, sentence: str, label: str, cue: str) -> tuple[int, int]:
        span = self.add(sentence)
        self.techniques.append((span, label, cue))
        return span

    def call(self, key: str, before: str, after: str, action: str) -> tuple[int, int]:
        start = len(self.text)
        self.add(before)
        self.actor(key)
        self.add(after)
        self.calls.append(((start, len(self.text)), key, action))
        return start, len(self.text)


def _sides(story: Story) -> dict[str, str]:
    return {"A": story.a, "B": story.b}


def _react(w: _Writer, story: Story, attribution: str, prefix: str = " Later, ", suffix: str = ".") -> None:
    if story.react:
        type_, src, tgt, clause, trigger = story.react
        w.event(f"{story.sid}-react", type_, src, tgt, clause, trigger, _sides(story), attribution,
                story.day + _dt.timedelta(days=0), prefix, suffix)


def _wire(w: _Writer, s: Story) -> str:
    day = WEEKDAYS[s.day.weekday()]
    w.add(f"{s.city.upper()} (Meridian Wire) - ")
    w.event(f"{s.sid}-main", s.type, "A", "B", s.clause, s.trigger, _sides(s), "reported", s.day,
            suffix=f" on {day}, officials from both sides said.")
    w.add(f" {s.detail}")
    w.quote(s.speaker_a, s.quote_a)
    w.add("\n\n")
    w.quote(s.speaker_b, s.quote_b)
    _react(w, s, "reported")
    w.add(f" Diplomats in {s.city} said further contacts on {s.topic} were expected.")
    return f"{ACTORS[s.a][0].removeprefix('the ').title()} and {ACTORS[s.b][0].removeprefix('the ')} move on {s.topic}"


def _state(w: _Writer, s: Story) -> str:
    adjective = ACTORS[s.a][3]
    w.add("In a landmark step hailed across the region, ")
    w.event(f"{s.sid}-main", s.type, "A", "B", s.clause, s.trigger, _sides(s), "reported", s.day,
            suffix=f" in {s.city}, demonstrating once again the wisdom of {adjective} diplomacy.")
    span = w.technique(" The patient, principled leadership of our nation has prevailed.", "Flag-Waving", "our nation")
    w.stance.append((s.a, 0.8, span))
    w.add(f" According to officials, {s.detail[0].lower()}{s.detail[1:]}")
    w.quote(s.speaker_a, s.quote_a)
    w.add("\n\nObservers noted that the other side had long dragged its feet on ")
    w.add(f"{s.topic}, while ")
    w.actor(s.b)
    neg = w.add(" has a record of broken promises.")
    w.stance.append((s.b, -0.6, neg))
    return f"{adjective} diplomacy delivers on {s.topic}"


def _ministry(w: _Writer, s: Story) -> str:
    w.add("Statement of the Ministry of Foreign Affairs of ")
    w.actor(s.a)
    w.add("\n\nThe Ministry informs that ")
    w.event(f"{s.sid}-main", s.type, "A", "B", s.clause, s.trigger, _sides(s), "author", s.day,
            suffix=f" in {s.city} today, in line with the agreed agenda on {s.topic}.")
    w.add(" The Ministry expects full and timely implementation and ")
    w.call(s.b, "reminds ", " that it must honour every commitment it has made.", "honour every commitment")
    w.add(" The Ministry remains open to dialogue in good faith.")
    return f"Statement on {s.topic}"


def _oped(w: _Writer, s: Story) -> str:
    name_a = ACTORS[s.a][0]
    w.add(f"Opinion: the world is looking away from {s.topic}\n\n")
    span = w.technique("Once again a shameful bargain has been sold as progress.", "Loaded_Language", "shameful")
    w.add(" When ")
    w.event(f"{s.sid}-main", s.type, "A", "B", s.clause, s.trigger, _sides(s), "author", s.day,
            suffix=", the people who pay the price were not at the table.")
    w.add(f" {s.detail} Nobody asked the families what they need.")
    w.technique(" Either we listen to them now or we will regret it for a generation.", "Black-and-White_Fallacy", "Either")
    w.stance.append((s.a, -0.7, span))
    w.add("\n\n")
    w.call("igo:united-nations", "", " must send independent monitors and publish what they find.", "send independent monitors")
    w.add(f" And {name_a.removeprefix('the ')} should stop treating {s.topic} as a bargaining chip.")
    return f"The world is looking away from {s.topic}"


def _local(w: _Writer, s: Story) -> str:
    w.add(f"Residents of {s.city} watched the motorcades pass on Tuesday as ")
    w.event(f"{s.sid}-main", s.type, "A", "B", s.clause, s.trigger, _sides(s), "reported", s.day,
            suffix=".")
    w.add(f" {s.detail} Hotels near the conference hall were full and several streets were closed.")
    w.add(" Local shopkeeper Nadia Okafor said: \u201c")
    span = w.add(f"We hope {s.topic} brings something good, but the traffic was terrible.")
    w.add("\u201d")
    w.quotes.append((span, w.text[span[0]:span[1]], None, "Nadia Okafor"))
    return f"{s.city} hosts the {s.topic} visitors"


VOICES = {"wire": _wire, "state": _state, "ministry": _ministry, "oped": _oped, "local": _local}


def _publisher(voice: str, s: Story) -> str:
    if voice == "state":
        return f"{ACTORS[s.a][3]} State Broadcaster"
    if voice == "ministry":
        return f"Ministry of Foreign Affairs of {ACTORS[s.a][0].removeprefix('the ')}"
    if voice == "local":
        return f"The {s.city} Courier"
    return PUBLISHERS[voice]


def _document(w: _Writer, n: int, title: str, publisher: str, published: _dt.date, section: str,
              gold_of: dict) -> Document:
    order = sorted(w.mentions, key=lambda k: w.mentions[k][0])
    ids = {key: f"a{i + 1}" for i, key in enumerate(order)}
    actors = [Actor(ids[k], w.names[k][0], w.names[k][1], w.names[k][2], None, w.names[k][3],
                    tuple(w.mentions[k]), k) for k in order]
    events = []
    for i, (gold, type_, src, tgt, (ts, te), sent, attribution, date) in enumerate(w.events):
        events.append(Event(f"e{i + 1}", type_, "asserted", (ids[src],), (ids[tgt],), Trigger(ts, te, w.text[ts:te]),
                            sent, section, Attribution(attribution), date=date, confidence=0.9))
    doc = Document(
        text=w.text, source=f"stories://{n:03d}", title=title, publisher=publisher, published=published.isoformat(),
        sections=[Section(section, 0, len(w.text))], actors=actors, events=events,
        quotes=[Quote(f"q{i + 1}", "direct", text, s, e, ids.get(key) if key else None, who, "said")
                for i, ((s, e), text, key, who) in enumerate(w.quotes)],
        techniques=[Technique(label, s, e, w.text[s:e], 0.7, cue) for (s, e), label, cue in w.techniques],
        calls_to_action=[CallToAction(s, e, w.text[s:e], action, ids[key]) for (s, e), key, action in w.calls],
        stance=[Stance("author", ids[key], pol, (span,)) for key, pol, span in w.stance if key in ids],
    )
    for i, (gold, *_rest) in enumerate(w.events):
        gold_of[(doc.id, f"e{i + 1}")] = gold or f"{doc.id}-e{i + 1}"
    return doc


# -- unrelated documents: forty short reports on other matters -----------------------------
_OTHER_PAIRS = [("FRA", "DEU"), ("TUR", "EGY"), ("BRA", "USA"), ("IND", "JPN"), ("KEN", "ETH"),
                ("RUS", "UKR"), ("CHN", "PHL"), ("USA", "CHN"), ("EGY", "ETH"), ("IRN", "PAK")]
_OTHER_EVENTS = [
    ("CONSULT", "{A} hosted a delegation from {B} for talks on", "hosted"),
    ("COOPERATE", "{A} launched a joint research programme with {B} on", "launched"),
    ("REQUEST", "{A} asked {B} to share data on", "asked"),
    ("PROTEST", "{A} summoned the ambassador of {B} over", "summoned"),
]
_OTHER_TOPICS = ["vaccine production", "rare earth mining", "student visas", "river pollution",
                 "satellite launches", "coffee prices", "railway gauges", "museum restitution",
                 "wildfire prevention", "undersea cables"]
_OTHER_DETAILS = [
    "A working group of {n} experts will report back before the end of the year.",
    "The budget for the first phase was put at {n} million euros.",
    "Officials said {n} contracts were still under review by the customs service.",
    "The previous round of contacts took place in a provincial capital, with {n} delegates.",
]


def _unrelated(i: int, gold_of: dict) -> Document:
    a, b = _OTHER_PAIRS[i % len(_OTHER_PAIRS)]
    type_, clause, trigger = _OTHER_EVENTS[(i // len(_OTHER_PAIRS)) % len(_OTHER_EVENTS)]
    topic = _OTHER_TOPICS[(i * 3) % len(_OTHER_TOPICS)]
    # spread over the stories' year, including days close to stories on the same actors
    day = _dt.date(2025, 1, 20) + _dt.timedelta(days=(i * 37) % 320)
    w = _Writer()
    w.add("Meridian Wire - " if i % 2 == 0 else "")
    w.event("", type_, "A", "B", clause + f" {topic}", trigger, {"A": a, "B": b}, "reported", day,
            suffix=" this week, according to a short statement.")
    w.add(" " + _OTHER_DETAILS[i % len(_OTHER_DETAILS)].format(n=12 + 7 * i))
    w.add(f" Neither side described the meeting as a breakthrough, and questions about {topic} remain open.")
    publisher = "Meridian Wire" if i % 2 == 0 else f"The {['Harbor Post', 'Daily Compass', 'Northgate Review'][i % 3]}"
    title = f"{ACTORS[a][0].removeprefix('the ').title()} and {ACTORS[b][0].removeprefix('the ')} discuss {topic}"
    return _document(w, 900 + i, title, publisher, day, "news", gold_of)


@dataclass
class StoryCorpus:
    documents: list[Document]
    story_of: dict[str, str]                 # document id -> story id (unrelated: its own id)
    event_of: dict[tuple[str, str], str]     # (document id, event id) -> gold event cluster


def story_corpus(unrelated: int = 40) -> StoryCorpus:
    """The twelve stories in their voices plus ``unrelated`` other documents, deterministic."""
    documents, story_of, event_of = [], {}, {}
    n = 0
    for s in STORIES:
        for voice in s.voices:
            w = _Writer()
            title = VOICES[voice](w, s)
            section = {"ministry": "statement", "oped": "commentary"}.get(voice, "news")
            doc = _document(w, n, title, _publisher(voice, s), s.day + _dt.timedelta(days=DELAY_DAYS[voice]),
                            section, event_of)
            documents.append(doc)
            story_of[doc.id] = s.sid
            n += 1
    for i in range(unrelated):
        doc = _unrelated(i, event_of)
        documents.append(doc)
        story_of[doc.id] = doc.id
    return StoryCorpus(documents, story_of, event_of)


def match_events(corpus: StoryCorpus, found, clusters: dict) -> tuple[dict, dict, set]:
    """Found events scored against the annotated ones: ``found`` is ``(doc id, event id,
    trigger start, trigger end)`` rows of a store, ``clusters`` maps ``(doc id, event id)`` to
    the predicted cluster. A found event counts where its trigger overlaps an annotated one.

    Returns ``(gold, predicted, covered)``: gold and predicted cluster per matched event, and
    the annotated events that were found (``(doc id, trigger start)``)."""
    spans: dict = {}
    for d in corpus.documents:
        for e in d.events:
            spans.setdefault(d.id, []).append((e.trigger.start, e.trigger.end, corpus.event_of[(d.id, e.id)]))
    gold, predicted, covered = {}, {}, set()
    for doc, eid, start, end in found:
        for gs, ge, label in spans.get(doc, ()):
            if start < ge and gs < end:
                gold[(doc, eid)] = label
                predicted[(doc, eid)] = clusters.get((doc, eid), (doc, eid))
                covered.add((doc, gs))
    return gold, predicted, covered


# -- scores --------------------------------------------------------------------------------
def bcubed_f1(predicted: dict, gold: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998) of ``predicted`` against
    ``gold`` (item -> cluster label, over the same items)."""
    def groups(labels):
        out: dict = {}
        for item, label in labels.items():
            out.setdefault(label, set()).add(item)
        return out

    pg, gg = groups(predicted), groups(gold)
    p = sum(len(pg[predicted[i]] & gg[gold[i]]) / len(pg[predicted[i]]) for i in gold) / len(gold)
    r = sum(len(pg[predicted[i]] & gg[gold[i]]) / len(gg[gold[i]]) for i in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise_f1(predicted: dict, gold: dict) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1: pairs of items put in one cluster."""
    def pairs(labels):
        out: dict = {}
        for item, label in labels.items():
            out.setdefault(label, []).append(item)
        return {tuple(sorted((a, b))) for members in out.values() for i, a in enumerate(members)
                for b in members[i + 1:]}

    pp, gp = pairs(predicted), pairs(gold)
    p = len(pp & gp) / len(pp) if pp else 1.0
    r = len(pp & gp) / len(gp) if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
