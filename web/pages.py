"""The HTML pages: search, a page per graph node, and the source view of a document.

Every page is rendered on the server and works without JavaScript; ``static/search.js`` and
``static/graph.js`` add live search and the neighbourhood drawing on top. Views only gather
what the templates show: searching and graph walking stay in the engine and the graph.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import quote, urlencode

from flask import Blueprint, current_app, render_template, request

from kg.errors import KGError, QueryError
from web import validation
from web.api import engine

log = logging.getLogger(__name__)

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets")

DEFAULT_K = 10
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
    return {"whole_graph_exports": _exports}


def _search_params(args) -> tuple[str, int, str | None]:
    """Validates the search form once, at the edge.

    Raises:
        QueryError: on an empty or over-long query, a bad ``k`` or an unknown mode.
    """
    raw_q = args.get("q") or ""
    max_chars = current_app.config["MAX_QUERY_CHARS"]
    if len(raw_q) > max_chars:
        raise QueryError(f"The query is too long ({len(raw_q)} characters; at most {max_chars}).")
    try:
        q = validation.text(raw_q, name="q", max_chars=max_chars)
    except QueryError as e:
        raise QueryError("Type a question or some words to search for.") from e
    max_k = current_app.config["MAX_K"]
    try:
        k = validation.integer((args.get("k") or "").strip() or None, name="k", default=DEFAULT_K,
                               low=1, high=max_k, from_query=True)
    except QueryError as e:
        raise QueryError(f"The number of results must be a whole number from 1 to {max_k}.") from e
    mode = (args.get("mode") or "").strip() or None
    if mode is not None and mode not in _modes():
        raise QueryError(f"Unknown search mode {mode[:20]!r}; use one of {', '.join(_modes())}.")
    return q, k, mode


def _modes() -> tuple[str, ...]:
    return tuple(_engine().MODES)


def _split(text: str, start, end) -> tuple[str, str, str]:
    """``text`` cut into before / marked / after, with the offsets clamped into range."""
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return text, "", ""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return text[:start], text[start:end], text[end:]


def _claim_link(graph, claim_id: str) -> dict:
    attrs = graph.nodes[claim_id]
    return {"id": claim_id, "label": attrs.get("label", claim_id), "text": attrs.get("text", ""),
            "doc": attrs.get("doc"), "char_start": attrs.get("char_start")}


def _adjacent(graph, claim_id: str) -> tuple[dict | None, dict | None]:
    """The claims just before and just after a claim (the ``next`` edges)."""
    before = next((u for u, _, key in graph.in_edges(claim_id, keys=True) if key == "next"), None)
    after = next((v for _, v, key in graph.out_edges(claim_id, keys=True) if key == "next"), None)
    return (_claim_link(graph, before) if before else None,
            _claim_link(graph, after) if after else None)


def _result_view(graph, result: dict) -> dict:
    """A search result with its text cut at the highlight and its neighbours sorted out."""
    highlight = result.get("highlight") or {}
    entities, seen = [], set()
    for nb in result.get("neighbours", []):
        if nb.get("kind") == "entity" and nb["id"] not in seen:
            seen.add(nb["id"])
            entities.append(nb)
    before, after = _adjacent(graph, result["id"]) if result["id"] in graph else (None, None)
    return {**result, "pieces": _split(result["text"], highlight.get("start"), highlight.get("end")),
            "entities": entities, "before": before, "after": after}


@bp.get("/")
def index():
    """The search form and what the store holds."""
    engine = _engine()
    return render_template("index.html", counts=engine.counts()["kinds"], manifest=engine.manifest,
                           model=getattr(engine, "model_name", ""), modes=_modes(),
                           top_entities=engine.top_entities()[:12],
                           form={"q": "", "k": DEFAULT_K, "mode": ""})


@bp.get("/search")
def search():
    """The form, filled, with the results; bad input gives the form, a message and a 4xx."""
    engine = _engine()
    form = {"q": request.args.get("q", ""), "k": request.args.get("k", DEFAULT_K),
            "mode": request.args.get("mode", "")}
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


def _merges(raw) -> list[dict]:
    """The entity's ``merges`` attribute (JSON text) as a list of dicts; bad JSON shows as none."""
    if not raw:
        return []
    try:
        merges = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        log.warning("unreadable merges attribute: %.80r", raw)
        return []
    return [m for m in merges if isinstance(m, dict)] if isinstance(merges, list) else []


def _entity_details(graph, node_id: str) -> dict:
    """Every claim that mentions the entity, and the entities it co-occurs with."""
    claims = {}
    for claim_id, _, key, data in graph.in_edges(node_id, keys=True, data=True):
        if key != "mentions" or claim_id in claims:
            continue
        link = _claim_link(graph, claim_id)
        surface = data.get("surface") or ""
        at = link["text"].find(surface) if surface else -1
        link["pieces"] = (_split(link["text"], at, at + len(surface)) if at >= 0
                          else (link["text"], "", ""))
        link["via"] = data.get("via", "literal")
        link["surface"] = surface
        link["order"] = graph.nodes[claim_id].get("order", 0)
        claims[claim_id] = link
    related = {}
    for u, v, key, data in [*graph.out_edges(node_id, keys=True, data=True),
                            *graph.in_edges(node_id, keys=True, data=True)]:
        if key == "co_occurs":
            other = v if u == node_id else u
            related[other] = {"id": other, "label": graph.nodes[other].get("label", other),
                              "entity_type": graph.nodes[other].get("entity_type", ""),
                              "weight": data.get("weight", 1)}
    return {
        "claims": sorted(claims.values(), key=lambda c: (str(c["doc"]), c["order"])),
        "related": sorted(related.values(), key=lambda r: (-r["weight"], r["label"])),
    }


