"""Which resource files a pipeline reads: the packaged set, plus user override folders.

``Resources(override_dirs)`` resolves every file named in ``manifest.yaml`` either
to the packaged copy (``communique/resources/<concern>/<name>``) or to a user file
``DIR/<concern>/<name>`` of the same relative path. An override replaces the whole
file, it is not merged; when several folders hold the same file, the last folder
wins. A file in an override folder that the manifest does not name is an error,
so that a typo never passes silently. Names starting with ``.`` are skipped.

The active set lives in a ``ContextVar``: ``with using(resources): ...`` selects it,
``active()`` returns it (the packaged set by default). Caches of data derived from
resources (``cached``) are keyed by the active set's fingerprint, so a pipeline
with an override and a default pipeline in one process never share results.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import hashlib
from contextvars import ContextVar
from importlib import resources as _pkg
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

import yaml as _yaml

from ..errors import ConfigError, LexiconError

MANIFEST_FILE = "manifest.yaml"
#: The data formats a manifest entry may declare (one loader each in ``loader.py``).
FORMATS = ("terms", "tagged", "yaml", "jsonl", "json", "npz", "text", "bytes")
#: Near matches listed when an override file is unknown.
MAX_SUGGESTIONS = 3
#: How alike (difflib ratio) a manifest path must be to an unknown file to be suggested.
SUGGESTION_CUTOFF = 0.6


class Entry(NamedTuple):
    """One manifest entry."""

    relpath: str
    format: str
    owners: tuple[str, ...]
    description: str
    case: str  # "lower" (entries must be lower case) or "any"; only for terms and tagged files


def package_root() -> Path:
    """The folder of the packaged resource files."""
    return Path(str(_pkg.files(__package__)))


@functools.cache
def manifest() -> dict[str, Entry]:
    """Every packaged resource file by relative path (``structure/hedges.en.txt``)."""
    path = package_root() / MANIFEST_FILE
    where = f"communique/resources/{MANIFEST_FILE}"
    try:
        data = _yaml.safe_load(path.read_text("utf-8"))
    except _yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise LexiconError(where, mark.line + 1 if mark else None, f"invalid YAML: {err}") from None
    if not isinstance(data, dict):
        raise LexiconError(where, None, "top level must map a relative path to its format, owners and description")
    out: dict[str, Entry] = {}
    for relpath, spec in data.items():
        if not isinstance(spec, dict) or set(spec) - {"format", "owners", "description", "case"}:
            raise LexiconError(where, None, f"{relpath}: give format, owners, description (and optionally case)")
        fmt, owners = spec.get("format"), spec.get("owners")
        if fmt not in FORMATS:
            raise LexiconError(where, None, f"{relpath}: format {fmt!r} is not one of {', '.join(FORMATS)}")
        if not isinstance(owners, list) or not owners or not all(isinstance(o, str) for o in owners):
            raise LexiconError(where, None, f"{relpath}: owners must be a non-empty list of stage names")
        case = spec.get("case", "lower")
        if case not in ("lower", "any"):
            raise LexiconError(where, None, f"{relpath}: case {case!r} is not 'lower' or 'any'")
        out[relpath] = Entry(relpath, fmt, tuple(owners), str(spec.get("description", "")).strip(), case)
    return out


def entry(relpath: str) -> Entry:
    """The manifest entry of ``relpath``; ``ConfigError`` naming near matches when there is none."""
    try:
        return manifest()[relpath]
    except KeyError:
        raise ConfigError(f"resource {relpath!r} is not in communique/resources/{MANIFEST_FILE}"
                          f"{_suggest(relpath)}") from None


def _suggest(relpath: str) -> str:
    near = difflib.get_close_matches(relpath, list(manifest()), MAX_SUGGESTIONS, SUGGESTION_CUTOFF)
    if not near:
        near = [p for p in manifest() if p.rsplit("/", 1)[-1] == relpath.rsplit("/", 1)[-1]]
    return f"; did you mean {', '.join(near)}?" if near else f"; known files: {', '.join(sorted(manifest()))}"


def _override_files(folder: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        yield rel.as_posix(), path


class Resources:
    """The resource files one pipeline reads: packaged files, some replaced by user files.

    Args:
        override_dirs: folders laid out like ``communique/resources`` (``DIR/quotes/
            reporting_verbs.en.tsv``); each file replaces the packaged file of the same
            relative path, whole. Later folders win over earlier ones.

    Raises:
        ConfigError: a folder does not exist, or holds a file the manifest does not name
            (the message names it and the nearest known paths).

    Example: ``Resources(["my_lexicons"])`` with ``my_lexicons/structure/hedges.en.txt``
    makes the structure stage read that hedge list; ``Resources(["x"])`` with
    ``x/structure/hedge.en.txt`` fails ("did you mean structure/hedges.en.txt?").
    """

    def __init__(self, override_dirs: Iterable[str | Path] = ()):
        self.override_dirs: tuple[Path, ...] = tuple(Path(d).expanduser().resolve() for d in override_dirs)
        known, root = manifest(), package_root()
        self._paths: dict[str, Path] = {rel: root / rel for rel in known}
        self._overridden: set[str] = set()
        for folder in self.override_dirs:
            if not folder.is_dir():
                raise ConfigError(f"resource folder {folder} does not exist or is not a folder")
            for rel, path in _override_files(folder):
                if rel not in known:
                    raise ConfigError(f"{path}: not a communique resource ({rel!r} is not in the manifest)"
                                      f"{_suggest(rel)}")
                self._paths[rel] = path
                self._overridden.add(rel)
        self._fingerprint: str | None = None

    def __repr__(self) -> str:
        return f"Resources(override_dirs={[str(d) for d in self.override_dirs]!r})"

    def path(self, relpath: str) -> Path:
        """Where ``relpath`` is read from (a user file or the packaged one)."""
        try:
            return self._paths[relpath]
        except KeyError:
            entry(relpath)  # raises with near matches
            raise

    def source(self, relpath: str) -> str:
        """The name used in error messages: the user file, or ``communique/resources/<relpath>``."""
        return str(self._paths[relpath]) if relpath in self._overridden else f"communique/resources/{relpath}"

    def is_overridden(self, relpath: str) -> bool:
        return relpath in self._overridden

    def read_bytes(self, relpath: str) -> bytes:
        path = self.path(relpath)
        try:
            return path.read_bytes()
        except OSError as err:
            raise LexiconError(self.source(relpath), None, f"cannot read resource file: {err.strerror}") from None

    def read_text(self, relpath: str) -> str:
        try:
            return self.read_bytes(relpath).decode("utf-8")
        except UnicodeDecodeError as err:
            raise LexiconError(self.source(relpath), None, f"not UTF-8 text: {err.reason}") from None

    def files(self) -> list[tuple[str, Path, tuple[str, ...]]]:
        """``(relative path, resolved path, owner stages)`` of every manifest file, sorted."""
        return [(rel, self._paths[rel], e.owners) for rel, e in sorted(manifest().items())]

    def fingerprint(self) -> str:
        """sha256 (hex) over the sorted (relative path, sha256 of the bytes read) of every
        manifest file as resolved here; computed once per instance."""
        if self._fingerprint is None:
            digest = hashlib.sha256()
            for rel in sorted(self._paths):
                digest.update(rel.encode("utf-8") + b"\0")
                digest.update(hashlib.sha256(self.read_bytes(rel)).hexdigest().encode("ascii") + b"\n")
            self._fingerprint = digest.hexdigest()
        return self._fingerprint


#: The packaged files only: what ``active()`` returns unless ``using`` selects another set.
PACKAGED = Resources()
_ACTIVE: ContextVar[Resources] = ContextVar("communique_resources", default=PACKAGED)


def active() -> Resources:
    """The resource set of the current context (the packaged set unless ``using`` changed it)."""
    return _ACTIVE.get()


@contextlib.contextmanager
def using(resources: Resources | None) -> Iterator[Resources]:
    """Make ``resources`` the active set inside the ``with`` block (``None``: the packaged set)."""
    token = _ACTIVE.set(resources or PACKAGED)
    try:
        yield _ACTIVE.get()
    finally:
        _ACTIVE.reset(token)


def cached(func: Callable) -> Callable:
    """``functools.cache`` for data derived from resources, keyed by the active set's
    fingerprint and the (hashable) arguments; ``func.cache_clear()`` empties it."""
    store: dict = {}  # fingerprint -> {arguments: value}: no key tuple to build and hash per call
    get_active = _ACTIVE.get

    @functools.wraps(func)
    def wrapper(*args):
        res = get_active()
        fingerprint = res._fingerprint or res.fingerprint()
        values = store.get(fingerprint)
        if values is None:
            values = store[fingerprint] = {}
        try:
            return values[args]
        except KeyError:
            value = values[args] = func(*args)
            return value

    wrapper.cache_clear = store.clear  # type: ignore[attr-defined]
    return wrapper
