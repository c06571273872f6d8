"""A name and a lowercase noun set in italics once are one term (:mod:`kg.finders.italic_terms`):
"the *Vennel equations*" written once, beside two people named Vennel. Invented sentences,
with negatives in other genres."""

from __future__ import annotations

from kg.finders.candidates import corpus_stats
from kg.finders.italic_terms import italic_terms
from kg.finders.units import Unit
from kg.words.tokens import tokenize
from tests.test_entities import find, with_mentions


def test_an_italic_eponymous_term_written_once_is_whole():
    entities, _ = with_mentions(
        "Fields\n"
        "Two years later the brothers Ada Vennel and Tom Vennel wrote down the *Vennel "
        "equations*, which describe how a field decays. Tom Vennel later taught in Oxford.\n")
    term = find(entities, "Vennel equations")
    assert term is not None and term.entity_type not in ("person", "place")
    assert find(entities, "Vennel") is None  # no bare fragment of the term


def _spans(text: str) -> list[str]:
    unit = Unit("d", tokenize(text, 0), 0, None)
    toks = unit.tokens
    return [" ".join(t.text for t in toks[s.start:s.end])
            for s in italic_terms(0, unit, corpus_stats([unit]))]


def test_italic_pairs_that_are_no_eponymous_term():
    # a recipe's adjective of nationality, a sentence-opening capital, bold, three words
    assert _spans("The cabinet was finished in *French polish* by hand.") == []
    assert _spans("*Echo sounding* changed how ships measured depth.") == []
    assert _spans("The shop sold **Harrenby pies** every Sunday.") == []
    assert _spans("She read *Harrenby and Ostley* aloud.") == []
    assert _spans("The shop sold *Harrenby pies* every Sunday.") == ["Harrenby pies"]
