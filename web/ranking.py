"""Ranking claims for a query: dense (FAISS), sparse (BM25), their fusion, and graph-aware.

Modes:

* ``dense``: cosine between the query and each claim's own text (FAISS).
* ``sparse``: BM25 over the claims' texts (bm25s).
* ``hybrid``: normalised score fusion, ``cosine + SPARSE_WEIGHT * bm25 / best bm25 of the
  query``, over the union of both retrievers' candidates.
* ``graph`` (the default): fusion with ``GRAPH_SPARSE_WEIGHT``, plus what the graph knows:

  - the query is analysed by :class:`web.query.QueryAnalyser`: an entity that most claims
    mention is dropped from the embedded text, and rarer entities named in the query raise
    the claims that mention them (literally or by reference) by ``ENTITY_WEIGHT`` times their
    IDF scaled to [0, 1], and a claim that opens with a reference right after one that mentions
    such an entity by ``CONTINUATION_SHARE`` of that (:func:`web.boosts.raise_continuations`);
  - a claim is scored by the better of its plain vector and its *resolved view* (its text
    with references replaced by the entity's label, :mod:`web.passages`), blended with its
    *context vector* (the sentence before it and the claim, encoded together,
    :mod:`web.context`) by ``CONTEXT_WEIGHT``;
  - a question that asks why (:mod:`web.cues`) raises the claims that state a reason
    ("because", "so that", …) by ``REASON_WEIGHT``; one that asks for an amount ("how
    many …"), a time ("when …") or a place ("where …") raises the claims that state a number,
    a date or a place by ``ANSWER_TYPE_WEIGHT``, and a yes/no question ("Did …?") the claims
    that deny something (a negation), by the same weight; a claim that states a number of
    what a "how many/much" question counts ("40 lamps" for "How many lamps …?",
    :mod:`web.counted`) gains that weight once more;
  - a question that asks who raises the claims that name a person (a person entity mentioned
    literally) by ``PERSON_WEIGHT``, after the re-scoring below, and one that asks which
    organisation ("Which firm …?", :mod:`web.kinds`) the claims that name an organisation;
  - the best ``LATE_DEPTH`` candidates are re-scored (:mod:`web.rescore`): by late interaction with the query's word
    pieces (:mod:`web.maxsim`; the sentence before a claim counts too, at a discount, and for
    a list item the sentence that introduces its list), less
    their echo of its words, then by the best score in their section (section evidence) and
    the score of the claim right before them;
  - near-duplicate claims (``similar_to`` edges with ``near_duplicate``) collapse into the
    best-ranked one, whose hit lists the others.

  The back references, the entity and answer raises and the folding of near-duplicates are
  applied by :mod:`web.boosts`, with the weights of :mod:`web.weights`.

The weights named above are in :mod:`web.weights`, with what each measured. Every constant
there (and in :mod:`web.rescore`) was chosen once on the development sets and then left alone;
the figures, the grids and every variant measured and left out are recorded in
``docs/RANKING.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import networkx as nx
import numpy as np

from index import Embedder, LexicalIndex, VectorIndex
from web import paragraphs as paragraph_vectors
from web import rescore
from web.boosts import (
    Hit,
    fold_duplicates,
    inherit,
    person_cue,
    raise_answers,
    raise_continuations,
    raise_named,
)
from web.cosines import ClaimCosines, ClaimViews
from web.derived import Derived, derive
from web.highlight import highlight
from web.maxsim import TokenBags
from web.query import Analysis, QueryAnalyser
from web.rowparts import RowVectors
from web.weights import (
    ANSWER_TYPE_WEIGHT,
    BACK_REFERENCE_WEIGHT,
    CANDIDATES,
    CONTEXT_WEIGHT,
    CONTINUATION_SHARE,
    ENTITY_WEIGHT,
    GRAPH_SPARSE_WEIGHT,
    PERSON_WEIGHT,
    REASON_WEIGHT,
    SPARSE_WEIGHT,
)

log = logging.getLogger(__name__)

# highlight lives in web.highlight, ClaimViews in web.cosines and Hit in web.boosts; they are
# importable from here too, as they were before those modules were split off.
__all__ = [
    "DEFAULT_MODE", "MODES", "ClaimViews", "Hit", "Ranker", "highlight",
]

MODES = ("dense", "sparse", "hybrid", "graph")
DEFAULT_MODE = "graph"


class Ranker:
    """Ranks the claims of one store; read-only after construction, so threads may share it.

    Args:
        graph: the knowledge graph.
        claims: claim ids in vector-row order.
        vector_index: FAISS over the claims' plain texts.
        lexical_index: BM25 over the same texts.
        embedder: the query encoder.
        vectors: the claims' plain vectors (float32 (n, d)); needed by the fused modes.
        views: extra vectors per claim; graph mode uses the plain vectors only when None.
        token_bags: the claims' word pieces (:mod:`web.maxsim`); graph mode re-scores its
            best candidates by late interaction with them, and skips that when None.
        context: the claims' context vectors (:mod:`web.context`); graph mode blends them
            into the cosines by :data:`CONTEXT_WEIGHT`, and skips that when None.
        paragraphs: the claims' paragraph vectors (:mod:`web.paragraphs`), blended in after
            the context vectors by :data:`web.paragraphs.WEIGHT` (read when the ranker is
            built, as :data:`CONTEXT_WEIGHT` is); skipped when None.
        derived: the graph's search-time tables (:mod:`web.derived`), as a loaded store
            holds them; derived from ``graph`` here when None.
        texts: a claim's text by row, for the cues read off the query and the claim together
            (:mod:`web.counted`); read from ``graph`` when None, and those cues are skipped
            when there is no graph either.
    """

    def __init__(
        self,
        *,
        graph: nx.MultiDiGraph,
        claims: Sequence[str],
        vector_index: VectorIndex,
        lexical_index: LexicalIndex,
        embedder: Embedder,
        vectors: np.ndarray | None = None,
        views: ClaimViews | None = None,
        token_bags: TokenBags | None = None,
        context: RowVectors | None = None,
        paragraphs: RowVectors | None = None,
        derived: Derived | None = None,
        texts: Callable[[int], str] | None = None,
    ):
        self.graph = graph
        self.claims = list(claims)
        self.vector_index = vector_index
        self.lexical_index = lexical_index
        self.embedder = embedder
        self.token_bags = token_bags
        self.cosines = ClaimCosines(
            claim_count=len(self.claims), vector_index=vector_index,
            context_weight=CONTEXT_WEIGHT, paragraph_weight=paragraph_vectors.WEIGHT,
            vectors=vectors, views=views, context=context, paragraphs=paragraphs,
        )
        if token_bags is not None and token_bags.claim_count != len(self.claims):
            raise ValueError(
                f"token bags for {token_bags.claim_count} claims, not {len(self.claims)}"
            )
        tables = self._tables = derived or derive(graph, self.claims)
        self.analyser = QueryAnalyser(tables=tables.entities)
        self._duplicates = tables.duplicate_groups()
        # The tables' columns by name: the head reads two, benchmarks/ranking_features.py all.
        self._previous, self._next = tables.previous, tables.following
        self._lead = tables.lead if tables.lead is not None else tables.previous
        self._refers_back = tables.refers_back
        self._section = tables.section
        self._gives_reason = tables.gives_reason
        self._states_amount = tables.states_amount
        self._states_date = tables.states_date
        self._states_place = tables.states_place
        self._states_denial = tables.states_denial
        if texts is None and graph is not None:
            texts = lambda row: graph.nodes[self.claims[row]]["text"]
        self._text = texts

    # The claims' vectors, as :class:`web.cosines.ClaimCosines` holds them (one copy).
    vectors = property(lambda self: self.cosines.vectors)
    views = property(lambda self: self.cosines.views)
    context = property(lambda self: self.cosines.context)
    paragraphs = property(lambda self: self.cosines.paragraphs)

    def rank(self, query: str, *, k: int, mode: str) -> list[Hit]:
        """The best ``k`` claims for a text query, best first.

        Args:
            query: the query text (not empty).
            k: how many hits.
            mode: one of :data:`MODES`.

        Returns:
            At most ``k`` hits.

        Raises:
            ValueError: an unknown mode.
        """
        depth = max(k, CANDIDATES)
        if mode == "dense":
            return self.rank_vector(self.embedder.encode_query(query), k=k)
        if mode == "sparse":
            return [Hit(self.claims[r], s) for r, s in self._sparse(query, k)]
        if mode == "hybrid":
            vector = self.embedder.encode_query(query)
            rows, dense = self.cosines.candidates(vector, depth, views=False)
            sparse = self._sparse(query, depth)
            return self._top(self._fuse(rows, dense, sparse, vector, SPARSE_WEIGHT, views=False), k)
        if mode == "graph":
            return self._rank_graph(query, k=k, depth=depth)
        raise ValueError(f"unknown mode {mode!r}")

    def rank_vector(self, vector: np.ndarray, *, k: int) -> list[Hit]:
        """The best ``k`` claims for a normalised query embedding (plain vectors only)."""
        scores, rows = self.vector_index.search(vector, k)
        return [Hit(self.claims[int(r)], float(s)) for s, r in zip(scores[0], rows[0]) if r >= 0]

    def analyse(self, query: str) -> Analysis:
        """The query as graph mode sees it (entities named, text embedded)."""
        return self.analyser.analyse(query)

    def _rank_graph(self, query: str, *, k: int, depth: int) -> list[Hit]:
        analysis = self.analyser.analyse(query)
        tokens = None
        if self.token_bags is not None and rescore.LATE_WEIGHT > 0:
            vector, tokens = self.embedder.encode_query_tokens(analysis.dense_text)
        else:
            vector = self.embedder.encode_query(analysis.dense_text)
        rows, dense = self.cosines.candidates(vector, depth, views=True)
        sparse = self._sparse(query, depth) if GRAPH_SPARSE_WEIGHT > 0 else []
        scores = self._fuse(rows, dense, sparse, vector, GRAPH_SPARSE_WEIGHT, views=True)
        scores = self._inherit(scores, vector)
        candidates = np.fromiter(scores, dtype=np.int64, count=len(scores))
        values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
        raise_named(values, candidates, analysis, self.analyser, weight=ENTITY_WEIGHT)
        raise_continuations(
            values, candidates, analysis, self.analyser, tables=self._tables, text=self._text,
            weight=ENTITY_WEIGHT, share=CONTINUATION_SHARE,
        )
        raise_answers(
            values, candidates, query, tables=self._tables, text=self._text,
            reason_weight=REASON_WEIGHT, answer_weight=ANSWER_TYPE_WEIGHT,
        )
        cue = person_cue(candidates, query, tables=self._tables, weight=PERSON_WEIGHT)
        if tokens is None and cue is not None:
            values += cue
        order = np.lexsort((candidates, -values))
        if tokens is not None:
            order = rescore.rescore_head(
                order, candidates, values, tokens, bags=self.token_bags,
                sections=self._section, previous=self._previous,
                lead=self._lead, cue=cue,
            )
        return fold_duplicates(
            order, candidates, values, claims=self.claims, duplicates=self._duplicates, k=k
        )

    def _inherit(self, scores: dict[int, float], vector: np.ndarray) -> dict[int, float]:
        """Raises claims that refer back to ``BACK_REFERENCE_WEIGHT`` × their predecessor's score
        (:func:`web.boosts.inherit`)."""
        return inherit(
            scores, vector, cosines=self.cosines, tables=self._tables, weight=BACK_REFERENCE_WEIGHT
        )

    def _fuse(
        self,
        rows: np.ndarray,
        dense: np.ndarray,
        sparse: list[tuple[int, float]],
        vector: np.ndarray,
        weight: float,
        *,
        views: bool,
    ) -> dict[int, float]:
        """``cosine + weight * bm25 / best bm25`` over the union of the candidates."""
        scores = dict(zip(rows.tolist(), dense.tolist()))
        missing = np.asarray([r for r, _ in sparse if r not in scores], dtype=np.int64)
        if len(missing):
            scores.update(
                zip(missing.tolist(), self.cosines.exact(missing, vector, views=views).tolist())
            )
        top = max((s for _, s in sparse), default=0.0)
        if top > 0:
            for row, score in sparse:
                scores[row] += weight * score / top
        return scores

    def _top(self, scores: dict[int, float], k: int) -> list[Hit]:
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [Hit(self.claims[row], score) for row, score in best]

    def _sparse(self, query: str, k: int) -> list[tuple[int, float]]:
        scores, rows = self.lexical_index.search(query, k)
        return [(int(r), float(s)) for s, r in zip(scores, rows) if s > 0]

