"""rev19c: review of alias19. Each defect found on invented sentences of another genre, with a
test that failed before its fix and a negative where the rule must still fire (or not)."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_a_sentence_adverb_before_a_particle_opens_no_name():
    # a biography: a rare "-ly" adverb opening the sentence had become the person's first name
    found = typed_aliases("Ironically de Vorel never saw the sea. He lived in Brenhold.")
    assert "de Vorel" in found
    assert not any(label.startswith("Ironically") for label in found)


def test_a_given_name_before_a_particle_still_opens_the_name():
    # fiction: a first name of four letters ending in "-ly" is no adverb
    found = typed_aliases("Lily van Oordt opened the door of the cottage. Lily van Oordt smiled "
                          "at the stranger.")
    assert "Lily van Oordt" in found


def test_a_firm_renamed_after_a_complementiser_that_keeps_its_new_name():
    # business news: "that the firm was renamed X" is a passive, the firm is the one renamed
    found = typed_aliases("The Orlove Works was founded in 1901. Shareholders learned that the "
                          "firm was renamed Pellory Lighting in 1950. Pellory Lighting closed in "
                          "1990.")
    assert "Pellory Lighting" in found["Orlove Works"][1]


def test_a_firm_renamed_in_a_passive_which_clause_keeps_its_new_name():
    found = typed_aliases("Brask Lamps was founded in 1901 by Ivo Brask. The firm grew in the "
                          "1930s. In 1950, a year in which the firm was renamed Pellory Lighting, "
                          "sales doubled. Pellory Lighting closed in 1990.")
    assert "Pellory Lighting" in found["Brask Lamps"][1]


def test_a_river_is_no_short_form_of_its_bridge():
    # a local history: "the Quessop" is the river the bridge is named after
    found = typed_aliases("The Quessop Bridge was built in 1820. The Quessop floods each spring, "
                          "and the Quessop carried barges to the sea. Engineers strengthened the "
                          "Quessop Bridge in 1900.")
    assert "Quessop Bridge" in found and "Quessop" in found
    assert "Quessop" not in found["Quessop Bridge"][1]


def test_mrs_and_a_surname_join_no_man_of_that_surname():
    # a biography: after the wedding "Mrs Brask" is the bride, not her husband
    found = typed_aliases("Ada Pellory married Peter Brask in 1901. Mrs Brask ran the mill "
                          "alone.")
    assert "Peter Brask" in found
    assert "Mrs Brask" not in found["Peter Brask"][1]


def test_mrs_and_mr_join_the_sister_and_the_brother():
    # a family firm: the titles tell the two bearers of the surname apart
    found = typed_aliases("Emily Brask ran the mill with her brother Peter Brask. Mrs Brask kept "
                          "the books, and Mr Brask mended the wheel.")
    assert "Mrs Brask" in found["Emily Brask"][1]
    assert "Mr Brask" in found["Peter Brask"][1]


def test_a_collection_renamed_after_of_gives_the_person_no_name():
    # an art history: the paintings were renamed, not the painter after "of"
    found = typed_aliases("In 1920 the museum bought the paintings of Ada Pellory, which the "
                          "state later renamed the Pellory Collection. The Pellory Collection "
                          "toured Brenhold in 1930.")
    assert "Ada Pellory" in found
    assert "Pellory Collection" not in found["Ada Pellory"][1]


def test_a_ship_renamed_in_an_object_relative_clause_keeps_its_new_name():
    # naval history: the relative clause still names the ship before ", which"
    found = typed_aliases("Ivo Brask commanded the Orlove, which the navy renamed the Kessick "
                          "Star in 1940. The Kessick Star sank in 1942.")
    assert "Kessick Star" in found["Orlove"][1]
