"""Tests for a bare rare word glossed by a definite apposition between commas
(:mod:`kg.finders.bare_glosses`): "insisted that varnite, the grey clay …, be dried". Small
made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted, find


def test_a_bare_rare_word_glossed_between_commas_is_a_term():
    entities = extracted("The Hobbleton works grew quickly. Its foreman insisted that varnite, "
                         "the grey clay left in the pans, be dried before it was reused.\n")
    assert find(entities, "varnite") is not None


def test_a_list_after_the_apposition_glosses_nothing():
    # a recipe: the comma goes on to the next ingredient
    entities = extracted("Warm the oil in a deep pan. Stir in fenugreek, the toasted seeds of "
                         "the pod, and the onions.\n")
    assert find(entities, "fenugreek") is None


def test_a_fronted_phrase_with_a_determiner_glosses_nothing():
    # a match report: "his tendinitis" is a fronted phrase, "the striker" the main subject
    entities = extracted("Hobbleton drew with Brumley on Saturday. Despite his tendinitis, "
                         "the striker played on, scoring twice before the break.\n")
    assert find(entities, "tendinitis") is None


def test_a_list_going_on_with_a_bare_noun_glosses_nothing():
    # a recipe: "sumac", "the dried lemon peel", "garlic and mint" are four ingredients
    entities = extracted("Brumley kept a kitchen at Hobbleton. She cooked the lamb with sumac, "
                         "the dried lemon peel, garlic and mint.\n")
    assert find(entities, "sumac") is None
    assert find(entities, "Hobbleton") is not None  # the text was read


def test_a_fronted_phrase_opening_the_sentence_glosses_nothing():
    # a craft story: "With tweezers," is fronted; "the jeweller lifted the stone" is the
    # main clause, and "turned" its second verb, not a clause resuming after a gloss
    entities = extracted("Brumley worked at Hobbleton. With tweezers, the jeweller lifted the "
                         "stone, turned it over and set it down.\n")
    assert find(entities, "tweezers") is None
    assert find(entities, "Hobbleton") is not None  # the text was read
