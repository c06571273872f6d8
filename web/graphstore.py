"""A store's graph part, and the reading of a store's parts.

The graph is written at build time as a pickle (:func:`write_graph`), the form it is read back
fastest in, and unpickled only after its checksum matched the manifest: at once by
:func:`read_graph` (``kg export``, the benchmarks), or on first use from the file a loading
engine opened (:class:`GraphFile`, :mod:`web.loading`), so a store rebuilt in between cannot
slip a different graph in. Stores written before the pickle keep their graph as node-link JSON.

Every part is parsed by :func:`read_part` or :func:`parse_part`, which turn any failure into a
:class:`~kg.errors.StoreError` naming the file, inside :func:`bulk_load` when it creates many
objects.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import pickle
import threading
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from index import open_store
from kg.errors import StoreError
from kg.readwrite import read_json
from kg.readwrite.jsonfmt import gc_paused

log = logging.getLogger(__name__)

GRAPH_PART = "graph.pickle"
"""The store part holding the graph (pickle protocol 5; stores written before it hold ``graph.json``)."""


class GraphFile:
    """A store's pickled graph, opened at load and unpickled on first use."""

    def __init__(self, path: Path, file):
        self._path = path
        self._file = file
        self._error: StoreError | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, store: Path, manifest: dict) -> GraphFile | None:
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
                with bulk_load():
                    return parse_part(self._path, self._file, _unpickle_graph)
            except StoreError as e:
                self._error = e
                raise
            finally:
                self.close()

    def close(self) -> None:
        """Closes the file (if it is still open)."""
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
        with bulk_load(freeze=False):
            return read_part(store / GRAPH_PART, _unpickle_graph, binary=True)
    return read_part(store / "graph.json", read_json, binary=True)


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
    if not isinstance(graph, nx.MultiDiGraph):  # a bad file (ValueError), not a bad argument
        raise ValueError(f"holds a {type(graph).__name__}, not a MultiDiGraph")  # noqa: TRY004
    return graph


@contextlib.contextmanager
def bulk_load(*, freeze: bool = True) -> Iterator[None]:
    """Pauses the cyclic garbage collector while a store's millions of objects are created.

    Collections triggered by the allocations themselves would scan the growing graph again and
    again (more than half the load time of a large store). With ``freeze``, the loaded objects
    then move to the permanent generation, so later collections in a serving process skip
    them instead of walking the whole graph in the middle of a request.

    ``gc.freeze`` moves every tracked object there, garbage too, and a reference cycle in the
    permanent generation is never collected: so the garbage there is already (an engine dropped
    just before and held only by a reference cycle, as of a web app) is collected first, which costs one pass
    over the objects not frozen yet. :meth:`web.engine.Engine.load` hands what it froze back to
    the collector once the engine is freed.
    """
    if freeze:
        gc.collect()
    with gc_paused():
        yield
    if freeze:
        gc.freeze()


def parse_part(path: Path, file, parse):
    """Parses an open part of a store, turning any failure into a StoreError naming the file."""
    try:
        return parse(file)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise StoreError(f"{path} cannot be read: {e}") from e


def read_part(path: Path, parse, *, binary: bool = False):
    """Parses one part of a store, turning any failure into a StoreError naming the file."""
    try:
        with open(path, "rb" if binary else "r", **({} if binary else {"encoding": "utf-8"})) as f:
            return parse_part(path, f, parse)
    except OSError as e:
        raise StoreError(f"{path} cannot be read: {e}") from e
