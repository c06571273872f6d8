"""A loaded store that answers "passages plus their graph neighbours".

The one place where the graph (``kg``) and the indexes (``index``) meet at query time. An
:class:`Engine` is built once per process and only read afterwards, so any number of request
threads may share it.

A loaded store searches from its derived tables (:mod:`web.derived`): what ranking needs of the
graph and what a result shows of a claim and its neighbours. The graph itself, the largest part
of a store, is unpickled on first use (:attr:`Engine.graph`: a node page, a neighbourhood, an
export), from a file opened while the store was loaded and checked, so a store rebuilt in
between cannot slip a different graph in. ``kg serve`` warms it in the background.

Its look-ups besides search (counts, entities by mentions, a node, a neighbourhood, a document,
the graph's background read) are inherited from :class:`web.lookups.GraphLookups`.
"""

from __future__ import annotations

import functools
import gc
import logging
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx
import numpy as np

from index import Embedder, LexicalIndex, VectorIndex
from kg.errors import QueryError
from kg.graph import neighbours
from web.cosines import ClaimViews
from web.derived import NEIGHBOURS, Derived
from web.embedding import BULK_TOKENS, MAX_EMBED_TOKENS, BulkEmbedding, Busy, query_vector
from web.graphstore import GRAPH_PART, bulk_load, read_graph, write_graph
from web.highlight import highlight
from web.loading import read_store
from web.lookups import GraphLookups
from web.maxsim import TokenBags
from web.ranking import DEFAULT_MODE, MODES, Ranker
from web.rowparts import RowVectors
from web.tables import claim_record, search_result

log = logging.getLogger(__name__)

NEIGHBOURS_PER_RESULT = NEIGHBOURS
# Beside this module: web.loading, web.graphstore, web.graphviews and web.embedding, whose
# read_graph, write_graph, GRAPH_PART, Busy and limits are importable from here as before.
__all__ = ["BULK_TOKENS", "GRAPH_PART", "MAX_EMBED_TOKENS", "NEIGHBOURS_PER_RESULT", "Busy",
           "Engine", "read_graph", "write_graph"]


def _weak(method: Callable) -> Callable:
    """``method`` (bound to an engine) as a callable that holds its engine weakly.

    What an engine keeps of its own bound methods (a cache around one) must not refer back to
    it: :meth:`Engine.load` moves everything it loaded into the collector's permanent
    generation (:func:`web.graphstore.bulk_load`), where a reference cycle is never collected,
    so an engine in one would stay alive with its store's files memory-mapped (some forty
    descriptors) for the life of the process.

    Raises (when called):
        ReferenceError: the engine was freed.
    """
    ref = weakref.WeakMethod(method)

    def call(*args):
        bound = ref()
        if bound is None:
            raise ReferenceError("the engine this belongs to was freed; keep a reference to it")
        return bound(*args)

    return call


