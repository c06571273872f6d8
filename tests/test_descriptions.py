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


def _described_graph(sentences):
    """One claim per ``(text, entity, label, surface)``, the entity mentioned literally."""
    graph = nx.MultiDiGraph()
    claims = []
    for i, (text, entity, label, surface) in enumerate(sentences):
        claims.append(f"claim:{i}")
        graph.add_node(claims[-1], kind="claim", text=text)
        if entity not in graph:
            graph.add_node(entity, kind="entity", label=label, aliases="",
                           entity_type="date" if label.isdigit() else "person")
        graph.add_edge(claims[-1], entity, key="mentions", relation="mentions",
                       via="literal", surface=surface)
    for i in range(len(claims), 12):  # claims that mention nobody, so a raise weighs
        claims.append(f"claim:{i}")
        graph.add_node(claims[-1], kind="claim", text="The weather held.")
    return graph, claims


def test_an_apposition_or_copula_after_a_name_describes_it_to_a_query():
    graph, claims = _described_graph([
        ("Quenby Tarrowin was a chemist at the works.", "entity:tarrowin", "Quenby Tarrowin",
         "Quenby Tarrowin"),
        ("Tobrel Valsharp, a Dunmallow engineer, drew the first plans.", "entity:valsharp",
         "Tobrel Valsharp", "Tobrel Valsharp"),
        ("Valsharp sold the plans in 1890.", "entity:valsharp", "Tobrel Valsharp", "Valsharp"),
    ])
    analyser = QueryAnalyser(graph, claims)
    chemist = analyser.analyse("When were the chemist's notebooks found again?")
    assert [h.entity for h in chemist.entities] == ["entity:tarrowin"]
    assert not chemist.entities[0].name and chemist.dense_text == chemist.text
    engineer = analyser.analyse("What was the Dunmallow engineer's device for?")
    assert [(h.entity, engineer.text[h.start : h.end]) for h in engineer.entities] == [
        ("entity:valsharp", "Dunmallow engineer's")
    ]


def test_a_description_two_entities_share_or_none_has_names_nothing():
    """Two people "were chemists"; a year "was a new gauge" (a date takes no
    description); "was a depot until 1901" says what a place no longer is."""
    graph, claims = _described_graph([
        ("Quenby Tarrowin was a chemist at the works.", "entity:tarrowin", "Quenby Tarrowin",
         "Quenby Tarrowin"),
        ("Ilmarsh Corsley was a chemist in Brask.", "entity:corsley", "Ilmarsh Corsley",
         "Ilmarsh Corsley"),
        ("In 1890, a new gauge for rails was agreed.", "entity:1890", "1890", "1890"),
        ("Tobrel Valsharp was a depot of the railway until 1901.", "entity:valsharp",
         "Tobrel Valsharp", "Tobrel Valsharp"),
    ])
    analyser = QueryAnalyser(graph, claims)
    assert analyser.analyse("What did the chemist find?").entities == ()
    assert analyser.analyse("When was the gauge agreed?").entities == ()
    assert analyser.analyse("What did the depot hold?").entities == ()
