"""A subject "It" after a sentence whose subject is a person takes the one thing that
sentence named outside a prepositional phrase, a term too (:func:`kg.references.it_objects.
_object_of`). Invented sentences, with negatives in another genre."""

from __future__ import annotations

from tests.test_entities import find
from tests.test_references_more import _entities, _referenced

LAB = ("The Tollary Lamp Works\n"
       "The Tollary Lamp Works made signal lamps. In 1931 Ruth Tallis at the Tollary Lamp Works "
       "built the first **quennel-discharge lamp**. It burned for a month without a new wick.\n")


def test_it_after_a_person_takes_the_thing_she_built_not_the_firm_she_worked_at():
    entities, mentions, sentences = _entities(LAB)
    lamp, works = find(entities, "quennel-discharge lamp"), find(entities, "Tollary Lamp Works")
    assert lamp is not None and works is not None and lamp is not works
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It burned"))
    assert _referenced(mentions, sentences, lamp, index)
    assert not _referenced(mentions, sentences, works, index)


def test_it_after_a_person_takes_the_term_she_named():
    entities, mentions, sentences = _entities(
        "Varn Geology\n"
        "Ottilie Sarn studied the cliffs for a decade. Ottilie Sarn named this layer the "
        "**Quarnwick seam**. It runs under the whole county.\n")
    seam = find(entities, "Quarnwick seam")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It runs"))
    assert seam is not None and _referenced(mentions, sentences, seam, index)


def test_it_after_a_person_takes_no_place_or_second_person_she_met():
    # another genre: a travel diary, where "It" is the weather, not the town or the friend
    _, mentions, sentences = _entities(
        "Diary\n"
        "In 1931 Ruth Tallis met Edda Quorn in Tollaby. It rained all week.\n")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It rained"))
    assert not any(m.sentence == index and m.via == "reference" for m in mentions)


def test_it_after_two_firms_joined_by_and_takes_what_they_released():
    entities, mentions, sentences = _entities(
        "Lamps\n"
        "In 1954 Tamsey Optical Ltd and the Quorn Lamp Company released the **Tarnel-9**, "
        "the first pocket signal lamp. It used two cells and sold for $12.\n")
    lamp, firm = find(entities, "Tarnel-9"), find(entities, "Tamsey Optical Ltd")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It used"))
    assert lamp is not None and _referenced(mentions, sentences, lamp, index)
    assert firm is not None and not _referenced(mentions, sentences, firm, index)


def test_it_after_one_body_that_sang_two_things_takes_the_body():
    # another genre: a parish newsletter, "and" joins the objects, not the subject
    entities, mentions, sentences = _entities(
        "Parish news\n"
        "The Quorn Parish Choir sang hymns and carols at Easter. It meets every Tuesday.\n")
    choir = find(entities, "Quorn Parish Choir")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It meets"))
    assert choir is not None and _referenced(mentions, sentences, choir, index)


def test_it_that_took_years_to_do_something_takes_nothing():
    # review rev14e: a dummy "It took … to …" took the term the person's sentence named
    _, mentions, sentences = _entities(
        "Varn Geology\n"
        "Ruth Tallis studied the **quennel effect** in 1890. It took ten years to finish "
        "the work.\n")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It took"))
    assert not any(m.sentence == index and m.surface == "It" for m in mentions)


def test_it_after_two_places_joined_by_and_takes_what_they_share():
    # review rev14e: another genre, a gazetteer; the first place, a lone word opening the
    # sentence, is no entity, and "It" took the second
    entities, mentions, sentences = _entities(
        "Gazetteer\n"
        "Kessby and Pelmor share the Wendlecombe Valley. It is famous for its cheese.\n")
    valley = find(entities, "Wendlecombe Valley")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It is"))
    assert valley is not None and _referenced(mentions, sentences, valley, index)
    town = find(entities, "Pelmor")
    assert town is None or not _referenced(mentions, sentences, town, index)


def test_it_of_a_span_of_time_takes_nothing_but_a_used_mill_is_the_mill():
    # review rev14e: "It would be ten years before …" is a dummy; "It was used for a year
    # before …" is the thing the person's sentence named
    entities, mentions, sentences = _entities(
        "Varn Geology\n"
        "Ruth Tallis studied the **quennel effect** in 1890. It would be ten years before "
        "she published.\n")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It would"))
    assert not any(m.sentence == index and m.surface == "It" for m in mentions)
    entities, mentions, sentences = _entities(
        "Mills\n"
        "Ruth Tallis bought the Quorn Mill in 1890. It was used for a year before the fire.\n")
    mill = find(entities, "Quorn Mill")
    index = next(i for i, s in enumerate(sentences) if s.text.startswith("It was used"))
    assert mill is not None and _referenced(mentions, sentences, mill, index)
