"""rev16c (review of rel16): the title's firm as the only trader named yields to a firm the
window introduces without a name ("hired a firm of surveyors. The firm …"); a "They" chained
from a "Their" that opened a plural subject ("Their two sons opened a shop. They …") is that
plural's; "the method" restricted by a clause of its own ("The method she chose") takes no
term named before. Invented sentences."""

from __future__ import annotations

from tests.test_entities import reference_triples

_FIRM = ("# The Brenwick Slate Company\n\n"
         "In 1851 Aldwyn Palvane founded the Brenwick Slate Company at Quenholt. "
         "Palvane had worked in quarries for twenty years. His wife kept the ledgers. "
         "{hire} The firm mapped the hill.\n")


def _firm(text: str) -> list[str]:
    return [label for _s, surface, label in reference_triples(text) if surface == "The firm"]


def test_the_firm_after_an_unnamed_firm_is_introduced_is_not_the_titled_one():
    # control: with no other firm in sight "The firm" is the title's (rel16's sole trader)
    assert _firm(_FIRM.format(hire="Palvane hired Yselde Asklund in 1858.")) == [
        "Brenwick Slate Company"]
    # a surveyors' firm introduced just before: "The firm" is that one, which has no name
    assert _firm(_FIRM.format(hire="Palvane hired a firm of surveyors in 1858.")) == []
    assert _firm(_FIRM.format(hire="His brother had founded a firm in Tarnholm.")) == []


def _they(text: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for s, surface, label in reference_triples(text):
        if surface in ("They", "Their"):
            out.setdefault(s, set()).add(label)
    return out


COUPLE = {"Aldwyn Palvane", "Yselde Asklund"}


def test_they_after_their_plural_subject_is_not_the_couple_again():
    text = ("# Palvane\n\nAfter the war Aldwyn Palvane married Yselde Asklund. "
            "Their two sons opened a shop in Quenholt. They sold bread.\n")
    assert _they(text) == {1: COUPLE}  # "Their" the couple's; "They" the sons, unresolved


def test_they_after_their_singular_subject_is_still_the_couple():
    # another genre: a lab's pair, "Their result" is one thing, "They" the pair again
    text = ("# Glaze\n\nDorvin Quellet and Yselde Asklund heated the clay in 1931. "
            "Their result surprised the society. They repeated it in 1932.\n")
    assert _they(text) == {1: {"Dorvin Quellet", "Yselde Asklund"},
                           2: {"Dorvin Quellet", "Yselde Asklund"}}


def _method(text: str) -> list[str]:
    return [label for _s, surface, label in reference_triples(text)
            if surface.lower() == "the method"]


def test_the_method_with_a_clause_of_its_own_is_not_the_term_named_before():
    # control: the bare phrase takes the one term just named (rel16)
    assert _method("Yselde Asklund tried the cold-wick method. The method dried the fronds "
                   "in a week.\n") == ["cold-wick method"]
    assert _method("Yselde Asklund rejected the cold-wick method. The method she chose used "
                   "heat.\n") == []
    assert _method("Yselde Asklund rejected the cold-wick method. The method used by her "
                   "teacher was quicker.\n") == []
