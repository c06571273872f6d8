"""The ONNX Runtime backend gives the same embeddings as PyTorch, and falls back cleanly."""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from pathlib import Path

import numpy as np
import pytest

from index import onnx_backend, onnx_cache, onnx_check
from index.embedder import Embedder, default_model_path

pytest.importorskip("onnxruntime")

from conftest import ARTICLE, REPO


def _varied_sentences(count: int = 50) -> list[str]:
    """Sentences from three unrelated articles plus awkward inputs: the equivalence sample."""
    texts = []
    for path in (ARTICLE, *sorted((REPO / "benchmarks" / "data").glob("*/article.*"))):
        parts = re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
        texts.extend(p.strip() for p in parts[5::9] if len(p.strip()) > 20)
    odd = [
        "",
        " ",
        "?",
        "x",
        "2024",
        "ÀÉÎÕÜ çà et là",
        "数字 123 と文字",
        "emoji 🙂🚀",
        "tab\tnew\nline",
        "word " * 300,
        "NUL\x00char",
        "bell\x07 and DEL\x7f",
    ]
    return (odd + texts)[:count]


@pytest.fixture(scope="module")
def torch_embedder():
    return Embedder(backend="torch")


@pytest.fixture(scope="module")
def onnx_embedder():
    embedder = Embedder(backend="onnx")
    if embedder.backend != "onnx":
        pytest.skip("the ONNX backend is unavailable here (see the log for why)")
    return embedder


def test_same_embeddings_as_torch(onnx_embedder, torch_embedder):
    texts = _varied_sentences()
    assert len(texts) == 50 and len(set(texts)) == 50
    want = torch_embedder.encode(texts)
    got = onnx_embedder.encode(texts)
    max_abs, min_cos = onnx_check.compare(want, got)
    assert max_abs <= onnx_check.MAX_ABS_DIFF  # 1e-4, stricter than 1e-3
    assert min_cos >= onnx_check.MIN_COSINE  # 0.9999, stricter than 0.99
    # One at a time (the query path: one row, no padding) agrees too.
    for text, row in zip(texts[:12], want[:12]):
        np.testing.assert_allclose(
            onnx_embedder.encode_query(text), row, atol=onnx_check.MAX_ABS_DIFF
        )


def test_export_check_is_recorded(onnx_embedder):
    meta = onnx_embedder._backend.meta
    assert meta["passed"] is True
    assert meta["sentences"] >= 50
    assert meta["max_abs_diff"] <= onnx_check.MAX_ABS_DIFF
    assert meta["min_cosine"] >= onnx_check.MIN_COSINE


def test_default_backend_is_onnx_and_env_chooses(monkeypatch, onnx_embedder):
    monkeypatch.delenv("KG_BACKEND", raising=False)
    assert Embedder().backend == "onnx"
    monkeypatch.setenv("KG_BACKEND", "torch")
    assert Embedder().backend == "torch"
    monkeypatch.setenv("KG_BACKEND", "no-such-backend")
    with pytest.raises(ValueError, match="no-such-backend"):
        Embedder()


def test_batches_match_single_texts_and_threads(onnx_embedder):
    texts = [f"Request {i} asks about topic {i % 7} in city number {i * 13}." for i in range(150)]
    batched = onnx_embedder.encode(texts)  # several chunks, encoded by worker threads
    single = np.stack([onnx_embedder.encode([t])[0] for t in texts[:20]])
    np.testing.assert_allclose(batched[:20], single, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)

    got = [None] * 16

    def run(i):
        got[i] = onnx_embedder.encode([texts[i]])[0]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    np.testing.assert_allclose(np.stack(got), batched[:16], atol=1e-5)


