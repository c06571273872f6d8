"""The web service: an application factory and its blueprints.

``create_app(config=None)`` builds a Flask app; ``init_app(app)`` loads the store once and
keeps the :class:`web.engine.Engine` on ``app.extensions["kg"]``.

Configuration keys (defaults below; every key can be set from the environment with a ``KG_``
prefix, e.g. ``KG_STORE=/srv/store`` or ``KG_CORS_ORIGINS='["https://a.example"]'``, and
the ``config`` argument overrides both):

==================  =================================================================
``STORE``           the store folder (default ``data/store`` in the repository)
``ENGINE``          an already loaded engine to serve instead of loading ``STORE``
``MAX_CONTENT_LENGTH``  the largest request body, in bytes (1 MiB; larger → 413)
``MAX_QUERY_CHARS`` the longest search query ``q`` (2,000 characters; longer → 413)
``MAX_TEXT_CHARS``  the longest text to embed (8,192 characters; longer → 413). Larger than
                    ``MAX_QUERY_CHARS`` because embedding clients send document chunks;
                    the model reads only its first 256 word pieces anyway.
``MAX_TEXTS``       the most texts in one embedding request (256)
``MAX_K``           the largest ``k`` (100); a search without ``k`` gets min(10, ``MAX_K``)
``CORS_ORIGINS``    origins allowed to call the JSON routes from a browser: a list, a
                    comma-separated string, or ``"*"``; empty (the default) = CORS off
``REQUIRE_STORE``   raise from ``create_app`` when the store cannot be loaded (``kg serve``
                    does, to exit with one line). False (the default): the app starts anyway,
                    answers 503 ``{"error": …}`` naming the problem on every route that needs
                    the store (``/healthz`` included), and retries the load at most every
                    ``STORE_RETRY_SECONDS`` (10), so it serves as soon as ``kg build`` is done
==================  =================================================================

The five limits must be whole numbers of at least 1, ``STORE_RETRY_SECONDS`` a finite number of
at least 0 and ``CORS_ORIGINS`` one of the forms above: :func:`create_app` raises ConfigError
naming the ``KG_`` variable otherwise (``KG_MAX_K=abc`` served 500s; tests/test_config_limits.py).
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from flask import Config, Flask

from kg.errors import ConfigError, KGError, StoreError
from web.cliargs import MAX_K
from web.errors import JSON_PATHS, register_error_handler

log = logging.getLogger(__name__)

DEFAULT_STORE = Path(__file__).resolve().parent.parent / "data" / "store"

__all__ = ["DEFAULT_STORE", "check_config", "create_app", "init_app", "unknown_settings", "warn_unknown_settings"]


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Builds the application.

    Args:
        config: settings over the defaults and ``KG_*`` (tests: ``{"TESTING": True, "ENGINE": e}``).

    Returns:
        The Flask app, with the store loaded.

    Raises:
        kg.errors.StoreError: the store is missing or damaged (``StoreMissing`` when empty),
            and ``REQUIRE_STORE`` is set.
        kg.errors.ConfigError: a limit or ``CORS_ORIGINS`` the service cannot use, naming
            the ``KG_`` variable.
    """
    app = Flask(__name__)
    _configure(app.config, config)
    app.json.sort_keys = False  # keep the engine's key order: id, kind, text, score …

    init_app(app)
    register_error_handler(app)

    from web.api import bp as api_bp
    from web.exports import bp as exports_bp
    from web.openai_api import bp as openai_bp
    from web.pages import bp as pages_bp

    app.register_blueprint(api_bp)
    app.register_blueprint(openai_bp)
    app.register_blueprint(exports_bp)
    app.register_blueprint(pages_bp)
    _enable_cors(app)
    return app


