"""Main text and metadata of HTML pages, with trafilatura."""

from __future__ import annotations

import logging

from ..errors import InputError

logger = logging.getLogger(__name__)


def extract_html(html: str, source: str) -> tuple[str, dict]:
    """``(main_text, metadata)``; metadata keys: title, authors, published, publisher, url."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=False)
    except Exception as err:  # trafilatura/lxml raise many types on broken markup
        raise InputError(source, f"HTML could not be parsed ({type(err).__name__}: {err})") from None
    if result is None:
        raise InputError(source, "HTML holds no main text that could be extracted")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(source, "HTML holds no main text that could be extracted")
    meta = {
        "title": data.get("title"),
        "published": data.get("date"),
        "publisher": data.get("sitename"),
        "url": data.get("url"),
    }
    if data.get("author"):
        meta["authors"] = [a.strip() for a in str(data["author"]).split(";") if a.strip()]
    return text, meta
