"""End to end in headless Chromium: document view, evidence clicks, graph, filters,
actor page, timeline, script payloads that must not run; screenshots of each page."""

from __future__ import annotations

import pytest

from .conftest import screenshot
from .corpus import XSS_TITLE, border_report, hostile_page, long_briefing

pytestmark = pytest.mark.slow


def _clean(pg):
    assert pg.console_errors == [], pg.console_errors
    assert pg.foreign_requests == [], pg.foreign_requests


def _in_viewport(pg, selector: str) -> bool:
    return pg.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }""")


def test_e2e_document_view_highlights_spans(page, live_server):
    page.goto(f"{live_server.url}/documents/{border_report().id}")
    assert page.locator(".seg.m-event").count() == 4
    assert page.locator(".seg.m-quote").count() >= 1
    assert page.locator(".speaker-tag").first.get_attribute("data-speaker") == "Olena Marchuk"
    technique = page.locator(".seg.m-technique").first
    assert technique.inner_text() == "cowardly act of terror"
    assert "cue: cowardly" in technique.get_attribute("title")
    assert page.locator(".seg.m-event", has_text="shelling").evaluate(
        "el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    screenshot(page, "document-view")
    page.click('#panel-events .evidence-link[data-ref="e3"]')
    assert page.locator('[data-refs~="e3"].focus').inner_text() == "threatened"
    _clean(page)


def test_e2e_clicking_an_event_scrolls_to_its_evidence(page, live_server):
    page.goto(f"{live_server.url}/documents/{long_briefing().id}")
    target = '.seg.m-event[data-refs~="e1"]'
    assert not _in_viewport(page, target)
    page.click('#panel-events .evidence-link[data-ref="e1"]')
    page.wait_for_function(f"""() => {{ const r = document.querySelector('{target}').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }}""")
    assert "focus" in page.get_attribute(target, "class")
    assert page.url.endswith("#ref-e1")
    _clean(page)


def test_e2e_layer_toggle_hides_highlights(page, live_server):
    page.goto(f"{live_server.url}/documents/{border_report().id}")
    page.uncheck('#layer-toggles input[data-layer="actor"]')
    assert "hide-actor" in page.get_attribute("#doc-text", "class")
    colour = page.locator(".seg.m-actor", has_text="Ukraine").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgba(0, 0, 0, 0)"


def test_e2e_graph_shows_nodes_filters_and_opens_an_actor(page, live_server):
    page.goto(f"{live_server.url}/graph")
    page.wait_for_selector('#graph[data-state="ready"]')
    assert page.locator("#graph g.node").count() == 7  # Turkey has no partner: left out
    assert page.locator("#graph path.edge").count() >= 10
    assert "7 actors" in page.inner_text("#graph-status")
    screenshot(page, "graph")
    page.select_option('#filters select[name="type"]', "ASSAULT")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelector('#graph').getAttribute('data-nodes') === '2'")
    assert sorted(page.locator("#graph g.node").evaluate_all("els => els.map(e => e.dataset.key)")) == ["RUS", "UKR"]
    assert "type=ASSAULT" in page.url
    page.locator('#graph g.node[data-key="RUS"] circle').click()
    page.wait_for_url("**/actors/RUS")
    assert page.inner_text("#actor-name") == "Russia"
    _clean(page)


def test_e2e_actor_page(page, live_server):
    page.goto(f"{live_server.url}/actors/RUS")
    assert page.inner_text("#actor-name") == "Russia"
    assert page.locator("#partners a", has_text="Ukraine").count() >= 1
    page.wait_for_selector('#timeline-chart[data-state="ready"]')
    assert page.locator("#timeline-chart polyline.series").count() >= 2
    screenshot(page, "actor")
    page.locator("#partners a", has_text="China").first.click()
    page.wait_for_url("**/actors/CHN")
    _clean(page)


def test_e2e_timeline_and_home(page, live_server):
    page.goto(f"{live_server.url}/timeline?actor=RUS")
    page.wait_for_selector('#timeline-chart[data-state="ready"]')
    assert page.input_value('#filters input[name="actor"]') == "RUS"
    assert "dated events over 2 month(s)" in page.inner_text("#timeline-status")
    screenshot(page, "timeline")
    page.goto(f"{live_server.url}/")
    page.fill('input[name="q"]', "energy")
    page.click("form.search button")
    assert page.locator("#results a.doc-link").all_inner_texts() == ["China and Russia sign energy deal"]
    screenshot(page, "home")
    page.click("#results a.doc-link")
    page.wait_for_selector("#doc-text")
    _clean(page)


def test_e2e_stored_script_payloads_do_not_run(page, live_server):
    for path in (f"/documents/{hostile_page().id}", "/", "/actors/TUR", "/?q=harbour"):
        page.goto(live_server.url + path)
        assert page.evaluate("() => window.__xss === undefined"), path
    page.goto(f"{live_server.url}/documents/{hostile_page().id}")
    assert page.inner_text("#doc-title") == XSS_TITLE
    assert "<script>window.__xss = 2</script>" in page.inner_text("#doc-text")
    _clean(page)


def test_e2e_analyse_form(page, live_server):
    page.goto(f"{live_server.url}/analyze")
    screenshot(page, "analyze")
    page.fill("#f-text", "Brazil condemned the attack on the embassy. <img src=x onerror=window.__xss=4>")
    page.click("#analyze-form button[type=submit]")
    page.wait_for_selector("#doc-text")
    assert "<img src=x onerror=window.__xss=4>" in page.inner_text("#doc-text")
    assert page.evaluate("() => window.__xss === undefined")
    _clean(page)
