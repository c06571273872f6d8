"""The OpenAPI 3.0 document of every JSON route, served at ``/openapi.json``.

Built from the app's limits and the served model (``MAX_K``, ``MAX_QUERY_CHARS``, the modes,
the vector dimension …), so the document always states the bounds the validators enforce.
``tests/test_openapi_schemathesis.py`` checks it against the running app.

The package assembles the document here from :mod:`~web.openapi.paths` (the routes),
:mod:`~web.openapi.schemas` (search, graph and health bodies) and
:mod:`~web.openapi.embeddings` (embedding bodies), built with the small constructors of
:mod:`~web.openapi.schema`.
"""

from __future__ import annotations

from collections.abc import Mapping

from web.openapi.paths import paths
from web.openapi.schema import json_response, ref
from web.openapi.schemas import component_schemas

__all__ = ["OPENAPI_VERSION", "openapi_document"]

OPENAPI_VERSION = "3.0.3"
_ERROR_TEXT = {
    400: "A bad parameter or body; the message names it.",
    404: "No such node, document or route.",
    413: "The body is over MAX_CONTENT_LENGTH, or a text over its character limit.",
    415: "The body is not sent as application/json.",
    429: "A large embedding request is already running; retry shortly.",
    503: "The store is missing, damaged or being rebuilt; the message names the file.",
}


def openapi_document(
    config: Mapping, *, modes: tuple[str, ...], dimension: int, version: str = "0.1.0"
) -> dict:
    """The OpenAPI document for an app with this configuration and model.

    Args:
        config: the app config (``MAX_K``, ``MAX_QUERY_CHARS``, ``MAX_TEXT_CHARS``, ``MAX_TEXTS``).
        modes: the engine's search modes.
        dimension: the model's embedding dimension.
        version: the API version shown in ``info``.

    Returns:
        The document, ready for ``jsonify``.
    """
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "kg-explorer",
            "version": version,
            "description": "Semantic search over claims with their knowledge-graph neighbours, "
            "graph look-ups and exports, and text embeddings (also OpenAI-compatible).",
        },
        "paths": paths(config, modes),
        "components": {
            "schemas": component_schemas(config, modes, dimension),
            "responses": {
                str(status): json_response(ref("schemas", "Error"), text)
                for status, text in _ERROR_TEXT.items()
            },
        },
    }
