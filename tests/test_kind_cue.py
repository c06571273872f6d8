"""The organisation-question cue: "Which firm …?" raises the claims that name an organisation
(invented examples, and the small test corpus)."""

from __future__ import annotations

import json
import shutil

import networkx as nx
import numpy as np
import pytest

from kg.errors import StoreError
from web import ranking
from web.boosts import person_cue
from web.claimrows import typed_rows
from web.derived import PART, derive, read_derived
from web.engine import Engine, read_graph
from web.kinds import asks_organisation

ASKS = "Which body restores old lighthouses?"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Which firm built the Pelmor lamp?", True),
        ("Which accountancy firm audited the guild?", True),
        ("To which learned society was the paper sent?", True),
        ("What company made the pumps?", True),
        ("Which laboratories tested the oil?", True),
        ("Which two banks lent the money?", True),
        ("Which businesses closed in 1902?", True),
        ("What newspaper printed the letter?", True),
        ("which BODY kept the records?", True),
        ("What did the council decide?", False),  # "did" comes first: no kind is asked
        ("Which of the firms closed?", False),  # "of": a partitive, not a kind
        ("What kind of company was it?", False),  # a description, not a body
        ("Which town hosted the fair?", False),
        ("Who founded the guild?", False),
        ("Why did the Orwick Drainage Board dissolve?", False),
        ("Which of Ruth Tallis's three lamps sold best?", False),
        ("Which way did the ferry company sail?", False),  # "did" ends the search first
        ("Which old ferry company sailed first?", True),  # two modifiers before the noun
        ("Which old steam ferry company sailed?", False),  # three: too far
        # Round 19: the noun must head its phrase.
        ("Which body of water lies north of the Pelmor lamp?", False),  # a part or an amount
        ("Which bank of the river flooded?", False),
        ("What school of thought did Ruth Tallis follow?", False),
        ("Which party of climbers reached the lamp?", False),
        ("What firm conclusion did the survey reach?", False),  # "firm" modifies a noun
        ("Which company director resigned?", False),
        ("Which firm's lamp sold best?", False),  # a possessive: the lamp is asked for
        ("Which firm supplied the oil?", True),  # a verb follows: the noun heads
        ("Which company, in the end, built it?", True),
    ],
)
def test_asks_organisation(query, expected):
    assert asks_organisation(query) is expected


def _graph() -> tuple[nx.MultiDiGraph, list[str]]:
    graph = nx.MultiDiGraph()
    for entity, kind in (("e:tallis", "person"), ("e:board", "organization")):
        graph.add_node(entity, kind="entity", entity_type=kind)
    claims = ["c0", "c1", "c2", "c3"]
    texts = ["Ruth Tallis proposed the Pelmor lamp.", "The Orwick Drainage Board paid for it.",
             "It kept the lamp lit until 1902.", "The lamp burned oil."]
    for claim, text in zip(claims, texts):
        graph.add_node(claim, kind="claim", text=text)
    graph.add_edge("c0", "e:tallis", key="mentions", relation="mentions", via="literal")
    graph.add_edge("c1", "e:board", key="mentions", relation="mentions", via="literal")
    graph.add_edge("c2", "e:board", key="mentions", relation="mentions", via="reference")
    return graph, claims


def test_a_claim_names_an_organisation_only_by_a_literal_mention_of_one():
    graph, claims = _graph()
    # c0 names a person; c2 reaches the board by "It" only; c3 names nothing.
    assert typed_rows(graph, claims, "organization").tolist() == [False, True, False, False]
    assert typed_rows(graph, claims, "person").tolist() == [True, False, False, False]


def test_the_cue_reads_the_flags_of_the_kind_asked_for():
    graph, claims = _graph()
    tables = derive(graph, claims)
    rows = np.arange(len(claims))
    firm = person_cue(rows, "Which board paid for the lamp?", tables=tables, weight=0.2)
    who = person_cue(rows, "Who proposed the lamp?", tables=tables, weight=0.2)
    assert firm.tolist() == [0.0, 0.2, 0.0, 0.0]
    assert who.tolist() == [0.2, 0.0, 0.0, 0.0]
    assert person_cue(rows, "When was the lamp lit?", tables=tables, weight=0.2) is None
    tables.names_organization = None  # a store written before the flags
    assert person_cue(rows, "Which board paid for the lamp?", tables=tables, weight=0.2) is None


def test_organisation_flags_are_saved_with_the_store(small_store):
    claims = json.loads((small_store / "claims.json").read_text(encoding="utf-8"))
    saved = read_derived(small_store / PART, claim_count=len(claims)).names_organization
    fresh = derive(read_graph(small_store), claims).names_organization
    assert saved is not None and np.array_equal(saved, fresh)
    assert 0 < saved.sum() < len(saved)


def _scores(ranker, query, *, k=10):
    return {h.claim: h.score for h in ranker.rank(query, k=k, mode="graph")}


def test_the_cue_is_added_after_the_head_is_rescored(engine, monkeypatch):
    ranker = engine.ranker
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    plain = _scores(ranker, ASKS)
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    raised = _scores(ranker, ASKS)
    flags = ranker._tables.names_organization
    rows = {c: i for i, c in enumerate(ranker.claims)}
    shared = set(plain) & set(raised)
    assert any(flags[rows[c]] for c in shared) and any(not flags[rows[c]] for c in shared)
    for claim in shared:
        assert np.isclose(raised[claim], plain[claim] + (0.2 if flags[rows[claim]] else 0.0))


def test_a_store_without_organisation_flags_ranks_without_the_cue(
    small_store, embedder, tmp_path, monkeypatch
):
    copy = tmp_path / "store"
    shutil.copytree(small_store, copy)
    (copy / PART / "names_organization.npy").unlink()
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["parts"].pop(f"{PART}/names_organization.npy")
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    old = Engine.load(copy, embedder=embedder)
    assert old.ranker._tables.names_organization is None
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    plain = [(h.claim, h.score) for h in Engine.load(small_store, embedder=embedder)
             .ranker.rank(ASKS, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    assert [(h.claim, h.score) for h in old.ranker.rank(ASKS, k=10, mode="graph")] == plain


@pytest.mark.parametrize(
    "damage",
    [lambda flags: flags[:-1], lambda flags: flags.astype(np.int64)],  # one claim short; not bool
)
def test_damaged_organisation_flags_are_refused(small_store, tmp_path, damage):
    copy = tmp_path / "store"
    shutil.copytree(small_store, copy)
    path = copy / PART / "names_organization.npy"
    np.save(path, damage(np.load(path)))
    claims = json.loads((copy / "claims.json").read_text(encoding="utf-8"))
    with pytest.raises(StoreError, match="does not match"):
        read_derived(copy / PART, claim_count=len(claims))
