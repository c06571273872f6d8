"""Tests for rel15's reference rules: an "It" compared with another thing ("It was sturdier and
easier to repair than the X") is no dummy; after a person's sentence, a thing named inside a
relative clause does not compete for the next "It"; a mid-sentence "its" with only people
before it, after a sentence with no subject entity, takes the one capitalised organisation
that sentence named; an "Its" opening a sentence after a person's sentence takes the one
organisation or product that sentence named outside a prepositional phrase; a date or
quantity alone before a mid-sentence "its" does not keep it from the previous subject. Invented
documents, with negatives from other genres (a recipe, a sports report, a history). Review rev15c: the
recipe's dummy "it" now follows a sentence naming a bakery, which it takes when any "to …
than" counts as a comparison (before, "to knead the dough than" never reached the rule)."""

from __future__ import annotations

import pytest

from tests.test_references_its import _resolved

TAKES = [
    pytest.param(
        (
            "In 1931 the engineer Ilvar Venmoor designed the **Ostwick pump**, a machine in "
            "which water was lifted by **rotary vanes**. It was sturdier and easier to repair "
            "than the older Fenmarsh engine, but much dearer to build.\n"
        ),
        ("Ostwick pump",), 1, "It", "Ostwick pump",
        id="compared_it_after_a_person_takes_the_thing_not_the_relative_clause_term"),
    pytest.param(
        (
            "In 1947 the chemist Ilvar Venmoor conceived the **tidal sluice**, a design in "
            "which water was held back by **hinged gates**. It was sturdier and easier to "
            "repair than the older weir, but dearer to build.\n"
        ),
        ("tidal sluice", "hinged gates"), 1, "It", "tidal sluice",
        id="it_after_a_person_takes_the_term_not_the_one_in_its_relative_clause"),
    pytest.param(
        (
            "In 1950 the coach Bram Tull joined a club which had just adopted the **high "
            "press**. It won the side the league that spring.\n"
        ),
        ("high press",), 1, "It", "high press",
        id="sports_a_relative_clause_before_the_only_term_cuts_nothing"),
    pytest.param(
        (
            "Mira Corrow joined the Quenby Bakery in 1990. It was easier to knead than to "
            "shape, she said.\n"
        ),
        ("Quenby Bakery",), 1, "It", None,
        id="recipe_dummy_it_easier_to_than_to_takes_nothing"),
    pytest.param(
        (
            "After a dry summer in 1902, the river wardens of Sarnell and Lindqvale set up the "
            "Dovecot Survey Office, a body of four clerks. Ada Venmoor left the mill to become "
            "its first secretary.\n"
        ),
        ("Dovecot Survey Office",), 1, "its", "Dovecot Survey Office",
        id="its_with_only_people_before_it_after_no_subject_takes_the_named_body"),
    pytest.param(
        (
            "The pneumatic post of Lindqvale carried letters through 90 kilometres of iron "
            "tube. This history follows the system from its first line to its closure.\n"
        ),
        ("Lindqvale",), 1, "its", None,
        id="history_its_after_no_subject_takes_no_lowercase_term"),
    pytest.param(
        (
            "The striker Bram Tull said that the Ulmor Rovers board had misjudged the fans. "
            "Its plan, drawn up with advisers, doubles the ticket prices.\n"
        ),
        ("Ulmor Rovers",), 1, "Its", "Ulmor Rovers",
        id="its_opening_after_a_person_takes_the_one_body_named"),
    pytest.param(
        (
            "At Ulmor Rovers, the coach Bram Tull founded a youth academy in 1990. Its coaches "
            "trained forty boys a year.\n"
        ),
        ("Ulmor Rovers",), 1, "Its", None,
        id="sports_its_opening_after_a_person_takes_no_body_named_after_at"),
    pytest.param(
        (
            "The Ostwick Ropery prospered in the war years. By 1930 about 40 percent of its "
            "rope went abroad.\n"
        ),
        ("Ostwick Ropery",), 1, "its", "Ostwick Ropery",
        id="its_after_only_a_date_and_a_quantity_takes_the_previous_subject"),
    pytest.param(
        (
            "The Ulmor Rovers finished third in 1990. In the 1991 season the youth side won "
            "all of its matches.\n"
        ),
        ("Ulmor Rovers",), 1, "its", None,
        id="sports_its_after_a_date_and_the_youth_side_is_not_the_club"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rel15_reference(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label
