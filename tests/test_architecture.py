"""The import graph of ``src/communique`` keeps the rules of ``docs/architecture.md``:
no import cycle at import time, no layer importing a layer above it, no domain package
importing another, and only the front ends importing ``stages``, ``cli`` and ``web``.

The layer table and its known exceptions are read from the document itself, so the
document and the code cannot drift apart. Issue 15 ("open and versioned").
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "src" / "communique"
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = "communique"
#: Packages that only the front ends (and they themselves) may import.
FRONT_ONLY = ("stages", "cli", "web")
FRONT_LAYER = "front ends"
#: The layer whose members may not import each other.
INDEPENDENT_MARK = "no"


@dataclass(frozen=True)
class Edge:
    importer: str  # dotted module name
    imported: str  # dotted module name inside the package
    line: int
    lazy: bool  # inside a function body
    type_only: bool  # under ``if TYPE_CHECKING:``

    def where(self) -> str:
        kind = "in a function" if self.lazy else ("for type checking" if self.type_only else "at module level")
        return f"{self.importer} (line {self.line}, {kind}) imports {self.imported}"


# -- the graph ---------------------------------------------------------------------------
def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package ``__init__``) for every module of the package."""
    out = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        out[".".join(parts)] = (path, is_package)
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _known(name: str, modules) -> str | None:
    """The innermost module of the package that ``name`` names or lies in, or None."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str, path: Path, is_package: bool, modules) -> list[Edge]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    edges: list[Edge] = []

    def add(target: str | None, node, lazy: bool, type_only: bool) -> None:
        found = _known(target, modules) if target else None
        if found is not None and found != module:
            edges.append(Edge(module, found, node.lineno, lazy, type_only))

    def visit(node, lazy: bool, type_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            child_lazy = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                        add(alias.name, child, lazy, type_only)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package_parts[:len(package_parts) - (child.level - 1)]
                    origin = ".".join(base + ([child.module] if child.module else []))
                else:
                    origin = child.module or ""
                if origin != PACKAGE and not origin.startswith(PACKAGE + "."):
                    continue
                for alias in child.names:
                    submodule = f"{origin}.{alias.name}"
                    add(submodule if submodule in modules else origin, child, lazy, type_only)
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), child_lazy, True)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), child_lazy, type_only)
                continue
            visit(child, child_lazy, type_only)

    visit(tree, False, False)
    return edges


@pytest.fixture(scope="module")
def graph() -> tuple[dict, list[Edge]]:
    modules = _modules()
    edges = [e for name, (path, is_package) in modules.items() for e in _imports(name, path, is_package, modules)]
    return modules, edges


# -- the tables of docs/architecture.md ----------------------------------------------------
def _table(name: str) -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(rf"<!-- architecture-table: {name} -->\n(.*?)<!-- /architecture-table -->", text, re.S)
    assert m, f"{DOC.name}: no table marked 'architecture-table: {name}'"
    rows = [[cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
            for line in m.group(1).strip().splitlines()]
    return [r for r in rows[2:] if r and r[0]]  # past the header and its rule


@pytest.fixture(scope="module")
def layers() -> tuple[dict[str, int], list[tuple[str, bool]]]:
    """Top-level unit (``actors``, ``nlp``, or ``communique`` for the package) -> layer
    number, and per layer (name, whether its members may import each other)."""
    unit_layer, names = {}, []
    for number, (name, members, within) in enumerate(_table("layers")):
        names.append((name, within.lower() != INDEPENDENT_MARK))
        for unit in members.split(","):
            unit = unit.strip().strip("`")
            assert unit not in unit_layer, f"{DOC.name}: {unit!r} is in two layers"
            unit_layer[unit] = number
    return unit_layer, names


@pytest.fixture(scope="module")
def exceptions() -> dict[tuple[str, str], str]:
    return {(row[0], row[1]): row[2] for row in _table("exceptions")}


def _unit(module: str) -> str:
    """``communique.actors.kb`` -> ``actors``; ``communique`` -> ``communique``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else PACKAGE


def _broken(graph, layers, exceptions) -> tuple[list[tuple[Edge, str]], set[tuple[str, str]]]:
    """Each edge that breaks a rule, with the rule; and the exceptions that were used."""
    modules, edges = graph
    unit_layer, layer_names = layers
    broken, used = [], set()
    for e in edges:
        src, dst = _unit(e.importer), _unit(e.imported)
        if src == dst:
            continue
        if src not in unit_layer or dst not in unit_layer:
            continue  # reported by test_architecture_every_module_has_a_layer
        rule = None
        src_layer, dst_layer = unit_layer[src], unit_layer[dst]
        if dst in FRONT_ONLY and layer_names[src_layer][0] != FRONT_LAYER:
            rule = f"only the front ends import communique.{dst}"
        elif dst_layer > src_layer:
            rule = (f"layer '{layer_names[src_layer][0]}' ({src}) may not import "
                    f"layer '{layer_names[dst_layer][0]}' ({dst}) above it")
        elif dst_layer == src_layer and not layer_names[src_layer][1]:
            rule = f"the '{layer_names[src_layer][0]}' packages do not import each other ({src} -> {dst})"
        if rule is None:
            continue
        key = (e.importer, e.imported)
        if key in exceptions:
            used.add(key)
            continue
        broken.append((e, rule))
    return broken, used


