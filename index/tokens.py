"""Contextual token vectors: what the encoder sees before it pools a text into one vector.

The same forward pass that gives a sentence embedding gives one vector per word piece (the last
hidden state). Late-interaction scoring (ColBERT's MaxSim) compares a query's pieces with a
passage's pieces one by one, which catches a phrase that a single pooled vector dilutes.
:meth:`index.Embedder.encode_tokens` returns both from one pass; this module holds the record
and the code both backends share to cut a padded batch into per-text records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TokenEmbeddings:
    """The word-piece vectors of one text, special tokens ([CLS], [SEP], padding) left out.

    Attributes:
        vectors: float32 (t, d), each row of unit length, in text order.
        ids: int32 (t,): each piece's vocabulary id.
        words: for each piece, the whole word it belongs to, as the model read it (so a
            stopword test can drop every piece of "the" and keep every piece of "theorem").
    """

    vectors: np.ndarray
    ids: np.ndarray
    words: tuple[str, ...]


def split_batch(
    hidden: np.ndarray,
    ids: np.ndarray,
    special: np.ndarray,
    word_ids: Sequence[Sequence[int | None]],
    offsets: np.ndarray,
    texts: Sequence[str],
) -> list[TokenEmbeddings]:
    """Cuts a padded batch of hidden states into one record per text.

    Args:
        hidden: float (b, L, d): the encoder's last hidden state.
        ids: int (b, L): the input ids.
        special: (b, L): true for special and padding tokens.
        word_ids: for each text, the word index of each position (None for special tokens).
        offsets: int (b, L, 2): each position's character span in its (cleaned) text.
        texts: the texts as tokenised.

    Returns:
        One record per text, in order.
    """
    records = []
    for row, text in enumerate(texts):
        keep = np.flatnonzero(~np.asarray(special[row], dtype=bool))
        vectors = np.asarray(hidden[row, keep], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.maximum(norms, 1e-12)
        spans: dict[int, tuple[int, int]] = {}
        words_of = word_ids[row]
        for position in keep.tolist():
            word = words_of[position]
            start, end = (int(x) for x in offsets[row, position])
            if word is None:
                continue
            first, last = spans.get(word, (start, end))
            spans[word] = (min(first, start), max(last, end))
        words = tuple(
            text[slice(*spans[words_of[p]])] if words_of[p] is not None else ""
            for p in keep.tolist()
        )
        records.append(
            TokenEmbeddings(
                vectors=np.ascontiguousarray(vectors),
                ids=np.asarray(ids[row, keep], dtype=np.int32),
                words=words,
            )
        )
    return records
