"""The paths of the OpenAPI document: every JSON route with its parameters and answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.readwrite import EXPORT_FORMATS
from web.openapi.schema import error_refs, int_schema, json_response, ref, text_schema


def _file_schema(mimetype: str) -> dict:
    """What an export download holds: JSON for the node-link format, bytes otherwise."""
    if mimetype == "application/json" or mimetype.endswith("+json"):
        return {"type": "object", "description": "node-link JSON of the graph"}
    return {"type": "string", "format": "binary"}


def paths(config: Mapping, modes: tuple[str, ...]) -> dict:
    """The ``paths`` object: each route with the bounds of this app's configuration."""
    node_id = {
        "name": "node_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "minLength": 1},
    }
    doc_id = {**node_id, "name": "doc_id"}
    depth = {
        "name": "depth",
        "in": "query",
        "schema": int_schema(1, 3, default=1, description="How many links away from the node."),
    }
    limit = {
        "name": "limit",
        "in": "query",
        "schema": int_schema(1, 500, default=60, description="The most nodes to include."),
    }
    body_errors = error_refs(400, 413, 415, 503)
    embed_errors = error_refs(400, 413, 415, 429, 503)
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
                        "schema": text_schema(config["MAX_QUERY_CHARS"], "The query text."),
                    },
                    {
                        "name": "k",
                        "in": "query",
                        "schema": int_schema(
                            1, config["MAX_K"], default=min(10, config["MAX_K"]), description="How many results."
                        ),
                    },
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": list(modes)}},
                ],
                "responses": {
                    "200": json_response(ref("schemas", "SearchResponse"), "The results, best first."),
                    **error_refs(400, 413, 503),
                },
            },
            "post": {
                "summary": "Search claims by text or by vector",
                "operationId": "searchPost",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("schemas", "SearchRequest")}},
                },
                "responses": {
                    "200": json_response(ref("schemas", "SearchResponse"), "The results, best first."),
                    **body_errors,
                },
            },
        },
        "/api/nodes/{node_id}": {
            "get": {
                "summary": "One node with its attributes and neighbours",
                "operationId": "getNode",
                "parameters": [node_id],
                "responses": {
                    "200": json_response(ref("schemas", "Node"), "The node."),
                    **error_refs(404, 503),
                },
            }
        },
        "/api/nodes/{node_id}/neighbourhood": {
            "get": {
                "summary": "The subgraph around a node, as node-link JSON",
                "operationId": "getNeighbourhood",
                "parameters": [node_id, depth, limit],
                "responses": {
                    "200": json_response(ref("schemas", "NodeLink"), "The subgraph."),
                    **error_refs(400, 404, 503),
                },
            }
        },
        "/api/documents/{doc_id}": {
            "get": {
                "summary": "One source document",
                "operationId": "getDocument",
                "parameters": [doc_id],
                "responses": {
                    "200": json_response(ref("schemas", "Document"), "The document."),
                    **error_refs(404, 503),
                },
            }
        },
        "/api/embed": {
            "post": {
                "summary": "Embed texts with the served model",
                "operationId": "embed",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("schemas", "EmbedRequest")}},
                },
                "responses": {
                    "200": json_response(
                        ref("schemas", "EmbedResponse"), "One L2-normalised vector per text."
                    ),
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
                    "content": {
                        "application/json": {"schema": ref("schemas", "OpenAIEmbeddingRequest")}
                    },
                },
                "responses": {
                    "200": json_response(ref("schemas", "OpenAIEmbeddingResponse"), "The embeddings."),
                    **embed_errors,
                },
            }
        },
        "/v1/models": {
            "get": {
                "summary": "The served model, OpenAI-style",
                "operationId": "listModels",
                "responses": {"200": json_response(ref("schemas", "ModelList"), "One model.")},
            }
        },
        "/healthz": {
            "get": {
                "summary": "Readiness: the store is loaded and the model ready",
                "operationId": "health",
                "responses": {"200": json_response(ref("schemas", "Health"), "Ready.")},
            }
        },
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {"200": json_response({"type": "object"}, "The OpenAPI document.")},
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
                    **error_refs(400, 404, 503),
                },
            }
        }
    return paths
