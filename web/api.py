"""The JSON API for other programs: search, nodes, documents, embeddings, health, OpenAPI.

Every parameter is checked by :mod:`web.validation` before the engine sees it; errors leave
through the one handler in :mod:`web.errors`.
"""

from __future__ import annotations

import logging

import networkx as nx
from flask import Blueprint, Response, current_app, jsonify, request

from kg.errors import QueryError
from web import validation
from web.openapi import openapi_document

log = logging.getLogger(__name__)

bp = Blueprint("api", __name__)

#: Bounds of the neighbourhood parameters (graph view and neighbourhood exports).
MAX_DEPTH = 3
DEFAULT_LIMIT = 60
MAX_LIMIT = 500
#: Results per search when ``k`` is not given, unless ``MAX_K`` is lower (see :func:`default_k`).
DEFAULT_K = 10


def default_k(config) -> int:
    """The ``k`` of a search that gives none: 10, or ``MAX_K`` when that is lower."""
    return min(DEFAULT_K, int(config["MAX_K"]))


def engine():
    """The engine this app serves (loaded once by :func:`web.init_app`)."""
    return current_app.extensions["kg"]


def neighbourhood_args(args) -> tuple[int, int]:
    """``depth`` (1..3, default 1) and ``limit`` (1..500, default 60) from a query string."""
    args = validation.query_args(args, ("depth", "limit"))
    depth = validation.integer(
        args.get("depth"), name="depth", default=1, low=1, high=MAX_DEPTH, from_query=True
    )
    limit = validation.integer(
        args.get("limit"), name="limit", default=DEFAULT_LIMIT, low=1, high=MAX_LIMIT, from_query=True
    )
    return depth, limit


def _search(params, *, from_json: bool) -> Response:
    config = current_app.config
    eng = engine()
    if from_json:
        for key in ("q", "vector", "k", "mode"):
            if key in params and params[key] is None:
                raise QueryError(f"{key} must not be null; leave it out instead")
    k = validation.integer(
        params.get("k"), name="k", default=default_k(config), low=1, high=config["MAX_K"], from_query=not from_json
    )
    mode = validation.choice(params.get("mode"), name="mode", choices=tuple(eng.MODES))
    has_q, has_vector = "q" in params, from_json and "vector" in params
    if has_q and has_vector:
        raise QueryError("give either q or vector, not both")
    if has_vector:
        vector = validation.vector(params["vector"], dimension=eng.dimension)
        return jsonify(eng.search(vector=vector, k=k, mode=mode))
    if not has_q:
        raise QueryError("q is required" + (" (or vector)" if from_json else ""))
    q = validation.text(params["q"], name="q", max_chars=config["MAX_QUERY_CHARS"])
    return jsonify(eng.search(q, k=k, mode=mode))


@bp.get("/api/search")
def search_get() -> Response:
    """Searches claims with ``?q=…&k=N&mode=…``."""
    return _search(validation.query_args(request.args, ("q", "k", "mode")), from_json=False)


@bp.post("/api/search")
def search_post() -> Response:
    """Searches claims with ``{"q": …}`` or ``{"vector": [...]}``, optional ``k`` and ``mode``."""
    return _search(validation.json_object(), from_json=True)


@bp.get("/api/nodes/<path:node_id>")
def node(node_id: str) -> Response:
    """One node with its attributes and neighbours; 404 for an unknown id."""
    return jsonify(engine().node(node_id))


@bp.get("/api/nodes/<path:node_id>/neighbourhood")
def neighbourhood(node_id: str) -> Response:
    """The subgraph around a node as node-link JSON (``nodes`` and ``links``) for the graph view."""
    depth, limit = neighbourhood_args(request.args)
    graph = engine().neighbourhood(node_id, depth=depth, limit=limit)
    data = nx.node_link_data(graph, edges="links")
    data["root"] = node_id
    return jsonify(data)


@bp.get("/api/documents/<path:doc_id>")
def document(doc_id: str) -> Response:
    """One source document (id, title, path, text); 404 for an unknown id."""
    return jsonify(engine().document(doc_id))


@bp.post("/api/embed")
def embed() -> Response:
    """Embeds ``{"texts": [...]}`` with the served model."""
    config = current_app.config
    body = validation.json_object()
    texts = validation.texts(
        body.get("texts"), name="texts", max_items=config["MAX_TEXTS"], max_chars=config["MAX_TEXT_CHARS"]
    )
    eng = engine()
    vectors = eng.embed(texts)
    return jsonify({"model": eng.model_name, "dimension": eng.dimension, "embeddings": vectors.tolist()})


@bp.get("/healthz")
def healthz() -> Response:
    """200 with the model name and graph counts: the store is loaded and the model ready."""
    eng = engine()
    counts = eng.counts()
    return jsonify(
        {
            "status": "ok",
            "model": eng.model_name,
            "dimension": eng.dimension,
            "documents": counts["kinds"].get("document", 0),
            "claims": counts["kinds"].get("claim", 0),
            "entities": counts["kinds"].get("entity", 0),
            "nodes": counts["nodes"],
            "edges": counts["edges"],
        }
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3 document of every JSON route."""
    doc = current_app.extensions.get("kg_openapi")
    if doc is None:
        eng = engine()
        doc = openapi_document(current_app.config, modes=tuple(eng.MODES), dimension=eng.dimension)
        current_app.extensions["kg_openapi"] = doc
    return jsonify(doc)
