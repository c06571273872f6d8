"""Tests for a possessive name before a noun of a stated regularity ("Varrow's law") as a
term (:func:`kg.finders.eponyms._possessive_law`), and for possessives that stay owners
("Tallis's house", "Harlow's goal", "Ada's pie"). Small made-up documents."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def _entities(text: str, tmp_path):
    return read_entities(text, tmp_path, name="article.txt")


def test_a_possessive_name_before_law_is_a_term_apart_from_the_person(tmp_path):
    entities = _entities(
        "Ruth Varrow studied light at Quenby. She formulated a simple relation, now called "
        "Varrow's law, linking the angle and the spacing of the planes.\n", tmp_path)
    law = find(entities, "Varrow's law")
    assert law is not None
    person = find(entities, "Ruth Varrow")
    assert person is not None and person is not law


def test_a_biographys_possessive_house_or_book_is_no_term(tmp_path):
    entities = _entities(
        "Ruth Tallis was born in Quenby in 1820. Tallis's house stood by the river. "
        "In 1870 she sold Tallis's book to a collector.\n", tmp_path)
    assert find(entities, "Tallis's house") is None
    assert find(entities, "Tallis's book") is None
    assert find(entities, "Ruth Tallis") is not None


def test_a_players_goal_or_a_cooks_pie_is_no_term(tmp_path):
    entities = _entities(
        "Tom Harlow played for Quenby Rovers. Harlow's goal won the final in 1901. "
        "Ada Merrow baked for the fair, and Merrow's pie won the prize.\n", tmp_path)
    assert find(entities, "Harlow's goal") is None
    assert find(entities, "Merrow's pie") is None
    assert find(entities, "Tom Harlow") is not None


def test_a_law_firm_after_a_possessive_is_no_term(tmp_path):
    entities = _entities(
        "Ruth Tallis joined Quenby Holdings in 1990. Tallis's law firm advised the board.\n",
        tmp_path)
    assert find(entities, "Tallis's law") is None
