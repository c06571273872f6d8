"""OpenAI-compatible routes, so that OpenAI clients (and tools built on them) can embed text.

``POST /v1/embeddings`` follows https://platform.openai.com/docs/api-reference/embeddings:

* ``input``: a string or a list of 1..``MAX_TEXTS`` strings (token-id lists are refused
  with 400: this server has no access to the client's tokenizer);
* ``encoding_format``: ``"float"`` (the API's default) or ``"base64"`` (base64 of the
  little-endian float32 bytes; the ``openai`` Python client asks for it by default);
* ``model``: any string is accepted; the answer names the model actually served;
* ``dimensions``: accepted only when equal to the model's dimension (no truncation).

``usage.prompt_tokens`` counts white-space separated words, not word pieces: an estimate,
cheap and independent of the model.
"""

from __future__ import annotations

import base64

import numpy as np
from flask import Blueprint, Response, current_app, jsonify

from kg.errors import QueryError
from web import validation
from web.api import engine as served_engine

bp = Blueprint("openai", __name__, url_prefix="/v1")

ENCODINGS = ("float", "base64")


def _inputs(value) -> list[str]:
    config = current_app.config
    limits = {"max_chars": config["MAX_TEXT_CHARS"]}
    if isinstance(value, str):
        return [validation.text(value, name="input", keep_lines=True, **limits)]
    if isinstance(value, list) and value and all(isinstance(v, (int, list)) for v in value):
        raise QueryError("input must be a string or a list of strings; token-id lists are not supported")
    return validation.texts(value, name="input", max_items=config["MAX_TEXTS"], **limits)


@bp.post("/embeddings")
def embeddings() -> Response:
    """Embeds ``input`` and answers in the OpenAI ``list`` of ``embedding`` objects shape."""
    body = validation.json_object()
    texts = _inputs(body.get("input"))
    encoding = validation.choice(body.get("encoding_format"), name="encoding_format", choices=ENCODINGS)
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise QueryError("model must be a string")
    engine = served_engine()
    dimensions = body.get("dimensions")
    if dimensions is not None and (isinstance(dimensions, bool) or dimensions != engine.dimension):
        raise QueryError(f"dimensions must be {engine.dimension} (the served model's dimension) when given")

    vectors = np.asarray(engine.embed(texts), dtype="<f4")
    if encoding == "base64":
        encoded = [base64.b64encode(v.tobytes()).decode("ascii") for v in vectors]
    else:
        encoded = vectors.tolist()
    tokens = sum(len(t.split()) for t in texts)
    return jsonify(
        {
            "object": "list",
            "model": engine.model_name,
            "data": [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(encoded)],
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


@bp.get("/models")
def models() -> Response:
    """The one model served, in the OpenAI ``list`` of ``model`` objects shape."""
    engine = served_engine()
    return jsonify(
        {
            "object": "list",
            "data": [{"id": engine.model_name, "object": "model", "created": 0, "owned_by": "kg"}],
        }
    )
