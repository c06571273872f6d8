"""Descriptions that stand for one entity become query surfaces (web.descriptions)."""

from __future__ import annotations

import networkx as nx

from web.descriptions import description_surfaces
from web.query import QueryAnalyser, _fold


def _label_graph():
    """Ten claims: a judge referred to as "the retired judge" and "she", a label as "the
    label", and two studios both referred to as "the studio"."""
    graph = nx.MultiDiGraph()
    claims = [f"claim:{i}" for i in range(10)]
    for claim in claims:
        graph.add_node(claim, kind="claim", text="…")
    people = {
        "entity:tallis": ("Ruth Tallis", "Tallis"),
        "entity:brinmoor": ("Brinmoor Sound", "Brinmoor"),
        "entity:osk": ("Osk Records", ""),
        "entity:quarle": ("Quarle Discs", ""),
    }
    for node, (label, aliases) in people.items():
        graph.add_node(node, kind="entity", label=label, aliases=aliases)

    def mention(claim, entity, surface, via="reference"):
        graph.add_edge(claims[claim], entity, key="mentions", relation="mentions",
                       via=via, surface=surface)

    mention(0, "entity:tallis", "Ruth Tallis", via="literal")
    mention(1, "entity:tallis", "the retired judge")
    mention(2, "entity:tallis", "she")
    mention(3, "entity:brinmoor", "Brinmoor Sound", via="literal")
    mention(4, "entity:brinmoor", "The label’s")
    mention(5, "entity:osk", "the studio")
    mention(6, "entity:quarle", "the studio")
    return graph, claims


def test_a_query_that_describes_an_entity_picks_it():
    analyser = QueryAnalyser(*_label_graph())
    analysis = analyser.analyse("What did the judge decide about the appeal?")
    assert [h.entity for h in analysis.entities] == ["entity:tallis"]
    hit = analysis.entities[0]
    assert analysis.text[hit.start : hit.end] == "judge"
    assert not hit.name and hit.weight > 0
    # a description is no name: it stays in the text that is embedded
    assert analysis.dense_text == analysis.text
    longer = analyser.analyse("Why did the retired judge resign?")
    assert [(h.entity, longer.text[h.start : h.end]) for h in longer.entities] == [
        ("entity:tallis", "retired judge")
    ]
    possessive = analyser.analyse("Who ran the label's shop?")
    assert [h.entity for h in possessive.entities] == ["entity:brinmoor"]


def test_an_ambiguous_description_picks_no_entity():
    analyser = QueryAnalyser(*_label_graph())
    assert analyser.analyse("Where was the studio built?").entities == ()


def test_pronouns_names_and_known_surfaces_are_no_descriptions():
    graph, _ = _label_graph()
    entities = ["entity:tallis", "entity:brinmoor", "entity:osk", "entity:quarle"]
    found = description_surfaces(graph, entities, {}, _fold)
    assert found == {
        ("retired", "judge"): "entity:tallis",
        ("judge",): "entity:tallis",
        ("label",): "entity:brinmoor",
    }
    taken = description_surfaces(graph, entities, {("judge",): "entity:osk"}, _fold)
    assert ("judge",) not in taken and ("retired", "judge") in taken


def test_ordinals_pronouns_and_function_words_are_no_descriptions():
    """"the second", "the latter", "the first of these" resolve to an entity, but their
    words are no nouns of it: a query with "second" or "these" names nothing."""
    graph, claims = _label_graph()
    for claim, surface in ((7, "the second"), (8, "the first of these"), (9, "the latter")):
        graph.add_edge(claims[claim], "entity:osk", key="mentions", relation="mentions",
                       via="reference", surface=surface)
    graph.add_edge(claims[9], "entity:quarle", key="mentions", relation="mentions",
                   via="reference", surface="the rival label,")
    entities = ["entity:tallis", "entity:brinmoor", "entity:osk", "entity:quarle"]
    found = description_surfaces(graph, entities, {}, _fold)
    assert not {("second",), ("these",), ("first", "of", "these"), ("latter",)} & set(found)
    # a mark after the phrase is no part of its words
    assert found[("rival", "label")] == "entity:quarle"
    analyser = QueryAnalyser(graph, claims)
    assert analyser.analyse("Which of these came second?").entities == ()
