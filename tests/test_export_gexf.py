"""GEXF 1.3 export: schema validity, networkx read-back, viz data, special characters.

``sample_graph`` here is also used by the GraphML and JSON export tests.
"""

from __future__ import annotations

import io
import itertools
import math
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.model import stable_id
from kg.readwrite import gexf_bytes, layout, write_gexf

SCHEMA = Path(__file__).resolve().parent / "schemas" / "gexf-1.3" / "gexf.rng"
NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}

TRICKY = "She said \u201cA < B && C > D\u201d \u2014 it\u2019s \U0001F600 \"quoted\"\tand\nsplit"
LONG = ("Long claim with \u201ccurly quotes\u201d, <tags> & ampersands \U0001F680. " * 40)[:2000]


def sample_graph() -> nx.MultiDiGraph:
    """A small graph shaped like ``kg.graph.build_graph``'s output, with awkward text."""
    g = nx.MultiDiGraph()
    doc = "document:sample"
    g.add_node(doc, kind="document", label="Sample \u201cdoc\u201d & <co>", path="/tmp/sample.md")
    top = stable_id("section", doc, "Intro", "0")
    sub = stable_id("section", doc, "Details \U0001F4A1", "1")
    g.add_node(top, kind="section", label="Intro", doc=doc, level=1, order=0)
    g.add_node(sub, kind="section", label="Details \U0001F4A1", doc=doc, level=2, order=1)
    g.add_edge(doc, top, key="contains", relation="contains", weight=1.0)
    g.add_edge(top, sub, key="contains", relation="contains", weight=1.0)
    texts = ["Ada Lovelace wrote the first program.", TRICKY, LONG,
             "The Analytical Engine was designed in London.", "It computed Bernoulli numbers."]
    claims = []
    start = 0
    for order, text in enumerate(texts):
        cid = stable_id("claim", text)
        claims.append(cid)
        g.add_node(cid, kind="claim", label=text[:80], text=text, doc=doc, char_start=start,
                   char_end=start + len(text), occurrences=2 if order == 0 else 1,
                   spans=f"{doc}:{start}:{start + len(text)}", section=top if order < 2 else sub, order=order)
        g.add_edge(cid, top if order < 2 else sub, key="in_section", relation="in_section", weight=1.0)
        start += len(text) + 1
    for a, b in itertools.pairwise(claims):
        g.add_edge(a, b, key="next", relation="next", weight=1.0)
    entities = [("Ada Lovelace", "person", 3), ("Royal Society", "organization", 1),
                ("London", "place", 1), ("Bernoulli numbers", "concept", 2)]
    ents = []
    for label, etype, mentions in entities:
        eid = stable_id("entity", label)
        ents.append(eid)
        g.add_node(eid, kind="entity", label=label, entity_type=etype, aliases=f"{label.split()[0]}|{label.upper()}",
                   mentions=mentions, merges='[{"form": "x", "rule": "case", "evidence": "\u201cX\u201d"}]')
    g.add_edge(claims[0], ents[0], key="mentions", relation="mentions", weight=1.0, via="literal", surface="Ada Lovelace")
    g.add_edge(claims[4], ents[0], key="mentions", relation="mentions", weight=1.0, via="reference", surface="It")
    g.add_edge(claims[3], ents[2], key="mentions", relation="mentions", weight=1.0, via="literal", surface="London")
    g.add_edge(claims[4], ents[3], key="mentions", relation="mentions", weight=1.0, via="literal", surface="Bernoulli numbers")
    g.add_edge(claims[1], ents[1], key="mentions", relation="mentions", weight=1.0, via="literal", surface="Society \U0001F600")
    u, v = sorted([ents[0], ents[3]])
    g.add_edge(u, v, key="co_occurs", relation="co_occurs", weight=2.0)
    # Two relations between the same pair: a MultiDiGraph edge key is the relation.
    g.add_edge(claims[3], claims[4], key="similar_to", relation="similar_to", weight=0.8731, near_duplicate=False)
    g.add_edge(claims[0], claims[2], key="similar_to", relation="similar_to", weight=0.9912, near_duplicate=True)
    return g


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def _valid(schema: etree.RelaxNG, data: bytes) -> etree._Element:
    root = etree.fromstring(data)
    if not schema.validate(etree.ElementTree(root)):
        pytest.fail(f"GEXF does not validate: {schema.error_log}")
    return root


