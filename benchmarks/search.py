"""Measures search quality and latency of every mode, side by side.

Usage::

    python benchmarks/search.py                       # dev + benchmarks/{data,final}/*/
    python benchmarks/search.py --questions Q.json --article A.txt [--questions … --article …]
    python benchmarks/search.py --by-kind             # also one block per question kind
    python benchmarks/search.py --misses graph        # list what the graph mode missed
    python benchmarks/search.py --http                # also the default mode through HTTP

With no ``--questions``, measures the bundled article against ``shared/eval/dev_questions.json``
and each folder in ``benchmarks/data/`` and ``benchmarks/final/`` (``questions.json`` beside one
``article.*``). Since round 3 of issue 4 all of these are development sets; the untouched set
for a final measurement is given explicitly with ``--questions``/``--article``.

Each article's store is built once and cached under ``$TMPDIR/kg-bench-search/``, keyed by the
article's content and the source of the code that builds stores, so a change to the pipeline
rebuilds and a change to ranking does not. Prints, per set, R@1, R@5 and MRR@10 for every mode
(``web.ranking.MODES``) and the default, plus:

- ``p50 ms``: the median time of ``Engine.search`` per mode with the query encodings already
  cached, i.e. everything a search costs beyond its one query encode (ranking, neighbours,
  highlight);
- ``encode``: the median time of one bare query encode, for scale;
- the build time of a freshly built store beside the time of a bare encode of its sentences.

With ``--http`` each engine is also served by waitress on a free local port and the default mode
is scored through ``GET /api/search`` (as ``kg eval --url`` does), in a column ``http``: its
figures should equal the default column's, and its ``p50 ms`` is the whole round trip (query
encodings cached as above).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from web.evaluate import METRICS, evaluate, load_questions, percentile
from web.ranking import DEFAULT_MODE, MODES

DEV_QUESTIONS = ROOT.parent / "shared" / "eval" / "dev_questions.json"
# Development sets beside dev (each final* folder became one once measured as a final set).
HELD_OUT = [ROOT / "benchmarks" / name for name in ("data", "final", "final2", "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final13", "final14", "final15", "final16", "final17", "final18", "final19")]
CACHE = Path(tempfile.gettempdir()) / "kg-bench-search"
# The code whose output a store holds; ranking code is read at query time and is not listed.
HTTP = "http"
"""The table's column of the default mode scored through the served ``GET /api/search``."""
BUILD_SOURCES = ["kg", "index", "web/build.py", "web/passages.py", "web/maxsim.py", "web/bagstore.py", "web/context.py", "web/paragraphs.py",
                 "web/derived.py", "web/tables.py", "web/query.py", "web/descriptions.py", "web/descriptor_phrases.py", "web/cues.py", "web/graphstore.py",
                 "web/rowparts.py", "web/claimrows.py"]


def default_sets() -> list[tuple[str, Path, Path]]:
    """``(name, questions, article)`` for dev and every held-out folder."""
    sets = [("dev", DEV_QUESTIONS, ROOT / "data" / "article.txt")]
    folders = sorted(
        p for root in HELD_OUT if root.is_dir() for p in root.iterdir()
        if (p / "questions.json").is_file()
    )
    for folder in folders:
        articles = sorted(folder.glob("article.*"))
        if articles:
            sets.append((folder.name, folder / "questions.json", articles[0]))
    return sets


def code_digest() -> str:
    """A digest of the source files that decide what a store holds."""
    digest = hashlib.sha256()
    for name in BUILD_SOURCES:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def cached_store(
    article: Path, embedder, *, cache: Path, rebuild: bool
) -> tuple[Path, dict | None]:
    """The store of an article, built unless a cached one matches; with build figures if built."""
    from web.build import build_store

    key = hashlib.sha256(article.read_bytes()).hexdigest()[:12] + "-" + code_digest()
    store = cache / f"{article.parent.name}-{article.stem}-{key}"
    if store.is_dir() and not rebuild:
        return store, None
    manifest = build_store([article], store, embedder=embedder)
    timings = manifest["timings"]
    return store, {
        "build_s": timings["total"],
        "embed_s": timings["embed"],
        "claims": manifest["claims"],
        "views": manifest.get("views", 0),
    }


def bare_encode_seconds(store: Path, embedder) -> float:
    """How long one encode of the store's claim texts takes (the build-time yardstick)."""
    from kg.graph import claim_ids
    from web.engine import read_graph
    from web.passages import passage_texts

    graph = read_graph(store)
    texts = passage_texts(graph, claim_ids(graph))
    started = time.perf_counter()
    embedder.encode(texts)
    return time.perf_counter() - started


def measure(engine, questions: list[dict], modes: list[str | None], k: int) -> dict:
    """Reports per mode (None = the default), timed with the query encodings cached."""
    for mode in modes:  # warm: every text each mode embeds is now in the encoder's cache
        evaluate(engine, questions, mode=mode, k=k)
    return {mode: evaluate(engine, questions, mode=mode, k=k) for mode in modes}


def served(engine):
    """The engine's app under waitress on a free port of 127.0.0.1; yields the base URL."""
    from web import create_app
    from web.serving import serving

    return serving(create_app({"ENGINE": engine}), threads=2)


