"""Tests for rel17b's role references: a role noun the text taught one person by a verb of
making ("was founded in 1868 by X" → "the founder"), by a bare apposition or an owner's
copula ("X, founder of …", "X was its founder"), or by a relative owner ("…, whose headmaster,
X, …" → "the headmaster whose …"); each with a negative case from another genre (a rowing
club's two founders, an orchestra's two directors, a bridge competition whose winner is
named after "the engineer whose …")."""

from __future__ import annotations

import pytest

from tests.test_references_its import _resolved

# four sentences without a person between the role's teaching and "the founder": past the
# window a pronoun or role noun reads
_FILLER = ("The workshop made plain bodies for hatters. The work was dangerous. The fumes "
           "harmed the workers. Most shops ignored the danger. ")

# (text, names the text must hold, the sentence and surface of the reference, the label it
# takes: None for nothing)
TAKES = [
    pytest.param(
        "The Orlo Felt Works was a hat maker in Brannick. It was founded in 1868 by Mirelle "
        "Vantock. " + _FILLER + "Determined to find a cure, the founder began experimenting "
        "in 1869. The result, which she called cold dipping, was slower.\n",
        ("Mirelle Vantock",), 6, "the founder", "Mirelle Vantock",
        id="the_founder_after_founded_by_x_is_x"),
    pytest.param(
        "The Orlo Felt Works was a hat maker in Brannick. It was founded in 1868 by Mirelle "
        "Vantock. " + _FILLER + "Determined to find a cure, the founder began experimenting "
        "in 1869. The result, which she called cold dipping, was slower.\n",
        ("Mirelle Vantock",), 7, "she", "Mirelle Vantock",
        id="she_after_the_founder_continues_the_chain"),
    pytest.param(
        "The Orlo Felt Works was a hat maker in Brannick. Mirelle Vantock was its founder. "
        + _FILLER + "Determined to find a cure, the founder began experimenting in 1869.\n",
        ("Mirelle Vantock",), 6, "the founder", "Mirelle Vantock",
        id="the_founder_after_x_was_its_founder_is_x"),
    pytest.param(
        "The Keswell Rowing Club was formed on the river Wendrow. It was founded in 1901 by Jens "
        "Dremmet and Piet Pellivant. The club rented a boathouse. The boats were old. The river "
        "flooded often. Races were held in May. In 1910 the founder sold the boathouse.\n",
        ("Jens Dremmet", "Piet Pellivant"), 6, "the founder", None,
        id="rowing_the_founder_after_two_founders_takes_neither"),
    pytest.param(
        "The Dorvey Sinfonia was formed in Vesk in 1950. Yelva Marrowby, director of the "
        "orchestra, chose its first season. Arvid Yastrow was its director from 1960. The hall "
        "was small. The seats were hard. Tickets were cheap. Audiences grew. In 1970 the "
        "director left for a post abroad.\n",
        ("Yelva Marrowby", "Arvid Yastrow"), 7, "the director", None,
        id="orchestra_the_director_taught_to_two_people_takes_neither"),
]


@pytest.mark.parametrize("text, named, index, surface, label", TAKES)
def test_rel17b_references(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


def test_the_role_whose_after_whose_role_x_is_x():
    text = ("The Quellbury Pen Works opened in 1850. The early pens were crude. The patronage "
            "of Tarvin Grammar School, whose headmaster, Odo Ommery-Quarrant, ordered pens for "
            "every pupil, kept the venture alive. The pens improved. The works grew. Sales "
            "rose. Exports began. In 1920 the chairman was Ada Quorrel, a niece of the "
            "headmaster whose orders had kept the works open.\n")
    assert _resolved(text, ("Odo Ommery-Quarrant", "Ada Quorrel"), 7, "the headmaster") \
        == "Odo Ommery-Quarrant"


def test_the_role_whose_as_subject_is_no_reference():
    text = ("The Varn Bridge was built across the Ulbane in 1890. Ada Quorrel, an engineer, "
            "designed the approach roads. The deck rusted. In 1930 the engineer whose plan won "
            "the new competition was Odo Pellam.\n")
    assert _resolved(text, ("Ada Quorrel", "Odo Pellam"), 3, "the engineer") is None
