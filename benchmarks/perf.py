"""Speed and scale benchmark: the bare model beside this service, in one run on this machine.

Usage::

    python benchmarks/perf.py                        # article + 300, 1k and 10k claims (a few minutes)
    python benchmarks/perf.py --scale 300,1000,10000,100000   # adds the 100k step (much longer)
    python benchmarks/perf.py --scale "" --json out.json  # no scale curve; figures as JSON too
    kg bench --scale 1000,10000                      # the same, through the CLI

    # The 100k store takes long to build: build it once, then query it again in later runs.
    python benchmarks/perf.py --scale-only --scale 100000 --workdir /tmp/kgperf
    python benchmarks/perf.py --scale 300,1000,10000,100000 --workdir /tmp/kgperf --reuse

What it measures, each figure with the load average at the time (the machine is shared):

* bare model — sentence-transformers on PyTorch, in a fresh process: import + load, encoding the
  same texts ``kg build`` embeds, and the p50/p99 of encoding one short query (distinct queries,
  PyTorch's default threads and one thread);
* this service — ``kg build`` of the bundled article (a subprocess, wall time and peak memory);
  search p50/p99 in-process (``Engine.search``) and over HTTP against ``kg serve`` (waitress,
  started here on 127.0.0.1); requests per second with 8 concurrent keep-alive clients; the
  server's peak memory;
* a scale curve over generated corpora (sentences of the bundled and ``benchmarks/data``
  articles recombined, with their numbers and names varied so that every claim is distinct):
  build throughput, store load time, search p50, and recall@10 of the approximate index against
  exact search. Search p50 at each size is also given relative to the smallest store of a few
  hundred claims (the 300 step), the reference of the "at most 1.5× at 100k" target.

Every query is distinct, so the embedder's query cache never answers. Every request loop is
bounded by a count and a time limit, and talks to loopback only.

The processes it measures (``kg`` commands, ``kg serve``, the bare model) are run by
``benchmarks/perf_processes.py``; the generated corpora and the queries are
``benchmarks/perf_corpus.py``'s, the HTTP figures ``benchmarks/perf_http.py``'s and the table
``benchmarks/perf_report.py``'s.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its helpers, also under runpy (kg bench)

from perf_corpus import ARTICLES, article_sentences, embedded_texts, generate_corpus, make_queries
from perf_http import measure_http
from perf_processes import PYTHON, REPO, BareModel, kg, load, percentile, run_timed
from perf_report import report

# --- measurements -------------------------------------------------------------------------


def measure_engine(store: Path, queries: list[str], *, seconds: float, recall: bool) -> dict:
    """Store load, in-process search p50/p99 and (for HNSW) recall@10 against exact search."""
    import numpy as np

    from index import Embedder
    from web.engine import Engine

    embedder = Embedder()
    before = load()
    started = time.perf_counter()
    engine = Engine.load(store, embedder=embedder)
    load_s = time.perf_counter() - started
    engine.search(queries[0], k=10)  # first-call set-up is not steady state
    times = []
    deadline = time.perf_counter() + seconds
    for q in queries[1:]:
        if time.perf_counter() > deadline:
            break
        t = time.perf_counter()
        engine.search(q, k=10)
        times.append(time.perf_counter() - t)
    out = {
        "backend": embedder.backend,
        "claims": len(engine.claims),
        "index": engine.manifest.get("index"),
        "load_s": load_s,
        "search_p50_ms": percentile(times, 50),
        "search_p99_ms": percentile(times, 99),
        "searches": len(times),
        "load_avg": [before, load()],
    }
    if recall:
        import faiss

        from index.vectors import VectorIndex, recall_at

        vectors = np.load(store / "vectors.npy", mmap_mode="r")
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(np.ascontiguousarray(vectors))
        probe = embedder.encode(queries[:200])
        _, truth = exact.search(probe, 10)
        _, found = VectorIndex.load(store).search(probe, 10)
        out["recall_at_10"] = recall_at(found, truth)
    return out


def measure_build(inputs: list[Path], store: Path) -> dict:
    """``kg build`` as a user runs it: a fresh process, wall time and peak memory."""
    before = load()
    result = kg("build", *map(str, inputs), "--store", str(store))
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    return {
        "seconds": result["seconds"],
        "peak_mib": result["peak_mib"],
        "claims": manifest["claims"],
        "index": manifest.get("index"),
        "load_avg": [before, load()],
    }


def measure_scale(sizes: list[int], workdir: Path, *, seconds: float, reuse: bool = False) -> list[dict]:
    """Build and query generated corpora of each size, each in fresh processes.

    With ``reuse``, a store this benchmark built before in ``workdir`` (and its build figures,
    kept beside it) is queried again instead of being rebuilt: the 100k build takes long.
    """
    rows = []
    for size in sizes:
        corpus = workdir / f"corpus-{size}"
        store = workdir / f"store-{size}"
        figures_file = workdir / f"build-{size}.json"
        if reuse and figures_file.is_file() and (store / "manifest.json").is_file():
            build = json.loads(figures_file.read_text(encoding="utf-8"))
            generated = build["generated"]
        else:
            generated = generate_corpus(corpus, size)
            build = {**measure_build([corpus], store), "generated": generated}
            figures_file.write_text(json.dumps(build), encoding="utf-8")
        queries = make_queries(embedded_texts(store), 400, seed=size + 1)  # not the build's calibration sample
        probe = _probe(store, queries, seconds=seconds, recall=True)
        rows.append(
            {
                "size": generated,
                "claims": build["claims"],
                "index": build["index"],
                "build_s": build["seconds"],
                "build_claims_per_s": build["claims"] / build["seconds"],
                "build_peak_mib": build["peak_mib"],
                "store_mib": sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20,
                **{k: probe[k] for k in ("load_s", "search_p50_ms", "search_p99_ms", "recall_at_10")},
                "load_avg": [build["load_avg"][0], probe["load_avg"][1]],
            }
        )
        print(f"  scale {size}: {json.dumps(rows[-1])}", file=sys.stderr, flush=True)
    _interleave(rows, workdir, seconds=seconds)
    return rows


def _interleave(rows: list[dict], workdir: Path, *, seconds: float) -> None:
    """Times each larger store against the smallest one (a few hundred claims) in one process,
    query by query in turn, so both meet the same machine load: on a shared machine the
    separate probes' p50s drift by 30 % from one minute to the next. Adds ``pair_p50_ms``,
    ``pair_ref_p50_ms`` and ``pair_ratio`` to the rows of the larger stores."""
    small = [r for r in rows if r["claims"] < 1000]
    if not small:
        return
    ref = min(small, key=lambda r: r["claims"])
    ref_store = workdir / f"store-{ref['size']}"
    ref_queries = make_queries(embedded_texts(ref_store), 400, seed=ref["size"] + 1)
    for row in rows:
        if row is ref:
            continue
        store = workdir / f"store-{row['size']}"
        queries = make_queries(embedded_texts(store), 400, seed=row["size"] + 1)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump([ref_queries, queries], f)
        try:
            args = [PYTHON, __file__, "--pair", str(ref_store), str(store), "--queries-file", f.name,
                    "--seconds", str(seconds)]
            result = run_timed(args, timeout=1800)
        finally:
            os.unlink(f.name)
        if result["status"] != 0:
            raise SystemExit(f"paired probe of {store} failed: {result['stderr'][-2000:]}")
        pair = json.loads(result["stdout"].strip().splitlines()[-1])
        row.update(pair_p50_ms=pair["p50_ms"][1], pair_ref_p50_ms=pair["p50_ms"][0],
                   pair_ratio=pair["p50_ms"][1] / pair["p50_ms"][0], pair_load_avg=pair["load_avg"])
        print(f"  paired {row['size']} / {ref['size']}: {json.dumps(pair)}", file=sys.stderr, flush=True)


def measure_pair(stores: list[Path], queries: list[list[str]], *, seconds: float) -> dict:
    """Search p50 of two stores loaded side by side, their queries taken in turn."""
    from index import Embedder
    from web.engine import Engine

    embedder = Embedder()
    engines = [Engine.load(store, embedder=embedder) for store in stores]
    for engine, qs in zip(engines, queries):
        engine.search(qs[0], k=10)
    times: list[list[float]] = [[], []]
    before = load()
    deadline = time.perf_counter() + seconds
    for i in range(1, min(len(q) for q in queries)):
        if time.perf_counter() > deadline:
            break
        for j in (0, 1) if i % 2 else (1, 0):  # neither always goes first
            t = time.perf_counter()
            engines[j].search(queries[j][i], k=10)
            times[j].append(time.perf_counter() - t)
    return {"p50_ms": [percentile(t, 50) for t in times], "n": len(times[0]), "load_avg": [before, load()]}


def _probe(store: Path, queries: list[str], *, seconds: float, recall: bool) -> dict:
    """:func:`measure_engine` in a fresh process, so each store loads cold into its own memory."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(queries, f)
    try:
        args = [PYTHON, __file__, "--probe", str(store), "--queries-file", f.name, "--seconds", str(seconds)]
        result = run_timed(args + (["--recall"] if recall else []), timeout=1800)
    finally:
        os.unlink(f.name)
    if result["status"] != 0:
        raise SystemExit(f"probe of {store} failed: {result['stderr'][-2000:]}")
    return json.loads(result["stdout"].strip().splitlines()[-1])


