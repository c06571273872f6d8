"""Kinship phrases ("Her husband", "his brother") take up the relative the text stated
before (:mod:`kg.references.kinship`); invented sentences only."""

from __future__ import annotations

from tests.test_entities import reference_triples


def _kin(text: str, noun: str) -> list[tuple[int, str]]:
    """``(sentence, entity label)`` of each reference whose surface is the kin noun."""
    return [(s, label) for s, surface, label in reference_triples(text) if surface == noun]


def test_husband_after_his_wife_named():
    text = ("The Brannow Tannery was founded in 1850 by Odric Vennalow and his wife Maudra "
            "Vennalow. Maudra kept the ledgers and set the prices. Her husband worked the vats "
            "and rarely spoke to buyers.")
    assert _kin(text, "husband") == [(2, "Odric Vennalow")]


def test_wife_after_married():
    text = ("Gethin Oastley opened a clock shop in Skellbrook in 1901. In 1905 Gethin Oastley "
            "married Hulda Carrowind, a teacher from the coast. His wife later ran the shop "
            "alone.")
    assert _kin(text, "wife") == [(2, "Hulda Carrowind")]


def test_father_after_had_one_child():
    text = ("Quenby Oastley had one child, Ysolde Oastley, who kept the books of the yard. "
            "The winters were hard. Ysolde persuaded her father to buy a second lathe.")
    assert _kin(text, "father") == [(2, "Quenby Oastley")]


def test_brother_after_the_brothers():
    text = ("The mill was started by the brothers Tam Quillet and Ansel Quillet. Tam Quillet "
            "ran the looms, while his brother found buyers in the south.")
    assert _kin(text, "brother") == [(1, "Ansel Quillet")]


def test_one_son_named_then_two_sons_in_a_novel():
    one = ("Piers Marrable kept a farm above the river. His son Emric Marrable went to sea at "
           "fifteen. Years later his son came back with a parrot.")
    assert _kin(one, "son") == [(2, "Emric Marrable")]
    two = ("Piers Marrable kept a farm above the river. His son Emric Marrable went to sea at "
           "fifteen. His son Tolliver Marrable stayed at home with the goats. Years later "
           "his son came back with a parrot.")
    assert _kin(two, "son") == []  # two sons stated: which one is not said


def test_the_son_of_god_is_no_kinship_phrase():
    text = ("Oswy Gorvey's son, Dathen Gorvey, swept the chapel every morning. Oswy Gorvey "
            "preached that the carpenter was the son of God.")
    assert ("son", "Dathen Gorvey") not in [(s, label) for _i, s, label in reference_triples(text)]
    assert _kin(text.replace("the son of God", "his son a fool"), "son") == [(1, "Dathen Gorvey")]


def test_grandson_company_is_no_relative():
    text = ("Harlan Tweedy's grandson, Bastian Tweedy, joined the business in 1920. In 1931 "
            "Harlan Tweedy's grandson company was sold to a bank.")
    assert _kin(text, "grandson") == []
    kept = text.replace("grandson company was sold", "grandson sold the company")
    assert _kin(kept, "grandson") == [(1, "Bastian Tweedy")]


def test_a_relation_never_stated_takes_nobody():
    text = ("Ilka Berrow met the mayor, Corvin Dask, at the harbour in 1920. Her father "
            "disliked the new quay.")
    assert _kin(text, "father") == []
    stated = text.replace("Ilka Berrow met", "Ilka Berrow and her father, Corvin Dask, met")
    assert _kin(stated.replace("the mayor, Corvin Dask, ", ""), "father") == [(1, "Corvin Dask")]
