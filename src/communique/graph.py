"""The actor network of a corpus: nodes are actors, edges are events aggregated by
(source, target, PLOVER type), with weights and first/last dates.

    >>> from communique.graph import build_graph, write_graph
    >>> g = build_graph(Corpus("corpus.duckdb"), since="2024-01-01", mode="asserted")
    >>> write_graph(g, "relations.graphml")     # or .gexf, .json (node-link)

Graph: a ``networkx.MultiDiGraph``; one edge per (source key, target key, type),
keyed by the type, with attributes ``type``, ``quad_class``, ``weight`` (events),
``documents``, ``first`` and ``last`` (ISO dates or ``""``). Nodes carry
``name``, ``kind``, ``country``, ``sector``, ``documents`` and ``mentions``.
Self-loops (an actor acting on itself) are left out.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from .errors import StoreError

logger = logging.getLogger(__name__)

GRAPH_FORMATS = (".graphml", ".gexf", ".json")
#: Upper bound on actors read for node attributes (the whole table for any real corpus).
MAX_NODES = 10_000_000
#: Node attributes copied from the actors table.
NODE_FIELDS = ("name", "kind", "country", "sector", "documents", "mentions")


def _plain(value: Any) -> Any:
    """A value GraphML/GEXF can hold: str, int or float (dates as ISO, missing as "")."""
    if value is None or value != value:  # None or NaN/NaT
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        return value.item()
    return value


def build_graph(corpus, **filters: Any):
    """The actor network of ``corpus`` (a ``Corpus``); ``filters`` as ``Corpus.events``
    (source, target, type, since, until, mode, attribution)."""
    import networkx as nx

    edges = corpus.edges(frame="pandas", **filters)
    keys = sorted(set(edges["source"]) | set(edges["target"]))
    graph = nx.MultiDiGraph()
    if keys:
        wanted = set(keys)
        actors = corpus.actors(limit=MAX_NODES, frame="pandas")
        info = {row["key"]: row for row in actors.to_dict("records") if row["key"] in wanted}
        for key in keys:
            row = info.get(key, {})
            graph.add_node(key, **{f: _plain(row.get(f)) for f in NODE_FIELDS})
    for row in edges.to_dict("records"):
        graph.add_edge(row["source"], row["target"], key=row["type"], type=row["type"],
                       quad_class=_plain(row["quad_class"]), weight=int(row["weight"]),
                       documents=int(row["documents"]), first=_plain(row["first"]), last=_plain(row["last"]))
    logger.info("graph: %d actors, %d edges", graph.number_of_nodes(), graph.number_of_edges())
    return graph


def write_graph(graph, path: str | Path) -> Path:
    """Write ``graph`` as GraphML, GEXF or node-link JSON, chosen by the extension."""
    import networkx as nx

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(graph, path)
    elif suffix == ".gexf":
        nx.write_gexf(graph, path)
    elif suffix == ".json":
        data = nx.node_link_data(graph, edges="links")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        raise StoreError(f"{path}: unknown graph format {suffix or '(none)'!r}; use one of {GRAPH_FORMATS}")
    return path
