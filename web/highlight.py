"""The clause of a result's text that best matches the query, for the mark a result shows.

Clauses are the runs between commas, semicolons, colons, dashes and brackets; words are matched
after stemming (PyStemmer, as :mod:`index.lexical` stems) with the stopwords of
:mod:`web.maxsim` dropped. Stems and a text's clauses are cached, as the same claims come back
query after query.
"""

from __future__ import annotations

import functools
import logging
import re

from web.maxsim import STOP_WORDS

try:  # PyStemmer, as in index.lexical
    import Stemmer as _pystemmer
except ImportError:  # pragma: no cover - depends on the environment
    _pystemmer = None

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CLAUSE = re.compile(r"[^,;:—–()\[\]]+")
_LEAD = re.compile(r"[\W_]*")
_TRAIL = re.compile(r"[\W_]*$")
_STOP = STOP_WORDS


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str | None:
    """A word's stem, or None for a stopword; cached, so a search stems few words afresh."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in _STOP or (len(word) < 2 and not word.isdigit()):
        return None
    if _pystemmer is not None:
        # A new stemmer per miss: PyStemmer objects are not thread-safe, and making one is cheap.
        return _pystemmer.Stemmer("english").stemWord(word)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@functools.lru_cache(maxsize=1 << 14)
def _clauses(text: str) -> tuple[tuple[int, int, int, frozenset], ...]:
    """(start, end, word count, stems) of each clause of a text that has words (see
    :func:`highlight`); cached, as the same claims come back query after query."""
    return tuple(
        (m.start(), m.end(), len(words), frozenset(filter(None, map(_stem, words))))
        for m in _CLAUSE.finditer(text)
        if (words := _WORD.findall(m.group()))
    )


def highlight(text: str, query: str) -> tuple[int, int]:
    """The clause of ``text`` that best matches ``query``, as offsets into ``text``.

    Clauses are the runs between commas, semicolons, colons, dashes and brackets. Each is scored
    by the distinct query words it shares after stemming and dropping stopwords and question
    words; ties go to the shorter clause. A clause of one or two words is widened to its
    neighbours so the mark reads as a phrase.

    Args:
        text: the claim text.
        query: the query.

    Returns:
        ``(start, end)`` with ``0 <= start <= end <= len(text)``; the whole text when no clause
        shares a word with the query.
    """
    wanted = {stem for stem in map(_stem, _WORD.findall(query)) if stem}
    whole = (0, len(text))
    if not wanted:
        return whole
    clauses = _clauses(text)
    best, best_key = -1, (0, 0)
    for i, (start, end, _count, stems) in enumerate(clauses):
        key = (len(wanted.intersection(stems)), start - end)
        if key[0] and key > best_key:
            best, best_key = i, key
    if best < 0:
        return whole
    first = last = best
    while sum(clauses[i][2] for i in range(first, last + 1)) < 3 and (
        first > 0 or last < len(clauses) - 1
    ):
        if last < len(clauses) - 1:
            last += 1
        else:
            first -= 1
    start, end = clauses[first][0], clauses[last][1]
    # Trim to the first and last word: no spaces, closing punctuation or quotes at the edges.
    start += len(_LEAD.match(text, start, end).group())
    end -= len(_TRAIL.search(text[start:end]).group())
    return start, end
