"""The relations graph in headless Chromium (issue 19): every shown label inside the canvas
and none overlapping (bounding boxes read from the page), on the fixture store and on a
dense store of 70 actors with long names; the top-N control; actor search; a click on a
link lists its events, whose links open the evidence."""

from __future__ import annotations

import random

import pytest

from communique.document import Actor, Attribution, Document, Event, Trigger

from .conftest import LiveServer, screenshot
from .corpus import border_report

pytestmark = pytest.mark.slow

#: Made-up places and bodies for the dense store (names of every length, some over the label limit).
PLACES = ("Arvenia", "Bellmora", "Cadrith", "Dunmere", "Estravel", "Fenwick Isles", "Galdora", "Harrowmark",
          "Istrelle", "Jorvaland", "Kelmarsh", "Lunhaven", "Morrowind Coast", "Nerath", "Ostmere", "Pellucid Bay")
BODIES = ("", "Ministry of Fisheries and Coastal Affairs of ", "Navy of ", "President of ",
          "Federal Office for Harbour Safety of ")
TYPES = ("ACCUSE", "CONSULT", "AID", "THREATEN", "AGREE", "SANCTION", "REQUEST", "ASSAULT")


def dense_documents(n_docs: int = 40, seed: int = 19) -> list[Document]:
    """Documents whose events link 80 actors (16 places x 5 bodies) at random."""
    rng = random.Random(seed)
    names = [body + place for place in PLACES for body in BODIES]
    docs = []
    for i in range(n_docs):
        picked = rng.sample(names, 6)
        sentences, events = [], []
        for j in range(5):
            a, b = rng.sample(picked, 2)
            sentences.append(f"{a} dealt with {b} today.")
        text = " ".join(sentences)
        actors, offset = [], 0
        spans: dict[str, list[tuple[int, int]]] = {}
        for j, sentence in enumerate(sentences):
            a, b = sentence[:-len(" today.")].split(" dealt with ")
            spans.setdefault(a, []).append((offset, offset + len(a)))
            b_start = offset + len(a) + len(" dealt with ")
            spans.setdefault(b, []).append((b_start, b_start + len(b)))
            trigger = (offset + len(a) + 1, offset + len(a) + 6)
            events.append((j, a, b, trigger, (offset, offset + len(sentence))))
            offset += len(sentence) + 1
        ids = {}
        for k, (name, mentions) in enumerate(spans.items()):
            ids[name] = f"a{k + 1}"
            kind = "state" if name in PLACES else ("person" if name.startswith("President") else "organization")
            actors.append(Actor(ids[name], name, kind, mentions=tuple(mentions)))
        docs.append(Document(
            text=text, source=f"test://dense-{i}", title=f"Harbour round-up {i}", publisher="Dense Wire",
            published=f"2024-0{1 + i % 9}-1{i % 10}", actors=actors,
            events=[Event(id=f"e{j + 1}", type=TYPES[(i + j) % len(TYPES)], mode="asserted", source=(ids[a],),
                          target=(ids[b],), trigger=Trigger(t[0], t[1], text[t[0]:t[1]]), sentence=s,
                          section="news", attribution=Attribution("reported", None), date=None, confidence=0.7)
                    for j, a, b, t, s in events]))
    return docs


@pytest.fixture(scope="module")
def dense_server(tmp_path_factory):
    from communique.store.writer import Store
    from communique.web import create_app

    path = tmp_path_factory.mktemp("dense") / "dense.duckdb"
    with Store(path) as store:
        store.add(dense_documents())
    with LiveServer(create_app(path)) as server:
        yield server


def _ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector('#graph[data-state="ready"]')


def _labels(page) -> dict:
    return page.evaluate("""() => {
        const canvas = document.querySelector('#graph').getBoundingClientRect().toJSON();
        const labels = [...document.querySelectorAll('#graph text.label')].map(t => ({
            key: t.dataset.key, text: t.textContent, shown: t.dataset.shown === 'true',
            visible: getComputedStyle(t).display !== 'none', box: t.getBoundingClientRect().toJSON()}));
        return {canvas, labels}; }""")


