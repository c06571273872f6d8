"""rev17a: review of :mod:`kg.merging.reorganisations` (alias17) on invented sentences from
other genres: the name before the cue must be its clause's subject (not the object of "of",
of a relative clause, nor one of two joined subjects), an "-ly" noun is no adverb to pass,
and a place is never the body renamed nor its new name."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _apart(entities, former: str, later: str) -> None:
    """Both forms found, on two entities."""
    one, other = find(entities, former), find(entities, later)
    assert one is not None, f"{former} not found"
    assert other is not None, f"{later} not found"
    assert one is not other, f"{later} joined to {former}"


def test_a_department_of_a_board_that_became_a_ministry_is_not_the_board(tmp_path):
    # government: the department, not the board, became the ministry
    text = ("The Tolvery Trade Board was formed in 1786. In 1919 the fisheries department of "
            "the Tolvery Trade Board became the Ministry of Vessock Fisheries. The ministry "
            "still exists.\n")
    _apart(read_file(text, tmp_path)[0], "Tolvery Trade Board", "Ministry of Vessock Fisheries")


def test_a_firm_bought_in_a_relative_clause_is_not_the_renamed_buyer(tmp_path):
    # business: the buyer became the new company, not the firm it bought
    text = ("The Tolvery Dye Company was founded in 1901. The firm that bought the Tolvery Dye "
            "Company became the Vessock Colour Company in 1930. It closed in 1980.\n")
    _apart(read_file(text, tmp_path)[0], "Tolvery Dye Company", "Vessock Colour Company")


def test_a_rival_of_a_firm_reorganised_is_not_the_firm(tmp_path):
    # business: "a rival of X was reorganised as Y"
    text = ("The Tolvery Dye Company was founded in 1901 in Kestow. In 1911 a rival of the "
            "Tolvery Dye Company was reorganised as the Vessock Colour Company. Both closed in "
            "1980.\n")
    _apart(read_file(text, tmp_path)[0], "Tolvery Dye Company", "Vessock Colour Company")


def test_two_banks_that_became_one_are_not_the_second_bank(tmp_path):
    # banking: "X and Y became Z" is a merger, Z is neither
    text = ("The Tolvery Bank and the Corlaston Bank were rivals. In 1960 the Tolvery Bank and "
            "the Corlaston Bank became the Ossery Union Bank. It closed in 1990.\n")
    _apart(read_file(text, tmp_path)[0], "Corlaston Bank", "Ossery Union Bank")


def test_a_town_before_assembly_is_not_the_council_it_became(tmp_path):
    # local government: "assembly" ends in "-ly" but is no adverb; the town is no body
    text = ("The Vessock Guild met in Vessock. In 1950 the Vessock assembly was reorganised as "
            "the Orlen Regional Council. The council still meets.\n")
    _apart(read_file(text, tmp_path)[0], "Vessock", "Orlen Regional Council")


def test_a_town_before_weekly_is_not_the_paper_it_became(tmp_path):
    # the press: "the Tolvery weekly" is a newspaper, the town is not it
    text = ("The Tolvery Herald was printed in Tolvery. In 1950 the Tolvery weekly was "
            "relaunched as the Orlen Courier. The paper closed in 1980.\n")
    _apart(read_file(text, tmp_path)[0], "Tolvery", "Orlen Courier")


def test_a_club_that_took_the_name_of_its_town_is_not_the_town(tmp_path):
    # sport: a club named after its town; the town stays a place of its own
    text = ("Vessock is a small town on the Orlen estuary. The Drumlow Rowing Club was founded "
            "there in 1888. In 1920 the club took the name of Vessock. It still races.\n")
    entities = read_file(text, tmp_path)[0]
    club = find(entities, "Drumlow Rowing Club")
    assert club is not None and "Vessock" not in {club.label, *club.aliases}


def test_an_adverb_before_the_cue_is_still_passed(tmp_path):
    # a real "-ly" adverb between the name and the cue still lets the cue read
    text = ("The Tolvery Dye Company was founded in 1901 in Kestow. In 1930 the Tolvery Dye "
            "Company gradually changed its name to the Orlen Colour Company. It closed in 1980.\n")
    entity = find(read_file(text, tmp_path)[0], "Tolvery Dye Company")
    assert entity is not None and "Orlen Colour Company" in entity.aliases


def test_a_county_after_the_comma_is_no_legal_form(tmp_path):
    # a town history: ", Co. Vessock" is a county, not the firm's "Co." (alias17's negative
    # with a place after the comma could not fail: no rule reads "Vossary" as a legal form)
    text = ("The Drumlow Clasp Company opened in 1902. In 1931 the Drumlow Clasp Company "
            "renamed itself Tamberlow, Co. Vessock being its home. Tamberlow clasps sold well.\n")
    entity = find(read_file(text, tmp_path)[0], "Drumlow Clasp Company")
    assert entity is not None and "Tamberlow" in entity.aliases
    assert not any(a.startswith("Tamberlow,") for a in entity.aliases)