# -- the rules ------------------------------------------------------------------------------
def test_architecture_graph_sees_the_package(graph):
    modules, edges = graph
    assert "communique.document" in modules and "communique.pipeline" in modules
    assert any(e.importer == "communique.stages.events" and e.imported == "communique.pipeline" for e in edges)


def test_architecture_every_module_has_a_layer(graph, layers):
    modules, _ = graph
    unit_layer, _ = layers
    missing = sorted({_unit(m) for m in modules} - set(unit_layer))
    assert not missing, (f"modules without a layer: {missing}; add each to the layer table of "
                         f"docs/architecture.md (the lowest layer whose modules it needs)")


def _cycle(start: str, adjacency: dict[str, dict[str, Edge]], members: set[str]) -> list[Edge]:
    """One cycle through ``start`` inside the strongly connected ``members`` (breadth first)."""
    came: dict[str, Edge] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for target, edge in sorted(adjacency.get(node, {}).items()):
                if target not in members or target in came:
                    continue
                came[target] = edge
                if target == start:
                    path, at = [], start
                    while True:
                        path.append(came[at])
                        at = came[at].importer
                        if at == start:
                            return path[::-1]
                nxt.append(target)
        frontier = nxt
    return []


def _strong_components(nodes, adjacency) -> list[set[str]]:
    """Tarjan's strongly connected components, iteratively (no recursion limit)."""
    index, low, on_stack, stack, out, counter = {}, {}, set(), [], [], [0]
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(adjacency.get(root, {}))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(adjacency.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(component)
    return out


def test_architecture_no_import_cycle(graph):
    modules, edges = graph
    adjacency: dict[str, dict[str, Edge]] = {}
    for e in edges:
        if not e.lazy and not e.type_only:
            adjacency.setdefault(e.importer, {}).setdefault(e.imported, e)
    cycles = []
    for component in _strong_components(sorted(modules), adjacency):
        path = _cycle(min(component), adjacency, component)
        cycles.append(" -> ".join([path[0].importer] + [f"{e.imported} (line {e.line})" for e in path]))
    assert not cycles, ("import cycles at module level (move the shared piece to a lower module):\n  "
                        + "\n  ".join(cycles))


def test_architecture_layers_hold(graph, layers, exceptions):
    broken, _ = _broken(graph, layers, exceptions)
    lines = [f"{e.where()}: {rule}" for e, rule in broken]
    assert not lines, ("imports that break the rules of docs/architecture.md:\n  " + "\n  ".join(lines))


def test_architecture_no_stale_exceptions(graph, layers, exceptions):
    _, used = _broken(graph, layers, exceptions)
    stale = sorted(set(exceptions) - used)
    assert not stale, (f"exceptions in docs/architecture.md that no import needs any more: {stale}; "
                       "remove their rows")


@pytest.mark.parametrize("unit", ["structure", "actors", "quotes", "events", "rhetoric", "ingest", "store",
                                  "nlp", "views", "document", "resources", "dates", "pipeline"])
def test_architecture_domain_never_imports_front_ends_or_stages(graph, unit):
    _, edges = graph
    bad = [e.where() for e in edges if _unit(e.importer) == unit and _unit(e.imported) in FRONT_ONLY]
    assert not bad, "\n".join(bad)


def test_architecture_rules_catch_a_bad_edge(graph, layers):
    """The checker itself: an edge from a domain package to a stage module is reported."""
    modules, edges = graph
    bad = Edge("communique.rhetoric.calls", "communique.stages.quotes", 1, True, False)
    broken, _ = _broken((modules, edges + [bad]), layers, {})
    assert any(e is bad and "front ends" in rule for e, rule in broken)
    upward = Edge("communique.nlp", "communique.actors.lookup", 1, False, False)
    broken, _ = _broken((modules, [upward]), layers, {})
    assert [rule for _, rule in broken] == ["layer 'nlp' (nlp) may not import layer 'domain' (actors) above it"]


def test_architecture_relative_imports_resolve(graph):
    _, edges = graph
    found = {(e.importer, e.imported) for e in edges}
    assert ("communique.ingest.readers", "communique.ingest.base") in found  # from .base import ...
    assert ("communique.ingest.fetch", "communique.version") in found  # from ..version import ...