def _configure(target, config: dict[str, Any] | None) -> None:
    """Fills ``target`` (a Flask config) with the defaults, the ``KG_*`` environment and
    ``config``, in that order, and checks the result (:func:`_check_limits`, the origins).

    Raises:
        kg.errors.ConfigError: naming the ``KG_`` variable.
    """
    target.from_mapping(
        STORE=str(DEFAULT_STORE),
        ENGINE=None,
        MAX_CONTENT_LENGTH=1024 * 1024,
        MAX_QUERY_CHARS=2_000,
        MAX_TEXT_CHARS=8_192,
        MAX_TEXTS=256,
        MAX_K=MAX_K,  # the default of the API's k, the same as the CLI's -k
        CORS_ORIGINS=[],
        REQUIRE_STORE=False,
        STORE_RETRY_SECONDS=10.0,
        TESTING=False,
    )
    try:
        target.from_prefixed_env("KG")
    except TypeError:  # KG_MAX_K__LOW=3: Flask's KG_A__B sets B inside A, here a number or a list
        name = min(n for n in os.environ if "__" in n and n.startswith("KG_") and n[3:].split("__")[0] in target)
        raise ConfigError(f"{name}: {name[3:].split('__')[0]} is one value, not a group of settings") from None
    # The folder as typed: from_prefixed_env reads values as JSON, which made KG_STORE=2024 the
    # number 2024 (a TypeError on loading) and KG_STORE=null None. Empty means unset, as in the CLI.
    target["STORE"] = os.environ.get("KG_STORE") or str(DEFAULT_STORE)
    if config:
        target.update(config)
    _check_limits(target)
    _cors_resources(_cors_origins(target["CORS_ORIGINS"]))


def check_config(config: dict[str, Any] | None = None) -> None:
    """Checks the settings :func:`create_app` would take, without loading or building anything:
    ``kg serve`` calls it first, so a mistyped ``KG_MAX_K`` is named before it costs a build (~10 s).

    Raises:
        kg.errors.ConfigError: naming the ``KG_`` variable.
    """
    _configure(Config(Path(__file__).resolve().parent), config)
    warn_unknown_settings()


def warn_unknown_settings() -> None:
    """Logs a warning for each ``KG_*`` variable of the environment that names no setting."""
    for name in unknown_settings(os.environ):
        log.warning("%s is not a setting of this service and is ignored (a misspelling?)", name)


_READ_ELSEWHERE = ("STORE", "MODEL", "BACKEND", "CACHE_DIR")  # by the CLI (KG_STORE) and index


def unknown_settings(environ) -> list[str]:
    """The ``KG_*`` variables of ``environ`` naming no setting (``KG_MAX_TEXT`` was ignored), sorted."""
    known = {*_LIMITS, "CORS_ORIGINS", "STORE_RETRY_SECONDS", *_READ_ELSEWHERE}
    return sorted(n for n in environ if n.startswith("KG_") and n[3:].split("__")[0] not in known)


_LIMITS = ("MAX_K", "MAX_QUERY_CHARS", "MAX_TEXT_CHARS", "MAX_TEXTS", "MAX_CONTENT_LENGTH")


def _check_limits(config) -> None:
    """Refuses a request limit that is not a whole number of at least 1 (``KG_MAX_K=abc``
    served 500s on every search, ``KG_MAX_K=0`` refused them all), and a ``STORE_RETRY_SECONDS``
    that is no finite number of at least 0 (``abc`` made every 503 of a storeless service a 500).

    Raises:
        kg.errors.ConfigError: naming the variable and its value.
    """
    for name in _LIMITS:
        value = config[name]
        if value is None and name == "MAX_CONTENT_LENGTH":  # Flask's "no limit"
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"KG_{name} must be a whole number of at least 1 (got {value!r})")
    wait = config["STORE_RETRY_SECONDS"]
    if isinstance(wait, bool) or not isinstance(wait, (int, float)) or not math.isfinite(wait) or wait < 0:
        raise ConfigError(f"KG_STORE_RETRY_SECONDS must be a number of seconds of at least 0 (got {wait!r})")


def init_app(app: Flask) -> None:
    """Loads the engine once and keeps it on ``app.extensions["kg"]``.

    Uses ``app.config["ENGINE"]`` when given (tests share one engine per session), otherwise
    ``Engine.load(app.config["STORE"])``; either way the graph (node pages, before/after links,
    exports) starts loading in a background thread (:meth:`web.engine.Engine.warm`).

    Raises:
        kg.errors.StoreError: the store cannot be loaded and ``REQUIRE_STORE`` is set;
            otherwise an :class:`UnavailableEngine` stands in and answers 503.
    """
    engine = app.config.get("ENGINE")
    if engine is not None:
        # A given engine's graph is read in the background too (as _load_engine does), so the
        # first page that walks it need not. Looked up on the type: a stand-in may delegate.
        if callable(getattr(type(engine), "warm", None)):
            engine.warm()
    else:
        log.info("loading the store from %s", app.config["STORE"])
        try:
            engine = _load_engine(app)
        except KGError as e:
            if app.config["REQUIRE_STORE"] or e.status != 503:
                raise
            log.error("the store cannot be loaded; answering 503 until it can: %s", e)
            engine = UnavailableEngine(app, e)
    app.extensions["kg"] = engine
    app.extensions["kg_exports"] = OrderedDict()  # web.exports: key -> (bytes, ETag), on first download


