"""nick18: review of two older alias rules on invented sentences. "called it X" after a
sentence opening with a person or a year does not rename that person or year
(:func:`kg.merging.name_changes.pronoun_renamings`); a style ("Critics called it Brutalism",
"called it Thurlock Modern") is no name of the building either rule takes it to
(:func:`kg.merging.plain_calls.style_name`); and after a sentence that gives "it" as an object
("The Vennaby Company sold it widely"), "called it X" is not a name of the sentence's named
firm (:func:`kg.merging.plain_calls.object_it`). Each join the rules still make is kept."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _forms(text: str, form: str) -> tuple[set[str], list]:
    entities, _ = with_mentions(text)
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}, entities


def test_a_product_nickname_is_not_given_to_the_person_who_sold_it():
    forms, _ = _forms("Kitchens\nAda Quessford sold the Brennick Stove to the Vennaby Company. "
                      "Cooks called it Old Iron.\n", "Old Iron")
    assert "Ada Quessford" not in forms


def test_a_product_nickname_is_not_given_to_the_year_that_opens_the_sentence_before():
    forms, _ = _forms("Kitchens\nThe Vennaby Company was founded by Ada Quessford. In 1890 it "
                      "began to sell stoves. Cooks called it Old Iron.\n", "Old Iron")
    assert "1890" not in forms


def test_a_product_named_first_still_takes_its_nickname():
    forms, _ = _forms("Kitchens\nThe Brennick Stove, made by the Vennaby Company, was cheap. "
                      "Cooks called it Old Iron.\n", "Old Iron")
    assert "Brennick Stove" in forms and "Vennaby Company" not in forms


def test_a_style_critics_called_a_building_is_no_name_of_it():
    forms, _ = _forms("Buildings\nThe Pellhaven Library opened in 1968 on a hill above the town. "
                      "Critics called it Brutalism.\n", "Pellhaven Library")
    assert "Brutalism" not in forms


def test_a_style_its_architects_named_is_no_name_of_the_building():
    forms, _ = _forms("Buildings\nThe Pellhaven Library opened in 1968 on a hill above the town. "
                      "Its architects called it Thurlock Modern.\n", "Pellhaven Library")
    assert "Thurlock Modern" not in forms


def test_a_style_given_to_a_described_building_is_no_name_of_it():
    # the heading's one thing, taken up by "the building"
    forms, _ = _forms("Pellhaven Library\nThe Pellhaven Library opened in 1968 on a hill above "
                      "the town. "
                      "Critics call the building Thurlock Modern.\n", "Pellhaven Library")
    assert "Thurlock Modern" not in forms


def test_a_described_building_still_takes_a_nickname_its_users_give():
    forms, _ = _forms("Pellhaven Library\nThe Pellhaven Library opened in 1968 on a hill above "
                      "the town. Students call the building the Pepperpot.\n", "Pellhaven Library")
    assert "Pepperpot" in forms


def test_a_building_still_takes_a_nickname_its_users_give():
    forms, _ = _forms("Buildings\nThe Pellhaven Library opened in 1968 on a hill above the town. "
                      "Students call it the Pepperpot.\n", "Pellhaven Library")
    assert "Pepperpot" in forms


def test_a_product_nickname_does_not_go_to_the_firm_that_sold_it():
    # the "it" of the sentence before is its object, the stove
    forms, _ = _forms("Kitchens\nAda Quessford designed the Brennick Stove in 1885. The Vennaby "
                      "Company sold it widely. Cooks called it Old Iron.\n", "Vennaby Company")
    assert "Old Iron" not in forms


def test_a_firm_still_takes_a_nickname_after_a_sentence_with_it_as_subject():
    # "it" after a conjunction is no object: the firm is still what is called
    forms, _ = _forms("Kitchens\nThe Vennaby Company sold stoves until it closed in 1931. "
                      "Cooks called it the Old Firm.\n", "Vennaby Company")
    assert "Old Firm" in forms
