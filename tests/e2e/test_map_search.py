"""In Chromium (issue 19): the map (shaded countries, legend, hover titles, click and keyboard to
the country's actor page, role filter), search with filters and marked words opening the document
at the passage, the download links, and a crawl of every page for internal keys."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import screenshot
from .corpus import long_briefing

pytestmark = pytest.mark.slow

#: Fill of a country without events (``static/map.js``).
EMPTY_FILL = "#e9ecf1"


def _clean(pg):
    assert pg.console_errors == [], pg.console_errors
    assert pg.foreign_requests == [], pg.foreign_requests


def test_e2e_map_shades_countries_and_opens_their_actor_page(page, live_server):
    page.goto(f"{live_server.url}/map")
    page.wait_for_selector('#map[data-state="ready"]')
    assert page.locator("#map path.country").count() >= 170
    russia = page.locator('#map path.country[data-id="RUS"]')
    assert russia.get_attribute("data-events") == "8" and russia.get_attribute("fill") != EMPTY_FILL
    assert page.locator('#map path.country[data-id="FRA"]').get_attribute("fill") == EMPTY_FILL
    assert page.locator("#map path.country[data-id='RUS'] title").text_content().startswith(
        "Russia: 8 events as source or target (as source 2, as target 6)")
    fills = {page.locator(f'#map path.country[data-id="{c}"]').get_attribute("fill") for c in ("RUS", "NOR")}
    assert len(fills) == 2  # 8 events and 1 event fall in different classes
    legend = page.inner_text("#map-legend")
    assert "none" in legend and "8" in legend
    assert "10 matching events; 7 countries with events as source or target." == page.inner_text("#map-status")
    assert page.locator("#map-table tbody tr").first.inner_text().startswith("Russia\t8")
    screenshot(page, "map")
    # a click inside Siberia (100° E, 62° N: (713, 55) on the Natural Earth canvas)
    x, y = page.evaluate("""() => { const svg = document.getElementById('map-svg');
        const p = svg.createSVGPoint(); p.x = 713; p.y = 55; const s = p.matrixTransform(svg.getScreenCTM());
        return [s.x, s.y]; }""")
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).getAttribute('data-id')", [x, y]) == "RUS"
    page.mouse.click(x, y)
    page.wait_for_url("**/actors/RUS")
    # keyboard: every shaded country is a link reached with Tab and opened with Enter
    page.goto(f"{live_server.url}/map")
    page.wait_for_selector('#map[data-state="ready"]')
    page.locator('#map a.country-link[data-id="CHN"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/actors/CHN")
    _clean(page)


def test_e2e_map_counts_undated_events_a_date_range_leaves_out(page, live_server):
    import json

    data = {"role": "either", "countries": [{"id": "RUS", "name": "Russia", "events": 3, "as_source": 1,
                                             "as_target": 2, "either": 3, "actor": "RUS"}],
            "total": 3, "unplaced": 0, "undated": 2, "filters": {"since": "2024-01-01"}}
    page.route("**/api/map*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(data)))
    page.goto(f"{live_server.url}/map?since=2024-01-01")
    page.wait_for_selector('#map[data-state="ready"]')
    assert page.inner_text("#map-status") == ("3 matching events; 1 country with events as source or target;"
                                              " 2 events without a date left out by the date range.")
    _clean(page)


def test_e2e_map_role_and_type_filters(page, live_server):
    page.goto(f"{live_server.url}/map?role=target")
    page.wait_for_selector('#map[data-state="ready"]')
    assert page.input_value('#filters select[name="role"]') == "target"
    assert page.get_attribute('#map path.country[data-id="USA"]', "data-events") == "0"
    assert page.get_attribute('#map path.country[data-id="RUS"]', "data-events") == "6"
    page.select_option('#filters select[name="role"]', "source")
    page.select_option('#filters select[name="type"]', "SANCTION")
    page.click("#filters button[type=submit]")
    page.wait_for_function("""() => document.querySelector('#map path.country[data-id="USA"]')
        && document.querySelector('#map path.country[data-id="USA"]').getAttribute('data-events') === '1'""")
    assert page.locator("#map a.country-link").count() == 1
    assert "role=source" in page.url and "type=SANCTION" in page.url
    _clean(page)


def test_e2e_search_filters_marks_and_opens_at_the_passage(page, live_server):
    page.goto(f"{live_server.url}/search")
    assert page.locator("#results a.doc-link").count() == 4  # no words: every document, newest first
    page.fill('#search-form input[name="q"]', "pledged emergency")
    page.select_option('#search-form select[name="publisher"]', "Harbour Wire")
    page.click("#search-form button[type=submit]")
    page.wait_for_url("**/search?*")
    assert page.inner_text("#search-total").startswith("No documents match")
    page.select_option('#search-form select[name="publisher"]', "Northern Post")
    page.fill('#search-form input[name="since"]', "2024-02-01")
    page.click("#search-form button[type=submit]")
    page.wait_for_url("**since=2024-02-01*")
    assert page.locator("#results a.doc-link").all_inner_texts() == [long_briefing().title]
    assert page.locator("#results mark").all_inner_texts() == ["pledged", "emergency"]
    screenshot(page, "search")
    page.click("#results a.doc-link")
    page.wait_for_selector("#doc-text")
    page.wait_for_function("""() => { const el = document.querySelector('.seg.m-match');
        if (!el) { return false; } const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }""")
    assert page.locator(".seg.m-match").all_inner_texts() == ["pledged", "emergency"]
    colour = page.locator(".seg.m-match").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    _clean(page)


def test_e2e_download_links_answer_parquet(page, live_server):
    page.goto(f"{live_server.url}/events?actor=RUS")
    href = page.get_attribute("#events-parquet", "href")
    got = page.evaluate("""url => fetch(url).then(r => r.arrayBuffer().then(b => [r.headers.get('content-type'),
        String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))]))""", href)
    assert got == ["application/vnd.apache.parquet", "PAR1"]
    page.goto(f"{live_server.url}/actors?q=rus")
    assert page.get_attribute("#actors-parquet", "href") == "/api/actors.parquet?q=rus"
    _clean(page)


#: Most pages the crawl visits (the fixture store has about 40).
MAX_CRAWLED = 120
#: Pages whose content scripts draw: wait for it before reading the text.
DRAWN = {"/graph": "#graph", "/timeline": "#timeline-chart", "/map": "#map"}


def _iso3_codes() -> set[str]:
    from communique.web.labels import country_names

    return set(country_names())


def test_e2e_crawl_every_page_shows_no_internal_key(page, live_server):
    """Every page reachable from the home page by its links (not the API, downloads or
    static files), after its scripts ran: no internal key (``labels.INTERNAL_KEY``) and no
    bare ISO code of a country whose name is known, outside the documents' own text."""
    from communique.web.labels import INTERNAL_KEY

    iso3 = _iso3_codes()
    todo, seen, visited = ["/"], {"/"}, []
    while todo and len(visited) < MAX_CRAWLED:
        path = todo.pop(0)
        page.goto(live_server.url + path)
        drawn = DRAWN.get(urlsplit(path).path)
        if drawn:
            page.wait_for_selector(f'{drawn}[data-state="ready"]')
        visited.append(path)
        text = page.evaluate("""() => { const clone = document.body.cloneNode(true);
            clone.querySelectorAll('#doc-text, .quote-text, .snippet, .trigger, script').forEach(el => el.remove());
            return clone.innerText + ' ' + Array.from(document.querySelectorAll('[title], [aria-label], [placeholder]'))
                .filter(el => !el.closest('#doc-text'))
                .map(el => [el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('placeholder')].join(' '))
                .join(' ') + ' ' + Array.from(document.querySelectorAll('svg title')).map(t => t.textContent).join(' '); }""")
        assert INTERNAL_KEY.findall(text) == [], path
        codes = sorted({w for w in re.findall(r"\b[A-Z]{3}\b", text) if w in iso3})
        assert codes == [], (path, codes)
        for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))"):
            url = urlsplit(urljoin(live_server.url + path, href))
            target = url.path + (f"?{url.query}" if url.query else "")
            if (url.netloc != urlsplit(live_server.url).netloc or url.path.startswith(("/api", "/static"))
                    or target in seen or "offset=" in url.query):
                continue
            seen.add(target)
            todo.append(target)
    paths = {urlsplit(p).path for p in visited}
    assert {"/", "/search", "/actors", "/events", "/graph", "/timeline", "/map", "/stories", "/analyze"} <= paths
    assert any(p.startswith("/documents/") for p in paths) and any(p.startswith("/actors/") for p in paths)
    assert len(visited) >= 30
    _clean(page)


def test_e2e_map_draws_small_states_as_points_and_links_countries_without_actor(page, live_server):
    import json

    data = {"role": "either", "total": 3, "unplaced": 0, "filters": {}, "countries": [
        {"id": "SGP", "name": "Singapore", "events": 3, "as_source": 3, "as_target": 0, "either": 3, "actor": None}]}
    page.route("**/api/map*", lambda route: route.fulfill(status=200, content_type="application/json",
                                                         body=json.dumps(data)))
    page.goto(f"{live_server.url}/map")
    page.wait_for_selector('#map[data-state="ready"]')
    assert page.locator("#map circle.small-state").count() == 1  # only states with events get a point
    dot = page.locator('#map a.country-link[data-id="SGP"] circle.small-state')
    assert dot.get_attribute("fill") != EMPTY_FILL
    # no actor with the key SGP in this store: the link lists the events of Singapore's actors
    assert page.get_attribute('#map a.country-link[data-id="SGP"]', "href") == "/events?actor=SGP"
    dot.click()
    page.wait_for_url("**/events?actor=SGP")
    _clean(page)
