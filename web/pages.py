"""The HTML pages: search, a page per graph node, and the source view of a document.

Every page is rendered on the server and works without JavaScript; ``static/search.js`` and
``static/graph.js`` add live search and the neighbourhood drawing on top. Views only gather
what the templates show: searching stays in the engine, and graph walking in
:mod:`web.nodepages` (a node's details, a document's claim segments).
"""

from __future__ import annotations

import logging
from urllib.parse import quote, urlencode

from flask import Blueprint, current_app, redirect, render_template, request

from kg.errors import KGError, PayloadTooLarge, QueryError
from web import validation
from web.api import default_k, engine
from web.nodepages import adjacent_claims, document_segments, node_details, split_text

log = logging.getLogger(__name__)

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets")

MAX_DEPTH = 2
"""Pages draw at most two links deep: a third ring is unreadable (the API allows more)."""
EXPORT_FORMATS = (("gexf", "GEXF"), ("graphml", "GraphML"), ("json", "JSON"))


_engine = engine


def _api_url(path: str, **params) -> str:
    """A URL under the JSON API, kept relative to where the app is mounted."""
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{request.script_root}/api/{path}" + (f"?{query}" if query else "")


def _exports(node_id: str | None = None, *, depth: int = 1) -> list[dict]:
    """Download links for the whole graph, or for one node's neighbourhood."""
    params = {"node": node_id, "depth": depth} if node_id else {}
    return [{"format": fmt, "label": label, "url": _api_url(f"export.{fmt}", **params)}
            for fmt, label in EXPORT_FORMATS]


@bp.app_context_processor
def _globals() -> dict:
    """Template globals for every page, the error page included (the footer's downloads)."""
    config = current_app.config
    return {"whole_graph_exports": _exports,
            "limits": {"max_k": config["MAX_K"], "default_k": default_k(config),
                       "max_query_chars": config["MAX_QUERY_CHARS"]}}


def _search_params(args) -> tuple[str, int, str | None]:
    """Validates the search form once, at the edge.

    Raises:
        QueryError: on an empty query, text that is not UTF-8, a bad ``k`` or an unknown mode.
        PayloadTooLarge: on an over-long query (413).
    """
    validation.utf8_query_string()
    raw_q = args.get("q") or ""
    max_chars = current_app.config["MAX_QUERY_CHARS"]
    if len(raw_q) > max_chars:  # 413, as GET /api/search answers
        raise PayloadTooLarge(f"The query is too long ({len(raw_q)} characters; at most {max_chars}).")
    try:
        q = validation.text(raw_q, name="q", max_chars=max_chars)
    except QueryError as e:
        raise QueryError("Type a question or some words to search for.") from e
    max_k = current_app.config["MAX_K"]
    try:
        k = validation.integer((args.get("k") or "").strip() or None, name="k", default=default_k(current_app.config),
                               low=1, high=max_k, from_query=True)
    except QueryError as e:
        raise QueryError(f"The number of results must be a whole number from 1 to {max_k}.") from e
    mode = (args.get("mode") or "").strip() or None
    if mode is not None and mode not in _modes():
        raise QueryError(f"Unknown search mode {mode[:20]!r}; use one of {', '.join(_modes())}.")
    return q, k, mode


def _modes() -> tuple[str, ...]:
    return tuple(_engine().MODES)


def _result_view(graph, result: dict) -> dict:
    """A search result with its text cut at the highlight and its neighbours sorted out."""
    highlight = result.get("highlight") or {}
    entities, seen = [], set()
    for nb in result.get("neighbours", []):
        if nb.get("kind") == "entity" and nb["id"] not in seen:
            seen.add(nb["id"])
            entities.append(nb)
    before, after = adjacent_claims(graph, result["id"]) if result["id"] in graph else (None, None)
    return {**result, "pieces": split_text(result["text"], highlight.get("start"), highlight.get("end")),
            "entities": entities, "before": before, "after": after}


@bp.get("/")
def index():
    """The search form and what the store holds; ``/?q=…`` (typed or bookmarked) goes to ``/search``."""
    if "q" in request.args:
        # Raw bytes as sent, %-escaping only what may not stand in a URL: decoding them as
        # Latin-1 let the Location header re-encode "é" as "Ã©".
        query = quote(request.query_string, safe="/?:@!$&'()*+,;=%")
        return redirect(f"{request.script_root}/search?{query}", code=302)
    engine = _engine()
    return render_template("index.html", counts=engine.counts()["kinds"], manifest=engine.manifest,
                           model=getattr(engine, "model_name", ""), modes=_modes(),
                           top_entities=engine.top_entities()[:12],
                           form={"q": "", "k": default_k(current_app.config), "mode": ""})


@bp.get("/search")
def search():
    """The form, filled, with the results; bad input gives the form, a message and a 4xx."""
    engine = _engine()
    form = {"q": request.args.get("q", ""), "k": request.args.get("k", default_k(current_app.config)),
            "mode": request.args.get("mode", "")}
    # Echoed into the page: a control character ("%00") is no HTML text, escaped or not.
    form = {key: validation.CONTROL.sub(" ", value) if isinstance(value, str) else value for key, value in form.items()}
    context = {"form": form, "modes": _modes(), "results": None, "error": None, "answer": None}
    if "q" not in request.args:
        return render_template("search.html", **context)
    try:
        q, k, mode = _search_params(request.args)
        answer = engine.search(q, k=k, mode=mode)
    except KGError as e:
        if e.status >= 500:
            raise
        context["error"] = e.message
        return render_template("search.html", **context), e.status
    context["answer"] = answer
    context["results"] = [_result_view(engine.graph, r) for r in answer["results"]]
    return render_template("search.html", **context)


def _parse_depth(raw) -> int:
    try:
        depth = int(raw or 1)
    except ValueError as e:
        raise QueryError("depth must be a whole number") from e
    if not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be between 1 and {MAX_DEPTH}")
    return depth


@bp.get("/nodes/<path:node_id>")
def node(node_id: str):
    """What the graph knows about one node, with a drawing of its neighbourhood."""
    engine = _engine()
    depth = _parse_depth(request.args.get("depth"))
    info = engine.node(node_id)
    details = node_details(engine.graph, node_id)
    return render_template("node.html", node=info, kind=info.get("kind"), details=details, depth=depth,
                           max_depth=MAX_DEPTH,
                           graph_url=_api_url(f"nodes/{quote(node_id, safe=':')}/neighbourhood",
                                              depth=depth),
                           exports=_exports(node_id, depth=depth))


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    """The source text, each claim an anchor ``#c-<char_start>`` that :target highlights."""
    engine = _engine()
    if not doc_id.startswith("document:"):
        doc_id = f"document:{doc_id}"
    doc = engine.document(doc_id)
    return render_template("document.html", doc=doc,
                           segments=document_segments(engine.graph, doc_id, doc["text"]))
