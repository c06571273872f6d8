"""How the graph is drawn: node colours, sizes, shapes and positions.

The GEXF writer stores these as ``viz:`` elements so the file opens in Gephi already readable.

Colours come from Paul Tol's colour-blind-safe "muted" scheme for the entity types, and from
greys for the structural kinds (document, section, claim), which are told apart by lightness and
by shape as well, so no distinction rests on hue alone.

Positions come from a force layout (Fruchterman-Reingold, ``networkx.spring_layout``) with a
fixed seed, so the same graph is always drawn the same way. That layout costs O(n²) per
iteration, and from 500 nodes networkx switches to a slower per-node solver: measured on 2
shared cores, ~0.6 s for 400 nodes, but ~4 s for 1,000, ~12 s for 2,000 and ~75 s for 5,000.
So a graph of more than :data:`EXACT_LIMIT` nodes gets the force layout for its :data:`ANCHORS`
best-connected nodes only (linked where they share a neighbour); every other node is then
placed, breadth first, at the mean of its already placed neighbours plus a small seeded jitter,
which is O(nodes + edges): ~1.1 s in all for a 20,000-node graph. Gephi's ForceAtlas2 can
refine the picture from there.
"""

from __future__ import annotations

import itertools
import logging
import math
import zlib
from collections.abc import Hashable

import networkx as nx
import numpy as np

log = logging.getLogger(__name__)

EXACT_LIMIT = 499
"""Graphs with at most this many nodes get a full force layout (networkx's fast dense solver)."""

ANCHORS = 400
"""How many of the best-connected nodes get the force layout in a larger graph."""

SEED = 42
"""Seed of every random choice in the layout, so exports are reproducible."""

SIZE_RANGE = (4.0, 40.0)
"""Smallest and largest ``viz:size``."""

KIND_COLOURS = {
    "document": "#000000",
    "section": "#555555",
    "claim": "#BBBBBB",
}
"""Structural kinds are greys (darker for the coarser units)."""

ENTITY_COLOURS = {
    "person": "#CC6677",
    "organization": "#332288",
    "place": "#117733",
    "date": "#882255",
    "quantity": "#999933",
    "product": "#DDCC77",
    "technique": "#88CCEE",
    "concept": "#44AA99",
    "document": "#AA4499",
    "event": "#661100",
    "other": "#888888",
}
"""Entity types (those of :class:`kg.model.Entity`), Paul Tol's muted scheme (event: his dark red)."""

TYPE_SYNONYMS = {
    "org": "organization",
    "organisation": "organization",
    "company": "organization",
    "per": "person",
    "people": "person",
    "gpe": "place",
    "loc": "place",
    "location": "place",
    "time": "date",
    "number": "quantity",
    "cardinal": "quantity",
    "money": "quantity",
    "percent": "quantity",
    "work": "document",
    "work_of_art": "document",
}
"""Common names from other taggers for the same entity types."""

SHAPES = {"document": "square", "section": "triangle", "claim": "disc", "entity": "diamond"}
"""``viz:shape`` by node kind (Gephi may ignore it; other viewers honour it)."""

_FALLBACK = [c for t, c in ENTITY_COLOURS.items() if t != "other"]


