"""A lowercase term whose head is "process" or "procedure" names a way of doing something,
a technique (:func:`kg.kinds.form_types`). Invented sentences, with a negative in another
genre."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_lowercase_process_term_is_a_technique():
    entities, _ = with_mentions(
        "Glass\n"
        "In 1952 Ruth Tallis developed the *quennel float process* at her works. The quennel "
        "float process made flat glass cheap for the first time.\n")
    term = find(entities, "quennel float process")
    assert term is not None and term.entity_type == "technique"


def test_a_firm_named_with_process_stays_an_organisation():
    # another genre: a trade directory, where "Process" is a word of a firm's name
    entities, _ = with_mentions(
        "Directory\n"
        "Tamsey Process Ltd was founded in 1931 and makes pumps. Tamsey Process Ltd employs "
        "forty people.\n")
    firm = find(entities, "Tamsey Process Ltd")
    assert firm is not None and firm.entity_type == "organization"


def test_a_legislative_process_stays_a_concept():
    # review rev14e: another genre, a civics text; a political or natural process is
    # nobody's technique
    entities, _ = with_mentions(
        "Civics\n"
        "The **legislative process** in Kessby is slow. The legislative process has three "
        "stages.\n")
    term = find(entities, "legislative process")
    assert term is not None and term.entity_type == "concept"
