"""Acronym views (:func:`web.passages.labelled_text`): the label written before an acronym."""

from __future__ import annotations

import networkx as nx

from web import create_app
from web.passages import labelled_text, passage_views, resolved_text


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


def _two(text: str, first: tuple[str, str, str], second: tuple[str, str, str]) -> nx.MultiDiGraph:
    """A claim with two ``mentions`` edges, each ``(label, surface, via)``, in that order."""
    graph = nx.MultiDiGraph()
    graph.add_node("claim:1", kind="claim", text=text)
    for n, (label, surface, via) in enumerate((first, second), start=1):
        graph.add_node(f"entity:{n}", kind="entity", label=label)
        graph.add_edge("claim:1", f"entity:{n}", key="mentions", via=via, surface=surface)
    return graph


def test_a_label_written_before_one_acronym_is_not_labelled_again():
    # A harbour report: the office's label holds the board's acronym; the board's label goes
    # before the board's own "VECAB", not inside the office's label written just before.
    text = "The VTO shares its tide gauges with VECAB."
    graph = _two(
        text,
        ("VECAB Tide Office", "VTO", "literal"),
        ("Vessick Cable Board", "VECAB", "literal"),
    )
    assert labelled_text(graph, "claim:1", text) == (
        "The VECAB Tide Office (VTO) shares its tide gauges with Vessick Cable Board (VECAB)."
    )


def test_a_label_a_reference_was_resolved_to_is_not_labelled_inside():
    text = "The office shares its tide gauges with VECAB."
    graph = _two(
        text,
        ("VECAB Tide Office", "The office", "reference"),
        ("Vessick Cable Board", "VECAB", "literal"),
    )
    assert passage_views(graph, ["claim:1"]) == (
        ["VECAB Tide Office shares its tide gauges with Vessick Cable Board (VECAB)."],
        [0],
    )


def test_only_the_first_of_two_occurrences_is_labelled():
    # A league's disciplinary note: the acronym twice, the label before the first only.
    text = "The KFL fined a referee whom the KFL had trained."
    graph = _graph(text, "Kelvory Football League", "KFL")
    assert labelled_text(graph, "claim:1", text) == (
        "The Kelvory Football League (KFL) fined a referee whom the KFL had trained."
    )


def test_a_label_with_backslashes_and_group_references_is_written_as_it_is():
    text = r"The KFL printed its rules."
    graph = _graph(text, r"Kelvory \1 Football\g<0> League", "KFL")
    assert labelled_text(graph, "claim:1", text) == (
        r"The Kelvory \1 Football\g<0> League (KFL) printed its rules."
    )


def test_the_api_returns_the_claims_own_text_and_spans_not_its_acronym_view(article_engine):
    graph, claims = article_engine.graph, article_engine.claims
    texts, rows = passage_views(graph, claims)
    labelled = [
        (claims[row], view) for row, view in zip(rows, texts)
        if view != (resolved_text(graph, claims[row]) or graph.nodes[claims[row]]["text"])
    ]
    assert labelled  # the bundled article has claims with an acronym view
    claim, view = labelled[0]
    own = graph.nodes[claim]["text"]
    client = create_app({"TESTING": True, "ENGINE": article_engine}).test_client()
    body = client.post("/api/search", json={"q": view, "k": 10, "mode": "graph"}).get_json()
    hit = next(r for r in body["results"] if r["id"] == claim)
    assert hit["text"] == own != view
    assert 0 <= hit["highlight"]["start"] < hit["highlight"]["end"] <= len(own)
    document = client.get(f"/api/documents/{hit['document']}").get_json()
    assert document["text"][hit["char_start"] : hit["char_end"]] == own
