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
    one = ("Piers Morvable kept a farm above the river. His son Emric Morvable went to sea at "
           "fifteen. Years later his son came back with a parrot.")
    assert _kin(one, "son") == [(2, "Emric Morvable")]
    two = ("Piers Morvable kept a farm above the river. His son Emric Morvable went to sea at "
           "fifteen. His son Tolliver Morvable stayed at home with the goats. Years later "
           "his son came back with a parrot.")
    assert _kin(two, "son") == []  # two sons stated: which one is not said


def test_the_son_of_god_is_no_kinship_phrase():
    text = ("Oswy Gorvey's son, Dathen Gorvey, swept the chapel every morning. Oswy Gorvey "
            "preached that the carpenter was the son of God.")
    # (the merged test compared ("son", label) with (sentence, label) pairs: it could not fail)
    assert _kin(text, "son") == []
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


# Round rev15a (review of kin15): each test below failed on the merged rule.

def test_a_relative_stated_as_a_son_is_no_daughter():
    son = ("Piers Morvable kept a farm above the river. His son Emric Morvable went to sea at "
           "fifteen. Years later his son came back with a parrot.")
    assert _kin(son, "son") == [(2, "Emric Morvable")]
    assert _kin(son.replace("his son came", "his daughter came"), "daughter") == []


def test_the_brothers_give_no_sister():
    text = ("The mill was started by the brothers Tam Quillet and Ansel Quillet. Tam Quillet "
            "ran the looms, while his brother found buyers in the south.")
    assert _kin(text, "brother") == [(1, "Ansel Quillet")]
    assert _kin(text.replace("his brother found", "his sister found"), "sister") == []


def test_married_someone_else_s_sister_is_no_spouse_of_that_person():
    text = ("Gethin Oastley opened a clock shop in Skellbrook in 1901. In 1905 Gethin Oastley "
            "married Hulda Carrowind, a teacher from the coast. His wife later ran the shop "
            "alone.")
    assert _kin(text, "wife") == [(2, "Hulda Carrowind")]
    sister = text.replace("married Hulda Carrowind,", "married Hulda Carrowind's sister,")
    assert _kin(sister, "wife") == []


def test_a_fronted_phrase_before_the_subject_is_no_apposition():
    # "On the death of his father, Tobin …": Tobin is the subject, his father unnamed
    text = ("Gethin Oastley opened a clock shop in Skellbrook in 1901. Gethin Oastley and his "
            "father, Tobin Oastley, mended clocks there. His father had been a watchmaker.")
    assert _kin(text, "father") == [(2, "Tobin Oastley")]
    fronted = text.replace("Gethin Oastley and his father, Tobin Oastley, mended clocks there.",
                           "On the death of his father, Tobin Oastley took over the shop.")
    assert _kin(fronted, "father") == []


def test_a_sister_ship_and_a_mother_tongue_are_no_relatives():
    text = ("Hulda Carrowind launched the Merrow Star in 1901. Hulda Carrowind and her sister, "
            "Ysolde Carrowind, ran the yard. In 1904 Hulda Carrowind launched her sister from "
            "the same slip.")
    assert _kin(text, "sister") == [(2, "Ysolde Carrowind")]
    assert _kin(text.replace("her sister from", "her sister ship from"), "sister") == []
    tongue = ("Ysolde Carrowind and her mother, Hulda Carrowind, came from the coast. Ysolde "
              "Carrowind wrote poems for her mother all her life.")
    assert _kin(tongue, "mother") == [(1, "Hulda Carrowind")]
    assert _kin(tongue.replace("for her mother", "in her mother tongue"), "mother") == []


def test_a_second_wife_is_not_the_one_wife_stated():
    text = ("Gethin Oastley opened a clock shop in Skellbrook in 1901. He married Hulda "
            "Carrowind in 1905, and she kept the accounts. In 1912 his wife came from the "
            "coast.")
    assert _kin(text, "wife") == [(2, "Hulda Carrowind")]
    second = text.replace("his wife came", "his second wife came")
    assert _kin(second, "wife") == []
    stated = second.replace("He married Hulda Carrowind", "His second wife, Hulda Carrowind,"
                            " came")
    assert _kin(stated.replace(" in 1905, and she kept", ", and she kept"), "wife") \
        == [(2, "Hulda Carrowind")]


def test_who_married_a_couple_is_no_spouse():
    text = ("Odric Vennalow kept bees behind the chapel. In 1890 Odric Vennalow married Hulda "
            "Berrow in the chapel. His wife sold the honey.")
    assert _kin(text, "wife") == [(2, "Hulda Berrow")]
    for couple in ("married Tam Quillet and Hulda Berrow", "married Tam Quillet to Hulda Berrow"):
        assert _kin(text.replace("married Hulda Berrow", couple), "wife") == [], couple


def test_her_nephew_has_no_uncle_in_her():
    text = ("Hulda Carrowind and her nephew, Tam Quillet, ran the yard. Tam Quillet later "
            "quarrelled with his aunt.")
    assert _kin(text, "aunt") == [(1, "Hulda Carrowind")]
    uncle = text.replace("his aunt", "his uncle")
    assert _kin(uncle, "uncle") == []


def test_a_fronted_phrase_without_its_comma_is_no_apposition():
    # "On the death of his father Tobin Oastley took over": no comma, Tobin still the subject;
    # "After his father Tobin Oastley died, …" (a comma closes the fronted clause) names him
    text = ("Gethin Oastley opened a clock shop in Skellbrook in 1901. On the death of his "
            "father Tobin Oastley took over the shop. His father had been a watchmaker.")
    assert _kin(text, "father") == []
    closed = text.replace("On the death of his father Tobin Oastley took over the shop.",
                          "After his father Tobin Oastley died, Gethin Oastley sold the shop.")
    assert _kin(closed, "father") == [(2, "Tobin Oastley")]


def test_an_unresolved_her_with_two_women_before_takes_nobody():
    # "her" unresolved and two women before it: the nearer (an object) is no safer than the
    # subject, so nothing is taken; with one woman before it she is the possessor
    text = ("Quenby Oastley had one child, Ysolde Oastley, who kept the books of the yard. "
            "Odric Carrowind had one child, Hulda Carrowind, who sold rope. Ysolde Oastley "
            "thanked Hulda Carrowind and went home to her father.")
    assert _kin(text, "father") == []
    one = text.replace("Ysolde Oastley thanked Hulda Carrowind", "Ysolde Oastley thanked the "
                       "carter")
    assert _kin(one, "father") == [(2, "Quenby Oastley")]
