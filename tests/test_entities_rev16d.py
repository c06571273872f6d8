"""rev16d (review of alias16): conflations the alias16 rules made, on invented sentences: a
bracket or heading whose words share only a five-letter start with a different name
(:mod:`kg.merging.cognate_names`), a language run of two words ("called in British English
the lift", :mod:`kg.merging.language_names`) and a heading's generic class name given to the
one longer name it ends (:mod:`kg.merging.heading_short`)."""

from __future__ import annotations

import pytest

from kg.merging.cognate_names import same_words
from tests.test_entities import find, read_file, with_mentions


def _aliases(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_bracket_whose_words_share_only_a_start_is_another_thing():
    # oceanography: an institute and a different institute named for a longer place
    entities, _ = with_mentions("Research\nThe Marinel Institute (Institut Marin) studied tides "
                                "in 1901. The Marinel Institute closed in 1950.\n")
    assert "Institut Marin" not in _aliases(entities, "Marinel Institute")
    entities, _ = with_mentions("Banks\nIn 1880 the Drennick Institute (Institut de Drennickville) "
                                "lent to farmers. The Drennick Institute failed in 1890.\n")
    assert "Institut de Drennickville" not in _aliases(entities, "Drennick Institute")


def test_cognates_need_one_word_the_same_and_close_endings():
    assert same_words(["institute", "orlin"], ["orlin", "institut"])
    assert not same_words(["marinel", "institute"], ["institut", "marin"])
    assert not same_words(["northern", "railway"], ["northumberland", "railway"])


def test_a_heading_sharing_a_five_letter_start_names_another_railway(tmp_path):
    text = ("# Railways\n\n## The Northern Railway\n\nIn 1850 the Northumberland Railway opened a "
            "line. The Northumberland Railway carried coal.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Northern Railway" not in _aliases(entities, "Northumberland Railway")


def test_a_heading_still_gives_a_translated_name(tmp_path):
    text = ("# Measures\n\n## The Institute of Kessik\n\nIn 1790 the standards went to the "
            "Institut de Kessik. The Institut de Kessik kept them until 1850.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Institute of Kessik" in _aliases(entities, "Institut de Kessik")


def test_a_two_word_language_is_no_other_name():
    text = ("Lifts\nThe Quessac Elevator, called in British English the lift, opened in 1901. "
            "The Quessac Elevator still runs.\n")
    entities, _ = with_mentions(text)
    assert "English" not in _aliases(entities, "Quessac Elevator")


def test_a_name_known_in_a_two_word_language_names_the_name_before():
    text = ("Clubs\nThe Fenwold Rowing Club, known in Swiss German as the Ruderverein Fenwold, "
            "won in 1901. The Fenwold Rowing Club lost in 1902.\n")
    entities, _ = with_mentions(text)
    names = _aliases(entities, "Fenwold Rowing Club")
    assert "German" not in names and "Ruderverein Fenwold" in names


def test_a_generic_heading_is_not_the_one_name_it_ends(tmp_path):
    # engineering history: the steam engine in general, and one named engine
    text = ("# Engines\n\n## The Steam Engine\n\nThe Wendrith Steam Engine ran from 1830. Steam "
            "engines spread across Fenwold after 1840.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Steam Engine" not in _aliases(entities, "Wendrith Steam Engine")
    text = ("# Learned bodies\n\n## The Royal Society\n\nIn 1850 the Fenwold Royal Society met "
            "in Quessac. The Fenwold Royal Society printed a journal.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Royal Society" not in _aliases(entities, "Fenwold Royal Society")


def test_a_place_noun_ending_in_ers_is_no_members_name():
    # geography: a bank named for a region of four rivers, and the region
    text = ("Rivers\nThe Bank of the Four Rivers opened in 1850. Floods often struck the Four "
            "Rivers in spring.\n")
    entities, _ = with_mentions(text)
    assert "Four Rivers" not in _aliases(entities, "Bank of the Four Rivers")


def test_an_acronym_usually_shortened_to_names_the_lowercase_term():
    # the alias16 test paraphrased one wording ("later abbreviated in … papers as the X")
    text = ("Harbours\nIn 1880 the board began the Varn harbour survey, usually shortened to "
            "VHS, to chart the sandbanks. The VHS took nine years.\n")
    entities, _ = with_mentions(text)
    assert "VHS" in _aliases(entities, "Varn harbour survey")


@pytest.mark.xfail(strict=True, reason="rev16d, not fixed: a heading's person without the "
                   "middle name goes to the one relative written with it")
def test_a_heading_person_is_not_the_relative_with_a_middle_name(tmp_path):
    # a weaver's life: the daughter, written only by surname, and her mother
    text = ("# Weavers\n\n## Ada Vennel\n\nBorn in Quessac in 1850, Vennel was the daughter of "
            "the weaver Ada Sennick Vennel. Ada Sennick Vennel died in 1870.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Ada Vennel" not in _aliases(entities, "Ada Sennick Vennel")


@pytest.mark.xfail(strict=True, reason="rev16d, not fixed: no type is known when forms group")
def test_a_band_of_the_members_name_is_not_the_guild():
    # music: a rock band named like the members of an old guild
    text = ("Music\nThe Guild of Lamp-Trimmers was founded in 1761 in Quessac. In 1965 the "
            "Lamp-Trimmers, a rock band from Fenwold, released an album.\n")
    entities, _ = with_mentions(text)
    assert "Lamp-Trimmers" not in _aliases(entities, "Guild of Lamp-Trimmers")
