"""A group the text is about, told of by counting its members: "The five singers shared a
house …. In 1979 they won first prize …" — "they" is the ensemble the title names.

:func:`counted_members` is read by :func:`kg.references.pronoun_it.by_subject` for a subject
"they" whose previous sentence has no subject entity and opens "The ⟨number⟩ ⟨members⟩"
("The three partners", "The five founders"): the one organisation the document's title
names. Only nouns of a group's members count ("The two engineers tested …" is not the firm),
and only the title's organisation (a group named elsewhere is no safer than any other).

rel15b, measured with a reference dump over the 30 development sets and 28 probes: one
reference added, right (the quartet probe's "In 1979 they won first prize", relations at the
evidence .90 → 1.00); nothing else moved. Kin nouns ("The two brothers") and staff ("The two
engineers") are left out: the title's group is not meant there (tests/test_references_rel15b.py).

rev15g (review): no league, federation, council, cup … (:data:`_BODIES`: its players are its
clubs'); no sentence of members parting (:data:`_PARTING`: "The three founders left the
group"); no "The five members of the jury" (an "of" other than "of the ⟨head of the title's
name⟩"); "The three members of the trio" keeps the group although "the trio" is itself a
reference to it. No figure or set moved (the quartet probe's reference kept).
"""

from __future__ import annotations

from kg.references.distant_antecedents import title_entity
from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["counted_members"]

# nouns for the members of a group, counted as a whole ("The four players", "the three
# partners"), not of people who merely work for it nor kin ("The two brothers" may have
# fallen out with the firm)
_MEMBERS = lx._words("players members musicians partners founders singers performers")
# (rev15g) verbs of members parting from the group: "The three founders left …. In 1993 they
# opened a shop" is the founders, not the group
_PARTING = lx._words("left leave leaves quit resigned departed split parted expelled sacked "
                     "dismissed")
# (rev15g) last words of the names of bodies whose players are members of their member clubs,
# not of the body: "The Tarvel League …. The five singers shared a house" is no league's five
_BODIES = lx._words("league federation association union council committee board commission "
                    "conference championship championships cup")


def counted_members(unit: int, ctx: Context) -> int | None:
    """The organisation the document's title names, when sentence ``unit`` opens with "The",
    a number word and a noun of a group's members and names no person or organisation.

    Args:
        unit: the index of the sentence before the "they".
        ctx: what is known so far of the document.

    Returns:
        The group (entity) index, or None.
    """
    toks = ctx.units[unit].tokens if ctx.units else []
    if len(toks) < 4 or toks[0].lower != "the" or toks[1].lower not in lx.NUMBER_WORDS \
            or toks[2].lower not in _MEMBERS:
        return None
    if any(t.lower in _PARTING for t in toks):
        return None  # (rev15g) "The three founders left the group": no longer the group
    group = title_entity(ctx, lambda g: ctx.types[g] == "organization")
    if group is None or ctx.heads[group] & _BODIES:
        return None  # (rev15g) "The Tarvel League …. The four players …": not the league
    if toks[3].lower == "of" and not (len(toks) > 5 and toks[4].lower == "the"
                                      and toks[5].lower in ctx.heads[group]):
        return None  # (rev15g) "The five members of the jury": another body's members
    if any(ctx.types[g] == "person" or ctx.types[g] == "organization" and g != group
           for _p, g in ctx.by_unit.get(unit, [])):
        return None
    return group
