"""benchmarks/train_adapter.py: the adapted encoder, the training and its proxy metric (on
adapter_data.SetData)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import train_adapter as ta
from adapter_data import SetData

from index.tokens import TokenEmbeddings


class _Encoder:
    """A stand-in encoder: fixed unit vectors, and word pieces beside them."""

    name = "stand-in"

    def __init__(self, vector):
        self.vector = np.asarray(vector, dtype=np.float32)

    def encode_query(self, text):
        return self.vector.copy()

    def encode_query_tokens(self, text):
        pieces = TokenEmbeddings(vectors=np.eye(3, dtype=np.float32)[:2], ids=np.zeros(2, np.int32),
                                 words=("a", "b"))
        return self.vector.copy(), pieces


def test_the_adapted_encoder_maps_and_renormalises_the_query_and_leaves_the_pieces():
    inner = _Encoder([1.0, 0.0, 0.0])
    swap = np.array([[0, 2, 0], [3, 0, 0], [0, 0, 1]], dtype=np.float32)  # x → 3 × second axis
    adapted = ta.AdaptedEncoder(inner, swap)
    assert adapted.encode_query("q").tolist() == [0.0, 1.0, 0.0]
    vector, pieces = adapted.encode_query_tokens("q")
    assert vector.tolist() == [0.0, 1.0, 0.0]
    assert pieces.vectors.tolist() == np.eye(3)[:2].tolist()
    assert adapted.name == "stand-in"  # everything else is the inner encoder's
    _, mapped = ta.AdaptedEncoder(inner, swap, tokens=True).encode_query_tokens("q")
    assert mapped.vectors.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]


def test_no_matrix_or_a_mode_left_out_gives_the_model_s_vector():
    inner = _Encoder([0.6, 0.8, 0.0])
    swap = np.array([[0, 1, 0], [1, 0, 0], [0, 0, 1]], dtype=np.float32)
    assert ta.AdaptedEncoder(inner, None).encode_query("q").tolist() == inner.vector.tolist()
    graph_only = ta.AdaptedEncoder(inner, swap, dense=False)
    assert graph_only.encode_query("q").tolist() == inner.vector.tolist()
    assert graph_only.encode_query_tokens("q")[0].tolist() != inner.vector.tolist()


def _synthetic(seed, *, n=12, m=30, d=8):
    """Questions that are their answers seen through a fixed rotation, plus noise."""
    rng = np.random.default_rng(seed)
    claims = rng.normal(size=(n, d))
    claims /= np.linalg.norm(claims, axis=1, keepdims=True)
    turn = np.linalg.qr(np.random.default_rng(99).normal(size=(d, d)))[0]
    answer = rng.integers(0, n, size=m)
    q = claims[answer] @ turn.T + 0.05 * rng.normal(size=(m, d))
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    gold = np.zeros((m, n), dtype=bool)
    gold[np.arange(m), answer] = True
    return SetData(f"s{seed}", None, [], q, q, claims, claims, gold)


def test_training_learns_a_shared_shift_that_holds_on_an_unseen_set_and_is_deterministic():
    train_sets = [_synthetic(1), _synthetic(2), _synthetic(3)]
    held = _synthetic(4)
    matrix = ta.train(train_sets, lam=0.001, tau=0.05, rank=0, dense=False)
    again = ta.train(train_sets, lam=0.001, tau=0.05, rank=0, dense=False)
    assert matrix.dtype == np.float32 and matrix.shape == (8, 8)
    assert matrix.tobytes() == again.tobytes()
    before, after = ta.vector_mrr(held, None, dense=False), ta.vector_mrr(held, matrix, dense=False)
    assert before < 0.6
    assert after > 0.9


def test_strong_regularisation_keeps_the_identity():
    matrix = ta.train([_synthetic(1)], lam=1e4, tau=0.05, rank=0, dense=False)
    assert np.abs(matrix - np.eye(8)).max() < 1e-3
    low = ta.train([_synthetic(1)], lam=1e4, tau=0.05, rank=2, dense=False)
    assert np.abs(low - np.eye(8)).max() < 1e-3
