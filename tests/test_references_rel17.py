"""Tests for rel17's reference rules: the subject an owner opens ("His son, X, succeeded him",
"The club's youth side, X, …", "X's first venture was the Y"), Markdown emphasis marks in the
tests of an opening term and of a name after a preposition, and "Its" after "At Y, Ada
founded the X". Small made-up documents, each rule with a negative case from another genre
(a sports report, a league history, a printer's biography)."""

from __future__ import annotations

import pytest

from kg.references.subjects import governed
from kg.words.tokens import tokenize
from tests.test_references_its import _resolved

# (text, names the text must hold, the sentence and surface of the reference, the label it
# takes: None for nothing)
TAKES = [
    pytest.param(
        (
            "Amos Orvast founded the Orvast Tannery in 1851. He ran it for forty years. His "
            "son, Joss Orvast, succeeded him in 1891. He added a second drying shed.\n"
        ),
        ("Amos Orvast", "Joss Orvast"), 3, "He", "Joss Orvast",
        id="he_after_his_son_x_succeeded_him_is_the_son"),
    pytest.param(
        (
            "The striker Ivo Marsk joined Kessby Athletic in 2019. His agent, Dag Ulvane, was "
            "a former goalkeeper. He scored twice on his debut.\n"
        ),
        ("Ivo Marsk", "Dag Ulvane"), 2, "He", "Ivo Marsk",
        id="sports_he_after_his_agent_x_was_a_n_stays_with_the_player"),
    pytest.param(
        (
            "Kessby Athletic was founded in 1888. The club's youth side, Kessby Colts FC, was "
            "formed in 1971. It won the county cup in 1980.\n"
        ),
        ("Kessby Athletic", "Kessby Colts FC"), 2, "It", "Kessby Colts FC",
        id="it_after_the_clubs_side_x_is_the_side_named_in_apposition"),
    pytest.param(
        (
            "Mira Skelby trained as a printer in Grell. Mira Skelby's first venture was the "
            "Quendrow Press, launched in 1902 with a loan from the Grell Savings Bank. Its first "
            "book was a guide to local birds.\n"
        ),
        ("Quendrow Press", "Grell Savings Bank"), 2, "Its", "Quendrow Press",
        id="its_after_xs_venture_was_the_y_is_y_not_the_bank"),
    pytest.param(
        (
            "The Wendle League was formed in 1890. The league's two oldest clubs, Varn Athletic "
            "and Yarrick Town, met in the first final. Its rules were written by a schoolmaster.\n"
        ),
        ("Wendle League", "Varn Athletic"), 2, "Its", None,
        id="league_its_after_two_clubs_listed_in_apposition_takes_neither_club"),
    pytest.param(
        (
            "The **Fentry process** is a method of joining brass strips with a cold press. It was "
            "devised in Brannick in 1904 by the engineer Ada Quorrel.\n"
        ),
        ("Fentry process",), 1, "It", "Fentry process",
        id="it_after_the_bold_term_opening_the_sentence_is_that_term"),
    pytest.param(
        (
            "Ada Quorrel founded the **Corvey Press** in Grell in 1893. It printed almanacs and "
            "hymn books.\n"
        ),
        ("Corvey Press",), 1, "It", "Corvey Press",
        id="printer_it_after_a_bold_object_not_after_a_preposition_is_that_object"),
    pytest.param(
        (
            "At Halvick University, Mira Skelby founded the Corvey Press in 1995. Its first "
            "catalogue listed twelve titles.\n"
        ),
        ("Halvick University", "Corvey Press"), 1, "Its", "Corvey Press",
        id="its_after_at_y_ada_founded_x_is_x_not_the_university"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rel17_references(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


def test_a_bold_name_after_a_preposition_is_governed():
    tokens = tokenize("She exhibited it at the **Wendle Fair** in 1893.")
    at = next(t.index for t in tokens if t.text == "Wendle")
    assert governed(tokens, at)
    tokens = tokenize("Ada Quorrel founded the **Corvey Press** in 1893.")
    at = next(t.index for t in tokens if t.text == "Corvey")
    assert not governed(tokens, at)


def test_it_after_a_person_showed_it_at_a_bold_fair_does_not_take_the_fair():
    text = ("Ada Quorrel designed the Quorrel frame in 1890. She exhibited it at the **Wendle "
            "Fair** in 1893. It drew little interest from the mills.\n")
    assert _resolved(text, ("Wendle Fair",), 2, "It") is None
