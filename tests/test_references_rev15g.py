"""Tests from the review of rel15b (rev15g): each negative below went wrong with rel15b as
merged. An object "it" after a sentence whose term is named in a prepositional phrase after
the verb's own object ("made the table with a method called X. Ada treated it": the table);
"they" after "The ⟨number⟩ ⟨members⟩" when the title names a league (the players are not
the league), the members are of another group ("The five members of the jury") or left it
("The three founders left the group"); a
two-part title beside "report" that is two places ("Its report, North Tarvel, East Orsk,
found") or a person and a role ("Its report, Ilvar Venmoor, Brannow Partner, said"). Each
with a case that must still resolve or be read whole, so that a rule firing on nothing
fails. Invented documents."""

from __future__ import annotations

import pytest

from tests.test_entities import find
from tests.test_references_its import _resolved
from tests.test_references_more import _entities

TAKES = [
    pytest.param(
        (
            "Ilvar Venmoor made the table with a method called **cold lacquering**. Ada "
            "Quorrin treated it with oil.\n"
        ),
        ("cold lacquering",), 1, "it", None,
        id="crafts_a_method_named_in_a_prepositional_phrase_is_not_the_object_it"),
    pytest.param(
        (
            "The table cracked in the dry heat, a fault called **cold checking**. Ada Quorrin "
            "treated it with oil.\n"
        ),
        ("cold checking",), 1, "it", "cold checking",
        id="a_fault_named_in_apposition_is_still_the_object_it"),
    pytest.param(
        (
            "The Tarvel League: A History\n\n"
            "The Tarvel League was founded in Lindqvale in 1901. The four players shared a flat "
            "above a shop. In 1905 they won the Vellmore Cup.\n"
        ),
        ("Tarvel League", "Vellmore Cup"), 2, "they", None,
        id="sports_they_after_counted_players_is_not_the_league_the_title_names"),
    pytest.param(
        (
            "The Quennaby Trio: Thirty Years\n\n"
            "The Quennaby Trio was formed in Lindqvale in 1990. The five members of the jury met "
            "in a hotel. In 1993 they gave the Vellmore Prize to a pianist.\n"
        ),
        ("Quennaby Trio", "Vellmore Prize"), 2, "they", None,
        id="they_after_members_of_another_body_is_not_the_group_the_title_names"),
    pytest.param(
        (
            "The Quennaby Trio: Thirty Years\n\n"
            "The Quennaby Trio was formed in Lindqvale in 1990. The three members of the trio "
            "shared a flat above a shop. In 1993 they won the Vellmore Prize.\n"
        ),
        ("Quennaby Trio", "Vellmore Prize"), 2, "they", "Quennaby Trio",
        id="they_after_the_members_of_the_titled_group_still_takes_it"),
    pytest.param(
        (
            "The Quennaby Trio: Thirty Years\n\n"
            "The Quennaby Trio was formed in Lindqvale in 1990. The three founders left the "
            "group after a quarrel. In 1993 they opened a shop in Tarvel.\n"
        ),
        ("Quennaby Trio",), 2, "they", None,
        id="they_after_members_who_left_the_group_is_not_the_group"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rev15g_reference(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


def test_news_two_places_beside_a_report_are_no_title():
    entities, _, _ = _entities(
        "The Brannow Company wrote a report on the river. Its report, North Tarvel, East Orsk, "
        "found the river clean.\n")
    assert find(entities, "North Tarvel, East Orsk") is None
    assert find(entities, "East Orsk") is not None


def test_business_a_person_and_a_role_beside_a_report_are_no_title():
    entities, _, _ = _entities(
        "The board asked Brannow Advisory to study a merger. Its report, Ilvar Venmoor, "
        "Brannow Partner, said the fleet was old.\n")
    assert find(entities, "Ilvar Venmoor, Brannow Partner") is None
    assert find(entities, "Ilvar Venmoor") is not None


def test_a_title_in_two_parts_beside_a_study_is_still_one_name():
    entities, _, _ = _entities(
        "The Brannow Company paid for a study of the ferries. Its study, Two Harbours, One "
        "Fleet, proposed a merger.\n")
    assert find(entities, "Two Harbours, One Fleet") is not None
