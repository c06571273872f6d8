"""The links between claims, as vector rows: their order, their sections, near-duplicate groups
and which claims name a person or an organisation.

Each is a walk of the graph's edges of one relation that leave a claim; :func:`web.derived.derive`
keeps the results in the store's derived tables, and the build pairs each claim with the one
before it (:func:`web.context.context_texts`) from the same order. :func:`lead_rows` reads that
order with the claims' ``list_item`` flags: the claim whose words late interaction reads beside
each claim (the one before it, or for a list item the sentence that introduces the list).
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


def lead_rows(
    graph: nx.MultiDiGraph,
    claims: Sequence[str],
    previous: np.ndarray,
    sections: np.ndarray,
) -> np.ndarray:
    """For each claim row, the row of the claim that sets it up: its lead (-1: none).

    A claim's lead is the claim before it, except for a list item (a claim with ``list_item``),
    whose lead is the claim that introduces its list: the nearest claim before it in the same
    section that is not a list item ("The kiln ran through three firings:" for each of
    "- the glaze firing, at about 1,000 °C" … ). The third item of a list then reads the words
    of the sentence that says what the list is about, not only those of the second item
    (round 14 of ``docs/RANKING.md``). A list item with no such claim before it in its section
    keeps the claim before it, and so does an item's second or later sentence
    (``continues_item``: "It ran at the highest heat." reads the sentence of its own item that
    "It" stands for, not the lead-in; a graph built before the flag treats every item sentence
    as opening its item).

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        previous: int64 (n,), per row, the row of the claim before it (:func:`claim_order`).
        sections: int64 (n,), per row, its section number (:func:`section_rows`).

    Returns:
        int64 (n,).
    """
    previous = np.asarray(previous, dtype=np.int64)
    sections = np.asarray(sections, dtype=np.int64)
    nodes = graph.nodes
    items = np.fromiter(
        (bool(nodes[c].get("list_item")) for c in claims), dtype=bool, count=len(claims)
    )
    continued = np.fromiter(
        (bool(nodes[c].get("continues_item")) for c in claims), dtype=bool, count=len(claims)
    )
    # Each item's lead-in (-1: none), filled in one pass: a walk back stops at the first
    # item whose lead-in is known, and all the items it crossed share the answer, so a list of
    # L items costs L steps, not L² / 2. A walk that meets itself (repeated items are one claim,
    # so "yes, no, yes" links two claims both ways) ends with no lead-in.
    known = np.full(len(claims), -2, dtype=np.int64)
    for row in np.flatnonzero(items).tolist():
        path: list[int] = []
        crossed: set[int] = set()
        at, found = row, -1
        while True:
            if known[at] != -2:
                found = int(known[at])
                break
            path.append(at)
            crossed.add(at)
            before = int(previous[at])
            if before < 0 or sections[before] != sections[at] or before in crossed:
                break
            if not items[before]:
                found = before
                break
            at = before
        known[path] = found
    lead = previous.copy()
    has = items & ~continued & (known >= 0)
    lead[has] = known[has]
    return lead


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


def person_rows(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, rows: Mapping[str, int] | None = None
) -> np.ndarray:
    """For each claim row, whether it names a person: a ``mentions`` edge ``via`` ``literal``
    to an entity typed ``person`` (a mention only by reference, "she", does not count)."""
    return typed_rows(graph, claims, "person", rows=rows)


def typed_rows(
    graph: nx.MultiDiGraph,
    claims: Sequence[str],
    entity_type: str,
    *,
    rows: Mapping[str, int] | None = None,
) -> np.ndarray:
    """For each claim row, whether it names an entity of ``entity_type`` literally (a
    ``mentions`` edge ``via`` ``literal``; a mention only by reference does not count)."""
    rows = row_index(claims) if rows is None else rows
    named = np.zeros(len(claims), dtype=bool)
    for row, entity, data in _claim_edges(graph, rows, "mentions"):
        if data.get("via") == "literal" and graph.nodes[entity].get("entity_type") == entity_type:
            named[row] = True
    return named


def _claim_edges(
    graph: nx.MultiDiGraph, rows: Mapping[str, int], relation: str
) -> Iterator[tuple[int, str, dict]]:
    """``(claim row, other end, edge data)`` of each ``relation`` edge leaving a claim, in the
    graph's edge order."""
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key == relation and u in rows:
            yield rows[u], v, data