def test_validates_against_gexf_13(schema):
    root = _valid(schema, gexf_bytes(sample_graph()))
    assert root.get("version") == "1.3"
    assert root.tag == "{http://gexf.net/1.3}gexf"


def test_schema_rejects_a_broken_document(schema):
    data = gexf_bytes(sample_graph()).replace(b'version="1.3"', b'version="1.2"', 1)
    assert not schema.validate(etree.ElementTree(etree.fromstring(data)))


@pytest.mark.parametrize("graph", [nx.MultiDiGraph(), nx.Graph(), nx.path_graph(3)], ids=["empty", "empty-simple", "path"])
def test_other_graphs_validate(schema, graph):
    root = _valid(schema, gexf_bytes(graph))
    assert len(root.findall(".//g:node", NS)) == len(graph)


def test_networkx_reads_it_back(tmp_path):
    g = sample_graph()
    path = tmp_path / "graph.gexf"
    write_gexf(g, path)
    back = nx.read_gexf(path)
    assert set(back) == set(g)
    assert back.number_of_edges() == g.number_of_edges()
    for node, attrs in g.nodes(data=True):
        assert back.nodes[node]["kind"] == attrs["kind"]
        assert back.nodes[node]["label"] == attrs["label"]
    assert back.nodes[stable_id("claim", LONG)]["text"] == LONG
    assert back.nodes[stable_id("claim", TRICKY)]["text"] == TRICKY
    ada = back.nodes[stable_id("entity", "Ada Lovelace")]
    assert ada["mentions"] == 3 and isinstance(ada["mentions"], int)
    relations = sorted(d["relation"] for *_, d in back.edges(data=True))
    assert relations == sorted(d["relation"] for *_, d in g.edges(data=True))
    dup = [d for *_, d in back.edges(data=True) if d["relation"] == "similar_to"]
    assert sorted((d["weight"], d["near_duplicate"]) for d in dup) == [(0.8731, False), (0.9912, True)]
    assert all(d["label"] == d["relation"] for *_, d in back.edges(data=True))


def test_parallel_edges_get_distinct_ids():
    g = sample_graph()
    a, b = stable_id("claim", "The Analytical Engine was designed in London."), stable_id("claim", "It computed Bernoulli numbers.")
    assert g.number_of_edges(a, b) == 2  # next and similar_to
    root = etree.fromstring(gexf_bytes(g, layout=False))
    edges = root.findall(".//g:edge", NS)
    ids = [e.get("id") for e in edges]
    assert len(ids) == len(set(ids)) == g.number_of_edges()
    pair = sorted(e.get("label") for e in edges if (e.get("source"), e.get("target")) == (a, b))
    assert pair == ["next", "similar_to"]


def test_every_edge_is_directed_by_default():
    root = etree.fromstring(gexf_bytes(sample_graph(), layout=False))
    assert root.find("g:graph", NS).get("defaultedgetype") == "directed"
    assert {e.get("type") for e in root.iterfind(".//g:edge", NS)} == {None}


def test_co_occurs_can_be_written_undirected_for_gephi():
    root = etree.fromstring(gexf_bytes(sample_graph(), layout=False, undirected={"co_occurs"}))
    assert root.find("g:graph", NS).get("defaultedgetype") == "directed"
    types = {(e.get("label"), e.get("type")) for e in root.iterfind(".//g:edge", NS)}
    assert ("co_occurs", "undirected") in types
    assert {t for label, t in types if label != "co_occurs"} == {None}


def test_attribute_types_are_declared():
    root = etree.fromstring(gexf_bytes(sample_graph(), layout=False))
    declared = {
        (a.getparent().get("class"), a.get("title")): a.get("type") for a in root.iterfind(".//g:attribute", NS)
    }
    assert declared[("node", "kind")] == "string"
    assert declared[("node", "mentions")] == "integer"
    assert declared[("node", "char_start")] == "integer"
    assert declared[("edge", "near_duplicate")] == "boolean"
    assert declared[("edge", "relation")] == "string"
    assert ("edge", "weight") not in declared  # the edge's own weight attribute carries it
    assert ("node", "label") not in declared
    weights = {float(e.get("weight")) for e in root.iterfind(".//g:edge", NS)}
    assert weights == {1.0, 2.0, 0.8731, 0.9912}


