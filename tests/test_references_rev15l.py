"""rev15l: review of ref15k (:mod:`kg.references.second_clause`, :mod:`kg.references.final_pair`,
:mod:`kg.references.new_terms`); each test a defect found, on invented sentences."""

from __future__ import annotations

from tests.test_entities import reference_sets


def test_its_after_a_second_agent_who_names_nothing_keeps_the_first_subject():
    # music and trade: the last clause premieres or buys a thing, naming nothing; "Its
    # players", "Its shares" are the first subject's
    orchestra = ("Music\nThe Halvry Orchestra toured Asia in 1990, and the conductor Olwen "
                 "Tarrick premiered the Pelmor Symphony. Its players were paid little.\n")
    firm = ("Cars\nHalvry Motors posted a loss in 1990, and the dealer Olwen Tarrick bought the "
            "Pelmor Roadster. Its shares fell sharply.\n")
    assert reference_sets(orchestra).get("1:Its") == {"Halvry Orchestra"}
    assert reference_sets(firm).get("1:Its") == {"Halvry Motors"}


def test_its_after_a_second_agent_naming_a_thing_as_still_takes_it():
    text = ("Bells\nThe bell firm Halvry Brothers supplied the bronze, and in 1902 the Kessly "
            "Guild hung a bell as the Pelmor Tenor. Its tone carried across the valley.\n")
    assert reference_sets(text).get("1:Its") == {"Pelmor Tenor"}


def test_they_after_a_pair_greeted_by_a_crowd_takes_no_pair():
    # music: the plural subject of the sentence ("fans") is what "They" stands for
    text = ("Music\nAt the station thousands of fans greeted Olwen Tarrick and her husband "
            "Tom Lind. They waved flags and sang.\n")
    assert "1:They" not in reference_sets(text)


def test_the_instrument_after_a_sentence_naming_the_kind_is_not_the_term():
    # music: the sentence between names the violin in general; "The instrument" is the kind
    text = ("Music\nOlwen Tarrick first played the Pelmor Stradivarius in 1990. She had taken "
            "up the violin at six in Kessly. The instrument suits small hands.\n")
    assert "2:The instrument" not in reference_sets(text)
