""""The school" for the "… Institute" just named: a body taken up by a noun of its own family
that heads none of its names (:func:`kindred_body`, for
:func:`kg.references.distant_antecedents.by_head`).

A text that names a teaching body by its full name ("was sent to the Orsby Institute for Deaf
Children") goes on by the everyday noun of its kind ("The school had opened in 1790 under
…"). That noun heads no name of the body, and when it heads some other name of the
document (a "… School" named later) :func:`by_head` looks only for a body so headed and finds
none so far, so the phrase took nothing. Here it takes the body when

- the phrase is "the" and a noun of one family of :data:`FAMILIES` (a teaching body: school,
  institute, academy, college, conservatory, seminary; a care body: hospital, infirmary,
  clinic, asylum, sanatorium);
- no entity headed by the phrase's own noun was named before (then that one is meant);
- the phrase's sentence (before it) and the window's sentences of the same section name
  exactly one organisation, and a noun of the same family (not the phrase's own) heads it.

rel18, measured with ``benchmarks/entities.py --held-out --ours`` over the 36 development sets
and 32 probes, and a dump of every reference over the 68 texts before and after: one
reference added, right (the braille probe's "The school" for the institute named the sentence
before: relations at the evidence .60 → .70); nothing else moved. Not done: "the school" in
mid-sentence past the window ("went on teaching at the school").
"""

from __future__ import annotations

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

__all__ = ["FAMILIES", "kindred_body"]

# the nouns of one kind of body; any of them may take up a body another one heads
FAMILIES = (
    lx._words("school institute institution academy college conservatory seminary"),
    lx._words("hospital infirmary clinic asylum sanatorium"),
)


def kindred_body(u: int, phrase: Phrase, ctx: Context) -> int | None:
    """"the school" after "… Institute …": the one body of the window that a noun of the
    phrase's family heads.

    Args:
        u: the unit (sentence) index of the phrase.
        phrase: the reference phrase.
        ctx: what is known so far of the document.

    Returns:
        That body, or None (see the module docstring for the conditions).
    """
    family = next((f for f in FAMILIES if phrase.noun in f), None)
    if family is None or not ctx.units or ctx.units[u].tokens[phrase.start].lower != "the":
        return None
    section = ctx.units[u].section
    found = [g for v in ctx.recent if ctx.units[v].section == section
             for _p, g in ctx.by_unit.get(v, [])]
    found += [g for p, g in ctx.by_unit.get(u, []) if p < phrase.start]
    bodies = {g for g in found if ctx.types[g] == "organization"}
    if len(bodies) != 1:
        return None
    g = bodies.pop()
    return g if ctx.heads[g] & (family - {phrase.noun}) else None
