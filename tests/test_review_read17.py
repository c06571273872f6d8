"""read17 (second reading of the session's change): "its X model of" at the end of a unit
(a heading cut short, no word after "of") raised an IndexError in the model cue of
:func:`kg.kinds.type_cues.context_cues`; it now reads as "of" with no year, no product.
Invented names only."""

from __future__ import annotations

from collections import Counter

from kg.kinds.type_cues import context_cues
from kg.words.tokens import tokenize


def _scores(text: str, start: int, end: int) -> Counter:
    scores: Counter = Counter()
    context_cues(tokenize(text), start, end, scores, False)
    return scores


def test_its_name_model_of_ending_the_unit_is_read_without_error():
    # a heading cut after "of": no year follows, so no maker's model either
    assert _scores("Its Quelmark model of", 1, 2)["product"] < 3  # the model cue adds 3


def test_its_name_model_of_a_year_is_a_product():
    # a maker's catalogue: "its X model of 1896" names a model by its year
    assert _scores("Its Quelmark model of 1896 sold well.", 1, 2)["product"] >= 3
