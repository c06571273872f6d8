"""The counted-noun cue: "How many lamps …?" is answered by a number of lamps.

:mod:`web.cues` raises every claim that states a number for a question that asks for an amount,
and about 45 % of an article's claims state one, so the cue cannot tell the claim that counts
what the question counts ("Some 40 lamps were lit.") from one that states some other number
("The tower, 30 metres tall, …"). The words right after "how many" or "how much" name what is
counted ("How many oak barrels …", "How much rent per month …"), and a claim that answers
often writes a number right before the same noun, in any inflection ("some 2,600 barrels",
"£40 a month"). Graph-aware ranking raises such a claim once more by
:data:`web.weights.ANSWER_TYPE_WEIGHT` (round 12 of ``docs/RANKING.md``).

What counts as a number is :mod:`web.cues`'s (digits or English number words); the counted
words are those after "how many/much" up to the first English function word
(:data:`web.maxsim.STOP_WORDS`, and the rate words "per", "each", "every"), at most
:data:`COUNTED_WORDS` of them, compared by their Snowball stems so that "barrel" matches
"barrels". Nothing here depends on an article. With "per" counted, "How much money per year
…" raised any claim stating "12 per cent"; stopping there moved no rank on the twenty sets.

Measured on the twenty development sets (graph mode, R@1 / R@5 / MRR@10): mean .638/.903/.753
→ .640/.903/.755, three questions up (one each on three sets, the newest among them) and none
down; its own weight 0.1 / 0.2 / 0.3 gave the same mean, so it shares the amount cue's. Widened
to a date or number near any word of the question, it lost on up to seven sets: only the counted
noun is a word the answer shares. The grids are in ``docs/RANKING.md``, round 12.

Round 21 (thirty development sets): for "How long (tall, wide, high, deep, old) …?" the counted
word is the adjective itself (:data:`DIMENSIONS`), which English writes after the measure ("a
shed 410 metres long"), when the query's first question word is that "how". Ten questions of the
thirty sets ask so; one moved (4 → 1, on an invented set where the answer gives the length before
the sentence that names the building), none fell; mean .6778/.9227/.7828 → .6791/.9227/.7838.
Without the first-question-word condition an embedded "… work out how deep the water was" lost
a question (1 → 2). "What was the price (length, …) of …?" read as an amount question as well
moved nothing on the four questions that ask so, and was left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy as np
import Stemmer

from web.cues import _NUMBER
from web.maxsim import STOP_WORDS

COUNTED_WORDS = 3
"""At most this many words after "how many/much" name what is counted."""
COUNT_SPAN = 3
"""A claim counts the noun when one of the counted words' stems is among the this many words
right after a number (spans 2 … 4 gave the same ranks on the development sets; 1 and 6 lost a
question each)."""

_HOW_MANY = re.compile(rf"\bhow\s+(?:many|much)\s+((?:[^\W\d_]+\s*){{1,{COUNTED_WORDS}}})",
                       re.IGNORECASE)
DIMENSIONS = ("long", "tall", "wide", "high", "deep", "old")
"""The adjectives English writes after a measure ("412 metres long", "nine years old"): for "How
long (tall, wide, …) …?" the adjective is what a claim that answers counts (round 21 of
``docs/RANKING.md``)."""
_HOW_DIMENSION = re.compile(rf"how\s+({'|'.join(DIMENSIONS)})\b", re.IGNORECASE)
# The query's first question word: the dimension is what it asks only when that word is "how"
# ("How could a ship tell how deep the water was?" asks for a method).
_QUESTION_WORD = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where|why)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
# A number that starts a word (the number words and digits of :mod:`web.cues`; "2,600" and
# "7.5" read whole), and the words after it, looked at without being consumed, so a number
# among them is matched in turn. The part of a number after its "," or "." starts none: else
# each part of "1.2.3.…" would read the rest again (quadratic on a long list of numbers).
_COUNTED = re.compile(
    rf"(?<![^\W_])(?<!\d[.,])(?:{_NUMBER.pattern})(?=(?:[^\W_]|[.,](?=\d))*((?:[\W_]+[^\W_]+){{1,{COUNT_SPAN}}}))",
    re.IGNORECASE,
)
_stemmer = Stemmer.Stemmer("english")
# words of a rate, which end what is counted as a function word does ("How much rent per
# month": rent; with "per" kept, any "12 per cent" counted it)
_RATE_WORDS = frozenset({"per", "each", "every"})


def counted_nouns(query: str) -> frozenset[str]:
    """The stems of what a query counts ("How many oak barrels were sold?" → oak, barrel).

    Args:
        query: the query text.

    Returns:
        The Snowball stems of the words after "how many" or "how much" up to the first
        function word (at most :data:`COUNTED_WORDS`); without those, the adjective of a query
        that opens its question with "how long" (or another of :data:`DIMENSIONS`); else empty
        ("How much did it cost?").
    """
    match = _HOW_MANY.search(query)
    if match is None:
        return _dimension(query)
    words = []
    for word in match.group(1).split():
        folded = word.casefold()
        if folded in STOP_WORDS or folded in _RATE_WORDS:
            break
        words.append(folded)
    return frozenset(_stemmer.stemWords(words))


def _dimension(query: str) -> frozenset[str]:
    """``{"long"}`` for "How long …?" (any of :data:`DIMENSIONS`), when the query's first
    question word is that "how"; else empty."""
    first = _QUESTION_WORD.search(query)
    if first is None:
        return frozenset()
    dimension = _HOW_DIMENSION.match(query, first.start())
    return frozenset({dimension.group(1).casefold()}) if dimension else frozenset()


def counts_noun(text: str, nouns: frozenset[str]) -> bool:
    """Whether a sentence states a number of one of ``nouns``: a number, then within
    :data:`COUNT_SPAN` words a word whose stem is one of them ("40 lamps", "three new lamps").

    Args:
        text: a claim's text.
        nouns: stems, as :func:`counted_nouns` gives them.

    Returns:
        False when ``nouns`` is empty.
    """
    if not nouns:
        return False
    # A quick test first: a claim that holds no word starting like a counted stem (less its
    # last letter, as "studi" stems "study") cannot count it; most claims end here.
    folded = text.casefold()
    if not any(stem[:max(3, len(stem) - 1)] in folded for stem in nouns):
        return False
    for match in _COUNTED.finditer(text):
        if any(_stem(word.casefold()) in nouns for word in _WORD.findall(match.group(1))):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word)


def counting(
    rows: np.ndarray,
    nouns: frozenset[str],
    text: Callable[[int], str] | None,
    *,
    among: np.ndarray | None = None,
) -> np.ndarray:
    """Per claim row, 1.0 when its claim states a number of ``nouns`` (:func:`counts_noun`).

    Args:
        rows: int (m,): claim rows.
        nouns: stems, as :func:`counted_nouns` gives them.
        text: a claim's text by row (None: no text to read, all 0).
        among: bool (m,): only these rows are read, the others are 0 (a claim that states no
            number, :func:`web.cues.states_amount`, cannot count anything).

    Returns:
        float64 (m,) of 0.0 and 1.0.
    """
    out = np.zeros(len(rows))
    if not nouns or text is None:
        return out
    rows = np.asarray(rows)
    read = np.arange(len(rows)) if among is None else np.flatnonzero(among)
    for i in read.tolist():
        out[i] = counts_noun(text(int(rows[i])), nouns)
    return out
