"""A kind just named in bold, taken up by "these" and a plural noun of another word.

:mod:`kg.references.antecedents` takes "such kilns", "these early lathes" for the nearest term that
ends in that noun. A text that sets a device or method in bold and then speaks of "these
automatic valves" in the next sentence may use another noun for it ("Its best part was the
**Pelmor governor**, which … Ada Lind won a prize for these automatic regulators"). When no
term ends in the noun, such a phrase takes the one entity the previous sentence set in bold
(a term, product or untyped name, not a person, place, date or quantity), unless the noun is
a person's ("these engineers"). The phrase must describe the kind with a word before its noun
("these automatic regulators"): a bare "these results", "these changes" after a sentence with
a bold term speaks of what happened, not of the thing set in bold (reviewed: both took the
bold term before this test).

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented
sets): one reference added, right (lighthouse relations at the evidence .80 → .90); no
other reference moved (of the 30-odd "these/those/such" phrases that name no term, one
follows a sentence with a bold term).
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

__all__ = ["bold_sort"]

_KINDS = frozenset({"product", "technique", "concept", "other"})
_PERSON_ENDINGS = ("ist", "ian", "eer", "ant", "ent")


def bold_sort(phrase: Phrase, ctx: Context) -> int | None:
    """The one entity the previous sentence set in bold, for a "sort" phrase whose noun ends
    no term and that has a word before its noun ("these automatic regulators"); else None."""
    noun = phrase.noun
    if not ctx.recent or not ctx.units or phrase.end - phrase.start < 3 \
            or noun in lx.PERSON_NOUNS or noun in lx.ROLE_NOUNS or noun.endswith(_PERSON_ENDINGS):
        return None
    prev = ctx.recent[-1]
    toks = ctx.units[prev].tokens
    bold = {g for p, g in ctx.by_unit.get(prev, [])
            if p >= 2 and toks[p - 1].text == "*" and toks[p - 2].text == "*"
            and ctx.types[g] in _KINDS}
    return bold.pop() if len(bold) == 1 else None