def measure_http(engine, questions: list[dict], k: int):
    """The default mode's report through the served engine's ``GET /api/search``."""
    from web.evaluate import RemoteSearch

    with served(engine) as url:
        remote = RemoteSearch(url)
        evaluate(remote, questions, k=k)  # warm: connections, encodings
        return evaluate(remote, questions, k=k)


def encode_p50(embedder, questions: list[dict]) -> float:
    """The median time of a bare, uncached encode of one question, in ms."""
    times = []
    for question in questions:
        started = time.perf_counter()
        embedder.encode([question["question"]])
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 50)


def table(results: list[dict], modes: list[str | None], *, by_kind: bool) -> str:
    """The side-by-side table of every set."""
    names = [m or f"default ({DEFAULT_MODE})" for m in modes]
    if HTTP in results[0]["reports"]:
        modes, names = [*modes, HTTP], [*names, HTTP]
    width = max(len(n) for n in names) + 2
    lines = [f"{'set':<30}{'metric':<8}" + "".join(f"{n:>{width}}" for n in names)]
    for result in results:
        reports = result["reports"]
        groups = [("", None)]
        if by_kind:
            groups += [(f"  {g}", g) for g in reports[modes[0]].groups]
        for label, group in groups:
            first = reports[modes[0]]
            n = first.count if group is None else first.groups[group]["n"]
            title = f"{result['name']}{label} ({n})"
            for i, metric in enumerate(METRICS):
                cells = []
                for mode in modes:
                    report = reports[mode]
                    values = report.overall if group is None else report.groups[group]
                    cells.append(f"{values[metric]:>{width}.2f}")
                lines.append(f"{title if i == 0 else '':<30}{metric:<8}" + "".join(cells))
        cells = [f"{percentile(reports[m].latency_ms, 50):>{width}.2f}" for m in modes]
        lines.append(f"{'':<30}{'p50 ms':<8}" + "".join(cells))
        extra = f"{'':<30}encode p50 {result['encode_ms']:.1f} ms (bare, one question)"
        if result.get("build"):
            b = result["build"]
            extra += (
                f"; build {b['build_s']:.1f} s, embedding {b['embed_s']:.1f} s for {b['claims']}"
                f" claims + {b['views']} views: {b['build_s'] / b['bare_s']:.2f}× and"
                f" {b['embed_s'] / b['bare_s']:.2f}× a bare encode of the claims"
                f" ({b['bare_s']:.1f} s)"
            )
        lines.append(extra)
    if len(results) > 1:
        title = f"mean of {len(results)} sets"
        for i, metric in enumerate(METRICS):
            cells = [f"{sum(r['reports'][m].overall[metric] for r in results) / len(results):>{width}.3f}"
                     for m in modes]
            lines.append(f"{title if i == 0 else '':<30}{metric:<8}" + "".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--questions",
        type=Path,
        action="append",
        default=[],
        help="a questions file (repeat, each with its --article)",
    )
    parser.add_argument(
        "--article",
        type=Path,
        action="append",
        default=[],
        help="the article the matching --questions ask about",
    )
    parser.add_argument("-k", type=int, default=10, help="results per question (default: 10)")
    parser.add_argument("--by-kind", action="store_true", help="also report each question kind")
    parser.add_argument(
        "--misses",
        metavar="MODE",
        default=None,
        help="list the questions a mode did not answer first",
    )
    parser.add_argument(
        "--cache", type=Path, default=CACHE, help="store cache (default: %(default)s)"
    )
    parser.add_argument("--rebuild", action="store_true", help="ignore cached stores")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--http",
        action="store_true",
        help="also score the default mode through a served GET /api/search (column http)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("sentence_transformers", "transformers", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    if len(args.questions) != len(args.article):
        parser.error("give one --article per --questions")
    sets = [
        (q.parent.name if q.name == "questions.json" else q.stem, q, a)
        for q, a in zip(args.questions, args.article)
    ] or default_sets()

    from index import Embedder
    from web.engine import Engine

    embedder = Embedder()
    modes: list[str | None] = [*MODES, None]
    results = []
    for name, questions_path, article in sets:
        questions = load_questions(questions_path)
        store, build = cached_store(article, embedder, cache=args.cache, rebuild=args.rebuild)
        if build:
            build["bare_s"] = bare_encode_seconds(store, embedder)
        engine = Engine.load(store, embedder=embedder)
        reports = measure(engine, questions, modes, args.k)
        if args.http:
            reports[HTTP] = measure_http(engine, questions, args.k)
        results.append(
            {
                "name": name,
                "reports": reports,
                "build": build,
                "encode_ms": encode_p50(embedder, questions),
            }
        )
    if args.json:
        print(
            json.dumps(
                [
                    {**r, "reports": {str(m): rep.as_dict() for m, rep in r["reports"].items()}}
                    for r in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(table(results, modes, by_kind=args.by_kind))
    if args.misses:
        from web.evaluate import format_report

        mode = None if args.misses == "default" else args.misses
        for result in results:
            print(f"\n== {result['name']}: {args.misses}")
            print(format_report(result["reports"][mode]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
