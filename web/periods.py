"""Decades in a query, read as naming the date entities whose years fall inside them.

A question often places an event by its decade ("What was proposed in the 1950s?", "the
mid-1990s") while the text gives the year ("In 1955 the council proposed …"). The text's year
is a date entity ("1955"), which a query naming "1955" raises through
:class:`web.query.QueryAnalyser`; a decade names none of them. :func:`decade_spans` finds the
decades of a query (a four-digit decade with "s", as in "the 1930s and 1940s", "mid-1990s",
"1950's", or a range of them, "the 1950s–60s"; not one followed by "BC"), and
:class:`YearIndex` maps each year to the date entities whose surface is that year, with or
without a month's or season's name and a day ("1955", "March 1955", "4 March 1955",
"spring 1955"), or a decade that holds it ("1950s", named by "the mid-1950s", "the 1900s" or
"the 1940s–50s", whose years it lies within); the analyser then counts each such entity as named by the decade, so its claims are raised as a named year's
are (by ``ENTITY_WEIGHT`` × its scaled IDF, :mod:`web.boosts`).
The decade stays in the embedded text.

Only the written form of a decade is read: the words are generic English (month names from
:data:`kg.words.lexicon.MONTHS`), and nothing depends on an article. "The 1800s" is read as the
century 1800–1899, its usual sense; "the 2000s" as the decade.

Measured in search round 16 on the 24 development sets (``docs/RANKING.md``): 12 of their 603
questions name a decade; with the rule two of them rise (one on quellbracke_perfumery 5 → 3,
one on orvane_pneumatic_post 3 → 2), nothing else moves; mean R@1/R@5/MRR@10
.648/.915/.7621 → .648/.915/.7625. Measured and left out: a decade qualified by "early",
"mid" or "late" narrowed to four of its years (the same figures, so the simpler whole decade
is kept); an ordinal century ("the eighteenth century", "the 20th century") read as its
hundred years (the four questions that name one do not move).

Added in review (rev12d), none of it moving a figure on the 24 sets (mean R@1/R@5/MRR@10 of
every mode the same to the printed digits): a range of decades ("the 1950s–60s", "the 1950s
to the 1970s") holds every year from the first to the last, where before only its first
decade was read ("the 1950s–1970s" skipped the 1960s); a decade followed by "BC" names no year (the text's
date entities are all of the common era); "1950S" is read; a season's date ("spring 1955")
and a decade entity ("1950s", which "the mid-1950s" or "the 1940s–50s" did not reach as a
surface) are dated, and an entity is named only when the span holds all its years, so a
"1900s" read as a century is not named by "the 1950s".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from kg.words import lexicon as lx

_DASH = "\\-\u2010-\u2015\u2212"
"""A hyphen, the Unicode dashes and the minus sign, as a regular-expression class body."""
_DECADE = re.compile(
    r"\b(?P<first>1\d{2}|20\d)0[’']?s"
    # "the 1950s–60s", "the 1950s to the 1970s": a range up to another decade. Possessive, so
    # that "the 1950s–60s BC" is not read as its first decade once the range fails below.
    rf"(?:\s*(?:[{_DASH}]|to\b)\s*(?:the\s+)?"
    r"(?:(?P<last>1\d{2}|20\d)|[’']?(?P<short>\d))0[’']?s)?+"
    # "the 1200s BC" names none of the years the text's date entities hold
    r"\b(?!\s*(?:BCE?\b|B\.\s?C\.))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1\d{3}|20\d{2})")
_DECADE_WORD = re.compile(r"(1\d{2}|20\d)0s")
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def decade_spans(query: str) -> Iterator[tuple[int, int, range]]:
    """The decades a query names, as ``(start, end, years)``.

    Args:
        query: the query text.

    Yields:
        For each decade ("1950s", "mid-1990s", "1950's") or range of decades ("1950s–60s",
        "1950s to the 1970s"): the offsets of its digits and suffix in the query, and the
        range of its years: ten for a decade, a hundred for a century ("the 1800s"), every
        year from the first decade's to the last's for a range.
    """
    for match in _DECADE.finditer(query):
        years = _years(int(match["first"]) * 10)
        if match["last"] is not None:
            last = _years(int(match["last"]) * 10)
        elif match["short"] is not None:
            # "1950s–60s": the century of the first decade, or the next one ("1990s–00s")
            first = years.start // 10 * 10
            decade = first // 100 * 100 + int(match["short"]) * 10
            last = _years(decade if decade > first else decade + 100)
        else:
            last = years
        yield match.start(), match.end(), range(
            min(years.start, last.start), max(years.stop, last.stop)
        )


def _years(first: int) -> range:
    """The years of a decade by its first year; "the 1800s" is the century 1800–1899 as a
    rule, "the 2000s" the decade."""
    if first % 100 == 0 and first < 2000:
        return range(first, first + 100)
    return range(first, first + 10)


def _years_of(key: tuple[str, ...]) -> range | None:
    """The years a folded date surface covers, if it is one: a year, optionally with a month's
    or season's name and a day number ("1955", "march 1955", "4 march 1955", "spring 1955"),
    or a decade written as one word ("1950s", as :mod:`kg.finders.measures` finds it, so that
    "the mid-1950s" and "the 1940s–50s" name it too); None otherwise."""
    if len(key) == 1 and (decade := _DECADE_WORD.fullmatch(key[0])):
        return _years(int(decade[1]) * 10)
    years = [int(word) for word in key if _YEAR.fullmatch(word)]
    if len(years) != 1:
        return None
    rest = [w for w in key if not _YEAR.fullmatch(w)]
    if all(w in lx.MONTHS or w in lx.SEASONS or _DAY.fullmatch(w) for w in rest):
        return range(years[0], years[0] + 1)
    return None


class YearIndex:
    """The entities whose surface is a single year, a date within one or a decade, by year.

    Args:
        surfaces: folded surface words → entity (:attr:`web.query.EntityTables.surfaces`).
    """

    def __init__(self, surfaces: Iterable[tuple[tuple[str, ...], str]]):
        by_year: dict[int, list[str]] = defaultdict(list)
        spans: dict[str, range] = {}
        for key, entity in surfaces:
            years = _years_of(key)
            if years is None:
                continue
            held = spans.get(entity, years)
            spans[entity] = range(min(held.start, years.start), max(held.stop, years.stop))
            for year in years:
                if entity not in by_year[year]:
                    by_year[year].append(entity)
        self._by_year = {year: sorted(held) for year, held in by_year.items()}
        self._spans = spans

    def __len__(self) -> int:
        return len(self._by_year)

    def entities(self, years: range) -> list[str]:
        """The entities that lie within some years, each once, in year order (a decade entity
        "1950s" lies within "the 1900s" and "the 1940s–50s"; a century "1900s" within none of
        its decades)."""
        found: list[str] = []
        for year in years:
            for entity in self._by_year.get(year, ()):
                span = self._spans[entity]
                if entity not in found and years.start <= span.start and span.stop <= years.stop:
                    found.append(entity)
        return found
