"""The stage registry and the runner: the one place that orders the stages.

A stage is a function ``(document, doc, ctx) -> {field: value}`` registered
with a versioned name, the ``Document`` fields it ``assigns`` and those it
``requires`` from earlier stages. Stages read; the runner writes what they
return onto the ``Document`` (spaCy's compute / set-annotations split).
Contracts are checked when a ``Pipeline`` is built, before any text is read.

Stages are found through the ``communique.stages`` entry-point group: the
built-in ones are declared in communique's ``pyproject.toml`` exactly as a
plugin package declares its own (``"casualties.v1" = "pkg:find_casualties"``).
Loading an entry point imports its module, whose ``@stage`` decorator
registers the stage under the entry point's name. A plugin writes its result
to ``Document.extensions[<name>]`` by assigning ``extensions.<name>``.

Options are typed (``options.Option``): each stage declares those it reads,
``PIPELINE_OPTIONS`` those of the pipeline itself, and ``Pipeline`` refuses an
unknown name or a wrong type before any text is read.
"""

from __future__ import annotations

import gc
import json
import logging
import re
from dataclasses import dataclass, field, replace
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .budget import Budget
from .document import Document
from .errors import CommuniqueError, ConfigError, InputError, StageError
from .ingest.records import Record, to_record
from .options import Option, check_options, merge_declarations, normalise
from .resources import Resources, using
from .settings import SETTINGS, Settings
from .versioning import pipeline_version
from .views import release

logger = logging.getLogger(__name__)

#: Objects the interpreter itself keeps frozen from its start (``gc.get_freeze_count()``: CPython
#: 3.12 freezes a few hundred of its own); a run that finds more frozen leaves freezing to whoever did.
_FROZEN_AT_START = gc.get_freeze_count()

#: Fields a Document has before any stage runs.
BASE_FIELDS = ("text", "source", "id", "meta")

#: Prefix of an ``assigns`` entry that names a ``Document.extensions`` key (``extensions.casualties``).
EXTENSION_PREFIX = "extensions."
#: What an extension name may look like: it becomes a JSON key, a store value and a CSS id.
EXTENSION_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: The entry-point group that declares stages, built-in and plugin alike.
ENTRY_POINT_GROUP = "communique.stages"

StageFunc = Callable[[Document, Any, "Context"], Mapping[str, Any]]


@dataclass(frozen=True)
class StageSpec:
    name: str
    func: StageFunc
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()
    options: Mapping[str, Option] = field(default_factory=dict)


STAGES: dict[str, StageSpec] = {}

#: Options of the pipeline itself, whatever stages it runs.
PIPELINE_OPTIONS: dict[str, Option] = {
    "resources": Option(list[Path], (), "Directories of resource files that override the packaged ones."),
}

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


def stage(name: str, *, assigns: Iterable[str], requires: Iterable[str] = (),
          options: Mapping[str, Option] | None = None):
    """Register a stage function under a versioned name (``quotes.v1``).

    Args:
        name: the versioned name; also the name of the stage's entry point.
        assigns: the ``Document`` fields it returns, or ``extensions.<name>`` keys.
        requires: fields (or extension keys) that earlier stages must assign.
        options: ``{option name: Option}`` of everything it reads with ``ctx.option``.
    """

    def register(func: StageFunc) -> StageFunc:
        if name in STAGES and STAGES[name].func is not func:
            raise ConfigError(f"stage {name!r} is registered twice; give the new one a new version")
        for key, declared in (options or {}).items():
            if not isinstance(declared, Option):
                raise ConfigError(f"stage {name}: option {key!r} must be declared with Option(...)")
        STAGES[name] = StageSpec(name, func, tuple(assigns), tuple(requires), dict(options or {}))
        return func

    return register


