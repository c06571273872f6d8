"""The exceptions this service raises.

Every error a user can cause carries a one-line message and an HTTP status, so the CLI can
print it and the web layer can turn it into ``{"error": {"status", "message"}}``::

    KGError                      base; status 500 (a bug, never shown as a traceback)
    ├── ConfigError              a setting (a ``KG_*`` variable) the service cannot use (500)
    ├── InputError               an unreadable or unsupported input document (400)
    ├── QueryError               a bad query or request parameter (400)
    │   └── PayloadTooLarge      a request over the configured size limit (413)
    ├── NotFound                 an unknown node id or route (404)
    ├── ServiceError             another service (``kg eval --url``) unreachable or failing (502)
    └── StoreError               a missing, damaged, truncated or incompatible store (503)
        └── StoreMissing         no store in the folder yet
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error this package raises on purpose.

    Args:
        message: one line that names the problem.
    """

    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(KGError):
    """A setting, from the environment or the app's config, that the service cannot use."""


class InputError(KGError):
    """An input document cannot be read or is of an unsupported kind."""

    status = 400


class QueryError(KGError):
    """A query or request parameter is invalid."""

    status = 400


class PayloadTooLarge(QueryError):
    """A request body or query is larger than the configured limit."""

    status = 413


class NotFound(KGError):
    """A node id (or other named thing) does not exist."""

    status = 404


class ServiceError(KGError):
    """A service this one calls cannot be reached, times out, or answers an error."""

    status = 502


class StoreError(KGError):
    """A store is damaged, truncated, or written by an incompatible version."""

    status = 503


class StoreMissing(StoreError):
    """The store folder holds no store yet."""
