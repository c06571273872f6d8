""""the latter", "the former": one of the last two entities named (for
:func:`kg.references.antecedents.antecedent`; moved from there unchanged, rel18b, to make room).
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.references.subjects import governed

__all__ = ["of_two"]


def of_two(u: int, phrase: Phrase, here, ctx: Context) -> int | None:
    """"the latter", "the former": the second or the first of the last two entities named
    before it (in its sentence, else the previous one) outside a prepositional phrase, when
    both are of one type (not dates or quantities: "Ada Lind met Ivo Skarn at the Varn
    Institute in 1931. The latter …" is Skarn)."""
    def named(unit, found):
        toks = ctx.units[unit].tokens if ctx.units else []
        return [g for p, g in found if ctx.types[g] not in ("date", "quantity")
                and not (toks and governed(toks, p))]
    pair = named(u, here)
    if len(pair) < 2 and ctx.recent:
        pair = named(ctx.recent[-1], ctx.by_unit.get(ctx.recent[-1], []))
    if len(pair) < 2 or pair[-1] == pair[-2] or ctx.types[pair[-1]] != ctx.types[pair[-2]]:
        return None
    return pair[-1] if phrase.noun == "latter" else pair[-2]
