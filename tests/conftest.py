"""Shared fixtures: the real model, loaded once, and stores built once per test session."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def small_store(tmp_path_factory, embedder) -> Path:
    """A store built from the two small documents in tests/data/corpus."""
    from web.build import build_store

    store = tmp_path_factory.mktemp("small") / "store"
    build_store([CORPUS], store, embedder=embedder)
    return store


@pytest.fixture(scope="session")
def engine(small_store, embedder):
    """An engine over the small corpus."""
    from web.engine import Engine

    return Engine.load(small_store, embedder=embedder)


@pytest.fixture(scope="session")
def article_store(tmp_path_factory, embedder) -> Path:
    """A store built from the bundled article."""
    from web.build import build_store

    store = tmp_path_factory.mktemp("article") / "store"
    build_store([ARTICLE], store, embedder=embedder)
    return store


@pytest.fixture(scope="session")
def article_engine(article_store, embedder):
    """An engine over the bundled article."""
    from web.engine import Engine

    return Engine.load(article_store, embedder=embedder)
