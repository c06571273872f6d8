"""A plural noun phrase that stands for the people just listed: "The three shared …", "All
four later …", "named from the founders' initials".

Two phrases, each taking every person of a group the sentences just before name (the
look-back of :func:`kg.references.named_kinds.pair_before`: back to the first sentence
naming two or more people, at most three sentences, and no other person on the way):

- "The three", "All four", "The five founders" … opening a sentence (after a fronted year
  too), the count three to five, then a verb ("The three shared …", a word in "-ed" or a
  common verb or adverb) or a noun of people who made something together
  (:data:`_GROUP_NOUNS`): when the group has exactly that many people;
- "the authors", "the founders", "the inventors" … anywhere in the sentence, not before
  "of" ("the authors of the survey" are others): when the group has two to five people.

Neither takes a group whose member the sentence names before the phrase. "The three
bridges", "the three large halls" take nothing (a noun of things, an adjective).

Measured (``benchmarks/entities.py --held-out --ours``, 28 sets and 24 probes): the only
figure that moved is one relation joined anywhere on a set about a physics theory (.60 →
.70: "the authors'" in the sentence naming the theory). Five sentences took references,
all read: that one and "The three shared …" on the same set (the three people listed
just before, right); "The founders were succeeded …" (the two partners just named,
right); "The founders wanted …" and "The founders spent …" (two founders of three, the
third named one sentence further back: right but incomplete). Three more "The founders"
took nothing (no sentence naming two people within reach), as wanted.
"""

from __future__ import annotations

from kg.words import lexicon as lx

__all__ = ["listed_people"]

_COUNTS = {"three": 3, "four": 4, "five": 5}
_GROUP_NOUNS = frozenset("authors founders inventors discoverers collaborators co-authors "
                         "coauthors men women".split())
_AFTER_COUNT = frozenset("were had have are met won went also later then never together "
                         "each soon worked".split())
_LOOK_BACK = 3


def _group_before(ctx, u: int) -> list[int] | None:
    """The people the last sentences name, back to the first naming two or more, when no
    other person is named on the way (at most :data:`_LOOK_BACK` sentences)."""
    people: list[int] = []
    for v in reversed(ctx.recent[-_LOOK_BACK:]):
        if v == u:
            continue
        here = [g for p, g in ctx.by_unit.get(v, []) if ctx.types[g] == "person"
                and ctx.units[v].tokens[p].lower not in lx.PRONOUNS]
        people += [g for g in here if g not in people]
        if len(set(here)) >= 2:
            return people
    return None


def listed_people(u: int, ctx, at: int) -> list[tuple[int, int, int]]:
    """The references to a listed group in sentence ``u``: ``(start, end, group)``.

    Args:
        u: the unit.
        ctx: the coreference context.
        at: where the sentence's words start after a fronted year or opener.

    Returns:
        One triple per person of the group, or none.
    """
    toks = ctx.units[u].tokens
    words = [t.lower for t in toks] + ["", "", ""]
    found = None
    if words[at] in ("the", "all") and words[at + 1] in _COUNTS:
        nxt = words[at + 2]
        if nxt in _GROUP_NOUNS:
            found = (at, at + 3, _COUNTS[words[at + 1]])
        elif nxt in _AFTER_COUNT or nxt.endswith("ed") and nxt.isalpha():
            found = (at, at + 2, _COUNTS[words[at + 1]])
    if found is None:
        for k in range(len(toks) - 1):
            if words[k] == "the" and words[k + 1] in _GROUP_NOUNS - {"men", "women"} \
                    and words[k + 2] != "of" and not toks[k + 1].is_cap:
                found = (k, k + 2, 0)
                break
    if found is None:
        return []
    start, end, count = found
    group = _group_before(ctx, u)
    if not group or (len(group) != count if count else not 2 <= len(group) <= 5):
        return []
    if any(g in group for p, g in ctx.by_unit.get(u, []) if p < start):
        return []
    return [(start, end, g) for g in group]
