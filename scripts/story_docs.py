"""Regenerate the rendered example of docs/stories.md: the story corpus analysed by the
pipeline, clustered, the grain-corridor story's framing comparison as Markdown
(docs/stories-example.md) and a screenshot of its web page (docs/img/story-view.png,
headless Chromium through playwright, as tests/e2e does).

    .venv/bin/python scripts/story_docs.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    from communique.ingest.records import Record
    from communique.runner import run_many
    from communique.store import Corpus, Store
    from communique.store.framing import story_markdown
    from communique.store.stories import update_stories
    from communique.testing.stories import story_corpus
    from communique.web import create_app
    from e2e.conftest import CHROMIUM, CHROMIUM_ARGS, LiveServer

    corpus = story_corpus()
    records = [Record(d.text, d.source, {"title": d.title, "published": d.published, "publisher": d.publisher})
               for d in corpus.documents]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stories.duckdb"
        with Store(path, search_index=False) as store:
            store.add(run_many(records))
            update_stories(store.con)
        with Corpus(path) as c:
            sid = c.stories(actor="RUS", frame="records")[-1]["story_id"]
            (ROOT / "docs" / "stories-example.md").write_text(story_markdown(c.story(sid)), encoding="utf-8")
        os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        from playwright.sync_api import sync_playwright

        with LiveServer(create_app(path)) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 1500, "height": 1100}).new_page()
            page.goto(f"{server.url}/stories/{sid}")
            page.screenshot(path=str(ROOT / "docs" / "img" / "story-view.png"), full_page=False)
            browser.close()
    print(f"story {sid}: docs/stories-example.md, docs/img/story-view.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
