"""What a newcomer's walk-through of the CLI and the web service found: each case has one clear answer."""

from __future__ import annotations

import io
import json
import socket
import warnings
from pathlib import Path

import pytest

from web import create_app
from web.cli import main


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone, as under `kg search … | head`."""

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_search_into_a_closed_pipe_exits_quietly(small_store, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    status = main(["--quiet", "search", "grafting", "--store", str(small_store), "--json"])
    assert status == 0
    assert capsys.readouterr().err == ""


def test_short_output_into_a_pipe_already_closed_exits_quietly(small_store):
    # Output shorter than stdout's buffer is written by the final flush: without
    # PYTHONUNBUFFERED that flush met the closed pipe after main() had returned (status 120).
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "web.cli", "--quiet", "search", "grafting", "--store",
             str(small_store), "-k", "1"],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120, check=False,
            cwd=Path(__file__).resolve().parent.parent,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr.decode()) == (0, "")


def test_serve_on_a_busy_port_says_so_before_loading(tmp_path, capsys):
    store = tmp_path / "no-store-yet"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        status = main(["--quiet", "serve", "--port", str(port), "--store", str(store)])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.strip() == f"kg serve: error: cannot listen on 127.0.0.1:{port}: port {port} is in use"
    assert "serving" not in captured.out
    assert not store.exists()  # nothing was built or loaded first


@pytest.mark.parametrize("argv, words", [
    (["search", "x", "-k", "0"], "-k"),
    (["search", "x", "-k", "1000"], "-k"),
    (["search", "x", "-k", "abc"], "-k"),
    (["search", "x", "--mode", "foo"], "invalid choice"),
    (["eval", "q.json", "-k", "0"], "-k"),
    (["eval", "q.json", "--mode", "foo"], "invalid choice"),
    (["eval", "q.json", "--url", "http://127.0.0.1:9", "--timeout", "-1"], "--timeout"),
    (["serve", "--threads", "0"], "--threads"),  # waitress would listen and answer nothing
    (["serve", "--threads", "-2"], "--threads"),
])
def test_bad_values_exit_2_with_the_usage(tmp_path, capsys, argv, words):
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--store", str(tmp_path / "missing")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: kg ")
    assert words in err


def test_cli_modes_are_the_engines():
    from web import cli, ranking

    assert cli.MODES == ranking.MODES and cli.DEFAULT_MODE == ranking.DEFAULT_MODE


def test_quiet_and_verbose_after_the_subcommand(small_store, capsys):
    assert main(["search", "grafting", "--store", str(small_store), "-k", "1", "-q"]) == 0
    assert capsys.readouterr().out.startswith("1. [")


def test_unknown_backend_is_a_configuration_error(small_store, monkeypatch, capsys):
    monkeypatch.setenv("KG_BACKEND", "foo")
    assert main(["--quiet", "search", "grafting", "--store", str(small_store)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg search: error: ")
    assert "KG_BACKEND" in err and "'foo'" in err and "unexpected" not in err


def test_empty_query_in_the_cli_has_no_api_jargon(small_store, capsys):
    assert main(["--quiet", "search", "  ", "--store", str(small_store)]) == 1
    assert capsys.readouterr().err.strip() == "kg search: error: the query is empty"


def test_eval_names_the_default_mode(small_store, tmp_path, capsys):
    questions = tmp_path / "q.json"
    questions.write_text(json.dumps([{"question": "How is fruit kept alive?", "answers": ["graft"]}]))
    assert main(["--quiet", "eval", str(questions), "--store", str(small_store)]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("mode graph")


def test_bench_usage_is_named_kg_bench(capsys):
    with pytest.raises(SystemExit):
        main(["bench", "--help"])
    assert capsys.readouterr().out.startswith("usage: kg bench ")


@pytest.fixture()
def small_limits_client(engine):
    return create_app({"TESTING": True, "ENGINE": engine, "MAX_K": 3, "MAX_QUERY_CHARS": 50}).test_client()


def test_default_k_never_exceeds_max_k(small_limits_client):
    answer = small_limits_client.get("/api/search?q=grafting").get_json()
    assert answer["k"] == 3
    assert small_limits_client.post("/api/search", json={"q": "grafting"}).get_json()["k"] == 3


def test_form_defaults_follow_the_limits_and_submit_cleanly(small_limits_client):
    page = small_limits_client.get("/").get_data(as_text=True)
    assert 'name="k" value="3"' in page and 'max="3"' in page
    assert 'maxlength="50"' in page and 'maxlength="2000"' not in page
    assert 'data-default-k="3"' in page  # search.js restores k from it on "back"
    assert small_limits_client.get("/search?q=grafting&k=3&mode=").status_code == 200
    assert small_limits_client.get("/search?q=grafting").status_code == 200


def test_openapi_default_k_within_max(small_limits_client):
    document = small_limits_client.get("/openapi.json").get_json()
    k = next(p for p in document["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "k")
    assert k["schema"]["default"] <= k["schema"]["maximum"] == 3


@pytest.fixture()
def client(engine):
    return create_app({"TESTING": True, "ENGINE": engine}).test_client()


def test_index_with_a_query_goes_to_the_results(client):
    response = client.get("/?q=grafting&k=2")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/search?q=grafting&k=2")
    assert 'class="result' in client.get("/?q=grafting", follow_redirects=True).get_data(as_text=True)


def test_over_long_query_on_the_page_is_413_as_in_the_api(client):
    q = "a" * 2001
    assert client.get("/api/search", query_string={"q": q}).status_code == 413
    response = client.get("/search", query_string={"q": q})
    assert response.status_code == 413
    assert "too long" in response.get_data(as_text=True)


def test_body_over_the_limit_names_it(client):
    body = json.dumps({"input": "x" * (2 * 1024 * 1024)})
    response = client.post("/v1/embeddings", data=body, content_type="application/json")
    assert response.status_code == 413
    message = response.get_json()["error"]["message"]
    assert "1048576 bytes" in message and "KG_MAX_CONTENT_LENGTH" in message


def test_only_a_lone_surrogate_is_not_called_empty(client):
    response = client.post("/api/search", data='{"q": "\\ud800"}', content_type="application/json")
    assert response.status_code == 400
    message = response.get_json()["error"]["message"]
    assert "empty" not in message and "surrogate" in message


@pytest.mark.parametrize("path", ["/api/search?q=%FF%FE", "/search?q=%FF%FE"])
def test_query_string_that_is_not_utf8_is_400(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert "not valid UTF-8" in response.get_data(as_text=True)


def test_utf8_query_string_still_searches(client):
    assert client.get("/api/search?q=caf%C3%A9+gr%C3%A4fting&k=1").status_code == 200


def test_onnx_export_warnings_are_kept_out_of_stderr(tmp_path, recwarn):
    pytest.importorskip("onnx")
    from index.backends import default_model_path
    from index.onnx_export import export_model

    warnings.simplefilter("always")
    export_model(__import__("pathlib").Path(default_model_path()), tmp_path)
    assert not [w for w in recwarn if "Trac" in w.category.__name__ or "onnx" in str(w.filename)]


def test_build_log_reports_the_stored_edge_count(tmp_path, caplog, capsys):
    import logging

    from conftest import CORPUS

    caplog.set_level(logging.INFO, logger="web.build")
    store = tmp_path / "store"
    assert main(["--quiet", "build", str(CORPUS / "harbour.md"), "--store", str(store)]) == 0
    edges = json.loads((store / "manifest.json").read_text())["edges"]
    assert any(f"{edges} edges (similar_to included)" in r.getMessage() for r in caplog.records)


def test_k_as_a_json_string_is_named_as_such(client):
    response = client.post("/api/search", json={"q": "grafting", "k": "2"})
    assert response.status_code == 400
    assert "(got the string '2')" in response.get_json()["error"]["message"]


def test_index_redirect_keeps_a_raw_utf8_query_as_it_was_sent(client):
    # Browsers %-escape; other clients and WSGI servers may pass UTF-8 bytes through as they are.
    response = client.get("/?q=caf\u00e9&k=2")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/search?q=caf%C3%A9&k=2")
    assert client.get("/?q=caf%C3%A9+x").headers["Location"].endswith("/search?q=caf%C3%A9+x")
