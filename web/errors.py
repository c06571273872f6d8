"""The one error handler: every failure becomes ``{"error": {...}}`` or an HTML page.

JSON routes (``/api/…``, ``/v1/…``, ``/openapi.json``, ``/healthz``) answer::

    {"error": {"status": 404, "message": "no node 'x'", "type": "not_found", "code": 404}}

``status`` and ``message`` are the contract; ``type`` and ``code`` are there because the
OpenAI client reads them. Other routes get ``error.html`` (from the pages blueprint, with
``status``, ``title`` and ``message``) or, when that template is missing, a minimal page.

Deliberate errors are :class:`kg.errors.KGError` (status and message of their own);
werkzeug's ``HTTPException`` covers routing (404, 405), body size (413) and content type
(415); anything else is a bug, logged with its traceback and answered 500 with a generic
message.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app, jsonify, render_template, request
from jinja2 import TemplateNotFound
from markupsafe import escape
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

from kg.errors import KGError

log = logging.getLogger(__name__)

JSON_PREFIXES = ("/api/", "/v1/")
JSON_PATHS = ("/openapi.json", "/healthz")
_GENERIC = "internal error: the server could not answer this request"
# Headers that describe the original body, which the error response replaces.
_BODY_HEADERS = {"content-type", "content-length"}


def wants_json(path: str) -> bool:
    """Whether errors on ``path`` are answered as JSON rather than as an HTML page."""
    return path.startswith(JSON_PREFIXES) or path in JSON_PATHS or path in ("/api", "/v1")


def error_body(status: int, message: str) -> dict:
    """The JSON error document for ``status`` and ``message``."""
    kind = HTTP_STATUS_CODES.get(status, "error").lower().replace(" ", "_").replace("-", "_")
    return {"error": {"status": status, "message": message, "type": kind, "code": status}}


def handle_exception(error: Exception) -> Response | HTTPException:
    """Turns any exception raised while handling a request into an error response.

    Args:
        error: what the view (or Flask) raised.

    Returns:
        The response; redirects and other non-error ``HTTPException`` s pass through.
    """
    headers: dict[str, str] = {}
    if isinstance(error, HTTPException):
        if error.code is None or error.code < 400:
            return error  # routing redirects (e.g. a missing trailing slash)
        status = error.code
        message = error.description or HTTP_STATUS_CODES.get(status, "error")
        if isinstance(error, RequestEntityTooLarge) and current_app.config.get("MAX_CONTENT_LENGTH"):
            limit = current_app.config["MAX_CONTENT_LENGTH"]
            message = f"the request body is over the limit of {limit} bytes (KG_MAX_CONTENT_LENGTH)"
        headers = {k: v for k, v in error.get_headers() if k.lower() not in _BODY_HEADERS}
    elif isinstance(error, KGError):
        status, message = error.status, error.message
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.path, message)
    else:
        log.exception("unexpected error on %s %s", request.method, request.path)
        status, message = 500, _GENERIC
    if wants_json(request.path):
        response = jsonify(error_body(status, message))
    else:
        response = Response(error_page(status, message), mimetype="text/html")
    response.status_code = status
    response.headers.update(headers)
    return response


def error_page(status: int, message: str) -> str:
    """The HTML error page for ``status`` and ``message`` (needs a request context)."""
    title = f"{status} {HTTP_STATUS_CODES.get(status, 'Error')}"
    try:
        return render_template("error.html", status=status, title=title, message=message)
    except TemplateNotFound:
        pass
    except Exception:  # a broken error page must not hide the original error
        log.exception("rendering error.html failed")
    return (
        f"<!doctype html>\n<html lang=en>\n<meta charset=utf-8>\n<title>{escape(title)}</title>\n"
        f"<h1>{escape(title)}</h1>\n<p>{escape(message)}</p>\n"
    )


def register_error_handler(app: Flask) -> None:
    """Installs :func:`handle_exception` for every exception on ``app``."""
    app.register_error_handler(Exception, handle_exception)
