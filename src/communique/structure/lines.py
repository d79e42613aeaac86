"""Lines of a text with their offsets, the unit the structure rules work on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped line

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text``, stripped, with their offsets."""
    out, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return out


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraph spans (blank-line separated; single lines when the text has no blank lines)."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    sep = "\n\n" if "\n\n" in chunk.strip() else "\n"
    spans, offset = [], start
    for part in chunk.split(sep):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(part) + len(sep)
    return spans
