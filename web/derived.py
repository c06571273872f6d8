"""Search-time tables derived from the graph, computed at build time and saved in the store.

Ranking and result assembly need a few things the graph holds only implicitly: which claim
comes before and after each claim, which claims are near-duplicates of each other, which
claims refer back to the sentence before them, which claims mention each entity and under what
surfaces, and each claim's neighbours as a search result lists them. Deriving them from the
graph walks every node and edge: about 3 s for a store of 100k claims (1.3M edges), more than
the rest of the load together. The build derives them once (:func:`derive`) and writes them as
the store part :data:`PART`; loading reads arrays (memory-mapped) and one small JSON file.
Deriving them afresh (:func:`derive`, as an :class:`~web.engine.Engine` built in memory does)
gives the same tables, so a loaded store searches exactly as a rebuilt one.

The part is a folder of:

* ``tables.json``: format notes (the relation names, the neighbour limit), the entity ids, and
  the entities' query surfaces (:class:`web.query.EntityTables`);
* ``previous.npy``, ``next.npy``: int64 (n,), the row of the claim before / after (-1: none);
* ``refers_back.npy``: bool (n,), the claim refers back and has a claim before it;
* ``duplicate_root.npy``: int64 (n,), the smallest row of the claim's near-duplicate group
  (-1: in no group);
* ``entity_offsets.npy``, ``entity_rows.npy``: int64, the claim rows of each entity (CSR);
* ``neighbour_offsets.npy`` (int64 (n + 1,)), ``neighbour_nodes.npy`` (int32, a position in
  the graph's node order), ``neighbour_links.npy`` (int16: relation index × 4 + 2 × incoming
  + via reference): each claim's first :data:`NEIGHBOURS` neighbours as
  :func:`kg.graph.neighbours` orders them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from kg.errors import StoreError
from kg.graph import neighbours
from web.passages import refers_back
from web.query import EntityTables, entity_tables

log = logging.getLogger(__name__)

PART = "derived"
"""The store part (a folder) holding the tables."""
NEIGHBOURS = 12
"""How many neighbours of each claim are kept: as many as a search result shows."""
_ARRAYS = ("previous", "next", "refers_back", "duplicate_root", "entity_offsets", "entity_rows",
           "neighbour_offsets", "neighbour_nodes", "neighbour_links")


@dataclass
class NeighbourTable:
    """Each claim's first neighbours, as positions in the graph's node order.

    Attributes:
        offsets: int64 (n + 1,): claim row ``r`` owns entries ``offsets[r]:offsets[r + 1]``.
        nodes: int32, the neighbour's position in ``list(graph)``.
        links: int16, ``relation index * 4 + 2 * (edge arrives at the claim) + via reference``.
        relations: the relation names the indexes refer to.
    """

    offsets: np.ndarray
    nodes: np.ndarray
    links: np.ndarray
    relations: list[str]

    def items(self, graph: nx.MultiDiGraph, node_ids: Sequence[str], row: int) -> list[dict]:
        """The neighbours of claim ``row`` as :func:`kg.graph.neighbours` gives them."""
        start, end = int(self.offsets[row]), int(self.offsets[row + 1])
        out = []
        for position, link in zip(self.nodes[start:end].tolist(), self.links[start:end].tolist()):
            other = node_ids[position]
            attrs = graph.nodes[other]
            item = {
                "id": other,
                "kind": attrs.get("kind", ""),
                "label": attrs.get("label", other),
                "relation": self.relations[link >> 2],
                "direction": "in" if link & 2 else "out",
            }
            if link & 1:
                item["via"] = "reference"
            out.append(item)
        return out


@dataclass
class Derived:
    """The tables of one store (see the module docstring).

    Attributes:
        previous: int64 (n,).
        following: int64 (n,).
        refers_back: bool (n,).
        duplicate_root: int64 (n,).
        entities: what the query analyser needs.
        neighbours: each claim's neighbours (None when not derived: an in-memory engine
            computes them on demand).
    """

    previous: np.ndarray
    following: np.ndarray
    refers_back: np.ndarray
    duplicate_root: np.ndarray
    entities: EntityTables
    neighbours: NeighbourTable | None = None

    def duplicate_groups(self) -> dict[int, tuple[int, list[int]]]:
        """Near-duplicate groups: row → (group id, member rows), for claims in a group only."""
        grouped = np.flatnonzero(self.duplicate_root >= 0)
        members: dict[int, list[int]] = {}
        for row, root in zip(grouped.tolist(), self.duplicate_root[grouped].tolist()):
            members.setdefault(root, []).append(row)
        return {row: (root, rows) for root, rows in members.items() for row in rows}


def derive(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, with_neighbours: bool = False
) -> Derived:
    """Derives the tables from a graph.

    Args:
        graph: the knowledge graph (with its ``similar_to`` edges).
        claims: claim ids in vector-row order.
        with_neighbours: also list each claim's neighbours (the build does; about 0.1 ms a
            claim).

    Returns:
        The tables.
    """
    previous, following = _neighbour_rows(graph, claims)
    back = (previous >= 0) & np.fromiter(
        (refers_back(graph.nodes[c]["text"]) for c in claims), dtype=bool, count=len(claims)
    )
    return Derived(
        previous=previous,
        following=following,
        refers_back=back,
        duplicate_root=_duplicate_roots(graph, claims),
        entities=entity_tables(graph, claims),
        neighbours=_neighbour_table(graph, claims) if with_neighbours else None,
    )


def write_derived(folder: Path, derived: Derived) -> None:
    """Writes the tables as the store part :data:`PART` (``folder`` must not exist)."""
    if derived.neighbours is None:
        raise ValueError("a store's tables include the neighbours (derive(with_neighbours=True))")
    folder.mkdir()
    ent, nb = derived.entities, derived.neighbours
    arrays = {
        "previous": derived.previous, "next": derived.following,
        "refers_back": derived.refers_back, "duplicate_root": derived.duplicate_root,
        "entity_offsets": ent.offsets, "entity_rows": ent.rows,
        "neighbour_offsets": nb.offsets, "neighbour_nodes": nb.nodes, "neighbour_links": nb.links,
    }
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", array)
    tables = {
        "neighbour_limit": NEIGHBOURS,
        "relations": nb.relations,
        "claim_count": ent.claim_count,
        "entities": ent.entities,
        # Surfaces as entity positions, not ids: a third of the size.
        "surfaces": [[list(key), i] for key, i in _surface_positions(ent)],
        "named": [list(key) for key in sorted(ent.named)],
    }
    with open(folder / "tables.json", "w", encoding="utf-8") as out:
        json.dump(tables, out, ensure_ascii=False, separators=(",", ":"))


def read_derived(folder: Path, *, claim_count: int, node_count: int) -> Derived:
    """Reads the tables of a store (arrays memory-mapped).

    Args:
        folder: the part's folder.
        claim_count: the store's claims.
        node_count: the nodes of the store's graph.

    Raises:
        kg.errors.StoreError: the part is missing, damaged or does not match the store.
    """
    if not folder.is_dir():
        raise StoreError(f"{folder}: part missing from the store (built by an older version?)")
    try:
        with open(folder / "tables.json", encoding="utf-8") as f:
            tables = json.load(f)
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
        entities = tables["entities"]
        entity_tables_ = EntityTables(
            claim_count=int(tables["claim_count"]),
            entities=entities,
            offsets=np.asarray(arrays["entity_offsets"]),
            rows=arrays["entity_rows"],
            surfaces={tuple(key): entities[i] for key, i in tables["surfaces"]},
            named={tuple(key) for key in tables["named"]},
        )
        table = NeighbourTable(
            offsets=arrays["neighbour_offsets"],
            nodes=arrays["neighbour_nodes"],
            links=arrays["neighbour_links"],
            relations=list(tables["relations"]),
        )
        limit = int(tables["neighbour_limit"])
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        raise StoreError(f"{folder} cannot be read: {e}") from e
    n = claim_count
    fits = (
        all(len(arrays[name]) == n for name in ("previous", "next", "refers_back", "duplicate_root"))
        and entity_tables_.claim_count == max(1, n)
        and len(entity_tables_.offsets) == len(entities) + 1
        and (len(entities) == 0 or entity_tables_.offsets[-1] == len(entity_tables_.rows))
        and len(table.offsets) == n + 1
        and (n == 0 or table.offsets[-1] == len(table.nodes) == len(table.links))
        and (len(table.nodes) == 0 or int(table.nodes.max()) < node_count)
        and limit >= NEIGHBOURS
    )
    if not fits:
        raise StoreError(f"{folder} does not match the store's {n} claims and {node_count} nodes")
    return Derived(
        previous=arrays["previous"],
        following=arrays["next"],
        refers_back=arrays["refers_back"],
        duplicate_root=arrays["duplicate_root"],
        entities=entity_tables_,
        neighbours=table,
    )


def _surface_positions(tables: EntityTables):
    position = {entity: i for i, entity in enumerate(tables.entities)}
    for key, entity in tables.surfaces.items():
        yield key, position[entity]


def _neighbour_rows(graph: nx.MultiDiGraph, claims: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """For each claim row, the row of the claim before and after it (``next`` edges), or -1."""
    row_of = {claim: row for row, claim in enumerate(claims)}
    previous = np.full(len(claims), -1, dtype=np.int64)
    following = np.full(len(claims), -1, dtype=np.int64)
    for u, v, relation in graph.edges(keys=True):
        if relation == "next" and u in row_of and v in row_of:
            following[row_of[u]] = row_of[v]
            previous[row_of[v]] = row_of[u]
    return previous, following


def _duplicate_roots(graph: nx.MultiDiGraph, claims: Sequence[str]) -> np.ndarray:
    """Each claim's near-duplicate group, as the group's smallest row (-1: in no group)."""
    row_of = {claim: row for row, claim in enumerate(claims)}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for u, v, relation, data in graph.edges(keys=True, data=True):
        if relation == "similar_to" and data.get("near_duplicate") and u in row_of and v in row_of:
            a, b = find(row_of[u]), find(row_of[v])
            if a != b:
                parent[max(a, b)] = min(a, b)
    roots = np.full(len(claims), -1, dtype=np.int64)
    for row in list(parent):
        root = find(row)
        roots[row] = root
        roots[root] = root
    return roots


def _neighbour_table(graph: nx.MultiDiGraph, claims: Sequence[str]) -> NeighbourTable:
    position = {node: i for i, node in enumerate(graph)}
    relations: dict[str, int] = {}
    offsets = [0]
    nodes: list[int] = []
    links: list[int] = []
    for claim in claims:
        for item in neighbours(graph, claim, limit=NEIGHBOURS):
            relation = relations.setdefault(item["relation"], len(relations))
            nodes.append(position[item["id"]])
            links.append(relation * 4 + 2 * (item["direction"] == "in") + (item.get("via") == "reference"))
        offsets.append(len(nodes))
    return NeighbourTable(
        offsets=np.asarray(offsets, dtype=np.int64),
        nodes=np.asarray(nodes, dtype=np.int32),
        links=np.asarray(links, dtype=np.int16),
        relations=list(relations),
    )
