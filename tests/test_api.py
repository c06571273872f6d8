"""The JSON API through Flask's test client: happy paths, the error shape, CORS and config."""

from __future__ import annotations

import numpy as np
import pytest

from web import create_app


@pytest.fixture(scope="module")
def app(engine):
    return create_app({"TESTING": True, "ENGINE": engine})


@pytest.fixture()
def client(app):
    return app.test_client()


def _claim(engine, n: int = 0) -> str:
    claims = sorted(node for node, kind in engine.graph.nodes(data="kind") if kind == "claim")
    return claims[n]


def _assert_result_shape(result: dict) -> None:
    for key in ("id", "kind", "text", "score", "document", "char_start", "char_end", "neighbours"):
        assert key in result, key
    for neighbour in result["neighbours"]:
        assert set(neighbour) >= {"id", "kind", "label", "relation"}


def test_search_get_answers_best_first(client, engine):
    response = client.get("/api/search", query_string={"q": "lighthouse restoration", "k": 3})
    assert response.status_code == 200
    body = response.get_json()
    assert body["query"] == "lighthouse restoration"
    assert body["mode"] in engine.MODES
    assert 1 <= len(body["results"]) <= 3
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True)
    for result in body["results"]:
        _assert_result_shape(result)
        assert engine.graph.nodes[result["id"]]["text"] == result["text"]


@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
def test_search_get_honours_mode(client, engine, mode):
    if mode not in engine.MODES:
        pytest.skip(f"engine has no {mode} mode")
    body = client.get(f"/api/search?q=apple+grafting&k=2&mode={mode}").get_json()
    assert body["mode"] == mode
    assert len(body["results"]) <= 2


def test_search_get_matches_engine(client, engine):
    body = client.get("/api/search?q=apple+varieties&k=4").get_json()
    expected = engine.search("apple varieties", k=4)
    assert [r["id"] for r in body["results"]] == [r["id"] for r in expected["results"]]


