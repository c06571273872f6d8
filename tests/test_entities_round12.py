"""Tests for the round-12 rules of issue 3, found on the round-11 invented articles (a
football club, a court case, a museum's purchase). Small made-up documents."""

from __future__ import annotations

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
