"""Lowercase technical terms introduced once as "the T" and glossed at once (issue 3):
after a copula, in apposition to any noun, or glossed by a kind
(:func:`kg.finders.glosses.glossed`). Small made-up documents, and three in other genres
(a recipe, a match report, a court case) where "the X, which …" is an ordinary noun phrase."""

from __future__ import annotations

import pytest

from tests.test_entities import by_reference, find, read_entities, read_file

COPULA = """Signal lamps failed in fog. Orlan's answer was the twin-coil lamp, in which two \
filaments burned in turn. Crews liked it.
"""
APPOSITION = """Sorting was slow. Kestrow then proposed an improvement, the skew gate, which \
halved the errors of the sorting frame.
"""
KIND = """Engines wore out fast. Ossel is also credited with the drip-feed oiler, a small brass \
cup at each bearing that let oil in slowly.
"""


@pytest.mark.parametrize("text, term", [(COPULA, "twin-coil lamp"), (APPOSITION, "skew gate"),
                                        (KIND, "drip-feed oiler")],
                         ids=["copula", "apposition", "kind"])
def test_a_term_introduced_and_glossed_once_is_kept(tmp_path, text, term):
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is not None


@pytest.mark.parametrize("text, term", [
    ("Crews cleaned the twin-coil lamp, which two filaments lit in turn. Crews liked it.\n",
     "twin-coil lamp"),
    ("Kestrow then built the skew gate, which halved the errors of the sorting frame.\n",
     "skew gate"),
    ("Ossel packed the drip-feed oiler, a lantern and a compass for the voyage.\n",
     "drip-feed oiler"),
    ("Orlan's answer was the twin-coil lamp, and crews liked it at once.\n", "twin-coil lamp"),
], ids=["relative-alone", "object-relative", "list", "unglossed"])
def test_the_same_term_without_its_introduction_is_not_kept(tmp_path, text, term):
    # a relative clause alone or after an object, a list after the comma, or a copula with
    # no gloss introduces nothing
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is None


RECIPE = """Heat the oil in a wide pan. The secret of this dish is the tomato sauce, which \
should simmer for an hour. Add a spoonful of paste, the garlic mixture, which keeps for a \
week. Season the sauce with the sea salt, a coarse grey salt from the coast. The best part \
was the roast lamb, which fell from the bone. Serve it with the green salad, a bowl of \
leaves dressed in lemon. Stir the onions in the cast-iron pan, which should smoke slightly.
"""
MATCH = """The visitors took the lead after ten minutes. The turning point was the second \
goal, which came from a corner. The hosts then had a chance, the home side's best chance, \
which hit the bar. The crowd cheered the free kick, a low shot into the corner. The \
difference was the penalty decision, which the referee made late. After the break the coach \
made a change, the extra striker, which paid off at once. The match ended with the final \
whistle, a relief for the tired players.
"""
LEASE = """The tenant signed the lease in March. The dispute turned on the notice period, \
which the landlord said was too short. The judge also considered the rent review, a yearly \
check of the market rent. The main issue was the repair covenant, which required the tenant \
to maintain the roof. The landlord relied on the written notice, a letter sent by post. The \
appeal court agreed with the lower court, which had found for the tenant.
"""


@pytest.mark.parametrize("text, phrases", [
    (RECIPE, ["tomato sauce", "garlic mixture", "sea salt", "roast lamb", "green salad",
              "cast-iron pan"]),
    (MATCH, ["second goal", "free kick", "penalty decision", "extra striker", "final whistle"]),
    (LEASE, ["notice period", "rent review", "repair covenant", "written notice",
             "lower court"]),
], ids=["recipe", "match", "lease"])
def test_an_ordinary_noun_phrase_glossed_is_no_term(tmp_path, text, phrases):
    entities = read_entities(text, tmp_path)
    for phrase in phrases:
        assert find(entities, phrase) is None, phrase


OILER = """Engines wore out fast. Ossel is also credited with the drip-feed oiler, a small brass \
cup at each bearing that let oil in slowly. Before the oiler was fitted, the bearings seized \
every month.
"""


