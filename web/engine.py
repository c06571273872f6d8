"""A loaded store that answers "passages plus their graph neighbours".

The one place where the graph (``kg``) and the indexes (``index``) meet at query time. An
:class:`Engine` is built once per process and only read afterwards, so any number of request
threads may share it.

A loaded store searches from its derived tables (:mod:`web.derived`): what ranking needs of the
graph and what a result shows of a claim and its neighbours. The graph itself, the largest part
of a store, is unpickled on first use (:attr:`Engine.graph`: a node page, a neighbourhood, an
export), from a file opened while the store was loaded and checked, so a store rebuilt in
between cannot slip a different graph in. ``kg serve`` warms it in the background.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import pickle
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import networkx as nx
import numpy as np

from index import Embedder, LexicalIndex, VectorIndex, open_store
from index.store import verify_parts
from kg.errors import KGError, NotFound, PayloadTooLarge, QueryError, StoreError
from kg.graph import neighbours
from kg.readwrite import read_json
from kg.readwrite.jsonfmt import gc_paused
from web.context import PART as CONTEXT_PART
from web.context import ClaimContext, read_context
from web.derived import NEIGHBOURS, Derived, read_derived
from web.derived import PART as DERIVED_PART
from web.maxsim import PART as TOKENS_PART
from web.maxsim import TokenBags, read_bags
from web.ranking import DEFAULT_MODE, MODES, ClaimViews, Ranker, highlight
from web.rowparts import read_row_vectors
from web.tables import claim_record

log = logging.getLogger(__name__)

NEIGHBOURS_PER_RESULT = NEIGHBOURS
MAX_EMBED_TOKENS = 16_384
"""The most word pieces one :meth:`Engine.embed` call may ask for (413 above): 64 texts of the
model's full 256, a few seconds of one core."""
BULK_TOKENS = 2_048
"""Embedding calls above this many word pieces run one at a time; meanwhile another gets 429,
so bulk embedding never holds more than one core and searches keep theirs."""
GRAPH_PART = "graph.pickle"
"""The store part holding the graph (pickle protocol 5; stores written before it hold ``graph.json``)."""


_RECORD_REST = ("document", "document_title", "section", "section_title", "char_start", "char_end",
                "occurrences")


class Busy(KGError):
    """The server is already running a large request of this kind; retry shortly (429)."""

    status = 429


