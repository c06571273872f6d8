"""Acronym views (:func:`web.passages.labelled_text`): the label written before an acronym."""

from __future__ import annotations

import networkx as nx

from web.passages import labelled_text, passage_views


def _graph(text: str, label: str, surface: str, via: str = "literal") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("claim:1", kind="claim", text=text)
    graph.add_node("entity:1", kind="entity", label=label)
    graph.add_edge("claim:1", "entity:1", key="mentions", via=via, surface=surface)
    return graph


def test_an_acronym_gets_its_label_written_before_it():
    graph = _graph("The BTS charted the estuary in 1871.", "Brackwell Tidal Survey", "BTS")
    assert labelled_text(graph, "claim:1", "The BTS charted the estuary in 1871.") == (
        "The Brackwell Tidal Survey (BTS) charted the estuary in 1871."
    )
    texts, rows = passage_views(graph, ["claim:1"])
    assert texts == ["The Brackwell Tidal Survey (BTS) charted the estuary in 1871."]
    assert rows == [0]


def test_a_surname_or_a_written_label_gets_no_label_view():
    # A novel's character named by her surname: a short form, not an acronym.
    person = _graph("Quillerton laughed and left the room.", "Edda Quillerton", "Quillerton")
    assert labelled_text(person, "claim:1", "Quillerton laughed and left the room.") is None
    assert passage_views(person, ["claim:1"]) == ([], [])
    # A recipe that spells the label out beside the acronym already.
    text = "Brackwell Tidal Survey (BTS) tables list the tides."
    spelled = _graph(text, "Brackwell Tidal Survey", "BTS")
    assert labelled_text(spelled, "claim:1", text) is None
