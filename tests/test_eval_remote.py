"""`kg eval --url`: scoring a running service through its GET /api/search."""

from __future__ import annotations

import json
import socket

import pytest

from kg.errors import QueryError, ServiceError
from web import create_app
from web.cli import main
from web.evaluate import RemoteSearch

from conftest import EVAL, serving

DEV = EVAL / "dev_questions.json"


@pytest.fixture(scope="module")
def live_url(article_engine):
    """The bundled article's app under waitress for the length of this module."""
    app = create_app({"TESTING": True, "ENGINE": article_engine})
    with serving(app, threads=2) as url:
        yield url


def _eval_json(capsys, *argv: str) -> dict:
    assert main(["--quiet", "eval", str(DEV), "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("mode", [None, "dense"])
def test_url_figures_equal_in_process_figures(article_store, live_url, capsys, mode):
    extra = ["--mode", mode] if mode else []
    local = _eval_json(capsys, "--store", str(article_store), *extra)
    remote = _eval_json(capsys, "--url", live_url, *extra)
    assert remote["count"] == local["count"] > 20
    assert remote["overall"] == local["overall"]
    assert remote["groups"] == local["groups"]
    assert remote["misses"] == local["misses"]
    assert remote["mode"] == mode
    assert remote["latency_ms"]["p50"] > 0


def test_remote_search_passes_k_and_mode(live_url, article_engine):
    remote = RemoteSearch(live_url + "/")
    question = "Who founded the company?"
    answer = remote.search(question, k=3, mode="sparse")
    assert len(answer["results"]) == 3
    local = article_engine.search(question, k=3, mode="sparse")
    assert [r["id"] for r in answer["results"]] == [r["id"] for r in local["results"]]


def _one_line_error(capsys, *argv: str) -> str:
    assert main(["--quiet", "eval", str(DEV), *argv]) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err and captured.out == ""
    return err


def test_service_error_status_and_message_are_reported(live_url, article_engine, capsys):
    # The CLI refuses an unknown --mode itself (argparse), so the service's 400 comes from its
    # own, lower k limit.
    app = create_app({"TESTING": True, "ENGINE": article_engine, "MAX_K": 3})
    with serving(app, threads=1) as strict_url:
        err = _one_line_error(capsys, "--url", strict_url, "-k", "5")
    assert "answered 400" in err and "k must be" in err
    err = _one_line_error(capsys, "--url", live_url + "/nowhere")
    assert "answered 404" in err


def test_unreachable_service_is_one_line(capsys):
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    err = _one_line_error(capsys, "--url", f"http://127.0.0.1:{port}", "--timeout", "2")
    assert err.startswith("kg eval: error: cannot reach http://127.0.0.1:")


def test_silent_service_times_out(capsys):
    with socket.socket() as server:  # accepts connections and never answers
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        err = _one_line_error(capsys, "--url", f"http://127.0.0.1:{port}", "--timeout", "0.3")
    assert "within 0.3 s" in err


def test_an_answer_that_is_not_search_results_is_refused():
    def not_search(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/html")])
        return [b"<html>a different service</html>"]

    with (
        serving(not_search, threads=1) as url,
        pytest.raises(ServiceError, match="did not answer with search results"),
    ):
        RemoteSearch(url).search("anything", k=10)


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://host/", "http://"])
def test_bad_urls_are_refused(url):
    with pytest.raises(QueryError, match="--url"):
        RemoteSearch(url)


def test_timeout_only_with_url(capsys):
    err = _one_line_error(capsys, "--store", "nowhere", "--timeout", "3")
    assert "--timeout goes with --url" in err