class Engine:
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
        context: ClaimContext | None = None,
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
        self._bulk = threading.Semaphore(1)
        # A claim's neighbours depend on the read-only graph alone: computed once per claim
        # (about 0.2 ms each, ten per search), not once per result.
        self._claim_neighbours = functools.lru_cache(maxsize=16_384)(self._neighbours_of)
        # A loaded store lists them already (web.derived): a look-up instead of a graph walk.
        self._tables = derived if derived is not None and derived.claims is not None else None
        self._row_of = {c: row for row, c in enumerate(self.claims)} if self._tables else {}
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
            derived=derived,
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

    def counts(self) -> dict:
        """``{"kinds": Counter of node kinds, "nodes", "edges"}``, counted once per engine."""
        counts = self._counts
        if counts is None:
            tables = self._tables
            edges = self.manifest.get("edges")
            if tables is not None and isinstance(edges, int):
                per_kind = np.bincount(tables.nodes.kinds, minlength=len(tables.nodes.kind_names))
                kinds = Counter(dict(zip(tables.nodes.kind_names, per_kind.tolist())))
                counts = {"kinds": +kinds, "nodes": len(tables.nodes.kinds), "edges": edges}
            else:
                graph = self.graph
                kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
                counts = {"kinds": kinds, "nodes": graph.number_of_nodes(),
                          "edges": graph.number_of_edges()}
            self._counts = counts
        return counts

    def top_entities(self) -> list[dict]:
        """Every entity as ``{"id", "label", "mentions"}``, most mentioned first (computed once)."""
        top = self._top_entities
        if top is None:
            ranked = sorted(
                ((attrs.get("mentions", 0), attrs.get("label", n), n)
                 for n, attrs in self.graph.nodes(data=True) if attrs.get("kind") == "entity"),
                key=lambda t: (-t[0], t[1]),
            )
            top = self._top_entities = [{"id": n, "label": label, "mentions": m} for m, label, n in ranked]
        return top

    def warm(self) -> threading.Thread | None:
        """Starts reading the graph in a background thread, unless it is read already."""
        if self._graph is not None:
            return None
        thread = threading.Thread(target=lambda: self.graph, name="kg-graph-load", daemon=True)
        thread.start()
        return thread

    @classmethod
    def load(cls, store_dir: str | Path, *, embedder: Embedder | None = None) -> "Engine":
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
        with _bulk_load():
            return cls._load(Path(store_dir), embedder=embedder)

    @classmethod
    def _load(cls, store: Path, *, embedder: Embedder | None) -> Engine:
        manifest = open_store(store, verify=False)  # sizes only: the checksums follow
        # Opened before its checksum is taken: whatever is read from it later is what was checked.
        graph_file = _GraphFile.open(store, manifest)
        try:
            # The graph's checksum, the other parts' in background threads (hashlib releases
            # the GIL) while the JSON parts are parsed; the parts parsed by native code (FAISS,
            # NumPy) are read once every checksum has matched.
            pending = verify_parts(store, manifest, first=[GRAPH_PART])
            try:
                documents = {d["id"]: d for d in _read(store / "documents.json", json.load)}
                claims = _read(store / "claims.json", json.load)
            except BaseException:
                pending.wait()  # a checksum mismatch explains the failure better
                raise
            pending.wait()
            try:
                vectors = np.load(store / "vectors.npy", mmap_mode="r")
            except (OSError, ValueError) as e:
                raise StoreError(f"{store / 'vectors.npy'} cannot be read: {e}") from e
            if vectors.shape[0] != len(claims):
                raise StoreError(f"{store / 'vectors.npy'} has {vectors.shape[0]} rows for {len(claims)} claims")
            vector_index = VectorIndex.load(store)
            lexical_index = LexicalIndex.load(store / "lexical")
            views = _read_views(store / "views", len(claims))
            token_bags = read_bags(store / TOKENS_PART, len(claims))
            context = read_context(store / CONTEXT_PART, len(claims))
            derived = read_derived(store / DERIVED_PART, claim_count=len(claims))
            graph = None if graph_file is not None else read_graph(store, manifest=manifest)
        except BaseException:
            if graph_file is not None:
                graph_file.close()
            raise
        embedder = embedder or Embedder()
        if manifest.get("model") != embedder.name or manifest.get("dimension") != embedder.dimension:
            raise StoreError(
                f"{store / 'manifest.json'} was built with {manifest.get('model')} "
                f"({manifest.get('dimension')} dimensions) but the service runs {embedder.name} "
                f"({embedder.dimension}); rebuild with `kg build`"
            )
        log.info("loaded %s: %d claims", store, len(claims))
        return cls(
            graph=graph,
            graph_loader=graph_file.load if graph_file is not None else None,
            documents=documents,
            claims=claims,
            vectors=vectors,
            vector_index=vector_index,
            lexical_index=lexical_index,
            embedder=embedder,
            manifest=manifest,
            views=views,
            token_bags=token_bags,
            context=context,
            derived=derived,
        )

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
                raise QueryError("the query `q` is empty")
            ranked = self.ranker.rank(q, k=k, mode=mode)
        else:
            if mode != "dense":
                raise QueryError("a `vector` query can only be searched in dense mode")
            ranked = self.ranker.rank_vector(self._query_vector(vector), k=k)
        return {
            "query": q,
            "mode": mode,
            "k": k,
            "results": [self._result(hit, q) for hit in ranked],
        }

    def _query_vector(self, vector: Sequence[float]) -> np.ndarray:
        try:
            array = np.asarray(vector, dtype=np.float32)
        except (TypeError, ValueError) as e:
            raise QueryError("`vector` must be a list of numbers") from e
        if array.ndim != 1 or array.shape[0] != self.dimension:
            raise QueryError(f"`vector` must have {self.dimension} numbers (the model's dimension)")
        if not np.all(np.isfinite(array)):
            raise QueryError("`vector` must hold finite numbers")
        norm = float(np.linalg.norm(array))
        if norm == 0.0:
            raise QueryError("`vector` must not be all zeros")
        return array / norm

    def _result(self, hit, q: str | None) -> dict:
        claim, score = hit.claim, hit.score
        row = self._row_of.get(claim) if self._tables is not None else None
        if row is not None:
            record = self._tables.claims.record(row, claim, self.documents)
        else:
            record = claim_record(self.graph, claim)
        text = record["text"]
        start, end = highlight(text, q) if q else (0, len(text))
        return {
            "id": claim,
            "kind": "claim",
            "text": text,
            "score": round(float(score), 6),
            **{key: record[key] for key in _RECORD_REST},
            "highlight": {"start": start, "end": end},
            "duplicates": list(hit.duplicates),
            "neighbours": [dict(item) for item in self._claim_neighbours(claim)],
        }

    def _neighbours_of(self, claim: str) -> tuple[dict, ...]:
        row = self._row_of.get(claim) if self._tables is not None else None
        if row is not None:
            # The table may list more than a result shows (a store written with a larger limit).
            return tuple(self._tables.neighbours.items(self._tables.nodes, row)[:NEIGHBOURS_PER_RESULT])
        return tuple(neighbours(self.graph, claim, limit=NEIGHBOURS_PER_RESULT))

    def node(self, node_id: str) -> dict:
        """One node with its attributes and neighbours.

        Raises:
            kg.errors.NotFound: no such node.
        """
        if node_id not in self.graph:
            raise NotFound(f"no node with id {node_id!r}")
        attrs = dict(self.graph.nodes[node_id])
        return {
            "id": node_id,
            "kind": attrs.pop("kind", ""),
            "label": attrs.pop("label", node_id),
            "attributes": attrs,
            "neighbours": neighbours(self.graph, node_id, limit=500),
        }

    def neighbourhood(self, node_id: str, *, depth: int = 1, limit: int = 60) -> nx.MultiDiGraph:
        """The subgraph within ``depth`` links of a node, at most ``limit`` nodes.

        Raises:
            kg.errors.NotFound: no such node.
        """
        if node_id not in self.graph:
            raise NotFound(f"no node with id {node_id!r}")
        keep = {node_id: None}  # insertion-ordered, with O(1) membership
        frontier = [node_id]
        for _ in range(max(0, depth)):
            nxt = []
            for node in frontier:
                if len(keep) >= limit:
                    break
                for item in _spread(neighbours(self.graph, node, limit=len(self.graph))):
                    if len(keep) >= limit:
                        break
                    if item["id"] not in keep:
                        keep[item["id"]] = None
                        nxt.append(item["id"])
            frontier = nxt
        return self.graph.subgraph(keep).copy()

    def document(self, doc_id: str) -> dict:
        """A source document: ``{"id", "title", "path", "text"}``.

        Raises:
            kg.errors.NotFound: no such document.
        """
        try:
            return self.documents[doc_id]
        except KeyError:
            raise NotFound(f"no document with id {doc_id!r}") from None

    def embed(self, texts: Sequence[str], *, max_tokens: int = MAX_EMBED_TOKENS) -> np.ndarray:
        """Embeddings of some texts with the served model: float32 (n, dimension), normalised.

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


def _spread(items: list[dict]) -> list[dict]:
    """Interleaves neighbours by relation, so a hub's drawing shows every kind of link.

    An entity mentioned by hundreds of claims would otherwise fill the neighbourhood with
    claims and leave out the entities it co-occurs with.
    """
    by_relation: dict[str, list[dict]] = {}
    for item in items:
        by_relation.setdefault(item["relation"], []).append(item)
    queues = list(by_relation.values())
    spread = []
    while queues:
        spread.extend(queue.pop(0) for queue in queues)
        queues = [queue for queue in queues if queue]
    return spread


class _GraphFile:
    """A store's pickled graph, opened at load and unpickled on first use."""

    def __init__(self, path: Path, file):
        self._path = path
        self._file = file
        self._error: StoreError | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, store: Path, manifest: dict) -> _GraphFile | None:
        """The store's graph file, or None for a store that keeps its graph as JSON."""
        if GRAPH_PART not in manifest.get("parts", {}):
            return None
        path = store / GRAPH_PART
        try:
            return cls(path, open(path, "rb"))
        except OSError as e:
            raise StoreError(f"{path} cannot be read: {e}") from e

    def load(self) -> nx.MultiDiGraph:
        """Unpickles the graph (once; the file is closed afterwards)."""
        with self._lock:
            if self._error is not None:
                raise self._error
            if self._file is None:
                raise StoreError(f"{self._path} was read already")
            try:
                self._file.seek(0)
                with _bulk_load():
                    return _read_file(self._path, self._file, _unpickle_graph)
            except StoreError as e:
                self._error = e
                raise
            finally:
                self.close()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def read_graph(
    store_dir: str | Path, *, verify: bool = True, manifest: dict | None = None
) -> nx.MultiDiGraph:
    """The graph of a store, without loading the model or the indexes.

    The graph is unpickled only when the manifest lists :data:`GRAPH_PART`, and only after its
    checksum was verified (by :func:`open_store` here, or by the caller that passes
    ``manifest``), so a file that was not written by ``kg build`` is never unpickled.

    Args:
        store_dir: the store folder.
        verify: check every part's checksum first (sizes are always checked).
        manifest: the store's manifest, already checked by the caller.

    Raises:
        kg.errors.StoreMissing, kg.errors.StoreError: no store, or a damaged one.
    """
    store = Path(store_dir)
    if manifest is None:
        manifest = open_store(store, verify=verify)
    if GRAPH_PART in manifest.get("parts", {}):
        with _bulk_load(freeze=False):
            return _read(store / GRAPH_PART, _unpickle_graph, binary=True)
    return _read(store / "graph.json", read_json, binary=True)


