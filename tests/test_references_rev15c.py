"""Tests from the review of rel15's reference rules (rev15c): each case below went wrong with
rel15 as merged. A dummy "it" whose comparison ends in a clause ("It was easier to agree than
Ada had feared"); a product named inside a relative clause, a thing in its own right ("…
the X Works, which had just bought the Y loom. It could weave …"); an "its" after a sentence
that goes on to an infinitive with its own object ("hired the X Works to rebuild the bridge.
… its railings"); an "Its" opening a sentence after a person moved to a place named there
("… left the X Bank and moved to Osvaria. Its capital …"); a date before an "its" with "a N"
between ("In 1935 Ada bought a farm and mended its roof"). Each with a case that must still
resolve, so that a rule taking nothing at all fails. Invented documents."""

from __future__ import annotations

import pytest

from tests.test_references_its import _resolved

TAKES = [
    pytest.param(
        (
            "Ada Quorrin bought a house near the Tavelock Works in 1931. It was easier to agree "
            "than Ada had feared.\n"
        ),
        ("Tavelock Works",), 1, "It", None,
        id="dummy_it_compared_with_a_clause_after_than_takes_nothing"),
    pytest.param(
        (
            "Ada Quorrin rented a room near the Tavelock Works in 1931. It was cheaper to rent "
            "than the agent had said.\n"
        ),
        ("Tavelock Works",), 1, "It", None,
        id="dummy_it_compared_with_the_n_and_a_verb_after_than_takes_nothing"),
    pytest.param(
        (
            "Ada Quorrin designed the Brinmoor lamp in 1931. It was easier to clean than the "
            "older Gilvane lamp.\n"
        ),
        ("Brinmoor lamp",), 1, "It", "Brinmoor lamp",
        id="it_compared_with_a_thing_after_than_still_takes_the_lamp"),
    pytest.param(
        (
            "Ada Quorrin visited the Tavelock Works, which had just bought the Gilvane loom. It "
            "could weave ten metres an hour.\n"
        ),
        ("Tavelock Works", "Gilvane loom"), 1, "It", None,
        id="a_product_in_a_relative_clause_still_competes_for_it"),
    pytest.param(
        (
            "After the flood the town council hired the Tavelock Works to rebuild the bridge. "
            "Ada Quorrin painted its railings.\n"
        ),
        ("Tavelock Works",), 1, "its", None,
        id="its_after_an_infinitive_with_its_own_object_takes_not_the_body"),
    pytest.param(
        (
            "After the flood the town council hired the Tavelock Works. Ada Quorrin painted its "
            "gates.\n"
        ),
        ("Tavelock Works",), 1, "its", "Tavelock Works",
        id="its_after_the_body_hired_without_an_infinitive_still_takes_it"),
    pytest.param(
        (
            "Ada Quorrin left the Tavelock Works to write a novel. Its hero is a ferryman.\n"
        ),
        ("Tavelock Works",), 1, "Its", None,
        id="its_opening_after_a_person_left_a_body_to_write_a_novel_takes_nothing"),
    pytest.param(
        (
            "Ada Quorrin left the Tavelock Bank and moved to Osvaria. Its capital was then a "
            "small port.\n"
        ),
        ("Tavelock Bank", "Osvaria"), 1, "Its", None,
        id="its_opening_after_a_person_moved_to_a_place_takes_not_the_bank"),
    pytest.param(
        (
            "Ada Quorrin said that the Tavelock Bank had moved its offices to Osvaria. Its "
            "board denied it.\n"
        ),
        ("Tavelock Bank",), 1, "Its", "Tavelock Bank",
        id="its_opening_after_a_reported_body_moved_to_a_place_still_takes_the_body"),
    pytest.param(
        (
            "Ada Quorrin joined the Tavelock Works in 1931. Its clerks earned little.\n"
        ),
        ("Tavelock Works",), 1, "Its", "Tavelock Works",
        id="its_opening_after_a_person_joined_a_body_still_takes_it"),
    pytest.param(
        (
            "The Tavelock Works closed in 1931. In 1935 Ada Quorrin bought a farm and mended "
            "its roof.\n"
        ),
        ("Tavelock Works",), 1, "its", None,
        id="its_after_a_date_and_a_farm_is_not_the_previous_subject"),
    pytest.param(
        (
            "The Tavelock Works closed in 1931. In 1935 Ada Quorrin sold its yard.\n"
        ),
        ("Tavelock Works",), 1, "its", "Tavelock Works",
        id="its_after_a_date_alone_still_takes_the_previous_subject"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rev15c_reference(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label
