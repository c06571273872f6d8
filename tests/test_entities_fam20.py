"""fam20: the ``firm-surname`` rule (:mod:`kg.merging.initialled_firms`) reads a firm named
for its founder by given name and surname, "Harriet Dorwent and Company", called by the
surname alone, as it read "R.T. Varnock Company"; on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, read_entities


def test_a_firm_named_by_given_name_and_surname_goes_by_the_surname(tmp_path):
    text = ("The soap came from the Harriet Dorwent Company, a works in the valley. In 1911 "
            "Dorwent began selling soap in tins, and its salesmen reached every town.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "Harriet Dorwent Company")
    assert firm is not None and find(entities, "Dorwent") is firm


def test_a_founder_acting_as_a_person_does_not_join_the_firm(tmp_path):
    # a biography: the bare surname is the woman, taken up by "she"
    text = ("The soap came from the Harriet Dorwent Company, a works in the valley. In 1911 "
            "Dorwent said that she would leave the works to her nephew.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "Harriet Dorwent Company")
    assert firm is not None and find(entities, "Dorwent") is not None
    assert find(entities, "Dorwent") is not firm


def test_a_firm_named_by_common_words_and_a_town_does_not_take_the_town(tmp_path):
    # a shipping line named for a region and a town: "Western" is no founder's given name
    text = ("The ferries belonged to the Western Pellwick Company, a shipping line. "
            "Pellwick grew quickly after 1850, when the railway came.\n")
    entities = read_entities(text, tmp_path)
    firm = find(entities, "Western Pellwick Company")
    assert firm is not None and find(entities, "Pellwick") is not None
    assert find(entities, "Pellwick") is not firm
