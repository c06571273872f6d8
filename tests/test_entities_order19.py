"""order19: a short name decided again once a renaming has joined the two longer names it
begins (:mod:`kg.merging.renamed_shorts`), on invented sentences where it must fire and, in
other genres, where the short name is a town or the founder's surname and must not."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def _labelled(found: dict, alias: str) -> list[str]:
    """The labels of the entities that have ``alias`` as their label or an alias."""
    return [label for label, (_t, aliases) in found.items() if alias == label or alias in aliases]


def test_a_short_name_joins_the_body_once_renamed():
    # a clockmaker's history: "Quarnvale" begins both names of one firm
    found = typed_aliases("# Clocks\n\nQuarnvale Clock Works was founded in 1890 by Ada Venbrook. "
                          "In 1921 it was renamed Quarnvale Timing Company. Railways across the "
                          "north bought their station clocks from Quarnvale for decades.\n")
    assert _labelled(found, "Quarnvale Timing Company") == ["Quarnvale Clock Works"]
    assert _labelled(found, "Quarnvale") == ["Quarnvale Clock Works"]


def test_a_town_a_renamed_club_is_named_after_stays_a_town():
    # a rowing history: "in Quarnvale" is a place, not short for the club's names
    found = typed_aliases("# Rowing\n\nThe Quarnvale Rowing Club was formed in 1890. In 1921 it was "
                          "renamed Quarnvale Boat Club. Crews trained on the wide river in "
                          "Quarnvale every morning.\n")
    assert _labelled(found, "Quarnvale Boat Club") == ["Quarnvale Rowing Club"]
    assert _labelled(found, "Quarnvale") == ["Quarnvale"]


def test_a_founder_whose_surname_names_the_renamed_firm_stays_a_person():
    # a biography: the founder's surname also begins both names of her firm
    found = typed_aliases("# Life\n\nAda Quarnvale opened Quarnvale Soap Works in 1890. In 1921 it "
                          "was renamed Quarnvale Chemical Company. Quarnvale said that she had "
                          "never wanted a large firm.\n")
    assert _labelled(found, "Quarnvale Chemical Company") == ["Quarnvale Soap Works"]
    assert "Quarnvale" not in found["Quarnvale Soap Works"][1]
    assert _labelled(found, "Quarnvale") == ["Quarnvale"]  # a node of its own, as before


def test_a_short_name_joins_the_body_whose_register_goes_without_it():
    # a glassworks: the register named after the firm is written without the firm's name
    found = typed_aliases("# Glass\n\nBrenmarsh Glass Company was founded in 1890 by Ada Venbrook. "
                          "In 1900 the company began the Brenmarsh Batch Register, a record of "
                          "every melt. The Batch Register still survives. Historians read the "
                          "Batch Register for its prices. Chemists ordered their flasks from "
                          "Brenmarsh for decades.\n")
    assert _labelled(found, "Brenmarsh Batch Register") == ["Batch Register"]
    assert _labelled(found, "Brenmarsh") == ["Brenmarsh Glass Company"]


def test_a_town_a_club_and_its_book_are_named_after_stays_a_town():
    # a rowing history: the club's book goes without the town's name, but "in Brenmarsh" is a place
    found = typed_aliases("# Rowing\n\nThe Brenmarsh Rowing Club was formed in 1890 and began the "
                          "Brenmarsh Crew Book, a record of every race. The Crew Book still "
                          "survives. Historians read the Crew Book for its times. Crews trained "
                          "on the wide river in Brenmarsh every morning.\n")
    assert _labelled(found, "Brenmarsh Crew Book") == ["Crew Book"]
    assert _labelled(found, "Brenmarsh") == ["Brenmarsh"]


def test_a_firm_reorganised_as_a_holding_company_takes_its_new_name_and_short_name():
    # a lamp maker's history: a lowercase legal description and a comma before the new name
    found = typed_aliases("# Lamps\n\nOskerley Lighting plc made lamps for ships. In 1987 Oskerley "
                          "Lighting plc reorganised as a holding company, the Oskerley Group, with "
                          "three divisions. Fishermen still buy lamps from Oskerley.\n")
    assert _labelled(found, "Oskerley Group") == ["Oskerley Lighting plc"]
    assert _labelled(found, "Oskerley") == ["Oskerley Lighting plc"]


def test_a_firm_reorganised_as_a_subsidiary_is_not_its_new_owner():
    # a textile history: the name after "a subsidiary," is the owner, no legal form the firm took
    found = typed_aliases("# Weaving\n\nThe Tressick Weaving Company made blankets. In 1970 the "
                          "Tressick Weaving Company was reorganised as a subsidiary, the Harnaby "
                          "Textile Group, its new owner, holding every share.\n")
    assert _labelled(found, "Harnaby Textile Group") == ["Harnaby Textile Group"]
    assert "Harnaby Textile Group" not in found["Tressick Weaving Company"][1]


def test_a_second_club_that_goes_without_the_town_is_still_a_rival():
    # a cricket and football history: two clubs of one town, the second written "the Football
    # Club"; "Quarnvale" alone is neither club's short name (it is a body, not a register it keeps)
    found = typed_aliases("# Sport\n\nThe Quarnvale Cricket Club was formed in 1880. The Quarnvale "
                          "Football Club was formed in 1885. The Football Club played in red. "
                          "Quarnvale won the league in 1901.\n")
    assert _labelled(found, "Football Club") == ["Quarnvale Football Club"]
    assert "Quarnvale" not in found["Quarnvale Cricket Club"][1]
