"""Issue 3, round 3: aliases on one node. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined


def test_an_acronym_before_a_longer_wording_of_its_name_joins_it():
    # the initials of the name (W F O T O M) are not the acronym's; its letters are found
    # inside the name's words, as in an organisation renamed after its acronym was coined
    entities = _entities(
        "Their work is overseen by WFOM, the World Federation of Ocean Tide Observers and "
        "Mariners, founded in 1950. WFOM publishes tables every year.\n")
    joined(entities, "World Federation of Ocean Tide Observers and Mariners", "WFOM",
           rule="acronym")


def test_an_acronym_whose_letters_the_name_lacks_stays_apart():
    entities = _entities(
        "Their work is overseen by WFMO, the Board of Harbour Pilots and Lock Keepers, "
        "founded in 1950. WFMO publishes tables every year.\n")
    board = find(entities, "Board of Harbour Pilots and Lock Keepers")
    assert board is None or "WFMO" not in board.aliases
