"""Human labels on every page (issue 19): no internal key (``person:sergei-shoigu``,
``org:russian-mod``, ``Name_Calling,Labeling``, ``cue:appeal-high-ranking``) in any page's
visible text, untitled documents titled from their first line, outlets from the URL's domain."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from communique.document import Actor, Attribution, Document, Event, Stance, Technique, Trigger
from communique.web import create_app, labels
from e2e.corpus import at, build_store

UNTITLED_FIRST_LINE = "Shoigu meets Afghan envoys in Moscow"


def untitled_report() -> Document:
    """No title, no publisher; actor keys and a technique that are internal keys."""
    text = (f"{UNTITLED_FIRST_LINE}\n\n"
            "Sergei Shoigu met the envoys and the Russian defence ministry praised the talks. "
            "Critics called the envoys thugs.")
    shoigu, mod = at(text, "Sergei Shoigu"), at(text, "Russian defence ministry")
    thugs = at(text, "thugs")
    actors = [Actor("a1", "Sergei Shoigu", "person", country="RUS", mentions=(shoigu,), key="person:sergei-shoigu"),
              Actor("a2", "Russian defence ministry", "organization", country="RUS", mentions=(mod,),
                    key="org:russian-mod"),
              Actor("a3", "Afghanistan", "state", country="AFG", mentions=(at(text, "Afghan"),), key="AFG")]
    met = at(text, "met")
    events = [Event("e1", "CONSULT", "asserted", ("a1",), ("a3",), Trigger(met[0], met[1], "met"),
                    (len(UNTITLED_FIRST_LINE) + 2, len(text)), attribution=Attribution("reported", None),
                    confidence=0.7, cue="lexicon:CONSULT:met (line 9)"),
              Event("e2", "SUPPORT", "asserted", ("a2",), (), Trigger(*at(text, "praised"), "praised"),
                    (len(UNTITLED_FIRST_LINE) + 2, len(text)), confidence=0.6,
                    cue="cue:appeal-high-ranking")]
    return Document(text=text, source="https://www.steppe-herald.example/2024/shoigu-envoys",
                    title=None, publisher=None, published="2024-06-01", actors=actors, events=events,
                    techniques=[Technique("Name_Calling,Labeling", thugs[0], thugs[1], "thugs", 0.8,
                                          cue="cue:appeal-high-ranking")],
                    stance=[Stance("author", "a1", 0.4, (shoigu,))])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("labels") / "corpus.duckdb", extra=[untitled_report()])
    with TestClient(create_app(path)) as c:
        yield c


class _Visible(HTMLParser):
    """Text a reader sees: data outside script/style, plus title and placeholder attributes."""

    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts += [v for k, v in attrs if k in ("title", "placeholder", "aria-label", "alt") and v]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(parser.parts)


def _every_page(client) -> list[str]:
    docs = client.get("/api/documents", params={"limit": 500}).json()["items"]
    actors = client.get("/api/actors", params={"limit": 500}).json()["items"]
    assert {"person:sergei-shoigu", "org:russian-mod"} <= {a["key"] for a in actors}
    return (["/", "/?q=envoys", "/search?q=envoys", "/analyze", "/graph", "/timeline", "/map", "/stories", "/api",
             "/actors", "/events", "/events?undated=true"]
            + [f"/documents/{d['id']}" for d in docs] + [f"/actors/{a['key']}" for a in actors])


def test_web_no_internal_key_in_any_page_text(client):
    pages = _every_page(client)
    assert len(pages) > 15
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        found = labels.INTERNAL_KEY.findall(visible_text(r.text))
        assert found == [], (path, found)


def test_web_untitled_document_is_titled_from_its_first_line_and_outlet_from_its_domain(client):
    doc = untitled_report()
    html = client.get(f"/documents/{doc.id}").text
    assert f'<h1 id="doc-title">{UNTITLED_FIRST_LINE}</h1>' in html
    assert '<dd id="doc-outlet">steppe-herald.example</dd>' in html
    assert "Name calling / labelling" in html and "cue words “appeal high ranking”" in html
    home = visible_text(client.get("/").text)
    assert UNTITLED_FIRST_LINE in home and "steppe-herald.example" in home
    actor = visible_text(client.get("/actors/person:sergei-shoigu").text)
    assert UNTITLED_FIRST_LINE in actor and "Sergei Shoigu → Afghanistan" in actor
    assert "unknown outlet" not in actor and "steppe-herald.example" in actor


def test_labels_pattern_catches_the_keys_of_issue_19():
    for key in ("person:sergei-shoigu -> AFG", "org:russian-mod", "Name_Calling,Labeling", "cue:appeal-high-ranking"):
        assert labels.INTERNAL_KEY.search(key), key
    for text in ("Russia accused Ukraine at 10:30.", "source: test://border-report", "Name calling / labelling"):
        assert not labels.INTERNAL_KEY.search(text), text


@pytest.mark.parametrize("raw, shown", [
    ("Name_Calling,Labeling", "Name calling / labelling"),
    ("Loaded_Language", "Loaded language"),
    ("Appeal_to_Authority", "Appeal to authority"),
    ("Doubt", "Doubt"),
])
def test_labels_technique(raw, shown):
    assert labels.technique(raw) == shown


@pytest.mark.parametrize("raw, shown", [
    ("cue:appeal-high-ranking", "cue words “appeal high ranking”"),
    ("lexicon:ASSAULT:shelling (line 12)", "trigger word “shelling” (ASSAULT list, line 12)"),
    ("violent-noun:attack + minilm-head:ASSAULT p=0.91", "violent noun “attack”; confirmed by the classifier (p=0.91)"),
    ("cowardly", "cowardly"),
    (None, ""),
])
def test_labels_cue(raw, shown):
    assert labels.cue(raw) == shown


def test_labels_title_and_outlet():
    assert labels.title(None, "\n\n  First line here \nsecond") == "First line here"
    assert labels.title("  Stored  title ", "x") == "Stored title"
    assert labels.title(None, "") == "Untitled document"
    assert labels.title(None, "w " * 100).endswith("…")
    assert labels.outlet(None, "https://www.Example.org/a/b") == "example.org"
    assert labels.outlet("Wire", "https://example.org") == "Wire"
    assert labels.outlet(None, "test://x") is None


def test_labels_stance_scale_and_neutral_band(client):
    assert labels.polarity_class(0.01) == "neu" and labels.polarity_class(-0.01) == "neu"
    assert labels.polarity_class(0.4) == "pos" and labels.polarity_word(-0.6) == "hostile"
    html = client.get("/actors/RUS").text
    assert "from −1 (hostile) to +1 (favourable)" in html
    assert '<span class="polarity neg">-0.50 hostile</span>' in html
