"""A running service's search in the engine's place: ``kg eval --url``.

:class:`RemoteSearch` asks a service's ``GET /api/search`` and answers as
:meth:`web.engine.Engine.search` does, so :func:`web.evaluate.evaluate` scores exactly what the
service's users get. Any failure (no connection, no answer in time, an error status, an answer
that is no search result) is a :class:`kg.errors.ServiceError` naming the service.
"""

from __future__ import annotations

import http.client
import json
import logging
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import QueryError, ServiceError

log = logging.getLogger(__name__)

__all__ = ["REMOTE_TIMEOUT", "RemoteSearch"]

REMOTE_TIMEOUT = 30.0
"""Seconds :class:`RemoteSearch` waits for a connection or an answer (the first search of a
freshly started service may wait for its model)."""


class RemoteSearch:
    """A running service's ``GET /api/search``, with the engine's ``search`` signature.

    Args:
        url: the service's base URL, e.g. ``http://127.0.0.1:8000``.
        timeout: seconds to wait for the connection and for each read of an answer.

    Raises:
        kg.errors.QueryError: the URL is not an http(s) URL with a host (and a port from 1 to
            65535 when given), holds white space or control characters, or has a query or
            fragment (the routes are appended to it).
    """

    def __init__(self, url: str, *, timeout: float = REMOTE_TIMEOUT):
        try:
            parts = urllib.parse.urlsplit(url)
            usable = parts.scheme in ("http", "https") and bool(parts.hostname)
            usable = usable and parts.port != 0  # .port: ValueError unless a number to 65535
        except ValueError:  # "http://[::1" (an unclosed IPv6 bracket), "http://host:abc"
            usable = False
        if not usable or not url.isprintable() or " " in url:
            raise QueryError(
                f"--url must be an http(s) URL such as http://127.0.0.1:8000, not {url!r}"
            )
        if parts.query or parts.fragment:
            raise QueryError(f"--url is the service's base URL, without a ?query or #fragment: {url!r}")
        if timeout <= 0:
            raise QueryError("the timeout must be positive")
        self.base = url.rstrip("/")
        self.timeout = timeout

    def search(self, query: str, *, k: int, mode: str | None = None) -> dict:
        """The service's answer to ``GET /api/search?q=…&k=…[&mode=…]``.

        Raises:
            kg.errors.ServiceError: the service cannot be reached, does not answer in time,
                answers an error status, answers something that is not HTTP or is cut short,
                or answers something other than search results.
        """
        params = {"q": query, "k": k, **({"mode": mode} if mode else {})}
        url = f"{self.base}/api/search?{urllib.parse.urlencode(params)}"
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as e:
            raise ServiceError(
                f"{self.base}/api/search answered {e.code}: {_error_message(e)}"
            ) from e
        except urllib.error.URLError as e:
            reason = e.reason
            if isinstance(reason, TimeoutError):
                reason = f"no answer within {self.timeout:g} s"
            raise ServiceError(f"cannot reach {self.base}: {reason}") from e
        except TimeoutError as e:
            raise ServiceError(f"{self.base} gave no answer within {self.timeout:g} s") from e
        except OSError as e:  # a connection reset or closed mid-answer
            raise ServiceError(f"{self.base}: connection failed ({e})") from e
        except (http.client.HTTPException, ValueError) as e:
            # Not HTTP (BadStatusLine), cut short (IncompleteRead), over http.client's header
            # limits, or a host name no resolver takes (ValueError, UnicodeError).
            detail = " ".join(f"{type(e).__name__}: {e}".split())[:200]  # one line
            raise ServiceError(f"no usable HTTP exchange with {self.base} ({detail})") from e
        try:
            answer = json.loads(body)
            results = answer["results"]
            if not isinstance(results, list) or not all(
                isinstance(r, dict) and isinstance(r.get("text"), str) for r in results
            ):
                raise TypeError("results without texts")
        except (ValueError, KeyError, TypeError, RecursionError) as e:  # RecursionError: "[[[[…"
            raise ServiceError(f"{self.base}/api/search did not answer with search results") from e
        return answer


def _error_message(error: urllib.error.HTTPError) -> str:
    """The message of the service's ``{"error": {"message"}}`` body, else the HTTP reason."""
    try:
        message = json.loads(error.read(64 * 1024))["error"]["message"]
    except (OSError, ValueError, KeyError, TypeError):
        message = None
    return message if isinstance(message, str) and message else str(error.reason)
