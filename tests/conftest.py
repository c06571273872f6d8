"""Shared fixtures: the real model, loaded once, and stores built once per test session."""

from __future__ import annotations

import json
import os
import shutil
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


def store_without(store: Path, part: str, copy: Path) -> Path:
    """Copies ``store`` to ``copy`` without ``part``, as a store built before the part existed.

    Args:
        store: the store to copy.
        part: the part's folder name; its files are also left out of the manifest.
        copy: where the copy goes (must not exist).

    Raises:
        FileNotFoundError: ``store`` has no such part.

    Returns:
        ``copy``.
    """
    shutil.copytree(store, copy)
    shutil.rmtree(copy / part)  # the store must have had it
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["parts"] = {k: v for k, v in manifest["parts"].items() if not k.startswith(part + "/")}
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return copy


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


# Tests that talk HTTP serve the app with waitress: ``with serving(app) as url: ...``.
from web.serving import serving  # noqa: F401  (imported after HF_HUB_OFFLINE is set)
