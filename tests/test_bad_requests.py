"""Bad input never produces a 5xx: each answers 4xx with ``{"error": {"status", "message"}}``."""

from __future__ import annotations

import json

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(engine):
    return create_app({"TESTING": True, "ENGINE": engine}).test_client()


def _assert_error(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.data[:300]
    assert response.is_json
    error = response.get_json()["error"]
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    for word in words:
        assert word in error["message"], error["message"]
    return error


# The eight bad requests of the issue.


def test_missing_q(client):
    _assert_error(client.get("/api/search"), 400, "q")
    _assert_error(client.post("/api/search", json={"k": 3}), 400, "q")


@pytest.mark.parametrize("k", ["-3", "abc", "0", "1000000", "1.5", "", "true", " 5"])
def test_bad_k_in_query_string(client, k):
    _assert_error(client.get("/api/search", query_string={"q": "apple", "k": k}), 400, "k")


@pytest.mark.parametrize("k", [-3, "abc", 0, 10**6, 1.5, True, None, [3], "3"])
def test_bad_k_in_json(client, k):
    _assert_error(client.post("/api/search", json={"q": "apple", "k": k}), 400, "k")


def test_query_of_200000_characters(client):
    q = "lighthouse " * 18_182  # 200,002 characters
    _assert_error(client.get("/api/search", query_string={"q": q}), 413, "q", "2000")
    _assert_error(client.post("/api/search", json={"q": q}), 413, "q")


def test_invalid_json(client):
    _assert_error(
        client.post("/api/search", data='{"q": "apple",', content_type="application/json"), 400, "JSON"
    )
    _assert_error(client.post("/api/embed", data=b"\xff\xfe", content_type="application/json"), 400, "JSON")


def test_texts_not_a_list(client):
    _assert_error(client.post("/api/embed", json={"texts": "just one string"}), 400, "texts", "list")


@pytest.mark.parametrize("value", ["", "   ", [], [""], ["ok", " \x00 "]])
def test_empty_input(client, value):
    _assert_error(client.post("/v1/embeddings", json={"input": value, "model": "m"}), 400, "input")


def test_unknown_node_id(client):
    _assert_error(
        client.get("/api/nodes/claim:000000000000-no-such-node"), 404, "claim:000000000000-no-such-node"
    )


# And the rest of the edge.


def test_huge_body_is_413(client):
    body = json.dumps({"q": "apple", "padding": "x" * (2 * 1024 * 1024)})
    _assert_error(client.post("/api/search", data=body, content_type="application/json"), 413)


def test_wrong_content_type_is_415(client):
    _assert_error(
        client.post("/api/search", data="q=apple", content_type="application/x-www-form-urlencoded"), 415
    )
    _assert_error(client.post("/v1/embeddings", data='{"input": "x"}', content_type="text/plain"), 415)


@pytest.mark.parametrize("body", ["[1, 2]", '"q"', "null", "3"])
def test_body_must_be_an_object(client, body):
    _assert_error(client.post("/api/search", data=body, content_type="application/json"), 400, "object")


def test_deeply_nested_json(client):
    body = "[" * 100_000 + "]" * 100_000
    _assert_error(client.post("/api/search", data=body, content_type="application/json"), 400)


@pytest.mark.parametrize(
    "vector",
    [
        [0.1, 0.2],
        "not a list",
        [None] * 3,
        {"0": 1},
    ],
)
def test_vector_of_wrong_shape_names_the_dimension(client, engine, vector):
    _assert_error(client.post("/api/search", json={"vector": vector}), 400, str(engine.dimension))


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True, "0.5", 10**400])
def test_vector_with_bad_items(client, engine, bad):
    vector = [0.1] * engine.dimension
    vector[3] = bad
    body = json.dumps({"vector": vector})  # Python's json writes NaN/Infinity, as some clients do
    _assert_error(client.post("/api/search", data=body, content_type="application/json"), 400, "vector")


def test_zero_vector(client, engine):
    _assert_error(client.post("/api/search", json={"vector": [0.0] * engine.dimension}), 400)


def test_vector_in_a_text_mode(client, engine):
    _assert_error(
        client.post("/api/search", json={"vector": [0.1] * engine.dimension, "mode": "sparse"}), 400
    )


def test_both_q_and_vector(client, engine):
    _assert_error(
        client.post("/api/search", json={"q": "apple", "vector": [0.1] * engine.dimension}), 400, "not both"
    )


@pytest.mark.parametrize("field", ["q", "k", "mode", "vector"])
def test_null_fields(client, field):
    body = {"q": "apple", field: None} if field != "q" else {"q": None}
    _assert_error(client.post("/api/search", json=body), 400, field)


@pytest.mark.parametrize("q", ["", "   ", "\x00\x01", "\t\n", 42, ["apple"]])
def test_blank_or_non_string_q(client, q):
    if isinstance(q, str):
        _assert_error(client.get("/api/search", query_string={"q": q}), 400, "q")
    _assert_error(client.post("/api/search", json={"q": q}), 400, "q")


def test_lone_surrogate_is_not_a_server_error(client):
    body = '{"q": "apple \\ud800 trees"}'
    response = client.post("/api/search", data=body, content_type="application/json")
    assert response.status_code == 200
    response = client.post("/api/embed", data='{"texts": ["\\udfff x"]}', content_type="application/json")
    assert response.status_code == 200


def test_unknown_mode(client):
    _assert_error(client.get("/api/search?q=apple&mode=psychic"), 400, "mode", "dense")


@pytest.mark.parametrize(
    "body, words",
    [
        ({}, ["texts"]),
        ({"texts": []}, ["texts", "1"]),
        ({"texts": ["ok", 3]}, ["texts[1]"]),
        ({"texts": ["x"] * 257}, ["256"]),
    ],
)
def test_bad_embed_bodies(client, body, words):
    _assert_error(client.post("/api/embed", json=body), 400, *words)


def test_embed_text_too_long(client):
    _assert_error(client.post("/api/embed", json={"texts": ["ok", "y" * 9000]}), 413, "texts[1]", "8192")


@pytest.mark.parametrize(
    "body, words",
    [
        ({"input": [[1, 2, 3]]}, ["token"]),
        ({"input": [1, 2, 3]}, ["token"]),
        ({"input": "x", "encoding_format": "int8"}, ["encoding_format"]),
        ({"input": "x", "dimensions": 7}, ["dimensions"]),
        ({"input": "x", "model": 5}, ["model"]),
        ({"model": "m"}, ["input"]),
    ],
)
def test_bad_openai_bodies(client, body, words):
    _assert_error(client.post("/v1/embeddings", json=body), 400, *words)


@pytest.mark.parametrize("query", ["depth=0", "depth=9", "depth=x", "limit=0", "limit=100000"])
def test_bad_neighbourhood_parameters(client, engine, query):
    node = next(iter(engine.graph.nodes))
    _assert_error(client.get(f"/api/nodes/{node}/neighbourhood?{query}"), 400)


def test_unknown_document_and_neighbourhood(client):
    _assert_error(client.get("/api/documents/document:nope"), 404, "document:nope")
    _assert_error(client.get("/api/nodes/nope/neighbourhood"), 404, "nope")


def test_unknown_export_format_and_node(client):
    _assert_error(client.get("/api/export.csv"), 404, "csv")
    _assert_error(client.get("/api/export.gexf?node=nope"), 404, "nope")
