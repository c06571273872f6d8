"""A name set between commas after "In a statement," is the sentence's subject, not the
statement: "the statement" later is no reference to it (review of probefix12, whose rule
describes the name beside a verb's object, "published a paper, Notes on X,")."""

from __future__ import annotations

from tests.test_entities import needs_wordfreq
from tests.test_entities_round2 import _references


@needs_wordfreq
def test_a_firm_after_a_fronted_statement_is_not_the_statement():
    text = ("The Orsk Pit\n"
            "The Orsk Pit opened in 1880 near Harmouth. In a statement, Tessby Mining, which "
            "owned the pit, said it would close in 1960. Miners met in the square. The "
            "statement was read aloud by the mayor.\n")
    refs = _references(text)
    assert ("the pit", "Orsk Pit") in refs  # the text is read at all
    assert not any(surface.lower() == "the statement" for surface, _label in refs)


@needs_wordfreq
def test_a_state_after_a_fronted_treaty_is_not_the_treaty():
    text = ("The coast\n"
            "Under a treaty, Orvland, a small state, gave up the coast in 1821. Lawyers came "
            "from the south. The treaty was ignored.\n")
    refs = _references(text)
    assert ("The treaty", "Orvland") not in refs
