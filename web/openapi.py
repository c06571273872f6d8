"""The OpenAPI 3.0 document of every JSON route, served at ``/openapi.json``.

Built from the app's limits and the served model (``MAX_K``, ``MAX_QUERY_CHARS``, the modes,
the vector dimension …), so the document always states the bounds the validators enforce.
``tests/test_openapi_schemathesis.py`` checks it against the running app.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.readwrite import EXPORT_FORMATS
from web.validation import MEANINGFUL

OPENAPI_VERSION = "3.0.3"
_REF = "#/components/{}/{}"


def _ref(kind: str, name: str) -> dict:
    return {"$ref": _REF.format(kind, name)}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict:
    return {str(s): _ref("responses", str(s)) for s in statuses}


def _int(low: int, high: int, default: int | None = None, description: str = "") -> dict:
    schema: dict[str, Any] = {"type": "integer", "minimum": low, "maximum": high}
    if default is not None:
        schema["default"] = default
    if description:
        schema["description"] = description
    return schema


def _text(max_chars: int, description: str) -> dict:
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": max_chars,
        "pattern": MEANINGFUL,
        "description": description,
    }


def _object(properties: dict, required: list[str] | None = None, **extra: Any) -> dict:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _string(nullable: bool = False) -> dict:
    return {"type": "string", "nullable": True} if nullable else {"type": "string"}


def _schemas(config: Mapping, modes: tuple[str, ...], dimension: int) -> dict:
    max_k, max_texts = config["MAX_K"], config["MAX_TEXTS"]
    query = _text(config["MAX_QUERY_CHARS"], "The query text; control characters become spaces.")
    text = _text(config["MAX_TEXT_CHARS"], "A text to embed.")
    vector = {
        "type": "array",
        "items": {"type": "number"},
        "minItems": dimension,
        "maxItems": dimension,
        "description": f"A query embedding: {dimension} finite numbers, not all zero (dense mode only).",
        "not": {"items": {"type": "number", "enum": [0]}},
    }
    integer, number = {"type": "integer"}, {"type": "number"}
    neighbour = _object(
        {"id": _string(), "kind": _string(), "label": _string(), "relation": _string()},
        ["id", "kind", "label", "relation"],
    )
    return {
        "Error": _object(
            {
                "error": _object(
                    {
                        "status": integer,
                        "message": _string(),
                        "type": {**_string(), "description": "The HTTP reason, snake_case."},
                        "code": {**integer, "description": "The status again, for OpenAI clients."},
                    },
                    ["status", "message"],
                )
            },
            ["error"],
        ),
        "SearchRequest": _object(
            {
                "q": query,
                "vector": vector,
                "k": _int(1, max_k, 10, "How many results."),
                "mode": {
                    "type": "string",
                    "enum": list(modes),
                    "description": "Ranking; a `vector` is searched in dense mode only.",
                },
            },
            description="Exactly one of `q` and `vector`; `null` values are refused.",
            oneOf=[
                {"required": ["q"], "not": {"required": ["vector"]}},
                {
                    "required": ["vector"],
                    "not": {"required": ["q"]},
                    "properties": {"mode": {"type": "string", "enum": ["dense"]}},
                },
            ],
        ),
        "Neighbour": neighbour,
        "SearchResult": _object(
            {
                "id": _string(),
                "kind": _string(),
                "text": {**_string(), "description": "The claim exactly as in the source."},
                "score": number,
                "document": _string(),
                "document_title": _string(),
                "section": _string(nullable=True),
                "section_title": _string(nullable=True),
                "char_start": integer,
                "char_end": integer,
                "occurrences": integer,
                "highlight": _object({"start": integer, "end": integer}, ["start", "end"]),
                "neighbours": {"type": "array", "items": _ref("schemas", "Neighbour")},
                "duplicates": {
                    "type": "array",
                    "items": _string(),
                    "description": "Ids of near-identical claims folded into this result.",
                },
            },
            ["id", "kind", "text", "score", "document", "char_start", "char_end", "neighbours"],
        ),
        "SearchResponse": _object(
            {
                "query": _string(nullable=True),
                "mode": {"type": "string", "enum": list(modes)},
                "k": integer,
                "results": {"type": "array", "items": _ref("schemas", "SearchResult")},
            },
            ["query", "mode", "k", "results"],
        ),
        "Node": _object(
            {
                "id": _string(),
                "kind": _string(),
                "label": _string(),
                "attributes": {"type": "object", "description": "Every other node attribute (scalars)."},
                "neighbours": {
                    "type": "array",
                    "items": _object(
                        {**neighbour["properties"], "direction": {"type": "string"}}, neighbour["required"]
                    ),
                },
            },
            ["id", "kind", "label", "attributes", "neighbours"],
        ),
        "NodeLink": _object(
            {
                "directed": {"type": "boolean"},
                "multigraph": {"type": "boolean"},
                "graph": {"type": "object"},
                "nodes": {"type": "array", "items": _object({"id": _string()}, ["id"])},
                "links": {
                    "type": "array",
                    "items": _object(
                        {"source": _string(), "target": _string(), "key": _string()}, ["source", "target"]
                    ),
                },
                "root": {**_string(), "description": "The node the neighbourhood was drawn around."},
            },
            ["directed", "multigraph", "nodes", "links", "root"],
            description="networkx node-link data (edges under `links`); nodes and links carry attributes.",
        ),
        "Document": _object(
            {"id": _string(), "title": _string(), "path": _string(), "text": _string()},
            ["id", "title", "path", "text"],
        ),
        "EmbedRequest": _object(
            {"texts": {"type": "array", "items": text, "minItems": 1, "maxItems": max_texts}}, ["texts"]
        ),
        "EmbedResponse": _object(
            {
                "model": _string(),
                "dimension": integer,
                "embeddings": {
                    "type": "array",
                    "items": {"type": "array", "items": number, "minItems": dimension, "maxItems": dimension},
                },
            },
            ["model", "dimension", "embeddings"],
        ),
        "OpenAIEmbeddingRequest": _object(
            {
                "input": {
                    "oneOf": [text, {"type": "array", "items": text, "minItems": 1, "maxItems": max_texts}],
                    "description": "A string or a list of strings (token-id lists are not supported).",
                },
                "model": {**_string(nullable=True), "description": "Any name; the served model answers."},
                "encoding_format": {
                    "type": "string",
                    "enum": ["float", "base64", None],
                    "nullable": True,
                    "default": "float",
                },
                "dimensions": {
                    "type": "integer",
                    "minimum": dimension,
                    "maximum": dimension,
                    "nullable": True,
                },
            },
            ["input"],
        ),
        "OpenAIEmbeddingResponse": _object(
            {
                "object": {"type": "string", "enum": ["list"]},
                "model": _string(),
                "data": {
                    "type": "array",
                    "items": _object(
                        {
                            "object": {"type": "string", "enum": ["embedding"]},
                            "index": integer,
                            "embedding": {
                                "oneOf": [
                                    {
                                        "type": "array",
                                        "items": number,
                                        "minItems": dimension,
                                        "maxItems": dimension,
                                    },
                                    {"type": "string", "format": "byte"},
                                ],
                                "description": "Floats, or base64 of little-endian float32 bytes.",
                            },
                        },
                        ["object", "index", "embedding"],
                    ),
                },
                "usage": _object(
                    {"prompt_tokens": integer, "total_tokens": integer},
                    ["prompt_tokens", "total_tokens"],
                    description="White-space separated words (an estimate of tokens).",
                ),
            },
            ["object", "model", "data", "usage"],
        ),
        "ModelList": _object(
            {
                "object": {"type": "string", "enum": ["list"]},
                "data": {
                    "type": "array",
                    "items": _object(
                        {"id": _string(), "object": _string(), "created": integer, "owned_by": _string()},
                        ["id", "object"],
                    ),
                },
            },
            ["object", "data"],
        ),
        "Health": _object(
            {
                "status": {"type": "string", "enum": ["ok"]},
                "model": _string(),
                "dimension": integer,
                "documents": integer,
                "claims": integer,
                "entities": integer,
                "nodes": integer,
                "edges": integer,
            },
            ["status", "model", "claims", "entities"],
        ),
    }


_ERROR_TEXT = {
    400: "A bad parameter or body; the message names it.",
    404: "No such node, document or route.",
    413: "The body is over MAX_CONTENT_LENGTH, or a text over its character limit.",
    415: "The body is not sent as application/json.",
    429: "A large embedding request is already running; retry shortly.",
    503: "The store is missing, damaged or being rebuilt; the message names the file.",
}


def _file_schema(mimetype: str) -> dict:
    if mimetype == "application/json" or mimetype.endswith("+json"):
        return {"type": "object", "description": "node-link JSON of the graph"}
    return {"type": "string", "format": "binary"}


def _paths(config: Mapping, modes: tuple[str, ...]) -> dict:
    node_id = {
        "name": "node_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "minLength": 1},
    }
    doc_id = {**node_id, "name": "doc_id"}
    depth = {"name": "depth", "in": "query", "schema": _int(1, 3, 1, "How many links away from the node.")}
    limit = {"name": "limit", "in": "query", "schema": _int(1, 500, 60, "The most nodes to include.")}
    body_errors = _errors(400, 413, 415, 503)
    embed_errors = _errors(400, 413, 415, 429, 503)
    paths: dict[str, Any] = {
        "/api/search": {
            "get": {
                "summary": "Search claims by text",
                "operationId": "searchGet",
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "required": True,
                        "schema": _text(config["MAX_QUERY_CHARS"], "The query text."),
                    },
                    {"name": "k", "in": "query", "schema": _int(1, config["MAX_K"], 10, "How many results.")},
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": list(modes)}},
                ],
                "responses": {
                    "200": _json(_ref("schemas", "SearchResponse"), "The results, best first."),
                    **_errors(400, 413, 503),
                },
            },
            "post": {
                "summary": "Search claims by text or by vector",
                "operationId": "searchPost",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("schemas", "SearchRequest")}},
                },
                "responses": {
                    "200": _json(_ref("schemas", "SearchResponse"), "The results, best first."),
                    **body_errors,
                },
            },
        },
        "/api/nodes/{node_id}": {
            "get": {
                "summary": "One node with its attributes and neighbours",
                "operationId": "getNode",
                "parameters": [node_id],
                "responses": {"200": _json(_ref("schemas", "Node"), "The node."), **_errors(404, 503)},
            }
        },
        "/api/nodes/{node_id}/neighbourhood": {
            "get": {
                "summary": "The subgraph around a node, as node-link JSON",
                "operationId": "getNeighbourhood",
                "parameters": [node_id, depth, limit],
                "responses": {
                    "200": _json(_ref("schemas", "NodeLink"), "The subgraph."),
                    **_errors(400, 404, 503),
                },
            }
        },
        "/api/documents/{doc_id}": {
            "get": {
                "summary": "One source document",
                "operationId": "getDocument",
                "parameters": [doc_id],
                "responses": {"200": _json(_ref("schemas", "Document"), "The document."), **_errors(404, 503)},
            }
        },
        "/api/embed": {
            "post": {
                "summary": "Embed texts with the served model",
                "operationId": "embed",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("schemas", "EmbedRequest")}},
                },
                "responses": {
                    "200": _json(_ref("schemas", "EmbedResponse"), "One L2-normalised vector per text."),
                    **embed_errors,
                },
            }
        },
        "/v1/embeddings": {
            "post": {
                "summary": "OpenAI-compatible embeddings",
                "operationId": "createEmbedding",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref("schemas", "OpenAIEmbeddingRequest")}},
                },
                "responses": {
                    "200": _json(_ref("schemas", "OpenAIEmbeddingResponse"), "The embeddings."),
                    **embed_errors,
                },
            }
        },
        "/v1/models": {
            "get": {
                "summary": "The served model, OpenAI-style",
                "operationId": "listModels",
                "responses": {"200": _json(_ref("schemas", "ModelList"), "One model.")},
            }
        },
        "/healthz": {
            "get": {
                "summary": "Readiness: the store is loaded and the model ready",
                "operationId": "health",
                "responses": {"200": _json(_ref("schemas", "Health"), "Ready.")},
            }
        },
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {"200": _json({"type": "object"}, "The OpenAPI document.")},
            }
        },
    }
    for fmt, (_, mimetype, _ext) in EXPORT_FORMATS.items():
        paths[f"/api/export.{fmt}"] = {
            "get": {
                "summary": f"The graph as {fmt.upper()} (a download)",
                "description": "The whole graph, or with `node` only that node's neighbourhood.",
                "operationId": f"export_{fmt}",
                "parameters": [
                    {
                        "name": "node",
                        "in": "query",
                        "schema": {"type": "string"},
                        "description": "A node id.",
                    },
                    depth,
                    limit,
                ],
                "responses": {
                    "200": {
                        "description": "The file (Content-Disposition: attachment).",
                        "content": {mimetype: {"schema": _file_schema(mimetype)}},
                    },
                    **_errors(400, 404, 503),
                },
            }
        }
    return paths


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
        "paths": _paths(config, modes),
        "components": {
            "schemas": _schemas(config, modes, dimension),
            "responses": {str(s): _json(_ref("schemas", "Error"), text) for s, text in _ERROR_TEXT.items()},
        },
    }
