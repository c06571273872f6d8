"""Search-time tables derived from the graph, computed at build time and saved in the store.

Ranking and result assembly need a few things the graph holds only implicitly: which claim
comes before and after each claim (and which claim sets each up: for a list item, the sentence
that introduces the list), which claims are near-duplicates of each other, which
claims refer back to the sentence before them or state a reason, a number, a date, a place or
a denial (:mod:`web.cues`), which name a person (:func:`web.claimrows.person_rows`) or an organisation
(:func:`web.claimrows.typed_rows`), which
section each claim is in (section evidence), which claims mention each entity and under what
surfaces, and each claim's neighbours as a search result lists them. Deriving them from the
graph walks every node and edge: about 3 s for a store of 100k claims (1.3M edges), more than
the rest of the load together. The build derives them once (:func:`derive`) and writes them as
the store part :data:`PART`; loading reads arrays (memory-mapped) and one small JSON file.
Deriving them afresh (:func:`derive`, as an :class:`~web.engine.Engine` built in memory does)
gives the same tables, so a loaded store searches exactly as a rebuilt one.

With the node table and the claim columns of :mod:`web.tables`, a loaded store searches
without its graph at all: the engine unpickles the graph (the largest part, 1.3 s at 100k claims)
only when something walks it.

The tables (:class:`~web.derivedstore.Derived`) and their store part, written and read back
(:func:`~web.derivedstore.write_derived`, :func:`~web.derivedstore.read_derived`), are in
:mod:`web.derivedstore`; those names are importable from here too.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import networkx as nx
import numpy as np

from web.claimrows import (
    claim_order,
    duplicate_roots,
    lead_rows,
    person_rows,
    row_index,
    section_rows,
    typed_rows,
)
from web.cues import gives_reason, states_amount, states_date, states_denial, states_place
from web.derivedstore import NEIGHBOURS, PART, Derived, read_derived, write_derived
from web.passages import refers_back
from web.query import entity_tables
from web.tables import ClaimColumns, NeighbourTable, NodeTable

log = logging.getLogger(__name__)

__all__ = ["NEIGHBOURS", "PART", "Derived", "derive", "read_derived", "write_derived"]


def derive(
    graph: nx.MultiDiGraph,
    claims: Sequence[str],
    *,
    sources: Mapping[str, str] | None = None,
) -> Derived:
    """Derives the tables from a graph.

    Args:
        graph: the knowledge graph (with its ``similar_to`` edges).
        claims: claim ids in vector-row order.
        sources: document id → text; when given, the tables search results show are derived
            too (the build does: about 0.15 ms a claim, most of it listing neighbours).

    Returns:
        The tables.
    """
    rows = row_index(claims)
    previous, following = claim_order(graph, claims, rows=rows)
    texts = [graph.nodes[c]["text"] for c in claims]

    def flags(test) -> np.ndarray:
        return np.fromiter((test(t) for t in texts), dtype=bool, count=len(texts))

    back = (previous >= 0) & flags(refers_back)
    section = section_rows(graph, claims, rows=rows)
    derived = Derived(
        previous=previous,
        following=following,
        refers_back=back,
        gives_reason=flags(gives_reason),
        states_amount=flags(states_amount),
        states_date=flags(states_date),
        states_place=flags(states_place),
        states_denial=flags(states_denial),
        section=section,
        duplicate_root=duplicate_roots(graph, claims, rows=rows),
        entities=entity_tables(graph, claims),
        lead=lead_rows(graph, claims, previous, section),
        names_person=person_rows(graph, claims, rows=rows),
        names_organization=typed_rows(graph, claims, "organization", rows=rows),
    )
    if sources is not None:
        derived.neighbours = NeighbourTable.of(graph, claims, limit=NEIGHBOURS)
        derived.nodes = NodeTable.of(graph)
        derived.claims = ClaimColumns.of(graph, claims, sources)
    return derived
