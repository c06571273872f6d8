"""Review of rel17: where its possessed subjects over-fired on other genres. A relative named
in apposition whose sentence only records a life event ("His son, X, was born in 1850", "Her
sister, X, married Y") is background: the next "he"/"she" stays with the owner; a copula that
names a date or a place ("The company's best year was 1901", "The choir's home was the Orrin
Hall") names no subject for "It". Each with a case where the rule must still fire."""

from __future__ import annotations

import pytest

from tests.test_references_its import _resolved

# (text, names the text must hold, the sentence and surface of the reference, the label it
# takes)
TAKES = [
    pytest.param(
        (
            "Benno Brenvik settled in Tallow Ford in 1840. His son, Emil Brenvik, was born in "
            "1850. He later bought a second farm near the river.\n"
        ),
        ("Benno Brenvik", "Emil Brenvik"), 2, "He", "Benno Brenvik",
        id="he_after_his_son_x_was_born_is_the_father"),
    pytest.param(
        (
            "Benno Brenvik settled in Tallow Ford in 1840. Benno Brenvik's son, Emil Brenvik, "
            "was born in 1850. He later bought a second farm near the river.\n"
        ),
        ("Benno Brenvik", "Emil Brenvik"), 2, "He", "Benno Brenvik",
        id="he_after_named_owners_son_x_was_born_is_the_father"),
    pytest.param(
        (
            "Greta Holmvik opened a school in Tallow Ford in 1871. Her sister, Lotte Holmvik, "
            "married Ivor Quell in 1875. She later wrote a primer for the school.\n"
        ),
        ("Greta Holmvik", "Lotte Holmvik"), 2, "She", "Greta Holmvik",
        id="she_after_her_sister_x_married_y_is_the_owner"),
    pytest.param(
        (
            "Benno Brenvik founded the Brenvik Mill Company in 1880. Benno Brenvik's son, Emil "
            "Brenvik, succeeded him in 1901. He added a second mill race.\n"
        ),
        ("Benno Brenvik", "Emil Brenvik"), 2, "He", "Emil Brenvik",
        id="he_after_named_owners_son_x_succeeded_him_is_still_the_son"),
    pytest.param(
        (
            "Greta Holmvik ran the farm at Tallow Ford. After the war her daughter Lotte "
            "Holmvik took over the farm. She sold it in 1930.\n"
        ),
        ("Greta Holmvik", "Lotte Holmvik"), 2, "She", "Lotte Holmvik",
        id="she_after_after_the_war_her_daughter_x_took_over_is_the_daughter"),
    pytest.param(
        (
            "Greta Holmvik sued the Varnby Savings Bank in 1920. At first the bank claimed her "
            "sister Lotte Holmvik was liable. She appealed in 1921.\n"
        ),
        ("Greta Holmvik", "Lotte Holmvik"), 2, "She", "Greta Holmvik",
        id="lawsuit_she_after_a_verb_then_her_sister_x_stays_with_the_owner"),
    pytest.param(
        (
            "The Brenvik Mill Company was founded in 1880. The company's best year was 1901. "
            "It made a large profit.\n"
        ),
        ("Brenvik Mill Company",), 2, "It", "Brenvik Mill Company",
        id="it_after_the_companys_best_year_was_a_date_is_the_company"),
    pytest.param(
        (
            "Emil Brenvik founded the Quorrin Bakery in 1890. The bakery's first oven, the "
            "Corwen Oven, was built in Varnby. It burned coal.\n"
        ),
        ("Quorrin Bakery", "Corwen Oven"), 2, "It", "Corwen Oven",
        id="it_after_the_bakerys_oven_x_is_still_the_oven"),
]


@pytest.mark.parametrize(("text", "named", "index", "surface", "label"), TAKES)
def test_rev17c_references(text, named, index, surface, label):
    assert _resolved(text, named, index, surface) == label


def test_choir_it_after_its_home_was_a_hall_does_not_take_the_hall():
    """Before the review the copula made the hall the sentence's subject and "It" took it (a
    hall that sang); the choir is no subject there either, so "It" takes nothing."""
    text = ("The Varnby Choir was founded in 1880. The choir's home was the Corwen Hall. It "
            "sang there every Sunday.\n")
    assert _resolved(text, ("Varnby Choir", "Corwen Hall"), 2, "It") != "Corwen Hall"
