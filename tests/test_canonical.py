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
