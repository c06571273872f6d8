"""Tests for rel15b's rules: an object "it" takes the term the sentence before ended by
naming ("… a fault now known as **X**. Ada solved it"); a subject "they" after a sentence
opened by "The ⟨number⟩ ⟨members⟩" takes the group the title names; a title in two parts
joined by a comma, set off by commas beside a noun of a written work ("Its report, Two
Ferries, One Fleet, recommended …"), is read whole. Invented documents, with negatives from
other genres (a recipe, a legal text, a sports report, a news report)."""

from __future__ import annotations

import pytest

from tests.test_entities import find
from tests.test_references_its import _resolved
from tests.test_references_more import _entities

TAKES = [
    pytest.param(
        (
            "The first boilers cracked after a month, because steam ate into the seams, a "
            "fault now known as **seam creep**. Ilvar Venmoor solved it with a welded collar.\n"
        ),
        ("seam creep",), 1, "it", "seam creep",
        id="object_it_takes_the_term_the_sentence_before_ended_by_naming"),
    pytest.param(
        (
            "Mira Ostwick folded the dough over itself, a step known as **lamination**. The "
            "Tarvel Bakery sold it by noon.\n"
        ),
        ("lamination",), 1, "it", None,
        id="recipe_a_term_just_named_is_no_object_of_a_verb_of_trade"),
    pytest.param(
        (
            "The Quennaby Trio: Thirty Years\n\n"
            "The Quennaby Trio was formed in Lindqvale in 1990. The three players shared a "
            "flat above a shop and played at weddings. In 1993 they won the Vellmore Prize.\n"
        ),
        ("Quennaby Trio", "Vellmore Prize"), 2, "they", "Quennaby Trio",
        id="they_after_the_counted_members_takes_the_group_the_title_names"),
    pytest.param(
        (
            "The Seltham Quartet: A Dispute\n\n"
            "The Seltham Quartet played in Lindqvale from 1901. The two brothers quarrelled "
            "over the will of their father. In 1905 they went to court.\n"
        ),
        ("Seltham Quartet",), 2, "they", None,
        id="legal_they_after_the_two_brothers_is_not_the_firm"),
    pytest.param(
        (
            "Ulmor Rovers: A Season\n\n"
            "Ulmor Rovers play in Tarvel. The two engineers relaid the pitch in the summer. "
            "In August they opened the ground again.\n"
        ),
        ("Ulmor Rovers",), 2, "they", None,
        id="sports_they_after_staff_counted_is_not_the_club"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rel15b_reference(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


def test_a_title_in_two_parts_beside_a_report_is_one_name():
    entities, _, _ = _entities(
        "The ferry board asked the consultancy Brannow Advisory to study a merger. Its report, "
        "Two Ferries, One Fleet, recommended a single board.\n")
    assert find(entities, "Two Ferries, One Fleet") is not None
    assert find(entities, "Two Ferries") is None


def test_news_a_body_and_its_place_beside_a_study_are_no_title():
    entities, _, _ = _entities(
        "A new study, Orsk Medical School, North Tarvel, found that the river was clean.\n")
    assert find(entities, "Orsk Medical School") is not None
    assert find(entities, "Orsk Medical School, North Tarvel") is None
