"""A family name several people bear, written alone as a clause's subject, is the one the
next sentence's "He"/"She" takes up (:mod:`kg.merging.family_names`); invented sentences."""

from __future__ import annotations

from tests.test_entities import read_file

DYEWORKS = ("The Pellmarsh Dye Works was founded in 1860 by Thomas Pellmarsh and his wife Margaret "
            "Pellmarsh. Pellmarsh had trained as a dyer in the north. He came home in 1859 with "
            "a recipe for a fast blue. In 1890 their son, Abelard Pellmarsh, took over the "
            "works.\n")


def _labels(text, tmp_path, sentence: int) -> set[str]:
    """The labels of the entities sentence ``sentence`` mentions literally."""
    entities, mentions, _ = read_file(text, tmp_path)
    label = {e.id: e.label for e in entities}
    return {label[m.entity] for m in mentions if m.sentence == sentence and m.via == "literal"}


def test_a_surname_three_people_bear_is_the_one_he_takes_up(tmp_path):
    assert _labels(DYEWORKS, tmp_path, 1) == {"Thomas Pellmarsh"}


def test_she_after_the_surname_is_the_wife(tmp_path):
    text = DYEWORKS.replace("He came home", "She came home")
    assert _labels(text, tmp_path, 1) == {"Margaret Pellmarsh"}


def test_the_family_plural_and_a_firm_fate_are_no_person(tmp_path):
    # each negative requires the bare word found (as its own node), not only no person
    people = {"Thomas Pellmarsh", "Margaret Pellmarsh", "Abelard Pellmarsh"}
    plural = DYEWORKS.replace("Pellmarsh had trained", "The Pellmarshes had trained")
    found = _labels(plural, tmp_path, 1)
    assert found and not found & people
    sold = DYEWORKS.replace("Pellmarsh had trained as a dyer in the north.",
                            "Pellmarsh was bought by a rival in the north.")
    found = _labels(sold, tmp_path, 1)
    assert found and not found & people


def test_two_unrelated_bearers_and_an_it_take_nobody(tmp_path):
    # a novelist and a mill owner share a surname; "It" after the bare name: the mill
    text = ("Rufus Harrowcliff built Harrowcliff Mill in 1870. Decades later the novelist "
            "Ysenne Harrowcliff, no relation, bought a house nearby. Harrowcliff closed in "
            "1931. It had run for sixty years.\n")
    found = _labels(text, tmp_path, 2)
    assert found and not found & {"Rufus Harrowcliff", "Ysenne Harrowcliff"}
    spoken = text.replace("Harrowcliff closed in 1931. It had run for sixty years.",
                          "Harrowcliff sold the house in 1931. She had written six novels there.")
    assert "Ysenne Harrowcliff" in _labels(spoken, tmp_path, 2)


def test_a_closing_without_object_or_a_merger_is_the_firm_s(tmp_path):
    # review rev15a: "Harrowcliff closed in 1931. She …" had made the mill's closing the
    # novelist's (the merged test asserted it)
    text = ("Rufus Harrowcliff built Harrowcliff Mill in 1870. Decades later the novelist "
            "Ysenne Harrowcliff, no relation, bought a house nearby. Harrowcliff sold the house "
            "in 1931. She had written six novels there.\n")
    assert "Ysenne Harrowcliff" in _labels(text, tmp_path, 2)
    people = {"Rufus Harrowcliff", "Ysenne Harrowcliff"}
    for fate in ("Harrowcliff closed in 1931.", "Harrowcliff merged with a rival in 1931."):
        found = _labels(text.replace("Harrowcliff sold the house in 1931.", fate), tmp_path, 2)
        assert found and not found & people, fate
    closed = text.replace("sold the house", "closed the house")
    assert "Ysenne Harrowcliff" in _labels(closed, tmp_path, 2)
