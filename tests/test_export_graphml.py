"""GraphML export: typed keys and an exact round trip through ``networkx.read_graphml``."""

from __future__ import annotations

import io

import networkx as nx
from lxml import etree
from test_export_gexf import LONG, TRICKY, sample_graph

from kg.readwrite import graphml_bytes, write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _read(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), edge_key_type=str, force_multigraph=True)


def _same(a: nx.Graph, b: nx.Graph) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)


def test_round_trip(tmp_path):
    g = sample_graph()
    path = tmp_path / "graph.graphml"
    write_graphml(g, path)
    back = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph)
    _same(g, back)
    ada = next(d for _, d in back.nodes(data=True) if d.get("label") == "Ada Lovelace")
    assert ada["mentions"] == 3 and isinstance(ada["mentions"], int)
    flags = {d["near_duplicate"] for *_, d in back.edges(data=True) if "near_duplicate" in d}
    assert flags == {True, False}


def test_special_characters_survive():
    back = _read(graphml_bytes(sample_graph()))
    texts = {d.get("text") for _, d in back.nodes(data=True)}
    assert {TRICKY, LONG} <= texts
    assert len(LONG) == 2000


def test_keys_are_typed():
    root = etree.fromstring(graphml_bytes(sample_graph()))
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iterfind("g:key", NS)}
    assert types[("node", "mentions")] == "long"
    assert types[("node", "text")] == "string"
    assert types[("edge", "weight")] == "double"
    assert types[("edge", "near_duplicate")] == "boolean"


def test_mixed_numbers_become_double():
    g = nx.MultiDiGraph()
    g.add_node("a", score=1)
    g.add_node("b", score=2.5)
    back = _read(graphml_bytes(g))
    assert back.nodes["a"]["score"] == 1.0 and isinstance(back.nodes["a"]["score"], float)


def test_path_and_file_object_agree(tmp_path):
    g = sample_graph()
    path = tmp_path / "g.graphml"
    write_graphml(g, str(path))
    buffer = io.BytesIO()
    write_graphml(g, buffer)
    assert path.read_bytes() == buffer.getvalue() == graphml_bytes(g)


def test_empty_graph():
    back = _read(graphml_bytes(nx.MultiDiGraph()))
    assert back.number_of_nodes() == 0 and back.is_directed()


def test_xml_illegal_characters_are_replaced_in_a_copy():
    g = sample_graph()
    g.add_node("x", kind="claim", text="bell\x07")
    g.add_edge("x", "document:sample", key="odd\x01", relation="odd\x01", weight=1.0)
    back = _read(graphml_bytes(g))
    assert back.nodes["x"]["text"] == "bell\ufffd"
    assert back.has_edge("x", "document:sample", "odd\ufffd")
    assert g.nodes["x"]["text"] == "bell\x07"  # the graph itself is untouched
