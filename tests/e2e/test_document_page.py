"""The document page as a researcher uses it (issue 19): no nested scroll box, every panel
reachable through its tab, one highlight layer on by default with a legend, event rows with
confidence and the reason they were coded."""

from __future__ import annotations

import pytest

from .conftest import screenshot
from .corpus import border_report, long_briefing

pytestmark = pytest.mark.slow

#: Elements that scroll on their own: overflow auto/scroll and more content than box.
NESTED_SCROLLERS = """() => Array.from(document.querySelectorAll('body *')).filter(el => {
    const cs = getComputedStyle(el);
    const scrolls = v => v === 'auto' || v === 'scroll';
    return scrolls(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
}).map(el => el.tagName + '#' + el.id + '.' + el.className)"""

TABS = ("Events", "Quotes", "Techniques", "Actors", "Stance", "Summary")


def _panel_reached(pg, name: str) -> bool:
    pg.click(f"#doc-tabs a[data-panel='panel-{name.lower()}']")
    return pg.eval_on_selector(f"#panel-{name.lower()}", """el => { const r = el.getBoundingClientRect();
        const h = el.querySelector('h2').getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && r.height > 0
            && h.top >= 0 && h.bottom <= window.innerHeight; }""")


@pytest.mark.parametrize("make", [border_report, long_briefing], ids=["short", "long"])
def test_e2e_document_page_has_no_nested_scrolling_and_tabs_reach_every_panel(page, live_server, make):
    page.goto(f"{live_server.url}/documents/{make().id}")
    assert page.evaluate(NESTED_SCROLLERS) == []
    for name in TABS:
        assert _panel_reached(page, name), name
        assert page.evaluate(NESTED_SCROLLERS) == [], name
    # deep in the page (the bottom of a long text) every tab still reaches its panel
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    for name in TABS:
        assert _panel_reached(page, name), f"{name} (scrolled down)"
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_document_page_header_layers_and_event_rows(page, live_server):
    doc = border_report()
    page.goto(f"{live_server.url}/documents/{doc.id}")
    assert page.inner_text("#doc-title") == doc.title
    assert page.inner_text("#doc-outlet") == "Harbour Wire" and "2024-03-04" in page.inner_text("#doc-date")
    checked = page.locator("#layer-toggles input:checked").evaluate_all("els => els.map(e => e.dataset.layer)")
    assert checked == ["event"]
    assert page.locator("#layer-toggles label").count() >= 6  # the legend: one coloured label per layer
    colour = "el => getComputedStyle(el).backgroundColor"
    assert page.locator(".seg.m-actor", has_text="Ukraine").first.evaluate(colour) == "rgba(0, 0, 0, 0)"
    page.check('#layer-toggles input[data-layer="actor"]')
    assert page.locator(".seg.m-actor", has_text="Ukraine").first.evaluate(colour) != "rgba(0, 0, 0, 0)"
    row = page.locator("#panel-events .event-item").first.inner_text()
    assert "confidence 0.80" in row and "Why: trigger word “accused” (ACCUSE list, line 4)" in row
    # clicking a quote in the text opens the Quotes tab on its item
    page.check('#layer-toggles input[data-layer="quote"]')
    page.locator('.seg.m-quote[data-refs~="q1"]').first.click()
    assert page.get_attribute("#panels", "data-panel") == "panel-quotes"
    assert page.locator('#panel-quotes .evidence-link.active[data-ref="q1"]').count() == 1
    page.click("#doc-tabs a[data-panel='panel-summary']")
    assert "Loaded language" in page.inner_text("#panel-summary")
    screenshot(page, "document-summary")
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_no_internal_key_in_rendered_text(page, live_server):
    """What scripts draw counts too (graph labels, timeline): body.innerText after rendering."""
    from communique.web.labels import INTERNAL_KEY

    from .corpus import fixture_documents

    paths = ["/", "/graph", "/timeline", "/actors", "/events", "/actors/person:olena-marchuk", "/actors/RUS"]
    paths += [f"/documents/{d.id}" for d in fixture_documents()]
    for path in paths:
        page.goto(live_server.url + path)
        if path in ("/graph", "/timeline"):
            page.wait_for_selector('[data-state="ready"]')
        text = page.evaluate("() => document.body.innerText")
        assert INTERNAL_KEY.findall(text) == [], path
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_timeline_has_a_true_time_axis_and_links_undated_events(page, live_server):
    import json

    data = {"months": ["2015-03", "2018-01", "2023-11"],
            "series": [{"label": "verbal conflict", "counts": [2, 1, 3]}],
            "undated": 5, "on_document_date": 1, "year_only": 2, "filters": {}}
    page.route("**/api/timeline*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(data)))
    page.goto(f"{live_server.url}/timeline")
    page.wait_for_selector('#timeline-chart[data-state="ready"]')
    xs = {m: float(page.get_attribute(f'#timeline-chart circle[data-month="{m}"]', "cx")) for m in data["months"]}
    gap1, gap2 = xs["2018-01"] - xs["2015-03"], xs["2023-11"] - xs["2018-01"]
    assert gap2 / gap1 == pytest.approx(70 / 34, rel=0.02)  # months between, not list positions
    assert "over 105 month(s)" in page.inner_text("#timeline-status")
    assert "2 known only to the year, shown in its January" in page.inner_text("#timeline-status")
    assert "5 events without a date" in page.inner_text("#timeline-undated")
    screenshot(page, "timeline-axis")
    page.click("#undated-link")
    page.wait_for_url("**/events?undated=true")
    assert page.locator("#events-table").count() == 1
    assert page.is_checked('input[name="undated"]')
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_events_page_filters_pages_and_csv(page, live_server):
    page.goto(f"{live_server.url}/events")
    assert page.inner_text("#events-total").startswith("Events 1–")
    page.fill('#event-filters input[name="actor"]', "RUS")
    page.select_option('#event-filters select[name="type"]', "ASSAULT")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*type=ASSAULT*")
    assert page.inner_text("#events-total") == "Events 1–1 of 1."
    assert page.locator("#events-table tbody tr").count() == 1
    href = page.get_attribute("#events-csv", "href")
    assert href.startswith("/api/events.csv?") and "actor=RUS" in href and "type=ASSAULT" in href
    body = page.evaluate("url => fetch(url).then(r => r.text())", href)
    assert body.count("\n") == 2 and "Russia" in body  # header + exactly the one filtered event
    screenshot(page, "events")
    page.click("#events-table tbody a")
    page.wait_for_selector('[data-refs~="e2"].focus')
    assert page.console_errors == [] and page.foreign_requests == []


def test_e2e_hiding_a_layer_keeps_the_other_layers_colour(page, live_server):
    page.goto(f"{live_server.url}/documents/{border_report().id}")
    page.check('#layer-toggles input[data-layer="technique"]')
    seg = page.locator(".seg.m-technique").first
    colour = "el => getComputedStyle(el).backgroundColor"
    technique_colour = seg.evaluate(colour)
    assert technique_colour != "rgba(0, 0, 0, 0)"
    seg.evaluate("el => el.classList.add('m-actor')")  # a word that is both an actor and a technique
    page.check('#layer-toggles input[data-layer="actor"]')
    assert seg.evaluate(colour) != technique_colour  # actors drawn over techniques while both are on
    page.uncheck('#layer-toggles input[data-layer="actor"]')
    assert seg.evaluate(colour) == technique_colour
    page.uncheck('#layer-toggles input[data-layer="technique"]')
    assert seg.evaluate(colour) == "rgba(0, 0, 0, 0)"


def test_e2e_search_hit_opens_at_the_passage(page, live_server):
    page.goto(f"{live_server.url}/?q=pledged%20emergency")
    page.locator("#results a.passage-link").first.click()
    page.wait_for_selector("#doc-text")
    assert page.inner_text("#doc-title") == long_briefing().title
    page.wait_for_function("""() => { const el = document.querySelector('.seg.m-passage');
        if (!el) { return false; } const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }""")
    assert page.locator(".seg.m-passage.focus").count() >= 1
    assert "pledged" in " ".join(page.locator(".seg.m-passage").all_inner_texts())
    assert page.console_errors == [] and page.foreign_requests == []
