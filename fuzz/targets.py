"""Coverage-guided fuzz targets (atheris / libFuzzer) for the structure and quote stages.

    python fuzz/targets.py structure -max_total_time=30 CORPUS_DIR
    python fuzz/targets.py quotes -max_total_time=30 CORPUS_DIR

Each input is decoded to text (bytes that are not UTF-8 go through atheris'
``FuzzedDataProvider``), optionally wrapped as markdown so the reader's heading
hints are exercised too, and run through the real pipeline restricted to the
stages under test. A crash is any exception from a stage, or an output that
breaks the contract (an offset outside the text, a quote whose text differs
from its span, a section out of order). Only communique's own modules are
instrumented; spaCy and the model are loaded before instrumentation starts.
Use ``fuzz/run.py`` rather than calling this directly.
"""

from __future__ import annotations

import sys

import atheris

#: Longest text built from one input: long enough for multi-paragraph structure, short
#: enough for a useful number of executions per second with a full spaCy parse.
MAX_INPUT_CHARS = 4000

with atheris.instrument_imports(include=["communique"]):
    from communique.errors import InputError
    from communique.ingest.readers import text_record
    from communique.pipeline import get_pipeline
    from communique.quotes.marks import find_marked_spans
    from communique.settings import SETTINGS

STAGES = {
    "structure": ("structure.v1",),
    "quotes": ("structure.v1", "actors.v1", "quotes.v1"),
}


def decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    return text[:MAX_INPUT_CHARS]


def check_structure(document) -> None:
    n = len(document.text)
    previous_end = 0
    for section in document.sections:
        assert 0 <= section.start <= section.end <= n, f"section [{section.start}, {section.end}) outside {n}"
        assert section.start >= previous_end, f"sections overlap or are out of order at {section.start}"
        previous_end = section.end
    for value in (document.title, document.publisher):
        assert value is None or isinstance(value, str)


def check_quotes(document) -> None:
    text = document.text
    actor_ids = {a.id for a in document.actors}
    for actor in document.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text), f"mention [{start}, {end}) of {actor.id} outside the text"
    for quote in document.quotes:
        assert 0 <= quote.start < quote.end <= len(text), f"quote [{quote.start}, {quote.end}) outside the text"
        assert quote.text == text[quote.start:quote.end], "quote text differs from its span"
        assert quote.end - quote.start <= SETTINGS.max_quote_chars, "quote longer than max_quote_chars"
        assert quote.speaker is None or quote.speaker in actor_ids, f"speaker {quote.speaker} is no actor"
    for span in find_marked_spans(text, SETTINGS.max_quote_chars):
        assert 0 <= span.start <= span.inner_start <= span.inner_end <= span.end <= len(text), \
            f"marked span {span} outside the text or inside out"


def make_target(name: str):
    pipeline = get_pipeline(stages=STAGES[name])
    check = check_structure if name == "structure" else check_quotes

    def test_one_input(data: bytes) -> None:
        text = decode(data)
        markdown = bool(data) and data[0] % 2 == 1  # let the fuzzer choose the markdown reader too
        try:
            record = text_record(text, "fuzz", markdown=markdown or None)
        except InputError:
            return  # a clear refusal (not Unicode text) is a correct answer
        document = pipeline(record)
        check(document)

    return test_one_input


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in STAGES:
        raise SystemExit(f"usage: {argv[0]} {{{'|'.join(STAGES)}}} [libFuzzer options] [CORPUS_DIR]")
    target = make_target(argv[1])
    target(b"warm-up: Chile said \"yes\".")  # load the model before the clock starts
    atheris.Setup([argv[0]] + argv[2:], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