def test_the_head_of_a_glossed_term_stands_for_it_after(tmp_path):
    entities, mentions, _sentences = read_file(OILER, tmp_path)
    oiler = find(entities, "drip-feed oiler")
    assert by_reference(mentions, oiler, 2)


def test_a_head_the_text_used_before_the_term_stands_for_no_term(tmp_path):
    # "an oiler" before the term: "the oiler" may be any oiler
    text = "Every engine had an oiler on its frame. " + OILER
    entities, mentions, _sentences = read_file(text, tmp_path)
    oiler = find(entities, "drip-feed oiler")
    assert oiler is not None and not by_reference(mentions, oiler, 3)


@pytest.mark.parametrize("text, term", [
    (("Astronomers mapped the **dark matter** around the Varlow cluster. The matter was "
     "settled by a second survey in 1990.\n"), "dark matter"),
    (("Ruth Tallis taught the **vanishing point**, a trick of perspective. The point is that "
     "all lines meet.\n"), "vanishing point"),
], ids=["matter", "point"])
def test_a_very_common_head_stands_for_no_term(tmp_path, text, term):
    # "the matter", "the point" stand alone in everyday phrases
    entities, mentions, _sentences = read_file(text, tmp_path)
    found = find(entities, term)
    assert found is not None and not by_reference(mentions, found, 1)


@pytest.mark.parametrize("text, term", [
    ("Within a decade, the steam tram, which ran on coal, had replaced the horses.\n",
     "steam tram"),
    ("After a slow start, the visiting fullback, which nobody expected, scored twice.\n",
     "visiting fullback"),
], ids=["within-a-decade", "after-a-slow-start"])
def test_a_fronted_phrase_before_the_subject_is_no_apposition(tmp_path, text, term):
    # "After a slow start," opens the sentence: "the T, which …" is its subject, apposed to
    # nothing
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is None


@pytest.mark.parametrize("text, term", [
    ("Kestrow repaired the skew gate, a week after the fire.\n", "skew gate"),
    ("Rovers scored from the near-post corner, a minute before half-time.\n",
     "near-post corner"),
    ("The crew cleaned the brass-bound hatch, a few hours before dawn.\n", "brass-bound hatch"),
], ids=["week", "minute", "few-hours"])
def test_a_phrase_of_time_after_the_comma_glosses_nothing(tmp_path, text, term):
    entities = read_entities(text, tmp_path)
    assert find(entities, term) is None


def test_a_little_kind_after_the_comma_still_glosses(tmp_path):
    text = KIND.replace("a small brass", "a little brass")
    assert find(read_entities(text, tmp_path), "drip-feed oiler") is not None


LEDGER = """Crashes lost data. Ossel rewrote the storage code and introduced the write-once \
ledger, the method that lets a server replay every change after a failure.
"""


def test_a_term_glossed_by_the_and_a_defining_noun_is_kept(tmp_path):
    # rel12: "the T, the method that …"
    entities = read_entities(LEDGER, tmp_path)
    assert find(entities, "write-once ledger") is not None


@pytest.mark.parametrize("text, phrase", [
    ("The hosts relied on the extra striker, the player that the coach trusted most.\n",
     "extra striker"),
    ("Season the dish with the sea salt, the salt that the cook prefers.\n", "sea salt"),
    ("The landlord cited the repair covenant, the clause that the tenant broke.\n",
     "repair covenant"),
    ("Fold in the egg whites, the method that keeps the sponge light.\n", "egg whites"),
    # review of rel12: everyday words before a defining noun of _GLOSS_NOUNS
    ("The coach changed the back line, the system that had cost them the cup.\n", "back line"),
    ("The council blamed the late budget, the problem that had delayed the bridge.\n",
     "late budget"),
], ids=["match", "recipe", "lease", "recipe-method", "match-system", "news-problem"])
def test_the_and_a_noun_of_no_kind_glosses_nothing(tmp_path, text, phrase):
    entities = read_entities(text, tmp_path)
    assert find(entities, phrase) is None
