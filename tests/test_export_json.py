"""Node-link JSON: exact round trip, format marker, errors; and the export dispatch table."""

from __future__ import annotations

import gc
import io
import json

import networkx as nx
import pytest
from test_export_gexf import LONG, TRICKY, sample_graph

from kg.errors import StoreError
from kg.readwrite import EXPORT_FORMATS, json_bytes, read_json, write_json


def _same(a: nx.Graph, b: nx.Graph) -> None:
    assert type(a) is type(b)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    edges = {"keys": True} if a.is_multigraph() else {}
    assert list(a.edges(data=True, **edges)) == list(b.edges(data=True, **edges))
    assert a.graph == b.graph


def test_round_trip_is_exact(tmp_path):
    g = sample_graph()
    g.graph["name"] = "sample"
    path = tmp_path / "graph.json"
    write_json(g, path)
    _same(g, read_json(path))


def test_document_shape_and_utf8():
    data = json_bytes(sample_graph())
    doc = json.loads(data)
    assert doc["format"] == "kg-node-link" and doc["version"] == 1
    assert doc["directed"] is True and doc["multigraph"] is True
    assert {"source", "target", "key", "relation", "weight"} <= set(doc["links"][0])
    assert "\U0001F600".encode("utf-8") in data and b"\\u" not in data  # raw UTF-8, not escapes
    assert {TRICKY, LONG} <= {n.get("text") for n in doc["nodes"]}


@pytest.mark.parametrize("how", ["path", "str", "binary", "text", "bytes"])
def test_reads_every_kind_of_source(tmp_path, how):
    g = sample_graph()
    path = tmp_path / "g.json"
    write_json(g, path)
    if how == "path":
        back = read_json(path)
    elif how == "str":
        back = read_json(str(path))
    elif how == "bytes":
        back = read_json(path.read_bytes())
    else:
        with open(path, "rb" if how == "binary" else "r", encoding=None if how == "binary" else "utf-8") as f:
            back = read_json(f)
    _same(g, back)


def test_file_object_output():
    buffer = io.BytesIO()
    write_json(sample_graph(), buffer)
    assert buffer.getvalue() == json_bytes(sample_graph())


def test_empty_and_simple_graphs():
    _same(nx.MultiDiGraph(), read_json(json_bytes(nx.MultiDiGraph())))
    simple = nx.DiGraph([("a", "b", {"weight": 0.5})])
    _same(simple, read_json(json_bytes(simple)))
    _same(nx.path_graph(3), read_json(json_bytes(nx.path_graph(3))))


@pytest.mark.parametrize("doc", [
    {"nodes": [], "links": []},
    {"format": "something-else", "version": 1, "nodes": [], "links": []},
    {"format": "kg-node-link", "version": 2, "nodes": [], "links": []},
    {"format": "kg-node-link", "version": 1, "nodes": [{"label": "no id"}], "links": []},
    {"format": "kg-node-link", "version": 1, "nodes": [], "links": [{"source": "a"}]},
    ["not", "an", "object"],
], ids=["no-format", "other-format", "newer", "node-without-id", "link-without-target", "list"])
def test_rejects_other_documents(doc):
    with pytest.raises(StoreError):
        read_json(json.dumps(doc).encode())
    assert gc.isenabled()  # paused for the load, restored even on failure


def test_truncated_json_is_a_value_error():
    with pytest.raises(ValueError):
        read_json(json_bytes(sample_graph())[:-10])


@pytest.mark.parametrize("name,mimetype", [
    ("gexf", "application/gexf+xml"), ("graphml", "application/graphml+xml"), ("json", "application/json"),
])
def test_export_formats_dispatch(name, mimetype):
    writer, mime, extension = EXPORT_FORMATS[name]
    assert mime == mimetype
    assert extension == f".{name}"
    buffer = io.BytesIO()
    writer(sample_graph(), buffer)
    data = buffer.getvalue()
    assert data.startswith(b"{" if name == "json" else b"<?xml")
    assert b"Ada Lovelace" in data
