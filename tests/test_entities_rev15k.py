"""rev15k: review of diag15k, on invented sentences: a regatta held "on" a lake, a bold run
holding a person or a second name before an acronym, a nickname in a sentence that names only
a place, and "the Bank of A and B" before a bracketed code that spells none of it."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _labels(text: str) -> set[str]:
    entities, _ = with_mentions(text)
    return {e.label for e in entities}


def test_a_regatta_on_a_lake_keeps_the_lake_apart():
    # "on" after a gathering gives a subject only after "Conference"; here it gives where
    labels = _labels("Sport\nIn 1888 the Velmor Regatta on Lake Quendrow drew crowds. Lake Quendrow "
                     "froze that winter.\n")
    assert "Velmor Regatta" in labels and "Velmor Regatta on Lake Quendrow" not in labels


def test_a_bold_run_holding_a_person_before_an_acronym_keeps_the_person():
    text = ("Harbour\n**Ada Brant of the Velmor Tide Office** (VTO) wrote the report. The VTO "
            "closed in 1901.\n")
    entities, _ = with_mentions(text)
    office = find(entities, "Velmor Tide Office")
    assert find(entities, "Ada Brant") is not None
    assert office is not None and "VTO" in office.aliases and not office.label.startswith("Ada")


def test_a_bold_run_holding_two_names_before_an_acronym_gives_it_the_second():
    text = ("Harbour\nIn 1850 **Quendrow Harbour and Velmor Tide Office** (VTO) were opened. The "
            "VTO closed in 1901. Quendrow Harbour silted up.\n")
    entities, _ = with_mentions(text)
    office = next((e for e in entities if "VTO" in e.aliases), None)
    assert office is not None and "Quendrow" not in office.label


def test_a_nickname_in_a_sentence_naming_only_where_it_was_given_is_the_last_ones():
    text = ("Bells\nThe Velmor Bell was cast in 1820. Ringers in Quendrow nicknamed it Old Tom.\n")
    entities, _ = with_mentions(text)
    bell = find(entities, "Velmor Bell")
    assert bell is not None and "Old Tom" in bell.aliases


def test_a_bracketed_code_spelling_none_of_a_head_pair_does_not_join_it():
    labels = _labels("Finance\nIn 1902 the Bank of Velmor and Quessar (NZ) agreed a loan. "
                     "Quessar later built its own bank.\n")
    assert "Bank of Velmor and Quessar" not in labels and "Bank of Velmor" in labels


def test_a_bold_society_of_an_office_before_its_acronym_leaves_the_acronym_to_the_office():
    # the acronym spells the office; the words before "of" name another body, its friends
    text = ("Harbour\nIn 1902 the **Friends of Velmor Tide Office** (VTO) raised funds. The VTO "
            "closed in 1931.\n")
    entities, _ = with_mentions(text)
    office = next((e for e in entities if "VTO" in e.aliases), None)
    assert office is not None and not office.label.startswith("Friends")


def test_a_lowercase_des_after_and_loses_no_name():
    # "des" joins a name inside it ("Cercle des X"); it opens none after a lowercase word
    labels = _labels("Guilds\nThe guild met in Oldwyn, and des Tanneurs paid for a bridge. Later "
                     "des Tanneurs moved.\n")
    assert any("Tanneurs" in label for label in labels)
