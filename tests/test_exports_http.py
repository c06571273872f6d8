"""Graph downloads: attachment headers, read-back through networkx, neighbourhood exports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.readwrite import EXPORT_FORMATS
from web import create_app

GEXF_RNG = Path(__file__).resolve().parent / "schemas" / "gexf-1.3" / "gexf.rng"
NS = {"g": "http://gexf.net/1.3"}


@pytest.fixture(scope="module")
def app(engine):
    return create_app({"TESTING": True, "ENGINE": engine})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_download_headers(client, fmt):
    response = client.get(f"/api/export.{fmt}")
    assert response.status_code == 200
    _, mimetype, extension = EXPORT_FORMATS[fmt]
    assert response.mimetype == mimetype
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'filename="graph.{extension.lstrip(".")}"' in disposition
    assert response.data


def test_gexf_is_valid_gexf_13_with_every_node_and_edge(client, engine):
    data = client.get("/api/export.gexf").data
    root = etree.fromstring(data)
    schema = etree.RelaxNG(etree.parse(str(GEXF_RNG)))
    assert schema.validate(etree.ElementTree(root)), schema.error_log
    ids = {node.get("id") for node in root.iterfind(".//g:node", NS)}
    assert ids == set(engine.graph.nodes)
    assert len(root.findall(".//g:edge", NS)) == engine.graph.number_of_edges()


def test_gexf_reads_back_with_networkx(client, engine):
    graph = nx.read_gexf(io.BytesIO(client.get("/api/export.gexf").data))
    assert set(graph.nodes) == set(engine.graph.nodes)
    assert graph.number_of_edges() == engine.graph.number_of_edges()
    entity = next(n for n, kind in engine.graph.nodes(data="kind") if kind == "entity")
    assert graph.nodes[entity]["label"] == engine.graph.nodes[entity]["label"]
    assert graph.nodes[entity]["entity_type"] == engine.graph.nodes[entity]["entity_type"]


def test_neighbourhood_gexf_reads_back_with_networkx(client, engine):
    doc = next(n for n, kind in engine.graph.nodes(data="kind") if kind == "document")
    response = client.get("/api/export.gexf", query_string={"node": doc, "depth": 1})
    assert response.status_code == 200
    graph = nx.read_gexf(io.BytesIO(response.data))
    expected = engine.neighbourhood(doc, depth=1)
    assert set(graph.nodes) == set(expected.nodes)
    assert graph.number_of_edges() == expected.number_of_edges() > 0
    assert graph.nodes[doc]["kind"] == "document"


def test_graphml_reads_back_with_networkx(client, engine):
    graph = nx.read_graphml(io.BytesIO(client.get("/api/export.graphml").data))
    assert set(graph.nodes) == set(engine.graph.nodes)
    assert graph.number_of_edges() == engine.graph.number_of_edges()


def test_json_export_is_node_link(client, engine):
    data = json.loads(client.get("/api/export.json").data)
    assert {n["id"] for n in data["nodes"]} == set(engine.graph.nodes)


def test_full_graph_bytes_are_cached(app, client):
    first = client.get("/api/export.graphml")
    assert ("graph", "graphml") in app.extensions["kg_exports"]
    second = client.get("/api/export.graphml")
    assert first.data == second.data
    assert (
        client.get("/api/export.graphml", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    )


def test_neighbourhood_export(client, engine):
    claim = next(n for n, kind in engine.graph.nodes(data="kind") if kind == "claim")
    response = client.get("/api/export.graphml", query_string={"node": claim, "depth": 1})
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="graph-claim_')
    graph = nx.read_graphml(io.BytesIO(response.data))
    assert set(graph.nodes) == set(engine.neighbourhood(claim, depth=1).nodes)
    assert graph.number_of_nodes() < engine.graph.number_of_nodes()


def test_neighbourhood_exports_are_cached_and_bounded(app, client, engine, monkeypatch):
    from web import exports

    monkeypatch.setattr(exports, "RECENT", 2)
    nodes = [n for n, kind in engine.graph.nodes(data="kind") if kind == "claim"][:3]
    first = client.get("/api/export.json", query_string={"node": nodes[0]})
    again = client.get("/api/export.json", query_string={"node": nodes[0]})
    assert first.status_code == again.status_code == 200
    assert first.headers["ETag"] == again.headers["ETag"]
    for node in nodes[1:]:
        assert client.get("/api/export.json", query_string={"node": node}).status_code == 200
    kept = [key for key in app.extensions["kg_exports"] if key[0] == "node"]
    assert [key[2] for key in kept] == nodes[1:]
