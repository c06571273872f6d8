"""Shared fixtures: the real model, loaded once, and stores built once per test session."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
CORPUS = TESTS / "data" / "corpus"
ARTICLE = REPO / "data" / "article.txt"
EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def embedder():
    """The packaged all-MiniLM-L6-v2, loaded once for the whole run."""
    from index import Embedder

    return Embedder()


def _built(tmp_path_factory, embedder, name: str, inputs: list[Path]) -> Path:
    from web.build import build_store

    store = tmp_path_factory.mktemp(name) / "store"
    build_store(inputs, store, embedder=embedder)
    return store


def _loaded(store: Path, embedder):
    from web.engine import Engine

    return Engine.load(store, embedder=embedder)


@pytest.fixture(scope="session")
def small_store(tmp_path_factory, embedder) -> Path:
    """A store built from the two small documents in tests/data/corpus."""
    return _built(tmp_path_factory, embedder, "small", [CORPUS])


@pytest.fixture(scope="session")
def engine(small_store, embedder):
    """An engine over the small corpus."""
    return _loaded(small_store, embedder)


@pytest.fixture(scope="session")
def article_store(tmp_path_factory, embedder) -> Path:
    """A store built from the bundled article."""
    return _built(tmp_path_factory, embedder, "article", [ARTICLE])


@pytest.fixture(scope="session")
def article_engine(article_store, embedder):
    """An engine over the bundled article."""
    return _loaded(article_store, embedder)


@contextlib.contextmanager
def serving(app, *, threads: int = 4):
    """Serves ``app`` with waitress (the production server) on a free port of 127.0.0.1.

    Yields:
        The base URL, e.g. ``http://127.0.0.1:41234``.
    """
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=threads)
    stopping = threading.Event()

    def serve():
        try:
            server.run()
        except OSError:  # the loop's select() sees the sockets close under it
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, name="waitress-test", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stopping.set()
        server.close()
        thread.join(timeout=5)
