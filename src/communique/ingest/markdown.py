"""Markdown decoration removed before analysis, so that ``###`` and ``**`` never
leak into titles, names or spans. Headings and bold-only lines become hints
(offsets into the cleaned text) that the structure stage reads."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<inner>[^*_\n].*?)(\1)\s*:?\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_HRULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)[-*+][ \t]+")
_QUOTE_PREFIX = re.compile(r"^\s*>[ \t]?")

#: Signs that a text (even a .txt file) is markdown: a heading, bold text, a rule, a link,
#: or a whole line in italics ("*Posted on 5 January 2020*").
MARKDOWN_SIGNS = re.compile(r"(?m)^#{1,6}[ \t]+\S|\*\*\S[^\n]*?\S\*\*|^\s*[-*_]{3,}\s*$|\[[^\]\n]+\]\([^)\n]+\)"
                            r"|^[ \t]*([*_])(?=[^\s*_])[^*_\n]{2,}(?<=\S)\1[ \t]*$")


def looks_like_markdown(text: str) -> bool:
    return len(MARKDOWN_SIGNS.findall(text[:20000])) >= 1


def _inline(line: str) -> str:
    line = _LINK.sub(r"\1", line)
    return _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), line)


def strip_markdown(text: str) -> tuple[str, list[dict]]:
    """Return the text without markdown decoration and the headings found in it.

    Each heading is ``{"start", "end", "level", "text"}`` over the cleaned text;
    level 1-6 for ``#`` headings, 7 for a line that is bold and nothing else.
    """
    out_lines, headings, offset = [], [], 0
    for raw in text.split("\n"):
        level = None
        m = _HEADING.match(raw)
        if m:
            line, level = _inline(m.group(2)), len(m.group(1))
        elif _HRULE.match(raw):
            line = ""
        else:
            b = _BOLD_LINE.match(raw)
            if b and "**" not in b.group("inner"):
                line, level = _inline(raw.strip()), 7
            else:
                line = _inline(_BULLET.sub(r"\1", _QUOTE_PREFIX.sub("", raw)))
        if level is not None and line.strip():
            lead = len(line) - len(line.lstrip())
            headings.append({"start": offset + lead, "end": offset + len(line.rstrip()),
                             "level": level, "text": line.strip()})
        out_lines.append(line)
        offset += len(line) + 1
    return "\n".join(out_lines), headings
