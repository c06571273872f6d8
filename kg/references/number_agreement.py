"""When a sentence's subject cannot be what a next "They" or "Their" stands for.

:mod:`kg.references.pronoun_it` gives "They", "Their" the previous sentence's subject when it
fits (an organisation, or a name the text uses as a plural). Two readings of that sentence
say the subject is one thing, so the plural pronoun means others (people it named, or no
entity):

- its verb is singular (the first auxiliary after the subject is "was", "is", "has" or
  "does") and it names someone else after the subject for "They" to be (a person, an
  organisation, or any name but a place, date or quantity right after "by"): "The isotope
  itself was isolated … by Ada Lind and Tom Quarle …. They were looking for …" is the two,
  not the isotope; "The Orm Almshouse was run by the Brothers of Varn …. They handed it …";
- the subject entity is a possessive pronoun resolved to it, inside a longer subject ("A
  group of its players … began …. They called themselves …": the players, not the body
  "its" stood for).

Round rel14, measured (``benchmarks/entities.py --held-out --ours`` and a dump of every
reference mention over the 28 development sets and 24 probes): three wrong "They" gone (an
isotope, an infirmary, an orchestra whose players were meant) and one right reference
added in their place ("the infirmary" in the sentence whose "They" had taken it); of the
thirteen plural pronouns resolved before, the other ten keep what they took; no figure
moved. Left: "In 1947 they reported …" after "To prove it existed, Ada Lind, her student …
and … used …": the fronted phrase's "it" is taken for the subject, so the three people are
passed over (one wrong reference on one set).
Review rev14c: a singular verb alone had dropped a body's own "They" in British usage ("The
Pelmor Harbour Committee was formed in 1890. They met every Tuesday", "The Tessby Players is
a brass band …. They play …": right before, nothing after), so the verb reading now also
wants a person, an organisation or a passive's agent named after the subject; every
reference of the 52 texts as before.
"""

from __future__ import annotations

from kg.references.phrases import Context

__all__ = ["singular_subject"]

_SINGULAR = frozenset({"was", "is", "has", "does"})
_PLURAL = frozenset({"were", "are", "have", "do"})
_POSSESSIVES = frozenset({"its", "his", "her"})
_OTHERS = frozenset({"person", "organization"})  # who else a "They" may be
_NEVER = frozenset({"place", "date", "quantity"})
_REACH = 8  # tokens after the subject's start in which its auxiliary is looked for


def singular_subject(prev: int, g: int, ctx: Context) -> bool:
    """True when sentence ``prev`` says its subject ``g`` is one thing (see the module
    docstring), so that a plural pronoun after it does not take ``g``.

    Args:
        prev: the previous sentence's unit.
        g: its subject's group.
        ctx: the coreference context.

    Returns:
        True for a singular verb after the subject or a possessive pronoun standing for it.
    """
    if not ctx.units:
        return False
    tokens = ctx.units[prev].tokens
    pos = next((p for p, h in ctx.by_unit.get(prev, []) if h == g), None)
    if pos is None:
        return False
    if tokens[pos].lower in _POSSESSIVES:
        return True
    if not any(h != g and (ctx.types[h] in _OTHERS or _agent(tokens, p)
                           and ctx.types[h] not in _NEVER)
               for p, h in ctx.by_unit.get(prev, []) if p > pos):
        return False  # "The Pelmor Harbour Committee was formed …. They met …": no one else
    for t in tokens[pos + 1:pos + 1 + _REACH]:
        if t.lower in _SINGULAR:
            return True
        if t.lower in _PLURAL or t.text in ",;:":
            return False
    return False


def _agent(tokens, p: int) -> bool:
    """True for a name right after "by" ("by the Sisters of Varn"): a passive's agent."""
    k = p - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    return k >= 0 and tokens[k].lower == "by"
