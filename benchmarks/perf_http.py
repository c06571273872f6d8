"""Search over HTTP against ``kg serve``, for ``benchmarks/perf.py`` (:func:`measure_http`):
single-client latency, interleaved query by query with the bare model's query encoding so that
both meet the same machine load, then the throughput and latency of several concurrent
keep-alive clients.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from perf_processes import BareModel, Server, load, percentile, search_path


def measure_http(
    store: Path, queries: list[str], bare: BareModel, *, seconds: float, clients: int, requests: int
) -> dict:
    """Single-client search latency, interleaved with the bare model's query encoding, then
    multi-client throughput, against ``kg serve``."""
    with Server(store) as server:
        conn = server.connect()
        for q in queries[:5]:  # warm-up: first requests import lazily-loaded code
            server.get(search_path(q + " warm"), conn)
        single = queries[: len(queries) // 3]
        times, errors = [], 0
        before = load()
        deadline = time.perf_counter() + seconds
        for q in single:
            if time.perf_counter() > deadline:
                break
            bare.time_query(q)
            t = time.perf_counter()
            status, _ = server.get(search_path(q), conn)
            times.append(time.perf_counter() - t)
            errors += status != 200
        conn.close()
        http_figures = {
            "p50_ms": percentile(times, 50),
            "p99_ms": percentile(times, 99),
            "n": len(times),
            "errors": errors,
            "load_avg": [before, load()],
        }
        http_figures["concurrent"] = _concurrent(
            server, queries[len(single) :], clients=clients, requests=requests, seconds=seconds
        )
        http_figures["server_peak_mib"] = server.peak_mib()
    return http_figures


def _concurrent(server: Server, queries: list[str], *, clients: int, requests: int, seconds: float) -> dict:
    lock = threading.Lock()
    state = {"next": 0, "errors": 0, "done": 0}
    latencies: list[float] = []
    stop = time.perf_counter() + seconds

    def client() -> None:
        conn = server.connect()
        try:
            while time.perf_counter() < stop:
                with lock:
                    i = state["next"]
                    if i >= min(requests, len(queries)):
                        return
                    state["next"] += 1
                t = time.perf_counter()
                try:
                    status, _ = server.get(search_path(queries[i]), conn)
                except OSError:
                    status = 0
                    conn.close()
                    conn = server.connect()
                with lock:
                    latencies.append(time.perf_counter() - t)
                    state["done"] += 1
                    state["errors"] += status != 200
        finally:
            conn.close()

    before = load()
    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": state["done"],
        "errors": state["errors"],
        "rps": state["done"] / elapsed if elapsed else 0.0,
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "load_avg": [before, load()],
    }
