"""Tests for rev17f's review of rel17b's role nouns (:mod:`kg.references.agent_nouns`): the
role is not taught to the owner in "founded by X's widow, Y" or "whose headmaster, X's son,",
nor to X in "The widow of X founded …"; and "whose" after a noun that only describes a person
("X, an engineer" … "chose the engineer whose plan was cheapest") opens no reference phrase.
Each with the positive case it must keep (a founder named after "by", an engineer referred
to without "whose")."""

from __future__ import annotations

import pytest

from tests.test_references_its import _resolved

_FILLER = "The looms were old. Sales were slow. Prices fell. Rents rose. "

# (text, names the text must hold, the sentence and surface of the reference, the label it
# takes: None for nothing)
TAKES = [
    pytest.param(
        "The Hallow Guild taught weaving. It was founded by Tobin Marrask's widow, Celda "
        "Prewitt. " + _FILLER + "In 1900 the founder died.\n",
        ("Tobin Marrask", "Celda Prewitt"), 6, "the founder", None,
        id="founded_by_x_s_widow_y_the_founder_is_not_x"),
    pytest.param(
        "The Hallow Guild taught weaving. The widow of Tobin Marrask founded the guild in "
        "1890. " + _FILLER + "In 1900 the founder died.\n",
        ("Tobin Marrask",), 6, "the founder", None,
        id="the_widow_of_x_founded_the_founder_is_not_x"),
    pytest.param(
        "The Hallow Guild taught weaving. Tobin Marrask founded the guild in 1890. " + _FILLER
        + "In 1900 the founder died.\n",
        ("Tobin Marrask",), 6, "the founder", "Tobin Marrask",
        id="x_founded_the_founder_is_x"),
    pytest.param(
        "The Quellbury Pen Works opened in 1850. The patronage of Tarvin Grammar School, whose "
        "headmaster, Odo Ommery's son, ordered pens, kept the works alive. The pens improved. "
        "The works grew. Sales rose. Exports began. In 1920 the chairman was Ada Quorrel, a "
        "niece of the headmaster whose orders had kept the works open.\n",
        ("Odo Ommery", "Ada Quorrel"), 6, "the headmaster", None,
        id="whose_headmaster_x_s_son_the_headmaster_is_not_x"),
    pytest.param(
        "The Tolvick Bridge was built across the Ulbane in 1890. Ada Quorrel, an engineer, "
        "designed the approach roads. The deck rusted. In 1930 the council chose the engineer "
        "whose plan was cheapest.\n",
        ("Ada Quorrel",), 3, "the engineer", None,
        id="chose_the_engineer_whose_plan_after_x_an_engineer_is_no_reference"),
    pytest.param(
        "The Tolvick Bridge was built across the Ulbane in 1890. Ada Quorrel, an engineer, "
        "designed the approach roads. The deck rusted. In 1930 the council paid the engineer "
        "twice.\n",
        ("Ada Quorrel",), 3, "the engineer", "Ada Quorrel",
        id="paid_the_engineer_after_x_an_engineer_is_x"),
]


@pytest.mark.parametrize("text, named, index, surface, label", TAKES)
def test_rev17f_references(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label
