"""The graph look-ups of a loaded store: what :class:`web.engine.Engine` answers besides search.

:class:`GraphLookups` is the base class of :class:`~web.engine.Engine` that holds its counts of
nodes and edges, its entities by mentions, the background read of its graph, a node's page, a
node's neighbourhood and a source document. It reads what the engine loaded: ``graph`` (read
on first use), ``manifest``, ``documents``, the derived tables (``_tables``) and the caches
``_counts`` and ``_top_entities``, all set by the engine's constructor. Search, and the
graph's first read, are :mod:`web.engine`'s.
"""

from __future__ import annotations

import threading
from collections import Counter

import networkx as nx
import numpy as np

from kg.errors import NotFound
from web.graphviews import entities_by_mentions, neighbourhood, node_view

__all__ = ["GraphLookups"]


class GraphLookups:
    """Counts, entity lists, node pages, neighbourhoods and documents of a loaded store (the
    base of :class:`web.engine.Engine`, which sets the attributes these read)."""

    def counts(self) -> dict:
        """``{"kinds": Counter of node kinds, "nodes", "edges"}``, counted once per engine."""
        counts = self._counts
        if counts is None:
            tables = self._tables
            edges = self.manifest.get("edges")
            if tables is not None and isinstance(edges, int):
                per_kind = np.bincount(tables.nodes.kinds, minlength=len(tables.nodes.kind_names))
                kinds = Counter(dict(zip(tables.nodes.kind_names, per_kind.tolist())))
                counts = {"kinds": +kinds, "nodes": len(tables.nodes.kinds), "edges": edges}
            else:
                graph = self.graph
                kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
                counts = {"kinds": kinds, "nodes": graph.number_of_nodes(),
                          "edges": graph.number_of_edges()}
            self._counts = counts
        return counts

    def top_entities(self) -> list[dict]:
        """Every entity as ``{"id", "label", "mentions"}``, most mentioned first (computed once)."""
        top = self._top_entities
        if top is None:
            top = self._top_entities = entities_by_mentions(self.graph)
        return top

    def warm(self) -> threading.Thread | None:
        """Starts reading the graph in a background thread, unless it is read already."""
        if self._graph is not None:
            return None
        thread = threading.Thread(target=lambda: self.graph, name="kg-graph-load", daemon=True)
        thread.start()
        return thread

    def node(self, node_id: str) -> dict:
        """One node with its attributes and neighbours.

        Raises:
            kg.errors.NotFound: no such node.
        """
        return node_view(self.graph, node_id)

    def neighbourhood(self, node_id: str, *, depth: int = 1, limit: int = 60) -> nx.MultiDiGraph:
        """The subgraph within ``depth`` links of a node, at most ``limit`` nodes.

        Raises:
            kg.errors.NotFound: no such node.
        """
        return neighbourhood(self.graph, node_id, depth=depth, limit=limit)

    def document(self, doc_id: str) -> dict:
        """A source document: ``{"id", "title", "path", "text"}``.

        Raises:
            kg.errors.NotFound: no such document.
        """
        try:
            return self.documents[doc_id]
        except KeyError:
            raise NotFound(f"no document with id {doc_id!r}") from None
