"""A claim that continues one naming a query entity gains a share of its raise (web.boosts)."""

from __future__ import annotations

from types import SimpleNamespace

import networkx as nx
import numpy as np
import pytest

from web import ranking, weights
from web.boosts import opens_with_reference, raise_continuations, raise_named
from web.query import QueryAnalyser

TEXTS = [
    "In 1867 a fire gutted the ropewalk of the Pelmor works.",  # 0 names it
    "The blaze was put out by Ruth Tallis, who later ran the town's pumps.",  # 1 continues
    "Rebuilding took two summers.",  # 2 continues, no reference
    "They rebuilt it in stone.",  # 3 other section
    "The Pelmor works closed in 1931.",  # 4 names it itself
    "It reopened as a museum.",  # 5 after 4
    *(f"Filler claim {n} of another section." for n in range(4)),  # 6 … 9
]
PREVIOUS = np.array([-1, 0, 1, -1, 3, 4, -1, 6, 7, 8])
SECTION = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2, 2])


def _setup():
    graph = nx.MultiDiGraph()
    claims = [f"claim:{i}" for i in range(len(TEXTS))]
    for claim, text in zip(claims, TEXTS):
        graph.add_node(claim, kind="claim", text=text)
    graph.add_node("entity:works", kind="entity", label="Pelmor works", aliases="")
    graph.add_node("entity:tallis", kind="entity", label="Ruth Tallis", aliases="")
    for row, entity in ((0, "entity:works"), (4, "entity:works"), (1, "entity:tallis")):
        graph.add_edge(claims[row], entity, key="mentions", relation="mentions",
                       via="literal", surface="x")
    analyser = QueryAnalyser(graph, claims)
    tables = SimpleNamespace(previous=PREVIOUS, section=SECTION)
    return analyser, tables


def _raised(query: str, rows, *, share=0.7, weight=0.1, text=TEXTS.__getitem__):
    analyser, tables = _setup()
    candidates = np.asarray(rows, dtype=np.int64)
    values = np.zeros(len(candidates))
    raise_continuations(values, candidates, analyser.analyse(query), analyser,
                        tables=tables, text=text, weight=weight, share=share)
    return dict(zip(rows, values.tolist()))


def test_a_reference_after_a_claim_naming_the_entity_gains_a_share_of_its_raise():
    analyser, _ = _setup()
    analysis = analyser.analyse("Who put out the fire at the Pelmor works?")
    [hit] = analysis.entities
    raised = _raised("Who put out the fire at the Pelmor works?", [0, 1, 2, 3, 4, 5])
    assert raised[1] == pytest.approx(0.7 * 0.1 * hit.weight) and raised[1] > 0
    # no reference ("Rebuilding …"), another section ("They …" after nothing of its section), a claim
    # that names the entity itself (raise_named's), or one after a claim that does not
    assert raised[0] == raised[2] == raised[3] == raised[4] == 0
    # "It reopened …" after "The Pelmor works closed …": the same section, a reference
    assert raised[5] == pytest.approx(raised[1])


def test_the_continuation_gains_less_than_the_claim_that_names_the_entity():
    analyser, _ = _setup()
    query = "Who put out the fire at the Pelmor works?"
    candidates = np.arange(len(TEXTS))
    values = np.zeros(len(TEXTS))
    raise_named(values, candidates, analyser.analyse(query), analyser, weight=0.1)
    named = values.copy()
    raise_continuations(values, candidates, analyser.analyse(query), analyser,
                        tables=SimpleNamespace(previous=PREVIOUS, section=SECTION),
                        text=TEXTS.__getitem__, weight=0.1, share=0.7)
    assert 0 < values[1] < values[0] == named[0]


def test_nothing_is_raised_without_a_share_a_text_or_a_named_entity():
    query = "Who put out the fire at the Pelmor works?"
    assert not any(_raised(query, [1, 5], share=0.0).values())
    assert not any(_raised(query, [1, 5], text=None).values())
    assert not any(_raised("Who put out the fire?", [1, 5]).values())


def test_a_common_entity_passes_nothing_on(monkeypatch):
    """An entity that more than COMMON_SHARE of the claims mention raises nothing, and so
    hands nothing on."""
    from web import boosts

    assert _raised("Who put out the fire at the Pelmor works?", [1, 5])[1] > 0
    # the works are mentioned by two claims of ten: common once COMMON_SHARE is below 0.2
    monkeypatch.setattr(boosts, "COMMON_SHARE", 0.15)
    assert not any(_raised("Who put out the fire at the Pelmor works?", [1, 5]).values())


def test_openers():
    for text in ("The blaze spread.", "They won.", "Its roof fell.", "“This was new.”",
                 "He left.", "These lasted."):
        assert opens_with_reference(text), text
    for text in ("Rebuilding took two summers.", "Ruth Tallis led it.", "In 1867 they rebuilt.", "Thereafter …",
                 "Then the works closed."):
        assert not opens_with_reference(text), text


def test_graph_mode_reads_the_share():
    assert 0 < weights.CONTINUATION_SHARE < 1


def test_only_graph_mode_raises_continuations(engine, monkeypatch):
    shares = []
    real = ranking.raise_continuations

    def spy(*args, **kwargs):
        shares.append(kwargs["share"])
        return real(*args, **kwargs)

    monkeypatch.setattr(ranking, "raise_continuations", spy)
    query = "What did the Harbour Lighthouse Trust raise in the 2010s?"
    for mode in ("dense", "sparse", "hybrid"):
        engine.ranker.rank(query, k=3, mode=mode)
    assert shares == []
    engine.ranker.rank(query, k=3, mode="graph")
    assert shares == [weights.CONTINUATION_SHARE]
