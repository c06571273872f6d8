"""read19, the second reading of session 19's whole change: a defect found on invented
sentences, with a test that fails without its fix and a negative in another genre. A relative
clause after a town named in a firm's apposition ("Quenby Marine, a boatbuilder in Quendrow,
which the owners renamed Quenby Yachts") gave the firm's new name to the town, a place and a
firm conflated (:func:`kg.references.relative_renames._after_of`)."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_a_town_in_an_apposition_takes_no_new_name_from_the_relative_clause():
    # a boatyard's history: the town after "in" is no owner of the clause after it
    found = typed_aliases("The club ordered a new eight from Quenby Marine, a boatbuilder in "
                          "Quendrow, which the owners renamed Quenby Yachts in 1950. Quenby Yachts "
                          "closed in 1971.")
    assert "Quendrow" in found and "Quenby Yachts" in found
    assert "Quenby Yachts" not in found["Quendrow"][1]


def test_a_house_bought_by_a_guild_still_takes_its_new_name():
    # negative, another genre (a guild's records): the name after a verb owns the clause
    found = typed_aliases("In 1950 the guild bought Pellam House, which the members renamed "
                          "Coldry Hall. Coldry Hall burned in 1962.")
    assert "Coldry Hall" in found["Pellam House"][1]


def test_a_firm_after_bought_by_still_takes_its_new_name():
    # negative, a business history: "by" after a verb is no place's preposition
    found = typed_aliases("In 1950 the mill was bought by Tarvell Limited, which the owners "
                          "renamed Breckworks. Breckworks closed in 1971.")
    assert "Breckworks" in found["Tarvell Limited"][1]
