"""A term set in italics as a name and a lowercase noun: "the *Pelmor equations*".

A text that coins or introduces a term named after someone often sets it in single emphasis
once ("wrote down the *Pelmor equations*, which describe …", "*Varn-ray spectroscopy* went on
to …"). The eponym finder (:mod:`kg.finders.eponyms`) takes a name and its noun together only
when the pair is written twice, or when the name is written nowhere else; a term written
once, whose name is also a person's surname or another term's first word, was cut to the
bare name (the noun left out), and the name alone was then merged into the person or left
as a fragment. The italics mark the pair as one term: :func:`italic_terms` gives it as an
``eponym`` span when

- the emphasis holds exactly two words, the run opened and closed by the same single mark
  (not "**" bold, which :mod:`kg.finders.emphasis` reads);
- the first word is capitalised as a name (not only because it opens the sentence, not a
  function word, not an adjective of nationality: "*French polish*");
- the second is a lowercase word of letters, no function word.

Measured (``benchmarks/entities.py --held-out --ours``, 28 development sets, 24 probes): two
terms found whole, both gold entities missed before: superconductivity_factual recall
.95 → 1.00, alias unity .65 → .70 (a fragment node of the bare name gone);
discovery_of_xrays recall .95 → 1.00, alias unity .90 → .95, type agreement .80 → .85 (a
name hyphened to a lowercase word, "Varn-ray", is capitalised as a name too); no other alias,
node or figure of the 52 texts moved (the Latin binomials in italics were already found as
such). Not taken: three words or more (a run in italics that long is a title or a phrase in
another language more often than a term).
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.finders.units import Span, Stats, Unit, positional_capital
from kg.words import lexicon as lx
from kg.words.demonyms import is_demonym

__all__ = ["italic_terms"]


def italic_terms(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Italic pairs of a name and a lowercase noun (see the module docstring).

    Args:
        unit_index: the unit's index.
        unit: a tokenised sentence.
        stats: corpus word evidence (whether a capital is only positional).

    Returns:
        ``eponym`` spans, without the marks.
    """
    toks, out = unit.tokens, []
    for i in range(1, len(toks) - 2):
        opener, name, noun, closer = toks[i - 1], toks[i], toks[i + 1], toks[i + 2]
        if opener.text not in MARKS or closer.text != opener.text \
                or opener.end != name.start or noun.end != closer.start \
                or _touches_mark(toks, i - 2, opener) or _touches_mark(toks, i + 3, closer):
            continue
        if not (name.is_word and name.text[:1].isupper()) or name.lower in lx.STOPWORDS or is_demonym([name.text]) \
                or positional_capital(toks, i, stats) or i - 1 == 0:
            continue
        if noun.text.isalpha() and noun.text.islower() and noun.lower not in lx.STOPWORDS:
            out.append(Span(unit_index, i, i + 2, "eponym"))
    return out


def _touches_mark(toks, k: int, mark) -> bool:
    """True when ``toks[k]`` is the same emphasis mark as ``mark`` and touches it ("**")."""
    return 0 <= k < len(toks) and toks[k].text == mark.text and (
        toks[k].end == mark.start or toks[k].start == mark.end)
