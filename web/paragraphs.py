"""Paragraph vectors: each claim's whole paragraph, embedded once and blended into its cosine.

A question often paraphrases what a paragraph says as a whole, while the sentence holding the
answer carries only part of those words ("It opened in 1911" under a paragraph about the
Pelmor lamp's first keeper). Each claim in a paragraph of two or more claims therefore gets a
*paragraph vector*: the embedding of its paragraph's claims joined in text order. Graph-aware
ranking blends it into the claim's cosine after the context vector (:mod:`web.context`):
``(1 - WEIGHT) × cosine + WEIGHT × paragraph cosine``. A paragraph is a run of claims that
follow one another (``next`` edges) in one document and one section with no blank line
between them in the source (between their nearest occurrences: a repeated sentence is one claim).

Each distinct paragraph is encoded once and its vector shared by its claims, so the build
encodes about the article's text once more (as the context vectors do) rather than once per
claim. Stored as the store part :data:`PART` in the layout of :mod:`web.rowparts` (one vector
per claim row, rows ascending); a store built before it existed is ranked without it.

Round 9b of issue 4 (store side; 16 development sets, figures per set in ``docs/RANKING.md``):
the sixteen-set mean R@1 / R@5 / MRR@10 goes from .643/.894/.750 to .645/.901/.756 with the
paragraph vectors blended at :data:`WEIGHT` 0.2 (0.1 / 0.3: MRR@10 0.755 / 0.756 when the rows
best by paragraph cosine also join the candidates, which adds R@5 0.003 at 0.2 and would need
an index of its own, so it is left out). Two of the four newest sets gain 0.04 MRR@10 each, none
of them drops; dev and one older set lose one question each. The answer's first-stage
rank is within 30 for 0.966 of the questions (0.959 before). Measured and left out (mean
MRR@10 against 0.750): the paragraph vector *instead of* the context vector (0.750 / 0.753 at
0.2 / 0.3), the claim with the next sentence (0.749 … 0.753), with both neighbours (0.753 …
0.754), the section title before the claim (0.745 … 0.749 blended; 0.737 as the better of
the two), the title before the resolved view (0.736 … 0.744), and the sentence before with the
resolved view (0.752): each a question's worth or less, at the cost of one more encode of
every claim.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import networkx as nx
import numpy as np

PART = "paragraphs"
"""The store part (a folder) holding the claims' paragraph vectors."""
WEIGHT = 0.2
"""Graph mode: a claim with a paragraph vector scores ``(1 - WEIGHT) × its cosine (with
context) + WEIGHT × its paragraph vector's cosine``; chosen on the grid 0.1 / 0.2 / 0.3 (read
when a :class:`web.ranking.Ranker` is built, which hands it to :class:`web.cosines.ClaimCosines`)."""
MAX_CLAIMS = 50_000
"""Stores with more claims are built without paragraph vectors (as without context vectors)."""

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraph_groups(
    graph: nx.MultiDiGraph,
    claims: Sequence[str],
    *,
    previous: np.ndarray,
    sources: Mapping[str, str],
) -> list[list[int]]:
    """The paragraphs of two or more claims, as claim rows in text order.

    Args:
        graph: the knowledge graph.
        claims: claim node ids (the vector rows' order).
        previous: each claim row's previous row, -1 for none (:attr:`web.derived.Derived.previous`).
        sources: document id → text, to find the blank lines between claims.

    Returns:
        Each paragraph's rows, ordered by position in the source; paragraphs ordered by their
        first row. A claim is in at most one paragraph.
    """
    nodes = graph.nodes
    joined = np.zeros(len(claims), dtype=bool)
    for row, before in enumerate(np.asarray(previous).tolist()):
        if before < 0 or before == row:
            continue
        a, b = nodes[claims[before]], nodes[claims[row]]
        if a.get("doc") != b.get("doc") or a.get("section") != b.get("section"):
            continue
        source = sources.get(a.get("doc"), "")
        gap = _closest_gap(a, b)
        joined[row] = gap is not None and _BLANK_LINE.search(source[gap[0]:gap[1]]) is None
    head_of: dict[int, int] = {}
    for row in range(len(claims)):
        seen, r = [], row
        # Walk back while joined; the walk stops at a row already placed or seen (a repeated
        # sentence is one claim, so the `next` links may loop).
        while joined[r] and r not in head_of and r not in seen:
            seen.append(r)
            r = int(previous[r])
        head = head_of.get(r, r)
        for s in seen:
            head_of[s] = head
        head_of.setdefault(row, head)
    groups: dict[int, list[int]] = {}
    for row in range(len(claims)):
        groups.setdefault(head_of[row], []).append(row)
    found = [
        sorted(rows, key=lambda r: (nodes[claims[r]].get("char_start", 0), r))
        for rows in groups.values() if len(rows) > 1
    ]
    return sorted(found, key=min)


def _occurrences(node: Mapping, doc: str) -> list[tuple[int, int]]:
    """A claim's ``(char_start, char_end)`` in ``doc``: each occurrence (``spans``), in order.

    A repeated sentence is one claim whose ``char_start``/``char_end`` are its first
    occurrence's; a store without ``spans`` falls back to those.
    """
    found = []
    for span in filter(None, str(node.get("spans") or "").split("|")):
        where, start, end = span.rsplit(":", 2)
        if where == doc:
            found.append((int(start), int(end)))
    return sorted(found) or [(node.get("char_start", 0), node.get("char_end", 0))]


def _closest_gap(a: Mapping, b: Mapping) -> tuple[int, int] | None:
    """The text between an occurrence of claim ``a`` and the nearest later one of ``b``.

    Returns:
        ``(start, end)`` of the shortest stretch from the end of an occurrence of ``a`` to the
        start of an occurrence of ``b`` in their document, or None when ``b`` never follows ``a``.
    """
    doc = a.get("doc")
    ends = [end for _, end in _occurrences(a, doc)]
    best = None
    for start, _ in _occurrences(b, doc):
        before = [end for end in ends if end <= start]
        if before and (best is None or start - max(before) < best[1] - best[0]):
            best = (max(before), start)
    return best


def paragraph_texts(
    graph: nx.MultiDiGraph, claims: Sequence[str], groups: Sequence[Sequence[int]]
) -> list[str]:
    """Each paragraph's claims joined by spaces, in text order."""
    nodes = graph.nodes
    return [" ".join(nodes[claims[r]]["text"] for r in rows) for rows in groups]


def claim_vectors(
    vectors: np.ndarray, groups: Sequence[Sequence[int]]
) -> tuple[np.ndarray, list[int]]:
    """The paragraph vectors per claim: ``(vectors, rows)`` with rows ascending.

    Args:
        vectors: float32 (len(groups), d), one per paragraph.
        groups: the paragraphs' rows (:func:`paragraph_groups`).
    """
    owner = {r: i for i, rows in enumerate(groups) for r in rows}
    rows = sorted(owner)
    taken = np.asarray([owner[r] for r in rows], dtype=np.int64)
    return np.asarray(vectors, dtype=np.float32)[taken], rows

