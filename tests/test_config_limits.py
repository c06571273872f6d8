"""Request limits set from the environment (KG_MAX_K …) are checked when the app starts.

Before, KG_MAX_K=abc or KG_MAX_TEXTS=x started a server whose searches or embedding requests
answered 500 with a traceback in the log, and KG_MAX_K=0 one that refused every search.
"""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from web import create_app
from web.cli import main


@pytest.mark.parametrize(
    ("name", "value"),
    [("MAX_K", "abc"), ("MAX_K", "0"), ("MAX_TEXTS", "x"), ("MAX_QUERY_CHARS", "-1"),
     ("MAX_TEXT_CHARS", "1.5"), ("MAX_CONTENT_LENGTH", "abc")],
)
def test_an_unusable_limit_is_refused_with_its_variable_named(monkeypatch, name, value):
    monkeypatch.setenv(f"KG_{name}", value)
    with pytest.raises(ConfigError, match=f"KG_{name} must be a whole number of at least 1"):
        create_app({"TESTING": True, "ENGINE": object()})


def test_usable_limits_from_the_environment_are_served(monkeypatch, engine):
    monkeypatch.setenv("KG_MAX_K", "3")
    monkeypatch.setenv("KG_MAX_TEXTS", "2")
    client = create_app({"TESTING": True, "ENGINE": engine}).test_client()
    assert len(client.get("/api/search?q=river").get_json()["results"]) == 3
    assert client.post("/api/embed", json={"texts": ["a", "b", "c"]}).status_code == 400
    assert client.post("/api/embed", json={"texts": ["a", "b"]}).status_code == 200


def test_kg_serve_ends_with_one_line_naming_the_variable(monkeypatch, small_store, capsys):
    monkeypatch.setenv("KG_MAX_TEXTS", "many")
    assert main(["serve", "--store", str(small_store), "--port", "0"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "kg serve: error: KG_MAX_TEXTS must be a whole number of at least 1 (got 'many')"
    assert not any("Traceback" in line for line in err)


@pytest.mark.parametrize("value", ["[", "5", '{"https://a.example": 1}', '["https://a.example", 3]'])
def test_unusable_cors_origins_are_refused_with_the_variable_named(monkeypatch, value):
    monkeypatch.setenv("KG_CORS_ORIGINS", value)
    with pytest.raises(ConfigError, match="KG_CORS_ORIGINS"):
        create_app({"TESTING": True, "ENGINE": object()})


def test_cors_origins_as_a_list_a_comma_separated_string_or_a_star_are_taken(monkeypatch):
    for value in ('["https://a.example"]', "https://a.example, https://b.example", '"*"'):
        monkeypatch.setenv("KG_CORS_ORIGINS", value)
        client = create_app({"TESTING": True, "ENGINE": object()}).test_client()
        answer = client.get("/openapi.json", headers={"Origin": "https://a.example"})
        assert answer.headers.get("Access-Control-Allow-Origin") in ("https://a.example", "*")


@pytest.mark.parametrize("value", ["abc", "-1", "NaN", "Infinity", "true", '"10"', "[5]"])
def test_an_unusable_store_retry_interval_is_refused_with_its_variable_named(monkeypatch, value):
    # Before, KG_STORE_RETRY_SECONDS=abc was taken, and every request to a service waiting for its
    # store raised ValueError in float() (a 500) instead of answering 503.
    monkeypatch.setenv("KG_STORE_RETRY_SECONDS", value)
    with pytest.raises(ConfigError, match="KG_STORE_RETRY_SECONDS must be a number of seconds of at least 0"):
        create_app({"TESTING": True, "ENGINE": object()})


@pytest.mark.parametrize(("value", "seconds"), [("0", 0), ("2.5", 2.5), ("30", 30)])
def test_a_usable_store_retry_interval_is_taken(monkeypatch, value, seconds):
    monkeypatch.setenv("KG_STORE_RETRY_SECONDS", value)
    assert create_app({"TESTING": True, "ENGINE": object()}).config["STORE_RETRY_SECONDS"] == seconds
