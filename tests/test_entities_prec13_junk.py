"""Junk nodes, round prec13 (issue 3): a title in another language cut into capitalised
pieces, and a month run on into the name after it. Invented sentences, each failing without
its rule, with a negative test in another genre beside it."""

from __future__ import annotations

import pytest

from tests.test_entities import find, with_mentions


def _labels(text: str) -> set[str]:
    entities, _ = with_mentions(text)
    return {e.label for e in entities}


def test_an_italic_title_in_another_language_with_its_translation_is_one_title():
    text = ("In 1893 Orla Venn sent a short paper, *Über die Salze der Vossküste* "
            "(\"On the Salts of the Voss Coast\"), to a local journal.\n")
    entities, _ = with_mentions(text)
    title = find(entities, "Über die Salze der Vossküste")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "On the Salts of the Voss Coast") is title  # its translation
    labels = {e.label for e in entities}
    assert "Über" not in labels and "Salze der Vossküste" not in labels


def test_an_italic_phrase_in_a_bracket_of_lowercase_words_is_no_title():
    text = ("The inspector wrote *sine die* (without a day) in the margin of the Pelmor "
            "ledger, and the hearing never resumed.\n")
    assert not any("sine" in label.casefold() for label in _labels(text))


@pytest.mark.parametrize(("text", "name", "not_opened_by"), [
    pytest.param("The brass band has played every January for the Kettle Day fair since "
                 "1921.\n", "Kettle Day", "January",
                 id="a-month-does-not-run-on-into-the-name-after-it"),
    pytest.param("In 1902 Yemen's Royal Ferries bought two steamers. Royal Ferries sold them "
                 "in 1910.\n", "Royal Ferries", "Yemen's",
                 id="a-place-ending-in-men-keeps-its-possessive-outside-the-name"),
])
def test_a_word_before_a_name_stays_outside_it(text, name, not_opened_by):
    labels = _labels(text)
    assert name in labels
    assert not any(label.startswith(not_opened_by) for label in labels)


def test_a_common_word_still_runs_on_with_for_the():
    text = ("The Orlen Society for the Blind opened a reading room in 1902. "
            "The Orlen Society for the Blind still runs it.\n")
    assert "Orlen Society for the Blind" in _labels(text)


def test_an_apposition_summing_up_the_clause_defines_no_term():
    text = ("The lease obliged the miller to leave the lane open for the delivery carts, a "
            "clause that angered the Ossery Carters' Guild for decades.\n")
    assert not any("cart" in label.casefold() and "guild" not in label.casefold()
                   for label in _labels(text))


def test_an_apposition_naming_a_kind_still_defines_a_term():
    text = ("In 1902 the club built a drop-net stand, a timber platform that held two "
            "hundred people beside the pitch.\n")
    assert "drop-net stand" in _labels(text)


@pytest.mark.parametrize(("text", "name", "cut_short"), [
    pytest.param("The new quay angered the Orlen Watermen's Guild, which petitioned the council "
                 "in 1902.\n", "Orlen Watermen's Guild", "Orlen Watermen",
                 id="a-plural-of-people-in-men-keeps-its-possessive-inside-the-name"),
    pytest.param("In 1931 Orla Venn shared the Vessick Prize in Botany or Zoology with two "
                 "colleagues.\n", "Vessick Prize in Botany or Zoology", "Vessick Prize in Botany",
                 id="a-prize-in-two-fields-is-one-name"),
])
def test_a_name_is_not_cut_short(text, name, cut_short):
    labels = _labels(text)
    assert name in labels
    assert cut_short not in labels


def test_or_between_a_prize_and_a_place_joins_nothing():
    text = ("Orla Venn could accept the Vessick Prize in Botany or Oslo University's "
            "chair, and she chose the chair.\n")
    assert not any(" or " in label for label in _labels(text))
