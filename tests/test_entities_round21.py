"""Tests for round 21's name boundaries: a document's name "W of V" going on with "on" and
its subject. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted, find


def test_a_code_of_practice_goes_on_with_on_and_its_subject():
    entities = extracted("In 1921 the Tollbrook Guild of Smiths rewrote its Code of Practice on "
                         "Pewter Marks. The guild printed two hundred copies.\n")
    assert find(entities, "Code of Practice on Pewter Marks") is not None
    assert find(entities, "Code of Practice") is None


def test_on_after_a_body_that_heads_no_document_ends_the_name():
    # a football report: "on" after a club's "W of V" gives where it played, not its name
    entities = extracted("The Wanderers of Varley on Tollbrook Green drew with the visitors. "
                         "The Wanderers of Varley scored late.\n")
    assert find(entities, "Wanderers of Varley on Tollbrook Green") is None


def test_on_before_a_date_ends_a_document_name():
    entities = extracted("The council signed the Charter of Tollbrook on Monday. The Charter of "
                         "Tollbrook gave the market a second day.\n")
    assert find(entities, "Charter of Tollbrook on Monday") is None
    assert find(entities, "Charter of Tollbrook") is not None
