"""Whose post an opening "Its" names: "The club ordered it from Quenby Marine, a boatbuilder in
Tarrow. Its chief designer, Hetty Corwen, …" is the boatbuilder's designer
(:func:`introduced_body`, for :mod:`kg.references.pronoun_it`).

An opening "Its" takes the previous sentence's subject, which passes over a body that sentence
introduces at its end. When the "Its" names a post and the person holding it, "Its ⟨one to
three lowercase words⟩, ⟨a person's name⟩", the sentence introduces a member of a body, and the
body is the one the previous sentence has just introduced: :func:`introduced_body` takes it
when

- "Its" opens the sentence, right after that sentence (no heading between);
- that sentence introduces the organisation by an indefinite apposition ("X, a boatbuilder
  in …", :attr:`kg.references.phrases.Context.introduced`), names it there for the first
  time in the document and names no other organisation after it;
- the sentence's subject is another entity (when it is that body, or none, the usual rule
  already takes it).

probe19 (a blind probe: a body as the subject turning to a firm introduced by an apposition,
then "Its" and a post and a person's name, took the subject). Measured with
``benchmarks/entities.py --held-out --ours`` (38 development sets, 36 probes) and a dump of
every mention of every text before and after: one reference changed, wrong → right (that
"Its" → the firm); the insulin probe's relations at the evidence .70 → .80; nothing else moved
(tests/data/entities/PROBES19_DIAGNOSIS.md).
A body introduced by a definite apposition ("X, the city's largest employer") is left to the
usual rule (no case was seen), and so is "Its chairman" with no name after it, which may be
the subject's ("The club signed with X, a brewery. Its chairman said …").
"""

from __future__ import annotations

from kg.references.phrases import Context

__all__ = ["introduced_body"]


def introduced_body(u: int, tokens, ctx: Context) -> int | None:
    """The organisation the previous sentence introduced by an apposition, for an opening "Its
    ⟨post⟩, ⟨person⟩" (see the module docstring), else None.

    Args:
        u: the unit (sentence) index of the "Its".
        tokens: the unit's tokens.
        ctx: what is known so far of the document.

    Returns:
        The group, or None.
    """
    if not tokens or tokens[0].lower != "its" or not ctx.units or not ctx.recent \
            or ctx.section_start or ctx.recent[-1] != u - 1 or ctx.units[u - 1].heading:
        return None
    k = 1
    while k < len(tokens) and k <= 3 and tokens[k].is_word and tokens[k].text.islower() \
            and not tokens[k].possessive:
        k += 1
    if k == 1 or k >= len(tokens) - 1 or tokens[k].text != ",":
        return None
    if not any(p == k + 1 and ctx.types[g] == "person" for p, g in ctx.by_unit.get(u, [])):
        return None  # "Its chief designer, Hetty Corwen, …": a person holds the post
    prev = u - 1
    g = ctx.introduced.get(prev)
    if g is None or ctx.types[g] != "organization":
        return None
    found = sorted(ctx.by_unit.get(prev, []))
    at = min(p for p, e in found if e == g)
    if not found or found[0][1] == g or any(
            e != g and p > at and ctx.types[e] == "organization" for p, e in found):
        return None  # the subject is the body itself, or another body is named after it
    if any(g in {e for _q, e in ctx.by_unit.get(v, [])} for v in ctx.history[:-1]):
        return None  # named before: no newcomer
    return g
