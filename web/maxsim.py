"""Late interaction: re-scoring a few candidates by their word pieces (ColBERT's MaxSim).

A claim's single pooled vector averages all its words, so a question about one phrase of a long
sentence is diluted by the rest. MaxSim compares word pieces instead: each content piece of the
query finds its most similar piece in the claim, and the claim scores the IDF-weighted mean of
those best similarities. The piece vectors are all-MiniLM-L6-v2's own last hidden state (the
same forward pass that gives the sentence vector, :meth:`index.Embedder.encode_tokens`), so no
other model is involved.

A claim's *bag* holds the content pieces of its text and of its extra views (the resolved text
of :func:`web.passages.passage_views`), so a query piece may match "Norland" in the resolved
view and "founded" in the text: the MaxSim over the union is the best of both per query piece.
It also holds the pieces of its section's title (:func:`web.passages.section_titles`, each
distinct title encoded once, alone, in the same encode as the claims; weighted by
:data:`TITLE_WEIGHT`), so a question naming the topic of a section reaches claims that leave
the topic implicit. Content pieces are those of words that are neither stopwords nor
punctuation (:func:`content_mask`); IDF is over the claims' own texts and views (titles do not
count, see :func:`web.bagstore.build_bags`).

The bags are built, written and read by :mod:`web.bagstore`; :data:`PART` names their store
part and :data:`MAX_CLAIMS` caps the stores that get them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy as np
from bm25s.stopwords import STOPWORDS_EN_PLUS

from index import TokenEmbeddings

log = logging.getLogger(__name__)

PART = "tokens"
"""The store part (a folder) holding the claims' piece bags."""
MAX_CLAIMS = 50_000
"""Stores with more claims are built without piece bags (about 0.6 GB on disk at this size)."""
MIN_IDF = 0.1
"""The smallest weight a query piece gets (a piece in every claim still counts a little)."""
TITLE_WEIGHT = 1.0
"""The weight of a claim's section-title pieces in its bag (0 leaves titles out); see
:mod:`web.ranking` for how it was chosen."""
ECHO_SIMILARITY = 0.8
"""A claim piece at least this similar to a query piece counts as the question's own word in
the claim's echo (:meth:`TokenBags.match`); chosen with :data:`web.rescore.ECHO_WEIGHT`."""

_PUNCTUATION = re.compile(r"^[\W_]*$")
STOP_WORDS = frozenset(STOPWORDS_EN_PLUS) | {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do",
}
"""Words that carry no content for matching: English stopwords and question words."""


def content_mask(tokens: TokenEmbeddings) -> np.ndarray:
    """Which pieces belong to content words (not stopwords, question words or punctuation).

    Args:
        tokens: one text's pieces.

    Returns:
        bool (t,).
    """
    return np.fromiter(
        (
            not _PUNCTUATION.match(word) and word.casefold().replace("’", "'") not in STOP_WORDS
            for word in tokens.words
        ),
        dtype=bool,
        count=len(tokens.words),
    )


