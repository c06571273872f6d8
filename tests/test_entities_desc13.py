"""Descriptions resolved by context become aliases (:func:`kg.kinds.description_aliases.description_aliases`):
"the firm" taken twice for one firm, and for nothing else, is a name the text uses for it.
Small made-up documents."""

from __future__ import annotations

from tests.test_entities import find, read_entities

LAMPS = ("Pelmor Lamp Works was founded in Tessmoor in 1881 by Ruth Tallis. The firm made "
         "brass lamps for ships. In 1902 the firm opened a second workshop in the harbour. "
         "Ruth Tallis retired in 1920.\n")


def test_a_description_taken_twice_for_one_firm_is_its_alias(tmp_path):
    works = find(read_entities(LAMPS, tmp_path), "Pelmor Lamp Works")
    assert works is not None and "firm" in works.aliases
    why = [m for m in works.merges if m["form"] == "firm"]
    assert why and why[0]["rule"] == "description by context" and "2 times" in why[0]["evidence"]


def test_a_description_taken_for_two_companies_is_alias_of_neither(tmp_path):
    text = ("Ostwell Weaving Ltd was founded in Tessmoor in 1850. The company made woollen "
            "cloth for the army. Its mill burned down in 1868.\n\n"
            "Brandle Ropes Ltd was founded in Quenby in 1870. The company made rope for "
            "fishing boats. Its ropes were sold as far as Norway.\n")
    entities = read_entities(text, tmp_path)
    for name in ("Ostwell Weaving Ltd", "Brandle Ropes Ltd"):
        firm = find(entities, name)
        assert firm is not None and firm.mentions >= 2  # "The company" was taken for each
        assert "company" not in firm.aliases


def test_a_description_taken_once_is_no_alias_by_context(tmp_path):
    # taken once, it is no "description by context"; since alias15 it is a "sole
    # description" (kg.kinds.sole_descriptions): no other firm could take it
    text = ("Pelmor Lamp Works was founded in Tessmoor in 1881 by Ruth Tallis. The firm made "
            "brass lamps for ships. Ruth Tallis retired in 1920.\n")
    works = find(read_entities(text, tmp_path), "Pelmor Lamp Works")
    assert works is not None
    assert [m["rule"] for m in works.merges if m["form"] == "firm"] == ["sole description"]
