"""The component schemas of the embedding routes: ``/api/embed`` and the OpenAI-compatible ones."""

from __future__ import annotations

from collections.abc import Mapping

from web.openapi.schema import object_schema, string_schema, text_schema


def embedding_schemas(config: Mapping, dimension: int) -> dict:
    """The requests and responses of ``/api/embed``, ``/v1/embeddings`` and ``/v1/models``."""
    max_texts = config["MAX_TEXTS"]
    text = text_schema(config["MAX_TEXT_CHARS"], "A text to embed.")
    texts = {"type": "array", "items": text, "minItems": 1, "maxItems": max_texts}
    integer = {"type": "integer"}
    vector = {"type": "array", "items": {"type": "number"}, "minItems": dimension, "maxItems": dimension}
    return {
        "EmbedRequest": object_schema({"texts": texts}, ["texts"]),
        "EmbedResponse": object_schema(
            {
                "model": string_schema(),
                "dimension": integer,
                "embeddings": {"type": "array", "items": vector},
            },
            ["model", "dimension", "embeddings"],
        ),
        "OpenAIEmbeddingRequest": object_schema(
            {
                "input": {
                    "oneOf": [
                        text,
                        texts,
                    ],
                    "description": "A string or a list of strings (token-id lists are not supported).",
                },
                "model": {
                    **string_schema(nullable=True),
                    "description": "Any name; the served model answers.",
                },
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
        "OpenAIEmbeddingResponse": object_schema(
            {
                "object": {"type": "string", "enum": ["list"]},
                "model": string_schema(),
                "data": {
                    "type": "array",
                    "items": object_schema(
                        {
                            "object": {"type": "string", "enum": ["embedding"]},
                            "index": integer,
                            "embedding": {
                                "oneOf": [
                                    vector,
                                    {"type": "string", "format": "byte"},
                                ],
                                "description": "Floats, or base64 of little-endian float32 bytes.",
                            },
                        },
                        ["object", "index", "embedding"],
                    ),
                },
                "usage": object_schema(
                    {"prompt_tokens": integer, "total_tokens": integer},
                    ["prompt_tokens", "total_tokens"],
                    description="White-space separated words (an estimate of tokens).",
                ),
            },
            ["object", "model", "data", "usage"],
        ),
        "ModelList": object_schema(
            {
                "object": {"type": "string", "enum": ["list"]},
                "data": {
                    "type": "array",
                    "items": object_schema(
                        {
                            "id": string_schema(),
                            "object": string_schema(),
                            "created": integer,
                            "owned_by": string_schema(),
                        },
                        ["id", "object"],
                    ),
                },
            },
            ["object", "data"],
        ),
    }
