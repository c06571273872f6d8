"""Junk nodes, round prec13 (issue 3): a title in another language cut into capitalised
pieces, and a month run on into the name after it. Invented sentences, each failing without
its rule, with a negative test in another genre beside it."""

from __future__ import annotations

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


def test_a_month_does_not_run_on_into_the_name_after_it():
    text = ("The brass band has played every January for the Kettle Day fair since "
            "1921.\n")
    labels = _labels(text)
    assert "Kettle Day" in labels
    assert not any(label.startswith("January") for label in labels)


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


def test_a_plural_of_people_in_men_keeps_its_possessive_inside_the_name():
    text = ("The new quay angered the Orlen Watermen's Guild, which petitioned the council "
            "in 1902.\n")
    labels = _labels(text)
    assert "Orlen Watermen's Guild" in labels
    assert "Orlen Watermen" not in labels


def test_a_place_ending_in_men_keeps_its_possessive_outside_the_name():
    text = ("In 1902 Yemen's Royal Ferries bought two steamers. Royal Ferries sold them "
            "in 1910.\n")
    labels = _labels(text)
    assert "Royal Ferries" in labels
    assert not any(label.startswith("Yemen's") for label in labels)


def test_a_prize_in_two_fields_is_one_name():
    text = ("In 1931 Orla Venn shared the Vessick Prize in Botany or Zoology with two "
            "colleagues.\n")
    labels = _labels(text)
    assert "Vessick Prize in Botany or Zoology" in labels
    assert "Vessick Prize in Botany" not in labels


def test_or_between_a_prize_and_a_place_joins_nothing():
    text = ("Orla Venn could accept the Vessick Prize in Botany or Oslo University's "
            "chair, and she chose the chair.\n")
    assert not any(" or " in label for label in _labels(text))
