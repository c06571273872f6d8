"""rel19: wordings of fresh factual histories whose references went unresolved or wrong: a
person typed a thing (an apposition's "who", a common surname after two given names), a
person taken up by a trade or a nationality never given anyone ("The inventor", "The
Frenchman's"), a firm typed other ("X sold its …"), and a sentence glued at "D.C.". Each
positive test fails without its rule; each negative, in another genre, is a sentence where
the rule must not fire."""

from __future__ import annotations

from tests.test_entities import reference_triples, typed_aliases
from tests.test_splitter import _texts as _sentences


def test_who_after_an_apposition_makes_a_person():
    text = ("Ossian Tarvelle, a Dorrick manufacturer who had bought a mill after the war, paid "
            "the inventors for their patent. He spent years improving the ball.\n")
    assert typed_aliases(text)["Ossian Tarvelle"][0] == "person"
    assert (1, "He", "Ossian Tarvelle") in reference_triples(text)


def test_which_after_an_apposition_keeps_a_firm():
    # trade news: a manufacturer that is a firm, as "which" says
    text = ("Quenwick, a Dorrick manufacturer which makes gaskets, opened a plant in 1990. "
            "Quenwick later sold the plant.\n")
    assert typed_aliases(text)["Quenwick"][0] != "person"


def test_two_given_names_make_a_common_surname_a_person():
    text = ("Henry Arthur Field had won a prize for the telephone, and with the money he set up "
            "a laboratory in Orvale.\n")
    assert typed_aliases(text)["Henry Arthur Field"][0] == "person"


def test_one_given_name_before_a_common_word_is_no_person():
    # transport: a railway line named after a queen keeps its place
    text = "The Elizabeth Line opened in 2022. Trains on the Elizabeth Line run every minute.\n"
    assert typed_aliases(text)["Elizabeth Line"][0] != "person"


def test_the_inventor_is_the_one_person_just_named():
    text = ("# The horn\n\nWhen Tobren Quask shouted into the horn, the machine answered him. "
            "The inventor filed a patent in 1877.\n")
    assert (1, "The inventor", "Tobren Quask") in reference_triples(text)


def test_a_modified_trade_and_a_nationality_are_the_person_just_named():
    text = ("# Pens\n\nOssian Tarvelle had emigrated from Dorrick as a young man. The "
            "Dorrick-born chemist patented the dye in 1887. He paid the Quask brothers well. "
            "The Frenchman's pen went on sale in 1950.\n")
    refs = reference_triples(text)
    assert (1, "The Dorrick-born chemist", "Ossian Tarvelle") in refs
    assert (3, "The Frenchman's", "Ossian Tarvelle") in refs
    assert "Frenchman" not in typed_aliases(text)


def test_a_trade_brought_in_anew_is_no_one_named():
    # a workshop's story: "a chemist" is someone new, and "The son" is another one
    text = ("# Works\n\nOrvid Pallace hired a chemist in 1890. The chemist found the leak. "
            "Orvid Pallace retired in 1901. The son took over the works.\n")
    refs = reference_triples(text)
    assert not [r for r in refs if r[1] in ("The chemist", "The son")], refs


def test_a_trade_after_two_people_is_left_alone():
    # a meeting of two: "The inventor" may be either
    text = ("# Meeting\n\nOrvid Pallace met Tobren Quask in Orvale. The inventor showed off "
            "the press.\n")
    assert not [r for r in reference_triples(text) if r[1] == "The inventor"]


def test_a_name_ending_in_a_peoples_noun_is_kept():
    # shipping: a steamer so named is a name of its own
    text = "The Orvale Dutchman, a paddle steamer, sailed in 1850. The Orvale Dutchman sank.\n"
    assert "Orvale Dutchman" in typed_aliases(text)


def test_a_name_that_sold_its_division_is_a_firm():
    text = ("# Pens\n\nQuenwick had already paid the Dorrick company for the rights. The firm sued "
            "Orvid Pallace in 1946. Quenwick sold its pen division in 1951.\n")
    assert typed_aliases(text)["Quenwick"][0] == "organization"
    assert (1, "The firm", "Quenwick") in reference_triples(text)


def test_a_person_who_sold_his_press_stays_a_person():
    # a printer's life: "his", not "its"
    text = "Tobren Quask sold his press in 1920. Tobren Quask then sold the shop.\n"
    assert typed_aliases(text)["Tobren Quask"][0] == "person"


def test_a_country_that_sold_its_gold_stays_a_place():
    # economic history: a country sells its gold too
    text = ("Trade grew in Tarvania after 1900. In 1931 Tarvania sold its gold reserves to pay "
            "the debt. Farmers in Tarvania grew wheat.\n")
    assert typed_aliases(text)["Tarvania"][0] == "place"


def test_a_dotted_abbreviation_ends_a_sentence_before_a_person():
    text = "The improvements came from Orvale, D.C. Henry Tarvelle had won a prize.\n"
    assert _sentences(text) == ["The improvements came from Orvale, D.C.",
                                "Henry Tarvelle had won a prize."]


def test_a_dotted_abbreviation_before_a_name_of_a_body_ends_nothing():
    # defence: "U.S." begins the name of a body
    text = "In 1950 the U.S. Navy bought the Orvale yard.\n"
    assert _sentences(text) == ["In 1950 the U.S. Navy bought the Orvale yard."]
