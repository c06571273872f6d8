"""Paragraph vectors: each claim's paragraph, encoded once, blended into graph mode."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from kg.errors import StoreError
from web import paragraphs
from web.engine import Engine
from web.paragraphs import claim_vectors, paragraph_groups
from web.rowparts import read_claim_vectors, write_row_vectors

from conftest import store_without

LAMP = """# The Pelmor lamp

The Pelmor lamp was lit in 1911. Ruth Okonjo kept it for thirty years. She logged every ship.

The lamp was automated in 1968. Its lens went to a museum.

# Keepers

Tomek Brell followed her. He retired early.

No second lamp was ever built.
"""


@pytest.fixture(scope="module")
def lamp_engine(tmp_path_factory, embedder):
    from web.build import build_store

    folder = tmp_path_factory.mktemp("lamp")
    (folder / "lamp.md").write_text(LAMP, encoding="utf-8")
    build_store([folder / "lamp.md"], folder / "store", embedder=embedder)
    return Engine.load(folder / "store", embedder=embedder)


def _texts(engine, rows):
    return [engine.graph.nodes[engine.claims[r]]["text"] for r in rows]


def test_paragraphs_end_at_blank_lines_and_headings(lamp_engine):
    engine = lamp_engine
    sources = {d["id"]: d["text"] for d in engine.documents.values()}
    groups = paragraph_groups(
        engine.graph, engine.claims, previous=engine.ranker._previous, sources=sources
    )
    found = [_texts(engine, rows) for rows in groups]
    assert found == [
        ["The Pelmor lamp was lit in 1911.", "Ruth Okonjo kept it for thirty years.",
         "She logged every ship."],
        ["The lamp was automated in 1968.", "Its lens went to a museum."],
        ["Tomek Brell followed her.", "He retired early."],
    ]
    texts = paragraphs.paragraph_texts(engine.graph, engine.claims, groups)
    assert texts[1] == "The lamp was automated in 1968. Its lens went to a museum."


def test_claims_of_one_paragraph_share_its_stored_vector(lamp_engine):
    engine = lamp_engine
    part = engine.ranker.paragraphs
    assert part is not None and engine.manifest["paragraphs"] == 3
    assert part.rows.tolist() == sorted(part.rows.tolist()) and len(part.rows) == 7
    assert np.allclose(np.linalg.norm(part.vectors, axis=1), 1.0, atol=1e-4)
    by_text = dict(zip(_texts(engine, part.rows.tolist()), np.asarray(part.vectors)))
    assert np.array_equal(by_text["She logged every ship."], by_text["Ruth Okonjo kept it for thirty years."])
    assert not np.allclose(by_text["He retired early."], by_text["Its lens went to a museum."])
    expected = engine.embedder.encode(["Tomek Brell followed her. He retired early."])[0]
    assert np.allclose(by_text["He retired early."], expected, atol=1e-4)


def test_graph_cosines_blend_the_paragraph_cosine_by_its_weight(lamp_engine, monkeypatch):
    ranker = lamp_engine.ranker
    vector = lamp_engine.embedder.encode_query("When did the lamp stop needing a keeper?")
    rows = np.arange(len(lamp_engine.claims))
    blended = ranker.cosines.exact(rows, vector, views=True)
    saved = ranker.cosines._paragraph_of
    monkeypatch.setattr(ranker.cosines, "_paragraph_of", None)
    own = ranker.cosines.exact(rows, vector, views=True)
    where = saved[rows]
    has = where >= 0
    near = np.asarray(ranker.paragraphs.vectors, dtype=np.float32)[where[has]] @ vector
    w = paragraphs.WEIGHT
    assert has.sum() == 7 and not has.all()
    assert np.allclose(blended[has], (1 - w) * own[has] + w * near, atol=1e-6)
    assert np.array_equal(blended[~has], own[~has])


def test_claim_vectors_spread_each_paragraph_over_its_rows():
    vectors = np.arange(8, dtype=np.float32).reshape(2, 4)
    spread, rows = claim_vectors(vectors, [[3, 1], [4, 6]])
    assert rows == [1, 3, 4, 6]
    assert spread.tolist() == [vectors[0].tolist()] * 2 + [vectors[1].tolist()] * 2


def test_paragraph_part_round_trips_and_rejects_mismatches(tmp_path):
    vectors = np.eye(3, 4, dtype=np.float32)
    write_row_vectors(tmp_path / "ok", vectors, [0, 1, 3])
    loaded = read_claim_vectors(tmp_path / "ok", 4)
    assert loaded.lookup(4).tolist() == [0, 1, -1, 2]
    assert read_claim_vectors(tmp_path / "absent", 4) is None
    with pytest.raises(StoreError):
        read_claim_vectors(tmp_path / "ok", 3)


def test_stores_without_paragraphs_still_load_and_rank(small_store, embedder, tmp_path):
    copy = store_without(small_store, paragraphs.PART, tmp_path / "old")
    old = Engine.load(copy, embedder=embedder)
    assert old.ranker.paragraphs is None
    assert old.search("How much money did the trust raise in 2019?", k=3)["results"]


def test_a_repeated_sentence_joins_the_paragraph_of_its_later_occurrence():
    # "The lamp was lit." occurs twice; the claim's char_start/char_end are its first
    # occurrence's, but the gap to "Ruth Okonjo kept it." must be measured from the second.
    source = "The lamp was lit. The lamp was lit.\n\nThe lamp was lit. Ruth Okonjo kept it."
    lit, kept = "The lamp was lit.", "Ruth Okonjo kept it."
    starts = [i for i in range(len(source)) if source.startswith(lit, i)]
    graph = nx.MultiDiGraph()
    graph.add_node(
        "c:lit", text=lit, doc="d:1", section="s:1", char_start=starts[0],
        char_end=starts[0] + len(lit),
        spans="|".join(f"d:1:{s}:{s + len(lit)}" for s in starts),
    )
    k = source.index(kept)
    graph.add_node(
        "c:kept", text=kept, doc="d:1", section="s:1", char_start=k, char_end=k + len(kept),
        spans=f"d:1:{k}:{k + len(kept)}",
    )
    previous = np.array([-1, 0])
    groups = paragraph_groups(
        graph, ["c:lit", "c:kept"], previous=previous, sources={"d:1": source}
    )
    assert groups == [[0, 1]]
    # Without the later occurrence the blank line lies between them: no paragraph.
    graph.nodes["c:lit"]["spans"] = f"d:1:{starts[0]}:{starts[0] + len(lit)}"
    assert paragraph_groups(
        graph, ["c:lit", "c:kept"], previous=previous, sources={"d:1": source}
    ) == []


def test_the_paragraph_weight_is_fixed_when_the_ranker_is_built(lamp_engine, monkeypatch):
    ranker = lamp_engine.ranker
    assert ranker.cosines.paragraph_weight == paragraphs.WEIGHT
    vector = lamp_engine.embedder.encode_query("Who kept the lamp?")
    rows = np.arange(len(lamp_engine.claims))
    before = ranker.cosines.exact(rows, vector, views=True)
    # Like the context weight, a later change of the module constant does not reach a built
    # ranker: its scores stay as they were.
    monkeypatch.setattr(paragraphs, "WEIGHT", 0.0)
    assert np.array_equal(ranker.cosines.exact(rows, vector, views=True), before)


def test_the_build_maps_documents_to_their_texts_once(tmp_path, embedder, monkeypatch):
    from web import build, derived

    seen = []
    derive, groups = derived.derive, paragraphs.paragraph_groups

    def spy_derive(graph, claims, **kwargs):
        seen.append(kwargs["sources"])
        return derive(graph, claims, **kwargs)

    def spy_groups(graph, claims, **kwargs):
        seen.append(kwargs["sources"])
        return groups(graph, claims, **kwargs)

    monkeypatch.setattr(build.derived_tables, "derive", spy_derive)
    monkeypatch.setattr(build.paragraphs, "paragraph_groups", spy_groups)
    (tmp_path / "lamp.md").write_text(LAMP, encoding="utf-8")
    build.build_store([tmp_path / "lamp.md"], tmp_path / "store", embedder=embedder)
    assert len(seen) == 2 and seen[0] is seen[1]
    assert list(seen[0].values()) == [LAMP]
