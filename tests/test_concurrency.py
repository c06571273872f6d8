"""Many clients at once get correct, independent answers.

A bounded load test (requests and time both capped) against the production server, waitress,
on 127.0.0.1: every answer must equal the answer a lone client got for the same request, with
zero errors, while other clients send hostile requests at the same time.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
import waitress

from web import create_app

CLIENTS = 10
ROUNDS = 2  # each client sends every request of its share this many times
TIME_CAP = 90.0  # seconds for the whole load test
QUERIES = [
    "harbour ferry", "apple orchard", "who repaired the pier", "winter storm damage", "cider press",
    "fishing boats in the harbour", "the orchard owner", "market day", "old stone wall", "rain",
    "tides and currents", "planting new trees", "the lighthouse keeper", "bridge over the river",
]


@pytest.fixture(scope="module")
def server(engine):
    """The app under waitress on an ephemeral loopback port, for this module."""
    app = create_app({"TESTING": True, "ENGINE": engine})
    wsgi = waitress.create_server(app, host="127.0.0.1", port=0, threads=8, ident="kg-test")
    thread = threading.Thread(target=wsgi.run, daemon=True)
    thread.start()
    yield wsgi.effective_port
    wsgi.close()
    thread.join(timeout=10)


class Client:
    """One keep-alive HTTP connection to the test server."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def send(self, method: str, path: str, body: dict | bytes | None = None) -> tuple[int, bytes]:
        headers = {}
        if body is not None:
            body = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.conn.close()


def _requests(engine) -> list[tuple[str, str, dict | None]]:
    node = engine.claims[0]
    search = [("GET", "/api/search?" + urllib.parse.urlencode({"q": q, "k": 5}), None) for q in QUERIES]
    posts = [("POST", "/api/search", {"q": q, "k": 3, "mode": "dense"}) for q in QUERIES[:5]]
    return search + posts + [
        ("GET", f"/api/nodes/{urllib.parse.quote(node, safe='')}", None),
        ("POST", "/api/embed", {"texts": QUERIES[:4]}),
        ("POST", "/v1/embeddings", {"input": QUERIES[4:6]}),
        ("GET", "/healthz", None),
    ]


HOSTILE = [
    ("GET", "/api/search?q=" + "a" * 20_000, None),
    ("GET", "/api/search?q=%00%01&k=-1", None),
    ("POST", "/api/search", b"[" * 50_000 + b"]" * 50_000),
    ("POST", "/api/search", {"q": "\ud800" + "x " * 990}),  # the longest query allowed, nonsense
    ("POST", "/api/embed", {"texts": ["word " * 300] * 2}),  # texts of the model's full length
    ("GET", "/api/nodes/..%2F..%2Fetc%2Fpasswd", None),
]


def test_concurrent_clients_get_the_single_client_answers(server, engine):
    requests = _requests(engine)
    alone = Client(server)
    expected = [alone.send(*r) for r in requests]
    alone.close()
    assert all(status == 200 for status, _ in expected), [s for s, _ in expected]

    deadline = time.monotonic() + TIME_CAP
    failures: list[str] = []
    hostile_statuses: list[int] = []
    sent = [0]
    lock = threading.Lock()

    def work(client_no: int) -> None:
        client = Client(server)
        try:
            order = list(range(len(requests)))
            order = order[client_no % len(order) :] + order[: client_no % len(order)]  # different orders
            for _ in range(ROUNDS):
                for i in order:
                    if time.monotonic() > deadline:
                        return
                    if client_no % 4 == 3:  # every fourth client also sends hostile requests
                        status, _ = client.send(*HOSTILE[(i + client_no) % len(HOSTILE)])
                        with lock:
                            hostile_statuses.append(status)
                    got = client.send(*requests[i])
                    with lock:
                        sent[0] += 1
                        if got != expected[i]:
                            failures.append(f"{requests[i][1][:60]}: {got[0]} {got[1][:120]!r}")
        finally:
            client.close()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        list(pool.map(work, range(CLIENTS)))

    assert failures == []
    assert sent[0] == CLIENTS * ROUNDS * len(requests), "the time cap cut the load test short"
    # Hostile requests are refused (4xx) or, when merely heavy, answered; never a 5xx.
    assert hostile_statuses and max(hostile_statuses) < 500, sorted(set(hostile_statuses))
    assert {400, 404, 413} <= set(hostile_statuses)


def test_engine_shared_by_threads_answers_independently(engine):
    """The engine itself, called from many threads at once: no shared per-request state."""
    want = {q: engine.search(q, k=5) for q in QUERIES}
    modes = {q: engine.search(q, k=5, mode="sparse") for q in QUERIES}

    def run(i: int) -> bool:
        q = QUERIES[i % len(QUERIES)]
        if i % 3 == 0:
            return engine.search(q, k=5, mode="sparse") == modes[q]
        return engine.search(q, k=5) == want[q]

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(run, range(16 * len(QUERIES))))
    assert all(results)
