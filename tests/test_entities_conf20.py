"""conf20: a firm named by its founder's full name and "Company" is kept apart from the
founder when the bare name is a person's in the text (a listed given name first, or a
person's verb after it); a name that is only ever the firm's still joins; invented sentences."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_a_founder_written_with_a_persons_verb_is_kept_apart_from_the_firm():
    got = typed_aliases("In 1850 Ossivar Quellby founded the Ossivar Quellby Company. "
                        "Quellby died in 1880.")
    assert got["Ossivar Quellby"] == ("person", {"Quellby"})
    assert got["Ossivar Quellby Company"][0] == "organization"


def test_a_founder_with_a_listed_given_name_is_kept_apart_from_the_firm():
    got = typed_aliases("In 1850 Harriet Dorwent founded the Harriet Dorwent Company. "
                        "The company sold soap.")
    assert got["Harriet Dorwent"][0] == "person"
    assert got["Harriet Dorwent Company"] == ("organization", {"company"})


def test_a_trading_firms_short_name_still_joins_the_firm():
    # a shipping ledger: "Trevannic Trading" names no person
    got = typed_aliases("The Trevannic Trading Company shipped wool to Riga. In 1880 "
                        "Trevannic Trading opened a depot at the docks.")
    assert got["Trevannic Trading Company"] == ("organization", {"Trevannic Trading"})
    assert "Trevannic Trading" not in got


def test_a_brothers_firm_still_joins_its_limited_name():
    got = typed_aliases("Pellick Brothers Limited built boats. Pellick Brothers closed in 1920.")
    assert got["Pellick Brothers Limited"] == ("organization", {"Pellick Brothers"})