@dataclass
class TokenBags:
    """The claims' content pieces, quantised (see the module docstring for the files).

    Attributes:
        vectors: int8 (T, d), often memory-mapped.
        scales: float32 (T,): ``vectors[i] * scales[i]`` is piece ``i``'s unit vector times
            its weight (1, or :data:`TITLE_WEIGHT` for a section title's piece).
        offsets: int64 (n + 1,).
        vocab: int32 (V,), sorted piece ids.
        df: int32 (V,): in how many bags each piece id is.
    """

    vectors: np.ndarray
    scales: np.ndarray
    offsets: np.ndarray
    vocab: np.ndarray
    df: np.ndarray

    @property
    def claim_count(self) -> int:
        """How many claims the bags are for."""
        return len(self.offsets) - 1

    def idf(self, ids: np.ndarray) -> np.ndarray:
        """``log((n + 1) / (df + 0.5))`` of some piece ids, at least :data:`MIN_IDF`."""
        ids = np.asarray(ids, dtype=self.vocab.dtype)
        where = np.searchsorted(self.vocab, ids)
        where = np.minimum(where, max(len(self.vocab) - 1, 0))
        df = np.zeros(len(ids))
        if len(self.vocab):
            found = self.vocab[where] == ids
            df[found] = self.df[where[found]]
        return np.maximum(np.log((self.claim_count + 1) / (df + 0.5)), MIN_IDF)

    def scores(self, query: TokenEmbeddings, rows: np.ndarray) -> np.ndarray | None:
        """The IDF-weighted MaxSim of a query against some claims.

        Args:
            query: the query's pieces (all of them; content pieces are picked here).
            rows: int (m,): claim rows.

        Returns:
            float64 (m,) in [-1, 1] (0 for a claim with no content piece), or None when the
            query has no pieces at all.
        """
        matched = self.match(query, rows)
        return None if matched is None else matched[0]

    def match(
        self,
        query: TokenEmbeddings,
        rows: np.ndarray,
        *,
        context: np.ndarray | None = None,
        context_weight: float = 0.0,
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """MaxSim (:meth:`scores`) and *echo* of a query against some claims, in one pass.

        A claim's echo is the share of its bag's pieces that some query piece matches above
        :data:`ECHO_SIMILARITY`: the same word, or nearly. MaxSim looks from the query to the
        claim; the echo looks back, and is high for a claim that mostly repeats the question
        (the sentence that sets a topic up, which the question restates) rather than adding
        to it (see :data:`web.rescore.ECHO_WEIGHT`).

        With ``context``, each claim's MaxSim also looks at the bag of another claim (the
        sentence before it, :data:`web.rescore.PREVIOUS_WEIGHT`), whose similarities count
        times ``context_weight``: a query piece scores the better of its best match in the
        claim and ``context_weight`` × its best match in the context. The echo stays the
        claim's own.

        Args:
            query: the query's pieces (all of them; content pieces are picked here).
            rows: int (m,): claim rows.
            context: int (m,), per claim, the row whose pieces also count (-1: none).
            context_weight: the weight of the context's similarities (0: no context).

        Returns:
            ``(maxsim, echo)``, float64 (m,) each (0 for a claim with no content piece and no
            context), or None when the query has no pieces at all.
        """
        if len(query.words) == 0:
            return None
        keep = content_mask(query)
        if not keep.any():  # "What is it?": every piece is a stopword; use them all
            keep[:] = True
        q = np.asarray(query.vectors[keep], dtype=np.float32)
        weights = self.idf(query.ids[keep])
        rows = np.asarray(rows, dtype=np.int64)
        m = len(rows)
        has = np.zeros(m, dtype=bool)
        if context is not None and context_weight > 0:
            context = np.asarray(context, dtype=np.int64)
            has = context >= 0
        if not has.any():
            best, filled, echo = self._best(q, rows)
        else:
            # Each bag is matched once, whether it is a claim's, a context's, or both (the
            # claim before a candidate is often a candidate too).
            every, where = np.unique(np.concatenate((rows, context[has])), return_inverse=True)
            best, filled, echo = self._best(q, every)
            mine, theirs = where[:m], where[m:]
            own = best[:, mine]
            own[:, has] = np.maximum(own[:, has], context_weight * best[:, theirs])
            best, filled, echo = own, filled[mine] | _scatter(has, filled[theirs]), echo[mine]
        out = np.zeros(m)
        out[filled] = weights @ best[:, filled] / weights.sum()
        return out, echo

    def _best(
        self, q: np.ndarray, rows: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each query piece's best similarity in each claim's bag, and the claims' echoes.

        Returns:
            ``(best, filled, echo)``: float (query pieces, m), -inf in the column of a claim
            with no content piece; bool (m,), which claims have one; float64 (m,).
        """
        starts, ends = self.offsets[rows], self.offsets[rows + 1]
        lengths = ends - starts
        filled = lengths > 0
        best = np.full((len(q), len(rows)), -np.inf, dtype=np.float32)
        echo = np.zeros(len(rows))
        if not filled.any():
            return best, filled, echo
        starts, lengths = starts[filled], lengths[filled]
        # The pieces of every claim, side by side, and where each claim's run begins.
        firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        index = np.repeat(starts - firsts, lengths) + np.arange(lengths.sum())
        pieces = np.asarray(self.vectors[index], dtype=np.float32)
        # One matrix-vector product per query piece: a small matrix product would go to
        # OpenBLAS's threads, which on a busy machine costs 40 times more (8 ms, not 0.2).
        similarity = np.stack([pieces @ piece for piece in q])  # (query pieces, all pieces)
        # Each piece's scale applied to its similarities rather than to its vector: the same
        # numbers, one pass over (query pieces × pieces) instead of over (pieces × d).
        similarity *= np.asarray(self.scales[index], dtype=np.float32)[None, :]
        best[:, filled] = np.maximum.reduceat(similarity, firsts, axis=1)
        echoed = (similarity.max(axis=0) > ECHO_SIMILARITY).astype(np.float64)
        echo[filled] = np.add.reduceat(echoed, firsts) / lengths
        return best, filled, echo


def _scatter(mask: np.ndarray, values: np.ndarray) -> np.ndarray:
    """A bool array shaped like ``mask``: ``values`` where it is True, False elsewhere."""
    out = np.zeros(len(mask), dtype=bool)
    out[mask] = values
    return out
