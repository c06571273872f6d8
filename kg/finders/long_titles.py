"""A long italic title after a verb of publishing: "In 1807 he published the *Art of
Tide Reckoning, with Tables, for Use by Pilots and Arranged for Them*".

:func:`kg.finders.emphasis.italic_titles` takes a title set in single emphasis when it has two
to twelve words, all capitalised or small words, and no comma. Older titles run longer and
list their subjects with commas; such a title was cut by the name finder into its
capitalised runs (three junk nodes on the braille probe) and the work itself was lost.
Right after a verb of publishing or writing (:data:`kg.finders.published.PUBLISHING`) and an
optional article, one single-emphasis span whose words are all capitalised or small title
words (:data:`kg.finders.emphasis.TITLE_SMALL`), commas allowed between them, up to
:data:`_MAX_WORDS` tokens, is the work's title (a ``quoted`` span, as
:func:`~kg.finders.emphasis.italic_titles` gives). Only spans that finder does not take
(over twelve tokens, or holding a comma) are given here.

Measured (probe16, ``benchmarks/entities.py --held-out --ours``, every entity dumped before
and after): the braille probe's treatise found whole and typed document (recall .95 → 1.00,
three junk nodes gone); no entity of the other 61 texts moved
(tests/data/entities/PROBES16_DIAGNOSIS.md).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.emphasis import TITLE_SMALL
from kg.finders.published import PUBLISHING

__all__ = ["long_italic_titles"]

_MAX_WORDS = 40
_SHORT = 12  # what italic_titles takes already
_SINGLE = frozenset("*_")


def long_italic_titles(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Long or comma-holding italic titles right after a verb of publishing.

    Args:
        unit_index: the unit's index.
        unit: a tokenised sentence.
        stats: corpus word evidence (unused; every finder takes it).

    Returns:
        ``quoted`` spans, without the marks.
    """
    toks, out = unit.tokens, []
    for k, tok in enumerate(toks):
        if tok.lower not in PUBLISHING:
            continue
        i = k + 1 + (k + 1 < len(toks) and toks[k + 1].lower in ("the", "a", "an"))
        if i + 1 >= len(toks) or toks[i].text not in _SINGLE or toks[i + 1].text == toks[i].text:
            continue
        close = next((c for c in range(i + 1, min(len(toks), i + 2 + _MAX_WORDS))
                      if toks[c].text == toks[i].text), None)
        if close is None or close - i - 1 < 2:
            continue
        words = toks[i + 1:close]
        if len(words) <= _SHORT and not any(t.text == "," for t in words):
            continue
        if words[0].is_cap and words[-1].is_cap and all(
                t.text == "," and 0 < n < len(words) - 1
                or t.is_word and (t.is_cap or t.lower in TITLE_SMALL) for n, t in enumerate(words)):
            out.append(Span(unit_index, i + 1, close, "quoted"))
    return out
