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
