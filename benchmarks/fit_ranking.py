"""Fits the weights of graph mode's re-scored head jointly, validated leave-one-set-out.

Usage::

    python benchmarks/fit_ranking.py                  # every development set, LOSO table
    python benchmarks/fit_ranking.py --features all   # with the new candidate features
    python benchmarks/fit_ranking.py --method listwise --l2 0.1   # a logistic fit instead
    python benchmarks/fit_ranking.py --free opens_section          # one weight on top of the code
    python benchmarks/fit_ranking.py --sets dev,river # a subset (LOSO within it)

For every question of every development set (``benchmarks/search.py``'s sets and cached stores)
it runs graph mode's first stage exactly as :class:`web.ranking.Ranker` does, takes the head
that :func:`web.rescore.rescore_head` re-scores (its membership is not learned), and records one
row of features per head candidate (:data:`FEATURES`). A head's score is then modelled as the
code computes it (``benchmarks/head_model.py``, the model and its figures). At the current
constants this reproduces ``benchmarks/search.py``'s default column (printed as ``code``).

The weights are fitted by coordinate ascent on the mean MRR@10 of the training questions (cosine
weight fixed at 1, since the head's order does not change with scale), starting from the current
constants. Leave-one-set-out: for each set, fit on the others and score it; the table gives each
set's figures at the current constants and under LOSO, and the means. Finally one fit on all sets
is printed as the weight vector that would be adopted.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from head_model import Question, figures, linearised, objective
from ranking_features import FEATURES, current_weights, development_sets, head_features

log = logging.getLogger("fit_ranking")

STEPS = (-1.0, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1.0)
"""Coordinate ascent tries each weight plus these multiples of its scale."""
SWEEPS = 4
"""Passes over the weights (a pass that improves nothing ends the fit early)."""


def fit(sets: list[list[Question]], start: np.ndarray, scales: np.ndarray, *, free: np.ndarray):
    """Coordinate ascent on :func:`objective` from ``start``; only ``free`` weights move.

    A step is taken only when it raises the objective; of equal gains the smaller step wins,
    so the fit stays near the hand-tuned point where the data cannot tell. Deterministic.
    """
    params = start.astype(np.float64).copy()
    best = objective(sets, params)
    for _ in range(SWEEPS):
        improved = False
        for j in np.flatnonzero(free):
            trials = sorted(STEPS, key=abs)
            for step in trials:
                trial = params.copy()
                trial[j] = params[j] + step * scales[j]
                value = objective(sets, trial)
                if value > best + 1e-9:
                    best, params, improved = value, trial, True
        if not improved:
            break
    return params, best


def logistic_fit(sets, start: np.ndarray, *, free: np.ndarray, l2: float, listwise: bool):
    """A logistic fit of the weights, linearised at ``start`` (``z``: :func:`linearised`).

    Pairwise (RankNet): for each question whose head holds a correct claim, the correct one the
    code ranks best is paired with every wrong claim of the head; a question's loss is the mean
    over its pairs of ``log(1 + exp(-t × params · (z_right - z_wrong)))``. Listwise (ListNet
    with one relevant class): a question's loss is ``-log`` of the softmax mass of its correct
    claims among the head, at scores ``t × params · z``, which weighs the top of the head most.
    Either is averaged over questions, plus ``l2 ×`` the squared distance of the free weights
    from ``start``, each weight measured in its feature's standard deviation. ``t`` (a free
    temperature) keeps the cosine's weight at 1. Deterministic (L-BFGS-B from ``start``).
    """
    from scipy.optimize import minimize
    from scipy.special import logsumexp, softmax

    items = []
    for questions in sets:
        for q in questions:
            if q.fixed:
                continue
            z = linearised(q, start)
            right = np.array([row in q.correct for row in q.rows.tolist()])
            if not right.any() or right.all():
                continue
            if listwise:
                items.append((z, right))
            else:
                best = np.flatnonzero(right)[np.argmax((z @ start)[right])]
                items.append((z[best] - z[~right], None))
    spread = np.concatenate(
        [linearised(q, start) for s in sets for q in s if not q.fixed]
    ).std(axis=0) + 1e-6
    index = np.flatnonzero(free)

    def unpack(theta):
        params = start.copy()
        params[index] = theta[1:]
        return np.exp(theta[0]), params

    def loss(theta):
        t, params = unpack(theta)
        total, grad_full = 0.0, np.zeros(len(params))
        for z, right in items:
            if right is None:  # pairwise: z holds the differences
                margin = t * (z @ params)
                total += np.mean(np.logaddexp(0.0, -margin))
                p = 1.0 / (1.0 + np.exp(np.clip(margin, -50, 50)))
                grad_full -= (p[:, None] * z).mean(axis=0)
            else:
                scores = t * (z @ params)
                total += logsumexp(scores) - logsumexp(scores[right])
                grad_full += softmax(scores) @ z - softmax(scores[right]) @ z[right]
        total, grad_full = total / len(items), grad_full / len(items)
        grad = np.concatenate(([t * (grad_full @ params)], t * grad_full[index]))
        gap = (params[index] - start[index]) * spread[index]
        total += l2 * float(gap @ gap)
        grad[1:] += 2 * l2 * gap * spread[index]
        return total, grad

    theta0 = np.concatenate(([np.log(10.0)], start[index]))
    result = minimize(loss, theta0, jac=True, method="L-BFGS-B")
    return unpack(result.x)[1], float(result.fun)


def load_sets(names: list[str] | None) -> dict[str, list[Question]]:
    """Every development set's questions with their heads (stores from the search cache)."""
    from web.evaluate import is_correct

    out = {}
    for name, _embedder, engine, texts, questions in development_sets(names):
        ranker = engine.ranker
        group = {r: ("dup", g[0]) for r, g in ranker._duplicates.items()}
        items = []
        for question in questions:
            head = head_features(ranker, question["question"], texts)
            correct = {
                int(r) for r in (*head["rows"].tolist(), *head["rest"].tolist())
                if is_correct(texts[r], question["answers"])
            }
            items.append(Question(group=group, correct=correct, **head))
        out[name] = items
        log.info("%s: %d questions", name, len(items))
    return out


