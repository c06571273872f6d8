"""A change noun for the thing a sentence before changed: "The council voted to revise the
Tollbridge Code. … The revision came into force in 1911" (the code).

The noun of the act ("the change", "the revision", "the reform") takes up what the act was
done to; no name holds it and it is no reference noun, so no other rule reads it.
:func:`change_references` adds the reference when:

- "The" and a noun of :data:`CHANGE_NOUNS` open the main clause and stand alone (no
  complement, "the change in …", "the change of name"; no noun after it), no other rule
  took the phrase, and the noun heads no name;
- the window's sentences (:data:`kg.references.antecedents.WINDOW`, in the same section)
  name exactly one entity as the object of a verb of changing (:data:`_CHANGING`: "revise
  the X", "amended its X", at most two modifiers between) or as the subject of its passive
  ("the X was revised"): no person, date or quantity.

Two candidates take nothing ("… revised the A and amended the B. The change …").

Measured (rel16b) with ``benchmarks/entities.py --held-out --ours`` over the 34 development
sets and the 30 probes, and a dump of every reference mention over all texts before and after,
read one by one: one reference added, right (kilogram_history_factual: "The change came into
force …" → the system of units the conference "voted unanimously to revise", not the units
"redefined" as a plural list after a colon, which are no object of the verb); relations at the
evidence .90 → 1.00 (anywhere .90 → 1.00); no other reference or figure moved.

Review rev16h: "reformed the A and the B. The reform …" had taken A (the walk back from B
stops at "and"); a mention listed right after a changed one is changed too
(:func:`_changed_in`), so two candidates take nothing. Figures and reference dump unchanged.
Not done: an ellipsis, "reformed the A in 1832 and in 1834 the B", still takes A; a coin,
"changed the X note. The change was two pennies short", takes the note.
"""

from __future__ import annotations

from kg.finders.emphasis import MARKS
from kg.references.phrase_context import complement, noun_follows, subject_position
from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["CHANGE_NOUNS", "change_references"]

CHANGE_NOUNS = lx._words("change revision reform amendment redefinition alteration "
                         "modification overhaul reorganisation reorganization restructuring")
_CHANGING = lx._words("""
    change changes changed changing revise revises revised revising reform reforms reformed
    reforming amend amends amended amending redefine redefines redefined redefining alter
    alters altered altering modify modifies modified modifying overhaul overhauls overhauled
    overhauling reorganise reorganises reorganised reorganising reorganize reorganizes
    reorganized reorganizing restructure restructures restructured restructuring""")
_DETERMINERS = lx._words("the a an its their his her this that these those")
# complements that say which change, beyond those of :func:`complement`
_MORE_COMPLEMENTS = lx._words("in on from over")
_NOT_CHANGED = frozenset({"person", "date", "quantity"})
_REACH = 2  # lowercase modifiers between the verb and the thing changed


def change_references(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """The references "The change", "The revision" of sentence ``u`` (see the module
    docstring).

    Args:
        u: the unit (sentence) index.
        ctx: what is known so far of the document, with the sentence's entities resolved.

    Returns:
        ``(start, end, group)`` for each phrase resolved.
    """
    tokens = ctx.units[u].tokens
    here = ctx.by_unit.get(u, [])
    for i in range(len(tokens) - 1):
        if tokens[i].lower != "the" or not subject_position(tokens, i):
            continue
        noun = tokens[i + 1].lower
        if not tokens[i + 1].is_word or not tokens[i + 1].text.islower() \
                or noun not in CHANGE_NOUNS or not _alone(tokens, i + 2) \
                or any(i <= p <= i + 1 for p, _g in here) \
                or any(noun in h for h in ctx.heads):
            return []
        section = ctx.units[u].section
        found = {g for v in ctx.recent if ctx.units[v].section == section
                 for g in _changed_in(ctx.units[v].tokens, ctx.by_unit.get(v, []))
                 if ctx.types[g] not in _NOT_CHANGED}
        return [(i, i + 2, found.pop())] if len(found) == 1 else []
    return []


def _alone(tokens, k: int) -> bool:
    """True when "the N" ending before ``k`` is the whole noun phrase."""
    if k >= len(tokens) or not tokens[k].is_word:
        return True
    return not (tokens[k].text[0].isupper() or complement(tokens, k)
                or tokens[k].lower in _MORE_COMPLEMENTS or noun_follows(tokens, k))


def _changed_in(tokens, mentions) -> list[int]:
    """The groups a sentence names as changed (:func:`_changed`), with those listed after
    one ("revised the A and the B": both, so "The revision" takes neither)."""
    out, last = [], None
    for p, g in sorted(mentions):
        if _changed(tokens, p) or last is not None and _listed(tokens, last, p):
            out.append(g)
            last = p
        else:
            last = None
    return out


def _listed(tokens, p: int, q: int) -> bool:
    """True when only the rest of the name at ``p``, marks, determiners and one "and"/"or"
    or comma stand between it and the mention at ``q``."""
    between = tokens[p + 1:q]
    joins = [t for t in between if t.lower in ("and", "or") or t.text == ","]
    return len(joins) >= 1 and all(
        t.text in MARKS or t.text[:1].isupper() or t.lower in _DETERMINERS
        or t.lower in ("and", "or") or t.text == "," for t in between)


def _changed(tokens, p: int) -> bool:
    """True when the mention at ``p`` is the object of a verb of changing ("revise the X",
    "amended its rules of X" is not: the object is the rules) or the subject of its passive
    ("the X was revised")."""
    k, words = p - 1, 0
    while k >= 0:
        low = tokens[k].lower
        if low in _CHANGING:
            return True
        if tokens[k].text in MARKS or low in _DETERMINERS:
            k -= 1
        elif tokens[k].is_word and tokens[k].text.islower() and low not in lx.STOPWORDS \
                and words < _REACH:
            k, words = k - 1, words + 1
        else:
            break
    k = p + 1  # past the rest of the name (capitalised words, marks) to "was revised"
    while k < len(tokens) and (tokens[k].text in MARKS or tokens[k].text[:1].isupper()):
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower in ("was", "were", "is", "are") \
        and tokens[k + 1].lower in _CHANGING
