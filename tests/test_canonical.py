"""Tests for matching keys, acronym matching and the merge rules of kg.canonical."""

from __future__ import annotations

import importlib.util
from collections import Counter

import pytest

from kg.acronyms import definitions, initials_match, letters, schwartz_hearst
from kg.candidates import Unit
from kg.canonical import (
    Form,
    choose_label,
    group_forms,
    head_variants,
    strip_possessive,
    variant_rule,
)
from kg.tokens import key_of_text, singular, tokenize

# word frequencies (wordfreq) decide what counts as a common word in these cases
needs_wordfreq = pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None,
                                    reason="wordfreq is not installed")


@pytest.mark.parametrize("a, b", [
    ("Anthropic’s", "anthropic"),
    ("Anthropic's", "ANTHROPIC"),
    ("intermediate scenarios", "Intermediate scenario"),
    ("red-teaming", "red teaming"),
    ("alignment capabilities", "alignment capability"),
    ("the Responsible Scaling Policy", "Responsible Scaling Policy"),
])
def test_same_key(a, b):
    assert key_of_text(a) == key_of_text(b)


@pytest.mark.parametrize("a, b", [
    ("Dario Amodei", "Daniela Amodei"),
    ("AI safety", "AI Safety Level"),
    ("process", "processes of"),
])
def test_different_key(a, b):
    assert key_of_text(a) != key_of_text(b)


