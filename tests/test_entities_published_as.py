"""Rule ``published-as``: the phrase a text says was published as a title names that title."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.merging.published_as import add_published_aliases
from kg.model import Document, Entity, Sentence
from kg.splitter import split_document


def _one(label: str, kind: str, text: str) -> Entity:
    entity = Entity(id="entity:a", label=label, entity_type=kind)
    add_published_aliases([entity], [Sentence(text=text, doc="d", char_start=0,
                                              char_end=len(text), section=None, order=0)])
    return entity


def test_phrase_before_published_or_bound_as_is_an_alias():
    # invented: an apposed phrase, with a year or a "later", and a relative clause
    assert _one("Notes on the Wendle Lamp", "document",
                "Ansel Prowde's notebooks, published in 1907 as Notes on the Wendle Lamp, "
                "remain in print.").aliases == {"Ansel Prowde's notebooks"}
    assert _one("Quibrow Papers", "other",
                "She kept every letter; her letters, later bound as the Quibrow Papers, "
                "fill six boxes.").aliases == {"her letters"}
    assert _one("Ostley Tables", "document",
                "Her best work was the cooling schedule she published in 1872 as the "
                "Ostley Tables.").aliases == {"cooling schedule"}


def test_indefinite_or_unpunctuated_or_personal_adds_nothing():
    # factual-style: "a paper ... published as" (indefinite, no comma) names no title
    assert not _one("History of Ocean Floors", "document",
                    "In a paper read in 1955 and published in 1957 as History of "
                    "Ocean Floors, he proposed that the floor spreads.").aliases
    # the thing after "as" is a person (a role, not a title)
    assert not _one("Ruth Quibrow", "person",
                    "Her portrait, later printed as Ruth Quibrow, hung in the hall.").aliases
    # a function word in the phrase: no name
    assert not _one("Wendle Notes", "document",
                    "The other ones, published in 1900 as Wendle Notes, were lost.").aliases


def test_published_as_through_the_pipeline():
    text = ("# The lamp\n\nAnsel Prowde kept notes on every lamp he built. Prowde's notebooks, "
            "published in 1907 as Notes on the Wendle Lamp, remain in print. Notes on the "
            "Wendle Lamp is still read by engineers.\n")
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    notes = next(e for e in entities if e.label == "Notes on the Wendle Lamp")
    assert "Prowde's notebooks" in notes.aliases
    assert any(m["rule"] == "published-as" for m in notes.merges)
