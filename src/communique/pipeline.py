"""The stage registry and the runner: the one place that orders the stages.

A stage is a function ``(document, doc, ctx) -> {field: value}`` registered
with a versioned name, the ``Document`` fields it ``assigns`` and those it
``requires`` from earlier stages. Stages read; the runner writes what they
return onto the ``Document`` (spaCy's compute / set-annotations split).
Contracts are checked when a ``Pipeline`` is built, before any text is read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, Callable, Iterable, Iterator, Mapping

from . import __version__
from .document import Document
from .errors import CommuniqueError, ConfigError, InputError, StageError
from .ingest.records import Record, to_record
from .settings import SETTINGS, Settings

logger = logging.getLogger(__name__)

#: Fields a Document has before any stage runs.
BASE_FIELDS = ("text", "source", "id", "meta")

StageFunc = Callable[[Document, Any, "Context"], Mapping[str, Any]]


@dataclass(frozen=True)
class StageSpec:
    name: str
    func: StageFunc
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


STAGES: dict[str, StageSpec] = {}

#: Modules whose import registers the built-in stages.
STAGE_MODULES = (
    "communique.stages.structure",
    "communique.stages.actors",
    "communique.stages.quotes",
    "communique.stages.events",
    "communique.stages.rhetoric",
)

DEFAULT_STAGES = (
    "structure.v1",
    "actors.v1",
    "quotes.v1",
    "events.v1",
    "techniques.v1",
    "calls_to_action.v1",
    "stance.v1",
    "summary.v1",
)


def stage(name: str, *, assigns: Iterable[str], requires: Iterable[str] = ()):
    """Register a stage function under a versioned name (``quotes.v1``)."""

    def register(func: StageFunc) -> StageFunc:
        if name in STAGES and STAGES[name].func is not func:
            raise ConfigError(f"stage {name!r} is registered twice; give the new one a new version")
        STAGES[name] = StageSpec(name, func, tuple(assigns), tuple(requires))
        return func

    return register


def load_builtin_stages() -> None:
    for module in STAGE_MODULES:
        import_module(module)


@dataclass
class Context:
    """What a stage may read besides the document: settings, options, a per-process cache."""

    settings: Settings = SETTINGS
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


def check_contracts(names: Iterable[str]) -> list[StageSpec]:
    """Resolve stage names and check that every ``requires`` is assigned earlier."""
    load_builtin_stages()
    specs, assigned = [], set(BASE_FIELDS)
    for name in names:
        if name not in STAGES:
            raise ConfigError(f"unknown stage {name!r}; registered stages: {sorted(STAGES)}")
        spec = STAGES[name]
        missing = [r for r in spec.requires if r not in assigned]
        if missing:
            raise ConfigError(f"stage {name} requires {missing}, which no earlier stage assigns")
        unknown = [a for a in spec.assigns if a not in Document.__dataclass_fields__]
        if unknown:
            raise ConfigError(f"stage {name} assigns unknown Document fields {unknown}")
        assigned.update(spec.assigns)
        specs.append(spec)
    return specs


@dataclass
class Failure:
    """A document that could not be analysed: where it came from and why."""

    source: str
    reason: str
    stage: str | None = None


class Pipeline:
    """Runs the registered stages over documents, one spaCy pass per document.

    Args:
        stages: stage names in order (default ``DEFAULT_STAGES``).
        options: stage options, e.g. ``{"kb_paths": ["my_actors.yaml"]}``.
        model: force "md" or "sm" (default: md when installed, else sm).
    """

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, options: Mapping[str, Any] | None = None,
                 model: str | None = None, settings: Settings = SETTINGS):
        from .nlp import load_nlp

        self.specs = check_contracts(stages)
        self.nlp = load_nlp(model)
        self.ctx = Context(settings=settings, options=dict(options or {}))
        self.version = f"{__version__}+" + ",".join(s.name for s in self.specs)

    # -- one document -------------------------------------------------------------
    def make_document(self, record: Record) -> Document:
        limit = self.ctx.settings.max_document_chars
        if len(record.text) > limit:
            raise InputError(record.source or "<text>", f"text has {len(record.text):,} characters, "
                             f"more than max_document_chars={limit:,}; split it or raise the limit")
        meta = dict(record.meta)
        return Document(text=record.text, source=record.source, meta=meta)

    def annotate(self, document: Document, doc) -> Document:
        for spec in self.specs:
            try:
                result = spec.func(document, doc, self.ctx)
            except CommuniqueError:
                raise
            except Exception as err:  # a bug in a stage must not sink the batch: report it per document
                logger.exception("stage %s failed on %s", spec.name, document.id)
                raise StageError(spec.name, document.id, f"{type(err).__name__}: {err}") from err
            extra = set(result) - set(spec.assigns)
            if extra:
                raise StageError(spec.name, document.id, f"returned fields it does not assign: {sorted(extra)}")
            for key, value in result.items():
                setattr(document, key, value)
        return document

    def __call__(self, item: Any, **meta: Any) -> Document:
        record = to_record(item, **meta)
        document = self.make_document(record)
        from .nlp import parse

        return self.annotate(document, parse(self.nlp, document.text, self.ctx.settings))

    # -- many documents -----------------------------------------------------------
    def pipe(self, records: Iterable[Record], batch_size: int | None = None,
             on_error: Callable[[Failure], None] | None = None) -> Iterator[Document]:
        """Analyse records in batches through ``nlp.pipe``; failures go to ``on_error``."""
        from .nlp import parse_many

        def report(failure: Failure) -> None:
            if on_error is None:
                raise CommuniqueError(f"{failure.source}: {failure.reason}")
            on_error(failure)

        def documents() -> Iterator[Document]:
            for record in records:
                try:
                    yield self.make_document(record)
                except InputError as err:
                    report(Failure(err.source, err.reason))

        batch = batch_size or self.ctx.settings.nlp_batch_size
        for document, doc in parse_many(self.nlp, documents(), batch, self.ctx.settings):
            try:
                yield self.annotate(document, doc)
            except StageError as err:
                report(Failure(document.source or document.id, err.reason, err.stage))


def get_pipeline(**kwargs: Any) -> Pipeline:
    """A cached default pipeline per distinct set of arguments (model loaded once per process)."""
    key = repr(sorted(kwargs.items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(**kwargs)
    return _PIPELINES[key]


_PIPELINES: dict[str, Pipeline] = {}
