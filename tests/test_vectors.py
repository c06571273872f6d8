"""Tests for index.vectors, against exact numpy search on seeded random vectors."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from index.vectors import VectorIndex, recall_at
from kg.errors import QueryError, StoreError


def _unit(rng, n, d):
    x = rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _embedding_like(n, d=384, latent=24, seed=0):
    """Seeded random vectors on a curved low-dimensional manifold, as sentence embeddings are.

    Uniform random vectors in 384 dimensions have no near neighbours to speak of (every cosine
    is ≈ 0), which no approximate index handles; faiss's own SyntheticDataset uses a small
    intrinsic dimension for the same reason.
    """
    rng = np.random.default_rng(seed)
    mix = rng.standard_normal((latent, d)).astype(np.float32)
    x = np.tanh(rng.standard_normal((n, latent)).astype(np.float32) @ mix / 4)
    x += 0.05 * rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _exact(x, q, k):
    sims = q @ x.T
    rows = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(sims, rows, axis=1), rows


def test_flat_equals_numpy_exact():
    rng = np.random.default_rng(1)
    x, q = _unit(rng, 2000, 64), _unit(rng, 20, 64)
    index = VectorIndex.build(x)
    assert (index.kind, index.ntotal, index.dimension) == ("flat", 2000, 64)
    scores, rows = index.search(q, 10)
    want_scores, want_rows = _exact(x, q, 10)
    assert rows.shape == (20, 10) and rows.dtype == np.int64 and scores.dtype == np.float32
    np.testing.assert_array_equal(rows, want_rows)
    np.testing.assert_allclose(scores, want_scores, atol=1e-5)


def test_single_query_and_scaling():
    rng = np.random.default_rng(2)
    x = _unit(rng, 50, 16)
    index = VectorIndex.build(x)
    # Queries are normalised, so scores are cosines whatever the query's length.
    scores, rows = index.search(x[7] * 3.0, 3)
    assert rows.shape == (1, 3) and rows[0, 0] == 7
    assert scores[0, 0] == pytest.approx(1.0, abs=1e-5)


def test_k_is_clamped_and_zero_allowed():
    rng = np.random.default_rng(3)
    index = VectorIndex.build(_unit(rng, 5, 8))
    _, rows = index.search(_unit(rng, 2, 8), 50)
    assert rows.shape == (2, 5) and sorted(rows[0].tolist()) == [0, 1, 2, 3, 4]
    assert index.search(_unit(rng, 1, 8), 0)[1].shape == (1, 0)
    empty = VectorIndex.build(np.zeros((0, 8), dtype=np.float32))
    assert empty.ntotal == 0 and empty.search(_unit(rng, 1, 8), 5)[1].shape == (1, 0)


@pytest.mark.parametrize(
    "query",
    [
        np.ones(7),
        np.ones((2, 9)),
        np.full(8, np.nan),
        np.array([np.inf] + [0.0] * 7),
        np.zeros(8),
        ["a"] * 8,
    ],
)
def test_bad_queries(query):
    index = VectorIndex.build(_unit(np.random.default_rng(4), 10, 8))
    with pytest.raises(QueryError):
        index.search(query, 3)


def test_bad_k_and_vectors():
    index = VectorIndex.build(_unit(np.random.default_rng(5), 10, 8))
    with pytest.raises(QueryError):
        index.search(np.ones(8), -1)
    with pytest.raises(ValueError):
        VectorIndex.build(np.ones(8))
    with pytest.raises(ValueError):
        VectorIndex.build(np.full((3, 8), np.nan))
    with pytest.raises(ValueError):
        VectorIndex.build(np.ones((3, 8)), kind="lsh")


@pytest.mark.parametrize("mmap", [True, False])
def test_save_load_round_trip(tmp_path, mmap):
    rng = np.random.default_rng(6)
    x, q = _unit(rng, 300, 32), _unit(rng, 5, 32)
    index = VectorIndex.build(x)
    assert index.save(tmp_path / "v").name == "faiss.index"
    loaded = VectorIndex.load(tmp_path / "v", mmap=mmap)
    assert (loaded.kind, loaded.ntotal, loaded.dimension) == ("flat", 300, 32)
    for a, b in zip(index.search(q, 10), loaded.search(q, 10)):
        np.testing.assert_array_equal(a, b)


def test_load_errors(tmp_path):
    with pytest.raises(StoreError, match="faiss.index"):
        VectorIndex.load(tmp_path)
    (tmp_path / "faiss.index").write_bytes(b"garbage")
    with pytest.raises(StoreError, match="faiss.index"):
        VectorIndex.load(tmp_path)


def test_hnsw_recall_against_exact(tmp_path):
    n = 30_000
    data = _embedding_like(n + 200, seed=7)
    x, q = data[:n], data[n:]
    index = VectorIndex.build(x)  # above FLAT_LIMIT: approximate
    assert index.kind == "hnsw"
    _, truth = _exact(x, q, 10)
    _, found = index.search(q, 10)
    assert recall_at(found, truth) >= 0.95
    index.save(tmp_path)
    loaded = VectorIndex.load(tmp_path)
    assert loaded.kind == "hnsw"
    np.testing.assert_array_equal(loaded.search(q[:20], 10)[1], found[:20])


def test_recall_at():
    assert recall_at(np.array([[1, 2], [3, -1]]), np.array([[2, 1], [3, 4]])) == 0.75


_BLAS_THREADS_AFTER = """
from threadpoolctl import threadpool_info
import index.threads as t
{call}
with t.one_blas_thread():
    pass
print(max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS has one thread anyway")
def test_one_blas_thread_everywhere_outlasts_a_single_query():
    # in a child process: the limit is a setting of the whole process
    def threads(call: str) -> int:
        out = subprocess.run([sys.executable, "-c", _BLAS_THREADS_AFTER.format(call=call)],
                             capture_output=True, text=True, check=True)
        return int(out.stdout.split()[-1])

    assert threads("") > 1  # a single query's limit is put back after it
    assert threads("t.one_blas_thread_everywhere()") == 1
