"""Whether a business noun of :mod:`kg.references.business_nouns` ("the yard", "the workshop")
is a home's: :func:`domestic`, and where such a phrase stands (:func:`phrase_at`).

Split from :mod:`kg.references.business_nouns` (rev18d, at its 300-line limit) along this seam;
what was measured is recorded there (fix14: a home or a room before the phrase; rev18d: also in
the four words after it, "built the workshop in their garden").
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

__all__ = ["domestic", "phrase_at"]

# a home and its rooms: "he kept hens in the yard" of his house, not the shipyard
_HOME = lx._words("home house cottage farmhouse garden kitchen study parlour parlor "
                  "bedroom room")


def phrase_at(phrase: Phrase, ctx: Context) -> tuple[int, int]:
    """The phrase's ``(unit, token)``: the first unit after the last previous sentence (or
    the current heading) that is no heading."""
    u = ctx.recent[-1] + 1 if ctx.recent else (ctx.heading or 0)
    while u + 1 < len(ctx.units) and ctx.units[u].heading:
        u += 1
    return (u, phrase.start)


def domestic(phrase: Phrase, ctx: Context) -> bool:
    """True when the phrase's sentence, before it or in the four words after it, names a home
    or one of its rooms (:data:`_HOME`): "at home he kept hens in the yard", "in his study,
    where the tables …", "built the workshop in their garden" (rev18d): the noun's common sense."""
    here = phrase_at(phrase, ctx)
    if not ctx.units or here[0] >= len(ctx.units):
        return False
    return any(t.lower in _HOME and t.text.islower() or t.lower == "home"
               for t in ctx.units[here[0]].tokens[:here[1] + 6])
