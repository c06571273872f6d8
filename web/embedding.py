"""What the engine embeds on request: a query vector checked, and embedding held to its limits.

A query may come as a vector of the model's dimension (``POST /api/search``), and any client
may ask for embeddings of its texts (``/api/embed``, ``/v1/embeddings``). The first must be a
usable direction; the second must neither exceed :data:`MAX_EMBED_TOKENS` word pieces nor,
when large, run beside another large one (:class:`BulkEmbedding`), so searches keep their core.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import numpy as np

from kg.errors import KGError, PayloadTooLarge, QueryError

log = logging.getLogger(__name__)

__all__ = ["BULK_TOKENS", "MAX_EMBED_TOKENS", "BulkEmbedding", "Busy", "query_vector"]

MAX_EMBED_TOKENS = 16_384
"""The most word pieces one :meth:`web.engine.Engine.embed` call may ask for (413 above): 64
texts of the model's full 256, a few seconds of one core."""
BULK_TOKENS = 2_048
"""Embedding calls above this many word pieces run one at a time; meanwhile another gets 429,
so bulk embedding never holds more than one core and searches keep theirs."""


class Busy(KGError):
    """The server is already running a large request of this kind; retry shortly (429)."""

    status = 429


def query_vector(vector: Sequence[float], dimension: int) -> np.ndarray:
    """A query embedding given as numbers, checked and L2-normalised.

    Args:
        vector: the numbers.
        dimension: the model's dimension, which the vector must have.

    Returns:
        float32 (dimension,), of length 1.

    Raises:
        kg.errors.QueryError: not numbers, the wrong length, not finite, or all zeros.
    """
    try:
        array = np.asarray(vector, dtype=np.float32)
    except (TypeError, ValueError) as e:
        raise QueryError("`vector` must be a list of numbers") from e
    if array.ndim != 1 or array.shape[0] != dimension:
        raise QueryError(f"`vector` must have {dimension} numbers (the model's dimension)")
    if not np.all(np.isfinite(array)):
        raise QueryError("`vector` must hold finite numbers")
    # In float64: float32 squares overflow above about 1e19 (the norm became inf and the
    # vector zeros) and underflow below about 1e-19 (a vector of small numbers was "all zeros").
    wide = array.astype(np.float64)
    norm = float(np.linalg.norm(wide))
    if norm == 0.0:
        raise QueryError("`vector` must not be all zeros")
    return (wide / norm).astype(np.float32)


class BulkEmbedding:
    """An embedder's ``encode`` held to the limits above: one large call at a time.

    Args:
        embedder: the sentence encoder (:class:`index.Embedder`).
    """

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self._bulk = threading.Semaphore(1)

    def embed(self, texts: Sequence[str], *, max_tokens: int = MAX_EMBED_TOKENS) -> np.ndarray:
        """Embeddings of some texts: float32 (n, dimension), normalised.

        Raises:
            kg.errors.PayloadTooLarge: the texts hold more than ``max_tokens`` word pieces.
            Busy: they hold more than :data:`BULK_TOKENS` and another such call is running.
        """
        texts = list(texts)
        tokens = sum(self.embedder.token_counts(texts))
        if tokens > max_tokens:
            raise PayloadTooLarge(
                f"the texts hold {tokens} word pieces; the limit is {max_tokens} per request"
            )
        if tokens <= BULK_TOKENS:
            return self.embedder.encode(texts)
        if not self._bulk.acquire(blocking=False):
            raise Busy("another large embedding request is running; retry in a few seconds")
        try:
            return self.embedder.encode(texts)
        finally:
            self._bulk.release()
