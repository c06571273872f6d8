"""alias17: a body's former and later names told by a verb of reorganising
(:mod:`kg.merging.reorganisations`), and a legal form after a comma in a cue's name
(:func:`kg.merging.self_names.legal_end`), on invented sentences, with negatives from other
genres."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _forms(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def _rule(entities, form: str, alias: str) -> dict:
    entity = find(entities, form)
    return next(m for m in entity.merges if m["form"] == alias)


def test_a_partnership_reorganised_as_a_company_is_one_body(tmp_path):
    text = ("The Dornwell Lamp Works was a maker of oil lamps. Its founder, Fulke Tarrant, "
            "began work in 1850. A local draper, Ned Fallow, had money to invest, and in 1856 "
            "the two men entered a compact under the name Tarrant & Fallow. Fallow gave a "
            "mill on the edge of the town.\n\nFallow died in 1858, and his stake passed to his "
            "niece, Ada Quellow. In 1870 the partnership was reorganised as the Brimscombe "
            "Lamp Company, with Quellow as its chairman.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Brimscombe Lamp Company" in _forms(entities, "Tarrant & Fallow")
    why = _rule(entities, "Tarrant & Fallow", "Brimscombe Lamp Company")
    assert why["rule"] == "reorganised" and "reorganised as" in why["evidence"]


def test_a_society_that_changed_its_name_keeps_both_names(tmp_path):
    text = ("The Quessby Ringing Society was formed in 1820 by local ringers. In 1851 the "
            "society changed its name to the Harnock Ringing Guild. The guild still meets.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Harnock Ringing Guild" in _forms(entities, "Quessby Ringing Society")


def test_a_firm_whose_name_was_changed_keeps_both_names(tmp_path):
    text = ("The Harkley Dye Company was founded in 1901 in Vessock. In 1930 the firm's name "
            "was changed to the Harkley Colour Company. The Harkley Colour Company closed in "
            "1980.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Harkley Colour Company" in _forms(entities, "Harkley Dye Company")


def test_a_syndicate_that_became_a_company_is_one_body(tmp_path):
    text = ("In 1902 Ada Pellory founded the Vellory Motor Syndicate in Corlaston. In 1911 the "
            "syndicate became the Corlaston Motor Company. The company built vans until 1950.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Corlaston Motor Company" in _forms(entities, "Vellory Motor Syndicate")


def test_a_business_turned_into_a_limited_company_keeps_its_new_name(tmp_path):
    text = ("Hester Quayburn ran the Dunmarsh Bell Foundry from 1880. In 1903 she turned the "
            "business into a limited company, Dunmarsh Founders Limited. The company cast its "
            "last bell in 1960.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Dunmarsh Founders Limited" in _forms(entities, "Dunmarsh Bell Foundry")


def test_a_firm_renamed_with_a_legal_form_after_a_comma_has_the_whole_name(tmp_path):
    text = ("The Fenmarle Cable Company was founded in 1899. In 1921 the Fenmarle Cable "
            "Company renamed itself Fenmarle Wire, Ltd. Its cables crossed the bay.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Fenmarle Wire, Ltd" in _forms(entities, "Fenmarle Cable Company")
    assert find(entities, "In") is None  # the opening "In 1921" names no firm


# negatives, from other genres


def test_a_rower_who_became_a_regatta_queen_is_not_the_club(tmp_path):
    # a sports biography: a person "became" a title, no body renamed
    text = ("The Pellory Rowing Club was founded in 1888 by Orla Vellory. In 1930 Orla Vellory "
            "became the Pellory Regatta Queen. She rowed until 1940.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Pellory Regatta Queen" not in _forms(entities, "Orla Vellory")


def test_a_person_who_became_an_association_officer_is_not_the_association(tmp_path):
    # a sports biography: a person becomes an officer of a body named as a possessive
    text = ("The Pellory Rowing Club was founded in 1888 by Orla Vellory. In 1921 Orla Vellory "
            "became the Pellory Rowing Association's first president. She rowed until 1930.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Pellory Rowing Association" not in _forms(entities, "Pellory Rowing Club")
    assert "Pellory Rowing Association" not in _forms(entities, "Orla Vellory")


def test_a_club_that_became_a_branch_of_a_committee_is_not_the_committee(tmp_path):
    # sport: "became the X's Y Branch" names a part of another body
    text = ("The Pellory Rowing Club was founded in 1888. In 1921 the club became the Kessack "
            "Regatta Committee's Pellory Branch. It still races on the river.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert not any(f.startswith("Kessack") for f in _forms(entities, "Pellory Rowing Club"))


def test_a_foundry_turned_into_a_museum_is_not_the_museum(tmp_path):
    # local history: a building converted into a museum, no body renamed
    text = ("Hester Quayburn ran the Dunmarsh Bell Foundry from 1880. In 1903 she turned the "
            "Dunmarsh Bell Foundry into a museum, the Dunmarsh Bell Museum. The museum closed "
            "in 1960.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Dunmarsh Bell Museum" not in _forms(entities, "Dunmarsh Bell Foundry")


def test_a_society_named_after_its_patron_is_not_the_patron(tmp_path):
    # a biography: "took the name of" a person
    text = ("Nessa Torrold founded the Calvory Printing Society in 1880. In 1900 the society "
            "took the name of Ebbe Strandley, its patron. The society closed in 1930.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Ebbe Strandley" not in _forms(entities, "Calvory Printing Society")


def test_a_woman_whose_name_was_changed_is_not_her_society(tmp_path):
    # a biography: a married name, a person's, not a body's
    text = ("Nessa Torrold founded the Calvory Printing Society in 1880. In 1890 she married, "
            "and her name was changed to Nessa Strandley. The society closed in 1930.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Nessa Strandley" not in _forms(entities, "Calvory Printing Society")


def test_a_place_after_the_comma_is_no_legal_form(tmp_path):
    # a town history: the word after the comma is a place, not "Ltd"
    text = ("The Quarnock Clasp Company opened in 1902. The Quarnock Clasp Company, for its "
            "part, in 1931 renamed itself Tamberlow, Vossary being its home. Tamberlow clasps "
            "sold well.\n")
    entities, _, _ = read_file(text, tmp_path)
    forms = _forms(entities, "Quarnock Clasp Company")
    assert "Tamberlow" in forms and not any("Vossary" in f for f in forms)
