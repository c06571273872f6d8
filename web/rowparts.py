"""Store parts holding vectors for some of the claims: the views, context and paragraph vectors.

Such a part is a folder of ``vectors.npy`` (float32 (m, d)) and ``rows.npy`` (int64 (m,): the
claim row each vector stands for). :mod:`web.build` writes the claims' extra views
(:func:`web.passages.passage_views`), their context vectors (:mod:`web.context`) and paragraph
vectors (:mod:`web.paragraphs`) this way, and :mod:`web.loading` reads them back with the same
checks; the last two, one vector per claim, as :class:`RowVectors`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.errors import StoreError


@dataclass
class RowVectors:
    """One vector for each of some claims (the context or paragraph vectors).

    Attributes:
        vectors: float32 (m, d), L2-normalised (often memory-mapped).
        rows: int64 (m,): the claim row each vector stands for, ascending.
    """

    vectors: np.ndarray
    rows: np.ndarray

    def lookup(self, claim_count: int) -> np.ndarray:
        """For each claim row, the index of its vector, or -1 when it has none."""
        return row_lookup(self.rows, claim_count)


def write_row_vectors(folder: Path, vectors: np.ndarray, rows: Sequence[int]) -> None:
    """Writes vectors and their claim rows as a store part (``folder`` must not exist)."""
    folder.mkdir()
    np.save(folder / "vectors.npy", np.ascontiguousarray(vectors, dtype=np.float32))
    np.save(folder / "rows.npy", np.asarray(rows, dtype=np.int64))


def read_row_vectors(
    folder: Path, claim_count: int, *, ascending: bool = False
) -> tuple[np.ndarray, np.ndarray] | None:
    """Reads a part written by :func:`write_row_vectors`, the vectors memory-mapped.

    Args:
        folder: the part's folder.
        claim_count: the store's number of claims; every row must be below it.
        ascending: also require the rows to be strictly ascending (one vector per claim).

    Returns:
        ``(vectors, rows)``, or None when the store has no such part (built before it existed).

    Raises:
        kg.errors.StoreError: the part is damaged or does not match the store's claims.
    """
    if not folder.is_dir():
        return None
    try:
        vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        rows = np.load(folder / "rows.npy")
    except (OSError, ValueError) as e:
        raise StoreError(f"{folder} cannot be read: {e}") from e
    matches = (
        rows.ndim == 1
        and vectors.ndim == 2
        and len(rows) == len(vectors)
        and (len(rows) == 0 or 0 <= rows.min() <= rows.max() < claim_count)
        and not (ascending and np.any(np.diff(rows) <= 0))
    )
    if not matches:
        raise StoreError(f"{folder} does not match the store's {claim_count} claims")
    return vectors, rows


def read_claim_vectors(folder: Path, claim_count: int) -> RowVectors | None:
    """A part of one vector per claim (rows strictly ascending), or None for a store built
    before the part existed.

    Raises:
        kg.errors.StoreError: the part is damaged or does not match the store's claims.
    """
    part = read_row_vectors(folder, claim_count, ascending=True)
    return None if part is None else RowVectors(vectors=part[0], rows=part[1])


def row_lookup(rows: np.ndarray, claim_count: int) -> np.ndarray:
    """For each claim row, the index of its vector in such a part, or -1 when it has none.

    Args:
        rows: the part's claim rows (one vector per claim at most).
        claim_count: the store's number of claims.

    Returns:
        int64 (claim_count,).
    """
    where = np.full(claim_count, -1, dtype=np.int64)
    if len(rows):
        where[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
    return where
