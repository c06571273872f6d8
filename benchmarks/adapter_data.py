"""What ``benchmarks/train_adapter.py`` trains and scores a query adapter on: one development set's
questions, vectors and gold (:class:`SetData`), each claim's vector as graph mode's first stage
blends it (:func:`blended_targets`), and, for ``--head``, each question's re-scored head with the
code's other head terms as fixed offsets (:func:`head_tables`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class SetData:
    """One development set, as training and scoring need it.

    Attributes:
        name: the set's name.
        engine: its loaded engine.
        questions: its questions (``web.evaluate`` form).
        graph_q: float64 (m, d): each question's graph-mode query vector.
        dense_q: float64 (m, d): each question's raw vector (dense mode).
        graph_t: float64 (n, d): each claim's blended vector.
        dense_t: float64 (n, d): each claim's plain vector.
        gold: bool (m, n): which claims answer which question.
        head_t: float64 (m, h, d): each question's re-scored head (``--head``), each claim's
            blended vector with the better of its plain vector and its view at the
            unadapted query (zeros to pad).
        head_offset: float64 (m, h): the code's other head terms (entity, cues, late
            interaction, echo) at its weights, -inf to pad.
        head_gold: bool (m, h): which head claims answer the question.
    """

    name: str
    engine: object
    questions: list
    graph_q: np.ndarray
    dense_q: np.ndarray
    graph_t: np.ndarray
    dense_t: np.ndarray
    gold: np.ndarray
    head_t: np.ndarray | None = None
    head_offset: np.ndarray | None = None
    head_gold: np.ndarray | None = None


def blended_targets(ranker) -> np.ndarray:
    """Each claim's vector as graph mode's first stage blends it (views left out)."""
    from web import paragraphs, weights

    plain = np.asarray(ranker.vectors, dtype=np.float64)
    out = plain.copy()
    for part, weight in ((ranker.context, weights.CONTEXT_WEIGHT),
                         (ranker.paragraphs, paragraphs.WEIGHT)):
        if part is None:
            continue
        near = plain.copy()
        near[np.asarray(part.rows)] = np.asarray(part.vectors, dtype=np.float64)
        out = (1 - weight) * out + weight * near
    return out


def head_tables(ranker, questions, graph_q, texts, gold):
    """``(head_t, head_offset, head_gold)`` of :class:`SetData` (see ``--head``)."""
    from ranking_features import current_weights, head_features

    weights = current_weights()[0][:-2]
    blended = blended_targets(ranker)
    views = ranker.views
    context, paragraph = ranking_weights()
    heads = []
    for question, q, right in zip(questions, graph_q, gold):
        head = head_features(ranker, question["question"], texts)
        rows = head["rows"]
        t = blended[rows].copy()
        if views is not None:
            # The first stage takes the better of the plain vector and the view.
            view_rows = ranker.cosines._view_of[rows]
            plain = np.asarray(ranker.vectors[rows], np.float64)
            for i in np.flatnonzero(view_rows >= 0):
                view = np.asarray(views.vectors[view_rows[i]], np.float64)
                if view @ q > plain[i] @ q:
                    t[i] += (view - plain[i]) * (1 - context) * (1 - paragraph)
        offset = head["x"] @ weights - head["x"][:, 0]
        heads.append((t, offset, right[rows]))
    h = max(len(o) for _, o, _ in heads)
    d = graph_q.shape[1]
    head_t = np.zeros((len(heads), h, d))
    head_offset = np.full((len(heads), h), -np.inf)
    head_gold = np.zeros((len(heads), h), dtype=bool)
    for i, (t, o, g) in enumerate(heads):
        head_t[i, :len(o)], head_offset[i, :len(o)], head_gold[i, :len(o)] = t, o, g
    return head_t, head_offset, head_gold


def ranking_weights() -> tuple[float, float]:
    """``(CONTEXT_WEIGHT, paragraphs.WEIGHT)``."""
    from web import paragraphs, weights

    return weights.CONTEXT_WEIGHT, paragraphs.WEIGHT
