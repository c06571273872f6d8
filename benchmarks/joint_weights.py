"""A joint grid over ranking weights, judged leave-one-set-out (round 19 of ``docs/RANKING.md``).

Usage::

    python benchmarks/joint_weights.py --cache DIR \\
        --grid rescore.LATE_WEIGHT=2,2.5,3 --grid rescore.ECHO_WEIGHT=0.5,0.75,1 \\
        [--digest HEX] [--out results.pkl]

Loads the store of every development set (``benchmarks/search.py``'s sets and cache, built when
missing; ``--digest`` reuses stores built by an earlier revision whose build code differs only
in comments), then replays graph mode (k = 60) on every question at every point of the grid,
the named module constants patched in place (they are read at query time). Prints each
point's mean R@1 / R@5 / MRR@10 and then, for each set, the point with the best mean MRR@10 on
the other sets (ties to the point nearest the current constants) and its figures on the held-out
set against the current constants', question by question. The current constants must be on the
grid: their replay equals ``benchmarks/search.py``'s default column.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import search

from web.evaluate import first_correct, load_questions


def figures(ranks: list[int | None]) -> tuple[float, float, float]:
    """R@1, R@5 and MRR@10 of first-correct ranks."""
    n = len(ranks)
    return (sum(r == 1 for r in ranks) / n, sum(bool(r) and r <= 5 for r in ranks) / n,
            sum(1 / r for r in ranks if r and r <= 10) / n)


def replay(sets, names, point) -> dict[str, list[int | None]]:
    """Every set's first-correct ranks with the weights ``names`` set to ``point``."""
    for name, value in zip(names, point):
        module, constant = name.rsplit(".", 1)
        setattr(importlib.import_module(f"web.{module}"), constant, value)
    return {
        label: [first_correct([h["text"] for h in engine.search(q["question"], k=60)["results"]],
                              q["answers"]) for q in questions]
        for label, engine, questions in sets
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=search.CACHE)
    parser.add_argument("--grid", action="append", required=True, help="module.NAME=v1,v2,…")
    parser.add_argument("--digest", help="the build-code digest of the cached stores")
    parser.add_argument("--out", type=Path, help="also pickle every point's ranks here")
    args = parser.parse_args(argv)
    from index import Embedder
    from web.engine import Engine

    if args.digest:
        search.code_digest = lambda: args.digest
    names = [spec.split("=")[0] for spec in args.grid]
    values = [[float(v) for v in spec.split("=")[1].split(",")] for spec in args.grid]
    current = tuple(
        float(getattr(importlib.import_module(f"web.{n.rsplit('.', 1)[0]}"), n.rsplit(".", 1)[1]))
        for n in names
    )
    embedder = Embedder()
    sets = []
    for label, questions, article in search.default_sets():
        store, _ = search.cached_store(article, embedder, cache=args.cache, rebuild=False)
        sets.append((label, Engine.load(store, embedder=embedder), load_questions(questions)))
    results = {}
    for point in itertools.product(*values):
        results[point] = replay(sets, names, point)
        means = [sum(figures(r)[i] for r in results[point].values()) / len(sets) for i in range(3)]
        print(point, "mean " + "/".join(f"{m:.4f}" for m in means), flush=True)
    replay(sets, names, current)
    if args.out:
        args.out.write_bytes(pickle.dumps(results))
    if current not in results:
        print("the current constants", current, "are not on the grid: no leave-one-set-out")
        return 1
    mrr = {p: {label: figures(r)[2] for label, r in res.items()} for p, res in results.items()}
    labels = [label for label, _, _ in sets]
    held = []
    for label in labels:
        best = max(results, key=lambda p: (
            round(sum(mrr[p][o] for o in labels if o != label), 9),
            -sum(abs(a - b) / b for a, b in zip(p, current)),
        ))
        moves = [f"{i + 1}:{a}->{b}" for i, (a, b)
                 in enumerate(zip(results[current][label], results[best][label])) if a != b]
        held.append(mrr[best][label])
        print(f"{label:28s} {best} {mrr[current][label]:.3f} -> {mrr[best][label]:.3f}",
              " ".join(moves))
    print(f"leave-one-set-out mean MRR@10 {sum(held) / len(held):.4f} against "
          f"{sum(mrr[current].values()) / len(labels):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
