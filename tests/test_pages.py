"""The HTML pages, through Flask's test client, on the small test corpus."""

from __future__ import annotations

import html
import re

import pytest

from web import create_app


@pytest.fixture()
def client(engine):
    return create_app({"TESTING": True, "ENGINE": engine}).test_client()


def _nodes(graph, kind):
    return [(n, attrs) for n, attrs in graph.nodes(data=True) if attrs.get("kind") == kind]


def _busiest_entity(graph):
    """The entity with the most mentioning claims (ties broken by id, so tests are stable)."""
    def claims(n):
        return {u for u, _, key in graph.in_edges(n, keys=True) if key == "mentions"}
    return max(sorted(n for n, _ in _nodes(graph, "entity")), key=lambda n: len(claims(n))), claims


def _text(page: str) -> str:
    """The visible text of a page fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_index_shows_the_form_and_counts(client, engine):
    page = client.get("/").get_data(as_text=True)
    assert re.search(r'<form[^>]*action="/search"[^>]*method="get"', page)
    assert 'name="q"' in page
    claims = len(_nodes(engine.graph, "claim"))
    assert f"{claims} claims" in " ".join(_text(page).split())


def test_search_without_a_query_shows_the_empty_form(client):
    response = client.get("/search")
    assert response.status_code == 200
    assert 'name="q"' in response.get_data(as_text=True)
    assert "<mark>" not in response.get_data(as_text=True)


def test_search_marks_the_best_span_of_each_result(client, engine):
    _, attrs = min(_nodes(engine.graph, "claim"))
    query = attrs["text"]
    expected = engine.search(query, k=3)["results"]
    response = client.get("/search", query_string={"q": query, "k": 3})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    marks = [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", page, flags=re.DOTALL)]
    wanted = [r["text"][r["highlight"]["start"]:r["highlight"]["end"]] for r in expected]
    assert marks == [w for w in wanted if w]
    assert len(re.findall(r'<li class="result">', page)) == len(expected)
    top = expected[0]
    assert f'href="/documents/{top["document"]}#c-{top["char_start"]}"' in page
    assert f'href="/nodes/{top["id"]}#graph"' in page
    for nb in top["neighbours"]:
        if nb["kind"] == "entity":
            assert f'href="/nodes/{nb["id"]}"' in page


def test_search_form_is_filled_with_the_query(client):
    page = client.get("/search", query_string={"q": "who made it", "k": "4", "mode": "sparse"}).get_data(as_text=True)
    assert 'value="who made it"' in page
    assert 'value="4"' in page
    assert '<option value="sparse" selected>' in page


def test_a_script_in_the_query_comes_back_escaped(client):
    attack = "<script>alert(1)</script>"
    response = client.get("/search", query_string={"q": attack})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert attack not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("params", [
    {"q": "founded", "k": "abc"},
    {"q": "founded", "k": "0"},
    {"q": "founded", "k": "100000"},
    {"q": "founded", "k": "1e3"},
    {"q": ""},
    {"q": "   "},
    {"q": "x" * 20000},
    {"q": "founded", "mode": "psychic"},
])
def test_bad_search_input_gives_the_form_and_a_400(client, params):
    response = client.get("/search", query_string=params)
    page = response.get_data(as_text=True)
    # An over-long query is a 413, as on GET /api/search; the rest are 400s.
    assert response.status_code == (413 if len(params["q"]) > 2000 else 400)
    assert 'role="alert"' in page
    assert 'name="q"' in page
    assert "Traceback" not in page


def test_entity_page_lists_every_claim_that_mentions_it(client, engine):
    graph = engine.graph
    entity, claims_of = _busiest_entity(graph)
    claims = claims_of(entity)
    assert claims, "the test corpus should have an entity with mentions"
    response = client.get(f"/nodes/{entity}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert html.escape(graph.nodes[entity]["label"]) in page
    assert page.count('class="claim-item') == len(claims)
    for claim in claims:
        attrs = graph.nodes[claim]
        assert f'href="/nodes/{claim}"' in page
        assert f'href="/documents/{attrs["doc"]}#c-{attrs["char_start"]}"' in page


def test_entity_page_shows_co_occurring_entities_by_weight(client, engine):
    graph = engine.graph
    pairs = [(u, v, d["weight"]) for u, v, key, d in graph.edges(keys=True, data=True) if key == "co_occurs"]
    if not pairs:
        pytest.skip("no co-occurring entities in this corpus")
    u, v, _ = max(pairs, key=lambda p: p[2])
    page = client.get(f"/nodes/{u}").get_data(as_text=True)
    related = page.split("Related entities", 1)[1]
    assert f'href="/nodes/{v}"' in related


def test_entity_page_marks_claims_found_by_reference(client, engine):
    graph = engine.graph
    refs = [(u, v) for u, v, key, d in graph.edges(keys=True, data=True)
            if key == "mentions" and d.get("via") == "reference"]
    if not refs:
        pytest.skip("no mentions by reference in this corpus")
    claim, entity = refs[0]
    page = client.get(f"/nodes/{entity}").get_data(as_text=True)
    items = re.findall(r'<li class="claim-item via-(\w+)">(.*?)</li>', page, flags=re.DOTALL)
    marked = [body for via, body in items if via == "reference"]
    assert any(f'href="/nodes/{claim}"' in body and "by reference" in body for body in marked)
    literal = {u for u, _, key, d in graph.in_edges(entity, keys=True, data=True)
               if key == "mentions" and d.get("via") != "reference"}
    assert len(items) - len(marked) == len(literal - {u for u, _ in refs if _ == entity})


def test_claim_page_shows_text_and_where_it_stands(client, engine):
    claim, attrs = min(_nodes(engine.graph, "claim"))
    page = client.get(f"/nodes/{claim}").get_data(as_text=True)
    assert html.escape(attrs["text"]) in page
    assert f'href="/documents/{attrs["doc"]}#c-{attrs["char_start"]}"' in page


def test_node_page_offers_the_graph_and_its_downloads(client, engine):
    entity, _ = _busiest_entity(engine.graph)
    page = client.get(f"/nodes/{entity}").get_data(as_text=True)
    assert 'id="graph"' in page
    assert f'data-src="/api/nodes/{entity}/neighbourhood?depth=1"' in page
    for fmt in ("gexf", "graphml", "json"):
        assert f'href="/api/export.{fmt}?node={entity.replace(":", "%3A")}&amp;depth=1"' in page
        assert f'href="/api/export.{fmt}"' in page
    assert "cytoscape.min.js" in page


def test_every_kind_of_node_has_a_page(client, engine):
    for kind in ("document", "section", "claim", "entity"):
        nodes = _nodes(engine.graph, kind)
        if nodes:
            node, _ = nodes[0]
            response = client.get(f"/nodes/{node}")
            assert response.status_code == 200, (kind, node)
            assert f'kind-{kind}' in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/nodes/entity:000000000000", "/nodes/nothing/at/all",
                                  "/documents/document:no-such-document"])
def test_unknown_ids_give_a_404_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "Not found" in response.get_data(as_text=True)


def test_bad_depth_is_a_400_not_a_500(client, engine):
    entity, _ = _busiest_entity(engine.graph)
    assert client.get(f"/nodes/{entity}?depth=banana").status_code == 400
    assert client.get(f"/nodes/{entity}?depth=9").status_code == 400


def test_document_page_anchors_every_claim_on_the_source_text(client, engine):
    graph = engine.graph
    doc_id = min(n for n, _ in _nodes(graph, "document"))
    source = engine.document(doc_id)["text"]
    response = client.get(f"/documents/{doc_id}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    body = re.search(r'<article class="source">(.*?)</article>', page, flags=re.DOTALL).group(1)
    assert _text(body) == source
    claims = [attrs for _, attrs in _nodes(graph, "claim") if attrs["doc"] == doc_id]
    assert claims
    for attrs in claims:
        anchor = re.search(rf'<a class="claim-span" id="c-{attrs["char_start"]}"[^>]*>(.*?)</a>', body, flags=re.DOTALL)
        assert anchor, attrs["char_start"]
        assert html.unescape(anchor.group(1)) == attrs["text"]


def test_the_graph_library_and_its_licence_are_served(client):
    script = client.get("/assets/vendor/cytoscape/cytoscape.min.js")
    assert script.status_code == 200
    assert b"cytoscape" in script.get_data()
    licence = client.get("/assets/vendor/cytoscape/LICENSE")
    assert b"Permission is hereby granted" in licence.get_data()


def test_the_factory_starts_reading_a_given_engines_graph(small_store, embedder):
    import time

    from web.engine import Engine

    engine = Engine.load(small_store, embedder=embedder)
    assert engine._graph is None  # loading a store leaves the graph for later
    create_app({"TESTING": True, "ENGINE": engine})
    deadline = time.monotonic() + 60
    while engine._graph is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert engine._graph is not None  # read in the background, before any page asked for it