def assert_labels_readable(page) -> list[dict]:
    """Every shown label inside the canvas, no two overlapping; returns the shown ones."""
    got = _labels(page)
    canvas, labels = got["canvas"], got["labels"]
    shown = [lab for lab in labels if lab["visible"]]
    assert [lab["shown"] for lab in labels] == [lab["visible"] for lab in labels]
    for lab in shown:
        box = lab["box"]
        assert box["width"] > 0 and box["height"] > 0, lab
        assert canvas["left"] <= box["left"] and box["right"] <= canvas["right"], (lab, canvas)
        assert canvas["top"] <= box["top"] and box["bottom"] <= canvas["bottom"], (lab, canvas)
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            A, B = a["box"], b["box"]
            apart = (A["right"] <= B["left"] or B["right"] <= A["left"] or A["bottom"] <= B["top"]
                     or B["bottom"] <= A["top"])
            assert apart, (a["text"], b["text"], A, B)
    return shown


def _reloaded(page, action) -> None:
    """Run ``action`` (which changes a control) and wait for the graph drawn after it."""
    page.eval_on_selector("#graph", "el => el.setAttribute('data-state', 'stale')")
    action()
    page.wait_for_selector('#graph[data-state="ready"]')


def _node_count(page) -> int:
    return int(page.get_attribute("#graph", "data-nodes"))


def test_e2e_graph_default_labels_inside_and_apart(page, live_server):
    _ready(page, f"{live_server.url}/graph")
    shown = assert_labels_readable(page)
    # the fixture store: 8 actors with events, Turkey has no partner (isolated: left out)
    assert sorted(lab["text"] for lab in shown) == ["China", "European Union", "Iceland", "Norway", "Russia",
                                                    "Ukraine", "United States"]
    assert "7 actors" in page.inner_text("#graph-status")
    legend = page.inner_text("#graph-legend")
    for words in ("State", "International organisation", "verbal conflict", "material conflict", "1 event"):
        assert words in legend
    screenshot(page, "graph-readable")
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_graph_dense_labels_inside_and_apart(page, dense_server):
    _ready(page, f"{dense_server.url}/graph")
    shown = assert_labels_readable(page)
    nodes = _node_count(page)
    assert nodes == 40
    assert len(shown) >= 0.6 * nodes  # most labels fit; the rest are left out, never overlapped
    assert all(len(lab["text"]) <= 26 for lab in shown)
    assert not any(":" in lab["text"] for lab in shown)
    screenshot(page, "graph-dense")
    for limit in (70, 12):  # more and fewer nodes keep the rule
        page.fill("#graph-limit", str(limit))
        _reloaded(page, lambda: page.press("#graph-limit", "Enter"))
        assert _node_count(page) == limit
        assert_labels_readable(page)
    assert page.console_errors == []


def test_e2e_graph_top_n_control_changes_the_node_count(page, dense_server, live_server):
    _ready(page, f"{dense_server.url}/graph")
    assert _node_count(page) == 40
    page.fill("#graph-limit", "10")
    _reloaded(page, lambda: page.dispatch_event("#graph-limit", "change"))
    assert _node_count(page) == 10
    assert page.locator("#graph g.node").count() == 10
    assert "limit=10" in page.url
    page.reload()  # the control comes back from the address
    page.wait_for_selector('#graph[data-state="ready"]')
    assert page.input_value("#graph-limit") == "10" and _node_count(page) == 10
    # the fixture store: the 2 most connected are Russia and Ukraine; isolated Turkey on request
    _ready(page, f"{live_server.url}/graph?limit=2")
    assert sorted(page.locator("#graph g.node").evaluate_all("els => els.map(e => e.dataset.key)")) == ["RUS", "UKR"]
    _ready(page, f"{live_server.url}/graph")
    _reloaded(page, lambda: page.check('#graph-controls input[name="isolated"]'))
    assert _node_count(page) == 8
    assert page.locator('#graph g.node[data-key="TUR"]').count() == 1


