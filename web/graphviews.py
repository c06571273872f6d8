"""Views of the graph around one node, and of its entities: what node pages and drawings show.

Unlike a search, which runs from the derived tables (:mod:`web.derived`), these walk the graph
itself, so an :class:`~web.engine.Engine` reads its graph on the first of them. What a node's
page lists beyond its attributes, by the node's kind, and a document cut at its claims are in
:mod:`web.nodepages` (its public names are importable from here too).
"""

from __future__ import annotations

import logging
from collections.abc import Collection

import networkx as nx

from kg.errors import NotFound
from kg.graph import neighbours
from web.nodepages import adjacent_claims, claim_link, document_segments, node_details, split_text

log = logging.getLogger(__name__)

__all__ = ["NODE_NEIGHBOURS", "adjacent_claims", "claim_link", "document_segments",
           "entities_by_mentions", "induced", "neighbourhood", "node_details", "node_view",
           "split_text", "spread"]

NODE_NEIGHBOURS = 500
"""The most neighbours :func:`node_view` lists."""


def node_view(graph: nx.MultiDiGraph, node_id: str) -> dict:
    """One node with its attributes and neighbours.

    Args:
        graph: the knowledge graph.
        node_id: the node.

    Returns:
        ``{"id", "kind", "label", "attributes", "neighbours"}``: ``attributes`` are the node's
        others; at most :data:`NODE_NEIGHBOURS` neighbours.

    Raises:
        kg.errors.NotFound: no such node.
    """
    if node_id not in graph:
        raise NotFound(f"no node with id {node_id!r}")
    attrs = dict(graph.nodes[node_id])
    return {
        "id": node_id,
        "kind": attrs.pop("kind", ""),
        "label": attrs.pop("label", node_id),
        "attributes": attrs,
        "neighbours": neighbours(graph, node_id, limit=NODE_NEIGHBOURS),
    }


def neighbourhood(
    graph: nx.MultiDiGraph, node_id: str, *, depth: int = 1, limit: int = 60
) -> nx.MultiDiGraph:
    """The subgraph within ``depth`` links of a node, at most ``limit`` nodes.

    Each node's neighbours are taken interleaved by relation (:func:`spread`), nearer nodes
    before farther ones.

    Args:
        graph: the knowledge graph.
        node_id: the node at the centre.
        depth: how many links away a node may be.
        limit: the most nodes, the centre included.

    Returns:
        A copy of the subgraph: its nodes in that order (the centre first), each node's edges
        in the graph's order, so the same graph always gives the same bytes.

    Raises:
        kg.errors.NotFound: no such node.
    """
    if node_id not in graph:
        raise NotFound(f"no node with id {node_id!r}")
    keep = {node_id: None}  # insertion-ordered, with O(1) membership
    frontier = [node_id]
    for _ in range(max(0, depth)):
        nxt = []
        for node in frontier:
            if len(keep) >= limit:
                break
            for item in spread(neighbours(graph, node, limit=len(graph))):
                if len(keep) >= limit:
                    break
                if item["id"] not in keep:
                    keep[item["id"]] = None
                    nxt.append(item["id"])
        frontier = nxt
    return induced(graph, keep)


def induced(graph: nx.MultiDiGraph, nodes: Collection[str]) -> nx.MultiDiGraph:
    """A copy of the subgraph on ``nodes``, with its nodes in the order given.

    ``graph.subgraph(nodes).copy()`` is not used: when the nodes are fewer than half the
    graph's, networkx iterates them as a set, so their order (and an export's bytes) would
    change with ``PYTHONHASHSEED``.
    """
    sub = graph.__class__()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, dict(graph.nodes[n])) for n in nodes)
    adjacency = graph.adj
    sub.add_edges_from(
        (u, v, key, dict(data))
        for u in nodes
        for v, keyed in adjacency[u].items()
        if v in sub
        for key, data in keyed.items()
    )
    return sub


def spread(items: list[dict]) -> list[dict]:
    """Interleaves neighbours by relation, so a hub's drawing shows every kind of link.

    An entity mentioned by hundreds of claims would otherwise fill the neighbourhood with
    claims and leave out the entities it co-occurs with.
    """
    by_relation: dict[str, list[dict]] = {}
    for item in items:
        by_relation.setdefault(item["relation"], []).append(item)
    queues = list(by_relation.values())
    out = []
    while queues:
        out.extend(queue.pop(0) for queue in queues)
        queues = [queue for queue in queues if queue]
    return out


def entities_by_mentions(graph: nx.MultiDiGraph) -> list[dict]:
    """Every entity as ``{"id", "label", "mentions"}``, most mentioned first, then by label."""
    ranked = sorted(
        ((attrs.get("mentions", 0), attrs.get("label", n), n)
         for n, attrs in graph.nodes(data=True) if attrs.get("kind") == "entity"),
        key=lambda t: (-t[0], t[1]),
    )
    return [{"id": n, "label": label, "mentions": m} for m, label, n in ranked]
