"""Issue 3, aliases round 9: rules found on the outsiders' final4/final5 sets, tested on
invented sentences (kg.people, kg.canonical, kg.given_names)."""

from __future__ import annotations

from tests.test_entities import find, joined, needs_wordfreq
from tests.test_entities import extracted as _entities


@needs_wordfreq
def test_a_surname_is_its_person_not_short_for_a_thing_named_after_them():
    entities = _entities(
        "The station\n"
        "The keeper, Walter Brindlecombe, ran the signal station for thirty years. Brindlecombe "
        "disliked visitors. After his death the county opened the Brindlecombe Hut on the ridge. "
        "The Brindlecombe Hut sleeps twelve walkers. Brindlecombe would have hated it.\n")
    person = joined(entities, "Walter Brindlecombe", "Brindlecombe", rule="surname")
    hut = find(entities, "Brindlecombe Hut")
    assert hut is not None and hut is not person


@needs_wordfreq
def test_a_surname_joins_its_person_though_an_appeal_bears_it():
    entities = _entities(
        "The accident\n"
        "In 1990 the diver Martin Quellaby drowned off the point. Quellaby was 22. "
        "The club launched the Quellaby Appeal a year later. The Quellaby Appeal raised "
        "money for a boat. Quellaby's parents opened it.\n")
    person = joined(entities, "Martin Quellaby", "Quellaby")
    assert find(entities, "Quellaby Appeal") is not person


@needs_wordfreq
def test_a_common_short_first_name_at_a_sentence_start_stays_in_the_name():
    entities = _entities(
        "Founders\n"
        "The club was set up by two friends. Tom Wraxby worked at the quarry. Later Wraxby "
        "led the club.\n")
    person = joined(entities, "Tom Wraxby", "Wraxby", rule="surname")
    assert person.entity_type == "person"


@needs_wordfreq
def test_a_surname_with_a_lowercase_particle_joins_its_person():
    entities = _entities(
        "Computing\n"
        "After the war the physicist Otto von Brannerhof built a calculating engine. In 1951 "
        "Carla Mest and von Brannerhof ran the first trial on it.\n")
    person = joined(entities, "Otto von Brannerhof", "von Brannerhof", rule="surname")
    assert person.entity_type == "person"
    assert find(entities, "Brannerhof") is None  # no node of the name without its particle


@needs_wordfreq
def test_a_surname_with_a_capitalised_particle_joins_its_person():
    entities = _entities(
        "Storms\n"
        "In 1854 the astronomer Aurelien Le Quellec studied a storm. Like Le Quellec, others "
        "built networks of stations.\n")
    joined(entities, "Aurelien Le Quellec", "Le Quellec", rule="surname")