def _load_engine(app: Flask):
    from index import Embedder, open_store
    from web.engine import Engine  # imported here: it pulls in the model and FAISS

    store = app.config["STORE"]
    open_store(store, verify=False)  # a missing or truncated store fails before the model loads
    if "kg_embedder" not in app.extensions:  # once per app, however often the load is retried
        # One thread per request: concurrent requests use the other cores, and a large
        # embedding request cannot take them all. A lone query runs on every core.
        app.extensions["kg_embedder"] = Embedder(threads=1, fast_queries=True)
    engine = Engine.load(store, embedder=app.extensions["kg_embedder"])
    engine.warm()  # the graph, for node pages and exports: searches do not wait for it
    return engine


class UnavailableEngine:
    """Stands in for the engine while the store cannot be loaded.

    Any use raises a :class:`~kg.errors.StoreError` (503) naming the problem, so every route
    that needs the store answers ``{"error": {"status": 503, …}}``. Every ``STORE_RETRY_SECONDS``
    one request retries the load (the others get 503 meanwhile); on success the engine replaces this.
    """

    def __init__(self, app: Flask, error: KGError):
        self._app = app
        self._message = error.message
        self._lock = threading.Lock()
        self._tried = time.monotonic()

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        engine = self._retry()
        if engine is not None:
            return getattr(engine, name)
        raise StoreError(f"the store is not available: {self._message}")

    def _retry(self):
        wait = float(self._app.config["STORE_RETRY_SECONDS"])
        if time.monotonic() - self._tried < wait or not self._lock.acquire(blocking=False):
            return None
        try:
            self._tried = time.monotonic()
            engine = _load_engine(self._app)
        except KGError as e:
            self._message = e.message
            return None
        finally:
            self._lock.release()
        log.info("the store is available again: serving %s", self._app.config["STORE"])
        self._app.extensions["kg"] = engine
        self._app.extensions["kg_exports"] = OrderedDict()
        return engine


def _cors_origins(value: Any) -> list[str] | str:
    """The origins of ``CORS_ORIGINS``: ``"*"``, a comma-separated string or a list of strings.

    Raises:
        kg.errors.ConfigError: any other value (a number, a mapping, a list holding a number).
    """
    if isinstance(value, str):
        value = value.strip()
        return "*" if value == "*" else [o.strip() for o in value.split(",") if o.strip()]
    if value is None or (isinstance(value, list) and all(isinstance(o, str) for o in value)):
        return list(value or [])
    raise ConfigError(f"KG_CORS_ORIGINS must be \"*\", a list of origins or a comma-separated string (got {value!r})")


def _cors_resources(origins: list[str] | str, app: Flask | None = None) -> None:
    """Lets flask-cors answer the JSON routes for ``origins`` on ``app`` (on a throwaway app
    when None: the check alone).

    Raises:
        kg.errors.ConfigError: an origin flask-cors cannot take.
    """
    if not origins:
        return
    from flask_cors import CORS

    # The routes are GET and POST only, so preflights do not advertise flask-cors's DELETE/PUT/PATCH.
    options = {"origins": origins, "send_wildcard": origins == "*", "methods": ["GET", "POST", "OPTIONS"]}
    resources = {r"/api/*": options, r"/v1/*": options}
    resources.update({path: options for path in JSON_PATHS})
    try:
        CORS(app or Flask(__name__), resources=resources)
    except ValueError as e:  # flask-cors reads an origin with [ ( * as a regular expression
        raise ConfigError(f"KG_CORS_ORIGINS: {e}") from e


def _enable_cors(app: Flask) -> None:
    """Answers CORS preflights and adds Access-Control-Allow-Origin on the JSON routes."""
    origins = _cors_origins(app.config["CORS_ORIGINS"])
    if origins:
        _cors_resources(origins, app)
        log.info("CORS enabled for %s", origins)
