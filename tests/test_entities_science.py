"""Names in histories of science and technique: invented sentences (no eval set's names)."""

from __future__ import annotations

from tests.test_entities import extracted, find, joined, needs_wordfreq


@needs_wordfreq
def test_a_common_noun_opening_a_sentence_before_for_is_no_name_of_its_own():
    entities = extracted(
        "The kiln\n"
        "Dorn Ostrik was a potter from the hills. In 1950 Ostrik built a new kind of kiln. "
        "Ostrik's kiln fired faster than any other.\n"
        "Recognition for Ostrik followed quickly. He died in 1990.\n")
    person = joined(entities, "Dorn Ostrik", "Ostrik")
    assert person.entity_type == "person"
    assert find(entities, "Recognition for Ostrik") is None


@needs_wordfreq
def test_a_technique_named_again_through_the_method_is_known_as():
    entities = extracted(
        "A Short History of Cold Hide Bonding\n"
        "Cold hide bonding is, at heart, a way of joining two skins without heat. "
        "Binders in three countries adopted it within a decade. "
        "The method is universally known as **CVX**, and its story is a long one.\n"
        "Early trials\n"
        "The first binders to try cold hide bonding worked in small shops.\n")
    technique = joined(entities, "cold hide bonding", "CVX")
    assert technique.entity_type == "technique"


@needs_wordfreq
def test_a_way_of_doing_something_after_a_parenthesis_types_a_technique():
    entities = extracted(
        "Methods\n"
        "Dry resin transfer is, in short, a way of making moulds from powder. "
        "Workshops used dry resin transfer for decades. Dry resin transfer is still taught.\n")
    assert find(entities, "dry resin transfer").entity_type == "technique"
