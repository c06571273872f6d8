"""Tests for :mod:`kg.finders.singletons`: a common one-word name written once, mid-sentence, on its
own is kept; the same word in a quotation, a title or also written lowercase is not. Small
made-up documents."""

from __future__ import annotations

from kg.finders.singletons import free_singletons
from kg.finders.units import Span, Unit
from kg.words.tokens import tokenize
from tests.test_entities import extracted, find

_LAMP = ("Ruth Tallis designed the Pelmor lamp in a shed near the quarry. The Pelmor lamp "
         "burned whale oil at first. ")


def test_a_common_place_name_written_once_mid_sentence_is_kept():
    entities = extracted(_LAMP + "Within a decade the lamp was sold in Chicago and across "
                         "the plains.\n")
    assert find(entities, "Chicago") is not None


def test_two_such_names_joined_by_and_are_both_kept():
    entities = extracted(_LAMP + "Her brother shipped the lamps to Mexico and Italy by sea.\n")
    assert find(entities, "Mexico") is not None
    assert find(entities, "Italy") is not None


def test_the_same_name_opening_its_sentence_is_not_kept():
    entities = extracted(_LAMP + "Chicago bought four hundred of them in one year.\n")
    assert find(entities, "Chicago") is None


def test_a_quoted_word_a_title_word_and_a_one_letter_name_are_not_kept():
    entities = extracted(_LAMP + "Its dial marked “Garden” at the top. The lamp won the Medal "
                         "of the Month in 1903, and a rival model was called simply T for "
                         "years.\n")
    assert find(entities, "Garden") is None
    assert find(entities, "Month") is None
    assert find(entities, "T") is None


def test_a_word_the_text_also_writes_in_lowercase_is_not_kept():
    entities = extracted(_LAMP + "Her scheme Light the Garden paid for lamps in every garden "
                         "of the town.\n")
    assert find(entities, "Garden") is None


def test_a_brand_used_as_a_verb_after_a_modal_is_not_kept():
    entities = extracted(_LAMP + "Buyers could Google the maker, and many would Facebook it.\n")
    assert find(entities, "Google") is None
    assert find(entities, "Facebook") is None


def test_an_interjection_in_mid_sentence_is_not_kept():
    entities = extracted(_LAMP + "The crowd gasped and then Wow, the whole street was lit.\n")
    assert find(entities, "Wow") is None


def test_a_plural_weekday_is_not_kept():
    entities = extracted(_LAMP + "The lamp makers met on Fridays in the back room.\n")
    assert find(entities, "Fridays") is None


def _units(*sentences: str) -> list[Unit]:
    return [Unit("d", tokenize(s), i, "s") for i, s in enumerate(sentences)]


def test_free_singletons_takes_a_word_used_once_not_twice():
    units = _units("Trade with Chicago grew fast.", "Lamps went to Mexico by sea.",
                   "Ships from Mexico came back.")
    spans = [Span(0, 2, 3, "name"), Span(1, 3, 4, "name"), Span(2, 2, 3, "name")]
    assert free_singletons(units, spans) == {("chicago",)}


# kg.finders.eponyms: a name written once, right after "the" and before a lowercase noun that ends
# the phrase, takes the noun ("the Quenmoor massif"), as a pair seen twice does.

_ROCKS = "Geologists have mapped the old crust of the island for a century. "


def test_a_name_written_once_after_the_takes_its_noun():
    entities = extracted(_ROCKS + "The best section is the Quenmoor massif in the north.\n")
    assert find(entities, "Quenmoor massif") is not None
    assert find(entities, "Quenmoor") is None


def test_a_name_once_after_a_stays_apart_from_its_noun():
    entities = extracted(_ROCKS + "The island once heard a Quenmoor symphony in the north.\n")
    assert find(entities, "Quenmoor symphony") is None


def test_a_name_once_before_a_longer_noun_phrase_takes_no_part_of_it():
    entities = extracted(_ROCKS + "The best section lies under the Quenmoor ice sheet.\n")
    assert find(entities, "Quenmoor ice") is None


def test_a_name_written_again_elsewhere_takes_no_noun_from_one_use():
    entities = extracted(_ROCKS + "The best section is the Quenmoor massif in the north. "
                         "Quenmoor lies far from the sea.\n")
    assert find(entities, "Quenmoor massif") is None


def test_a_season_written_once_after_the_takes_no_noun():
    entities = extracted(_ROCKS + "The best maps were shown in the Spring collection.\n")
    assert find(entities, "Spring collection") is None
