"""A document given twice (two versions of one article, a page and its excerpt) or a
paragraph repeated is evidence once (:func:`kg.finders.units.distinct_units`): the entities
and their types are those of one copy, and only mention counts grow. Two different documents
naming one thing still give one node linked to claims in both. Invented texts."""

from __future__ import annotations

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.graph import build_graph
from kg.splitter import split_document

CANAL = """# The Quarne Canal

The Quarne Canal links the mill town of Hadley Brenn to the sea at Osk. Barges carried \
wool down it for a century. Slow water made the upper locks silt up each summer. \
Dredging kept the channel open until 1920. The canal company, Brenn Navigation, \
rebuilt the upper locks in 1931. Flow through the locks is now measured at the weir. \
Walkers use the towpath between Hadley Brenn and Osk. Today the canal carries pleasure boats.
"""

MILL = """# Wool at Hadley Brenn

Hadley Brenn grew around three fulling mills on the river Tamble. Most of its cloth went \
to the coast by the Quarne Canal until the railway came in 1868. The last mill closed in 1962.
"""


def _corpus(folder, texts: dict[str, str]):
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    docs = read_documents(paths)
    sections, sentences = [], []
    for doc in docs:
        secs, sents = split_document(doc)
        sections += secs
        sentences += sents
    entities, mentions = extract_entities(docs, sections, sentences)
    return docs, sections, sentences, entities, mentions


def _typed(entities) -> set[tuple[str, str]]:
    return {(e.label, e.entity_type) for e in entities}


def test_a_document_given_twice_gives_the_entities_of_one_copy(tmp_path):
    one = _corpus(tmp_path / "one", {"canal.txt": CANAL})
    two = _corpus(tmp_path, {"canal.txt": CANAL, "copy_of_canal.txt": CANAL})
    assert ("Quarne Canal", "place") in _typed(one[3])
    assert _typed(two[3]) == _typed(one[3])  # no "Barges", no "Quarne Canal links"
    counts_one = {e.label: e.mentions for e in one[3]}
    counts_two = {e.label: e.mentions for e in two[3]}
    assert counts_two["Hadley Brenn"] > counts_one["Hadley Brenn"]  # every occurrence found


def test_a_paragraph_repeated_in_one_document_is_evidence_once(tmp_path):
    body = CANAL.split("\n\n", 1)[1]
    once = _corpus(tmp_path / "one", {"canal.txt": CANAL})
    twice = _corpus(tmp_path, {"canal.txt": CANAL + "\n" + body})
    assert _typed(twice[3]) == _typed(once[3])


def test_two_documents_naming_one_thing_give_one_node_with_claims_in_both(tmp_path):
    docs, sections, sentences, entities, mentions = _corpus(
        tmp_path, {"canal.txt": CANAL, "mill.txt": MILL})
    canal = [e for e in entities if e.label == "Quarne Canal"]
    assert len(canal) == 1
    graph = build_graph(docs, sections, sentences, entities, mentions)
    claim_docs = {graph.nodes[u]["doc"] for u, _, d in graph.in_edges(canal[0].id, data=True)
                  if d.get("relation") == "mentions"}
    assert claim_docs == {d.id for d in docs}