def test_search_post_text(client, engine):
    response = client.post("/api/search", json={"q": "who founded the trust", "k": 2, "mode": "dense"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["query"] == "who founded the trust"
    assert body["mode"] == "dense"
    assert len(body["results"]) == 2


def test_search_post_vector_finds_its_own_claim(client, engine):
    claim = _claim(engine, 1)
    vector = engine.embed([engine.graph.nodes[claim]["text"]])[0].tolist()
    response = client.post("/api/search", json={"vector": vector, "k": 1})
    assert response.status_code == 200
    body = response.get_json()
    assert body["query"] is None
    assert body["results"][0]["id"] == claim
    assert body["results"][0]["score"] == pytest.approx(1.0, abs=1e-3)


def test_search_strips_control_characters(client):
    response = client.get("/api/search", query_string={"q": "\x00 apple\x07trees\n "})
    assert response.status_code == 200
    assert response.get_json()["query"] == "apple trees"


def test_node_has_attributes_and_neighbours(client, engine):
    claim = _claim(engine)
    response = client.get(f"/api/nodes/{claim}")
    assert response.status_code == 200
    body = response.get_json()
    assert body["id"] == claim
    assert body["kind"] == "claim"
    assert body["attributes"]["text"] == engine.graph.nodes[claim]["text"]
    linked = {n["id"] for n in body["neighbours"]}
    assert linked == set(engine.graph.successors(claim)) | set(engine.graph.predecessors(claim))


def test_node_neighbourhood_is_node_link_json(client, engine):
    claim = _claim(engine)
    response = client.get(f"/api/nodes/{claim}/neighbourhood?depth=1")
    assert response.status_code == 200
    body = response.get_json()
    assert body["root"] == claim
    ids = {n["id"] for n in body["nodes"]}
    assert claim in ids
    assert ids == set(engine.neighbourhood(claim, depth=1).nodes)
    assert body["links"], "a claim always has neighbours"
    assert all(link["source"] in ids and link["target"] in ids for link in body["links"])


def test_document_holds_the_claim_span(client, engine):
    result = engine.search("lighthouse", k=1)["results"][0]
    response = client.get(f"/api/documents/{result['document']}")
    assert response.status_code == 200
    doc = response.get_json()
    assert doc["id"] == result["document"]
    assert doc["text"][result["char_start"] : result["char_end"]] == result["text"]


def test_embed_matches_engine(client, engine):
    texts = ["a lighthouse on the coast", "grafting apple trees"]
    response = client.post("/api/embed", json={"texts": texts})
    assert response.status_code == 200
    body = response.get_json()
    assert body["model"] == engine.model_name
    assert body["dimension"] == engine.dimension
    got = np.array(body["embeddings"], dtype=np.float32)
    assert got.shape == (2, engine.dimension)
    np.testing.assert_allclose(got, engine.embed(texts), atol=1e-6)


def test_healthz_counts_the_graph(client, engine):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    kinds = [kind for _, kind in engine.graph.nodes(data="kind")]
    assert body["status"] == "ok"
    assert body["model"] == engine.model_name
    assert body["claims"] == kinds.count("claim") > 0
    assert body["entities"] == kinds.count("entity")


def test_openapi_documents_every_json_route(client, app):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    doc = response.get_json()
    assert doc["openapi"].startswith("3.")
    documented = {
        (path, method.upper())
        for path, item in doc["paths"].items()
        for method in item
        if method != "parameters"
    }
    for rule in app.url_map.iter_rules():
        if not (rule.rule.startswith(("/api/", "/v1/")) or rule.rule in ("/healthz", "/openapi.json")):
            continue
        path = rule.rule.replace("<path:", "{").replace("<", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            if "{fmt}" in path:
                assert all(
                    p in doc["paths"] for p in ("/api/export.gexf", "/api/export.graphml", "/api/export.json")
                )
            else:
                assert (path, method) in documented, (path, method)


def test_openapi_states_the_configured_limits(engine):
    app = create_app({"TESTING": True, "ENGINE": engine, "MAX_K": 7, "MAX_QUERY_CHARS": 50})
    doc = app.test_client().get("/openapi.json").get_json()
    params = {p["name"]: p["schema"] for p in doc["paths"]["/api/search"]["get"]["parameters"]}
    assert params["k"]["maximum"] == 7
    assert params["q"]["maxLength"] == 50
    vector = doc["components"]["schemas"]["SearchRequest"]["properties"]["vector"]
    assert vector["minItems"] == vector["maxItems"] == engine.dimension


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.is_json
    assert response.get_json()["error"]["status"] == 404


def test_unknown_page_is_html_404(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert b"<html" in response.data


def test_html_error_escapes_the_message(engine):
    app = create_app({"TESTING": True, "ENGINE": engine})

    @app.get("/boom-html")
    def boom_html():
        from kg.errors import QueryError

        raise QueryError("<script>alert(1)</script>")

    response = app.test_client().get("/boom-html")
    assert response.status_code == 400
    assert b"<script>alert(1)</script>" not in response.data
    assert b"&lt;script&gt;" in response.data


def test_wrong_method_is_json_405_with_allow(client):
    response = client.delete("/api/search")
    assert response.status_code == 405
    assert response.get_json()["error"]["status"] == 405
    assert "POST" in response.headers["Allow"]


class _BrokenEngine:
    """Delegates to the real engine but fails inside search, like a bug would."""

    def __init__(self, engine):
        self._engine = engine

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def search(self, *args, **kwargs):
        raise RuntimeError("secret internal detail")


def test_unexpected_error_is_a_generic_json_500(engine, caplog):
    app = create_app({"TESTING": True, "ENGINE": _BrokenEngine(engine)})
    response = app.test_client().get("/api/search?q=apple")
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["status"] == 500
    assert "secret" not in error["message"]
    assert "secret internal detail" in caplog.text  # logged, with the traceback


def test_cors_is_off_by_default(client):
    response = client.get("/healthz", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_when_configured(engine):
    origin = "https://tool.example"
    app = create_app({"TESTING": True, "ENGINE": engine, "CORS_ORIGINS": [origin]})
    client = app.test_client()
    response = client.get("/api/search?q=apple", headers={"Origin": origin})
    assert response.headers["Access-Control-Allow-Origin"] == origin
    preflight = client.options(
        "/api/search",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "DELETE" not in preflight.headers["Access-Control-Allow-Methods"]  # no such routes
    other = client.get("/api/search?q=apple", headers={"Origin": "https://other.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_cors_star_from_the_environment(engine, monkeypatch):
    monkeypatch.setenv("KG_CORS_ORIGINS", "*")
    app = create_app({"TESTING": True, "ENGINE": engine})
    response = app.test_client().post(
        "/v1/embeddings", json={"input": "x"}, headers={"Origin": "https://a.example"}
    )
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_limits_come_from_the_environment(engine, monkeypatch):
    monkeypatch.setenv("KG_MAX_K", "5")
    app = create_app({"TESTING": True, "ENGINE": engine})
    client = app.test_client()
    assert client.get("/api/search?q=apple&k=5").status_code == 200
    response = client.get("/api/search?q=apple&k=6")
    assert response.status_code == 400
    assert "from 1 to 5" in response.get_json()["error"]["message"]


def test_loads_the_store_named_in_the_config(small_store, engine):
    app = create_app({"TESTING": True, "STORE": str(small_store)})
    loaded = app.extensions["kg"]
    assert loaded is not engine
    assert loaded.graph.number_of_nodes() == engine.graph.number_of_nodes()
    body = app.test_client().get("/healthz").get_json()
    assert body["status"] == "ok"
    assert body["model"] == engine.model_name


def test_missing_store_fails_at_startup(tmp_path, monkeypatch):
    from kg.errors import StoreMissing

    monkeypatch.setenv("KG_STORE", str(tmp_path / "nothing-here"))
    with pytest.raises(StoreMissing):
        create_app({"TESTING": True, "REQUIRE_STORE": True})


def test_default_store_is_in_the_repository():
    from pathlib import Path

    from web import DEFAULT_STORE

    assert DEFAULT_STORE == Path(__file__).resolve().parent.parent / "data" / "store"
