"""index.threads: one count of usable cores, with one fallback."""

from __future__ import annotations

import os

import pytest

from index import threads


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity on this platform")
def test_usable_cores_are_the_affinity_set(monkeypatch):
    assert threads.usable_cores() == len(os.sched_getaffinity(0))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert threads.usable_cores() == 1  # pinned to one core: the machine's count does not matter


@pytest.mark.parametrize(("count", "expected"), [(3, 3), (None, 1)])
def test_without_affinity_the_cpu_count_else_one(monkeypatch, count, expected):
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: count)
    assert threads.usable_cores() == expected


def test_the_default_embedder_batches_on_every_usable_core(embedder):
    assert embedder._backend.threads == threads.usable_cores()
