"""Reference resolution, round 10 (precision): invented sentences for each rule (each fails
without it), with a negative test in another genre."""

from __future__ import annotations

from tests.test_entities import by_reference, find, with_mentions


def test_a_description_of_the_whole_takes_the_product_not_its_release():
    entities, mentions = with_mentions(
        "Quillmap is a mapping tool that Ada Harrel first wrote in 2008. "
        "Quillmap 1.0 appeared in June 2010. "
        "By then the project had a second maintainer, Ruth Serrin.\n")
    product, release = find(entities, "Quillmap"), find(entities, "Quillmap 1.0")
    assert product is not None and release is not None and product is not release
    assert by_reference(mentions, product, 2)
    assert not by_reference(mentions, release, 2)


def test_a_model_of_a_maker_keeps_its_description():
    entities, mentions = with_mentions(
        "Dunmarch is a carmaker based in Ostry. "
        "The Dunmarch 2.5 appeared in 1998. "
        "The car sold well in the north.\n")
    maker, model = find(entities, "Dunmarch"), find(entities, "Dunmarch 2.5")
    assert maker is not None and model is not None and maker is not model
    assert not by_reference(mentions, maker, 2)  # the maker is no car


def test_it_after_a_book_subject_is_not_what_the_book_named():
    entities, mentions = with_mentions(
        "Ada Harrel wrote a history of the canal at Ostry. "
        "The book sold well and made the Pellinor Lamp briefly fashionable. "
        "It was the last major work of her life.\n")
    lamp = find(entities, "Pellinor Lamp")
    assert lamp is not None
    assert not by_reference(mentions, lamp, 2)


def test_it_after_an_event_known_by_a_name_keeps_that_name():
    entities, mentions = with_mentions(
        "The Ostry Swimming Club was short of money in 1990. "
        "The funds came from a sponsored swim, an event later known as the Serrin Swim. "
        "It still raises a good share of the club's income.\n")
    swim = find(entities, "Serrin Swim")
    assert swim is not None
    assert by_reference(mentions, swim, 2)
