"""``/v1/embeddings`` through the test client and through the ``openai`` client on a live server."""

from __future__ import annotations

import base64

import numpy as np
import pytest

from web import create_app

from conftest import serving

TEXTS = ["The trust restores lighthouses.", "Volunteers learn grafting in winter workshops."]


@pytest.fixture(scope="module")
def app(engine):
    return create_app({"TESTING": True, "ENGINE": engine})


@pytest.fixture(scope="module")
def live_url(app):
    """The app served by waitress on a free port of 127.0.0.1, for the length of this module."""
    with serving(app, threads=2) as url:
        yield url


@pytest.fixture(scope="module")
def openai_client(live_url):
    openai = pytest.importorskip("openai")
    return openai.OpenAI(base_url=f"{live_url}/v1", api_key="x", max_retries=0, timeout=60)


def test_float_response_shape(app, engine):
    response = app.test_client().post(
        "/v1/embeddings", json={"input": TEXTS, "model": "text-embedding-3-small", "encoding_format": "float"}
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["object"] == "list"
    assert body["model"] == engine.model_name  # the model actually served, not the one asked for
    assert [d["index"] for d in body["data"]] == [0, 1]
    assert all(d["object"] == "embedding" for d in body["data"])
    got = np.array([d["embedding"] for d in body["data"]], dtype=np.float32)
    np.testing.assert_allclose(got, engine.embed(TEXTS), atol=1e-6)
    words = sum(len(t.split()) for t in TEXTS)
    assert body["usage"] == {"prompt_tokens": words, "total_tokens": words}


def test_base64_is_little_endian_float32(app, engine):
    body = (
        app.test_client()
        .post("/v1/embeddings", json={"input": TEXTS[0], "encoding_format": "base64"})
        .get_json()
    )
    raw = base64.b64decode(body["data"][0]["embedding"])
    assert len(raw) == 4 * engine.dimension
    np.testing.assert_allclose(np.frombuffer(raw, dtype="<f4"), engine.embed(TEXTS[:1])[0], atol=1e-6)


def test_default_encoding_is_float_and_dimensions_may_match(app, engine):
    body = (
        app.test_client()
        .post("/v1/embeddings", json={"input": "x", "dimensions": engine.dimension})
        .get_json()
    )
    assert isinstance(body["data"][0]["embedding"], list)
    assert len(body["data"][0]["embedding"]) == engine.dimension


def test_models_lists_the_served_model(app, engine):
    body = app.test_client().get("/v1/models").get_json()
    assert [m["id"] for m in body["data"]] == [engine.model_name]


def test_openai_client_single_string_default_base64(openai_client, engine):
    result = openai_client.embeddings.create(model="anything", input=TEXTS[0])
    assert result.model == engine.model_name
    assert len(result.data) == 1
    np.testing.assert_allclose(np.array(result.data[0].embedding), engine.embed(TEXTS[:1])[0], atol=1e-6)


def test_openai_client_list_float(openai_client, engine):
    result = openai_client.embeddings.create(model="anything", input=TEXTS, encoding_format="float")
    got = np.array([d.embedding for d in sorted(result.data, key=lambda d: d.index)])
    np.testing.assert_allclose(got, engine.embed(TEXTS), atol=1e-6)
    assert result.usage.prompt_tokens == sum(len(t.split()) for t in TEXTS)


def test_openai_client_list_base64(openai_client, engine):
    # Asked for explicitly, base64 reaches the caller undecoded.
    result = openai_client.embeddings.create(model="anything", input=TEXTS, encoding_format="base64")
    got = np.array([np.frombuffer(base64.b64decode(d.embedding), dtype="<f4") for d in result.data])
    np.testing.assert_allclose(got, engine.embed(TEXTS), atol=1e-6)


def test_openai_client_sees_our_error(openai_client):
    openai = pytest.importorskip("openai")
    with pytest.raises(openai.BadRequestError) as caught:
        openai_client.embeddings.create(model="anything", input="")
    assert caught.value.status_code == 400
    assert "input" in caught.value.message


def test_live_server_answers_413_for_a_huge_body(live_url):
    import requests

    response = requests.post(
        f"{live_url}/api/search",
        data=b'{"q": "' + b"x" * (2 * 1024 * 1024) + b'"}',
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 413
    assert response.json()["error"]["status"] == 413