def test_e2e_graph_search_focuses_the_actor(page, live_server):
    _ready(page, f"{live_server.url}/graph")
    page.fill("#graph-search", "ukr")
    page.click("#graph-find button[type=submit]")
    node = page.locator('#graph g.node[data-key="UKR"]')
    assert "focused" in node.get_attribute("class")
    assert page.evaluate("() => document.activeElement.dataset.key") == "UKR"
    assert "focusing" in page.get_attribute("#graph", "class")
    # its partners stay bright, the others fade
    assert "near" in page.get_attribute('#graph g.node[data-key="RUS"]', "class")
    assert "near" not in (page.get_attribute('#graph g.node[data-key="NOR"]', "class") or "")
    assert "Ukraine" in page.inner_text("#graph-find-status")
    assert_labels_readable(page)
    page.fill("#graph-search", "Atlantis")
    page.click("#graph-find button[type=submit]")
    assert "No actor named “Atlantis”" in page.inner_text("#graph-find-status")
    assert page.locator('#graph g.node.focused').count() == 0
    assert page.console_errors == []


def test_e2e_graph_search_focuses_a_label_left_out(page, dense_server):
    _ready(page, f"{dense_server.url}/graph?limit=120")
    hidden = page.locator('#graph text.label[data-shown="false"]')
    if hidden.count() == 0:
        pytest.skip("every label fits at this size")
    key, name = hidden.first.get_attribute("data-key"), page.evaluate(
        "k => document.querySelector(`#graph g.node[data-key='${k}']`).getAttribute('aria-label')",
        hidden.first.get_attribute("data-key"))
    page.fill("#graph-search", name)
    page.click("#graph-find button[type=submit]")
    assert page.evaluate("() => document.activeElement.dataset.key") == key
    assert page.get_attribute(f'#graph text.label[data-key="{key}"]', "data-shown") == "true"
    assert_labels_readable(page)


def _click_link(page, selector: str) -> None:
    """Click the middle of a link's curve (the centre of its box may lie off the curve)."""
    point = page.eval_on_selector(selector, """el => {
        const p = el.getPointAtLength(el.getTotalLength() / 2), m = el.getScreenCTM();
        return {x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f}; }""")
    hit = page.evaluate("([x, y]) => { const el = document.elementFromPoint(x, y);"
                        " return el && el.closest('g.link') ? el.closest('g.link').dataset.source + '>' +"
                        " el.closest('g.link').dataset.target : null; }", [point["x"], point["y"]])
    assert hit is not None, "the middle of the link is covered"
    page.mouse.click(point["x"], point["y"])


def test_e2e_graph_edge_click_lists_its_events(page, live_server):
    _ready(page, f"{live_server.url}/graph")
    link = '#graph g.link[data-source="RUS"][data-target="UKR"][data-quad="material conflict"] path.edge-hit'
    _click_link(page, link)
    page.wait_for_selector('#edge-list[data-state="ready"]')
    assert page.inner_text("#edge-title") == "Russia → Ukraine"
    assert "1 material conflict event(s)" in page.inner_text("#edge-status")
    items = page.locator("#edge-list li")
    assert items.count() == 1
    text = items.first.inner_text()
    for part in ("2024-03-04", "ASSAULT", "Port of Odesa shelled, Kyiv says", "Harbour Wire",
                 "Ukraine accused Russia of shelling the port of Odesa on Monday."):
        assert part in text
    assert items.first.locator("mark").inner_text() == "shelling"
    assert "selected" in page.get_attribute('#graph g.link[data-source="RUS"][data-target="UKR"]'
                                            '[data-quad="material conflict"]', "class")
    screenshot(page, "graph-edge")
    items.first.locator("a.evidence-link").click()
    page.wait_for_url(f"**/documents/{border_report().id}#ref-e2")
    assert page.locator('.seg.m-event[data-refs~="e2"]').first.inner_text() == "shelling"
    page.wait_for_selector('[data-refs~="e2"].focus')
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_graph_edge_events_keep_the_filters(page, live_server):
    _ready(page, f"{live_server.url}/graph?publisher=Harbour+Wire")
    link = '#graph g.link[data-source="RUS"][data-target="UKR"][data-quad="verbal conflict"] path.edge-hit'
    page.focus(link)
    page.keyboard.press("Enter")  # keyboard users reach links too
    page.wait_for_selector('#edge-list[data-state="ready"]')
    assert [t.split("\n")[0].split(" ")[1] for t in page.locator("#edge-list li").all_inner_texts()] == ["THREATEN"]
