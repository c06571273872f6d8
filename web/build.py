"""The build pipeline: documents → claims and entities → graph → vectors → a store on disk.

It lives in ``web`` because it is where ``kg`` (text and graph) and ``index`` (vectors) meet.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from index import Embedder, LexicalIndex, VectorIndex, write_store
from index.backends import check_model_settings
from index.store import check_writable
from index.vectors import FLAT_LIMIT
from kg.documents import read_documents
from kg.entities import extract_entities
from kg.graph import add_similarity, build_graph, claim_ids
from kg.model import Document
from web import bagstore, context, maxsim, paragraphs
from web import derived as derived_tables
from web.graphstore import GRAPH_PART, write_graph
from web.passages import passage_texts, passage_views, section_titles
from web.rowparts import write_row_vectors

log = logging.getLogger(__name__)

SIMILAR_TO = 0.80
"""Cosine at or above which two claims are linked by ``similar_to``."""
SIMILAR_NEIGHBOURS = 5
"""How many nearest claims are considered for ``similar_to`` links of each claim."""
VIEWS = "views"
"""The store part (a folder) holding the extra claim views (:func:`web.passages.passage_views`):
``vectors.npy``, ``rows.npy`` (the claim row of each) and ``faiss.index``."""


VIEWS_APPROXIMATE = 1_000
"""A store whose claims get an approximate (HNSW) index gives its views one too, from this
many views up. Measured at 100k claims (16.9k views, searched 50 deep for 300 short queries):
flat p50 1.09 ms, HNSW (efSearch 256, calibrated on the same query-like fragments as the
claims' index) 0.36 ms, recall@50 0.982 against exact search; below a thousand views a flat
scan costs less than a tenth of a millisecond."""


def default_data_dir() -> Path:
    """The repository's ``data/`` folder, where the bundled article and the default store live."""
    return Path(__file__).resolve().parent.parent / "data"


def bundled_article() -> Path:
    """The article built when no input is given."""
    return default_data_dir() / "article.txt"


BUNDLED_PATH = "data/article.txt"
"""The ``path`` a build records for the bundled article (a served store would otherwise show
the server's folders)."""


def input_documents(inputs: Sequence[str | Path] | None) -> list[Document]:
    """The documents a build reads: those of ``inputs`` (their paths as given), or, for none,
    the bundled article, recorded as :data:`BUNDLED_PATH`.

    Raises:
        kg.errors.InputError: an input cannot be read.
    """
    if inputs:
        return read_documents(list(inputs))
    return [replace(d, path=BUNDLED_PATH) for d in read_documents([bundled_article()])]


def build_store(
    inputs: Sequence[str | Path] | None,
    store_dir: str | Path,
    *,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> dict:
    """Builds the graph and indexes of some documents and writes them as a store.

    The store is written to a temporary sibling folder and renamed into place, so the previous
    store in ``store_dir`` keeps working until the new one is complete.

    Args:
        inputs: text/Markdown files or folders; None or empty builds the bundled article.
        store_dir: where the store goes.
        embedder: the sentence encoder; the packaged default when None.
        progress: show progress bars (embedding).

    Returns:
        The manifest of the written store, with the build's timings under ``timings``.

    Raises:
        kg.errors.InputError: an input cannot be read.
        kg.errors.StoreError: ``store_dir`` cannot take a store (checked first as well as last).
        index.ModelError: ``KG_BACKEND`` or ``KG_MODEL`` is unusable (checked first).
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}
    check_writable(store_dir)
    if embedder is None:  # a mistyped KG_BACKEND or KG_MODEL is named before the build, not after
        check_model_settings()
    documents = input_documents(inputs)
    graph, sentences_count = _graph_of(documents, timings)
    claims = claim_ids(graph)

    tick = time.perf_counter()
    embedder = embedder or Embedder()
    texts = passage_texts(graph, claims)
    view_texts, view_rows = passage_views(graph, claims)
    # One encode for both, so the extra views share batches with the claims; the same passes
    # give the word pieces of the claims' bags (web.maxsim) unless the store is too large.
    # The distinct section titles join the same encode, for their pieces only: each claim's
    # bag also holds its section title's pieces, weighted by maxsim.TITLE_WEIGHT.
    bags = None
    if len(claims) <= maxsim.MAX_CLAIMS:
        titles, title_rows = ([], []) if maxsim.TITLE_WEIGHT <= 0 else section_titles(graph, claims)
        owners = [*range(len(texts)), *view_rows, *title_rows]
        weights = [1.0] * (len(texts) + len(view_texts)) + [maxsim.TITLE_WEIGHT] * len(titles)
        encoded, bags = bagstore.encode_with_bags(
            embedder,
            texts + view_texts + titles,
            owners,
            len(claims),
            weights=weights,
            progress=progress,
        )
    else:
        encoded = embedder.encode(texts + view_texts, progress=progress)
    vectors = encoded[: len(texts)]
    view_vectors = encoded[len(texts) : len(texts) + len(view_texts)]
    timings["embed"] = time.perf_counter() - tick

    tick = time.perf_counter()
    queries = _query_like(texts, embedder)
    vector_index = VectorIndex.build(vectors, queries=queries)
    lexical_index = LexicalIndex.build(texts)
    # The views are searched beside the claims with every query: approximate too when the
    # claims' index is (see VIEWS_APPROXIMATE).
    view_kind = "hnsw" if vector_index.kind == "hnsw" and len(view_vectors) >= VIEWS_APPROXIMATE else "flat"
    view_index = VectorIndex.build(view_vectors, kind=view_kind, queries=queries)
    add_similarity(graph, _similar_pairs(vector_index, vectors, claims))
    timings["index"] = time.perf_counter() - tick

    tick = time.perf_counter()
    # What search needs from the graph, derived once here rather than on every load.
    sources = {d.id: d.text for d in documents}
    tables = derived_tables.derive(graph, claims, sources=sources)
    timings["derive"] = time.perf_counter() - tick

    tick = time.perf_counter()
    # Each claim with the sentence before it, or for a list item with the sentence that
    # introduces its list (web.context), for graph-aware ranking only; the tables hold both.
    context_texts, context_rows = (
        context.context_texts(graph, claims, previous=tables.lead)
        if len(claims) <= context.MAX_CLAIMS else ([], [])
    )
    # Each paragraph of two or more claims, encoded once and shared by its claims (web.paragraphs).
    groups = (
        paragraphs.paragraph_groups(graph, claims, previous=tables.previous, sources=sources)
        if len(claims) <= paragraphs.MAX_CLAIMS else []
    )
    paragraph_texts = paragraphs.paragraph_texts(graph, claims, groups)
    encoded = (
        embedder.encode(context_texts + paragraph_texts, progress=progress)
        if context_texts or paragraph_texts else None
    )
    context_vectors = encoded[: len(context_texts)] if context_texts else None
    paragraph_vectors, paragraph_rows = (
        paragraphs.claim_vectors(encoded[len(context_texts) :], groups) if groups else (None, [])
    )
    timings["embed"] += time.perf_counter() - tick

    def fill(folder: Path) -> dict:
        write_graph(graph, folder / GRAPH_PART)
        _write_json(folder / "documents.json", [
            {"id": d.id, "path": d.path, "title": d.title, "text": d.text} for d in documents
        ])
        _write_json(folder / "claims.json", claims)
        np.save(folder / "vectors.npy", vectors)
        vector_index.save(folder)
        lexical_index.save(folder / "lexical")
        _write_views(folder / VIEWS, view_vectors, view_rows, view_index)
        if context_vectors is not None:
            write_row_vectors(folder / context.PART, context_vectors, context_rows)
        if paragraph_vectors is not None:
            write_row_vectors(folder / paragraphs.PART, paragraph_vectors, paragraph_rows)
        if bags is not None:
            bagstore.write_bags(folder / maxsim.PART, bags)
        derived_tables.write_derived(folder / derived_tables.PART, tables)
        return {
            "model": embedder.name,
            "dimension": embedder.dimension,
            "documents": len(documents),
            "sentences": sentences_count,
            "claims": len(claims),
            "views": len(view_rows),
            "context": len(context_rows),
            "paragraphs": len(groups),
            "token_bags": bags is not None,
            "entities": sum(1 for _, k in graph.nodes(data="kind") if k == "entity"),
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
            "index": vector_index.kind,
        }

    tick = time.perf_counter()
    manifest = write_store(Path(store_dir), fill)
    timings["write"] = time.perf_counter() - tick
    timings["total"] = time.perf_counter() - started
    # kg.graph's earlier "graph: N nodes, M edges" line counts edges before the similar_to links
    # added here; this count is the stored graph's, the one /healthz and the exports report.
    log.info(
        "built %s: %d claims; the stored graph has %d nodes, %d edges (similar_to included) in %.1f s",
        store_dir, len(claims), manifest["nodes"], manifest["edges"], timings["total"],
    )
    return {**manifest, "timings": timings}


def _graph_of(documents, timings: dict[str, float]):
    from kg.splitter import split_document

    tick = time.perf_counter()
    sections, sentences = [], []
    for doc in documents:
        doc_sections, doc_sentences = split_document(doc)
        sections.extend(doc_sections)
        sentences.extend(doc_sentences)
    timings["split"] = time.perf_counter() - tick

    tick = time.perf_counter()
    entities, mentions = extract_entities(documents, sections, sentences)
    timings["entities"] = time.perf_counter() - tick

    tick = time.perf_counter()
    graph = build_graph(documents, sections, sentences, entities, mentions)
    timings["graph"] = time.perf_counter() - tick
    return graph, len(sentences)


def _similar_pairs(
    vector_index: VectorIndex, vectors: np.ndarray, claims: list[str]
) -> Iterable[tuple[str, str, float]]:
    """Pairs of claims whose cosine reaches :data:`SIMILAR_TO`, from each claim's nearest rows."""
    if len(claims) < 2:
        return
    scores, rows = vector_index.search(vectors, min(SIMILAR_NEIGHBOURS + 1, len(claims)))
    for i, (row_scores, row_ids) in enumerate(zip(scores, rows)):
        for score, j in zip(row_scores, row_ids):
            if j >= 0 and j != i and score >= SIMILAR_TO:
                yield claims[i], claims[int(j)], float(score)


def _write_views(folder: Path, vectors: np.ndarray, rows: list[int], index: VectorIndex) -> None:
    """Writes the extra claim views (see :func:`web.passages.passage_views`) as a store part."""
    write_row_vectors(folder, vectors, rows)
    index.save(folder)


def _query_like(texts: Sequence[str], embedder: Embedder, *, count: int = 200) -> np.ndarray | None:
    """Embeddings of short fragments of the texts (3 to 7 words), shaped like real queries, for
    calibrating an approximate index; None when the index will be exact anyway."""
    if len(texts) <= FLAT_LIMIT:
        return None
    rng = random.Random(len(texts))  # the same fragments for the same corpus size
    fragments = []
    for text in rng.sample(list(texts), min(count, len(texts))):
        words = re.findall(r"\w[\w'-]*", text)
        if len(words) >= 3:
            n = rng.randint(3, min(7, len(words)))
            start = rng.randint(0, len(words) - n)
            fragments.append(" ".join(words[start : start + n]))
    return embedder.encode(fragments) if len(fragments) >= 10 else None


def _write_json(path: Path, value) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False)
