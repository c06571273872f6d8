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


def test_year_after_the_name_is_an_alias_in_a_sentence_and_a_heading():
    # invented: a law named once with its year, then by its short name
    law = _one("Dunmarsh Regulations", "document",
               "Trade fell when the Dunmarsh Regulations of 1920 ended the old rule.")[0]
    assert law.aliases == {"Dunmarsh Regulations of 1920"}
    event = [Entity(id="entity:b", label="Dry Summer", entity_type="event")]
    add_year_aliases(event, [], headings=["The Dry Summer of 1871"])
    assert event[0].aliases == {"Dry Summer of 1871"}


def test_year_after_a_person_a_place_or_without_the_adds_nothing():
    # factual-style sentences: a place's year, a person's, no article before the name
    assert not _one("Harrenby", "place",
                    "Maps of the Harrenby of 1850 show the old quay.")[0].aliases
    assert not _one("Ada Tolvey", "person",
                    "Letters describe the Ada Tolvey of 1902 as restless.")[0].aliases
    assert not _one("Ostley Charter", "document",
                    "Clerks copied Ostley Charter of 1790 texts by hand.")[0].aliases
