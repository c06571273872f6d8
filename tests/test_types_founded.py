"""A name right after a verb of founding ("left to found X", "founded X") is a body, not a
person (:func:`kg.kinds.type_cues._founded`). Invented sentences, with a negative in another
genre."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_name_after_to_found_is_an_organisation():
    entities, _ = with_mentions(
        "Makers\n"
        "Ruth Tallis hired able engineers but paid them badly, and in 1931 six of them, "
        "including Edda Quorn and Osmund Parrel, left to found Tamsey Optical.\n")
    firm = find(entities, "Tamsey Optical")
    assert firm is not None and firm.entity_type == "organization"


def test_a_person_after_found_without_to_stays_a_person():
    # another genre: a walking diary, where "found" is the past of "find"
    entities, _ = with_mentions(
        "Diary\n"
        "On the third day we walked up the valley and found Hobart Linsey asleep by the gate. "
        "Hobart Linsey said he had walked all night.\n")
    walker = find(entities, "Hobart Linsey")
    assert walker is not None and walker.entity_type == "person"


def test_a_town_a_person_founded_stays_a_place():
    # review rev14e: a place-shaped name after "founded" took the organisation cue over the
    # place cue of "lived in Kessby"; the cue now counters only a person's shape
    entities, _ = with_mentions(
        "Settlement\n"
        "Ruth Tallis founded Kessby in 1852. By 1860 two thousand people lived in Kessby.\n")
    town = find(entities, "Kessby")
    assert town is not None and town.entity_type == "place"
