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


def test_a_second_firm_that_renamed_itself_names_not_the_first(tmp_path):
    # rev16j, a trade history: after "and" a new subject renamed itself, not the opening name
    text = ("# Clasps\n\nThe Quarnel Clasp Company sold its works to Brollen Brothers. The "
            "Quarnel Clasp Company closed in 1930 and Brollen Brothers renamed itself Tamberlo "
            "in 1931. Tamberlo sold clasps to tailors.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Tamberlo" not in _aliases(entities, "Quarnel Clasp Company")


def test_a_brand_mascot_is_no_name_of_the_firm(tmp_path):
    # rev16j, a marketing history: "as a brand mascot" is no brand name
    text = ("# Clasps\n\nThe Quarnel Clasp Company opened a works in Vossick in 1902. The "
            "Quarnel Clasp Company adopted **Gorrick Wendrith** as a brand mascot. Gorrick "
            "Wendrith appeared on every box.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Gorrick Wendrith" not in _aliases(entities, "Quarnel Clasp Company")
    assert find(entities, "Gorrick Wendrith") is not None


def test_a_person_known_in_a_place_by_an_italic_noun_has_no_such_name(tmp_path):
    # rev16j, a local history: "the *widow*" describes a person, it is no name of hers
    text = ("# Pie shops\n\nYsolde Quarle, known in Pellmark as the *widow*, sold pies. "
            "Ysolde Quarle opened a shop in Vossick in 1902.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "widow" not in _aliases(entities, "Ysolde Quarle")


def test_a_board_named_after_its_firm_renamed_itself_not_the_firm(tmp_path):
    # rev16j, a governance history: "X board renamed itself Y" renames the board, not X
    text = ("# Clasps\n\nThe Quarnel Clasp Company opened a works in Vossick in 1902. The "
            "Quarnel Clasp Company board renamed itself Tamberlo Council in 1931. Tamberlo "
            "Council met monthly.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Tamberlo Council" not in _aliases(entities, "Quarnel Clasp Company")
    adverb = text.replace("Company board renamed", "Company later renamed")
    entities, _, _ = read_file(adverb, tmp_path, name="article.md")
    assert "Tamberlo Council" in _aliases(entities, "Quarnel Clasp Company")


def test_a_club_that_adopted_a_person_s_name_is_not_that_person(tmp_path):
    # rev16j, a sports history: the club took its founder's name; the founder is no alias
    text = ("# Rowing\n\nAugusta Quarle founded a rowing club at Vossick in 1890. The Vossick "
            "Rowing Club adopted Augusta Quarle as its name in 1920. Augusta Quarle died in "
            "1931.\n")
    entities, _, _ = read_file(text, tmp_path, name="article.md")
    assert "Augusta Quarle" not in _aliases(entities, "Vossick Rowing Club")
