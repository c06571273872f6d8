"""The links between claims, as vector rows: their order, their sections, near-duplicate groups.

Each is a walk of the graph's edges of one relation that leave a claim; :func:`web.derived.derive`
keeps the results in the store's derived tables, and the build pairs each claim with the one
before it (:func:`web.context.context_texts`) from the same order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import networkx as nx
import numpy as np


def row_index(claims: Sequence[str]) -> dict[str, int]:
    """Claim id → its row (position in ``claims``)."""
    return {claim: row for row, claim in enumerate(claims)}


def claim_order(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, rows: Mapping[str, int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """For each claim row, the row of the claim before and after it (``next`` edges), or -1.

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        rows: :func:`row_index` of ``claims``, when the caller has it.

    Returns:
        ``(previous, following)``, int64 (n,) each.
    """
    rows = row_index(claims) if rows is None else rows
    previous = np.full(len(claims), -1, dtype=np.int64)
    following = np.full(len(claims), -1, dtype=np.int64)
    for row, other, _ in _claim_edges(graph, rows, "next"):
        if other in rows:
            following[row] = rows[other]
            previous[rows[other]] = row
    return previous, following


def section_rows(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, rows: Mapping[str, int] | None = None
) -> np.ndarray:
    """For each claim row, a number for its section (``in_section`` edges), or -1 for none.

    Sections are numbered in the order their first claim's edge is met.
    """
    rows = row_index(claims) if rows is None else rows
    numbers: dict[str, int] = {}
    sections = np.full(len(claims), -1, dtype=np.int64)
    for row, section, _ in _claim_edges(graph, rows, "in_section"):
        sections[row] = numbers.setdefault(section, len(numbers))
    return sections


def duplicate_roots(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, rows: Mapping[str, int] | None = None
) -> np.ndarray:
    """Each claim's near-duplicate group (``similar_to`` edges marked ``near_duplicate``), as
    the group's smallest row (-1: in no group)."""
    rows = row_index(claims) if rows is None else rows
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for row, other, data in _claim_edges(graph, rows, "similar_to"):
        if data.get("near_duplicate") and other in rows:
            a, b = find(row), find(rows[other])
            if a != b:
                parent[max(a, b)] = min(a, b)
    roots = np.full(len(claims), -1, dtype=np.int64)
    for row in list(parent):
        root = find(row)
        roots[row] = root
        roots[root] = root
    return roots


def _claim_edges(
    graph: nx.MultiDiGraph, rows: Mapping[str, int], relation: str
) -> Iterator[tuple[int, str, dict]]:
    """``(claim row, other end, edge data)`` of each ``relation`` edge leaving a claim, in the
    graph's edge order."""
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key == relation and u in rows:
            yield rows[u], v, data
