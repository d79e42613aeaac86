"""One loader per resource format, each reading through the active ``Resources``.

Formats (declared per file in ``manifest.yaml``):

* ``terms``: one entry per line; ``#`` starts a comment line; a header comment names
  source, licence and owner. Entries are unique, sorted and, unless the manifest says
  ``case: any``, lower case. Returns a ``frozenset``.
* ``tagged``: like ``terms``, but each line is ``entry<TAB>tags``, tags separated by
  spaces, each ``NAME`` or ``NAME:VALUE``. Returns ``{entry: {name: value or ""}}``;
  ``with_tag`` and ``tag_values`` give the subsets a stage needs.
* ``yaml``, ``json``: the parsed document. ``jsonl``: ``((line number, object), ...)``
  without blank lines and header lines that hold only a ``comment``.
* ``npz``: ``{name: numpy array}``. ``text``, ``bytes``: the file as is.

Every loader checks that the file's manifest format is the one asked for, parses the
file once per resource set, and raises ``LexiconError`` naming the file (and line).
"""

from __future__ import annotations

import builtins
import io
import json as _json
from types import MappingProxyType
from typing import Any, Mapping

import yaml as _yaml

from ..errors import ConfigError, LexiconError
from .sets import active, cached, entry

_YAML_LOADER = getattr(_yaml, "CSafeLoader", _yaml.SafeLoader)


def _read(relpath: str, fmt: str) -> tuple[str, str]:
    """``(name for messages, text)`` of a manifest file of format ``fmt``."""
    declared = entry(relpath).format
    if declared != fmt:
        raise ConfigError(f"resource {relpath} is declared as {declared!r} in the manifest, not {fmt!r}")
    res = active()
    return res.source(relpath), res.read_text(relpath)


def _entries(relpath: str, fmt: str) -> list[tuple[int, str]]:
    """``(line number, stripped line)`` of the entries of a one-per-line file, checked
    unique, sorted and (where the manifest says so) lower case on the key."""
    name, text = _read(relpath, fmt)
    lower = entry(relpath).case == "lower"
    out: list[tuple[int, str]] = []
    previous = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key = line.split("\t", 1)[0].strip()
        if not key:
            raise LexiconError(name, n, "entry is empty")
        if lower and key != key.lower():
            raise LexiconError(name, n, f"entry {key!r} must be lower case")
        if previous is not None and key <= previous:
            what = "duplicate entry" if key == previous else "entry out of order (keep the list sorted)"
            raise LexiconError(name, n, f"{what}: {key!r} after {previous!r}")
        previous = key
        out.append((n, line))
    if not out:
        raise LexiconError(name, None, "lexicon is empty")
    return out


@cached
def terms(relpath: str) -> frozenset[str]:
    """Entries of a one-per-line word list, e.g. ``terms("structure/hedges.en.txt")``."""
    return frozenset(line for _, line in _entries(relpath, "terms"))


@cached
def tagged(relpath: str) -> Mapping[str, Mapping[str, str]]:
    """``{entry: {tag: value}}`` of a tagged list (a bare tag has the value ``""``)."""
    rows = _entries(relpath, "tagged")
    name = active().source(relpath)
    out: dict[str, Mapping[str, str]] = {}
    for n, line in rows:
        key, _, rest = line.partition("\t")
        tags: dict[str, str] = {}
        for tag in rest.split():
            tag_name, _, value = tag.partition(":")
            if not tag_name or tag_name in tags:
                raise LexiconError(name, n, f"tag {tag!r} is empty or repeated")
            tags[tag_name] = value
        if not tags:
            raise LexiconError(name, n, f"entry {key.strip()!r} has no tags (write entry<TAB>tags)")
        out[key.strip()] = MappingProxyType(tags)
    return MappingProxyType(out)


@cached
def with_tag(relpath: str, tag: str) -> frozenset[str]:
    """Entries of a tagged list that carry ``tag``: ``with_tag("actors/pronouns.en.tsv", "author")``."""
    return frozenset(key for key, tags in tagged(relpath).items() if tag in tags)


@cached
def tag_values(relpath: str, tag: str) -> Mapping[str, str]:
    """``{entry: value of tag}`` for the entries of a tagged list that carry ``tag``."""
    return MappingProxyType({key: tags[tag] for key, tags in tagged(relpath).items() if tag in tags})


@cached
def yaml(relpath: str) -> Any:
    """A YAML file, parsed (``C`` loader when PyYAML has it)."""
    name, text = _read(relpath, "yaml")
    try:
        return _yaml.load(text, Loader=_YAML_LOADER)
    except _yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(name, None if mark is None else mark.line + 1, f"invalid YAML: {err}") from None


@cached
def json(relpath: str) -> Any:
    """A JSON file, parsed."""
    name, text = _read(relpath, "json")
    try:
        return _json.loads(text)
    except _json.JSONDecodeError as err:
        raise LexiconError(name, err.lineno, f"not JSON: {err.msg}") from None


@cached
def jsonl(relpath: str) -> tuple[tuple[int, dict], ...]:
    """``(line number, object)`` of each JSON line; blank lines and ``{"comment": ...}``
    header lines are left out."""
    name, text = _read(relpath, "jsonl")
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = _json.loads(raw)
        except _json.JSONDecodeError as err:
            raise LexiconError(name, n, f"not JSON: {err.msg}") from None
        if not isinstance(obj, dict):
            raise LexiconError(name, n, "each line must be a JSON object")
        if set(obj) != {"comment"}:
            out.append((n, obj))
    return tuple(out)


@cached
def npz(relpath: str) -> Mapping[str, Any]:
    """The arrays of a numpy ``.npz`` file (read eagerly; no pickled objects)."""
    import numpy as np

    declared = entry(relpath).format
    if declared != "npz":
        raise ConfigError(f"resource {relpath} is declared as {declared!r} in the manifest, not 'npz'")
    res = active()
    try:
        with np.load(io.BytesIO(res.read_bytes(relpath)), allow_pickle=False) as data:
            return MappingProxyType({key: data[key] for key in data.files})
    except (ValueError, OSError) as err:
        raise LexiconError(res.source(relpath), None, f"not a numpy .npz file: {err}") from None


@cached
def text(relpath: str) -> str:
    """A text file as one string."""
    return _read(relpath, "text")[1]


@cached
def bytes(relpath: str) -> builtins.bytes:
    """A binary file as is."""
    declared = entry(relpath).format
    if declared != "bytes":
        raise ConfigError(f"resource {relpath} is declared as {declared!r} in the manifest, not 'bytes'")
    return active().read_bytes(relpath)


#: The loader of each manifest format (used by the validation test and ``load``).
LOADERS = {"terms": terms, "tagged": tagged, "yaml": yaml, "jsonl": jsonl, "json": json, "npz": npz,
           "text": text, "bytes": bytes}


def load(relpath: str) -> Any:
    """Any manifest file through the loader of its declared format."""
    return LOADERS[entry(relpath).format](relpath)
