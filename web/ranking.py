"""Ranking claims for a query: dense (FAISS), sparse (BM25) and their fusion.

Fusion normalises each list's scores to [0, 1] by its best score and adds them with fixed
weights, chosen once on the development sample and then left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import networkx as nx
import numpy as np

from index import Embedder, LexicalIndex, VectorIndex

MODES = ("dense", "sparse", "hybrid")
DEFAULT_MODE = "hybrid"

CANDIDATES = 50
"""How many candidates each retriever contributes before fusion."""
SPARSE_WEIGHT = 0.3
"""Weight of the normalised BM25 score beside the cosine in hybrid mode."""

_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[^,;:—–()\[\]]+")


class Ranker:
    """Ranks the claims of one store.

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        vector_index: FAISS over the claims' passages.
        lexical_index: BM25 over the same passages.
        embedder: the query encoder.
    """

    def __init__(
        self,
        *,
        graph: nx.MultiDiGraph,
        claims: Sequence[str],
        vector_index: VectorIndex,
        lexical_index: LexicalIndex,
        embedder: Embedder,
    ):
        self.graph = graph
        self.claims = claims
        self.vector_index = vector_index
        self.lexical_index = lexical_index
        self.embedder = embedder

    def rank(self, query: str, *, k: int, mode: str) -> list[tuple[str, float]]:
        """The best ``k`` claims for a text query, as ``(claim id, score)``."""
        scores: dict[int, float] = {}
        depth = max(k, CANDIDATES)
        if mode in ("dense", "hybrid"):
            for row, score in self._dense(self.embedder.encode_query(query), depth):
                scores[row] = scores.get(row, 0.0) + score
        if mode in ("sparse", "hybrid"):
            sparse = self._sparse(query, depth)
            weight = 1.0 if mode == "sparse" else SPARSE_WEIGHT
            top = max((s for _, s in sparse), default=0.0)
            for row, score in sparse:
                scores[row] = scores.get(row, 0.0) + weight * (score / top if top > 0 else 0.0)
        best = sorted(scores.items(), key=lambda item: -item[1])[:k]
        return [(self.claims[row], score) for row, score in best]

    def rank_vector(self, vector: np.ndarray, *, k: int) -> list[tuple[str, float]]:
        """The best ``k`` claims for a normalised query embedding."""
        return [(self.claims[row], score) for row, score in self._dense(vector, k)]

    def _dense(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        scores, rows = self.vector_index.search(vector, k)
        return [(int(r), float(s)) for s, r in zip(scores[0], rows[0]) if r >= 0]

    def _sparse(self, query: str, k: int) -> list[tuple[int, float]]:
        scores, rows = self.lexical_index.search(query, k)
        return [(int(r), float(s)) for s, r in zip(scores, rows) if s > 0]


def _terms(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(text) if len(w) > 2}


def highlight(text: str, query: str) -> tuple[int, int]:
    """The clause of ``text`` that shares most words with ``query``, as offsets into ``text``.

    Returns the whole text when no clause shares a word.
    """
    wanted = _terms(query)
    best, best_overlap = (0, len(text)), 0
    for match in _CLAUSE.finditer(text):
        overlap = len(_terms(match.group()) & wanted)
        if overlap > best_overlap:
            clause = match.group()
            lead = len(clause) - len(clause.lstrip())
            trail = len(clause.rstrip())
            best, best_overlap = (match.start() + lead, match.start() + trail), overlap
    return best
