"""rev16g (second read of diag16z): the ``firm-surname`` rule leaves a bare surname that the
text also writes as a person's ("Mr. Quellmar", "Quellmar said that he …") or as a place's
("the town of Quellmar") apart from the firm, and "a/an ⟨words⟩, which he called X" reads the
description's head noun, not its first word (:mod:`kg.merging.initialled_firms`,
:mod:`kg.kinds.described_kinds`), on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def test_a_surname_after_an_honorific_with_a_period_does_not_join_the_firm(tmp_path):
    # a mill town's history: the founder is "Mr. Quellmar", whose period keeps the honorific
    # out of the name, so the bare form is all the text gives of him
    text = ("The looms came from the B.K. Quellmar Company, a mill in the valley. Its founder, "
            "Mr. Quellmar, ran it for years. In 1911 Quellmar retired to the coast.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "B.K. Quellmar Company")
    assert firm is not None and find(entities, "Quellmar") is not None
    assert find(entities, "Quellmar") is not firm


def test_a_surname_taken_up_by_he_does_not_join_the_firm(tmp_path):
    text = ("The looms came from the B.K. Quellmar Company, a mill in the valley. In 1911 "
            "Quellmar said that he would sell the mill to his workers.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "B.K. Quellmar Company")
    assert firm is not None and find(entities, "Quellmar") is not None
    assert find(entities, "Quellmar") is not firm


def test_a_surname_taken_up_by_it_still_joins_the_firm(tmp_path):
    # the same rule where the text treats the bare name as the firm
    text = ("The looms came from the B.K. Quellmar Company, a mill in the valley. In 1911 "
            "Quellmar began selling cloth, and it soon opened a shop.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "B.K. Quellmar Company")
    assert firm is not None and find(entities, "Quellmar") is firm


def test_a_surname_that_names_a_place_does_not_join_the_firm(tmp_path):
    text = ("The looms came from the B.K. Quellmar Company, a mill in the town of Quellmar. "
            "The old bridge at Quellmar was built in 1820.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "B.K. Quellmar Company")
    assert firm is not None and find(entities, "Quellmar") is not None
    assert find(entities, "Quellmar") is not firm


def test_which_she_called_reads_the_head_noun_of_the_description(tmp_path):
    # "a small steam engine": the head is "engine", not the first word after "a"
    text = ("In 1890 Ada Brellow built a small steam engine, which she called the **pandry "
            "drive**. It ran the mill for years.\n")
    entities = read_entities(text, tmp_path)
    drive = find(entities, "pandry drive")
    assert drive is not None and drive.entity_type == "product"


def test_which_she_called_after_a_shop_is_no_product(tmp_path):
    # another genre: a workshop named in a relative clause; "machine" only modifies "shop"
    text = ("In 1890 Ada Brellow opened a machine shop, which she called the **pandry yard**. "
            "The pandry yard employed ten men.\n")
    entities = read_entities(text, tmp_path)
    yard = find(entities, "pandry yard")
    assert yard is not None and yard.entity_type != "product"
