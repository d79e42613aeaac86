"""Typed options of stages and of the pipeline.

A stage declares what it reads from ``ctx.option(...)`` in its ``@stage``
decorator, so a typo or a wrong type is refused when the ``Pipeline`` is
built, before any text is read::

    @stage("events.v1", assigns=("events",), options={
        "events_classifier": Option(bool, True, "Second opinion of the event classifier."),
    })

Types: ``bool``, ``int``, ``float``, ``str``, ``Path`` (kept as a ``str``) and
``list[T]`` of those (kept as a ``tuple``, so that options can be hashed and a
pipeline cached per distinct set of options). Example handled: ``{"kb_paths":
["a.yaml"]}`` becomes ``("a.yaml",)``. Not handled: nested lists or mappings.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, get_args, get_origin

from .errors import ConfigError

#: Element types an option may have (alone or inside ``list[...]``).
SCALAR_TYPES = (bool, int, float, str, Path)
#: Close matches suggested for an unknown option name.
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Option:
    """One option: its type, the value used when it is absent, a help line, allowed values.

    Args:
        type: ``bool``, ``int``, ``float``, ``str``, ``Path`` or ``list[<one of those>]``.
        default: the value ``ctx.option(name)`` returns when the option is not given
            (normalised like a given value).
        help: one line for ``--help``-style listings and error messages.
        choices: allowed values (of the element type for lists), or ``None`` for any.
    """

    type: Any
    default: Any = None
    help: str = ""
    choices: tuple[Any, ...] | None = None

    def __post_init__(self) -> None:
        element = self.element_type
        if element not in SCALAR_TYPES:
            raise ConfigError(f"option type {self.type!r} is not supported; use one of "
                              f"{[t.__name__ for t in SCALAR_TYPES]} or list[...] of them")
        if self.choices is not None:
            object.__setattr__(self, "choices", tuple(self.choices))

    @property
    def is_list(self) -> bool:
        return get_origin(self.type) in (list, tuple)

    @property
    def element_type(self) -> Any:
        if get_origin(self.type) in (list, tuple):
            args = [a for a in get_args(self.type) if a is not Ellipsis]
            return args[0] if len(args) == 1 else None
        return self.type

    def describe(self) -> str:
        """``list[str]``, ``int``, ``str, one of 'fast', 'minilm'``."""
        name = getattr(self.element_type, "__name__", str(self.element_type))
        text = f"list[{name}]" if self.is_list else name
        if self.choices is not None:
            text += ", one of " + ", ".join(repr(c) for c in self.choices)
        return text


def _scalar(name: str, option: Option, value: Any, whole: Any = None, index: int | None = None) -> Any:
    kind = option.element_type
    ok = {
        bool: isinstance(value, bool),
        int: isinstance(value, int) and not isinstance(value, bool),
        float: isinstance(value, (int, float)) and not isinstance(value, bool),
        str: isinstance(value, str),
        Path: isinstance(value, (str, os.PathLike)),
    }[kind]
    if not ok:
        where = f"item {index} is" if index is not None else "got"
        raise ConfigError(f"option {name}={value if whole is None else whole!r}: expected {option.describe()}, "
                          f"{where} {type(value).__name__}")
    if kind is float:
        value = float(value)
    elif kind is Path:
        value = os.fspath(value)
    if option.choices is not None and value not in option.choices:
        raise ConfigError(f"option {name}={value if whole is None else whole!r}: expected {option.describe()}")
    return value


def normalise(name: str, option: Option, value: Any) -> Any:
    """``value`` checked against ``option`` and made hashable (lists become tuples).

    Raises ``ConfigError`` naming the option, the value and what is allowed.
    """
    if value is None:
        return None
    if option.is_list:
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise ConfigError(f"option {name}={value!r}: expected {option.describe()} (a list), "
                              f"got {type(value).__name__}")
        return tuple(_scalar(name, option, v, value, n) for n, v in enumerate(value))
    return _scalar(name, option, value)


def check_options(options: Mapping[str, Any] | None, declared: Mapping[str, Option],
                  elsewhere: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Validate ``options`` against the ``declared`` ones; return them normalised.

    Args:
        options: what the caller gave.
        declared: every option the pipeline accepts (its stages' and ``PIPELINE_OPTIONS``).
        elsewhere: options of registered stages that are not selected, ``{option: stage}``,
            named in the error when one of them is given.

    Raises ``ConfigError`` for an unknown name (with close matches and the accepted
    names), a wrong type or a value outside the choices.
    """
    out: dict[str, Any] = {}
    for name, value in (options or {}).items():
        if name not in declared:
            raise ConfigError(unknown_option_message(name, declared, elsewhere or {}))
        out[name] = normalise(name, declared[name], value)
    return out


def unknown_option_message(name: str, declared: Iterable[str], elsewhere: Mapping[str, str]) -> str:
    accepted = sorted(declared)
    message = f"unknown option {name!r}"
    if name in elsewhere:
        message += f" (it belongs to stage {elsewhere[name]}, which is not selected)"
    else:
        close = difflib.get_close_matches(name, accepted, n=MAX_SUGGESTIONS)
        if close:
            message += "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return message + f"; the selected stages accept: {', '.join(accepted) or 'no options'}"


def merge_declarations(sources: Iterable[tuple[str, Mapping[str, Option]]]) -> dict[str, Option]:
    """One table of options from several ``(owner, {name: Option})``; an option declared by
    two owners must be declared the same way by both."""
    out: dict[str, Option] = {}
    owners: dict[str, str] = {}
    for owner, table in sources:
        for name, option in table.items():
            if name in out and out[name] != option:
                raise ConfigError(f"option {name!r} is declared differently by {owners[name]} and {owner}")
            out.setdefault(name, option)
            owners.setdefault(name, owner)
    return out


def parse_option_items(items=()) -> dict:
    """``["events_classifier=false", "stance_model=minilm"]`` -> ``{"events_classifier": False,
    "stance_model": "minilm"}``: each VALUE as JSON when it parses, else the string itself."""
    options: dict = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--option {item!r}: expected KEY=VALUE")
        try:
            options[key.strip()] = json.loads(value)
        except ValueError:
            options[key.strip()] = value
    return options


def pipeline_options(kb=(), discard=(), items=(), resources=()) -> dict:
    """Stage options from the command-line flags: ``--kb`` files, ``--discard`` phrases,
    ``--resources`` directories and ``--option KEY=VALUE`` items (which win over the rest)."""
    options: dict = {}
    if resources:
        options["resources"] = [str(Path(p).resolve()) for p in resources]
    if kb:
        options["kb_paths"] = [str(p) for p in kb]
    if discard:
        options["events_discard"] = list(discard)
    options.update(parse_option_items(items))
    return options
