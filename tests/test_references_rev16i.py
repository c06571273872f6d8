"""rev16i: review of diag16p. A pronoun read as a person named in its own sentence teaches
that person's gender only when no other person the pronoun might mean is in the window
(:func:`kg.references.compatibility.note_gender`); a cleft needs its "that"
(:mod:`kg.references.clefts`); "sold as X" types no product when a person, an animal, a work
of art or a place was sold (:func:`kg.kinds.naming_cues._sold_as`)."""

from __future__ import annotations

from tests.test_entities import extracted, find, with_mentions


def _references(text: str) -> list[tuple[str, str, str]]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity], str(m.sentence)) for m in mentions
            if m.via == "reference"]


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


def test_her_read_as_the_subject_of_its_sentence_does_not_make_him_a_woman():
    # survey science: two people of unknown gender; "her soundings" is no proof he is a woman
    text = ("Survey\nLunsk Vessody and Halvert Brannick surveyed the bay in 1948. Brannick "
            "checked her soundings in 1950. He found two errors in the channel.\n")
    hes = [label for surface, label, _s in _references(text) if surface == "He"]
    assert hes == ["Halvert Brannick"]


def test_his_read_as_the_subject_of_its_sentence_does_not_make_her_a_man():
    # a mill's history: the man named in the sentence before may own "his ledgers"
    text = ("Mill\nHalvert Brannick ran the Fenwold mill. Lunsk Vessody praised his ledgers "
            "in 1861. She bought the mill in 1870.\n")
    shes = [label for surface, label, _s in _references(text) if surface == "She"]
    assert shes == ["Lunsk Vessody"]


def test_it_was_once_a_thing_still_refers():
    # another genre (a firm): "It was once the largest …" has no cleft's "that"
    text = ("Lamps\nThe Ossery Lamp Company made lamps in Drask. It was once the largest "
            "maker in the county.\n")
    assert ("It", "Ossery Lamp Company", "1") in _references(text)


def test_a_cleft_needs_its_that():
    # and "It was after 1900 the largest …", without the cleft's "that", still refers
    text = ("Brewing\nThe Ossery Brewery made ale in Drask. It was only after the war that "
            "other brewers took up its lattice trays.\n")
    assert "It" not in [s for s, _label, _n in _references(text)]
    plain = text.replace("It was only after the war that other brewers took up its lattice "
                         "trays.", "It was after 1900 the largest brewery in the county.")
    assert ("It", "Ossery Brewery", "1") in _references(plain)


def test_a_colt_sold_as_a_name_is_no_product():
    # horse racing: the animal sold under a name
    text = ("Racing\nThe bay colt was sold as Grey Quillan in 1880 to a Drask trainer. Grey "
            "Quillan won the Fenwold Cup twice.\n")
    assert _typed(text, "Grey Quillan") != "product"


def test_a_village_marketed_as_a_name_is_no_product():
    # tourism: a place marketed under a name
    text = ("Tourism\nIn the 1920s the fishing village was marketed as the Drask Riviera by "
            "the railway. The Drask Riviera drew crowds every summer.\n")
    assert _typed(text, "Drask Riviera") != "product"


def test_a_lamp_sold_as_a_name_is_still_a_product():
    text = ("Lamps\nThe smallest lamp, sold as the Ossery Linnet, was popular with miners. The "
            "Ossery Linnet stayed in the catalogue for decades.\n")
    assert _typed(text, "Ossery Linnet") == "product"


def test_a_business_sold_as_a_name_is_no_product():
    # company history: a firm sold under a new name, and a line renamed
    text = ("Haulage\nIn 1950 the business was sold as Harnel Haulage to a rival. Harnel "
            "Haulage ran lorries until 1970.\n")
    assert _typed(text, "Harnel Haulage") != "product"
    text = ("Ships\nIn 1950 the Tessock Line was sold as the Ossery Line to a rival. The Ossery "
            "Line ran steamers until 1970.\n")
    assert _typed(text, "Ossery Line") != "product"
