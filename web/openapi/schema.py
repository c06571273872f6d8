"""Small constructors of OpenAPI 3.0 objects shared by the component schemas and the paths."""

from __future__ import annotations

from typing import Any

from web.validation import MEANINGFUL

_REF = "#/components/{}/{}"


def ref(kind: str, name: str) -> dict:
    """A reference to a component: ``kind`` is ``schemas`` or ``responses``."""
    return {"$ref": _REF.format(kind, name)}


def json_response(schema: dict, description: str) -> dict:
    """A response (or request body) of JSON with this schema."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def error_refs(*statuses: int) -> dict:
    """The shared error responses of these statuses, keyed by status."""
    return {str(s): ref("responses", str(s)) for s in statuses}


def int_schema(low: int, high: int, *, default: int | None = None, description: str = "") -> dict:
    """An integer from ``low`` to ``high`` inclusive."""
    schema: dict[str, Any] = {"type": "integer", "minimum": low, "maximum": high}
    if default is not None:
        schema["default"] = default
    if description:
        schema["description"] = description
    return schema


def text_schema(max_chars: int, description: str) -> dict:
    """A text the validators accept: 1 to ``max_chars`` characters, not only blanks."""
    return {
        "type": "string",
        "minLength": 1,
        "maxLength": max_chars,
        "pattern": MEANINGFUL,
        "description": description,
    }


def object_schema(properties: dict, required: list[str] | None = None, **extra: Any) -> dict:
    """An object with these properties; ``extra`` adds keywords such as ``description``."""
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def string_schema(*, nullable: bool = False) -> dict:
    """A string, or a string or null."""
    return {"type": "string", "nullable": True} if nullable else {"type": "string"}
