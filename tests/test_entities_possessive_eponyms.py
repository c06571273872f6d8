"""Tests for a possessive name before a noun of a stated regularity ("Pelmor's law") as a
term (:func:`kg.finders.eponyms._possessive_law`), and for possessives that stay owners
("Tallis's house", "Harlow's goal", "Ada's pie"). Small made-up documents."""

from __future__ import annotations

import pytest

from tests.test_entities import find, read_entities


def _entities(text: str, tmp_path):
    return read_entities(text, tmp_path, name="article.txt")


def test_a_possessive_name_before_law_is_a_term_apart_from_the_person(tmp_path):
    entities = _entities(
        "Ruth Pelmor studied light at Quenby. She stated a simple relation, now called "
        "Pelmor's law, linking the angle and the spacing of the planes.\n", tmp_path)
    law = find(entities, "Pelmor's law")
    assert law is not None
    person = find(entities, "Ruth Pelmor")
    assert person is not None and person is not law


@pytest.mark.parametrize(("text", "not_terms", "person"), [
    pytest.param(
        "Ruth Tallis was born in Quenby in 1820. Tallis's house stood by the river. "
        "In 1870 she sold Tallis's book to a collector.\n",
        ("Tallis's house", "Tallis's book"), "Ruth Tallis", id="biography-house-book"),
    pytest.param(
        "Tom Harlow played for Quenby Rovers. Harlow's goal won the final in 1901. "
        "Ada Merrow baked for the fair, and Merrow's pie won the prize.\n",
        ("Harlow's goal", "Merrow's pie"), "Tom Harlow", id="sports-goal-recipe-pie"),
    pytest.param(
        "Ruth Tallis joined Quenby Holdings in 1990. Tallis's law firm advised the board.\n",
        ("Tallis's law",), None, id="law-firm"),
])
def test_a_possessive_before_another_noun_is_no_term(tmp_path, text, not_terms, person):
    # negatives in other genres: the owner's possessive stays an owner's
    entities = _entities(text, tmp_path)
    for term in not_terms:
        assert find(entities, term) is None
    assert person is None or find(entities, person) is not None
