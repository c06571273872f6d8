"""KG_* settings are checked before a build, not after it.

Before, ``kg serve`` on a folder with no store built the bundled article (~10 s) and only then
named a mistyped ``KG_MAX_K``; ``kg build`` read and split every input before naming an unknown
``KG_BACKEND`` or a missing ``KG_MODEL`` folder; a misspelt variable name was silently ignored.
"""

from __future__ import annotations

import logging
import os

import pytest

import web.build
from web import check_config, unknown_settings
from web.cli import main


@pytest.fixture
def no_reading(monkeypatch):
    """Fails the test if a build gets as far as reading its inputs."""

    def refuse(inputs):
        raise AssertionError("the build started before its settings were checked")

    monkeypatch.setattr(web.build, "input_documents", refuse)


@pytest.mark.parametrize(
    ("name", "value", "line"),
    [
        ("KG_MAX_K", "abc", "KG_MAX_K must be a whole number of at least 1 (got 'abc')"),
        ("KG_STORE_RETRY_SECONDS", "abc", "KG_STORE_RETRY_SECONDS must be a number of seconds of at least 0"),
        ("KG_CORS_ORIGINS", '["https://(a.example"]', "KG_CORS_ORIGINS: Invalid regular expression"),
        ("KG_BACKEND", "onx", "unknown embedding backend 'onx': KG_BACKEND must be one of"),
        # Flask's nesting (KG_A__B) into a setting that is one value: a TypeError traceback before
        ("KG_MAX_K__LOW", "3", "KG_MAX_K__LOW: MAX_K is one value, not a group of settings"),
        ("KG_CORS_ORIGINS__0", "https://a.example", "KG_CORS_ORIGINS__0: CORS_ORIGINS is one value"),
    ],
)
def test_kg_serve_names_a_bad_setting_before_building_a_missing_store(
    monkeypatch, tmp_path, capsys, no_reading, name, value, line
):
    monkeypatch.setenv(name, value)
    store = tmp_path / "store"
    assert main(["serve", "--store", str(store), "--port", "0"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"kg serve: error: {line}"), err
    assert not store.exists()


@pytest.mark.parametrize(
    ("name", "value", "line"),
    [
        ("KG_BACKEND", "onx", "unknown embedding backend 'onx': KG_BACKEND must be one of"),
        ("KG_MODEL", "/nonexistent/zorblat-model", "embedding model folder /nonexistent/zorblat-model does not exist"),
    ],
)
def test_kg_build_names_a_bad_model_setting_before_reading_its_inputs(
    monkeypatch, tmp_path, capsys, no_reading, name, value, line
):
    monkeypatch.setenv(name, value)
    article = tmp_path / "a.txt"
    article.write_text("Hulda Pemberwick founded the Ostrel Lantern Guild in 1911.\n", encoding="utf-8")
    assert main(["build", str(article), "--store", str(tmp_path / "store")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"kg build: error: {line}"), err


def test_a_misspelt_variable_is_named_and_a_real_one_is_not(monkeypatch, caplog):
    for name in unknown_settings(os.environ):
        monkeypatch.delenv(name)
    monkeypatch.setenv("KG_MAX_TEXT", "4")  # for KG_MAX_TEXTS
    monkeypatch.setenv("KG_MAX_TEXTS", "4")
    monkeypatch.setenv("KG_CACHE_DIR", "/tmp")
    with caplog.at_level(logging.WARNING, logger="web"):
        check_config()
    named = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert named == ["KG_MAX_TEXT is not a setting of this service and is ignored (a misspelling?)"]


def test_a_group_under_no_setting_is_warned_about_not_refused(monkeypatch, caplog):
    for name in unknown_settings(os.environ):
        monkeypatch.delenv(name)
    monkeypatch.setenv("KG_MAX__K", "4")  # a group of its own (MAX), which nothing reads
    with caplog.at_level(logging.WARNING, logger="web"):
        check_config()  # raises nothing
    assert [r.getMessage().split()[0] for r in caplog.records] == ["KG_MAX__K"]


def test_usable_settings_pass_the_check(monkeypatch):
    monkeypatch.setenv("KG_MAX_K", "7")
    monkeypatch.setenv("KG_CORS_ORIGINS", "https://a.example, https://b.example")
    check_config()  # raises nothing
    monkeypatch.setenv("KG_MAX_K", "0")
    with pytest.raises(Exception, match="KG_MAX_K"):
        check_config()


@pytest.mark.parametrize(("value", "store"), [("2024", "2024"), ("null", "null"), ("", None)])
def test_kg_store_is_the_folder_as_typed_and_empty_is_unset(monkeypatch, value, store):
    from pathlib import Path

    from web import DEFAULT_STORE, create_app
    from web.cli import _parser

    monkeypatch.setenv("KG_STORE", value)
    app = create_app({"TESTING": True, "ENGINE": object()})
    assert app.config["STORE"] == (store or str(DEFAULT_STORE))  # was 2024 (a number), None, ""
    assert _parser().parse_args(["search", "x"]).store == Path(store or DEFAULT_STORE)  # "" was "."
