"""The counted-noun cue: "How many lamps …?" is answered by a number of lamps.

:mod:`web.cues` raises every claim that states a number for a question that asks for an amount,
and about 45 % of an article's claims state one, so the cue cannot tell the claim that counts
what the question counts ("Some 40 lamps were lit.") from one that states some other number
("The tower, 30 metres tall, …"). The words right after "how many" or "how much" name what is
counted ("How many bound volumes …", "How much money per year …"), and a claim that answers
often writes a number right before the same noun, in any inflection ("1,140 volumes", "$2
million a year"). Graph-aware ranking raises such a claim once more by
:data:`web.ranking.ANSWER_TYPE_WEIGHT` (round 12 of ``docs/RANKING.md``).

What counts as a number is :mod:`web.cues`'s (digits or English number words); the counted
words are those after "how many/much" up to the first English function word
(:data:`web.maxsim.STOP_WORDS`), at most :data:`COUNTED_WORDS` of them, compared by their
Snowball stems so that "volume" matches "volumes". Nothing here depends on an article.
"""

from __future__ import annotations

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

_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+((?:[^\W\d_]+\s*){1,%d})" % COUNTED_WORDS,
                       re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")
_stemmer = Stemmer.Stemmer("english")


def counted_nouns(query: str) -> frozenset[str]:
    """The stems of what a query counts ("How many bound volumes were cut?" → bound, volum).

    Args:
        query: the query text.

    Returns:
        The Snowball stems of the words after "how many" or "how much" up to the first
        function word (at most :data:`COUNTED_WORDS`); empty when the query has no such words
        ("How much did it cost?").
    """
    match = _HOW_MANY.search(query)
    if match is None:
        return frozenset()
    words = []
    for word in match.group(1).split():
        folded = word.casefold()
        if folded in STOP_WORDS:
            break
        words.append(folded)
    return frozenset(_stemmer.stemWords(words))


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
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if _NUMBER.match(word) is None:
            continue
        after = [w.casefold() for w in words[i + 1:i + 1 + COUNT_SPAN]]
        if any(stem in nouns for stem in _stemmer.stemWords(after)):
            return True
    return False


def counting(
    rows: np.ndarray, nouns: frozenset[str], text: Callable[[int], str] | None
) -> np.ndarray:
    """Per claim row, 1.0 when its claim states a number of ``nouns`` (:func:`counts_noun`).

    Args:
        rows: int (m,): claim rows.
        nouns: stems, as :func:`counted_nouns` gives them.
        text: a claim's text by row (None: no text to read, all 0).

    Returns:
        float64 (m,) of 0.0 and 1.0.
    """
    if not nouns or text is None:
        return np.zeros(len(rows))
    return np.fromiter(
        (counts_noun(text(row), nouns) for row in np.asarray(rows).tolist()),
        dtype=np.float64, count=len(rows),
    )
