"""A linear query adapter learned on the development questions, validated leave-one-set-out.

Usage::

    python benchmarks/train_adapter.py                          # the grid below, LOSO tables
    python benchmarks/train_adapter.py --lam 0.1 --tau 0.05 --rank 0   # one setting
    python benchmarks/train_adapter.py --sets dev,river         # a subset (LOSO within it)

The idea ("embedding adapter"): the sentence encoder maps a question and the statement that
answers it to vectors that are not as close as they should be; a linear map applied to the
query vector only, ``q' = normalise(W q)`` with ``W = I + A`` pulled toward the identity, might
learn a generic question → statement shift at the cost of one d × d product per query.

Training pairs are the development questions and the claims whose text holds one of their
answers (the claims :mod:`web.evaluate` counts as correct); the other claims of the same
article are the negatives. A question's loss is ``-log`` of the softmax mass of its correct
claims among all claims of its article, at scores ``t · q' / tau``, where ``t`` is the claim's
vector as graph mode's first stage blends it (``(1 - P) ((1 - C) plain + C context) + P
paragraph``, :data:`web.weights.CONTEXT_WEIGHT` C, :data:`web.paragraphs.WEIGHT` P, a missing
part counting as the plain vector) and ``q`` the vector graph mode embeds (the query with its
common entity dropped, :class:`web.query.QueryAnalyser`). The loss is averaged over questions,
plus ``lam × ||W - I||²`` (Frobenius); ``rank`` > 0 makes ``A = U Vᵀ`` of that rank instead of
a full matrix. L-BFGS in float64 from ``A = 0``, one thread: deterministic.

The ``dense`` variant trains on the raw question's vector against the plain claim vectors
(what dense mode compares) and is scored in dense mode.

Leave-one-set-out: for each of the development sets, an adapter is trained on the other
sets' questions and the held-out set is scored through the full pipeline
(:func:`web.evaluate.evaluate` on an :class:`web.engine.Engine` whose ranker's encoder adapts
the query vector; every other term unchanged). ``--tokens`` also maps the late-interaction
query pieces through ``W`` (renormalised); by default they stay as the model gives them.
``--head`` trains on graph mode's re-scored head instead of all claims, the code's other head
terms (:mod:`ranking_features`, at the code's weights) as fixed offsets. Each setting also gets
an in-sample column (trained and scored on every set): the gap to LOSO is what memorised topic
words are worth.

The sets' questions, vectors and head tables are ``benchmarks/adapter_data.py``'s.

Result (round 11 in ``docs/RANKING.md``): the adapter learns a generic shift (the held-out
first-stage cosine ranking improves on all eighteen sets), but no setting beats the code's
default mode under LOSO (0.757 … 0.765 MRR@10 against 0.765); in dense mode it gains 0.028
while the two newest sets drop. Nothing was adopted in ``web/``.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from adapter_data import SetData, blended_targets, head_tables

log = logging.getLogger("train_adapter")

GRID = {"lam": (0.01, 0.1, 1.0), "tau": (0.05, 0.1), "rank": (0,)}
"""The settings the default run tries (each with a full LOSO)."""


class AdaptedEncoder:
    """An :class:`index.Embedder` whose query vectors pass through ``W`` (the rest delegated).

    Args:
        inner: the encoder.
        matrix: float (d, d), or None for no change.
        tokens: also map the word-piece vectors of :meth:`encode_query_tokens`.
        graph: adapt graph mode's vector (:meth:`encode_query_tokens`).
        dense: adapt dense mode's vector (:meth:`encode_query`).
    """

    def __init__(self, inner, matrix, *, tokens=False, graph=True, dense=True):
        self.inner = inner
        self.matrix = None if matrix is None else np.asarray(matrix, dtype=np.float32)
        self.tokens, self.graph, self.dense = tokens, graph, dense

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def _adapt(self, vectors: np.ndarray) -> np.ndarray:
        mapped = vectors @ self.matrix.T
        return (mapped / np.linalg.norm(mapped, axis=-1, keepdims=True)).astype(np.float32)

    def encode_query(self, text):
        vector = self.inner.encode_query(text)
        return self._adapt(vector) if self.matrix is not None and self.dense else vector

    def encode_query_tokens(self, text):
        vector, tokens = self.inner.encode_query_tokens(text)
        if self.matrix is None or not self.graph:
            return vector, tokens
        if self.tokens:
            from dataclasses import replace

            tokens = replace(tokens, vectors=self._adapt(tokens.vectors))
        return self._adapt(vector), tokens


def load_sets(names: list[str] | None, *, head: bool = False) -> list[SetData]:
    """Every development set's questions, vectors and gold (stores from the search cache)."""
    from ranking_features import development_sets

    from web.evaluate import is_correct

    out = []
    for name, embedder, engine, texts, questions in development_sets(names):
        ranker = engine.ranker
        graph_q = np.stack([
            embedder.encode_query_tokens(ranker.analyse(q["question"]).dense_text)[0]
            for q in questions
        ]).astype(np.float64)
        dense_q = np.stack([embedder.encode_query(q["question"]) for q in questions])
        gold = np.array([[is_correct(t, q["answers"]) for t in texts] for q in questions])
        out.append(SetData(name, engine, questions, graph_q, dense_q.astype(np.float64),
                           blended_targets(ranker), np.asarray(ranker.vectors, np.float64), gold))
        if head:
            out[-1].head_t, out[-1].head_offset, out[-1].head_gold = head_tables(
                ranker, questions, graph_q, texts, gold)
        log.info("%s: %d questions, %d claims, %d with no correct claim", name, len(questions),
                 len(texts), int((~gold.any(axis=1)).sum()))
    return out


