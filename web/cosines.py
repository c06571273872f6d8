"""The claims' cosines to a query vector, as graph mode's first stage sees them.

A claim's cosine is that of its plain vector; with *views* (graph mode), the better of its plain
vector and its resolved view (:mod:`web.passages`), blended with its context vector
(:mod:`web.context`) by :data:`web.weights.CONTEXT_WEIGHT` and then with its paragraph vector
(:mod:`web.paragraphs`) by :data:`web.paragraphs.WEIGHT`, both weights read once, when the
:class:`web.ranking.Ranker` is built. Candidates come from FAISS over the
plain vectors (and the views); claims that join the candidates later (BM25's, the claims that
refer back) get the same cosines computed exactly.

Split off :mod:`web.ranking`, which reads the weights it holds; the figures behind them are in
``docs/RANKING.md``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

from index import VectorIndex
from web.rowparts import RowVectors, row_lookup

log = logging.getLogger(__name__)


@dataclass
class ClaimViews:
    """Extra vectors for some claims (see :func:`web.passages.passage_views`).

    Attributes:
        vectors: float32 (m, d), L2-normalised.
        rows: int (m,): the claim row each view stands for.
        index: FAISS over ``vectors``.
    """

    vectors: np.ndarray
    rows: np.ndarray
    index: VectorIndex


class ClaimCosines:
    """Cosines of the claims of one store to query vectors; read-only, so threads may share it.

    Args:
        claim_count: how many claims (vector rows).
        vector_index: FAISS over the claims' plain texts.
        context_weight: the weight of the context vectors' cosines in a blend.
        paragraph_weight: the weight of the paragraph vectors' cosines, blended in after the
            context vectors'.
        vectors: the claims' plain vectors (float32 (n, d)); exact cosines are 0 when None.
        views: extra vectors per claim; the plain vectors only when None.
        context: the claims' context vectors; not blended when None.
        paragraphs: the claims' paragraph vectors; not blended when None.
    """

    def __init__(
        self,
        *,
        claim_count: int,
        vector_index: VectorIndex,
        context_weight: float,
        paragraph_weight: float,
        vectors: np.ndarray | None = None,
        views: ClaimViews | None = None,
        context: RowVectors | None = None,
        paragraphs: RowVectors | None = None,
    ):
        self.vector_index = vector_index
        self.context_weight = context_weight
        self.paragraph_weight = paragraph_weight
        self.vectors = vectors
        self.views = views
        self.context = context
        self.paragraphs = paragraphs
        self._view_of = row_lookup(views.rows if views is not None else (), claim_count)
        self._context_of = context.lookup(claim_count) if context is not None else None
        self._paragraph_of = paragraphs.lookup(claim_count) if paragraphs is not None else None

    def candidates(
        self, vector: np.ndarray, depth: int, *, views: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        """Candidate rows from FAISS (plain vectors, and views when asked) with their cosines
        (blended with the context and paragraph vectors' when views are asked,
        :meth:`_blend_context`)."""
        scores, rows = self.vector_index.search(vector, depth)
        found = {int(r): float(s) for s, r in zip(scores[0], rows[0]) if r >= 0}
        if views and self.views is not None and self.views.index.ntotal:
            v_scores, v_rows = self.views.index.search(vector, depth)
            for s, r in zip(v_scores[0], v_rows[0]):
                if r >= 0:
                    row = int(self.views.rows[r])
                    found[row] = max(found.get(row, -1.0), float(s))
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        scores = np.fromiter(found.values(), dtype=np.float64, count=len(found))
        if views:
            self._blend_context(rows, scores, vector)
        return rows, scores

    def exact(self, rows: np.ndarray, vector: np.ndarray, *, views: bool) -> np.ndarray:
        """Exact cosines of some claims; with ``views``, the better of plain and view vectors,
        blended with the context and paragraph vectors' (:meth:`_blend_context`)."""
        if self.vectors is None or len(rows) == 0:
            return np.zeros(len(rows))
        scores = np.asarray(self.vectors[rows], dtype=np.float32) @ vector
        if views and self.views is not None:
            view_rows = self._view_of[rows]
            has = view_rows >= 0
            if has.any():
                viewed = np.asarray(self.views.vectors[view_rows[has]], dtype=np.float32) @ vector
                scores[has] = np.maximum(scores[has], viewed)
        scores = scores.astype(np.float64)
        if views:
            self._blend_context(rows, scores, vector)
        return scores

    def add_missing(self, scores: dict[int, float], rows: np.ndarray, vector: np.ndarray) -> None:
        """Adds to ``scores`` the cosines (with views) of the rows that are not in it yet."""
        missing = np.unique(
            np.asarray([r for r in rows.tolist() if r not in scores], dtype=np.int64)
        )
        if len(missing):
            scores.update(zip(missing.tolist(), self.exact(missing, vector, views=True).tolist()))

    def _blend_context(self, rows: np.ndarray, scores: np.ndarray, vector: np.ndarray) -> None:
        """Blends the context vectors' cosines into some claims' cosines (in place), then the
        paragraph vectors' (:mod:`web.paragraphs`)."""
        if len(rows) == 0:
            return
        for lookup, part, weight in (
            (self._context_of, self.context, self.context_weight),
            (self._paragraph_of, self.paragraphs, self.paragraph_weight),
        ):
            if lookup is None or weight <= 0:
                continue
            where = lookup[rows]
            has = where >= 0
            if has.any():
                near = np.asarray(part.vectors[where[has]], dtype=np.float32) @ vector
                scores[has] = (1 - weight) * scores[has] + weight * near
