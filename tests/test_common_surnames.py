"""A bare surname that is also a frequent English word ("Carter", "Bell") joins its person
(kg.merging.people.known_people). Small made-up documents."""

from __future__ import annotations

import pytest

from kg.entities import extract_entities
from tests.test_entities import build, find, joined, needs_wordfreq
from tests.test_entities import extracted as _entities
from tests.test_entities_aliases import find_label


@needs_wordfreq
def test_a_common_bare_surname_joins_its_person():
    entities = _entities(
        "Early work\n"
        "The chemist John Carter identified a new kind of glaze in 1965. Carter predicted "
        "that such glazes would be common. Later Carter retired to the coast.\n")
    person = joined(entities, "John Carter", "Carter", rule="surname")
    assert person.label == "John Carter"
    assert person.entity_type == "person"


@pytest.mark.parametrize("first", ["Bob", "Dan", "Liz", "Matt"])
@needs_wordfreq
def test_a_short_given_name_at_a_sentence_start_keeps_its_person(first):
    entities = _entities(
        "The press\n"
        f"{first} Jones founded the Tarvel Press in 1990. Jones sold it in 2001.\n")
    assert joined(entities, f"{first} Jones", "Jones").label == f"{first} Jones"


@pytest.mark.parametrize("first, last", [("Alexander Graham", "Bell"), ("Adam", "Smith"),
                                         ("Harold", "Mason")])
@needs_wordfreq
def test_a_surname_that_is_an_english_word_joins_at_a_sentence_start_or_mid_sentence(first, last):
    entities = _entities(
        f"History\n"
        f"The inventor {first} {last} lived by the harbour. In 1876 {last} built a boat. "
        f"{last} later sailed it to the islands.\n")
    assert joined(entities, f"{first} {last}", last).label == f"{first} {last}"


@needs_wordfreq
def test_a_common_surname_shared_by_two_people_is_the_one_named_most_recently():
    docs, sections, sentences = build(
        "The Bells\n"
        "The first lamps were made by Mary Bell, engineer to the Osk Harbour Board. The lamps "
        "burned whale oil. Keepers lit them at dusk. Keepers trimmed the wicks every hour. Her "
        "son Tomek Bell built the Varne Light. Bell retired in 1880.\n")
    entities, mentions = extract_entities(docs, sections, sentences)
    tomas = find_label(entities, "Tomek Bell")
    by_sentence = {(m.sentence, m.surface): m.entity for m in mentions}
    assert by_sentence[(5, "Bell")] == tomas.id
    assert find_label(entities, "Mary Bell").id != tomas.id


@needs_wordfreq
def test_a_common_word_after_the_or_used_as_a_place_stays_apart():
    entities = _entities(
        "History\n"
        "The general George Washington led the army. The city of Washington was named after "
        "him. Many people in Washington work for the government. The mayor Elizabeth Line "
        "opened a railway. The Line carries many people, and Line trains are busy.\n")
    assert find(entities, "Washington") is not find(entities, "George Washington")
    assert find(entities, "Line") is not find(entities, "Elizabeth Line")


@needs_wordfreq
def test_a_full_name_that_opens_a_sentence_keeps_its_frequent_given_name():
    # "John" is a frequent word, but a listed given name before a capitalised word opens a name
    entities = _entities(
        "Early work\n"
        "John Carter founded a pottery firm in 1965. Carter predicted that such glazes would "
        "be common.\n")
    person = joined(entities, "John Carter", "Carter")
    assert person.entity_type == "person"
    assert find(entities, "John") is None
