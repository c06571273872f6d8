"""A firm's premises standing for the firm: "Its first branch stood on the quay. In 1954 the
store on the quay began to stock …" is the chain's store, and the claim is the chain's.

rel20 (a fresh invented firm history; the final17 barcode diagnosis §4 names the family: "a
description of a part, branch, store, plant, standing for the body that owns it"). A text
brings the premises in with an indefinite or possessive noun ("a branch", "its first store",
"a new plant") in a sentence whose owner is a named organisation: the possessive ("Its",
"Their") when it refers to one, else the first organisation the sentence names outside a
prepositional phrase. :func:`premises_owner` takes "the ⟨premises noun⟩" in one of the next
two sentences (:data:`_FAMILIES`: a shop noun after a shop noun, a works noun after a works
noun) up as that owner, when

- the phrase stands alone or before a place ("the store on the quay"), not before "of" or
  another noun ("the plant manager");
- its own sentence names no organisation before it (whose premises it may be);
- the owner is a trading body: no society, museum or council (their "plant" grows, their
  "branch" is a library's or a society's local chapter: :data:`kg.references.business_nouns.MEMBERS_BODIES`
  and the bodies :func:`kg.references.business_nouns.business_fit` keeps from trade);
- the introducing noun is no "branch of …" (of a family, a river, a science).

Measured (``benchmarks/entities.py --held-out --ours``, every reference of the 76 texts and of
the three fresh ones dumped before and after): no reference of the 76 moved (none brings
premises in this way and takes them up); on the fresh firm history one reference added, right
("the store on the quay" → the chain after "Its first branch stood on the quay"), relations at
the evidence .80 → .90. Not taken (``benchmarks/final17/REL20.md``): premises brought in with
no owner in their sentence ("Production moved to a large plant in …": the firm of the
paragraph), and an owner typed person (the barcode's supermarket chain).
rev20b: the introducing noun must stand somewhere or act (:func:`_placed`: a verb or a place
preposition after it); "built a new store for grain" (a storehouse) and "bought a rare plant
from …" (a growth) had made "The store", "The plant" the firm. Dev and probe means unchanged.
"""

from __future__ import annotations

from kg.references.business_nouns import NOT_TRADING_HEADS
from kg.references.phrase_context import noun_follows
from kg.references.phrases import Context
from kg.references.subjects import governed
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["premises_owner"]

_SHOPS = frozenset({"store", "shop", "branch", "outlet", "supermarket"})
_WORKS = frozenset({"plant", "factory"})
_FAMILIES = (_SHOPS, _WORKS)
# what opens a noun that brings premises in: "a branch", "its first store", "a new plant"
_OPENERS = frozenset({"a", "an", "its", "their"})
_OWNER_TYPES = frozenset({"organization", "other"})


def premises_owner(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """``(start, end, group)`` of each "the ⟨premises noun⟩" of unit ``u`` that stands for
    the organisation whose premises one of the two sentences before brought in."""
    if not ctx.units or not ctx.recent:
        return []
    toks = ctx.units[u].tokens
    out = []
    for i in range(len(toks) - 1):
        noun = toks[i + 1].lower
        family = next((f for f in _FAMILIES if noun in f), None)
        if toks[i].lower != "the" or family is None or not toks[i + 1].text.islower() \
                or i + 2 < len(toks) and (toks[i + 2].lower == "of" or noun_follows(toks, i + 2)):
            continue
        if any(p < i and ctx.types[g] == "organization" or p == i
               for p, g in ctx.by_unit.get(u, [])):
            continue  # "the Tolven Company bought the store": whose is open; or taken up
        owner = next((g for prev in reversed(ctx.recent[-2:])
                      for g in [_introduced(prev, family, ctx)] if g is not None), None)
        if owner is not None:
            out.append((i, i + 2, owner))
    return out


def _introduced(prev: int, family: frozenset, ctx: Context) -> int | None:
    """The organisation sentence ``prev`` gives premises of ``family`` to, or None."""
    toks = ctx.units[prev].tokens
    found = ctx.by_unit.get(prev, [])
    for k, tok in enumerate(toks):
        if singular(tok.lower) not in family or not tok.text.islower() \
                or k + 1 < len(toks) and toks[k + 1].lower == "of":
            continue
        opener = next((j for j in range(k - 1, max(k - 4, -1), -1) if toks[j].lower in _OPENERS),
                      None)
        if opener is None or not _placed(toks, k):
            continue
        if toks[opener].lower in ("its", "their"):
            owner = next((g for p, g in found if p == opener), None)
        else:
            owner = next((g for p, g in found if p < k and not governed(toks, p)
                          and ctx.types[g] == "organization"), None)  # "Tollmere built a plant"
        if owner is not None and ctx.types[owner] in _OWNER_TYPES \
                and not (ctx.heads[owner] | ctx.described.get(owner, set())) & NOT_TRADING_HEADS:
            return owner
    return None


# rev20b: after premises brought in, their verb or place ("Its first branch stood on …", "a
# branch in Corvath"); "a store for grain", "a rare plant from Dremmick" are goods and growths
_PLACING = frozenset({"in", "on", "at", "near", "beside", "opposite", "along", "by"})


def _placed(toks, k: int) -> bool:
    """True when the premises noun at ``k`` stands in a place or does something there: a
    verb ("stood", "opened") or a place preposition not before a year follows it."""
    after = toks[k + 1:k + 3]
    if not after or not after[0].is_word:
        return False
    low = after[0].lower
    if low in _PLACING:
        return len(after) > 1 and not after[1].text[:1].isdigit()
    return low in lx.PAST_VERBS or low.endswith("ed")
