"""A name that opens with a digit: "acquired by 4Q in 1967", "a supplier, 9Vex, …".

The name finder reads capitalised words only, and a token that opens with a digit is a number
to every finder (:attr:`kg.words.tokens.Token.is_number`), so a firm or a brand written with a
leading digit made no candidate at all. The same shape is also a designation ("a 3D printer",
"4K video", "the 5G network") or an amount ("raised 3M", "grew by 2M"), so
:func:`digit_names` proposes it (kind ``digitname``, kept as proposed, :mod:`kg.finders.selection`)
only where a name stands:

- digits and then, with no space, letters, the first a capital ("4Q", "9Vex"; the tokeniser
  cuts them into two tokens), and the letters no unit of a designation or a clock time
  (``_UNITS``: "by 5G", "with 4K", "by 2PM");
- it comes right after a preposition or "and" that may govern a name ("by", "from", "with",
  "for", "at", "of", "to", "and"; a currency sign before it, "$4M", makes a quantity, which the
  measures finder takes), and not after a verb of change and
  "by" or "to" ("grew by 2M", "rose to 3M": an amount);
- what follows it is punctuation, a function word or the end: no lowercase noun it modifies
  ("by 3D printing", "with 4K cameras").

Measured (recall18, ``benchmarks/entities.py --held-out --ours``, 36 development sets and 32
probes): one node more, gold (a firm that bought a stethoscope maker); the stethoscope set's
recall rose with :mod:`kg.finders.mass_nouns`' terms (.85 → 1.00 for the three). The 68 texts
write this shape twice; the other is a space mission's designation after a capitalised name
("Gemini 6A": no governor before it). No other figure moved.

Review (rev18b, invented texts of other genres): a sports report's "stream the match by 5G to
fans" made "5G" a name; the letters of a designation's unit or a clock ("G", "K", "D", "P",
"X", "AM", "PM", "GB" …) make none now. No figure or node of the 68 texts moved. Left: a
schedule's lots ("assigned to 3B and to 4C") still come in.
"""

from __future__ import annotations

import re

from kg.finders.units import Span, Stats, Unit
from kg.words import lexicon as lx

__all__ = ["digit_names"]

_LETTERS = re.compile(r"[A-Z][A-Za-z]*")
# letters after digits that make a designation or a time, not a name ("5G", "4K", "3D",
# "1080P", "2X", "2PM", "64GB")
_UNITS = frozenset("D G K P X AM PM KB MB GB TB HD".split())
_GOVERNORS = lx._words("by from with for at of to and")
# verbs of change before "by" or "to": what follows is an amount ("grew by 2M")
_CHANGE = lx._words("grew grow grows rose rise rises fell fall falls increased increase increases "
                    "decreased decrease decreases dropped drop drops cut cuts reduced reduce "
                    "reduces climbed climb climbs jumped jump jumps declined decline declines "
                    "raised raise raises up down")


def digit_names(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Spans of names that open with a digit, where a name stands (see the module docstring).

    Args:
        unit_index: the unit's index.
        unit: a sentence (headings give none).
        stats: the corpus statistics (unused; the finders share one signature).

    Returns:
        A ``digitname`` span for each such name.
    """
    toks, out = unit.tokens, []
    if unit.heading:
        return out
    for i in range(1, len(toks) - 1):
        tok, letters, prev = toks[i], toks[i + 1], toks[i - 1]
        if not tok.text.isdigit() or letters.start != tok.end or not _LETTERS.fullmatch(letters.text) \
                or letters.text in _UNITS:
            continue  # the tokeniser cuts "4Q" into "4" and "Q"; "4 Q" is no name; "5G" a unit
        if prev.lower not in _GOVERNORS:
            continue  # "raised 3M"; "$3M" opens with "$3", no governor before it
        if i >= 2 and prev.lower in ("by", "to") and toks[i - 2].lower in _CHANGE:
            continue  # "grew by 2M": an amount
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.text.islower() and nxt.lower not in lx.STOPWORDS:
            continue  # "by 3D printing": a designation before its noun
        out.append(Span(unit_index, i, i + 2, "digitname"))
    return out
