"""A small store built from hand-made Documents with known spans, shared by the web
API tests and the browser tests. Every text here is written for these tests.

Documents are built record by record (not through the stages) so that the spans
a test clicks on are known exactly, whatever the stages emit today.
"""

from __future__ import annotations

from pathlib import Path

from communique.document import (Actor, Attribution, CallToAction, Document, Event, Quote, Stance,
                                 Technique, Trigger)

#: Marks a stored-XSS attempt; the browser tests check that it never runs.
XSS_TITLE = '<img src=x onerror="window.__xss=1">Harbour talks'
XSS_TEXT_PAYLOAD = "<script>window.__xss = 2</script>"


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """``(start, end)`` of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentence(text: str, needle: str) -> tuple[int, int]:
    s, e = at(text, needle)
    start = text.rfind(". ", 0, s)
    start = 0 if start < 0 else start + 2
    end = text.find(".", e)
    return start, (len(text) if end < 0 else end + 1)


def _event(text: str, eid: str, etype: str, trigger: str, source: list[str], target: list[str],
           mode: str = "asserted", attribution: str = "reported", speaker: str | None = None,
           date: str | None = None, cue: str | None = None) -> Event:
    s, e = at(text, trigger)
    return Event(id=eid, type=etype, mode=mode, source=tuple(source), target=tuple(target),
                 trigger=Trigger(s, e, trigger), sentence=_sentence(text, trigger), section="news",
                 attribution=Attribution(attribution, speaker), date=date, confidence=0.8,
                 cue=cue)


def _actor(text: str, aid: str, name: str, kind: str, key: str, needles: list[str],
           country: str | None = None) -> Actor:
    mentions = []
    for needle in needles:
        n = 0
        while True:
            try:
                mentions.append(at(text, needle, n))
            except ValueError:
                break
            n += 1
    return Actor(aid, name, kind, country=country, mentions=tuple(sorted(set(mentions))), key=key)


def border_report() -> Document:
    text = ("Ukraine accused Russia of shelling the port of Odesa on Monday. "
            "\"We will not bow to this pressure,\" said Olena Marchuk, a spokeswoman for the ministry. "
            "Russia denied the claim and threatened new strikes. "
            "The European Union urged both sides to return to talks immediately.\n\n"
            "In Kyiv, officials said the attack was a cowardly act of terror. "
            "Citizens must stand together and donate blood, the mayor said.")
    actors = [
        _actor(text, "a1", "Ukraine", "state", "UKR", ["Ukraine"], "UKR"),
        _actor(text, "a2", "Russia", "state", "RUS", ["Russia"], "RUS"),
        _actor(text, "a3", "Olena Marchuk", "person", "person:olena-marchuk", ["Olena Marchuk"], "UKR"),
        _actor(text, "a4", "European Union", "igo", "EUR:IGO", ["European Union"]),
    ]
    events = [
        _event(text, "e1", "ACCUSE", "accused", ["a1"], ["a2"], date="2024-03-04",
               cue="lexicon:ACCUSE:accused (line 4)"),
        _event(text, "e2", "ASSAULT", "shelling", ["a2"], ["a1"], date="2024-03-04",
               cue="violent-noun:shelling + minilm-head:ASSAULT p=0.91"),
        _event(text, "e3", "THREATEN", "threatened", ["a2"], ["a1"], date="2024-03-05"),
        _event(text, "e4", "REQUEST", "urged", ["a4"], ["a1", "a2"], date="2024-03-05"),
    ]
    q_start, q_end = at(text, "\"We will not bow to this pressure,\"")
    quotes = [Quote("q1", "direct", text[q_start + 1:q_end - 2], q_start, q_end, speaker="a3",
                    speaker_text="Olena Marchuk", cue="said")]
    t = at(text, "cowardly act of terror")
    cta = at(text, "Citizens must stand together and donate blood")
    return Document(
        text=text, source="test://border-report", title="Port of Odesa shelled, Kyiv says",
        publisher="Harbour Wire", published="2024-03-04", actors=actors, events=events, quotes=quotes,
        techniques=[Technique("Loaded_Language", t[0], t[1], text[t[0]:t[1]], 0.7, cue="cowardly")],
        calls_to_action=[CallToAction(cta[0], cta[1], text[cta[0]:cta[1]], "donate blood", None)],
        stance=[Stance("author", "a2", -0.6, (at(text, "Russia denied the claim"),))],
    )


def trade_report() -> Document:
    text = ("China and Russia signed an agreement to expand energy trade on Thursday. "
            "Beijing offered new loans to Moscow, officials said. "
            "The United States criticised the deal and imposed sanctions on two Russian banks.")
    actors = [
        _actor(text, "a1", "China", "state", "CHN", ["China", "Beijing"], "CHN"),
        _actor(text, "a2", "Russia", "state", "RUS", ["Russia", "Moscow"], "RUS"),
        _actor(text, "a3", "United States", "state", "USA", ["United States"], "USA"),
    ]
    events = [
        _event(text, "e1", "AGREE", "signed", ["a1"], ["a2"], date="2024-04-11"),
        _event(text, "e2", "AID", "offered", ["a1"], ["a2"], mode="offered", date="2024-04-11"),
        _event(text, "e3", "ACCUSE", "criticised", ["a3"], ["a1", "a2"], date="2024-04-12"),
        _event(text, "e4", "SANCTION", "imposed sanctions", ["a3"], ["a2"], date="2024-04-12"),
    ]
    return Document(text=text, source="test://trade-report", title="China and Russia sign energy deal",
                    publisher="Continental Daily", published="2024-04-11", actors=actors, events=events,
                    stance=[Stance("a3", "a2", -0.5, (at(text, "imposed sanctions"),))])


def hostile_page() -> Document:
    """A stored document whose title and text carry script payloads (stored XSS)."""
    text = (f"Delegates met at the harbour. {XSS_TEXT_PAYLOAD} "
            "Turkey hosted the talks and welcomed the delegates <b>warmly</b>.")
    actors = [_actor(text, "a1", "Turkey <script>", "state", "TUR", ["Turkey"], "TUR")]
    events = [_event(text, "e1", "CONSULT", "hosted", ["a1"], [], date="2024-05-02")]
    s, e = at(text, XSS_TEXT_PAYLOAD)
    return Document(text=text, source="test://hostile", title=XSS_TITLE, publisher="Harbour Wire",
                    published="2024-05-02", actors=actors, events=events,
                    techniques=[Technique("Doubt", s, e, text[s:e], 0.5, cue="<i>cue</i>")])


def long_briefing() -> Document:
    """A long text whose one event sits far below the first screen (for scroll tests)."""
    filler = [f"Paragraph {i}: the committee reviewed shipping schedules, harbour fees and the "
              f"weather outlook for the coming week without reaching any decision." for i in range(1, 61)]
    text = "\n\n".join(filler + ["Finally, Norway pledged emergency funds to Iceland after the storm."])
    actors = [_actor(text, "a1", "Norway", "state", "NOR", ["Norway"], "NOR"),
              _actor(text, "a2", "Iceland", "state", "ISL", ["Iceland"], "ISL")]
    events = [_event(text, "e1", "AID", "pledged", ["a1"], ["a2"], date="2024-02-20")]
    return Document(text=text, source="test://long-briefing", title="Harbour committee briefing",
                    publisher="Northern Post", published="2024-02-20", actors=actors, events=events)


def fixture_documents() -> list[Document]:
    return [border_report(), trade_report(), hostile_page(), long_briefing()]


def build_store(path: Path, extra: list[Document] = ()) -> Path:
    """Write the fixture documents (and ``extra``) into a new store at ``path``."""
    from communique.store.writer import Store

    with Store(path) as store:
        store.add(fixture_documents() + list(extra))
    return path