def test_one_text_runs_on_the_query_session_when_free():
    onnx_embedder = Embedder(backend="onnx", fast_queries=True)
    if onnx_embedder.backend != "onnx":
        pytest.skip("the ONNX backend is unavailable here")
    assert Embedder(backend="onnx")._backend.session._query_threads == 1  # builds: off
    session = onnx_embedder._backend.session
    if session._query_threads < 2:
        assert session._query is None
        pytest.skip("one usable core: queries stay on the one-thread session")
    # Built with the model, so a server's first query does not wait for it.
    assert session._query is not None
    text = "Which town did the river flood in the spring?"
    runs = []
    run = session._query.run
    session._query.run = lambda *args, **kwargs: runs.append(1) or run(*args, **kwargs)
    try:
        fast = onnx_embedder.encode([text])[0]
    finally:
        del session._query.run
    assert runs == [1]  # one text was encoded on the query session
    assert not session._query_busy.locked()  # and the session was handed back
    session._query_busy.acquire()  # busy (another query): the one-thread session answers
    try:
        slow = onnx_embedder.encode([text])[0]
    finally:
        session._query_busy.release()
    np.testing.assert_allclose(fast, slow, atol=1e-6)
    # A batch never takes the query session, so concurrent batches cannot hold it.
    session._query_busy.acquire()
    try:
        onnx_embedder.encode([text, text + " Again."])
    finally:
        session._query_busy.release()


def test_a_query_session_that_fails_to_build_leaves_queries_on_one_thread(monkeypatch, caplog):
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one usable core: no query session is built")
    built = onnx_backend._session

    def no_spinning_session(model_file, *, threads, spin):
        if spin:
            raise RuntimeError("no threads for you")
        return built(model_file, threads=threads, spin=spin)

    monkeypatch.setattr(onnx_backend, "_session", no_spinning_session)
    with caplog.at_level(logging.WARNING, logger="index.onnx_backend"):
        onnx_embedder = Embedder(backend="onnx", fast_queries=True)
    if onnx_embedder.backend != "onnx":
        pytest.skip("the ONNX backend is unavailable here")
    session = onnx_embedder._backend.session
    assert session._query is None and session._query_threads == 1
    assert "no threads for you" in caplog.text
    assert onnx_embedder.encode(["still answers"]).shape == (1, 384)
    assert not session._query_busy.locked()


def test_lone_surrogates_and_control_characters(onnx_embedder):
    vectors = onnx_embedder.encode(["broken \ud800 surrogate", "\x00\x01\x1f", "\U0010ffff\ufffe"])
    assert vectors.shape == (3, 384) and np.isfinite(vectors).all()


def _failed_export(monkeypatch, tmp_path, meta: dict):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    folder = onnx_cache.export_folder(Path(default_model_path()).resolve())
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_rejected_export_falls_back_to_torch(monkeypatch, tmp_path, caplog):
    _failed_export(monkeypatch, tmp_path, {"passed": False, "max_abs_diff": 0.2, "min_cosine": 0.9})
    with caplog.at_level(logging.WARNING, logger="index.backends"):
        embedder = Embedder(backend="onnx")
    assert embedder.backend == "torch"
    assert "differ from PyTorch" in caplog.text
    assert embedder.encode(["still works"]).shape == (1, 384)


def test_missing_export_package_falls_back_without_caching(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))

    def missing():
        raise onnx_check.ExportError("cannot export to ONNX: the `onnx` package is missing")

    monkeypatch.setattr(onnx_cache, "require_packages", missing)
    assert Embedder(backend="auto").backend == "torch"
    assert not any(tmp_path.rglob("meta.json"))  # installing the package later fixes it


def test_damaged_export_file_falls_back(monkeypatch, tmp_path, onnx_embedder):
    _failed_export(monkeypatch, tmp_path, onnx_embedder._backend.meta)
    folder = onnx_cache.export_folder(Path(default_model_path()).resolve())
    (folder / "model.onnx").write_bytes(b"not an onnx model")
    assert Embedder(backend="auto").backend == "torch"


@pytest.mark.slow
def test_fresh_export_in_empty_cache(monkeypatch, tmp_path):
    """The whole export (about 20 s on two busy cores): PyTorch → ONNX → fused → checked."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    embedder = Embedder(backend="onnx")
    assert embedder.backend == "onnx"
    [folder] = list((tmp_path / "onnx").iterdir())
    assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "model.onnx"]
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["passed"] and meta["max_abs_diff"] <= onnx_check.MAX_ABS_DIFF
