"""Loading a built store: its parts read, checked and handed to an engine.

:func:`read_store` reads everything an :class:`~web.engine.Engine` searches from, and checks it
on the way: the manifest's sizes first, then the graph's checksum (before the graph file is
ever unpickled), the other parts' checksums in background threads while the JSON parts are
parsed, and the parts parsed by native code (FAISS, NumPy) only once every checksum matched;
then the shapes against the claims and the store's model against the served one. The graph
itself is only opened here and unpickled on first use (:class:`web.graphstore.GraphFile`).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from index import Embedder, LexicalIndex, VectorIndex, open_store
from index.parts import verify_parts
from kg.errors import StoreError
from web.bagstore import read_bags
from web.context import PART as CONTEXT_PART
from web.cosines import ClaimViews
from web.derived import PART as DERIVED_PART
from web.derived import read_derived
from web.graphstore import GRAPH_PART, GraphFile, read_graph, read_part
from web.maxsim import PART as TOKENS_PART
from web.paragraphs import PART as PARAGRAPHS_PART
from web.rowparts import read_claim_vectors, read_row_vectors

log = logging.getLogger(__name__)


def read_store(store: Path, *, embedder: Embedder | None) -> dict:
    """The parts of a store written by :func:`web.build.build_store`, checked.

    Args:
        store: the store folder.
        embedder: the sentence encoder to reuse; the store's model when None.

    Returns:
        The keyword arguments of :class:`web.engine.Engine`: ``graph`` and ``graph_loader``
        (a store with ``graph.pickle``: None and the unpickling of the opened file; an older
        one: its graph and None), ``documents``, ``claims``, ``vectors``, ``vector_index``,
        ``lexical_index``, ``embedder``, ``manifest``, ``views``, ``token_bags``, ``context``, ``paragraphs``,
        ``derived``.

    Raises:
        kg.errors.StoreMissing: the folder holds no store.
        kg.errors.StoreError: the store is damaged or was built with another model.
    """
    manifest = open_store(store, verify=False)  # sizes only: the checksums follow
    # Opened before its checksum is taken: whatever is read from it later is what was checked.
    graph_file = GraphFile.open(store, manifest)
    try:
        # The graph's checksum, the other parts' in background threads (hashlib releases
        # the GIL) while the JSON parts are parsed; the parts parsed by native code (FAISS,
        # NumPy) are read once every checksum has matched.
        pending = verify_parts(store, manifest, first=[GRAPH_PART])
        try:
            documents = {d["id"]: d for d in read_part(store / "documents.json", json.load)}
            claims = read_part(store / "claims.json", json.load)
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
        views = read_views(store / "views", len(claims))
        token_bags = read_bags(store / TOKENS_PART, len(claims))
        context = read_claim_vectors(store / CONTEXT_PART, len(claims))
        paragraphs = read_claim_vectors(store / PARAGRAPHS_PART, len(claims))
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
    return {
        "graph": graph,
        "graph_loader": graph_file.load if graph_file is not None else None,
        "documents": documents,
        "claims": claims,
        "vectors": vectors,
        "vector_index": vector_index,
        "lexical_index": lexical_index,
        "embedder": embedder,
        "manifest": manifest,
        "views": views,
        "token_bags": token_bags,
        "context": context,
        "paragraphs": paragraphs,
        "derived": derived,
    }


def read_views(folder: Path, claim_count: int) -> ClaimViews | None:
    """The extra claim views of a store, or None for a store built before they existed."""
    part = read_row_vectors(folder, claim_count)
    if part is None:
        return None
    return ClaimViews(vectors=part[0], rows=part[1], index=VectorIndex.load(folder))