def write_graph(graph: nx.MultiDiGraph, path: Path) -> None:
    """Writes the graph as the store reads it fastest: a pickle (protocol 5).

    Reading it back takes a fraction of the time node-link JSON takes (0.12 s against 1.4 s
    for 15k nodes and 132k edges); ``kg export`` still writes JSON, GEXF and GraphML.

    Equal edge attribute dicts are made one shared dict first (132k edges have 7k distinct
    ones), which makes the pickle a third smaller and faster to read. The loaded graph is only
    ever read, so sharing is safe there; ``graph`` itself is changed in place, so call this
    last.
    """
    shared: dict[tuple, dict] = {}
    # graph.adj is a read-only view; _adj holds the dicts themselves (networkx's own layout:
    # one key → attributes dict per (u, v), the same object in successors and predecessors).
    for neighbours_of in graph._adj.values():
        for keydict in neighbours_of.values():
            for key, attrs in keydict.items():
                try:
                    signature = tuple(sorted(attrs.items()))
                    hash(signature)
                except TypeError:  # an unhashable attribute value: keep the edge's own dict
                    continue
                keydict[key] = shared.setdefault(signature, attrs)
    with open(path, "wb") as out:
        pickle.dump(graph, out, protocol=5)


def _unpickle_graph(file) -> nx.MultiDiGraph:
    try:
        graph = pickle.load(file)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError) as e:
        raise ValueError(f"not a graph pickle this version can read ({type(e).__name__}: {e})") from e
    if not isinstance(graph, nx.MultiDiGraph):
        raise ValueError(f"holds a {type(graph).__name__}, not a MultiDiGraph")
    return graph


