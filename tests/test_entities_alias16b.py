"""alias16b: a firm's own later name, "X … renamed itself Y" and "X adopted Y as a brand
name", and a term's name "known in ⟨Place⟩ as the *y*" (:mod:`kg.merging.self_names`), on
invented sentences, with negatives from other genres."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _aliases(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_firm_that_renamed_itself_has_the_new_name(tmp_path):
    text = ("# Clasps\n\nThe Quarnel Clasp Company opened a works in Vossick in 1902. The "
            "Quarnel Clasp Company, for its part, in 1931 renamed itself Tamberlo, Inc. "
            "Tamberlo sold clasps to tailors.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Tamberlo" in _aliases(entities, "Quarnel Clasp Company")


def test_a_firm_that_adopted_a_brand_name_has_it(tmp_path):
    text = ("# Clasps\n\nThe Quarnel Clasp Company opened a works in Vossick in 1902. The "
            "Quarnel Clasp Company adopted **Tamberlo** as a brand name. Tamberlo clasps sold "
            "well.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Tamberlo" in _aliases(entities, "Quarnel Clasp Company")


def test_adopting_children_as_wards_names_nothing(tmp_path):
    # a family history: a person adopts children, and a town is no brand name
    text = ("# The Corvell family\n\nMaud Corvell lived in Vossick. Maud Corvell adopted "
            "orphans as her wards and later adopted Ossory as her home. Ossory lies on a "
            "river.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Ossory" not in _aliases(entities, "Maud Corvell")


def test_a_term_known_in_a_place_as_an_italic_word_has_that_name(tmp_path):
    text = ("# Fasteners\n\nThe **hook lock**, known in Pellmark as the *twistlock*, joins "
            "two panels. The hook lock was patented in 1905.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "twistlock" in _aliases(entities, "hook lock")


def test_known_in_the_trade_as_a_kind_of_person_names_nothing(tmp_path):
    # a business profile: a description of a person, not a name
    text = ("# Dealers\n\nMaud Corvell, known in Pellmark as a *hard* bargainer, sold wool. "
            "Maud Corvell, known in the trade as a hard bargainer, opened a shop in Vossick.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert not {"hard", "hard bargainer", "bargainer"} & _aliases(entities, "Maud Corvell")
