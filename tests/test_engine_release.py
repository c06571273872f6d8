"""A dropped engine is freed, and with it the memory-mapped files of its store.

Engine.load freezes what it loaded (web.graphstore.bulk_load), and a reference cycle in the
permanent generation is never collected: an engine in one stayed alive with some forty
descriptors open, so a process loading store after store ran out of them.
"""

from __future__ import annotations

import gc
import os
import sys
import weakref
from pathlib import Path

import pytest

from web import create_app
from web.engine import Engine

PROC_FDS = Path("/proc/self/fd")


def _open_fds() -> int | None:
    """How many descriptors this process has open (None where /proc does not list them)."""
    if not sys.platform.startswith("linux") or not PROC_FDS.is_dir():
        return None
    return len(os.listdir(PROC_FDS))


def _used(engine: Engine) -> None:
    """Searches, reads the graph and serves a request: every lazily made part exists."""
    engine.search("where was the lamp made", k=3)
    engine.graph  # noqa: B018  (read on first use)
    with create_app({"ENGINE": engine}).test_client() as client:
        assert client.get("/api/search", query_string={"q": "lamp"}).status_code == 200


def test_a_dropped_engine_is_freed_and_its_files_closed(small_store, embedder):
    gc.collect()
    start = _open_fds()
    engine = Engine.load(small_store, embedder=embedder)
    _used(engine)
    if start is not None:
        assert _open_fds() > start  # its store's arrays are memory-mapped from open files
    alive, graph = weakref.ref(engine), weakref.ref(engine.graph)
    del engine
    gc.collect()
    assert alive() is None
    assert graph() is None  # frozen with the engine, handed back to the collector when it went
    if start is not None:
        assert _open_fds() == start


def test_an_engine_is_freed_without_the_cycle_collector(small_store, embedder):
    engine = Engine.load(small_store, embedder=embedder)
    engine.search("where was the lamp made", k=3)
    alive = weakref.ref(engine)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del engine
        assert alive() is None  # no reference cycle holds it: freed as its last reference goes
    finally:
        if enabled:
            gc.enable()


@pytest.mark.skipif(_open_fds() is None, reason="counts descriptors in /proc/self/fd")
def test_reloading_a_store_does_not_accumulate_descriptors(small_store, embedder):
    gc.collect()
    start = _open_fds()
    engines, per_load = [], []
    enabled = gc.isenabled()
    gc.disable()  # no collection in between: each dropped engine waits in a garbage cycle
    try:
        for _ in range(4):
            # What the next load freezes must not include the engine dropped before it.
            engine = Engine.load(small_store, embedder=embedder)
            _used(engine)
            engines.append(weakref.ref(engine))
            per_load.append(_open_fds() - start)
            owner = {"engine": engine}  # whatever holds it in a service, in a cycle of its own
            owner["self"] = owner
            del engine, owner
    finally:
        if enabled:
            gc.enable()
    assert per_load[0] > 0
    assert per_load == per_load[:1] * 4  # one store's descriptors at a time, not one per load
    gc.collect()
    assert [ref() for ref in engines] == [None] * 4
    assert _open_fds() == start


def test_a_ranker_kept_after_its_engine_is_dropped_still_ranks(small_store, embedder):
    kept = Engine.load(small_store, embedder=embedder)
    ranker = Engine.load(small_store, embedder=embedder).ranker  # its engine is freed here
    gc.collect()
    # A counting question reads the candidates' texts (web.counted), through the ranker alone.
    query = "How many restorations would the money pay for?"
    assert ranker._text(0) == kept.ranker._text(0) != ""
    got = [(h.claim, h.score) for h in ranker.rank(query, k=5, mode="graph")]
    assert got == [(h.claim, h.score) for h in kept.ranker.rank(query, k=5, mode="graph")]