def _parse(argv: list[str] | None, prog: str | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="300,1000,10000",
                        help="claims per generated corpus, comma-separated ('' for none; default %(default)s)")
    parser.add_argument("--queries", type=int, default=600, help="distinct queries (default %(default)s)")
    parser.add_argument("--requests", type=int, default=1000,
                        help="requests for the concurrent run (default %(default)s)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default %(default)s)")
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="time cap of each request loop (default %(default)s)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep stores and corpora here")
    parser.add_argument("--scale-only", action="store_true",
                        help="only the scale curve (e.g. to build the 100k store ahead, with --workdir)")
    parser.add_argument("--reuse", action="store_true",
                        help="query scale stores already built in --workdir instead of rebuilding them")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pair", type=Path, nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--queries-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--recall", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None, *, prog: str | None = None) -> int:
    """Runs the benchmark and prints the table; returns the exit status (``prog``: the usage's name)."""
    args = _parse(argv, prog)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(REPO))
    if args.pair:  # the child process of _interleave
        queries = json.loads(args.queries_file.read_text(encoding="utf-8"))
        print(json.dumps(measure_pair(args.pair, queries, seconds=args.seconds)))
        return 0
    if args.probe:  # the child process of _probe
        queries = json.loads(args.queries_file.read_text(encoding="utf-8"))
        print(json.dumps(measure_engine(args.probe, queries, seconds=args.seconds, recall=args.recall)))
        return 0
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    if args.scale_only:
        workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-perf-"))
        for row in measure_scale(sizes, workdir, seconds=args.seconds, reuse=args.reuse):
            print(json.dumps(row))
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-perf-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        store = workdir / "article-store"
        print(f"load average at start: {load()}", file=sys.stderr, flush=True)
        figures: dict = {"started_load_avg": load()}
        figures["build"] = measure_build([ARTICLES[0]], store)
        print(f"  build: {figures['build']}", file=sys.stderr, flush=True)
        queries = make_queries(article_sentences(), args.queries + args.requests)
        figures["engine"] = _probe(store, queries[: args.queries // 3], seconds=args.seconds, recall=False)
        bare = BareModel(embedded_texts(store))
        try:
            figures["http"] = measure_http(
                store, queries, bare, seconds=args.seconds, clients=args.clients, requests=args.requests
            )
        finally:
            figures["bare"] = bare.close()
        print(f"  bare: {figures['bare']}", file=sys.stderr, flush=True)
        figures["scale"] = measure_scale(sizes, workdir, seconds=args.seconds, reuse=args.reuse)
    figures["ended_load_avg"] = load()
    text = report(figures)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({**figures, "table": text}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
