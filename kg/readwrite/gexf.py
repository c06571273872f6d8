"""GEXF 1.3 export, for Gephi.

networkx writes GEXF 1.2 (and a 1.3 that fails the official schema), so this module writes the
XML itself, streaming, one element per line. The output validates against the GEXF 1.3 RELAX NG
grammar (``gexf.rng`` with ``viz.rng``), which the tests check.

What is written:

* every node attribute except ``label`` (which becomes the node's GEXF ``label``) as a typed
  ``<attvalue>`` (``boolean``, ``integer``/``long``, ``double`` or ``string``);
* every edge attribute except ``weight`` (which becomes the GEXF ``weight``) likewise; the
  edge ``label`` is its relation and edge ids are ``0, 1, …`` in graph order, since two nodes
  can be linked by several relations;
* ``viz:color``, ``viz:size``, ``viz:shape`` and (unless ``layout=False``) ``viz:position`` for
  every node, from :mod:`kg.readwrite.layout`;
* directed edges. ``co_occurs`` is symmetric, but it is written directed (from the smaller id
  to the larger) by default because ``networkx.read_gexf`` refuses a graph that mixes directed
  and undirected edges, and analysts read exports back with it. Pass
  ``undirected={"co_occurs"}`` for a mixed file that Gephi draws without arrows on those edges.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import os
import re
from collections.abc import Iterable

import networkx as nx

from kg.readwrite import layout as viz
from kg.readwrite.jsonfmt import gc_paused

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
UNDIRECTED: frozenset[str] = frozenset()
"""Relations written as undirected edges by default (none: see the module docstring)."""

RESERVED = frozenset({"start", "end", "weight", "timeset", "timestamp", "timestamps", "intervals", "spells"})
"""Attribute titles GEXF (or Gephi) gives a meaning of their own; written with a ``_`` suffix."""

_INT32 = 2**31

# Characters XML 1.0 cannot carry at all become U+FFFD; the markup characters and the white
# space that attribute-value normalisation would fold are written as references.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",
})
_CHUNK = 2000


def xml_text(value: str) -> str:
    """``value`` with the characters XML 1.0 cannot represent replaced by U+FFFD.

    Args:
        value: any string.

    Returns:
        The same string when it is already XML-safe (the usual case).
    """
    return _ILLEGAL.sub("\ufffd", value)


def _esc(text: str) -> str:
    """A string made safe inside a double-quoted XML attribute."""
    if _SPECIAL.search(text) is None:
        return text
    return xml_text(text).translate(_ESCAPES)


def _value(value) -> str:
    """Any attribute value as escaped XML attribute text (the hot path of the writer)."""
    kind = type(value)
    if kind is str:
        return _esc(value)
    if kind is int:
        return str(value)
    if kind is float and math.isfinite(value):
        return repr(value)
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, float):
        return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
    return _esc(str(value))


def _gexf_type(kinds: set[type]) -> str:
    """The narrowest GEXF type holding values of all these Python types."""
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "integer"
    if kinds <= {int, float}:
        return "double"
    return "string"


def _columns(records: Iterable[dict], skip: frozenset[str]) -> dict[str, str]:
    """Attribute name → GEXF type, over every record, in order of first appearance."""
    kinds: dict[str, set[type]] = {}
    big: set[str] = set()
    for attrs in records:
        for name, value in attrs.items():
            if value is not None:
                kind = type(value)
                kinds.setdefault(name, set()).add(kind)
                if kind is int and not -_INT32 <= value < _INT32:
                    big.add(name)
    types = {name: _gexf_type(k) for name, k in kinds.items() if name not in skip}
    return {name: "long" if t == "integer" and name in big else t for name, t in types.items()}


def _declare(kind: str, columns: dict[str, str], ids: dict[str, str]) -> list[str]:
    if not columns:
        return []
    lines = [f'    <attributes class="{kind}">']
    for name, gtype in columns.items():
        title = f"{name}_" if name in RESERVED else name
        lines.append(f'      <attribute id="{ids[name]}" title="{_esc(title)}" type="{gtype}"/>')
    lines.append("    </attributes>")
    return lines


def _attvalues(attrs: dict, ids: dict[str, str]) -> str:
    values = "".join(
        f'<attvalue for="{ids[name]}" value="{_value(value)}"/>'
        for name, value in attrs.items()
        if value is not None and name in ids
    )
    return f"<attvalues>{values}</attvalues>" if values else ""


def write_gexf(graph: nx.Graph, out, *, layout: bool = True, undirected: Iterable[str] = UNDIRECTED) -> None:
    """Writes a graph as GEXF 1.3.

    Args:
        graph: the knowledge graph (any networkx graph with scalar attributes).
        out: a path, or a binary file object open for writing.
        layout: compute ``viz:position`` for every node (a force layout, see
            :mod:`kg.readwrite.layout`); False leaves positions to the viewer.
        undirected: relations written as undirected edges in a directed graph.

    Raises:
        OSError: ``out`` cannot be written.
    """
    with gc_paused(), contextlib.ExitStack() as stack:
        if isinstance(out, (str, os.PathLike)):
            out = stack.enter_context(open(out, "wb"))
        _write(graph, out, layout=layout, undirected=frozenset(undirected))


def gexf_bytes(graph: nx.Graph, **kwargs) -> bytes:
    """The GEXF 1.3 document as bytes; keyword arguments as for :func:`write_gexf`."""
    buffer = io.BytesIO()
    write_gexf(graph, buffer, **kwargs)
    return buffer.getvalue()


def _write(graph: nx.Graph, f, *, layout: bool, undirected: frozenset[str]) -> None:
    directed = graph.is_directed()
    multi = graph.is_multigraph()
    node_cols = _columns((a for _, a in graph.nodes(data=True)), frozenset({"label"}))
    edge_cols = _columns((a for *_, a in graph.edges(data=True)), frozenset({"weight"}))
    node_ids = {name: str(i) for i, name in enumerate(node_cols)}
    edge_ids = {name: str(i) for i, name in enumerate(edge_cols)}
    sizes = viz.node_sizes(graph)
    pos = viz.positions(graph) if layout else {}

    def emit(lines: list[str]) -> None:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
        lines.clear()

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">',
        "  <meta>",
        "    <creator>kg</creator>",
        f"    <description>knowledge graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges</description>",
        "  </meta>",
        f'  <graph defaultedgetype="{"directed" if directed else "undirected"}">',
        *_declare("node", node_cols, node_ids),
        *_declare("edge", edge_cols, edge_ids),
        f'    <nodes count="{graph.number_of_nodes()}">',
    ]
    ids = {}  # node → its escaped id, reused by every edge
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("kind")
        ids[node] = qid = _value(node)
        r, g, b = viz.hex_to_rgb(viz.node_colour(attrs))
        parts = [
            f'      <node id="{qid}" label="{_value(attrs.get("label", node))}">',
            _attvalues(attrs, node_ids),
            f'<viz:color r="{r}" g="{g}" b="{b}"/><viz:size value="{sizes[node]!r}"/>',
            f'<viz:shape value="{viz.SHAPES.get(kind, "disc")}"/>',
        ]
        if node in pos:
            x, y = pos[node]
            parts.append(f'<viz:position x="{x!r}" y="{y!r}" z="0.0"/>')
        parts.append("</node>")
        lines.append("".join(parts))
        if len(lines) >= _CHUNK:
            emit(lines)
    lines += ["    </nodes>", f'    <edges count="{graph.number_of_edges()}">']
    edges = graph.edges(keys=True, data=True) if multi else ((u, v, None, a) for u, v, a in graph.edges(data=True))
    for i, (u, v, key, attrs) in enumerate(edges):
        relation = attrs.get("relation", key)
        head = f'      <edge id="{i}" source="{ids[u]}" target="{ids[v]}"'
        if relation is not None:
            head += f' label="{_value(relation)}"'
        if directed and relation in undirected:
            head += ' type="undirected"'
        weight = attrs.get("weight")
        if isinstance(weight, (int, float)) and not isinstance(weight, bool):
            head += f' weight="{_value(float(weight))}"'
        lines.append(f"{head}>{_attvalues(attrs, edge_ids)}</edge>")
        if len(lines) >= _CHUNK:
            emit(lines)
    lines += ["    </edges>", "  </graph>", "</gexf>"]
    emit(lines)
    log.debug("wrote GEXF: %d nodes, %d edges", graph.number_of_nodes(), graph.number_of_edges())