def _spans(attrs: dict) -> list[tuple[str, int, int]]:
    """A claim's occurrences from its ``spans`` attribute (``doc:start:end`` joined with ``|``).

    Document ids hold colons themselves, so each span is cut from the right.
    """
    out = []
    for span in str(attrs.get("spans") or "").split("|"):
        head, _, end = span.rpartition(":")
        doc, _, start = head.rpartition(":")
        if doc and start.isdigit() and end.isdigit():
            out.append((doc, int(start), int(end)))
    if not out and attrs.get("doc") is not None and attrs.get("char_start") is not None:
        out.append((attrs["doc"], int(attrs["char_start"]), int(attrs.get("char_end") or 0)))
    return out


def _claim_details(graph, node_id: str) -> dict:
    attrs = graph.nodes[node_id]
    spans = [{"doc": doc, "char_start": start, "char_end": end,
              "title": graph.nodes[doc].get("label", doc) if doc in graph else doc}
             for doc, start, end in _spans(attrs)]
    mentions = [{"id": v, "label": graph.nodes[v].get("label", v), "via": data.get("via", "literal"),
                 "surface": data.get("surface", ""), "entity_type": graph.nodes[v].get("entity_type", "")}
                for _, v, key, data in graph.out_edges(node_id, keys=True, data=True) if key == "mentions"]
    similar = [{**_claim_link(graph, other), "weight": data.get("weight", 0),
                "near_duplicate": bool(data.get("near_duplicate"))}
               for u, v, key, data in [*graph.out_edges(node_id, keys=True, data=True),
                                       *graph.in_edges(node_id, keys=True, data=True)]
               if key == "similar_to" for other in [v if u == node_id else u]]
    before, after = _adjacent(graph, node_id)
    section = next((v for _, v, key in graph.out_edges(node_id, keys=True) if key == "in_section"), None)
    return {"spans": spans, "mentions": mentions, "before": before, "after": after,
            "similar": sorted(similar, key=lambda s: -s["weight"]),
            "section": {"id": section, "label": graph.nodes[section].get("label")} if section else None}


def _contained(graph, node_id: str, relation: str, *, incoming: bool) -> list[dict]:
    """Nodes joined to ``node_id`` by ``relation`` edges, in document order."""
    edges = graph.in_edges(node_id, keys=True) if incoming else graph.out_edges(node_id, keys=True)
    ids = {u if incoming else v for u, v, key in edges if key == relation}
    return sorted(({"id": n, "label": graph.nodes[n].get("label", n), "kind": graph.nodes[n].get("kind"),
                    "order": graph.nodes[n].get("order", 0), "doc": graph.nodes[n].get("doc"),
                    "char_start": graph.nodes[n].get("char_start")} for n in ids),
                  key=lambda d: (d["order"], d["label"]))


@bp.get("/nodes/<path:node_id>")
def node(node_id: str):
    """What the graph knows about one node, with a drawing of its neighbourhood."""
    engine = _engine()
    depth = _parse_depth(request.args.get("depth"))
    info = engine.node(node_id)
    graph = engine.graph
    kind = info.get("kind")
    details: dict = {}
    if kind == "entity":
        details = _entity_details(graph, node_id)
        details["aliases"] = [a for a in str(info["attributes"].get("aliases") or "").split("|") if a]
        details["merges"] = _merges(info["attributes"].get("merges"))
    elif kind == "claim":
        details = _claim_details(graph, node_id)
    elif kind == "section":
        details = {"claims": _contained(graph, node_id, "in_section", incoming=True),
                   "subsections": _contained(graph, node_id, "contains", incoming=False),
                   "parents": _contained(graph, node_id, "contains", incoming=True)}
    elif kind == "document":
        details = {"sections": _contained(graph, node_id, "contains", incoming=False)}
    return render_template("node.html", node=info, kind=kind, details=details, depth=depth,
                           max_depth=MAX_DEPTH,
                           graph_url=_api_url(f"nodes/{quote(node_id, safe=':')}/neighbourhood",
                                              depth=depth),
                           exports=_exports(node_id, depth=depth))


def _segments(graph, doc_id: str, text: str) -> list[dict]:
    """The document text cut into plain runs and claim occurrences, in order."""
    spans = [(start, end, claim_id)
             for claim_id, attrs in graph.nodes(data=True) if attrs.get("kind") == "claim"
             for doc, start, end in _spans(attrs) if doc == doc_id]
    segments, pos = [], 0
    for start, end, claim_id in sorted(spans):
        if start < pos or end > len(text):
            continue  # overlapping or stale span: show the text plainly rather than twice
        if start > pos:
            segments.append({"text": text[pos:start]})
        segments.append({"text": text[start:end], "claim": claim_id, "start": start})
        pos = end
    if pos < len(text):
        segments.append({"text": text[pos:]})
    return segments


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    """The source text, each claim an anchor ``#c-<char_start>`` that :target highlights."""
    engine = _engine()
    if not doc_id.startswith("document:"):
        doc_id = f"document:{doc_id}"
    doc = engine.document(doc_id)
    return render_template("document.html", doc=doc,
                           segments=_segments(engine.graph, doc_id, doc["text"]))
