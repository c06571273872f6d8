"""Graph downloads: ``GET /api/export.gexf``, ``.graphml`` and ``.json``.

The whole graph is written once per format and the bytes are kept for the life of the app
(the served graph is read-only); a lock makes concurrent first downloads wait for one writer
instead of each running the force layout. ``?node=<id>&depth=N&limit=M`` exports only the
neighbourhood of one node, the same subgraph as ``/api/nodes/<id>/neighbourhood``; the last
:data:`RECENT` such exports are kept too, since the graph view offers them for download.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import threading

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import NotFound as RouteNotFound

from kg.readwrite import EXPORT_FORMATS
from web import validation
from web.api import engine, neighbourhood_args

log = logging.getLogger(__name__)

bp = Blueprint("exports", __name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
RECENT = 64
"""How many neighbourhood exports are kept."""
_LOCK = threading.Lock()


def _write(graph, fmt: str) -> bytes:
    writer = EXPORT_FORMATS[fmt][0]
    out = io.BytesIO()
    writer(graph, out)
    return out.getvalue()


def _etag(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _cached(key: tuple, make) -> tuple[bytes, str]:
    """The export for ``key`` and its ETag, written by ``make()`` on first use and kept.

    Full-graph exports are kept for the app's life, neighbourhoods while among the most recent.
    """
    cache = current_app.extensions["kg_exports"]
    with _LOCK:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        data = make()
        cache[key] = (data, _etag(data))
        recent = [k for k in cache if k[0] == "node"]
        for old in recent[: max(0, len(recent) - RECENT)]:
            del cache[old]
        return cache[key]


def _full_graph(fmt: str) -> tuple[bytes, str]:
    graph = engine().graph
    log.info("writing the %s export (%d nodes, %d edges)", fmt, graph.number_of_nodes(),
             graph.number_of_edges())
    return _write(graph, fmt)


@bp.get("/api/export.<fmt>")
def export(fmt: str) -> Response:
    """The graph (or one node's neighbourhood) as a file download.

    Raises:
        werkzeug.exceptions.NotFound: an unknown format.
        kg.errors.NotFound: an unknown ``node``.
        kg.errors.QueryError: a bad ``depth`` or ``limit``.
    """
    if fmt not in EXPORT_FORMATS:
        raise RouteNotFound(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    _, mimetype, extension = EXPORT_FORMATS[fmt]
    extension = extension.lstrip(".")
    node = validation.query_args(request.args, ("node",)).get("node")
    depth, limit = neighbourhood_args(request.args)  # checked even when unused: bad input is refused
    if node is None:
        (data, etag), stem = _cached(("graph", fmt), lambda: _full_graph(fmt)), "graph"
    else:
        subgraph = engine().neighbourhood(node, depth=depth, limit=limit)  # NotFound before caching
        data, etag = _cached(("node", fmt, node, depth, limit), lambda: _write(subgraph, fmt))
        stem = "graph-" + (_UNSAFE.sub("_", node).strip("._") or "node")[:80]
    response = Response(data, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{stem}.{extension}"'
    response.set_etag(etag)
    return response.make_conditional(request)