class Engine(GraphLookups):
    """Search and graph look-ups over one built store.

    Use :meth:`load`; the constructor takes already-loaded parts (tests may build one in memory).
    """

    MODES = MODES

    def __init__(
        self,
        *,
        graph: nx.MultiDiGraph | None = None,
        documents: dict[str, dict],
        claims: Sequence[str],
        vectors: np.ndarray,
        vector_index: VectorIndex,
        lexical_index: LexicalIndex,
        embedder: Embedder,
        manifest: dict | None = None,
        views: ClaimViews | None = None,
        token_bags: TokenBags | None = None,
        context: RowVectors | None = None,
        paragraphs: RowVectors | None = None,
        derived: Derived | None = None,
        graph_loader: Callable[[], nx.MultiDiGraph] | None = None,
    ):
        if graph is None and (graph_loader is None or derived is None or derived.claims is None):
            raise ValueError("an engine needs its graph, or a graph loader and the derived tables")
        self._graph = graph
        self._graph_loader = graph_loader
        self._graph_lock = threading.Lock()
        self._counts: dict | None = None
        self._top_entities: list[dict] | None = None
        self.documents = documents
        self.claims = list(claims)
        self.vectors = vectors
        self.embedder = embedder
        self.manifest = manifest or {}
        self._bulk = BulkEmbedding(embedder)
        # A claim's neighbours depend on the read-only graph alone: computed once per claim
        # (about 0.2 ms each, ten per search), not once per result.
        self._claim_neighbours = functools.lru_cache(maxsize=16_384)(_weak(self._neighbours_of))
        # A loaded store lists them already (web.derived): a look-up instead of a graph walk.
        self._tables = derived if derived is not None and derived.claims is not None else None
        # Rows of the claims the tables list (none without tables: records come from the graph).
        # Ranking's hits name their claim only (web.ranking.Hit has no row), hence this map.
        self._row_of = {c: row for row, c in enumerate(self.claims)} if self._tables is not None else {}
        self.ranker = Ranker(
            graph=graph,
            claims=self.claims,
            vector_index=vector_index,
            lexical_index=lexical_index,
            embedder=embedder,
            vectors=vectors,
            views=views,
            token_bags=token_bags,
            context=context,
            paragraphs=paragraphs,
            derived=derived,
            # From the tables (the graph stays unread), holding them and not the engine: a
            # ranker kept after its engine is dropped (``Engine.load(...).ranker``) still works.
            texts=(functools.partial(self._tables.claims.text, sources=self.documents)
                   if self._tables is not None else None),
        )

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The knowledge graph (read from the store on first use).

        Raises:
            kg.errors.StoreError: the store's graph cannot be read.
        """
        graph = self._graph
        if graph is None:
            with self._graph_lock:
                if self._graph is None:
                    self._graph = self._graph_loader()
                    log.info("graph loaded: %d nodes", self._graph.number_of_nodes())
                graph = self._graph
        return graph

    @classmethod
    def load(cls, store_dir: str | Path, *, embedder: Embedder | None = None) -> Engine:
        """Loads a store written by :func:`web.build.build_store`.

        Args:
            store_dir: the store folder.
            embedder: the sentence encoder to reuse; the store's model when None.

        Returns:
            The engine.

        Raises:
            kg.errors.StoreMissing: the folder holds no store.
            kg.errors.StoreError: the store is damaged or was built with another model.
        """
        with bulk_load():
            engine = cls(**read_store(Path(store_dir), embedder=embedder))
        # bulk_load froze what it loaded (the graph too, when it is read): once the engine is
        # freed, the collector may have the cycles among them (a networkx graph's views) back.
        weakref.finalize(engine, gc.unfreeze).atexit = False
        return engine

    @property
    def model_name(self) -> str:
        """The name of the sentence encoder."""
        return self.embedder.name

    @property
    def dimension(self) -> int:
        """The embedding dimension."""
        return self.embedder.dimension

    def search(
        self,
        q: str | None = None,
        *,
        vector: Sequence[float] | None = None,
        k: int = 10,
        mode: str | None = None,
    ) -> dict:
        """The top ``k`` claims for a query, best first, each with its graph neighbours.

        Args:
            q: the query text.
            vector: a query embedding instead of text (dense search only).
            k: how many results.
            mode: one of :attr:`MODES`; the default (the best) when None.

        Returns:
            ``{"query", "mode", "k", "results": [...]}`` as in CONTRACT.md; each result also
            has ``highlight`` (``{"start", "end"}`` in its text) and ``duplicates`` (ids of
            near-duplicate claims folded into it, graph mode).

        Raises:
            kg.errors.QueryError: no query, both kinds of query, a bad vector or mode.
        """
        if (q is None) == (vector is None):
            raise QueryError("give exactly one of a query text `q` or a `vector`")
        mode = mode or (DEFAULT_MODE if q is not None else "dense")
        if mode not in MODES:
            raise QueryError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise QueryError("k must be a positive integer")
        if q is not None:
            q = q.strip()
            if not q:
                raise QueryError("the query is empty")
            ranked = self.ranker.rank(q, k=k, mode=mode)
        else:
            if mode != "dense":
                raise QueryError("a `vector` query can only be searched in dense mode")
            ranked = self.ranker.rank_vector(query_vector(vector, self.dimension), k=k)
        return {
            "query": q,
            "mode": mode,
            "k": k,
            "results": [self._result(hit, q) for hit in ranked],
        }

    def _result(self, hit, q: str | None) -> dict:
        claim = hit.claim
        row = self._row_of.get(claim)
        if row is not None:
            record = self._tables.claims.record(row, claim, self.documents)
        else:
            record = claim_record(self.graph, claim)
        text = record["text"]
        span = highlight(text, q) if q else (0, len(text))
        return search_result(hit, record, self._claim_neighbours(claim), span)

    def _neighbours_of(self, claim: str) -> tuple[dict, ...]:
        row = self._row_of.get(claim)
        if row is not None:
            # The table may list more than a result shows (a store written with a larger limit).
            return tuple(self._tables.neighbours.items(self._tables.nodes, row)[:NEIGHBOURS_PER_RESULT])
        return tuple(neighbours(self.graph, claim, limit=NEIGHBOURS_PER_RESULT))

    def embed(self, texts: Sequence[str], *, max_tokens: int = MAX_EMBED_TOKENS) -> np.ndarray:
        """Embeddings of some texts with the served model: float32 (n, dimension), normalised.

        Raises:
            kg.errors.PayloadTooLarge: the texts hold more than ``max_tokens`` word pieces.
            Busy: they hold more than :data:`BULK_TOKENS` and another such call is running.
        """
        return self._bulk.embed(texts, max_tokens=max_tokens)
