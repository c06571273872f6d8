"""The ``kg`` command line: build, serve, search, eval, export.

Every failure a user can cause ends with one line naming the problem and a non-zero exit status;
a traceback only appears with ``--verbose`` for unexpected errors.
"""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.errors import KGError, QueryError, StoreMissing
from web.cliargs import MAX_K, logging_args, seconds, setup_logging, store_arg, whole_number, write_output

log = logging.getLogger(__name__)

EXIT_ERROR = 1
# Writing standard output failed for want of room or a working device: no bug, one line.
_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}
EXIT_USAGE = 2
#: The search modes (as :data:`web.ranking.MODES`, which is not imported here: it pulls in the model).
MODES = ("dense", "sparse", "hybrid", "graph")
DEFAULT_MODE = "graph"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="A knowledge graph and semantic search over articles."
    )
    logging_args(parser, default=False)
    # Each subcommand accepts -v/-q too; their SUPPRESS default keeps the main parser's value.
    common = argparse.ArgumentParser(add_help=False)
    logging_args(common, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", parents=[common], help="build the graph and indexes of text/Markdown files")
    build.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                       help="files or folders (default: the bundled article)")
    store_arg(build)

    serve = commands.add_parser("serve", parents=[common], help="serve the web pages and HTTP API")
    store_arg(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=whole_number(0, 65535), default=8000,
                       help="port, 0 to 65535 (default: %(default)s)")
    serve.add_argument("--threads", type=whole_number(1), default=8, help="worker threads (default: %(default)s)")

    search = commands.add_parser("search", parents=[common], help="print the best claims for a question")
    search.add_argument("query", metavar="QUERY")
    store_arg(search)
    search.add_argument("-k", type=whole_number(1, MAX_K), default=5,
                        help=f"number of results, 1 to {MAX_K} (default: %(default)s)")
    search.add_argument("--mode", default=None, choices=MODES, metavar="MODE",
                        help="dense, sparse, hybrid or graph (default: the best, graph)")
    search.add_argument("--json", action="store_true", help="print the /api/search JSON")

    evaluate = commands.add_parser(
        "eval", parents=[common], help="score search on questions with known answers (R@1, R@5, MRR@10)"
    )
    evaluate.add_argument("questions", type=Path, metavar="QUESTIONS.json",
                          help='a JSON list of {"question", "answers": [...], "kind"?}')
    store_arg(evaluate)
    evaluate.add_argument("--mode", default=None, choices=MODES, metavar="MODE",
                          help="dense, sparse, hybrid or graph (default: the best, graph)")
    evaluate.add_argument("-k", type=whole_number(1, MAX_K), default=10,
                          help=f"results per question, 1 to {MAX_K} (default: %(default)s)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument(
        "--url", default=None, metavar="URL",
        help="score a running service through its GET /api/search (e.g. http://127.0.0.1:8000) "
             "instead of the store",
    )
    evaluate.add_argument("--timeout", type=seconds, default=None, metavar="SECONDS",
                          help="with --url: seconds to wait for each answer (default: 30)")

    commands.add_parser(
        "bench", add_help=False,
        help="speed benchmark, the bare model beside this service: the options of "
             "benchmarks/perf.py follow (kg bench --help)",
    )

    export = commands.add_parser("export", parents=[common], help="write the whole graph")
    store_arg(export)
    export.add_argument("--format", required=True, choices=("gexf", "graphml", "json"))
    export.add_argument("--output", "-o", type=Path, default=None,
                        help="file to write (default, or -: standard output)")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the ``kg`` command.

    Args:
        argv: the arguments (without the program name); ``sys.argv[1:]`` when None.

    Returns:
        The exit status.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    bench_args = None
    if "bench" in argv:  # everything after `bench` belongs to benchmarks/perf.py
        at = argv.index("bench")
        if all(a.startswith("-") for a in argv[:at]):
            argv, bench_args = argv[: at + 1], argv[at + 1 :]
    args = _parser().parse_args(argv)
    if bench_args is not None:
        args.bench_args = bench_args
    setup_logging(verbose=args.verbose, quiet=args.quiet)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        status = COMMANDS[args.command](args)
        # Short output sits in stdout's buffer until here: flushed after main() returned, a
        # reader that has gone would end the interpreter with "Exception ignored" and 120.
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # `kg search … | head`: the reader left, which is no error
        _stdout_to_devnull()
        return 0
    except KGError as e:
        print(f"kg {args.command}: error: {e.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug: one line for the user, the traceback in the log
        log.debug("unexpected error", exc_info=True)
        if isinstance(e, OSError) and e.errno in _CANNOT_WRITE:  # `kg export > file` on a full disk
            _stdout_to_devnull()
            print(f"kg {args.command}: error: cannot write the output: {e.strerror}", file=sys.stderr)
        else:
            print(f"kg {args.command}: unexpected error: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_ERROR


def _stdout_to_devnull() -> None:
    """Points standard output at /dev/null, so the interpreter's final flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test or a wrapper
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _build(args: argparse.Namespace) -> int:
    from web import warn_unknown_settings
    from web.build import build_store

    warn_unknown_settings()
    manifest = build_store(args.inputs, args.store, progress=_progress_wanted(args))
    t = manifest["timings"]
    print(
        f"built {args.store}: {manifest['documents']} document(s), {manifest['claims']} claims, "
        f"{manifest['entities']} entities, {manifest['edges']} edges in {t['total']:.1f} s"
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    from index.backends import check_model_settings
    from web import check_config, create_app
    from web.build import build_store
    from web.serving import check_listen, create_server, listen_problem

    # The KG_* settings and the address first: a mistake in either used to be named only after
    # the store was loaded, or after a whole build of the bundled article when there was none.
    check_config({"STORE": str(args.store), "REQUIRE_STORE": True})
    check_model_settings()
    check_listen(args.host, args.port)  # before seconds of loading, and before "serving …"
    try:
        from index import open_store

        open_store(args.store, verify=False)
    except StoreMissing:
        log.info("no store in %s yet: building the bundled article", args.store)
        build_store(None, args.store, progress=_progress_wanted(args))
    # REQUIRE_STORE: a damaged store ends `kg serve` with one line instead of serving 503s.
    app = create_app({"STORE": str(args.store), "REQUIRE_STORE": True})
    from index.threads import one_blas_thread_everywhere

    # Requests are the server's parallelism, so BLAS runs on one thread in this process: with
    # OpenBLAS's threads, 8 concurrent clients got 31–34 req/s (p50 186–209 ms) and a lone
    # query's p50 was 12.7–14.0 ms; on one thread 160 req/s (p50 47 ms) and 7.4–7.6 ms
    # (benchmarks/perf.py, same code otherwise, 2026-11-27).
    one_blas_thread_everywhere()
    print(f"serving {args.store} on http://{args.host}:{args.port}/", flush=True)
    # Bodies far over the app's own limit are refused by waitress before it spools them to disk
    # (in the app's error shape, web.serving); those just over it reach Flask's JSON 413.
    try:
        server = create_server(app, host=args.host, port=args.port, threads=args.threads, ident="kg")
        server.print_listen("Serving on http://{}:{}")
        server.run()
    except OSError as e:  # taken in the moment since the check
        raise KGError(listen_problem(args.host, args.port, e)) from e
    return 0


def _search(args: argparse.Namespace) -> int:
    from web.engine import Engine
    from web.validation import CONTROL, SURROGATE

    if SURROGATE.search(args.query):  # bytes not UTF-8, surrogate-escaped
        raise QueryError("the query is not valid UTF-8 text")
    # Control characters become spaces, as GET /api/search cleans q: `--json` printed another
    # query (and other results) than the API for "a\x00b", and searched "\x01\x02" the API refuses.
    query = CONTROL.sub(" ", args.query)
    answer = Engine.load(args.store).search(query, k=args.k, mode=args.mode)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return 0
    for rank, result in enumerate(answer["results"], 1):
        where = result["section_title"] or result["document_title"]
        print(f"{rank}. [{result['score']:.3f}] {result['text']}")
        print(f"   {where} · {result['document']}:{result['char_start']}-{result['char_end']}")
        linked = [n["label"] for n in result["neighbours"] if n["kind"] == "entity"]
        if linked:
            print(f"   entities: {', '.join(linked)}")
    if not answer["results"]:
        print("no results")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from web.evaluate import (
        REMOTE_TIMEOUT,
        RemoteSearch,
        evaluate,
        format_report,
        load_questions,
    )

    if args.timeout is not None and args.url is None:
        raise QueryError("--timeout goes with --url")
    questions = load_questions(args.questions)
    if args.url is not None:
        # The service checks the mode itself; its 400 comes back as one line.
        timeout = REMOTE_TIMEOUT if args.timeout is None else args.timeout
        engine = RemoteSearch(args.url, timeout=timeout)
        where = f"{engine.base}/api/search"
    else:
        from web.engine import Engine

        engine = Engine.load(args.store)
        where = str(args.store)
    report = evaluate(engine, questions, mode=args.mode, k=args.k)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{args.questions} on {where}, mode {args.mode or DEFAULT_MODE}")
        print(format_report(report))
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.readwrite import EXPORT_FORMATS
    from web.engine import read_graph

    writer = EXPORT_FORMATS[args.format][0]
    graph = read_graph(args.store)
    if args.output is None or str(args.output) == "-":
        writer(graph, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    write_output(args.output, lambda out: writer(graph, out))
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _bench(args: argparse.Namespace) -> int:
    import runpy

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "perf.py"
    if not script.is_file():
        raise KGError(f"kg bench runs {script}, which only a source checkout has")
    return runpy.run_path(str(script))["main"](args.bench_args, prog="kg bench")


def _progress_wanted(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


COMMANDS = {
    "build": _build, "serve": _serve, "search": _search, "eval": _eval, "bench": _bench, "export": _export,
}

if __name__ == "__main__":
    sys.exit(main())