def test_viz_on_every_node():
    g = sample_graph()
    root = etree.fromstring(gexf_bytes(g))
    nodes = root.findall(".//g:node", NS)
    assert len(nodes) == len(g)
    positions = set()
    for node in nodes:
        colour, size, pos = (node.find(f"viz:{t}", NS) for t in ("color", "size", "position"))
        assert colour is not None and size is not None and pos is not None
        assert all(0 <= int(colour.get(c)) <= 255 for c in "rgb")
        assert layout.SIZE_RANGE[0] <= float(size.get("value")) <= layout.SIZE_RANGE[1]
        x, y = float(pos.get("x")), float(pos.get("y"))
        assert math.isfinite(x) and math.isfinite(y)
        positions.add((x, y))
    assert len(positions) == len(g)


def _viz(g, **kwargs) -> dict[str, dict]:
    back = nx.read_gexf(io.BytesIO(gexf_bytes(g, **kwargs)))
    return {n: d.get("viz", {}) for n, d in back.nodes(data=True)}


def test_colours_follow_kind_and_entity_type():
    g = sample_graph()
    viz = _viz(g, layout=False)
    colour = {n: tuple(viz[n]["color"][c] for c in "rgb") for n in g}
    entities = [n for n, k in g.nodes(data="kind") if k == "entity"]
    assert len({colour[n] for n in entities}) == 4  # four entity types, four colours
    claims = {colour[n] for n, k in g.nodes(data="kind") if k == "claim"}
    assert len(claims) == 1 and not claims & {colour[n] for n in entities}
    assert colour["document:sample"] == (0, 0, 0)
    assert all("position" not in viz[n] for n in g)  # layout=False


def test_sizes_follow_mentions_and_degree():
    g = sample_graph()
    size = {n: v["size"] for n, v in _viz(g, layout=False).items()}
    assert size[stable_id("entity", "Ada Lovelace")] > size[stable_id("entity", "London")]
    assert max(size.values()) == layout.SIZE_RANGE[1]


def test_output_is_deterministic_and_path_equals_file(tmp_path):
    g = sample_graph()
    path = tmp_path / "g.gexf"
    write_gexf(g, str(path))
    assert path.read_bytes() == gexf_bytes(g)


def test_xml_illegal_characters_are_replaced(schema):
    g = sample_graph()
    g.add_node("claim:bad\x01", kind="claim", label="bell\x07 here", text="nul\x00 and vt\x0b")
    back = nx.read_gexf(io.BytesIO(_valid_bytes(schema, g)))
    assert back.nodes["claim:bad\ufffd"]["text"] == "nul\ufffd and vt\ufffd"


def _valid_bytes(schema, g) -> bytes:
    data = gexf_bytes(g)
    _valid(schema, data)
    return data


def test_reserved_time_names_are_renamed(schema):
    g = nx.MultiDiGraph()
    g.add_node("a", kind="claim", label="a", start=1, end=2)
    root = _valid(schema, gexf_bytes(g))
    titles = {a.get("title") for a in root.iterfind(".//g:attribute", NS)}
    assert {"start_", "end_"} <= titles and not {"start", "end"} & titles
    assert root.find(".//g:node", NS).get("start") is None


def test_large_graph_layout_places_nodes_near_neighbours(monkeypatch, schema):
    monkeypatch.setattr(layout, "EXACT_LIMIT", 40)
    monkeypatch.setattr(layout, "ANCHORS", 15)
    g = nx.MultiDiGraph(nx.connected_caveman_graph(12, 8))  # 96 nodes in 12 tight groups
    g.add_node("lonely")
    pos = layout.positions(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(g)
    dist = [math.dist(pos[u], pos[v]) for u, v in g.edges()]
    nodes = sorted(g, key=str)
    pairs = [math.dist(pos[a], pos[b]) for a, b in zip(nodes, reversed(nodes)) if a != b]
    assert sum(dist) / len(dist) < 0.5 * sum(pairs) / len(pairs)
    _valid(schema, gexf_bytes(g))


def test_every_entity_type_has_its_own_colour():
    types = ["person", "organization", "product", "date", "place", "concept", "technique",
             "document", "quantity", "event"]
    colours = [layout.node_colour({"kind": "entity", "entity_type": t}) for t in types]
    assert len(set(colours)) == len(types)  # a court case or a war is not drawn as "other"
    assert layout.node_colour({"kind": "entity", "entity_type": "event"}) == "#661100"
