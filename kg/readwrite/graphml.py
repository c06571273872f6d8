"""GraphML export, through networkx.

Every key is typed (``string``, ``long``, ``double``, ``boolean``; a column holding both
integers and floats is written as ``double``) and every edge carries its key, the relation, as
its GraphML ``id``. Read it back with::

    networkx.read_graphml(path, edge_key_type=str, force_multigraph=True)

to get the same :class:`networkx.MultiDiGraph`, nodes, keys and attributes.
"""

from __future__ import annotations

import io
import logging
import os

import networkx as nx

from kg.readwrite.gexf import xml_text

log = logging.getLogger(__name__)


def write_graphml(graph: nx.Graph, out) -> None:
    """Writes a graph as GraphML.

    Characters XML 1.0 cannot carry (control characters other than tab and line breaks) are
    written as U+FFFD; everything else survives a round trip unchanged.

    Args:
        graph: the knowledge graph (any networkx graph with scalar attributes).
        out: a path, or a binary file object open for writing.

    Raises:
        OSError: ``out`` cannot be written.
    """
    if isinstance(out, os.PathLike):
        out = os.fspath(out)
    nx.write_graphml(_xml_safe(graph), out, infer_numeric_types=True)
    log.debug("wrote GraphML: %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges())


def graphml_bytes(graph: nx.Graph) -> bytes:
    """The GraphML document as bytes (see :func:`write_graphml`)."""
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def _unsafe(value) -> bool:
    return isinstance(value, str) and xml_text(value) != value


def _xml_safe(graph: nx.Graph) -> nx.Graph:
    """The graph itself when every string is XML-safe, else a cleaned copy."""
    dirty = any(_unsafe(n) or any(map(_unsafe, a.values())) for n, a in graph.nodes(data=True))
    dirty = dirty or any(any(map(_unsafe, e[-1].values())) or any(map(_unsafe, e[:-1])) for e in _edges(graph))
    if not dirty:
        return graph
    log.warning("replacing characters XML cannot carry with U+FFFD in the GraphML export")

    def clean(value):
        return xml_text(value) if isinstance(value, str) else value

    copy = graph.__class__()
    copy.graph.update({k: clean(v) for k, v in graph.graph.items()})
    copy.add_nodes_from((clean(n), {k: clean(v) for k, v in a.items()}) for n, a in graph.nodes(data=True))
    copy.add_edges_from(
        (*(clean(x) for x in e[:-1]), {k: clean(v) for k, v in e[-1].items()}) for e in _edges(graph)
    )
    return copy


def _edges(graph: nx.Graph):
    return graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True)
