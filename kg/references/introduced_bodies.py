"""Whose post an opening "Its" names: "The university wrote to Pellick Brothers, a glass maker
in Quendrow. Its chief chemist, Mira Walton, …" is the glass maker's chemist
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

rev19e (review): an office of one kind of body (:data:`_KIND_OFFICES`: "vice chancellor",
"editor", "captain", "curator" …) after "Its" is the subject's own, "Harnick University hired X, a glass
maker. Its vice chancellor, Y, …", "The Journal of … printed the results of X, a seed
merchant. Its editor, Y, …" (both went to the firm): left to the usual rule. Measured: no set
moved. Left: a post every body has ("Its manager", "Its chief executive") after a body as the
subject still goes to the newcomer, right after "… bought X, a seed merchant", not after "The
club signed a deal with X, a brewery. Its manager, Y," (ambiguous; no case seen in the sets).
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.words import lexicon as lx

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
    if k == 1 or k >= len(tokens) - 1 or tokens[k].text != "," \
            or tokens[k - 1].lower in _KIND_OFFICES:
        return None  # "Its vice chancellor, …": an office of the subject's own kind of body
    if not any(p == k + 1 and ctx.types[g] == "person" for p, g in ctx.by_unit.get(u, [])):
        return None  # "Its chief chemist, Mira Walton, …": a person holds the post
    prev = u - 1
    g = ctx.introduced.get(prev)
    if g is None or ctx.types[g] != "organization":
        return None
    found = sorted(ctx.by_unit.get(prev, []))
    at = min((p for p, e in found if e == g), default=None)
    if at is None or found[0][1] == g or any(
            e != g and p > at and ctx.types[e] == "organization" for p, e in found):
        return None  # the subject is the body itself, or another body is named after it
    if any(g in {e for _q, e in ctx.by_unit.get(v, [])} for v in ctx.history[:-1]):
        return None  # named before: no newcomer
    return g


# (rev19e) offices of one kind of body (a university's, a journal's, a club's, a church's, a
# town's), which a firm the sentence before introduced does not hold: "Harnick University hired
# X, a glass maker. Its vice chancellor, Y," is the university's
_KIND_OFFICES = lx._words("chancellor dean provost rector principal headmaster headmistress warden "
                     "editor curator conductor captain coach abbot abbess bishop vicar mayor")
