"""Nearest-neighbour search over L2-normalised vectors with FAISS (inner product = cosine).

Small collections use an exact ``IndexFlatIP``. Above :data:`FLAT_LIMIT` rows an HNSW graph
(``IndexHNSWFlat``, inner-product metric) answers a single query in well under a millisecond
where exact search takes tens of milliseconds at 100k rows. Its ``efSearch`` is calibrated at
build time: held-out rows are answered both exactly and approximately, and the smallest
``efSearch`` whose recall@10 reaches :data:`TARGET_RECALL` is kept (it is saved inside the index
file, so a loaded index searches the same way).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import faiss
import numpy as np

from index.threads import one_blas_thread
from kg.errors import QueryError, StoreError

log = logging.getLogger(__name__)

FLAT_LIMIT = 20_000
"""Up to this many rows, ``kind="auto"`` builds an exact flat index."""

TARGET_RECALL = 0.95
INDEX_FILE = "faiss.index"

_HNSW_M = 32
# efConstruction 128: on 100k real claims the graph it builds reaches recall@10 0.99 for short
# queries at efSearch 1024 where efConstruction 40 stays at 0.93, and it builds in 11-13 s on
# two cores (a smaller M lost recall).
_HNSW_EF_CONSTRUCTION = 128
_EF_CHOICES = (16, 32, 64, 128, 256, 512, 1024, 2048)
_HELD_OUT_FACTOR = 8
_CALIBRATION_QUERIES = 200
_CALIBRATION_MARGIN = 0.02
_SMALL_BATCH = 4


class VectorIndex:
    """A FAISS index over the rows of a float32 matrix.

    Build one with :meth:`build` or :meth:`load`, not with the constructor.

    Attributes:
        kind: ``"flat"`` (exact) or ``"hnsw"`` (approximate).
    """

    def __init__(self, index: faiss.Index, kind: str):
        self._index = index
        self.kind = kind
        # A flat index's vectors as a NumPy view (no copy; mapped from the file when loaded
        # with mmap): one query is answered by a BLAS mat-vec product, twice as fast as this
        # faiss build's own loop (0.6 ms against 1.2 ms over 17k rows).
        self._rows = None
        if kind == "flat" and index.ntotal > 0:
            self._rows = faiss.rev_swig_ptr(index.get_xb(), index.ntotal * index.d).reshape(
                index.ntotal, index.d
            )
            if not self._rows.flags.aligned:  # a mapped file's data starts at any byte: BLAS
                self._rows = np.array(self._rows)  # would crawl (2.9 ms); ≤ 30 MB at FLAT_LIMIT

    @property
    def ntotal(self) -> int:
        """The number of indexed rows."""
        return int(self._index.ntotal)

    @property
    def dimension(self) -> int:
        """The vector dimension."""
        return int(self._index.d)

    @classmethod
    def build(
        cls, vectors: np.ndarray, *, kind: str = "auto", queries: np.ndarray | None = None
    ) -> VectorIndex:
        """Indexes the rows of ``vectors``.

        Args:
            vectors: float array (n, d), rows L2-normalised (n may be 0).
            kind: ``"flat"``, ``"hnsw"``, or ``"auto"`` (flat up to :data:`FLAT_LIMIT` rows).
            queries: embeddings of query-like texts (m, d) to calibrate an HNSW index's
                efSearch on; without them held-out rows are used, with a safety factor.

        Returns:
            The index; row i of ``vectors`` is result row i.

        Raises:
            ValueError: ``vectors`` is not a finite 2-D array, or ``kind`` is unknown.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[1] == 0:
            raise ValueError(f"vectors must be a 2-D (n, d) array, got shape {vectors.shape}")
        if not np.isfinite(vectors).all():
            raise ValueError("vectors contain NaN or infinite values")
        if kind == "auto":
            kind = "flat" if len(vectors) <= FLAT_LIMIT else "hnsw"
        n, d = vectors.shape
        started = time.perf_counter()
        if kind == "flat":
            index = faiss.IndexFlatIP(d)
            index.add(vectors)
        elif kind == "hnsw":
            index = faiss.IndexHNSWFlat(d, _HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = _HNSW_EF_CONSTRUCTION
            _add_calibrated(index, vectors, queries)
        else:
            raise ValueError(f"unknown index kind {kind!r} (flat, hnsw or auto)")
        log.info("built %s index of %d × %d in %.1f s", kind, n, d, time.perf_counter() - started)
        return cls(index, kind)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Finds the ``k`` rows most similar to each query.

        Queries are L2-normalised here, so scores are cosine similarities whatever the
        caller's scale.

        Args:
            queries: one query (d,) or several (m, d).
            k: how many results per query; clamped to :attr:`ntotal`.

        Returns:
            ``(scores, rows)``, both (m, k') with k' = min(k, ntotal), best first; float32 and
            int64. An approximate index can find fewer than k' rows for a query: the missing
            places are at the end of its row, with row ``-1`` and score ``-inf``. Columns that
            are ``-1`` for every query are dropped, so a single query never sees ``-1``.

        Raises:
            QueryError: a query has the wrong dimension, is not finite, or is all zeros; or
                ``k`` is negative.
        """
        queries = _check_queries(queries, self.dimension)
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise QueryError(f"k must be a non-negative integer, got {k!r}")
        k = min(int(k), self.ntotal)
        if k == 0:
            return (
                np.zeros((len(queries), 0), dtype=np.float32),
                np.zeros((len(queries), 0), dtype=np.int64),
            )
        if self._rows is not None and len(queries) == 1:
            with one_blas_thread():
                products = self._rows @ queries[0]
            scores, rows = _top_k(products, k)
            scores, rows = scores[None, :], rows[None, :]
        elif len(queries) <= _SMALL_BATCH:
            # One query gains nothing from OpenMP's threads and, on a busy machine, waits for
            # a descheduled one (2 ms instead of 0.6 ms over 10k rows). The setting is per
            # calling thread, so other requests and batch searches keep theirs.
            previous = faiss.omp_get_max_threads()
            faiss.omp_set_num_threads(1)
            try:
                scores, rows = self._index.search(queries, k)
            finally:
                faiss.omp_set_num_threads(previous)
        else:
            scores, rows = self._index.search(queries, k)
        missing = rows < 0
        if missing.any():
            scores[missing] = -np.inf
            keep = ~missing.all(axis=0)
            scores, rows = scores[:, keep], rows[:, keep]
        return scores, rows.astype(np.int64, copy=False)

    def save(self, folder: Path | str) -> Path:
        """Writes the index to ``folder/faiss.index`` (the folder is created if needed).

        Returns:
            The file written.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / INDEX_FILE
        faiss.write_index(self._index, str(path))
        return path

    @classmethod
    def load(cls, folder: Path | str, *, mmap: bool = True) -> VectorIndex:
        """Reads an index written by :meth:`save`.

        Args:
            folder: the folder holding ``faiss.index``.
            mmap: map the file read-only instead of reading it into memory (FAISS does this
                for index types that support it and reads the others normally).

        Raises:
            StoreError: the file is missing or not a FAISS index of a known kind.
        """
        path = Path(folder) / INDEX_FILE
        if not path.is_file():
            raise StoreError(f"{path}: vector index missing")
        # IO_FLAG_MMAP_IFC maps the vectors of flat storage (IndexFlat, and the storage of an
        # HNSW index) instead of reading them: 0.02 s instead of 0.15 s for 100k × 384.
        mmap_flag = getattr(faiss, "IO_FLAG_MMAP_IFC", faiss.IO_FLAG_MMAP)
        flags = mmap_flag | faiss.IO_FLAG_READ_ONLY if mmap else 0
        try:
            index = faiss.read_index(str(path), flags)
        except RuntimeError as e:
            raise StoreError(f"{path}: unreadable vector index") from e
        if isinstance(index, faiss.IndexHNSWFlat):
            kind = "hnsw"
        elif isinstance(index, faiss.IndexFlatIP):
            kind = "flat"
        else:
            raise StoreError(f"{path}: unexpected index type {type(index).__name__}")
        return cls(index, kind)


def _top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best of one query's scores, best first (ties: lower row first)."""
    rows = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    rows = rows[np.lexsort((rows, -scores[rows]))]
    return scores[rows].astype(np.float32, copy=False), rows.astype(np.int64)


def _check_queries(queries: np.ndarray, dimension: int) -> np.ndarray:
    try:
        queries = np.array(queries, dtype=np.float32, ndmin=2, copy=True)
    except (TypeError, ValueError) as e:
        raise QueryError("query vectors must be numbers") from e
    if queries.ndim != 2 or queries.shape[1] != dimension:
        raise QueryError(
            f"query vectors must have dimension {dimension}, got shape {queries.shape}"
        )
    if not np.isfinite(queries).all():
        raise QueryError("query vectors contain NaN or infinite values")
    norms = np.linalg.norm(queries, axis=1, keepdims=True)
    if (norms == 0).any():
        raise QueryError("a query vector is all zeros")
    queries /= norms
    return np.ascontiguousarray(queries)


def _add_calibrated(
    index: faiss.IndexHNSWFlat, vectors: np.ndarray, queries: np.ndarray | None
) -> None:
    """Adds ``vectors`` and sets the smallest efSearch whose recall@10 reaches the target.

    Best with ``queries``: embeddings of texts shaped like real queries (the build passes short
    fragments of its own claims). Recall is then measured exactly as users will meet it.

    Without them, the last rows are held out and added after calibration. That overstates
    recall badly for short queries: measured on 100k claims, held-out rows reached 0.99 at
    efSearch 32 where real three-to-seven-word queries needed 256 to reach 0.95, so the
    efSearch found is multiplied by :data:`_HELD_OUT_FACTOR`. The bar is raised by a margin
    for the sampling error of a few hundred queries.
    """
    n, d = vectors.shape
    k = 10
    if queries is not None and len(queries) >= 10:
        index.add(vectors)
        exact = faiss.IndexFlatIP(d)
        exact.add(vectors)
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        factor = 1
    else:
        held = min(_CALIBRATION_QUERIES, n // 10)
        if held < 10:  # too small to measure; a wide beam over a tiny graph is exhaustive anyway
            index.hnsw.efSearch = _EF_CHOICES[-1]
            index.add(vectors)
            return
        base, queries = vectors[:-held], vectors[-held:]
        index.add(base)
        exact = faiss.IndexFlatIP(d)
        exact.add(base)
        factor = _HELD_OUT_FACTOR
    _, truth = exact.search(queries, k)
    recall = 0.0
    for ef in _EF_CHOICES:
        index.hnsw.efSearch = ef
        recall = recall_at(index.search(queries, k)[1], truth)
        if recall >= TARGET_RECALL + _CALIBRATION_MARGIN:
            break
    else:
        log.warning("HNSW recall@%d only %.3f at efSearch=%d", k, recall, index.hnsw.efSearch)
    index.hnsw.efSearch = min(index.hnsw.efSearch * factor, _EF_CHOICES[-1])
    log.info("HNSW efSearch=%d (recall@%d %.3f on %d %s)", index.hnsw.efSearch, k, recall,
             len(queries), "query-like texts" if factor == 1 else "held-out rows")
    if factor != 1:
        index.add(queries)


def recall_at(found: np.ndarray, truth: np.ndarray) -> float:
    """The mean share of each row of ``truth`` that appears in the same row of ``found``."""
    if truth.size == 0:
        return 1.0
    hits = sum(len(set(f[f >= 0]) & set(t)) for f, t in zip(found, truth))
    return hits / truth.size
