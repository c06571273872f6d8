"""Request parsing for the JSON routes: every check on user input happens here, once.

Each helper either returns a clean Python value or raises :class:`kg.errors.QueryError`
(400) or :class:`kg.errors.PayloadTooLarge` (413) with a message that names the parameter,
so the single error handler can answer ``{"error": {"status", "message"}}``.

Text rules, shared by search queries and texts to embed:

* a text must contain at least one character that is neither white space nor a control
  character (:data:`MEANINGFUL`, also published as the ``pattern`` in the OpenAPI document);
* a text longer than its limit is refused with 413, before any other work;
* control characters (C0, DEL, C1 — NUL included) and lone UTF-16 surrogates, which the
  tokenizer cannot encode, are replaced by a space. Search queries also turn tab and line
  breaks into spaces and are stripped; texts to embed keep tab and line breaks.
"""

from __future__ import annotations

import json
import math
import re
import reprlib
from typing import Any
from urllib.parse import unquote_to_bytes

from flask import request
from werkzeug.exceptions import UnsupportedMediaType

from kg.errors import PayloadTooLarge, QueryError

#: A character that makes a text worth searching: not white space, not a control character.
#: The same expression is the ``pattern`` of text parameters in the OpenAPI document.
MEANINGFUL = r"[^\s\u0000-\u001f\u007f-\u009f]"
_MEANINGFUL = re.compile(MEANINGFUL)
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: Control characters (C0, DEL, C1) and lone surrogates: no text, replaced by a space.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
"""An unpaired UTF-16 surrogate: a JSON "\\ud800" alone, or a byte that is not UTF-8 escaped by
Python's command line; no character (:mod:`web.evaluate`, :mod:`web.cli`)."""


def _show(value: Any) -> str:
    """A short, safe rendering of a rejected value for an error message."""
    if isinstance(value, str):
        text = repr(value)
    else:
        try:
            text = json.dumps(value, ensure_ascii=True, default=str)
        except (ValueError, RecursionError):  # huge integers, deep nesting
            text = reprlib.repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def query_args(args, names: tuple[str, ...]) -> dict[str, str]:
    """The named query-string parameters that are present, each given at most once.

    Args:
        args: ``request.args``.
        names: the parameters the route reads; others are ignored.

    Raises:
        QueryError: a parameter is repeated (``?k=1&k=2``), or the query string is not UTF-8.
    """
    utf8_query_string()
    values = {}
    for name in names:
        given = args.getlist(name)
        if len(given) > 1:
            raise QueryError(f"give {name} once (got {len(given)} values)")
        if given:
            values[name] = given[0]
    return values


def utf8_query_string() -> None:
    """Checks that the request's query string, once %-decoded, is UTF-8 text.

    Werkzeug keeps undecodable escapes as they were (``?q=%FF`` would search the text "%FF").

    Raises:
        QueryError: a name or value is not valid UTF-8.
    """
    for pair in request.query_string.split(b"&"):
        for part in pair.split(b"=", 1):
            try:
                unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError as e:
                name = pair.split(b"=", 1)[0].decode("ascii", "replace")[:20]
                raise QueryError(f"the query string parameter {name!r} is not valid UTF-8 text") from e


def json_object() -> dict:
    """The request body as a JSON object.

    Returns:
        The decoded object.

    Raises:
        UnsupportedMediaType: the Content-Type is not JSON (415).
        QueryError: the body is not valid UTF-8 JSON, or not an object.
        werkzeug.exceptions.RequestEntityTooLarge: the body exceeds ``MAX_CONTENT_LENGTH`` (413).
    """
    if not request.is_json:
        raise UnsupportedMediaType(
            f"the request body must be JSON with Content-Type: application/json "
            f"(got {request.mimetype or 'no content type'!r})"
        )
    raw = request.get_data(cache=True)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise QueryError(f"the request body is not valid JSON: {e}"[:200]) from e
    if not isinstance(body, dict):
        raise QueryError(f"the request body must be a JSON object, not {type(body).__name__}")
    return body


