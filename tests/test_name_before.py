"""The one helper that finds where a capitalised name starts before a given token."""

from kg.finders.candidates import Unit
from kg.finders.cases import case_names
from kg.finders.name_before import name_before
from kg.words.tokens import tokenize


def _case_texts(text: str) -> list[str]:
    unit = Unit("d", tokenize(text), 0, None)
    return [" ".join(t.text for t in unit.tokens[s.start:s.end])
            for s in case_names(0, unit, None)]


def test_a_case_party_goes_back_over_of_the():
    assert _case_texts("It cited Board of the Pelmor Port v. Tasker Ltd in the ruling.") == [
        "Board of the Pelmor Port v . Tasker Ltd"]


def test_a_case_party_goes_back_over_and_and_ampersand():
    assert _case_texts("It cited Okonjo and Sons v. Lind & Vennel in court.") == [
        "Okonjo and Sons v . Lind & Vennel"]


def test_name_before_needs_a_capital_before_the_joiner():
    toks = tokenize("most of the Pelmor Lamp")
    assert name_before(toks, len(toks)) == 3
    toks = tokenize("the Survey Office of the Board of Roads")
    assert name_before(toks, len(toks)) == 1
    assert name_before(toks, len(toks), joiners=frozenset()) == 7
