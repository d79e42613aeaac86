"""Screenshots of every web page at 1400 px width, for docs/img/ (issue 19).

The corpus: the five texts of ``examples/`` and the real-layout pages of ``tests/data/pages/``
(news, op-eds, statements, press releases, wire copy: 33 documents, all written for this
project), analysed with the default pipeline into a temporary store, clustered into stories,
then served by uvicorn on 127.0.0.1 and photographed in headless Chromium through Playwright
(the browser the tests use: ``/usr/bin/chromium`` or ``$COMMUNIQUE_CHROMIUM``)::

    .venv/bin/python scripts/web_screenshots.py                  # writes docs/img/web-*.png
    .venv/bin/python scripts/web_screenshots.py --db /tmp/shots.duckdb   # build once, reuse

Each page is loaded, its drawing scripts awaited (graph, timeline, map), and the first
``--height`` pixels saved (``--full`` for the whole page). It prints each page's server time
(the ``GET`` alone, measured with the standard library) so the numbers in docs/web.md can be
checked. Needs chromium and playwright (pip); nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the e2e fixtures: LiveServer, the Chromium flags

#: Files of the corpus (``expected.json`` in tests/data/pages is the dates' answer key, not a page).
CORPUS_GLOBS = (("examples", "*.md"), ("examples", "*.txt"), ("examples", "*.html"),
                ("tests/data/pages", "*.txt"), ("tests/data/pages", "*.md"), ("tests/data/pages", "*.html"))
WIDTH = 1400
#: Pages whose scripts draw after load: the element that says ``data-state="ready"``.
DRAWN = {"graph": "#graph", "timeline": "#timeline-chart", "map": "#map", "actor": "#timeline-chart"}


def corpus_files() -> list[Path]:
    """The corpus, relative to the repository (documents' ``source`` then shows no local folder)."""
    return sorted(p.relative_to(ROOT) for folder, pattern in CORPUS_GLOBS for p in (ROOT / folder).glob(pattern))


def build_store(path: Path) -> None:
    from communique.store import Store
    from communique.store.stories import update_stories

    files = corpus_files()
    os.chdir(ROOT)
    with Store(path) as store:
        stats = store.ingest(files, on_error=lambda line: print("  error:", line))
        update_stories(store.con)
    print(f"{path}: {len(files)} files ingested ({stats})")


def pages(db: Path) -> list[tuple[str, str]]:
    """``(name, path)`` of every page to photograph, picked from the store's content."""
    from urllib.parse import quote

    from communique.web.queries import CorpusReader

    reader = CorpusReader(db)
    try:
        docs = reader.documents(limit=500)["items"]
        doc = max(docs, key=lambda d: (d["events"] + d["quotes"], d["id"]))
        listed = reader.actors(limit=50)["items"]
        actor = next((a for a in listed if a["kind"] == "state"), listed[0])  # a country: what the map opens
        hit = reader.documents(q="ceasefire", limit=1)["items"] or reader.documents(q="minister", limit=1)["items"]
        stories = reader._rows("SELECT story_id FROM stories ORDER BY n_documents DESC, story_id LIMIT 1")
    finally:
        reader.close()
    d = f"/documents/{quote(doc['id'], safe='')}"
    out = [("home", "/"), ("document", d)]
    out += [(f"document-{tab}", f"{d}#panel-{tab}") for tab in ("quotes", "techniques", "actors", "stance", "summary")]
    out += [("events", "/events"), ("actors", "/actors"), ("actor", f"/actors/{quote(actor['key'], safe='')}"),
            ("timeline", "/timeline"), ("map", "/map"), ("stories", "/stories")]
    if stories:
        out.append(("story", f"/stories/{quote(stories[0]['story_id'], safe='')}"))
    word = "ceasefire" if hit and "ceasefire" in (hit[0].get("snippet") or "").lower() else "minister"
    out.append(("search", f"/search?q={word}"))
    if hit:
        h = hit[0]
        spans = ",".join(f"{s}-{e}" for s, e in h["highlights"])
        out.append(("search-hit", f"/documents/{quote(h['id'], safe='')}?at={h['snippet_start']}"
                                  f"&end={h['snippet_end']}&hl={spans}#ref-hit"))
    out += [("analyze", "/analyze"), ("graph", "/graph")]  # the graph last: its layout is the newest work
    return out


def server_ms(url: str, repeats: int = 3) -> float:
    """Best of ``repeats`` wall times of one GET (the page's HTML only), in milliseconds."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        with urllib.request.urlopen(url) as response:
            response.read()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def shoot(db: Path, out: Path, height: int, full: bool) -> None:
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    from communique.web import create_app
    from e2e.conftest import CHROMIUM, CHROMIUM_ARGS, LiveServer

    out.mkdir(parents=True, exist_ok=True)
    with LiveServer(create_app(db)) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": WIDTH, "height": height})
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        for name, path in pages(db):
            ms = server_ms(server.url + path.split("#")[0])
            page.goto(server.url + path)
            key = name.split("-")[0] if name.startswith("actor") else name
            if key in DRAWN:
                page.wait_for_selector(f'{DRAWN[key]}[data-state="ready"]', timeout=30_000)
            if "#panel-" in path:
                page.click(f"#doc-tabs a[data-panel='{path.split('#')[1]}']")
                page.evaluate("() => window.scrollTo(0, 0)")
            target = out / f"web-{name}.png"
            page.screenshot(path=str(target), full_page=full)
            print(f"{name:20s} {ms:7.1f} ms  {path}")
        browser.close()
    if errors:
        print("console errors:", *errors, sep="\n  ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--db", type=Path, default=None,
                        help="store to use, built there when missing and kept (default: a temporary one)")
    parser.add_argument("--height", type=int, default=900, help="viewport height in pixels")
    parser.add_argument("--full", action="store_true", help="whole pages, not the first screen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="communique-shots-") as folder:
        db = args.db or Path(folder) / "corpus.duckdb"
        if not db.exists():
            build_store(db)
        shoot(db, args.out, args.height, args.full)


if __name__ == "__main__":
    main()
