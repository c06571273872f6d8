"""Tests for matching keys, acronym matching and the merge rules of kg.merging.canonical."""

from __future__ import annotations

import importlib.util
from collections import Counter

import pytest

from kg.finders.candidates import Unit
from kg.merging.acronyms import definitions
from kg.merging.canonical import (
    Form,
    group_forms,
    head_variants,
    strip_possessive,
)
from kg.merging.initials import initials_match, letters, schwartz_hearst
from kg.merging.labels import choose_label, variant_rule
from kg.words.tokens import key_of_text, singular, tokenize

# word frequencies (wordfreq) decide what counts as a common word in these cases
needs_wordfreq = pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None,
                                    reason="wordfreq is not installed")


@pytest.mark.parametrize("a, b", [
    ("Velmora’s", "velmora"),
    ("Velmora's", "VELMORA"),
    ("transitional outcomes", "Transitional outcome"),
    ("cross-checking", "cross checking"),
    ("sensor capabilities", "sensor capability"),
    ("the Quarry Access Policy", "Quarry Access Policy"),
])
def test_same_key(a, b):
    assert key_of_text(a) == key_of_text(b)


@pytest.mark.parametrize("a, b", [
    ("Orla Talvik", "Tamsin Talvik"),
    ("soil safety", "Soil Safety Level"),
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
    assert initials_match("kslf", tokenize("kinetic sorting from lateral flow"))
    assert initials_match("pl", tokenize("profit and loss"))
    assert initials_match("pcw", tokenize("plate-cooled welding"))
    assert not initials_match("kslf", tokenize("sorting from lateral flow"))
    assert schwartz_hearst("flop", "floating-point operations") == 0
    assert schwartz_hearst("xyz", "floating-point operations") is None


def _unit(text: str) -> Unit:
    return Unit("d", tokenize(text), 0, None)


def _spell(unit: Unit, span) -> str:
    return " ".join(t.text for t in unit.tokens[span.start:span.end])


@pytest.mark.parametrize("text, short, long", [
    ("We use kinetic sorting from lateral flow (KSLF) here.", "KSLF",
     "kinetic sorting from lateral flow"),
    ("We use KSLF (kinetic sorting from lateral flow) here.", "KSLF",
     "kinetic sorting from lateral flow"),
    ("It needs 10 floating-point operations (FLOPs) at most.", "FLOPs",
     "floating-point operations"),
    ("Funds for profit and loss (P&L) grew.", "P&L", "profit and loss"),
    ("Funds for profit & loss (P&L) grew.", "P&L", "profit & loss"),
    ("Ruth Tallis ran the Tallow Board & Orrin Survey (TB&OS) then.", "TB&OS",
     "Tallow Board & Orrin Survey"),
    ("Ruth Tallis ran the **Tallow Board and Orrin Survey** (TB&OS) then.", "TB&OS",
     "Tallow Board and Orrin Survey"),
    ("Built with the Baltic Survey Agency (BSA) in 2001.", "BSA", "Baltic Survey Agency"),
    ("The Harlow Deep Survey, also known as Harlow, ended.", "Harlow", "Harlow Deep Survey"),
])
def test_definitions(text, short, long):
    unit = _unit(text)
    found = [(_spell(unit, d.short), _spell(unit, d.long)) for d in definitions(0, unit)]
    assert (short, long) in found


def test_no_definition_from_a_parenthetical_that_does_not_spell():
    unit = _unit("The model (GPT) was trained by a small team.")
    assert definitions(0, unit) == []


def test_ampersand_gives_no_letter_of_its_own():
    unit = _unit("Shares of Tallow & Orrin Survey (TAOS) fell.")
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
    groups = _groups(_form("Velmora", n=5), _form("Velmora Field Group", n=3))
    assert ("velmora", "velmora field group") in groups
    merges = next(iter(groups.values())).merges
    assert merges[("velmora",)]["rule"] == "short-form"


def test_short_form_not_joined_to_a_distinct_organisation():
    groups = _groups(_form("Microsoft", n=5), _form("Microsoft Research", n=3))
    assert len(groups) == 2


def test_short_form_ambiguous_between_two_longer_names():
    groups = _groups(_form("Thornby", n=2), _form("Thornby Labs Europe", n=1),
                     _form("Thornby Capital Partners", n=1))
    assert len(groups) == 3


def test_people_sharing_a_surname_stay_apart():
    groups = _groups(_form("Orla Talvik"), _form("Tamsin Talvik"), _form("Talvik", n=2))
    assert len(groups) == 3


def test_surname_and_initials_join_one_person():
    groups = _groups(_form("Piet K. Teague"), _form("Teague", n=2), _form("Piet Teague"))
    assert len(groups) == 1
    rules = {m["rule"] for g in groups.values() for m in g.merges.values()}
    assert rules == {"surname", "initials"}


@needs_wordfreq
def test_generic_head_rules():
    groups = _groups(_form("rotation approach", kind="term", proper=0),
                     _form("rotation strategy", kind="term", proper=0),
                     _form("manual approach", kind="term", proper=0),
                     _form("manual grounding", kind="term", proper=0))
    assert ("rotation approach", "rotation strategy") in groups
    assert ("manual approach",) in groups and ("manual grounding",) in groups


def test_head_variants():
    assert ("rotation", "of", "approach") in head_variants(("rotation", "approach"))
    assert ("kiln", "fired", "paradigm") in head_variants(
        ("kiln", "fired", "sintering"), distinctive=True)
    assert head_variants(("kiln", "fired", "sintering")) == [
        ("process", "oriented", "learning", h) for h in ("research", "work", "effort")
    ] or all(v[-1] != "paradigm" for v in head_variants(("kiln", "fired", "sintering")))


def test_acronym_definition_merges_with_evidence():
    groups = _groups(_form("KSLF", kind="acronym", n=3),
                     _form("kinetic sorting from lateral flow", kind="expansion"),
                     definitions=[(("kslf",), key_of_text(
                         "kinetic sorting from lateral flow"), "… (KSLF) …", "acronym")])
    (group,) = groups.values()
    assert group.merges[("kslf",)] == {"form": "KSLF", "rule": "acronym",
                                       "evidence": "… (KSLF) …"}


def test_label_prefers_expansion_then_frequency():
    acr = _form("KSLF", kind="acronym", n=3)
    exp = _form("kinetic sorting from lateral flow", kind="expansion")
    assert choose_label([acr, exp]) == "kinetic sorting from lateral flow"
    term = Form(key=("tidal", "mapping"), kinds=Counter(term=3),
                surfaces=Counter({"Tidal mapping": 1, "tidal mapping": 1}), units={0})
    assert choose_label([term]) == "tidal mapping"


def test_variant_rules():
    assert variant_rule("Velmora", "Velmora’s") == "possessive"
    assert strip_possessive("Velmora’s") == "Velmora"
    assert variant_rule("cross-checking", "cross checking") == "hyphen"
    assert variant_rule("tidal mapping", "Tidal mapping") == "case"
    assert variant_rule("transitional outcome", "transitional outcomes") == "plural"


def test_amounts_in_any_spelling():
    from kg.merging.quantities import amount

    assert amount("$7 billion") == amount("7 billion dollars") == amount("roughly $7 billion")
    assert amount("€480 million") == amount("480 million euros") == ("€", 480e6)
    assert amount("18%") == amount("18 percent") == ("%", 18.0)
    assert amount("$7 billion") != amount("$7 million")
    assert amount("88 rope makers") is None


def test_amount_and_year_merges():
    money = [_form("$7 billion", kind="quantity", proper=0),
             _form("7 billion dollars", kind="quantity", proper=0),
             _form("roughly $7 billion", kind="quantity", proper=0)]
    groups = _groups(*money)
    assert len(groups) == 1
    assert choose_label(money) == "$7 billion"
    (group,) = groups.values()
    assert {m["rule"] for m in group.merges.values()} == {"amount"}
    one = _groups(_form("1847", kind="date", proper=0), _form("12 May 1847", kind="date",
                                                              proper=0))
    assert len(one) == 1
    two = _groups(_form("2036", kind="date", proper=0), _form("4 January 2036", kind="date",
                                                              proper=0),
                  _form("5 January 2036", kind="date", proper=0))
    assert len(two) == 3


def test_middle_name_matches_its_initial():
    from kg.words.person_words import same_person

    assert same_person("Ivo E. Tully".split(), "Ivo Edwin Tully".split())
    assert not same_person("Ivo E. Tully".split(), "Ivo Edwin Wood".split())
    groups = _groups(_form("Ivo E. Tully"), _form("Ivo Edwin Tully"))
    assert len(groups) == 1


@pytest.mark.parametrize("name, head", [
    ("Guild of Norrow Ferry Banks", "guild"),
    ("Pilots’ Treaty", "treaty"),
    ("Bank of England", "bank"),
    ("Association of Colleges for Tutoring in Limnology", "association"),
    ("Statement of the Co-owned Quays", "statement"),
])
def test_head_of_a_name(name, head):
    from kg.merging.canonical import head_of

    assert head_of(key_of_text(name)) == head


def test_bare_head_and_name_with_a_classifier_join_the_name():
    groups = _groups(_form("Pilots’ Treaty", n=3), _form("Treaty", n=2),
                     _form("Quenby Fen Cooperative Bank", n=3),
                     _form("Fen bank", kind="namehead", n=2),
                     _form("Ostrava Hall", n=1), _form("Ostrava label", kind="namehead"))
    assert ("pilots treaty", "treaty") in groups
    assert ("fen bank", "quenby fen cooperative bank") in groups
    assert len(groups) == 3  # "Ostrava label" names no bank: left out


def test_a_classifier_does_not_join_a_modifier_of_many_names():
    groups = _groups(_form("GX", kind="acronym", n=9), _form("GX Safety Institute"),
                     _form("GX Index", n=2), _form("GX lab", kind="namehead"))
    assert not any("gx lab" in keys and "gx" in keys for keys in groups)


@pytest.mark.parametrize("text, short, long", [
    ("It was first known as the Sudrow Basin Array, or SBA.", "SBA",
     "Sudrow Basin Array"),
    ("The Ostervale Tramway, known locally as “the Green Line”, is new.", "Green Line",
     "Ostervale Tramway"),
    ("It circles the second Tovey–Cardle Relay point, known as R2, far away.", "R2",
     "second Tovey–Cardle Relay point"),
    ("Meta Platforms (formerly Facebook) bought it.", "Facebook", "Meta Platforms"),
    ("In 2005 the Harlow Survey was renamed the Northern Sky Atlas.", "Northern Sky Atlas",
     "Harlow Survey"),
])
def test_more_alias_definitions(text, short, long):
    unit = _unit(text)
    found = [(_spell(unit, d.short), _spell(unit, d.long)) for d in definitions(0, unit)]
    assert (short, long) in found


def test_no_alias_from_a_description():
    unit = _unit("The project was first known as the Sudrow Basin Array.")
    assert all(_spell(unit, d.long) != "The project" for d in definitions(0, unit))


def test_word_by_word_abbreviation_needs_a_clipping_or_initials():
    from kg.merging.shortenings import _abbreviates
    long = ("northern", "graph", "theory", "laboratory")
    assert _abbreviates(("gt", "lab"), long)
    assert _abbreviates(("graph", "theory", "lab"), long)
    assert not _abbreviates(("graph", "lab"), long)  # only leading words may be left out
    assert not _abbreviates(("theory", "laboratory"), long)  # a fragment, not an abbreviation
    assert not _abbreviates(("gt", "institute"), long)


def test_generational_suffix_is_not_the_surname():
    from kg.words.person_words import core_words, same_person
    assert core_words(["Ada", "B.", "Quill", "Jr."]) == ["Ada", "B.", "Quill"]
    assert same_person(["Ada", "B.", "Quill", "Jr."], ["Ada", "Quill"])


def test_acronym_with_a_number_matches_a_numbered_word():
    from kg.merging.initials import initials_match
    from kg.words.tokens import tokenize
    assert initials_match("r7s", tokenize("Revised⁷ Schedule"))
    assert not initials_match("r8s", tokenize("Revised⁷ Schedule"))


def test_a_clipped_plural_head_abbreviates_a_plural_head():
    from kg.merging.shortenings import _abbreviates, _clipping
    assert _clipping("labs", "laboratories")
    assert _clipping("lab", "laboratory")
    assert not _clipping("labs", "laboratory")  # a plural clips a plural only
    assert not _clipping("ls", "laboratories")
    assert _abbreviates(("pelmor", "labs"), ("pelmor", "laboratories"))


def test_a_modifier_before_a_clipped_head_may_be_left_out_after_the_same_first_word():
    from kg.merging.shortenings import _abbreviates
    long = ("pelmor", "optical", "laboratories")
    assert _abbreviates(("pelmor", "labs"), long)
    assert not _abbreviates(("optical", "labs"), ("pelmor", "optical", "research", "laboratories"))
    assert not _abbreviates(("pelmor", "labs"), ("pelmor", "laboratories", "of", "optics"))


def _labels(text: str) -> dict[str, set[str]]:
    from kg.entities import extract_entities
    from kg.model import Document
    from kg.splitter import split_document
    doc = Document(id="document:x", path="x.txt", title="x", text=text)
    sections, sentences = split_document(doc)
    entities, _ = extract_entities([doc], sections, sentences)
    return {e.label: e.aliases for e in entities}


def test_an_informal_labs_name_joins_the_one_laboratories_name():
    found = _labels("Ruth Tallis worked at the Pelmor Optical Laboratories in Harnby. "
                    "In 1931 a Pelmor Labs team led by Ruth Tallis built a lamp.")
    assert "Pelmor Labs" in found["Pelmor Optical Laboratories"]
    assert "Pelmor Labs" not in found


def test_an_informal_labs_name_stays_apart_when_two_names_fit():
    found = _labels("Ruth Tallis worked at the Pelmor Optical Laboratories and the Pelmor "
                    "Marine Laboratories in Harnby. In 1931 a Pelmor Labs team led by Ruth "
                    "Tallis built a lamp.")
    assert "Pelmor Labs" in found


def test_a_german_title_with_fur_is_one_name():
    found = _labels("Ruth Tallis published her result in *Annalen für Harnby Optik*, a journal "
                    "of Pelmor. The paper in *Annalen für Harnby Optik* was short.")
    assert "Annalen für Harnby Optik" in found
    assert "Harnby Optik" not in found


def test_two_titles_joined_by_and_stay_two():
    found = _labels("Ruth Tallis read *Annalen Optik* and *Harnby Optik* every month. "
                    "Both *Annalen Optik* and *Harnby Optik* printed her letters.")
    assert "Annalen Optik and Harnby Optik" not in found
