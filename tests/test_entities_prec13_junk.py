"""Junk nodes, round prec13 (issue 3): a title in another language cut into capitalised
pieces, and a month run on into the name after it. Invented sentences, each failing without
its rule, with a negative test in another genre beside it."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _labels(text: str) -> set[str]:
    entities, _ = with_mentions(text)
    return {e.label for e in entities}


def test_an_italic_title_in_another_language_with_its_translation_is_one_title():
    text = ("In 1893 Orla Venn published a short paper, *Über eine neue Art von Salzen* "
            "(\"On a New Kind of Salts\"), in a local journal.\n")
    entities, _ = with_mentions(text)
    title = find(entities, "Über eine neue Art von Salzen")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "On a New Kind of Salts") is title  # the translation is its alias
    labels = {e.label for e in entities}
    assert "Über" not in labels and "Art von Salzen" not in labels


def test_an_italic_phrase_in_a_bracket_of_lowercase_words_is_no_title():
    text = ("The inspector wrote *sine die* (without a day) in the margin of the Varrow "
            "ledger, and the hearing never resumed.\n")
    assert not any("sine" in label.casefold() for label in _labels(text))


def test_a_month_does_not_run_on_into_the_name_after_it():
    text = ("An old boat is kept in the village hall, where it is still wheeled out each "
            "January for the Kettle Day parade.\n")
    labels = _labels(text)
    assert "Kettle Day" in labels
    assert not any(label.startswith("January") for label in labels)


def test_a_common_word_still_runs_on_with_for_the():
    text = ("The Orlen Society for the Blind opened a reading room in 1902. "
            "The Orlen Society for the Blind still runs it.\n")
    assert "Orlen Society for the Blind" in _labels(text)


def test_an_apposition_summing_up_the_clause_defines_no_term():
    text = ("The lease obliged the miller to leave the lane open for the delivery carts, a "
            "clause that later caused frequent quarrels with the Ossery Carters' Guild.\n")
    assert not any("cart" in label.casefold() and "guild" not in label.casefold()
                   for label in _labels(text))


def test_an_apposition_naming_a_kind_still_defines_a_term():
    text = ("In 1902 the club built a drop-net stand, a timber platform that held two "
            "hundred people beside the pitch.\n")
    assert "drop-net stand" in _labels(text)
