"""No half-written store, ever; a damaged one is refused in one line (CLI) or with 503 (web).

The kill tests run ``kg build`` in a subprocess over a previous store and SIGKILL it while it
embeds, while it writes the new store, and between the two renames of the swap; the previous
store must still open, verify and give the same answers, and the next build must succeed and
leave nothing behind.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from index import open_store
from web import create_app
from web.cli import main
from web.engine import Engine

from conftest import CORPUS, REPO

QUERIES = ("harbour ferry timetable", "apple orchard harvest", "who repaired the pier")


def _answers(store: Path, embedder) -> list[list[tuple[str, float]]]:
    engine = Engine.load(store, embedder=embedder)
    return [[(r["id"], r["score"]) for r in engine.search(q, k=5)["results"]] for q in QUERIES]


def _siblings(store: Path) -> list[str]:
    return sorted(p.name for p in store.parent.iterdir() if p.name.startswith(f".{store.name}."))


@pytest.fixture(scope="module")
def good_store(small_store) -> Path:
    """A whole store; tests only ever copy it, so the session's small store serves."""
    return small_store


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """About 400 distinct sentences: a build that embeds for a few seconds."""
    rng = random.Random(3)
    places = ["Harbour", "Orchard", "Mill", "Quarry", "Ferry", "Bridge", "Market", "Chapel"]
    verbs = ["repaired", "inspected", "painted", "measured", "sold", "rebuilt", "opened", "closed"]
    things = ["the pier", "the north wall", "the cider press", "the ferry ramp", "twelve boats", "the roof"]
    folder = tmp_path_factory.mktemp("big")
    for d in range(8):
        lines = [f"# Log {d}", ""]
        for i in range(50):
            lines.append(
                f"On day {d * 50 + i}, the {rng.choice(places)} crew {rng.choice(verbs)} "
                f"{rng.choice(things)} for {rng.randint(2, 9000)} shillings."
            )
        (folder / f"log{d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path, good_store) -> Path:
    """A private copy of the good store, free to damage."""
    copy = tmp_path / "store"
    shutil.copytree(good_store, copy)
    return copy


# --- damaged stores --------------------------------------------------------------------------


def _truncate(store: Path, name: str) -> None:
    path = store / name
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _flip(store: Path, name: str) -> None:
    path = store / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _edit_manifest(store: Path, **fields) -> None:
    path = store / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest.update(fields)
    path.write_text(json.dumps(manifest))


DAMAGE = {
    "truncated vectors": (lambda s: _truncate(s, "vectors.npy"), "vectors.npy"),
    "flipped graph byte": (lambda s: _flip(s, "graph.pickle"), "graph.pickle"),
    "altered faiss index": (lambda s: _flip(s, "faiss.index"), "faiss.index"),
    "missing lexical part": (
        lambda s: next((s / "lexical").glob("*.json")).unlink(),
        "lexical",
    ),
    "manifest not json": (lambda s: (s / "manifest.json").write_text("{not json"), "manifest.json"),
    "future format": (lambda s: _edit_manifest(s, format_version=999), "manifest.json"),
    "other model": (lambda s: _edit_manifest(s, model="some-other-model"), "manifest.json"),
    "empty folder": (
        lambda s: [shutil.rmtree(p) if p.is_dir() else p.unlink() for p in list(s.iterdir())],
        "manifest.json",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_cli_refuses_a_bad_store_in_one_line(kind, store, capsys):
    damage, named = DAMAGE[kind]
    damage(store)
    commands = [["search", "harbour"], ["export", "--format", "json"]]
    if kind == "other model":  # the graph export does not need the model
        commands = commands[:1]
    for command in commands:
        status = main(["--quiet", command[0], *command[1:], "--store", str(store)])
        err = capsys.readouterr().err.strip()
        assert status != 0
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err
        assert named in err, err


@pytest.mark.parametrize("kind", ["truncated vectors", "flipped graph byte", "future format", "empty folder"])
def test_web_app_answers_503_for_a_bad_store(kind, store):
    damage, named = DAMAGE[kind]
    damage(store)
    app = create_app({"TESTING": True, "STORE": str(store), "STORE_RETRY_SECONDS": 3600})
    client = app.test_client()
    for response in (
        client.get("/healthz"),
        client.get("/api/search?q=harbour"),
        client.post("/api/search", json={"q": "harbour"}),
        client.get("/api/nodes/anything"),
        client.post("/api/embed", json={"texts": ["a"]}),
        client.post("/v1/embeddings", json={"input": "a"}),
    ):
        assert response.status_code == 503, response.request.path
        error = response.get_json()["error"]
        assert error["status"] == 503 and named in error["message"]
    page = client.get("/search?q=harbour")
    assert page.status_code == 503 and page.mimetype == "text/html"


def test_web_app_serves_once_the_store_is_repaired(store, good_store, embedder):
    _flip(store, "graph.pickle")
    app = create_app({"TESTING": True, "STORE": str(store), "STORE_RETRY_SECONDS": 0})
    client = app.test_client()
    assert client.get("/healthz").status_code == 503
    shutil.rmtree(store)
    shutil.copytree(good_store, store)
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
    assert client.get("/api/search?q=harbour").status_code == 200


def test_require_store_raises_at_startup(store):
    from kg.errors import StoreError

    _truncate(store, "vectors.npy")
    with pytest.raises(StoreError, match="vectors.npy"):
        create_app({"TESTING": True, "STORE": str(store), "REQUIRE_STORE": True})


# --- killed builds ---------------------------------------------------------------------------


def _env() -> dict:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}


def _start_build(corpus: Path, store: Path) -> tuple[subprocess.Popen, threading.Event]:
    """``kg -v build`` in a subprocess; the event is set once it starts embedding."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", "-v", "build", str(corpus), "--store", str(store)],
        cwd=REPO, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    embedding = threading.Event()

    def watch():
        for line in proc.stderr:
            if "loaded embedding model" in line:
                embedding.set()

    threading.Thread(target=watch, daemon=True).start()
    return proc, embedding


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def _kill_while_writing(proc: subprocess.Popen, store: Path, *, timeout: float = 120) -> bool:
    """Kills the build as soon as its temporary store folder appears; False if it never did."""
    prefix = f".{store.name}.tmp-"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if any(entry.name.startswith(prefix) for entry in os.scandir(store.parent)):
            _kill(proc)
            return True
        time.sleep(0.0005)
    return False


def test_killed_build_leaves_the_previous_store_serving(store, big_corpus, embedder):
    before = _answers(store, embedder)
    claims = open_store(store)["claims"]

    # 1. Killed while embedding.
    proc, embedding = _start_build(big_corpus, store)
    assert embedding.wait(timeout=120), "the build never started embedding"
    time.sleep(0.3)
    assert proc.poll() is None, "the build finished before it could be killed"
    _kill(proc)
    assert open_store(store)["claims"] == claims  # verify=True: every checksum
    assert _answers(store, embedder) == before

    # 2. Killed while writing the new store (its temporary folder exists).
    proc, _ = _start_build(big_corpus, store)
    assert _kill_while_writing(proc, store), "the build finished before it could be killed"
    assert any(".tmp-" in name for name in _siblings(store))  # the half-written one, aside
    assert open_store(store)["claims"] == claims
    assert _answers(store, embedder) == before

    # 3. The next build completes, replaces the store and cleans up.
    from web.build import build_store

    manifest = build_store([big_corpus], store, embedder=embedder)
    assert open_store(store)["claims"] == manifest["claims"] > claims
    assert _siblings(store) == []


def test_killed_between_the_two_renames(store, big_corpus, embedder, tmp_path):
    """The narrowest window: the old store moved aside, the new one not yet in place."""
    before = _answers(store, embedder)
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        import index.store as st
        def swap(tmp, dest):
            os.rename(dest, dest.parent / f".{{dest.name}}.old-deadbeef")
            os.kill(os.getpid(), signal.SIGKILL)
        st._swap = swap
        from web.build import build_store
        build_store([Path({str(big_corpus)!r})], Path({str(store)!r}))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=_env(), timeout=300, check=False)
    assert proc.returncode == -signal.SIGKILL
    assert not store.exists() and ".store.old-deadbeef" in _siblings(store)
    # A reader (no writer running) puts the previous store back and it serves as before.
    assert _answers(store, embedder) == before
    assert ".store.old-deadbeef" not in _siblings(store)


@pytest.mark.slow
def test_killed_at_many_moments(store, big_corpus, embedder):
    """SIGKILL at spread-out moments of whole builds; the store is always one complete store."""
    from web.build import build_store

    valid = {json.dumps(_answers(store, embedder))}
    started = time.monotonic()
    proc, _ = _start_build(big_corpus, store)
    proc.wait(timeout=600)
    full = time.monotonic() - started
    valid.add(json.dumps(_answers(store, embedder)))  # the store of a complete build
    build_store([CORPUS], store, embedder=embedder)
    for i in range(8):
        proc, _ = _start_build(big_corpus, store)
        time.sleep(full * (i + 0.5) / 8)
        if proc.poll() is None:
            _kill(proc)
        open_store(store)
        assert json.dumps(_answers(store, embedder)) in valid
    build_store([CORPUS], store, embedder=embedder)
    assert _siblings(store) == []
