"""A description by a noun of the same family as the one the text named a thing by: "The
orbiter" for the craft described as a probe, "the new materials" for the oxide just found.

A text that described a thing once ("Marrowind was a robotic survey craft …") may take it up by a
more specific noun of the same kind ("The orbiter kept working …"), and a text that named a
compound by a term ("… found that *tellurium barium oxide* superconducts") by a more general
one ("a panel on the new materials"). Neither noun heads a name or is a noun the text
described anything by, so no other rule reads them. :func:`family_references` adds the
reference when:

- "the" and a noun of :data:`FAMILIES` stand alone (no copula before, no complement, no
  capitalised word or noun after), and no other rule took the phrase, and the noun heads no
  name and describes nothing (then the other rules' own);
- a specific noun ("orbiter"): exactly one entity named so far in the document is described
  by a noun of its family (its heads, the heads of its terms, its descriptor nouns,
  :mod:`kg.kinds.descriptors`) and by no other specific noun of it (a craft described as a
  "lander" is no orbiter);
- a general noun ("material", "compound") only after "new" ("the new materials"): exactly
  one entity of the window's sentences (:data:`kg.references.antecedents.WINDOW`, the same
  section) and of the phrase's own sentence before it so described.

Only things (a product, a concept or an untyped thing): no person, body, place, document or
event. Two candidates take nothing.

Measured (rel16b) with ``benchmarks/entities.py --held-out --ours`` over the 34 development
sets and the 30 probes, and a dump of every reference mention over all texts before and after,
read one by one: three references added, all right (probe: "The orbiter" → the craft described
as a probe, not its lander, and the next sentence's "Its" with it; superconductivity_factual:
"the new materials" → the copper oxide found the sentence before); relations at the evidence
probe .91 → 1.00, superconductivity_factual .70 → .80 (anywhere .70 → .80); no other
reference or figure moved. Without "new" a general noun takes nothing ("the material" of a
building text is any material); the texts' other "the material", "the alloy", "the ceramic"
reach the rule and take nothing.

Review rev16h (invented sentences, tests/test_references_rev16h.py): "It carried a small
rover. … The rover drove …" had taken the probe that carried it, and "two robotic space
probes … The orbiter" the class term "robotic space probe" (with one craft, the term tied
with it and nothing was taken); a specific noun now passes over the entities of a sentence
that wrote it before (:func:`_beside`; "Its designer wanted an orbiter" names no craft) and
over a term headed by a general noun of the family. "rebuilt with steel, glass and
Pelmorite. The new materials …" had taken the last of the list; a general noun now takes
nothing when a candidate of the window is a later member of a list (:func:`_coordinated`).
Figures unchanged (dev, probes), reference dump over all texts unchanged.
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.references.phrase_context import complement, noun_follows
from kg.references.phrases import Context
from kg.references.taught_phrases import BE
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["FAMILIES", "family_references"]

# (general nouns, specific nouns) of one kind of thing; a specific noun is told apart from
# its siblings ("orbiter", "lander"), a general one covers them all
FAMILIES = (
    (lx._words("spacecraft probe craft"), lx._words("orbiter lander rover")),
    (lx._words("aircraft aeroplane airplane plane"),
     lx._words("airliner biplane monoplane seaplane glider bomber")),
    (lx._words("material compound substance"),
     lx._words("oxide alloy ceramic polymer nitride carbide sulfide sulphide hydride")),
)
_THINGS = frozenset({"product", "concept", "other"})
_NEW = lx._words("new")


def family_references(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """The references "the orbiter", "the new materials" of sentence ``u`` (see the module
    docstring).

    Args:
        u: the unit (sentence) index.
        ctx: what is known so far of the document, with the sentence's entities resolved.

    Returns:
        ``(start, end, group)`` for each phrase resolved.
    """
    tokens = ctx.units[u].tokens
    here = ctx.by_unit.get(u, [])
    taken = set().union(*ctx.heads, *ctx.described.values()) if ctx.heads else set()
    out = []
    for i in range(len(tokens) - 1):
        if tokens[i].lower != "the" or i and tokens[i - 1].lower in BE:
            continue
        new = tokens[i + 1].lower in _NEW
        k = i + 1 + new
        if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower() \
                or tokens[k].possessive and new or not _alone(tokens, k + 1):
            continue
        noun = singular(tokens[k].lower)
        family = next((f for f in FAMILIES if noun in f[0] | f[1]), None)
        if family is None or noun in taken or any(i <= p <= k for p, _g in here):
            continue
        if noun in family[1]:  # a specific noun, not one the text wrote beside it ("a rover")
            beside = _beside(noun, u, ctx)
            found = {g for g in ctx.seen | {g for p, g in here if p < i}
                     if _kind_of(g, family, noun, ctx) and not ctx.term_heads[g] & family[0]
                     and g not in beside}
        elif new:
            section = ctx.units[u].section
            window = [e for v in ctx.recent if ctx.units[v].section == section
                      for e in ctx.by_unit.get(v, [])] + [(p, g) for p, g in here if p < i]
            found = {g for p, g in window if _kind_of(g, family, None, ctx)}
            if any(_coordinated(ctx.units[v].tokens, p) for v in ctx.recent + [u]
                   if ctx.units[v].section == section
                   for p, g in ctx.by_unit.get(v, []) if g in found and (v < u or p < i)):
                continue  # "with steel, glass and Pelmorite": one of several materials
        else:
            continue
        if len(found) == 1:
            out.append((i, k + 1, found.pop()))
    return out


def _alone(tokens, k: int) -> bool:
    """True when the noun before ``k`` ends its noun phrase: a mark, the end, or a word that
    is no complement ("the orbiter of …"), no capitalised word and no noun it modifies."""
    if k >= len(tokens) or not tokens[k].is_word:
        return True
    return not (tokens[k].text[0].isupper() or complement(tokens, k)
                or noun_follows(tokens, k))


def _beside(noun: str, u: int, ctx: Context) -> set[int]:
    """The entities named in a sentence before ``u`` that also writes ``noun`` (or its
    plural): "It carried a small rover. … The rover" takes up that rover, not the craft that
    carried it ("Its designer wanted an orbiter" names no craft, and leaves it)."""
    return {g for v in ctx.history if v < u
            and any(t.is_word and singular(t.lower) == noun for t in ctx.units[v].tokens)
            for _p, g in ctx.by_unit.get(v, [])}


def _coordinated(tokens, p: int) -> bool:
    """True when the mention at ``p`` is a later member of a list ("steel and X")."""
    k = p - 1
    while k >= 0 and tokens[k].text in MARKS:
        k -= 1
    return k >= 0 and (tokens[k].lower in ("and", "or") or tokens[k].text == ",")


def _kind_of(g: int, family, noun: str | None, ctx: Context) -> bool:
    """True when entity ``g`` is a thing the text described by a noun of ``family`` and,
    for a specific ``noun``, by no other specific noun of it."""
    if ctx.types[g] not in _THINGS:
        return False
    general, specific = family
    kinds = ctx.heads[g] | ctx.term_heads[g] | ctx.described.get(g, set())
    if not kinds & (general | specific):
        return False
    return noun is None or not kinds & (specific - {noun})
