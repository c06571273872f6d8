"""rev18h (second read of diag16t): a past form in "-ed" after a verb's "that" still opens a
term (:func:`kg.finders.terms._relative_verb`), a plural in "(in Latin, …)" is no name of a
thing in the singular (:mod:`kg.merging.language_names`), and an acronym before a place's
name joins no place (:mod:`kg.merging.maker_prefixes`), on invented sentences, each with the
case the diag16t rule was made for kept."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def test_an_ed_adjective_after_a_clause_opening_that_opens_a_term(tmp_path):
    # a ship's provisioning: "that" after "knew" opens a clause, "salted cod" its subject
    text = "Crews of Kelvara ate salted cod. Cooks knew that salted cod kept well.\n"
    entities = read_entities(text, tmp_path)
    assert find(entities, "salted cod") is not None


def test_an_ed_verb_after_which_still_opens_no_term(tmp_path):
    text = ("The Kelvara loom, which replaced shuttlebars, was fast. Later the Welbury loom, "
            "which replaced shuttlebars too, was faster.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Kelvara loom") is not None
    assert not [e for e in entities if e.label.casefold().startswith("replaced")]


def test_a_plural_in_language_brackets_is_no_name_of_a_singular(tmp_path):
    # a literary history: the bracket gives the poem's metre, not its name
    text = ("Ossel Welbury wrote the long poem (in Latin, hexameters) at Kelvara. The long "
            "poem was praised.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "hexameters") is None
    assert find(entities, "Ossel Welbury") is not None


def test_an_acronym_before_a_place_joins_no_place(tmp_path):
    # an air force history: the airfield is named for the village, and is not the village
    text = ("The ZRK flew over Kelvara in 1938. In 1940 the ZRK built ZRK Kelvara, an airfield, "
            "near the village. The ZRK left the airfield in 1990, and Dessel Welbury farmed in "
            "Kelvara.\n")
    entities = read_entities(text, tmp_path)
    base = find(entities, "ZRK Kelvara")
    assert base is not None and find(entities, "Kelvara") is not base
    assert find(entities, "Kelvara") is not None
