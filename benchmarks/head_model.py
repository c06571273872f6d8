"""The replay of graph mode's re-scored head that ``benchmarks/fit_ranking.py`` fits: one
question's head (:class:`Question`), its order under some weights (:func:`ranked_rows`) and the
figures of some questions (:func:`figures`, :func:`objective`). A head's score is modelled as the
code computes it (:func:`linearised`)::

    base   = features · weights
    scored = base + section × (best base in the candidate's section, blended with the second
             best by SECOND_SHARE: :func:`web.rescore.section_best`)
    final  = scored + follow × (scored of the head claim right before it, same section)

with the head ordered by ``final`` (ties by claim row) ahead of the rest, near-duplicates folded
as the ranker folds them, and a question scored as :mod:`web.evaluate` scores it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from web import rescore


@dataclass
class Question:
    """One question's head, as the fit needs it.

    Attributes:
        x: float (h, p): the head's features (:data:`ranking_features.FEATURES` order).
        rows: int (h,): the head's claim rows.
        sections: int (h,): each head item's section group (items alone get their own).
        before: int (h,): the head index of the claim right before it in its section, -1.
        rest: int (r,): the rows after the head, in order (only the first few).
        group: dict row → duplicate group key (rows of one group fold into the first).
        correct: set of rows whose text holds an answer.
        fixed: the first-stage order is kept (the query has no word piece to match).
        cue: float (h,) or None: the who-question cue added to the final score after the
            re-scoring (:func:`web.boosts.person_cue`), outside the fitted weights.
    """

    x: np.ndarray
    rows: np.ndarray
    sections: np.ndarray
    before: np.ndarray
    rest: np.ndarray
    group: dict
    correct: set
    fixed: bool = False
    cue: np.ndarray | None = None


def ranked_rows(q: Question, params: np.ndarray, k: int = 10) -> list[int]:
    """The top ``k`` claim rows of a question under ``params`` (weights, section, follow),
    near-duplicates folded into the best-ranked of their group, as the ranker returns them."""
    if q.fixed:
        head = q.rows
    else:
        scores = linearised(q, params) @ params
        if q.cue is not None:
            scores = scores + q.cue
        head = q.rows[np.lexsort((q.rows, -scores))]
    seen, out = set(), []
    for row in (*head.tolist(), *q.rest.tolist()):
        key = q.group.get(row, ("row", row))
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
        if len(out) == k:
            break
    return out


def first_rank(q: Question, params: np.ndarray, k: int = 10) -> int | None:
    """The 1-based rank of the first correct result within ``k``, or None."""
    for rank, row in enumerate(ranked_rows(q, params, k), 1):
        if row in q.correct:
            return rank
    return None


def figures(questions: list[Question], params: np.ndarray) -> tuple[float, float, float]:
    """R@1, R@5 and MRR@10 of some questions under ``params`` (weights, section, follow)."""
    ranks = [first_rank(q, params) for q in questions]
    n = max(len(ranks), 1)
    return (
        sum(r == 1 for r in ranks) / n,
        sum(r is not None and r <= 5 for r in ranks) / n,
        sum(1 / r for r in ranks if r is not None) / n,
    )


def objective(sets: list[list[Question]], params: np.ndarray) -> float:
    """The mean over sets of MRR@10, plus a hundredth of the mean R@5 to break ties."""
    values = [figures(s, params) for s in sets]
    return float(np.mean([v[2] + 0.01 * v[1] for v in values]))


def linearised(q: Question, params: np.ndarray) -> np.ndarray:
    """The head's features with section evidence and the follow term as two more columns,
    computed at ``params``: ``linearised(q, p) @ p`` is each head item's final score at ``p``."""
    weights, section = params[:-2], params[-2]
    base = q.x @ weights
    # The section's best blended with its second best, as web.rescore does (round 14).
    best = rescore.section_best(q.sections, base, second=rescore.SECOND_SHARE)
    scored = base + section * best
    before = np.zeros(len(base))
    has = q.before >= 0
    before[has] = scored[q.before[has]]
    return np.column_stack((q.x, best, before))