@pytest.mark.parametrize("word, expected", [
    ("capabilities", "capability"), ("models", "model"), ("process", "process"),
    ("analysis", "analysis"), ("boxes", "box"), ("status", "status"), ("FLOPs".lower(), "flop"),
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_acronym_letters_and_initials():
    assert letters("FLOPs") == "flop" and letters("R&D") == "rd"
    assert initials_match("rlhf", tokenize("reinforcement learning from human feedback"))
    assert initials_match("rd", tokenize("research and development"))
    assert initials_match("pol", tokenize("process-oriented learning"))
    assert not initials_match("rlhf", tokenize("learning from human feedback"))
    assert schwartz_hearst("flop", "floating-point operations") == 0
    assert schwartz_hearst("xyz", "floating-point operations") is None


def _unit(text: str) -> Unit:
    return Unit("d", tokenize(text), 0, None)


def _spell(unit: Unit, span) -> str:
    return " ".join(t.text for t in unit.tokens[span.start:span.end])


@pytest.mark.parametrize("text, short, long", [
    ("We use reinforcement learning from human feedback (RLHF) here.", "RLHF",
     "reinforcement learning from human feedback"),
    ("We use RLHF (reinforcement learning from human feedback) here.", "RLHF",
     "reinforcement learning from human feedback"),
    ("It needs 10 floating-point operations (FLOPs) at most.", "FLOPs",
     "floating-point operations"),
    ("Funds for research and development (R&D) grew.", "R&D", "research and development"),
    ("Built with the European Space Agency (ESA) in 2001.", "ESA", "European Space Agency"),
    ("The Harlow Deep Survey, also known as Harlow, ended.", "Harlow", "Harlow Deep Survey"),
])
def test_definitions(text, short, long):
    unit = _unit(text)
    found = [(_spell(unit, d.short), _spell(unit, d.long)) for d in definitions(0, unit)]
    assert (short, long) in found


def test_no_definition_from_a_parenthetical_that_does_not_spell():
    unit = _unit("The model (GPT) was trained by a small team.")
    assert definitions(0, unit) == []


def _form(text: str, *, kind="name", n=1, proper=None) -> Form:
    key = key_of_text(text)
    return Form(key=key, surfaces=Counter({text: n}), kinds=Counter({kind: n}), units={0},
                proper=n if proper is None else proper)


def _groups(*forms, definitions=()):
    kept = {f.key: f for f in forms}
    return {tuple(sorted(" ".join(k) for k in g.keys)): g
            for g in group_forms(kept, list(definitions))}


def test_short_form_joins_a_unique_longer_name():
    groups = _groups(_form("Anthropic", n=5), _form("Anthropic AI Safety", n=3))
    assert ("anthropic", "anthropic ai safety") in groups
    merges = next(iter(groups.values())).merges
    assert merges[("anthropic",)]["rule"] == "short-form"


def test_short_form_not_joined_to_a_distinct_organisation():
    groups = _groups(_form("Microsoft", n=5), _form("Microsoft Research", n=3))
    assert len(groups) == 2


def test_short_form_ambiguous_between_two_longer_names():
    groups = _groups(_form("Kestrel", n=2), _form("Kestrel Labs Europe", n=1),
                     _form("Kestrel Capital Partners", n=1))
    assert len(groups) == 3


def test_people_sharing_a_surname_stay_apart():
    groups = _groups(_form("Dario Amodei"), _form("Daniela Amodei"), _form("Amodei", n=2))
    assert len(groups) == 3


def test_surname_and_initials_join_one_person():
    groups = _groups(_form("John C. Mather"), _form("Mather", n=2), _form("John Mather"))
    assert len(groups) == 1
    rules = {m["rule"] for g in groups.values() for m in g.merges.values()}
    assert rules == {"surname", "initials"}


@needs_wordfreq
def test_generic_head_rules():
    groups = _groups(_form("portfolio approach", kind="term", proper=0),
                     _form("portfolio strategy", kind="term", proper=0),
                     _form("empirical approach", kind="term", proper=0),
                     _form("empirical grounding", kind="term", proper=0))
    assert ("portfolio approach", "portfolio strategy") in groups
    assert ("empirical approach",) in groups and ("empirical grounding",) in groups


def test_head_variants():
    assert ("portfolio", "of", "approach") in head_variants(("portfolio", "approach"))
    assert ("process", "oriented", "paradigm") in head_variants(
        ("process", "oriented", "learning"), distinctive=True)
    assert head_variants(("process", "oriented", "learning")) == [
        ("process", "oriented", "learning", h) for h in ("research", "work", "effort")
    ] or all(v[-1] != "paradigm" for v in head_variants(("process", "oriented", "learning")))


def test_acronym_definition_merges_with_evidence():
    groups = _groups(_form("RLHF", kind="acronym", n=3),
                     _form("reinforcement learning from human feedback", kind="expansion"),
                     definitions=[(("rlhf",), key_of_text(
                         "reinforcement learning from human feedback"), "… (RLHF) …", "acronym")])
    (group,) = groups.values()
    assert group.merges[("rlhf",)] == {"form": "RLHF", "rule": "acronym",
                                       "evidence": "… (RLHF) …"}


def test_label_prefers_expansion_then_frequency():
    acr = _form("RLHF", kind="acronym", n=3)
    exp = _form("reinforcement learning from human feedback", kind="expansion")
    assert choose_label([acr, exp]) == "reinforcement learning from human feedback"
    term = Form(key=("scalable", "oversight"), kinds=Counter(term=3),
                surfaces=Counter({"Scalable oversight": 1, "scalable oversight": 1}), units={0})
    assert choose_label([term]) == "scalable oversight"


def test_variant_rules():
    assert variant_rule("Anthropic", "Anthropic’s") == "possessive"
    assert strip_possessive("Anthropic’s") == "Anthropic"
    assert variant_rule("red-teaming", "red teaming") == "hyphen"
    assert variant_rule("scalable oversight", "Scalable oversight") == "case"
    assert variant_rule("intermediate scenario", "intermediate scenarios") == "plural"


def test_amounts_in_any_spelling():
    from kg.quantities import amount

    assert amount("$10 billion") == amount("10 billion dollars") == amount("roughly $10 billion")
    assert amount("€480 million") == amount("480 million euros") == ("€", 480e6)
    assert amount("18%") == amount("18 percent") == ("%", 18.0)
    assert amount("$10 billion") != amount("$10 million")
    assert amount("117 textile workers") is None


def test_amount_and_year_merges():
    money = [_form("$10 billion", kind="quantity", proper=0),
             _form("10 billion dollars", kind="quantity", proper=0),
             _form("roughly $10 billion", kind="quantity", proper=0)]
    groups = _groups(*money)
    assert len(groups) == 1
    assert choose_label(money) == "$10 billion"
    (group,) = groups.values()
    assert {m["rule"] for m in group.merges.values()} == {"amount"}
    one = _groups(_form("1953", kind="date", proper=0), _form("14 March 1953", kind="date",
                                                              proper=0))
    assert len(one) == 1
    two = _groups(_form("2022", kind="date", proper=0), _form("4 January 2022", kind="date",
                                                              proper=0),
                  _form("5 January 2022", kind="date", proper=0))
    assert len(two) == 3


def test_middle_name_matches_its_initial():
    from kg.people import same_person

    assert same_person("James E. Webb".split(), "James Edwin Webb".split())
    assert not same_person("James E. Webb".split(), "James Edwin Wood".split())
    groups = _groups(_form("James E. Webb"), _form("James Edwin Webb"))
    assert len(groups) == 1


@pytest.mark.parametrize("name, head", [
    ("Federation of Regional Cooperative Banks", "federation"),
    ("Members’ Charter", "charter"),
    ("Bank of England", "bank"),
    ("Association of Universities for Research in Astronomy", "association"),
    ("Statement on the Co-operative Identity", "statement"),
])
def test_head_of_a_name(name, head):
    from kg.canonical import head_of

    assert head_of(key_of_text(name)) == head


def test_bare_head_and_name_with_a_classifier_join_the_name():
    groups = _groups(_form("Members’ Charter", n=3), _form("Charter", n=2),
                     _form("Harwell Valley Cooperative Bank", n=3),
                     _form("Valley bank", kind="namehead", n=2),
                     _form("Ostrava Hall", n=1), _form("Ostrava label", kind="namehead"))
    assert ("charter", "members charter") in groups
    assert ("harwell valley cooperative bank", "valley bank") in groups
    assert len(groups) == 3  # "Ostrava label" names no bank: left out


def test_a_classifier_does_not_join_a_modifier_of_many_names():
    groups = _groups(_form("AI", kind="acronym", n=9), _form("AI Safety Institute"),
                     _form("AI Index", n=2), _form("AI lab", kind="namehead"))
    assert not any("ai lab" in keys and "ai" in keys for keys in groups)


@pytest.mark.parametrize("text, short, long", [
    ("It was first known as the Next Generation Space Telescope, or NGST.", "NGST",
     "Next Generation Space Telescope"),
    ("The Ostervale Tramway, known locally as “the Green Line”, is new.", "Green Line",
     "Ostervale Tramway"),
    ("It orbits the second Sun–Earth Lagrange point, known as L2, far away.", "L2",
     "second Sun–Earth Lagrange point"),
    ("Meta Platforms (formerly Facebook) bought it.", "Facebook", "Meta Platforms"),
    ("In 2005 the Harlow Survey was renamed the Northern Sky Atlas.", "Northern Sky Atlas",
     "Harlow Survey"),
])
def test_more_alias_definitions(text, short, long):
    unit = _unit(text)
    found = [(_spell(unit, d.short), _spell(unit, d.long)) for d in definitions(0, unit)]
    assert (short, long) in found


def test_no_alias_from_a_description():
    unit = _unit("The project was first known as the Next Generation Space Telescope.")
    assert all(_spell(unit, d.long) != "The project" for d in definitions(0, unit))


def test_word_by_word_abbreviation_needs_a_clipping_or_initials():
    from kg.shortenings import _abbreviates
    long = ("northern", "graph", "theory", "laboratory")
    assert _abbreviates(("gt", "lab"), long)
    assert _abbreviates(("graph", "theory", "lab"), long)
    assert not _abbreviates(("graph", "lab"), long)  # only leading words may be left out
    assert not _abbreviates(("theory", "laboratory"), long)  # a fragment, not an abbreviation
    assert not _abbreviates(("gt", "institute"), long)


def test_generational_suffix_is_not_the_surname():
    from kg.people import core_words, same_person
    assert core_words(["Ada", "B.", "Quill", "Jr."]) == ["Ada", "B.", "Quill"]
    assert same_person(["Ada", "B.", "Quill", "Jr."], ["Ada", "Quill"])


def test_acronym_with_a_number_matches_a_numbered_word():
    from kg.acronyms import initials_match
    from kg.tokens import tokenize
    assert initials_match("r7s", tokenize("Revised⁷ Schedule"))
    assert not initials_match("r8s", tokenize("Revised⁷ Schedule"))