def table(names, code, loso, columns=("code", "LOSO")) -> str:
    """Per set R@1 / R@5 / MRR@10 before and after, and the means."""
    lines = [f"{'set':<22}" + "".join(f"{c:>22}" for c in columns)]
    for name in names:
        cells = [f"{c[name][0]:.2f}/{c[name][1]:.2f}/{c[name][2]:.3f}" for c in (code, loso)]
        lines.append(f"{name:<22}" + "".join(f"{c:>22}" for c in cells))
    means = [np.mean([c[n] for n in names], axis=0) for c in (code, loso)]
    lines.append(f"{'mean':<22}" + "".join(f"{m[0]:.3f}/{m[1]:.3f}/{m[2]:.3f}".rjust(22) for m in means))
    return "\n".join(lines)


def train_on(sets, start, scales, free, args) -> np.ndarray:
    """The weights fitted on some sets by the method the arguments name."""
    if args.method in ("pairwise", "listwise"):
        listwise = args.method == "listwise"
        return logistic_fit(sets, start, free=free, l2=args.l2, listwise=listwise)[0]
    return fit(sets, start, scales, free=free)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument(
        "--features", default="base", choices=("base", "all"),
        help="'base' (today's features) or 'all' (with the new ones)",
    )
    parser.add_argument(
        "--free", default="", help="comma-separated weights to fit (overrides --features)"
    )
    parser.add_argument(
        "--method", default="ascent", choices=("ascent", "pairwise", "listwise"),
        help="coordinate ascent on MRR@10, or a pairwise or listwise logistic fit",
    )
    parser.add_argument("--l2", type=float, default=0.01, help="logistic fits: pull toward the code")
    args = parser.parse_args(argv)
    names_free = [*FEATURES, "section", "follow"]
    unknown = sorted(set(filter(None, args.free.split(","))) - set(names_free))
    if unknown:  # else nothing would be free, and the "fit" would be the code
        parser.error(f"--free: unknown weight(s) {', '.join(unknown)}; "
                     f"choose among {', '.join(names_free)}")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for noisy in ("sentence_transformers", "transformers", "bm25s", "index", "web"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    data = load_sets([s for s in args.sets.split(",") if s] or None)
    names = list(data)
    start, scales, base_free = current_weights()
    free = base_free.copy()
    if args.features == "all":
        free[:] = True
    if args.free:
        free = np.isin(names_free, args.free.split(","))
    free[FEATURES.index("cosine")] = False
    code = {n: figures(data[n], start) for n in names}
    loso = {}
    for held in names:
        train = [data[n] for n in names if n != held]
        params = train_on(train, start, scales, free, args)
        loso[held] = figures(data[held], params)
        log.info("%s: %s -> %s", held, np.round(code[held], 3), np.round(loso[held], 3))
    print(table(names, code, loso))
    params = train_on([data[n] for n in names], start, scales, free, args)
    everything = {n: figures(data[n], params) for n in names}
    print("\nfitted on all sets (in-sample):")
    print(table(names, code, everything, columns=("code", "all-set fit")))
    print("\nweights:")
    for name, w0, w in zip([*FEATURES, "section", "follow"], start, params):
        print(f"  {name:<16}{w0:>9.4f} -> {w:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
