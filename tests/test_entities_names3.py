"""Tests for the third names round of issue 3: adjectives of nationality, region and people
(:mod:`kg.demonyms`) are no entities, and organisation names that hold "and", "to" or a
second "of". Small made-up documents, split by the real splitter."""

from __future__ import annotations

from kg.demonyms import is_demonym
from kg.entities import extract_entities
from kg.model import Document
from kg.splitter import split_document
from tests.test_entities import find


def _entities(text: str):
    doc = Document(id="document:t", path="t.md", title="t", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return entities


def test_is_demonym_takes_compass_words_but_no_plural():
    assert is_demonym(["German"]) and is_demonym(["West", "African"])
    assert not is_demonym(["Romans"]) and not is_demonym(["West", "Kelby"])
    assert not is_demonym(["German", "Requiem"])


def test_a_listed_demonym_alone_is_no_entity():
    entities = _entities(
        "The Somali outbreak of 1931 was brought under control by Ona Pelse. Her report, "
        "first written in German, was translated into Norwegian in 1940. The Varn Trust "
        "paid for the early West African campaigns of Pelse. The Varn Trust also bought the "
        "Greek lamp that Pelse kept.\n")
    for word in ("Somali", "German", "Norwegian", "West African", "Greek"):
        assert find(entities, word) is None, word
    assert find(entities, "Ona Pelse") is not None
    assert find(entities, "Varn Trust") is not None


def test_a_demonym_inside_a_longer_name_stays():
    entities = _entities(
        "The Royal Danish Academy elected Ivo Renner in 1990. Renner had played in the "
        "German Requiem of Tarsk. The Royal Danish Academy closed in 1999.\n")
    assert find(entities, "Royal Danish Academy") is not None