def node_colour(attrs: dict) -> str:
    """The ``#rrggbb`` colour of a node.

    Args:
        attrs: the node's attributes (``kind``, and ``entity_type`` for entities).

    Returns:
        The colour for the entity type, else for the kind; an unknown entity type gets a stable
        colour from the same palette, an unknown kind a mid grey.
    """
    kind = attrs.get("kind")
    if kind != "entity":
        return KIND_COLOURS.get(kind, "#777777")
    etype = str(attrs.get("entity_type") or "other").strip().lower()
    etype = TYPE_SYNONYMS.get(etype, etype)
    colour = ENTITY_COLOURS.get(etype)
    if colour is None:
        colour = _FALLBACK[zlib.crc32(etype.encode("utf-8")) % len(_FALLBACK)]
    return colour


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#rrggbb"`` as three integers 0-255."""
    value = int(colour.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def node_sizes(graph: nx.Graph) -> dict[Hashable, float]:
    """A ``viz:size`` for every node, within :data:`SIZE_RANGE`.

    Entities are sized by their ``mentions`` count, other nodes by their degree (all edges, in
    and out), on a logarithmic scale so a few hubs do not dwarf everything else.

    Args:
        graph: any networkx graph.

    Returns:
        Node → size.
    """
    low, high = SIZE_RANGE
    raw = {}
    for node, attrs in graph.nodes(data=True):
        mentions = attrs.get("mentions")
        if attrs.get("kind") == "entity" and isinstance(mentions, (int, float)) and not isinstance(mentions, bool):
            raw[node] = max(float(mentions), 0.0)
        else:
            raw[node] = float(graph.degree(node))
    top = math.log1p(max(raw.values(), default=0.0))
    if top == 0.0 or not math.isfinite(top):
        return dict.fromkeys(raw, low)
    return {node: round(low + (high - low) * math.log1p(v) / top, 3) for node, v in raw.items()}


def positions(graph: nx.Graph, *, seed: int = SEED) -> dict[Hashable, tuple[float, float]]:
    """Seeded 2-D positions for every node, roughly in [-1000, 1000].

    Args:
        graph: any networkx graph; edge direction, multiplicity and weights are ignored.
        seed: the random seed.

    Returns:
        Node → ``(x, y)``.
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    if len(simple) <= EXACT_LIMIT:
        pos = _force(simple, seed)
    else:
        pos = _anchored(simple, seed)
    return {node: (round(float(x) * 1000, 3), round(float(y) * 1000, 3)) for node, (x, y) in pos.items()}


def _force(graph: nx.Graph, seed: int) -> dict:
    if len(graph) == 0:
        return {}
    return nx.spring_layout(graph, seed=seed, weight=None, method="force")


def _anchored(graph: nx.Graph, seed: int) -> dict:
    """Force layout of the best-connected nodes, then everyone else near their neighbours."""
    order = sorted(graph, key=lambda n: (-graph.degree(n), str(n)))
    anchors = set(order[:ANCHORS])
    # The anchors' own graph: their direct edges plus a link between anchors that share a
    # neighbour outside the set, so two entities named in one claim still attract each other.
    skeleton = nx.Graph()
    skeleton.add_nodes_from(order[:ANCHORS])
    for node in graph:
        near = [m for m in graph[node] if m in anchors]
        if node in anchors:
            skeleton.add_edges_from((node, m) for m in near)
        else:
            near.sort(key=str)
            skeleton.add_edges_from(itertools.pairwise(near))
    pos = {n: (float(x), float(y)) for n, (x, y) in _force(skeleton, seed).items()}
    noise = iter(np.random.default_rng(seed).normal(0.0, 0.5 / math.sqrt(len(graph)), (len(graph), 2)).tolist())
    frontier = order[:ANCHORS]
    while frontier:
        following = []
        for node in frontier:
            for m in graph[node]:
                if m not in pos:
                    placed = [pos[k] for k in graph[m] if k in pos]
                    dx, dy = next(noise)
                    pos[m] = (sum(p[0] for p in placed) / len(placed) + dx, sum(p[1] for p in placed) / len(placed) + dy)
                    following.append(m)
        frontier = following
    # Nodes not connected to any anchor go on a ring outside the drawing.
    rest = [n for n in order if n not in pos]
    for i, node in enumerate(rest):
        angle = 2 * math.pi * i / len(rest)
        pos[node] = (1.2 * math.cos(angle), 1.2 * math.sin(angle))
    log.debug("anchored layout: %d anchors, %d placed after, %d on the ring", len(anchors), len(pos) - len(anchors) - len(rest), len(rest))
    return pos