@contextlib.contextmanager
def _bulk_load(*, freeze: bool = True) -> Iterator[None]:
    """Pauses the cyclic garbage collector while a store's millions of objects are created.

    Collections triggered by the allocations themselves would scan the growing graph again and
    again (more than half the load time of a large store). With ``freeze``, the loaded objects
    then move to the permanent generation, so later collections in a serving process skip
    them instead of walking the whole graph in the middle of a request.
    """
    with gc_paused():
        yield
    if freeze:
        gc.freeze()


def _read_views(folder: Path, claim_count: int) -> ClaimViews | None:
    """The extra claim views of a store, or None for a store built before they existed."""
    part = read_row_vectors(folder, claim_count)
    if part is None:
        return None
    return ClaimViews(vectors=part[0], rows=part[1], index=VectorIndex.load(folder))


def _read_file(path: Path, file, parse):
    """Parses an open part of a store, turning any failure into a StoreError naming the file."""
    try:
        return parse(file)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise StoreError(f"{path} cannot be read: {e}") from e


def _read(path: Path, parse, *, binary: bool = False):
    """Parses one part of a store, turning any failure into a StoreError naming the file."""
    try:
        with open(path, "rb" if binary else "r", **({} if binary else {"encoding": "utf-8"})) as f:
            return parse(f)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise StoreError(f"{path} cannot be read: {e}") from e
