"""A plural phrase for the people just listed: "The three shared …", "the authors' initials"."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document


def _refs(text: str) -> dict[int, set[str]]:
    """Sentence index → labels of the people its references name."""
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, mentions = extract_entities([doc], sections, sentences)
    label = {e.id: e.label for e in entities if e.entity_type == "person"}
    out: dict[int, set[str]] = {}
    for m in mentions:
        if m.via == "reference" and m.entity in label:
            out.setdefault(m.sentence, set()).add(label[m.entity])
    return out


_THREE = {"Ruth Tallis", "Owen Marrow", "Dana Wessel"}


def test_the_three_after_three_listed_people():
    refs = _refs("# Lamps\n\nIn 1931 Ruth Tallis, Owen Marrow and Dana Wessel built the first "
                 "Pelmor lamp in a rented shed. The three shared the Brennick Medal in 1935.\n")
    assert refs.get(1, set()) == _THREE


def test_the_authors_possessive_after_listed_people():
    refs = _refs("# Lamps\n\nIn 1931 Ruth Tallis, Owen Marrow and Dana Wessel described a "
                 "cold lamp. The *TMW lamp*, named from the authors' initials, lit the harbour "
                 "for a decade.\n")
    assert refs.get(1, set()) == _THREE


def test_counted_things_and_other_authors_take_no_one():
    # a report on bridges: "The three bridges" are things; "the authors of the survey" are
    # others; "The three" after two people names a third the text has not given
    refs = _refs("# Crossings\n\nRuth Tallis, Owen Marrow and Dana Wessel inspected the "
                 "river crossings in 1950. The three bridges stood for another decade. "
                 "Ruth Tallis and Owen Marrow wrote a survey of them. The authors of the "
                 "later survey disagreed. Ruth Tallis and Owen Marrow met in Kelby. The three "
                 "argued for a week.\n")
    assert not refs.get(1) and not refs.get(3) and not refs.get(5)
