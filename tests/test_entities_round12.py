"""Tests for the round-12 rules of issue 3, found on the round-11 invented articles (a
football club, a court case, a museum's purchase). Small made-up documents."""

from __future__ import annotations

import pytest

from tests.test_entities import extracted, find
from tests.test_entities_round2 import _references


def test_a_capitalised_head_after_an_opening_the_is_the_one_name_it_heads():
    refs = _references("Readers formed the Ostley Readers' Trust in 1994 to oppose the move. "
                       "The members met weekly.\n\nWhen the council failed in 2001, the "
                       "library closed. The Trust raised money from its members and bought "
                       "the building in 2002.\n")
    assert ("The Trust", "Ostley Readers' Trust") in refs


def test_a_capitalised_head_that_two_names_share_stands_for_neither():
    refs = _references("Readers formed the Ostley Readers' Trust in 1994. Walkers formed the "
                       "Quorrin Walkers' Trust in 1996.\n\nThe Trust raised money from its "
                       "members in 2002.\n")
    assert not [r for r in refs if r[0] == "The Trust"]


def test_a_name_trading_as_another_is_one_entity():
    entities = extracted("Orrel Print Ltd, trading as Quillstone Press, printed the maps in "
                         "1990. Quillstone Press closed in 2004, and Orrel Print Ltd sold its "
                         "presses.\n")
    firm = find(entities, "Orrel Print Ltd")
    assert firm is not None and find(entities, "Quillstone Press") is firm


@pytest.mark.parametrize("when", ["by then", "by 1995"])
def test_a_description_that_traded_as_a_name_gives_its_entity_that_name(when):
    entities = extracted(f"Ada Merrick founded Orrel Print Ltd in 1980. The firm, which {when} "
                         "traded as Quillstone Press, printed the maps. Quillstone Press closed "
                         "in 2004.\n")
    firm = find(entities, "Orrel Print Ltd")
    assert firm is not None and find(entities, "Quillstone Press") is firm


def test_a_description_that_traded_in_a_place_takes_no_name():
    entities = extracted("Ada Merrick founded Orrel Print Ltd in 1980. The firm traded in "
                         "Quillstone Market until 2004.\n")
    assert find(entities, "Quillstone Market") is not find(entities, "Orrel Print Ltd")


def test_the_stadium_stands_for_the_named_ground_before_it():
    refs = _references("In 1921 the Orrelby club moved to Tessby Meadow Park, a ground built "
                       "in an old quarry. The stadium, which first held 9,000 spectators, was "
                       "enlarged in 1958.\n")
    assert ("The stadium", "Tessby Meadow Park") in refs


def test_the_stadium_stands_for_no_town():
    refs = _references("Ada Merrick was born in Orrelby, a market town on the coast. The "
                       "stadium, which first held 9,000 spectators, was enlarged in 1958.\n")
    assert not [r for r in refs if r[0] == "The stadium"]


def test_a_name_ending_in_team_after_a_possessive_is_one_organisation():
    entities = extracted("Saint Orvel's Works Team played on a field beside the canal in "
                         "1890. Saint Orvel's Works Team lost its first match.\n")
    team = find(entities, "Saint Orvel's Works Team")
    assert team is not None and team.entity_type == "organization"
    assert find(entities, "Works Team") is None


def test_a_founding_name_is_a_name_of_what_the_main_clause_names():
    entities = extracted("Quorrin Athletic Club is a football club in Tessby. Founded in 1889 "
                         "as Saint Orvel's Works Team by employees of a mill, the club adopted "
                         "its present name in 1897.\n")
    club = find(entities, "Quorrin Athletic Club")
    assert club is not None and find(entities, "Saint Orvel's Works Team") is club


def test_a_founding_name_cut_short_joins_nothing():
    entities = extracted("Quorrin Athletic Club is a football club in Tessby. Founded in 1889 "
                         "as Saint Orvel's Mill Eleven by employees of a mill, the club adopted "
                         "its present name in 1897.\n")
    club = find(entities, "Quorrin Athletic Club")
    assert club is not None and find(entities, "Saint Orvel") is not club


def test_a_nickname_given_to_a_resolved_description_names_what_it_stands_for():
    entities = extracted("Quorrin Athletic Club is a football club in Tessby. The club moved "
                         "to a new ground in 1921. Supporters call the club \"the Millwards\", "
                         "and its colours are red and white.\n")
    club = find(entities, "Quorrin Athletic Club")
    assert club is not None and find(entities, "Millwards") is club


def test_an_adverb_of_time_after_the_description_is_no_noun_it_modifies():
    refs = _references("The Union of Tessby Weavers paid part of her costs in 2014. The union "
                       "later published model terms for its members.\n")
    assert ("The union", "Union of Tessby Weavers") in refs


def test_an_indefinite_noun_before_a_participle_is_introduced_by_the_next_name():
    refs = _references("The museum defended the purchase in 2014. But an inquiry commissioned "
                       "by the trustees and led by Sir Ostin Quorrin found a forgery. The "
                       "Quorrin Inquiry, published in June 2015, made eleven "
                       "recommendations.\n")
    assert ("an inquiry", "Quorrin Inquiry") in refs


def test_a_name_ending_in_league_is_an_organisation():
    entities = extracted("Quorrin Athletic Club joined the Tessby Combination League in 1903 "
                         "and won the Tessby Combination League four times.\n")
    league = find(entities, "Tessby Combination League")
    assert league is not None and league.entity_type == "organization"


@pytest.mark.parametrize("text", [
    "Founded in 1990 as Quill Press, Ada Merrick's firm printed maps for the council.\n",
    "Formed in 1990 as Orvel Trio, Ada Merrick and Tom Lind recorded three albums.\n",
    ("Founded in 1889 as Orvel Rovers by Tom Lind, Ada Merrick and Joe Bram, the club moved "
     "to a new ground in 1901.\n"),
])
def test_a_founding_name_joins_no_possessor_nor_one_of_several_names(text):
    entities = extracted(text)
    founding = find(entities, "Quill Press") or find(entities, "Orvel Trio") \
        or find(entities, "Orvel Rovers")
    assert founding is not None and founding is not find(entities, "Ada Merrick")


@pytest.mark.parametrize("text", [
    "Orvel Press traded as Hallam Bank failed, and its shares rose in 1990.\n",
    "In 1990 Orvel Press traded as Hallam Bank did, selling bonds to farmers.\n",
    ("Ada Merrick founded Orvel Press in 1980. The firm traded as Hallam Bank collapsed, and "
     "it grew.\n"),
])
def test_traded_as_before_a_verb_is_the_conjunction_and_names_another_firm(text):
    entities = extracted(text)
    press, bank = find(entities, "Orvel Press"), find(entities, "Hallam Bank")
    assert press is not None and bank is not None and press is not bank
