"""A name qualified by one instance's year ("the 1931 Brennick Medal") is a form of it."""

from __future__ import annotations

from kg.entities import extract_entities
from kg.merging.year_names import add_year_aliases
from kg.model import Document, Entity, Sentence
from kg.splitter import split_document


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def test_year_qualified_prize_is_an_alias_of_the_prize():
    entities = _entities("# Prizes\n\nRuth Tallis received the 1931 Brennick Medal for her "
                         "work on lamps. Owen Marrow won the 1935 Brennick Medal; he was the "
                         "first engineer to do so. The Brennick Medal is given yearly.\n")
    medal = next(e for e in entities if "Brennick Medal" in {e.label, *e.aliases})
    assert {"1931 Brennick Medal", "1935 Brennick Medal"} <= medal.aliases
    assert any(m["rule"] == "year-qualified" for m in medal.merges)


def _one(label: str, kind: str, text: str) -> list[Entity]:
    entities = [Entity(id="entity:a", label=label, entity_type=kind)]
    add_year_aliases(entities, [Sentence(text=text, doc="d", char_start=0,
                                         char_end=len(text), section=None, order=0)])
    return entities


def test_year_before_a_longer_phrase_or_a_person_or_without_the_adds_nothing():
    # the year qualifies the flood, not the valley; a date before a name; no "the"
    assert not _one("Tarrin Valley", "other",
                    "They recalled the 1931 Tarrin Valley flood for years.")[0].aliases
    assert not _one("Ruth Tallis", "person",
                    "They met the 1931 Ruth Tallis of the letters.")[0].aliases
    assert not _one("Brennick Medal", "other",
                    "In 1931 Brennick Medal winners dined together.")[0].aliases
