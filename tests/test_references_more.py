"""Tests for the shortened-name and reference rules added for unseen articles: first names,
a shortened topic name, "it" after an appositive introduction. Small made-up documents."""

from __future__ import annotations

from kg.entities import extract_entities
from tests.test_entities import build, find


def _entities(text: str):
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    return entities, mentions, sentences


def test_a_lone_first_name_joins_the_one_person_it_begins():
    entities, _, _ = _entities(
        "The Orvane Kite Club was started by Pelagia Vennholt and her cousin Matthias Vennholt. "
        "Matthias later moved to Lisbon to build boats.\n")
    ignatius = find(entities, "Matthias Vennholt")
    assert ignatius is not None and find(entities, "Matthias") is ignatius
    assert any(m["rule"] == "first-name" for m in ignatius.merges)
    assert find(entities, "Pelagia Vennholt") is not ignatius


def test_a_first_name_shared_by_two_people_stays_apart():
    entities, _, _ = _entities(
        "Matthias Vennholt and Matthias Beaumont founded the Orvane Kite Club in 1990. "
        "Matthias later moved to Lisbon.\n")
    one, two = find(entities, "Matthias Vennholt"), find(entities, "Matthias Beaumont")
    assert one is not None and two is not None and one is not two
    assert find(entities, "Matthias") not in (one, two)
