"""The who-question cue: questions that ask for a person raise the claims that name one
(invented examples, and the small test corpus)."""

from __future__ import annotations

import json
import shutil

import networkx as nx
import numpy as np
import pytest

from kg.errors import StoreError
from web import ranking, rescore
from web.claimrows import person_rows
from web.derived import PART, derive, read_derived
from web.engine import Engine, read_graph
from web.question_cues import asks_who

WHO = "Who founded the lighthouse charity?"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Who proposed the twin-coil lamp?", True),
        ("  “Who ran the ferry?”", True),
        ("whom did the guild elect?", True),
        ("To whom did the family sell the mill?", True),
        ("By whom was the bridge designed?", True),
        ("Whose design won the prize?", True),
        ("Under the new rules, who must sign the log?", True),
        ("Which person kept the keys?", True),
        ("What woman led the strike?", True),
        ("Why were the tenants who stayed angry?", False),  # a relative "who" after a noun
        ("What did the keeper who retired write?", False),
        ("How did the whole village pay for it?", False),
        ("When did the ferry stop running?", False),
        ("Which town hosted the fair?", False),
        ("Who's the keeper now?", True),
        ("Who’s the keeper now?", True),
        ("who?", True),
        ("WHO FOUNDED THE GUILD?", True),  # a shouted question, not an acronym
        ("_Who ran the ferry?_", True),  # Markdown emphasis ("_" is a word character)
        ("In whose honour was the lamp named?", True),
        ("At whose request was the pier closed?", True),
        ("The Pelmor lamp: who designed it?", True),
        ("The Pelmor lamp — who designed it?", True),
        ("Whoever kept the lamp, what did they burn?", False),
        ("What did Ruth Tallis, who founded the guild, write?", False),  # a relative clause
        ("Did the keeper, whose son drowned, stay on?", False),
        ("WHO guidance on lamp oil", False),  # an acronym in a mixed-case query
        ("Which man-made harbour is the oldest?", False),
    ],
)
def test_asks_who(query, expected):
    assert asks_who(query) is expected


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity, kind in (("e:tallis", "person"), ("e:guild", "organization")):
        graph.add_node(entity, kind="entity", entity_type=kind)
    claims = ["c0", "c1", "c2", "c3"]
    texts = ["Ruth Tallis proposed the Pelmor lamp.", "She fitted it in 1871.",
             "The Pelmor Guild paid for it.", "The lamp burned oil."]
    for claim, text in zip(claims, texts):
        graph.add_node(claim, kind="claim", text=text)
    graph.add_edge("c0", "e:tallis", key="mentions", relation="mentions", via="literal")
    graph.add_edge("c1", "e:tallis", key="mentions", relation="mentions", via="reference")
    graph.add_edge("c2", "e:guild", key="mentions", relation="mentions", via="literal")
    return graph, claims


def test_a_claim_names_a_person_only_by_a_literal_mention_of_a_person():
    graph, claims = _graph()
    # c1 reaches the person by "She" only; c2 names an organisation; c3 names nothing.
    assert person_rows(graph, claims).tolist() == [True, False, False, False]


def test_person_flags_are_saved_with_the_store(small_store, engine):
    claims = json.loads((small_store / "claims.json").read_text(encoding="utf-8"))
    saved = read_derived(small_store / PART, claim_count=len(claims)).names_person
    fresh = derive(read_graph(small_store), claims).names_person
    assert saved is not None and np.array_equal(saved, fresh)
    texts = [engine.graph.nodes[c]["text"] for c in claims]
    named = {t for t, flag in zip(texts, saved) if flag}
    # The corpus names its founder twice; "It was founded … by Margaret O. Quinn" is one claim.
    assert any("Margaret O. Quinn said" in t for t in named)
    assert not any(t.startswith("Grafting joins") for t in named)


def _scores(ranker, query, *, k=50):
    return {h.claim: h.score for h in ranker.rank(query, k=k, mode="graph")}


def test_without_late_interaction_a_who_question_raises_every_claim_naming_a_person(
    engine, monkeypatch
):
    ranker = engine.ranker
    monkeypatch.setattr(rescore, "LATE_WEIGHT", 0.0)
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    plain = _scores(ranker, WHO)
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    raised = _scores(ranker, WHO)
    assert set(raised) == set(plain)
    flags = ranker._tables.names_person
    rows = {c: i for i, c in enumerate(ranker.claims)}
    naming = {c for c in plain if flags[rows[c]]}
    assert naming and set(plain) - naming
    for claim, score in plain.items():
        assert np.isclose(raised[claim], score + (0.2 if claim in naming else 0.0))


def test_the_cue_is_added_after_the_head_is_rescored(engine, monkeypatch):
    # Late interaction and section evidence on: the cue comes last, so a head claim that names
    # a person gains exactly the weight (section evidence does not pass it on to its section).
    ranker = engine.ranker
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    plain = _scores(ranker, WHO, k=10)
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    raised = _scores(ranker, WHO, k=10)
    flags = ranker._tables.names_person
    rows = {c: i for i, c in enumerate(ranker.claims)}
    shared = set(plain) & set(raised)
    assert any(flags[rows[c]] for c in shared) and any(not flags[rows[c]] for c in shared)
    for claim in shared:
        assert np.isclose(raised[claim], plain[claim] + (0.2 if flags[rows[claim]] else 0.0))


@pytest.mark.parametrize(
    "query",
    ["What did the trust raise money for?", "Why were the volunteers who graft trained?"],
)
def test_a_question_that_does_not_ask_who_is_ranked_as_before(engine, monkeypatch, query):
    ranker = engine.ranker
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    before = [(h.claim, h.score) for h in ranker.rank(query, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    assert [(h.claim, h.score) for h in ranker.rank(query, k=10, mode="graph")] == before


def test_a_store_without_person_flags_loads_and_ranks_without_the_cue(
    small_store, embedder, tmp_path, monkeypatch
):
    copy = tmp_path / "store"
    shutil.copytree(small_store, copy)
    (copy / PART / "names_person.npy").unlink()
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["parts"].pop(f"{PART}/names_person.npy")
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    old = Engine.load(copy, embedder=embedder)
    assert old.ranker._tables.names_person is None
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    plain = [(h.claim, h.score) for h in Engine.load(small_store, embedder=embedder)
             .ranker.rank(WHO, k=10, mode="graph")]
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.2)
    assert [(h.claim, h.score) for h in old.ranker.rank(WHO, k=10, mode="graph")] == plain


@pytest.mark.parametrize(
    "damage",
    [
        lambda flags: flags[:-1],  # one claim short
        lambda flags: flags.astype(np.uint8),  # 0/1, not flags
        lambda flags: flags[:, None],  # one column
        lambda flags: np.array([str(x) for x in flags]),  # text
    ],
)
def test_damaged_person_flags_are_refused(small_store, tmp_path, damage):
    copy = tmp_path / "store"
    shutil.copytree(small_store, copy)
    path = copy / PART / "names_person.npy"
    np.save(path, damage(np.load(path)))
    claims = json.loads((copy / "claims.json").read_text(encoding="utf-8"))
    with pytest.raises(StoreError, match="does not match"):
        read_derived(copy / PART, claim_count=len(claims))


@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
def test_modes_other_than_graph_ignore_the_cue(engine, monkeypatch, mode):
    ranker = engine.ranker
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 0.0)
    before = [(h.claim, h.score) for h in ranker.rank(WHO, k=10, mode=mode)]
    monkeypatch.setattr(ranking, "PERSON_WEIGHT", 5.0)
    assert [(h.claim, h.score) for h in ranker.rank(WHO, k=10, mode=mode)] == before
