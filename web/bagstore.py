"""The claims' piece bags (:mod:`web.maxsim`): built from the encoder's pieces, written, read.

Built from the same forward passes that give the sentence vectors (:func:`encode_with_bags`),
each text's content pieces quantised as they come (:func:`build_bags`).

The store part :data:`web.maxsim.PART` is a folder of:

* ``vectors.npy``: int8 (T, d), each piece's unit vector divided by ``scales`` and rounded
  (ranking figures on the evaluation sets are the same as with float32);
* ``scales.npy``: float32 (T,), times the piece's weight (a title's pieces may weigh less);
* ``offsets.npy``: int64 (n + 1,): claim row ``r`` owns pieces ``offsets[r]:offsets[r + 1]``;
* ``vocab.npy`` / ``df.npy``: int32, the piece ids seen and in how many bags each is.

A bag costs about ``d + 4`` bytes per content piece (about 390 bytes). The bundled article's
claims hold 19 pieces each with their views and 27 with their section titles (~10.5 kB per
claim); titles add 4 to 8 pieces per claim in the evaluation articles, as each claim holds its
own copy, so bags of 50k claims of 25 pieces take about 475 MB, 600 MB with titles. Only stores
of at most :data:`web.maxsim.MAX_CLAIMS` claims get bags; larger ones are ranked without them.
Re-scoring 30 candidates takes about 0.15 ms for the bundled article and 0.65 ms (p50) against
bags of 50k claims (measured before titles joined the bags).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from index import TokenEmbeddings
from kg.errors import StoreError
from web.maxsim import TokenBags, content_mask

log = logging.getLogger(__name__)

CHUNK = 2048
"""Texts encoded per call while building bags, so float32 piece vectors never pile up."""


def build_bags(
    tokens: Iterable[tuple],
    claim_count: int,
    *,
    dimension: int = 0,
) -> TokenBags:
    """Gathers the content pieces of each claim's texts into quantised bags.

    Each record is quantised as it comes, so ``tokens`` may be a generator over a large store.
    A record is ``(owner, pieces)`` or ``(owner, pieces, weight)``: ``owner`` is a claim row,
    or a sequence of rows for a text shared by several claims (a section title), and
    ``weight`` (1.0 when absent) scales the pieces' vectors, so a query piece's similarity to
    them is scaled too when it is scored (:meth:`web.maxsim.TokenBags.scores`). A shared text's pieces
    join the bags of all its rows but not the document frequencies, which stay those of the
    claims' own texts: a heading's words would otherwise count once per claim under it and
    lose their IDF (dev MRR@10 0.645 → 0.623 when they counted).

    Args:
        tokens: the records, in any order, several per row.
        claim_count: how many claims.
        dimension: the vectors' length (only needed when no record comes).

    Returns:
        The bags.
    """
    per_row: list[list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = [
        [] for _ in range(claim_count)
    ]
    for owner, record, *rest in tokens:
        weight = float(rest[0]) if rest else 1.0
        keep = content_mask(record)
        vectors = record.vectors[keep]
        dimension = record.vectors.shape[1]
        scales = np.abs(vectors).max(axis=1) / 127.0 if len(vectors) else np.zeros(0)
        scales = np.maximum(scales, 1e-12)
        quantised = np.round(vectors / scales[:, None]).astype(np.int8)
        shared = not isinstance(owner, (int, np.integer))
        # A shared text's pieces do not count in document frequencies (see the docstring).
        ids = record.ids[keep][:0] if shared else record.ids[keep]
        part = (quantised, (scales * weight).astype(np.float32), ids)
        for row in owner if shared else [owner]:
            per_row[row].append(part)
    lengths = np.array([sum(len(p[1]) for p in parts) for parts in per_row], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    parts = [p for row in per_row for p in row]
    vectors = (
        np.concatenate([p[0] for p in parts])
        if parts
        else np.zeros((0, dimension), dtype=np.int8)
    )
    scales = (
        np.concatenate([p[1] for p in parts]).astype(np.float32)
        if parts
        else np.zeros(0, np.float32)
    )
    # Document frequency: each id once per claim.
    bag_ids = [
        np.unique(np.concatenate([p[2] for p in row])) if row else np.zeros(0, np.int32)
        for row in per_row
    ]
    everything = np.concatenate(bag_ids) if bag_ids else np.zeros(0, np.int32)
    vocab, df = np.unique(everything.astype(np.int32), return_counts=True)
    return TokenBags(
        vectors=vectors,
        scales=scales,
        offsets=offsets,
        vocab=vocab.astype(np.int32),
        df=df.astype(np.int32),
    )


def encode_with_bags(
    embedder,
    texts: Sequence[str],
    owners: Sequence[int | Sequence[int]],
    claim_count: int,
    *,
    weights: Sequence[float] | None = None,
    progress: bool,
) -> tuple[np.ndarray, TokenBags]:
    """Embeds texts and builds the claims' piece bags from the same forward passes.

    Texts are encoded :data:`CHUNK` at a time and each chunk's pieces are quantised before
    the next is encoded, so float32 piece vectors never pile up for a large store.

    Args:
        embedder: an :class:`index.Embedder`.
        texts: every text to embed (claims, their views, then the section titles).
        owners: the claim row of each text, or the rows of the claims that share it.
        claim_count: how many claims.
        weights: the weight of each text's pieces in MaxSim (all 1.0 when None).
        progress: show a progress bar.

    Returns:
        ``(vectors, bags)``: the texts' sentence vectors (as :meth:`index.Embedder.encode`
        gives) and the bags.
    """
    if len(owners) != len(texts) or (weights is not None and len(weights) != len(texts)):
        raise ValueError("one owner (and one weight) per text")
    vectors = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
    bar = _progress(len(texts)) if progress else None

    def pieces() -> Iterator[tuple[int | Sequence[int], TokenEmbeddings, float]]:
        for start in range(0, len(texts), CHUNK):
            chunk = list(texts[start : start + CHUNK])
            encoded, tokens = embedder.encode_tokens(chunk)
            vectors[start : start + len(chunk)] = encoded
            for i, record in enumerate(tokens, start):
                yield owners[i], record, 1.0 if weights is None else weights[i]
            if bar is not None:
                bar.update(len(chunk))

    try:
        bags = build_bags(pieces(), claim_count, dimension=embedder.dimension)
    finally:
        if bar is not None:
            bar.close()
    return vectors, bags


def write_bags(folder: Path, bags: TokenBags) -> None:
    """Writes bags as the store part :data:`web.maxsim.PART` (``folder`` must not exist)."""
    folder.mkdir()
    np.save(folder / "vectors.npy", bags.vectors)
    np.save(folder / "scales.npy", bags.scales)
    np.save(folder / "offsets.npy", bags.offsets)
    np.save(folder / "vocab.npy", bags.vocab)
    np.save(folder / "df.npy", bags.df)


def read_bags(folder: Path, claim_count: int) -> TokenBags | None:
    """The piece bags of a store, or None when it has none (too large, or built before them).

    Raises:
        kg.errors.StoreError: the part is damaged or does not match the claims.
    """
    if not folder.is_dir():
        return None
    try:
        bags = TokenBags(
            vectors=np.load(folder / "vectors.npy", mmap_mode="r"),
            scales=np.load(folder / "scales.npy", mmap_mode="r"),
            offsets=np.load(folder / "offsets.npy"),
            vocab=np.load(folder / "vocab.npy"),
            df=np.load(folder / "df.npy"),
        )
    except (OSError, ValueError) as e:
        raise StoreError(f"{folder} cannot be read: {e}") from e
    offsets = bags.offsets
    if (
        offsets.ndim != 1
        or len(offsets) != claim_count + 1
        or offsets[0] != 0
        or np.any(np.diff(offsets) < 0)
        or offsets[-1] != len(bags.vectors)
        or len(bags.scales) != len(bags.vectors)
        or bags.vectors.ndim != 2
        or len(bags.vocab) != len(bags.df)
    ):
        raise StoreError(f"{folder} does not match the store's {claim_count} claims")
    return bags


def _progress(total: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="embedding", unit="text")