def integer(value: Any, *, name: str, default: int, low: int, high: int, from_query: bool = False) -> int:
    """An integer parameter from a query string (digits) or a JSON body (a number).

    Args:
        value: the raw value; None means "not given".
        name: the parameter name, for the message.
        default: returned when ``value`` is None.
        low: smallest accepted value.
        high: largest accepted value.
        from_query: ``value`` comes from a query string, so it is text: ASCII digits only.
            From JSON only numbers are accepted (``1.0`` counts as an integer, ``"1"`` not).

    Returns:
        The integer.

    Raises:
        QueryError: not an integer (``"abc"``, ``1.5``, ``true``) or outside ``low..high``.
    """
    if value is None:
        return default
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif (isinstance(value, float) and math.isfinite(value) and value.is_integer()) or (
        from_query and isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 12
    ):
        number = int(value)
    if number is None or not low <= number <= high:
        got = f"the string {_show(value)}" if isinstance(value, str) and not from_query else _show(value)
        raise QueryError(f"{name} must be an integer from {low} to {high} (got {got})")
    return number


def text(value: Any, *, name: str, max_chars: int, keep_lines: bool = False) -> str:
    """A text parameter, cleaned as the module docstring describes.

    Args:
        value: the raw value.
        name: the parameter name, for the message.
        max_chars: the longest accepted text, in characters (checked before cleaning).
        keep_lines: keep tab and line breaks (texts to embed) instead of turning them
            into spaces and stripping (search queries).

    Returns:
        The cleaned text, never empty.

    Raises:
        QueryError: missing, not a string, or nothing but white space, control characters and
            unpaired surrogates.
        PayloadTooLarge: longer than ``max_chars``.
    """
    if value is None:
        raise QueryError(f"{name} is required")
    if not isinstance(value, str):
        raise QueryError(f"{name} must be a string (got {_show(value)})")
    if len(value) > max_chars:
        raise PayloadTooLarge(f"{name} is {len(value)} characters long; the limit is {max_chars}")
    if not _MEANINGFUL.search(value):
        raise QueryError(f"{name} must contain at least one character that is not white space")
    cleaned = (_CONTROL_KEEP_LINES if keep_lines else CONTROL).sub(" ", value)
    if not _MEANINGFUL.search(cleaned):  # it held only unpaired surrogates beside white space
        raise QueryError(f"{name} holds no valid text: unpaired UTF-16 surrogates are not characters")
    return cleaned if keep_lines else cleaned.strip()


def texts(value: Any, *, name: str, max_items: int, max_chars: int) -> list[str]:
    """A non-empty list of texts, each checked by :func:`text` (line breaks kept).

    Raises:
        QueryError: not a list, empty, too long, or an item is not a usable string.
        PayloadTooLarge: an item is longer than ``max_chars``.
    """
    if value is None:
        raise QueryError(f"{name} is required")
    if not isinstance(value, list):
        raise QueryError(f"{name} must be a list of strings (got {_show(value)})")
    if not 1 <= len(value) <= max_items:
        raise QueryError(f"{name} must hold from 1 to {max_items} strings (got {len(value)})")
    return [text(v, name=f"{name}[{i}]", max_chars=max_chars, keep_lines=True) for i, v in enumerate(value)]


def choice(value: Any, *, name: str, choices: tuple[str, ...]) -> str | None:
    """One of a fixed set of strings, or None when not given.

    Raises:
        QueryError: a value outside ``choices``.
    """
    if value is None:
        return None
    if not isinstance(value, str) or value not in choices:
        raise QueryError(f"{name} must be one of {', '.join(choices)} (got {_show(value)})")
    return value


def vector(value: Any, *, dimension: int) -> list[float]:
    """A query vector: a list of ``dimension`` finite numbers, not all zero.

    The engine compares directions only (cosine), so the vector is scaled to unit length
    here, which also keeps huge values (``1e300``) representable as float32.

    Returns:
        The vector, L2-normalised.

    Raises:
        QueryError: not a list, the wrong length, an item that is not a finite number, or
            all zeros.
    """
    expected = f"vector must be a list of {dimension} finite numbers (the model's dimension)"
    if not isinstance(value, list):
        raise QueryError(f"{expected}, not {_show(value)}")
    if len(value) != dimension:
        raise QueryError(f"{expected}; got {len(value)} items")
    numbers = []
    for i, item in enumerate(value):
        try:
            number = float(item) if isinstance(item, (int, float)) and not isinstance(item, bool) else None
        except OverflowError:  # an integer too large for a float
            number = None
        if number is None or not math.isfinite(number):
            raise QueryError(f"{expected}; item {i} is {_show(item)}")
        numbers.append(number)
    largest = max(abs(n) for n in numbers)
    if largest == 0.0:
        raise QueryError("vector must not be all zeros")
    scaled = [n / largest for n in numbers]  # first to [-1, 1], so the sum of squares cannot overflow
    norm = math.sqrt(math.fsum(n * n for n in scaled))
    return [n / norm for n in scaled]
