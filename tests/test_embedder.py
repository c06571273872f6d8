"""Tests for index.embedder, with the real packaged all-MiniLM-L6-v2 (the session fixture)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from index.embedder import Embedder, ModelError, model_name
from kg.errors import KGError, QueryError


def test_name_and_dimension(embedder):
    assert embedder.name == "all-MiniLM-L6-v2"
    assert embedder.dimension == 384


def test_encode_is_normalised_float32(embedder):
    vectors = embedder.encode(["The cat sat on the mat.", "Stock markets fell sharply.", ""])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32 and vectors.flags.c_contiguous
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_similar_sentences_are_closer(embedder):
    a, b, c = embedder.encode(
        [
            "A man is playing a guitar on stage.",
            "Someone performs music with a guitar.",
            "The central bank raised interest rates.",
        ]
    )
    assert a @ b > a @ c + 0.2


def test_empty_input(embedder):
    assert embedder.encode([]).shape == (0, 384)
    assert embedder.encode([]).dtype == np.float32


def test_deterministic_and_batch_independent(embedder):
    texts = [f"Sentence number {i} talks about topic {i % 3}." for i in range(5)]
    first = embedder.encode(texts)
    np.testing.assert_array_equal(first, embedder.encode(texts))
    np.testing.assert_allclose(embedder.encode(texts[2:3])[0], first[2], atol=1e-5)


def test_encode_query_matches_encode_and_is_a_copy(embedder):
    text = "Where do rivers meet the sea?"
    vector = embedder.encode_query(text)
    assert vector.shape == (384,)
    np.testing.assert_allclose(vector, embedder.encode([text])[0], atol=1e-5)
    vector[:] = 0  # the caller owns its copy: the cache must not change
    np.testing.assert_allclose(embedder.encode_query(text), embedder.encode([text])[0], atol=1e-5)


def test_bad_input(embedder):
    with pytest.raises(QueryError):
        embedder.encode("a single string")
    with pytest.raises(QueryError):
        embedder.encode(["ok", 3])
    with pytest.raises(QueryError):
        embedder.encode_query(None)


def test_concurrent_calls(embedder):
    texts = [f"Thread {i} asks about the weather in city {i}." for i in range(6)]
    want = embedder.encode(texts)
    got = [None] * len(texts)

    def run(i):
        got[i] = embedder.encode_query(texts[i]) if i % 2 else embedder.encode([texts[i]])[0]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    np.testing.assert_allclose(np.stack(got), want, atol=1e-5)


def test_missing_model_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_MODEL", str(tmp_path / "no-such-model"))
    with pytest.raises(ModelError, match="no-such-model") as info:
        Embedder()
    assert isinstance(info.value, KGError)
    with pytest.raises(ModelError, match="does not exist"):
        Embedder("sentence-transformers/all-MiniLM-L6-v2")


def test_folder_that_is_not_a_model(tmp_path):
    with pytest.raises(ModelError, match="cannot load"):
        Embedder(tmp_path)


def test_unknown_backend():
    with pytest.raises(ValueError, match="tensorrt"):
        Embedder(backend="tensorrt")


def test_model_name_from_card_or_folder(tmp_path):
    (tmp_path / "my-model").mkdir()
    assert model_name(tmp_path / "my-model") == "my-model"
    (tmp_path / "my-model" / "README.md").write_text("---\nx: y\n---\n\n# tiny-encoder\n\nText.\n")
    assert model_name(tmp_path / "my-model") == "tiny-encoder"
