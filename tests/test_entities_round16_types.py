"""Entity types, round 16: invented sentences for each cue (each fails without it), with a
negative test in another genre."""

from __future__ import annotations

import pytest

from tests.test_entities import find, with_mentions


def _type(text: str, name: str) -> str:
    entities, _ = with_mentions(text)
    entity = find(entities, name)
    assert entity is not None, f"no entity {name!r}"
    return entity.entity_type


def test_a_name_headed_by_an_idea_noun_is_a_concept():
    text = ("In 1931 the chemist Ada Pellam found that old glass darkens in sunlight. "
            "The change is still called the Pellam effect. "
            "Later work on the Pellam effect used coloured filters.\n")
    assert _type(text, "Pellam effect") == "concept"


def test_a_one_word_name_like_an_idea_noun_is_no_concept():
    text = ("The band Theory played in Harlow in 1988. Theory released two albums. "
            "Critics liked Theory.\n")
    entities, _ = with_mentions(text)
    theory = find(entities, "Theory")
    assert theory is not None and theory.entity_type != "concept"


def test_the_town_of_a_name_is_a_place():
    text = ("Ivo Renk was a clerk from the inland town of Harl Ossing who moved to the coast. "
            "He returned to Harl Ossing in 1890.\n")
    assert _type(text, "Harl Ossing") == "place"


def test_the_son_of_a_person_is_still_a_person():
    text = ("Tobin Vennel was the son of Ruth Tallis, a weaver. "
            "Ruth Tallis ran a shop in the market.\n")
    assert _type(text, "Ruth Tallis") == "person"


def test_a_description_set_before_a_name_between_commas_types_it():
    text = ("The gallery recovered the loss from the shipper's insurer, Morvane Assurances, "
            "in 2012. Morvane Assurances paid half.\n")
    assert _type(text, "Morvane Assurances") == "organization"


def test_a_description_of_another_noun_after_of_types_nothing():
    text = ("The head of the laboratory, Ivo Renk, resigned in 1990. "
            "Renk later taught chemistry.\n")
    assert _type(text, "Ivo Renk") == "person"


def test_a_business_named_for_its_works_is_an_organisation():
    text = ("Wenning Brewery was built beside the Lune in 1820. "
            "Wenning Brewery closed in 1990.\n")
    assert _type(text, "Wenning Brewery") == "organization"


def test_a_person_whose_first_word_is_a_given_name_keeps_a_works_surname():
    text = ("Ann Foundry taught in Harlow. Ann Foundry said she liked the town. "
            "She retired in 1990.\n")
    assert _type(text, "Ann Foundry") == "person"


def test_a_name_headed_by_a_noun_of_an_event_is_an_event():
    text = ("The Dunvale Walkout began in May 1911. "
            "During the Dunvale Walkout the mills stood idle.\n")
    assert _type(text, "Dunvale Walkout") == "event"


def test_an_office_named_for_a_war_is_no_event():
    text = ("The War Office bought the Dunvale mills in 1914. "
            "The War Office sold them in 1920.\n")
    assert _type(text, "War Office") == "organization"


def test_a_lane_is_a_place_but_not_a_woman_surnamed_lane():
    text = ("The shop stood on Quessing Lane from 1871. "
            "Quessing Lane was paved in 1890. "
            "Ann Lane said she ran the shop. Ann Lane retired in 1920.\n")
    assert _type(text, "Quessing Lane") == "place"
    assert _type(text, "Ann Lane") != "place"  # a given name first: no street


def test_a_fronted_place_phrase_before_a_name_types_nothing():
    text = ("At the firm, Pelwyn Quenn, then thirty, rose fast. "
            "Pelwyn Quenn retired in 1990.\n")
    assert _type(text, "Pelwyn Quenn") == "person"  # where he was, not what he was



def test_a_band_named_theory_is_no_concept():
    text = "Quorrel Theory is a rock band from Harlow. Quorrel Theory split in 1994.\n"
    assert _type(text, "Quorrel Theory") == "organization"


def test_a_band_named_fire_is_no_event():
    text = "Quorrel Fire is a rock band from Harlow. Quorrel Fire split in 1994.\n"
    assert _type(text, "Quorrel Fire") == "organization"


def test_a_list_item_after_a_noun_takes_no_kind_from_it():
    text = ("The tour took in the museum, Pelmor Tower, and the old church. "
            "Pelmor Tower dates from 1200.\n")
    assert _type(text, "Pelmor Tower") == "place"  # a list of three, no apposition


def test_a_person_surnamed_flood_is_no_event():
    text = ("Orla Vesk's father, Pelwyn Flood, was a miller. "
            "Pelwyn Flood died in 1901.\n")
    assert _type(text, "Pelwyn Flood") == "person"  # no article: a person's shape


@pytest.mark.parametrize("action", ["Boycott", "Mutiny", "Walkout"])
def test_a_groups_collective_action_after_its_plural_possessive_is_one_name(action):
    # a mill town's history; kind_nouns once defined EVENT_HEADS twice, and the second list
    # (events typed by their head) silently replaced the actions the possessive rule reads
    text = (f"In 1842 the Pelmor Weavers’ {action} closed every loom in the town. "
            f"The Pelmor Weavers’ {action} lasted a month.\n")
    entities, _ = with_mentions(text)
    assert find(entities, f"Pelmor Weavers’ {action}") is not None
