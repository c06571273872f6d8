"""Context vectors: each claim embedded together with the sentence before it.

A claim is a sentence cut out of its paragraph, and a paraphrase question often names the
topic that the sentence before it set up ("They apply to every tenant …" answers a question
about the rules introduced just before). Each claim that follows another (a ``next``
edge) therefore gets a *context vector*: the embedding of ``previous text + " " + claim text``,
where for a list item the "previous" sentence is the one that introduces its list (its lead,
:func:`web.claimrows.lead_rows`; round 14 of ``docs/RANKING.md``: one question of the
twenty-two development sets rises a rank, none falls).
Graph-aware ranking blends it into the claim's cosine with a small weight
(:data:`web.weights.CONTEXT_WEIGHT`), so the context nudges the order without letting a claim
win on its neighbour's words alone (scoring a claim by the *better* of its own vector and the
context vector instead was measured and left out, see :mod:`web.passages`).

Stored as the store part :data:`PART`, a folder of ``vectors.npy`` (float32 (m, d), unit rows)
and ``rows.npy`` (int64 (m,): the claim row of each vector, ascending). A store built before
this part existed has none and is ranked without it.

Cost: the context texts are about twice as long as the claims, so the build encodes roughly
twice the claims' word pieces once more; the part takes ``4 d`` bytes per claim (1.5 kB).
Stores over :data:`MAX_CLAIMS` claims are built without it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import networkx as nx
import numpy as np

from web.claimrows import claim_order

log = logging.getLogger(__name__)

PART = "context"
"""The store part (a folder) holding the claims' context vectors."""
MAX_CLAIMS = 50_000
"""Stores with more claims are built without context vectors (as without piece bags,
:data:`web.maxsim.MAX_CLAIMS`), so the build of a large store does not take twice as long."""



def context_texts(
    graph: nx.MultiDiGraph, claims: Sequence[str], *, previous: np.ndarray | None = None
) -> tuple[list[str], list[int]]:
    """The context text of each claim that follows another in its document.

    Args:
        graph: the knowledge graph (claims linked by ``next`` edges, as :mod:`kg.graph`
            builds them).
        claims: claim node ids (the vector rows' order).
        previous: each claim row's previous row, -1 for none: the build passes each claim's
            lead (:attr:`web.derived.Derived.lead`, the sentence before it or a list item's
            lead-in); walked from the ``next`` edges when None
            (:func:`web.claimrows.claim_order`).

    Returns:
        ``(texts, rows)``: ``previous text + " " + claim text`` for each claim with a
        previous claim, and that claim's position in ``claims``, ascending.
    """
    if previous is None:
        previous, _ = claim_order(graph, claims)
    rows = np.flatnonzero(np.asarray(previous) >= 0).tolist()
    nodes = graph.nodes
    texts = [f"{nodes[claims[previous[r]]]['text']} {nodes[claims[r]]['text']}" for r in rows]
    return texts, rows

