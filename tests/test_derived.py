"""The search-time tables saved in a store give the same answers as the graph they come from."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from index import LexicalIndex, VectorIndex
from kg.graph import neighbours
from web.cli import main
from web.derived import PART, derive, read_derived
from web.engine import NEIGHBOURS_PER_RESULT, Engine, read_graph
from web.tables import ClaimColumns, Strings, claim_record

QUERIES = ("Who founded the company?", "model safety evaluations", "When was it released?",
           "research on interpretability", "policy", "Why does the company study interpretability?",
           "What did Anthropic publish about Claude?")


def _rebuilt(store: Path, embedder) -> Engine:
    """An engine over the same store that derives everything from the graph, as before."""
    claims = json.loads((store / "claims.json").read_text(encoding="utf-8"))
    loaded = Engine.load(store, embedder=embedder)
    return Engine(
        graph=read_graph(store),
        documents=loaded.documents,
        claims=claims,
        vectors=np.load(store / "vectors.npy"),
        vector_index=VectorIndex.load(store),
        lexical_index=LexicalIndex.load(store / "lexical"),
        embedder=embedder,
        manifest=loaded.manifest,
        views=loaded.ranker.views,
        token_bags=loaded.ranker.token_bags,
        context=loaded.ranker.context,
        paragraphs=loaded.ranker.paragraphs,
    )


def test_saved_tables_search_exactly_as_the_graph_does(article_store, embedder):
    loaded = Engine.load(article_store, embedder=embedder)
    rebuilt = _rebuilt(article_store, embedder)
    # Graph mode's features all take part: context vectors, the why-cue (a why-question and
    # claims that state a reason), section evidence and the entity head (queries naming an
    # entity), each read from the saved tables on one side and from the graph on the other.
    assert loaded.ranker.context is not None and loaded.ranker._gives_reason.any()
    assert loaded.ranker.paragraphs is not None
    assert len(np.unique(loaded.ranker._section[loaded.ranker._section >= 0])) > 1
    assert any(loaded.ranker.analyse(q).entities for q in QUERIES)
    for mode in Engine.MODES:
        for q in QUERIES:
            assert loaded.search(q, k=10, mode=mode) == rebuilt.search(q, k=10, mode=mode), (mode, q)
    # Searching never needed the graph itself.
    assert loaded._graph is None
    assert loaded.counts() == rebuilt.counts()
    # Every claim's record and neighbours, not only those the queries reached.
    graph = rebuilt.graph
    for row, claim in enumerate(loaded.claims):
        assert loaded._tables.claims.record(row, claim, loaded.documents) == claim_record(graph, claim)
        assert list(loaded._neighbours_of(claim)) == neighbours(graph, claim, limit=NEIGHBOURS_PER_RESULT)
    # The graph, read on first use, is the store's.
    assert loaded.node(loaded.claims[0]) == rebuilt.node(loaded.claims[0])
    assert loaded._graph is not None


def test_ranking_tables_round_trip(small_store):
    graph = read_graph(small_store)
    claims = json.loads((small_store / "claims.json").read_text(encoding="utf-8"))
    fresh = derive(graph, claims)
    saved = read_derived(small_store / PART, claim_count=len(claims))
    for name in ("previous", "following", "refers_back", "gives_reason", "states_amount",
                 "states_date", "states_place", "states_denial", "section", "duplicate_root",
                 "lead", "names_person", "names_organization"):
        assert np.array_equal(getattr(fresh, name), getattr(saved, name)), name
    assert fresh.duplicate_groups() == saved.duplicate_groups()
    assert fresh.entities.surfaces == saved.entities.surfaces
    assert fresh.entities.named == saved.entities.named
    assert fresh.entities.entities == saved.entities.entities
    assert np.array_equal(fresh.entities.rows, saved.entities.rows)
    assert (fresh.previous >= 0).any()  # the corpus has claims in sequence: the test can fail
    assert saved.states_place.any() and saved.states_denial.any()  # the corpus has both


def test_strings_pack_any_text():
    texts = ["", "Zoë’s café", "a|b", "x" * 300, "日本"]
    packed = Strings.of(texts)
    assert [packed[i] for i in range(len(packed))] == texts
    assert packed.fits()


def test_a_claim_text_that_is_no_slice_of_its_document_is_kept(small_store):
    graph = read_graph(small_store)
    claims = json.loads((small_store / "claims.json").read_text(encoding="utf-8"))
    columns = ClaimColumns.of(graph, claims, sources={})  # no sources: every text kept
    assert len(columns.texts) == len(claims)
    assert columns.record(0, claims[0], {}) == claim_record(graph, claims[0])


# --- damaged or missing tables -------------------------------------------------------------


@pytest.fixture
def store(tmp_path, small_store) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(small_store, copy)
    return copy


def _rewrite_manifest(store: Path) -> None:
    """Makes the manifest agree with the files again (sizes and checksums)."""
    path = store / "manifest.json"
    manifest = json.loads(path.read_text())
    parts = {}
    for file in sorted(p for p in store.rglob("*") if p.is_file() and p.name != "manifest.json"):
        parts[file.relative_to(store).as_posix()] = {
            "sha256": hashlib.sha256(file.read_bytes()).hexdigest(), "bytes": file.stat().st_size}
    manifest["parts"] = parts
    path.write_text(json.dumps(manifest))


def _refused(store: Path, capsys, named: str) -> str:
    status = main(["--quiet", "search", "harbour", "--store", str(store)])
    err = capsys.readouterr().err.strip()
    assert status != 0
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert named in err, err
    return err


def test_a_store_without_leads_reads_each_claims_lead_as_the_claim_before(store, embedder):
    # Stores written before round 14 have no lead.npy: late interaction then reads the claim
    # before each claim, as it did.
    (store / PART / "lead.npy").unlink()
    _rewrite_manifest(store)
    claims = json.loads((store / "claims.json").read_text(encoding="utf-8"))
    assert read_derived(store / PART, claim_count=len(claims)).lead is None
    engine = Engine.load(store, embedder=embedder)
    assert np.array_equal(engine.ranker._lead, engine.ranker._previous)
    assert engine.search("harbour", k=3)["results"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda lead: lead.astype(np.float64),  # the right rows, as floats
        lambda lead: lead >= 0,  # bool: rows 0 and 1 only
        lambda lead: lead.astype(np.int32)[:, None],  # one column
        lambda lead: lead[:-1],  # one claim short
        lambda lead: np.where(lead >= 0, len(lead), lead),  # rows past the end
        lambda lead: np.full_like(lead, -2),
        lambda lead: np.array([str(x) for x in lead]),  # text
    ],
    ids=["float", "bool", "2d", "short", "past-end", "below-none", "text"],
)
def test_a_damaged_lead_table_is_refused_in_one_line(store, capsys, damage):
    lead = np.load(store / PART / "lead.npy")
    np.save(store / PART / "lead.npy", damage(lead))
    _rewrite_manifest(store)
    _refused(store, capsys, PART)


def test_a_lead_table_that_is_not_an_array_is_refused_in_one_line(store, capsys):
    (store / PART / "lead.npy").write_bytes(b"not an array")
    _rewrite_manifest(store)
    assert "cannot be read" in _refused(store, capsys, PART)


def test_missing_tables_are_refused_in_one_line(store, capsys):
    shutil.rmtree(store / PART)
    _rewrite_manifest(store)  # as if an older build had never written them
    _refused(store, capsys, PART)


def test_damaged_table_is_refused_in_one_line(store, capsys):
    path = store / PART / "neighbour_nodes.npy"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x7F
    path.write_bytes(bytes(data))
    assert "checksum" in _refused(store, capsys, "neighbour_nodes.npy")


def test_tables_of_another_store_are_refused(store, capsys):
    np.save(store / PART / "previous.npy", np.zeros(3, dtype=np.int64))  # wrong length
    _rewrite_manifest(store)
    assert "does not match" in _refused(store, capsys, PART)


def test_counts_come_from_the_tables(small_store, embedder):
    engine = Engine.load(small_store, embedder=embedder)
    counts = engine.counts()
    assert engine._graph is None  # counted without reading the graph
    graph = read_graph(small_store)
    assert counts["kinds"] == Counter(k for _, k in graph.nodes(data="kind"))
    assert counts["nodes"] == graph.number_of_nodes()
    assert counts["edges"] == graph.number_of_edges()
