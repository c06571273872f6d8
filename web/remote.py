"""A running service's search in the engine's place: ``kg eval --url``.

:class:`RemoteSearch` asks a service's ``GET /api/search`` and answers as
:meth:`web.engine.Engine.search` does, so :func:`web.evaluate.evaluate` scores exactly what the
service's users get. Any failure (no connection, no answer in time, an error status, an answer
that is no search result) is a :class:`kg.errors.ServiceError` naming the service.
"""

from __future__ import annotations

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
        kg.errors.QueryError: the URL is not an http(s) URL with a host.
    """

    def __init__(self, url: str, *, timeout: float = REMOTE_TIMEOUT):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise QueryError(
                f"--url must be an http(s) URL such as http://127.0.0.1:8000, not {url!r}"
            )
        if timeout <= 0:
            raise QueryError("the timeout must be positive")
        self.base = url.rstrip("/")
        self.timeout = timeout

    def search(self, query: str, *, k: int, mode: str | None = None) -> dict:
        """The service's answer to ``GET /api/search?q=…&k=…[&mode=…]``.

        Raises:
            kg.errors.ServiceError: the service cannot be reached, does not answer in time,
                answers an error status, or answers something other than search results.
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
        try:
            answer = json.loads(body)
            results = answer["results"]
            if not isinstance(results, list) or not all(
                isinstance(r, dict) and isinstance(r.get("text"), str) for r in results
            ):
                raise TypeError("results without texts")
        except (ValueError, KeyError, TypeError) as e:
            raise ServiceError(f"{self.base}/api/search did not answer with search results") from e
        return answer


def _error_message(error: urllib.error.HTTPError) -> str:
    """The message of the service's ``{"error": {"message"}}`` body, else the HTTP reason."""
    try:
        message = json.loads(error.read(64 * 1024))["error"]["message"]
    except (OSError, ValueError, KeyError, TypeError):
        message = None
    return message if isinstance(message, str) and message else str(error.reason)
