"""rev15j: review of diag15o on invented sentences: a foreign honorific's titled name stays a
person (:func:`kg.kinds.person_cues.titled_name`), "near X, which he called Y" names the
thing before the preposition, not X (:func:`kg.merging.cue_subjects._relative_object`), a
person given a nickname "the Y" keeps the type person (:mod:`kg.kinds.type_cues`), and "called
it Y" after a sentence that names a thing of its own before the cue does not rename the
previous sentence's subject (:func:`kg.merging.name_changes.pronoun_renamings`)."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _entity(text: str, form: str):
    entities, _ = with_mentions(text)
    return find(entities, form), entities


def test_a_german_titled_name_alone_is_a_person():
    person, _ = _entity("The Apiary\nHerr Dostel lived in Brenzau. Herr Dostel kept bees "
                        "there for thirty years.\n", "Herr Dostel")
    assert person is not None and person.entity_type == "person" and "Dostel" in person.aliases


def test_a_french_titled_name_alone_is_a_person():
    person, _ = _entity("The Shop\nMme Pennet sold hats in Brenzau. Mme Pennet closed the shop "
                        "in 1899.\n", "Mme Pennet")
    assert person is not None and person.entity_type == "person"


def test_a_hotel_named_with_a_title_after_the_article_is_no_person():
    # travel: an honorific and a head noun after "the" names a building
    hotel, _ = _entity("Travel\nVisitors to Brenzau stayed at the Governor Hotel. The Governor "
                       "Hotel burned down in 1931.\n", "Governor Hotel")
    assert hotel is not None and hotel.entity_type != "person"


def test_which_after_a_noun_and_a_preposition_names_that_noun_not_the_place():
    # a biography: the house, not the village, is called Greyhollin
    text = ("Later Life\nIn 1890 Ulmar Tesk built a house near Quorrow, which he called "
            "Greyhollin. Greyhollin burned in 1921, but Quorrow still holds a market.\n")
    village, entities = _entity(text, "Quorrow")
    house = find(entities, "Greyhollin")
    assert village is not None and house is not None and village is not house


def test_which_after_a_verb_and_a_preposition_still_names_the_place():
    # travel: "sailed to X, which the Romans called Y": Y is X's old name
    text = ("Voyages\nIn 1890 Ulmar Tesk sailed to Quorrow, which the old sailors called "
            "Marrinhaven. Quorrow had a fine harbour.\n")
    village, _ = _entity(text, "Quorrow")
    assert village is not None and "Marrinhaven" in village.aliases


def test_a_person_nicknamed_the_owl_in_a_relative_clause_stays_a_person():
    text = ("The Docks\nHarlan Quibbet arrived at the harbour in 1901. Quibbet, whom the dock "
            "workers called the Heron, ran the steam crane for forty years.\n")
    person, _ = _entity(text, "Harlan Quibbet")
    assert person is not None and "Heron" in person.aliases and person.entity_type == "person"


def test_a_thing_named_the_heron_stays_a_thing():
    # shipping: a boat called "the Heron" is no person for the nickname's article
    text = ("Boats\nThe Tolland Ferry Company bought a steam launch in 1890. The crews called "
            "it the Heron, and the Heron carried mail until 1920.\n")
    _, entities = _entity(text, "Tolland Ferry Company")
    assert not any(e.entity_type == "person" for e in entities)


def test_called_it_after_a_firm_named_in_its_own_sentence_is_not_the_moor():
    # a brewery: "it" is the works opened in the same sentence, not the moor before
    text = ("The Moor\nThe Vellock Moor lies east of the village. In 1862 Aldo Pruett opened "
            "the Vellock Cider Works on its edge, and the villagers simply called it "
            "Pruett's.\n")
    moor, entities = _entity(text, "Vellock Moor")
    founder = find(entities, "Aldo Pruett")
    assert moor is not None and founder is not None and moor is not founder


def test_called_it_after_a_sentence_opened_by_the_moor_still_renames_it():
    # the same wording without a thing of its own before the cue: the moor is renamed
    text = ("The Moor\nThe Vellock Moor lies east of the village. In 1700 the villagers "
            "called it the Black Waste.\n")
    moor, _ = _entity(text, "Vellock Moor")
    assert moor is not None and "Black Waste" in moor.aliases


def test_a_title_given_in_a_relative_clause_is_no_name_and_joins_no_other_captain():
    # sea history: "whom the crew called Captain" gives a title, not a name; before, the
    # bare "Captain" joined Captain Dessa Marrin to Orrin Quennow
    text = ("The Ship\nOrrin Quennow, whom the crew called Captain, sailed in 1880. In 1890 "
            "Captain Dessa Marrin took the ship north. Captain Marrin retired in 1901.\n")
    first, entities = _entity(text, "Orrin Quennow")
    second = find(entities, "Dessa Marrin")
    assert first is not None and second is not None and first is not second


def test_a_name_with_a_title_given_in_a_relative_clause_still_joins():
    # the same clause with a name after the title: a nickname of the man before
    text = ("The Ship\nOrrin Quennow, whom the crew called Captain Storm, sailed in 1880. "
            "Captain Storm never lost a ship.\n")
    first, entities = _entity(text, "Orrin Quennow")
    assert first is not None and find(entities, "Captain Storm") is first


def test_a_named_person_passively_marketed_under_a_name_stays_a_person():
    # film: a person's full name, not a pronoun, is the passive's subject (diag15o's
    # stage_name read only "he", "she", "they" or a person's noun)
    text = ("Film\nIn 1931 Ada Tullow was marketed by the studio under the name Lorna Pellam. "
            "Lorna Pellam made nine films before 1940.\n")
    actress, _ = _entity(text, "Lorna Pellam")
    assert actress is not None and actress.entity_type == "person"


def test_a_thing_sold_under_a_person_shaped_name_after_a_place_is_still_a_product():
    # salt: a capitalised place in the clause is no person sold
    text = ("Salt\nThe pale crystals of Brenzau were sold from 1870 under the name Tessary "
            "Blue. Grocers in the capital stocked Tessary Blue by 1880.\n")
    salt, _ = _entity(text, "Tessary Blue")
    assert salt is not None and salt.entity_type == "product"
