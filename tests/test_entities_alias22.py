"""alias22: a renaming with a date between the verb and the new name, and a sentence-opening
"The company" left unresolved taken as the one body named before whose name holds the new
name's first word (:mod:`kg.merging.dated_renamings`), on invented sentences, with negatives
from other genres."""

from __future__ import annotations

from tests.test_entities import find, read_file


def _forms(entities, form: str) -> set[str]:
    entity = find(entities, form)
    assert entity is not None, f"{form} not found"
    return {entity.label, *entity.aliases}


def test_a_firm_reorganised_in_a_year_as_a_company_keeps_both_names(tmp_path):
    text = ("The Quarnby Glass Company was founded in 1840 by Orla Tamsett. In its early years "
            "it made bottles for the brewers of the valley. The Quarnby Glass Company was "
            "reorganised in 1868 as the Ternholt Glass Corporation. The Ternholt Glass "
            "Corporation closed in 1931.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Ternholt Glass Corporation" in _forms(entities, "Quarnby Glass Company")


def test_a_society_that_changed_its_name_in_a_month_keeps_both_names(tmp_path):
    text = ("The Fendry Ringing Society was formed in 1820 by local ringers. The Fendry "
            "Ringing Society changed its name in March 1851 to the Oskett Ringing Guild. The "
            "guild still meets.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Oskett Ringing Guild" in _forms(entities, "Fendry Ringing Society")


def test_the_company_after_a_heading_is_the_firm_holding_the_new_names_first_word(tmp_path):
    text = ("# Lamps of the Vellisk Valley\n\n## Early years\n\nOrla Tamsett and Ivo Crewley "
            "founded Tamsett & Crewley in 1850 to make oil lamps. Their rivals were Hobbard & "
            "Finch and the Harlby Brass Works. In 1858 the three makers agreed to share their "
            "patents.\n\n## Later years\n\nThe company was reorganised in 1872 as the Tamsett "
            "Lamp Company. It opened a second works in 1870.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert "Tamsett Lamp Company" in _forms(entities, "Tamsett & Crewley")
    assert "Tamsett Lamp Company" not in _forms(entities, "Harlby Brass Works")


def test_a_place_in_the_middle_is_no_date(tmp_path):
    # a club history: "reorganised in Vessock as" names where, not when; no renaming read
    text = ("The Harlby Rovers were formed in 1890. In 1902 the Harlby Rovers were reorganised "
            "in Oskett as the Fendry Athletic. The Fendry Athletic won the cup in 1910.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Fendry Athletic") is not None
    assert "Fendry Athletic" not in _forms(entities, "Harlby Rovers")


def test_a_troupe_renamed_for_its_town_is_not_the_town_society(tmp_path):
    # theatre: the new name's first word is a town's, which no person named before bears, so
    # the one earlier body holding it (a choral society) is not taken for "The company"
    text = ("# Theatre in Quarnby\n\n## Early seasons\n\nThe Oskett Players were formed in "
            "1901 by Ivo Fendry. They gave their first seasons in the hall of the Quarnby Choral "
            "Society.\n\n## Later years\n\nThe company was reorganised in 1920 as the Quarnby "
            "Repertory Company. It toured the north until 1939.\n")
    entities, _, _ = read_file(text, tmp_path)
    assert find(entities, "Quarnby Repertory Company") is not None
    assert "Quarnby Repertory Company" not in _forms(entities, "Quarnby Choral Society")