def _distribution(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return f"{dist.name} {dist.version}" if dist is not None else "an unknown distribution"


def stage_entry_points() -> dict[str, EntryPoint]:
    """``{stage name: entry point}`` of every installed ``communique.stages`` entry point.

    Two distributions declaring the same name is a ``ConfigError`` naming both.
    """
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        other = found.get(ep.name)
        if other is not None and other.value != ep.value:
            raise ConfigError(f"stage {ep.name!r} is declared by two entry points: {other.value} "
                              f"({_distribution(other)}) and {ep.value} ({_distribution(ep)})")
        found.setdefault(ep.name, ep)
    return found


def load_stage(name: str, eps: Mapping[str, EntryPoint] | None = None) -> StageSpec:
    """The registered stage ``name``, loading its entry point when it is not registered yet."""
    if name in STAGES:
        return STAGES[name]
    eps = stage_entry_points() if eps is None else eps
    ep = eps.get(name)
    if ep is None:
        raise ConfigError(f"unknown stage {name!r}; registered stages: {', '.join(available_stages(eps))}")
    where = f"entry point {ENTRY_POINT_GROUP}:{ep.name} = {ep.value} ({_distribution(ep)})"
    try:
        loaded = ep.load()
    except Exception as err:  # an installed plugin that cannot be imported: say which one
        raise ConfigError(f"{where} cannot be loaded: {type(err).__name__}: {err}") from err
    spec = STAGES.get(name)
    if spec is None or spec.func is not loaded:
        others = sorted(s.name for s in STAGES.values() if s.func is loaded)
        raise ConfigError(f"{where} did not register a stage named {name!r} with @stage"
                          + (f" (it registered {', '.join(others)})" if others else ""))
    return spec


def load_stages() -> dict[str, StageSpec]:
    """Load every installed stage (built-in and plugins); returns ``STAGES``."""
    eps = stage_entry_points()
    for name in eps:
        load_stage(name, eps)
    return STAGES


def load_builtin_stages() -> None:
    """Load every stage entry point (kept for callers of the earlier name)."""
    load_stages()


def available_stages(eps: Mapping[str, EntryPoint] | None = None) -> list[str]:
    """Names of every registered or installed stage, without importing any plugin."""
    eps = stage_entry_points() if eps is None else eps
    return sorted(set(STAGES) | set(eps))


def expand_stage_names(value: str | Iterable[str]) -> tuple[str, ...]:
    """Stage names from ``"default,casualties.v1"`` (or a list): ``default`` stands for
    ``DEFAULT_STAGES``; blanks are dropped and a repeated name is kept once."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for part in (p.strip() for p in parts):
        for name in (DEFAULT_STAGES if part == "default" else (part,) if part else ()):
            if name not in out:
                out.append(name)
    if not out:
        raise ConfigError("no stages given; use e.g. --stages default or --stages default,casualties.v1")
    return tuple(out)


@dataclass
class Context:
    """What a stage may read besides the document: settings, options, a per-process cache.

    ``declared`` holds the options of the pipeline's stages: ``option(key)`` returns the
    given value, else the declared default, else ``default``.
    """

    settings: Settings = SETTINGS
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)
    declared: Mapping[str, Option] = field(default_factory=dict)

    budget: Budget | None = None  # the document's time budget while its stages run
    stage: str | None = None  # the stage running

    def check_budget(self) -> None:
        """Raise ``DocumentTimeoutError`` (naming the running stage) when the document's time
        budget is spent; cheap enough for a stage to call every few hundred items of a long loop."""
        if self.budget is not None:
            self.budget.check(self.stage or "a stage")

    def option(self, key: str, default: Any = None) -> Any:
        if key in self.options:
            return self.options[key]
        if key in self.declared:
            return normalise(key, self.declared[key], self.declared[key].default)
        return default


def extension_name(assign: str) -> str | None:
    """``"casualties"`` for ``"extensions.casualties"``, ``None`` for a plain field."""
    return assign[len(EXTENSION_PREFIX):] if assign.startswith(EXTENSION_PREFIX) else None


def check_contracts(names: Iterable[str]) -> list[StageSpec]:
    """Resolve stage names and check that every ``requires`` is assigned earlier."""
    specs, assigned = [], set(BASE_FIELDS)
    extensions: dict[str, str] = {}
    eps: Mapping[str, EntryPoint] | None = None
    for name in names:
        if name not in STAGES and eps is None:
            eps = stage_entry_points()
        spec = load_stage(name, eps)
        missing = [r for r in spec.requires if r not in assigned]
        if missing:
            raise ConfigError(f"stage {name} requires {missing}, which no earlier stage assigns")
        unknown = []
        for a in spec.assigns:
            ext = extension_name(a)
            if ext is None:
                if a not in Document.__dataclass_fields__ or a == "extensions":
                    unknown.append(a)
            elif not EXTENSION_NAME.match(ext):
                raise ConfigError(f"stage {name} assigns extension {ext!r}; an extension name is "
                                  f"lower-case letters, digits and _ (pattern {EXTENSION_NAME.pattern})")
            elif ext in extensions:
                raise ConfigError(f"stages {extensions[ext]} and {name} both assign {a}; "
                                  "an extension has one writer")
            else:
                extensions[ext] = name
        if unknown:
            raise ConfigError(f"stage {name} assigns unknown Document fields {unknown}; "
                              f"a plugin's result goes to {EXTENSION_PREFIX}<name>")
        assigned.update(spec.assigns)
        specs.append(spec)
    return specs


def declared_options(specs: Iterable[StageSpec]) -> dict[str, Option]:
    """``PIPELINE_OPTIONS`` plus the options of ``specs``."""
    return merge_declarations([("the pipeline", PIPELINE_OPTIONS)]
                              + [(f"stage {s.name}", s.options) for s in specs])


def check_pipeline(stages: str | Iterable[str] | None = None,
                   options: Mapping[str, Any] | None = None) -> tuple[list[StageSpec], dict[str, Any]]:
    """What ``Pipeline(stages, options)`` checks, without loading a model: the stage specs
    and the normalised options; a ``ConfigError`` says what is wrong."""
    specs = check_contracts(expand_stage_names(DEFAULT_STAGES if stages is None else stages))
    return specs, check_pipeline_options(specs, options)


def check_pipeline_options(specs: list[StageSpec], options: Mapping[str, Any] | None) -> dict[str, Any]:
    """``options`` validated against what ``specs`` declare and normalised (lists to tuples)."""
    declared = declared_options(specs)
    selected = {s.name for s in specs}
    elsewhere = {key: s.name for s in STAGES.values() if s.name not in selected for key in s.options
                 if key not in declared}
    return check_options(options, declared, elsewhere)


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

        self.specs = check_contracts(expand_stage_names(stages))
        checked = check_pipeline_options(self.specs, options)
        self.nlp = load_nlp(model)
        self.ctx = Context(settings=settings, options=checked, declared=declared_options(self.specs))
        self.resources = Resources(checked.get("resources") or ())
        # The version names the rules that made a result (communique.versioning).
        self.version = pipeline_version([s.name for s in self.specs], checked, model, settings, self.resources,
                                        self.ctx.declared)

    # -- one document -------------------------------------------------------------
    def make_document(self, record: Record) -> Document:
        limit = self.ctx.settings.max_document_chars
        if len(record.text) > limit:
            raise InputError(record.source or "<text>", f"text has {len(record.text):,} characters, "
                             f"more than max_document_chars={limit:,}; split it or raise the limit")
        meta = dict(record.meta)
        return Document(text=record.text, source=record.source, meta=meta)

    def annotate(self, document: Document, doc) -> Document:
        """Run the stages over ``document`` and its parse, within the document's time budget
        (``max_document_seconds``, started by the parse; checked before each stage and by
        stages that call ``ctx.check_budget()``)."""
        from .nlp import BUDGET_KEY

        budget = doc.user_data.get(BUDGET_KEY)
        if budget is None:
            budget = Budget(document.source or document.id, self.ctx.settings.max_document_seconds)
        ctx = replace(self.ctx, budget=budget)
        # The collector is off while the stages run (and back as it was before anything else
        # runs): they allocate tens of thousands of containers per document that almost all die
        # by reference counting when its views are released, so its young collections, triggered
        # every 700 allocations, walked live per-document lists for nothing (256 young, 23 middle
        # and a full collection over 200 benchmark documents; 21, 1 and none with it off). A
        # cycle made by a stage is still collected, later.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with using(self.resources):  # the stages read this pipeline's lexicons and models
                for spec in self.specs:
                    budget.check(spec.name)
                    ctx.stage = spec.name
                    self._run_stage(spec, document, doc, ctx)
        finally:
            release(doc)  # the Doc's views: no reference cycle left for the garbage collector
            if collecting:
                gc.enable()
        budget.check("the last stage")
        document.pipeline_version = self.version
        return document

    def _run_stage(self, spec: StageSpec, document: Document, doc, ctx: Context | None = None) -> None:
        try:
            result = spec.func(document, doc, self.ctx if ctx is None else ctx)
        except CommuniqueError:
            raise
        except Exception as err:  # a bug in a stage must not sink the batch: report it per document
            logger.exception("stage %s failed on %s", spec.name, document.id)
            raise StageError(spec.name, document.id, f"{type(err).__name__}: {err}") from err
        extra = set(result) - set(spec.assigns)
        if extra:
            raise StageError(spec.name, document.id, f"returned fields it does not assign: {sorted(extra)}")
        for key, value in result.items():
            ext = extension_name(key)
            if ext is None:
                setattr(document, key, value)
            else:
                document.extensions[ext] = _json_value(spec.name, document.id, key, value)

    def __call__(self, item: Any, **meta: Any) -> Document:
        record = to_record(item, **meta)
        document = self.make_document(record)
        from .nlp import parse_many

        _, doc = next(parse_many(self.nlp, [document], 1, self.ctx.settings))  # the budget names the document
        return self.annotate(document, doc)

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

        def timed_out(document: Document, err: StageError) -> None:
            report(Failure(document.source or document.id, err.reason, err.stage))

        batch = batch_size or self.ctx.settings.nlp_batch_size
        # Round 34s12: what is alive when the run starts (the spaCy model, the KB, the lexicons and
        # the caller's objects) is out of the collector's way while it runs (``gc.freeze``) and back
        # in its care when it ends (``gc.unfreeze``): the full collections that the documents' results
        # set off walk only what the run made (one over 200 benchmark documents walked the model and
        # the KB: ~0.65 ms/doc). Where something froze objects already (a worker of ``runner``, an
        # outer run), it is left as it is.
        freezing = gc.get_freeze_count() <= _FROZEN_AT_START
        if freezing:
            gc.freeze()
        try:
            for document, doc in parse_many(self.nlp, documents(), batch, self.ctx.settings, on_timeout=timed_out):
                try:
                    yield self.annotate(document, doc)
                except StageError as err:
                    report(Failure(document.source or document.id, err.reason, err.stage))
        finally:
            if freezing:
                gc.unfreeze()


def _json_value(stage_name: str, doc_id: str, key: str, value: Any) -> Any:
    """An extension's value as plain JSON (tuples become lists); a ``StageError`` when it
    cannot be written as JSON."""
    try:
        return json.loads(json.dumps(value, ensure_ascii=False, allow_nan=False))
    except (TypeError, ValueError) as err:
        raise StageError(stage_name, doc_id, f"{key} is not JSON-serialisable: {err}") from err


def get_pipeline(**kwargs: Any) -> Pipeline:
    """A cached default pipeline per distinct set of arguments (model loaded once per process).

    Arguments that mean the default (``stages`` equal to ``DEFAULT_STAGES``, no options,
    ``model=None``) share the default pipeline."""
    if kwargs.get("stages") is not None:
        kwargs["stages"] = expand_stage_names(kwargs["stages"])
    if kwargs.get("stages") == DEFAULT_STAGES:
        del kwargs["stages"]
    kwargs = {k: v for k, v in kwargs.items() if v is not None and not (k == "options" and not v)}
    key = repr(sorted(kwargs.items()))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(**kwargs)
    return _PIPELINES[key]


_PIPELINES: dict[str, Pipeline] = {}
