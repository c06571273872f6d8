"""The component schemas of the search, graph and health routes (``#/components/schemas``)."""

from __future__ import annotations

from collections.abc import Mapping

from web.openapi.embeddings import embedding_schemas
from web.openapi.schema import int_schema, object_schema, ref, string_schema, text_schema


def component_schemas(config: Mapping, modes: tuple[str, ...], dimension: int) -> dict:
    """Every component schema, in the order the document lists them."""
    return {
        **search_schemas(config, modes, dimension),
        **embedding_schemas(config, dimension),
        "Health": _health(),
    }


def search_schemas(config: Mapping, modes: tuple[str, ...], dimension: int) -> dict:
    """The error body and the schemas of search, nodes, neighbourhoods and documents."""
    max_k = config["MAX_K"]
    query = text_schema(config["MAX_QUERY_CHARS"], "The query text; control characters become spaces.")
    vector = {
        "type": "array",
        "items": {"type": "number"},
        "minItems": dimension,
        "maxItems": dimension,
        "description": f"A query embedding: {dimension} finite numbers, not all zero (dense mode only).",
        "not": {"items": {"type": "number", "enum": [0]}},
    }
    integer, number = {"type": "integer"}, {"type": "number"}
    neighbour = object_schema(
        {
            "id": string_schema(),
            "kind": string_schema(),
            "label": string_schema(),
            "relation": string_schema(),
        },
        ["id", "kind", "label", "relation"],
    )
    return {
        "Error": object_schema(
            {
                "error": object_schema(
                    {
                        "status": integer,
                        "message": string_schema(),
                        "type": {**string_schema(), "description": "The HTTP reason, snake_case."},
                        "code": {**integer, "description": "The status again, for OpenAI clients."},
                    },
                    ["status", "message"],
                )
            },
            ["error"],
        ),
        "SearchRequest": object_schema(
            {
                "q": query,
                "vector": vector,
                "k": int_schema(1, max_k, default=min(10, config["MAX_K"]), description="How many results."),
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
        "SearchResult": object_schema(
            {
                "id": string_schema(),
                "kind": string_schema(),
                "text": {**string_schema(), "description": "The claim exactly as in the source."},
                "score": number,
                "document": string_schema(),
                "document_title": string_schema(),
                "section": string_schema(nullable=True),
                "section_title": string_schema(nullable=True),
                "char_start": integer,
                "char_end": integer,
                "occurrences": integer,
                "highlight": object_schema({"start": integer, "end": integer}, ["start", "end"]),
                "neighbours": {"type": "array", "items": ref("schemas", "Neighbour")},
                "duplicates": {
                    "type": "array",
                    "items": string_schema(),
                    "description": "Ids of near-identical claims folded into this result.",
                },
            },
            ["id", "kind", "text", "score", "document", "char_start", "char_end", "neighbours"],
        ),
        "SearchResponse": object_schema(
            {
                "query": string_schema(nullable=True),
                "mode": {"type": "string", "enum": list(modes)},
                "k": integer,
                "results": {"type": "array", "items": ref("schemas", "SearchResult")},
            },
            ["query", "mode", "k", "results"],
        ),
        "Node": object_schema(
            {
                "id": string_schema(),
                "kind": string_schema(),
                "label": string_schema(),
                "attributes": {"type": "object", "description": "Every other node attribute (scalars)."},
                "neighbours": {
                    "type": "array",
                    "items": object_schema(
                        {**neighbour["properties"], "direction": {"type": "string"}},
                        neighbour["required"],
                    ),
                },
            },
            ["id", "kind", "label", "attributes", "neighbours"],
        ),
        "NodeLink": object_schema(
            {
                "directed": {"type": "boolean"},
                "multigraph": {"type": "boolean"},
                "graph": {"type": "object"},
                "nodes": {"type": "array", "items": object_schema({"id": string_schema()}, ["id"])},
                "links": {
                    "type": "array",
                    "items": object_schema(
                        {"source": string_schema(), "target": string_schema(), "key": string_schema()},
                        ["source", "target"],
                    ),
                },
                "root": {
                    **string_schema(),
                    "description": "The node the neighbourhood was drawn around.",
                },
            },
            ["directed", "multigraph", "nodes", "links", "root"],
            description="networkx node-link data (edges under `links`); nodes and links carry attributes.",
        ),
        "Document": object_schema(
            {
                "id": string_schema(),
                "title": string_schema(),
                "path": string_schema(),
                "text": string_schema(),
            },
            ["id", "title", "path", "text"],
        ),
    }


def _health() -> dict:
    integer = {"type": "integer"}
    return object_schema(
        {
            "status": {"type": "string", "enum": ["ok"]},
            "model": string_schema(),
            "dimension": integer,
            "documents": integer,
            "claims": integer,
            "entities": integer,
            "nodes": integer,
            "edges": integer,
        },
        ["status", "model", "claims", "entities"],
    )
