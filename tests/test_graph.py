"""The graph's shape: node kinds, attributes, relations and repeated claims."""

from __future__ import annotations

from kg.documents import read_documents
from kg.graph import add_similarity, build_graph, claim_ids, neighbours
from kg.model import Entity, Mention, stable_id
from kg.splitter import split_document

from conftest import ARTICLE, CORPUS


def _graph_of(paths, entities=(), mentions=()):
    documents = read_documents(paths)
    sections, sentences = [], []
    for doc in documents:
        s, c = split_document(doc)
        sections += s
        sentences += c
    return documents, sentences, build_graph(documents, sections, sentences, entities, mentions)


def test_every_claim_span_slices_its_source():
    documents, _, graph = _graph_of([ARTICLE, CORPUS])
    texts = {d.id: d.text for d in documents}
    claims = claim_ids(graph)
    assert len(claims) > 100
    for claim in claims:
        node = graph.nodes[claim]
        assert texts[node["doc"]][node["char_start"]:node["char_end"]] == node["text"]
        for span in node["spans"].split("|"):
            doc, start, end = span.rsplit(":", 2)
            assert texts[doc][int(start):int(end)] == node["text"]


def test_repeated_sentence_is_one_claim_with_occurrences():
    _, sentences, graph = _graph_of([ARTICLE])
    repeated = [s for s in sentences if s.text == "Anthropic AI Safety leads the way."]
    assert len(repeated) >= 2
    nodes = [n for n, d in graph.nodes(data=True) if d.get("text") == "Anthropic AI Safety leads the way."]
    assert nodes == [repeated[0].claim_id]
    assert graph.nodes[nodes[0]]["occurrences"] == len(repeated)


def test_kinds_and_structural_relations():
    _documents, sentences, graph = _graph_of([CORPUS])
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert {"document", "section", "claim"} <= kinds
    relations = {k for _, _, k in graph.edges(keys=True)}
    assert {"contains", "in_section", "next"} <= relations
    for _, _, data in graph.edges(data=True):
        assert "relation" in data and "weight" in data
    first, second = sentences[0], sentences[1]
    assert graph.has_edge(first.claim_id, second.claim_id, key="next")


def test_mentions_and_co_occurrence_weights():
    _documents, sentences, _ = _graph_of([CORPUS])
    a = Entity(id=stable_id("entity", "Alpha"), label="Alpha", entity_type="organization")
    b = Entity(id=stable_id("entity", "Beta"), label="Beta", entity_type="person", aliases={"B."})
    mentions = [
        Mention(a.id, 0, "Alpha"), Mention(b.id, 0, "Beta"),
        Mention(a.id, 1, "Alpha"), Mention(b.id, 1, "she", via="reference"),
        Mention(a.id, 2, "it", via="reference"),
    ]
    _, _, graph = _graph_of([CORPUS], [a, b], mentions)
    assert graph.nodes[b.id]["aliases"] == "B."
    edge = graph.edges[sentences[1].claim_id, b.id, "mentions"]
    assert edge["via"] == "reference"
    assert graph.edges[sentences[0].claim_id, b.id, "mentions"]["via"] == "literal"
    x, y = sorted((a.id, b.id))
    assert graph.edges[x, y, "co_occurs"]["weight"] == 2.0
    listed = neighbours(graph, sentences[1].claim_id)
    assert listed[0]["relation"] == "mentions"
    assert {n["id"] for n in listed} >= {a.id, b.id, sentences[0].claim_id, sentences[2].claim_id}


def test_similarity_links_each_pair_once_and_flags_near_duplicates():
    _, sentences, graph = _graph_of([CORPUS])
    c1, c2, c3 = (s.claim_id for s in sentences[:3])
    added = add_similarity(graph, [(c1, c2, 0.97), (c2, c1, 0.97), (c1, c3, 0.85)])
    assert added == 2
    a, b = sorted((c1, c2))
    assert graph.edges[a, b, "similar_to"]["near_duplicate"] is True
    a, b = sorted((c1, c3))
    assert graph.edges[a, b, "similar_to"]["near_duplicate"] is False


def test_an_entity_met_in_two_documents_is_one_node_linked_to_both(engine):
    graph = engine.graph
    shared = []
    for node, data in graph.nodes(data=True):
        if data["kind"] != "entity":
            continue
        docs = {graph.nodes[c]["doc"] for c, _, rel in graph.in_edges(node, keys=True) if rel == "mentions"}
        if len(docs) == 2:
            shared.append(data["label"])
    assert any("Harbour Lighthouse Trust" in label for label in shared), shared
    labels = [d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "entity"]
    assert sum("Harbour Lighthouse Trust" in label for label in labels) == 1, labels


def test_claims_under_no_heading_belong_to_their_document(tmp_path):
    (tmp_path / "plain.txt").write_text(
        "Plain text with no headings at all. It still belongs to its document. A third one ends it.\n"
    )
    documents, sentences, graph = _graph_of([tmp_path / "plain.txt"])
    doc = documents[0].id
    assert len(sentences) == 3
    for sentence in sentences:
        assert graph.has_edge(sentence.claim_id, doc, key="in_document")
