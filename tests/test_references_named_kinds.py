"""Tests for kg.references.named_kinds: "the Varrow firm", "Father and son", "designed a
folding lamp" … "the Tallis lamp". Small made-up documents, each rule with a case in
another genre where it must not fire."""

from __future__ import annotations

from kg.references.named_kinds import kin_pair, name_modified
from kg.words.tokens import tokenize
from tests.test_entities import with_mentions
from tests.test_entities_round2 import _references


def test_the_word_opening_a_firms_name_and_a_firm_noun_stand_for_the_firm():
    # since alias13 (rules firm-name and name-head of kg.merging) both phrases are names of
    # the works, matched as such, and named_kinds adds no reference beside them
    entities, mentions = with_mentions(
        "T\n"
        "In 1878 the Varrow Lamp Works, a firm based in the mill town of Varrow, began "
        "selling oil lamps. The Varrow firm opened a shop at Pellcross in 1884. Ruth Tallis "
        "resigned in 1885 and later joined the Varrow works as a clerk.\n")
    label = {e.id: e.label for e in entities}
    found = {(m.surface.removeprefix("The ").removeprefix("the "), label[m.entity])
             for m in mentions}
    assert ("Varrow firm", "Varrow Lamp Works") in found
    assert ("Varrow works", "Varrow Lamp Works") in found
    assert not [m for m in mentions if m.via == "reference" and "Varrow" in m.surface]


def test_the_town_word_and_a_firm_noun_stand_for_the_firm_named_after_the_town():
    # the reference itself, on the tokens: "Varrow" alone is the town, the phrase the works
    tokens = tokenize("Then the Varrow firm opened a shop.")
    orgs = {7: ({"varrow"}, {"work", "works", "lamp"})}
    assert name_modified(tokens, [(2, 3)], orgs) == [(1, 4, 7)]
    assert name_modified(tokenize("Then the Varrow firm of builders came."), [(2, 3)], orgs) == []
    hospital = {8: ({"varrow"}, {"hospital"})}
    assert name_modified(tokens, [(2, 3)], hospital) == []


def test_a_place_word_before_a_common_noun_takes_no_organisation():
    refs = _references(
        "Varrow is a market town on the river Quenby. The Varrow valley floods most winters, "
        "and the Varrow market is held on Tuesdays. The Quenby Rowing Club trains there.\n")
    assert not [r for r in refs if r[0].startswith(("The Varrow", "the Varrow"))]


def test_the_word_of_two_organisations_names_with_a_bare_firm_noun_takes_neither():
    refs = _references(
        "The Varrow Lamp Works and the Varrow Glass Works both opened in 1880. The Varrow "
        "company later bought a canal barge.\n")
    assert not [r for r in refs if r[0] == "The Varrow company"]


def test_father_and_son_stand_for_the_two_people_just_named():
    refs = _references(
        "In Scotland, Edwin Marrick and his son Alan Marrick built a new kind of lens. The "
        "younger Marrick wrote a short paper on it. Father and son shared the Osterby Medal "
        "in 1921.\n")
    assert ("Father and son", "Edwin Marrick") in refs
    assert ("Father and son", "Alan Marrick") in refs


def test_a_couple_after_three_people_takes_nobody():
    refs = _references(
        "The trial was heard in Osterby. Edwin Marrick, Alan Dunhalt and Ruth Tallis gave "
        "evidence for the crown. The couple left the court before the verdict.\n")
    assert not [r for r in refs if r[0] == "The couple"]


def test_a_kin_pair_opens_the_sentence_or_is_none():
    assert kin_pair(tokenize("Father and son shared the prize.")) == 3
    assert kin_pair(tokenize("The two brothers sold the mill.")) == 3
    assert kin_pair(tokenize("The couple moved to Osterby.")) == 2
    assert kin_pair(tokenize("His father and son shared the prize.")) == 0
    assert kin_pair(tokenize("Both men signed the letter.")) == 2
    assert kin_pair(tokenize("The two firms merged.")) == 0
    assert kin_pair(tokenize("The pair of lenses was ground in Osterby.")) == 0


def test_an_indefinite_thing_a_person_designed_is_the_term_named_for_her():
    refs = _references(
        "Ruth Tallis joined the Varrow Lamp Works as a clerk in 1846. In 1849 she designed a "
        "folding brass lamp with a hinged shade. Miners liked it at once, and the Tallis lamp "
        "was soon sold across the north. Copies of the Tallis lamp were still made in the "
        "1920s.\n")
    assert ("a folding brass lamp", "Tallis lamp") in refs


def test_an_indefinite_thing_not_named_for_its_maker_takes_nothing():
    refs = _references(
        "Alan Dunhalt coached the Osterby Rovers for ten years. In 1902 he designed a new "
        "training pitch with a drained field. The Dunhalt Stand, named after him, opened in "
        "1910, and the Dunhalt Stand still holds 900 people.\n")
    assert not [r for r in refs if r[0].startswith("a new training")]


def test_the_unknown_noun_a_term_was_described_by_stands_for_the_term():
    refs = _references(
        "**Tremmer rays** are a form of faint magnetic radiation. Ruth Tallis first saw them "
        "in 1902. She found that the unknown radiation passed through glass. Alan Dunhalt "
        "proposed that the new radiation be named after her.\n")
    assert ("the unknown radiation", "Tremmer rays") in refs
    assert ("the new radiation", "Tremmer rays") in refs


def test_the_new_post_is_another_holder_not_the_person_so_described():
    refs = _references(
        "Ruth Tallis was a weaver at the Varrow Lamp Works for ten years. In 1890 the new "
        "weaver took over her loom, and the Works closed in 1901.\n")
    assert not [r for r in refs if r[0] == "the new weaver"]


def test_a_plural_copula_describes_only_through_a_sort_of_noun():
    from kg.kinds.description_heads import copula_head
    toks = tokenize("Tremmer rays are a form of faint magnetic radiation.")
    assert copula_head(toks, 2) == "radiation"
    toks = tokenize("Ada Lind and Ivo Skarn are a married couple.")
    assert copula_head(toks, 5) is None
    toks = tokenize("The Osterby Rovers were a club of miners.")
    assert copula_head(toks, 3) is None