def train(sets: list[SetData], *, lam: float, tau: float, rank: int, dense: bool,
          head: bool = False) -> np.ndarray:
    """``W`` (float32 (d, d)) trained on some sets; see the module docstring."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(0)
    data = []
    for s in sets:
        if head:
            # Only questions with a right and a wrong claim in the head say anything.
            keep = s.head_gold.any(axis=1) & (~s.head_gold & np.isfinite(s.head_offset)).any(axis=1)
            data.append((torch.tensor(s.graph_q[keep]), torch.tensor(s.head_t[keep]),
                         torch.tensor(s.head_gold[keep]), torch.tensor(s.head_offset[keep])))
            continue
        keep = s.gold.any(axis=1)
        q = s.dense_q if dense else s.graph_q
        t = s.dense_t if dense else s.graph_t
        data.append((torch.tensor(q[keep]), torch.tensor(t), torch.tensor(s.gold[keep]), None))
    count = sum(len(item[0]) for item in data)
    d = data[0][0].shape[1]
    eye = torch.eye(d, dtype=torch.float64)
    if rank:
        # U starts small and seeded, V at zero: A = 0 at the start, with a gradient for V.
        u = (0.01 * torch.randn(d, rank, dtype=torch.float64)).requires_grad_()
        v = torch.zeros(d, rank, dtype=torch.float64, requires_grad=True)
        params = [u, v]

        def delta():
            return u @ v.T
    else:
        a = torch.zeros(d, d, dtype=torch.float64, requires_grad=True)
        params = [a]

        def delta():
            return a

    optimiser = torch.optim.LBFGS(params, lr=1.0, max_iter=200, history_size=20,
                                  line_search_fn="strong_wolfe", tolerance_grad=1e-9,
                                  tolerance_change=1e-12)

    def closure():
        optimiser.zero_grad()
        w = eye + delta()
        loss = lam * (delta() ** 2).sum()
        for q, t, gold, offset in data:
            mapped = q @ w.T
            mapped = mapped / mapped.norm(dim=1, keepdim=True)
            if offset is None:
                logits = mapped @ t.T / tau
            else:
                logits = (torch.einsum("mhd,md->mh", t, mapped) + offset) / tau
            right = logits.masked_fill(~gold, float("-inf"))
            loss = loss + (torch.logsumexp(logits, 1) - torch.logsumexp(right, 1)).sum() / count
        loss.backward()
        return loss

    optimiser.step(closure)
    return (eye + delta()).detach().numpy().astype(np.float32)


def score(s: SetData, matrix, *, mode: str | None, tokens: bool = False, graph=True,
          dense=True) -> tuple[float, float, float]:
    """R@1, R@5, MRR@10 of a set through the full pipeline with the query vectors adapted."""
    from web.evaluate import evaluate

    ranker = s.engine.ranker
    inner = ranker.embedder
    ranker.embedder = AdaptedEncoder(inner, matrix, tokens=tokens, graph=graph, dense=dense)
    try:
        report = evaluate(s.engine, s.questions, mode=mode)
    finally:
        ranker.embedder = inner
    o = report.overall
    return o["R@1"], o["R@5"], o["MRR@10"]


def vector_mrr(s: SetData, matrix, *, dense: bool) -> float:
    """MRR@10 of a set when its claims are ranked by ``t · q'`` alone (the blended vectors):
    what the adapter is trained on, without the rest of the pipeline."""
    q = s.dense_q if dense else s.graph_q
    t = s.dense_t if dense else s.graph_t
    if matrix is not None:
        q = q @ np.asarray(matrix, np.float64).T
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
    order = np.argsort(-(q @ t.T), axis=1, kind="stable")[:, :10]
    hits = np.take_along_axis(s.gold, order, axis=1)
    first = np.where(hits.any(axis=1), hits.argmax(axis=1) + 1, 0)
    return float(np.mean(np.where(first > 0, 1.0 / np.maximum(first, 1), 0.0)))


def table(names, columns: dict[str, dict]) -> str:
    """Per set R@1 / R@5 / MRR@10 in each column, and the means."""
    lines = [f"{'set':<22}" + "".join(f"{c:>22}" for c in columns)]
    for name in names:
        cells = [f"{c[name][0]:.2f}/{c[name][1]:.2f}/{c[name][2]:.3f}" for c in columns.values()]
        lines.append(f"{name:<22}" + "".join(f"{c:>22}" for c in cells))
    means = [np.mean([c[n] for n in names], axis=0) for c in columns.values()]
    lines.append(f"{'mean':<22}" + "".join(f"{m[0]:.3f}/{m[1]:.3f}/{m[2]:.3f}".rjust(22)
                                             for m in means))
    return "\n".join(lines)


def loso(sets: list[SetData], *, lam, tau, rank, dense, tokens=False, head=False) -> dict:
    """Each set's figures under the adapter trained on the others."""
    out = {}
    for held in sets:
        matrix = train([s for s in sets if s is not held], lam=lam, tau=tau, rank=rank,
                       dense=dense, head=head)
        mode = "dense" if dense else None
        out[held.name] = score(held, matrix, mode=mode, tokens=tokens)
        log.info("  %s %s |W-I| %.2f vector MRR %.3f -> %.3f", held.name,
                 np.round(out[held.name], 3), np.linalg.norm(matrix - np.eye(len(matrix))),
                 vector_mrr(held, None, dense=dense), vector_mrr(held, matrix, dense=dense))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--lam", type=float, action="append", help="regularisation (repeat)")
    parser.add_argument("--tau", type=float, action="append", help="temperature (repeat)")
    parser.add_argument("--rank", type=int, action="append", help="0 = full matrix (repeat)")
    parser.add_argument("--dense", action="store_true", help="train and score for dense mode")
    parser.add_argument("--tokens", action="store_true", help="also adapt the query's pieces")
    parser.add_argument("--head", action="store_true",
                        help="train on the re-scored head, the code's other terms as offsets")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for noisy in ("sentence_transformers", "transformers", "bm25s", "index", "web"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    sets = load_sets([s for s in args.sets.split(",") if s] or None, head=args.head)
    names = [s.name for s in sets]
    mode = "dense" if args.dense else None
    columns = {"code": {s.name: score(s, None, mode=mode) for s in sets}}
    print(table(names, columns), flush=True)
    grid = itertools.product(args.lam or GRID["lam"], args.tau or GRID["tau"],
                             args.rank or GRID["rank"])
    for lam, tau, rank in grid:
        label = f"lam={lam} tau={tau} r={rank}"
        log.info("%s", label)
        columns[label] = loso(sets, lam=lam, tau=tau, rank=rank, dense=args.dense,
                              tokens=args.tokens, head=args.head)
        matrix = train(sets, lam=lam, tau=tau, rank=rank, dense=args.dense, head=args.head)
        inside = {s.name: score(s, matrix, mode=mode, tokens=args.tokens) for s in sets}
        print(table(names, {"code": columns["code"], f"LOSO {label}": columns[label],
                            "in sample": inside}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
