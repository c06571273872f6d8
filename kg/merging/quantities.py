"""Merge rules for amounts and dates: one value, several spellings.

- ``amount``: "$4 million", "4 million dollars", "US$4m" and "roughly $4 million" state
  one amount (an approximating word does not change it); "32%" = "32 percent"; "about 2.5
  million litres" = "2.5 million litres" (telescope −2 nodes, nothing else moves).
  A counted quantity is one amount per number and head noun: "12 curved oak beams" = "12
  oak beams" = "12 beams" (telescope −2 nodes, nothing else moved; "12 planks", a
  different noun, stays apart: nothing but the number would join it).
- ``date-year``: a year given on its own joins the one full date of that year in the corpus
  ("1887" → "3 June 1887"); with two dates in that year it stays apart.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.finders.measures import rate_free
from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx

_NUMBER = re.compile(r"([$€£¥]?)(\d+(?:,\d{3})*(?:\.\d+)?)(%?)")
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
           "bn": 1e9, "trillion": 1e12}
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


def amount(surface: str) -> tuple[str, float] | None:
    """The unit and value an amount of money or a percentage states, else None.

    Args:
        surface: a quantity as written ("roughly $4 million", "350 million euros", "32%").

    Returns:
        ``(unit, value)`` with unit a currency symbol or ``"%"``; None for other quantities
        ("85 mill hands"), whose words carry their own meaning.
    """
    words = rate_free(surface.replace("\u00a0", " ").casefold().split())  # "… a year"
    while words and words[0] in lx.APPROXIMATORS:
        words = words[1:]
    if not words:
        return None
    m = _NUMBER.fullmatch(words[0])
    if not m:
        return None
    unit, value = m.group(1) or "", float(m.group(2).replace(",", ""))
    if m.group(3):
        unit = "%"
    rest = words[1:]
    if rest and rest[0] in _SCALES:
        value *= _SCALES[rest[0]]
        rest = rest[1:]
    if rest and rest[0] in lx.CURRENCY_WORDS and not unit:
        unit = lx.CURRENCY_WORDS[rest[0]]
        rest = rest[1:]
    elif rest and rest[0] in ("percent", "per-cent", "per", "percentage") and not unit:
        unit, rest = "%", []
    if not unit or rest:
        return None
    return unit, value


def join_amounts(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins quantity forms that state the same amount (for a counted unit, the same words
    but for an approximating one: "about 75 degrees" = "75 degrees")."""
    by_amount: dict[tuple, list[Form]] = defaultdict(list)
    for form in forms.values():
        if form.kinds.get("quantity"):
            value = amount(top(form)) or _count(form)
            by_amount[value].append(form)
    for same in by_amount.values():
        same.sort(key=lambda f: (approximate(f), len(f.key), f.key))
        for other in same[1:]:
            uf.union(other.key, same[0].key, "amount", f"“{top(other)}” and “{top(same[0])}” "
                     "state the same amount", top(other))


def _count(form: Form) -> tuple[str, ...]:
    """A counted quantity by its number and its head noun: "12 curved oak beams", "the 12
    oak beams" and "12 beams" count the same things."""
    words = rate_free(list(form.key[approximate(form):]))  # "3,700 fleeces a week"
    return ("count", words[0], words[-1]) if len(words) >= 2 else ("words", *words)


def approximate(form: Form) -> bool:
    """True for an amount written with an approximating word ("about 32 percent")."""
    return bool(form.key) and form.key[0] in lx.APPROXIMATORS


def join_years(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """Joins a bare year to the one fuller date of that year."""
    dates = [f for f in forms.values() if f.kinds.get("date")]
    for year in dates:
        if len(year.key) != 1 or not _YEAR.fullmatch(year.key[0]):
            continue
        fuller = {uf.find(f.key): f for f in dates if len(f.key) >= 3 and f.key[-1] == year.key[0]}
        if len(fuller) == 1:
            full = next(iter(fuller.values()))
            uf.union(year.key, full.key, "date-year", f"“{top(full)}” is the only date given in "
                     f"{top(year)}", top(year))
