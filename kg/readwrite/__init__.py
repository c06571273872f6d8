"""Graph exports: GEXF 1.3 (for Gephi), GraphML and node-link JSON.

One module per format, as networkx's own ``readwrite`` package has. :data:`EXPORT_FORMATS`
lets the CLI and the web layer dispatch by format name::

    writer, mimetype, extension = EXPORT_FORMATS["gexf"]
    writer(graph, out)  # out: a path or a binary file object
"""

from __future__ import annotations

from kg.readwrite.gexf import gexf_bytes, write_gexf
from kg.readwrite.graphml import graphml_bytes, write_graphml
from kg.readwrite.jsonfmt import json_bytes, read_json, write_json

EXPORT_FORMATS = {
    "gexf": (write_gexf, "application/gexf+xml", ".gexf"),
    "graphml": (write_graphml, "application/graphml+xml", ".graphml"),
    "json": (write_json, "application/json", ".json"),
}
"""Format name → ``(writer(graph, out), mimetype, file extension)``."""

__all__ = [
    "EXPORT_FORMATS",
    "gexf_bytes",
    "graphml_bytes",
    "json_bytes",
    "read_json",
    "write_gexf",
    "write_graphml",
    "write_json",
]
