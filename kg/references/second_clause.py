"""A subject "It"/"Its" after a sentence of two clauses joined by ", and" whose second
clause has an agent of its own (:func:`second_clause_thing`, called by
:func:`kg.references.pronoun_it.by_subject`).

"The firm Ostrel Ltd supplied the brass, and in 1902 the Vandry Guild named a bell the
Great Tobbin. Its tone …": the bell, not the firm. The first clause's subject did one thing
and stepped aside; a second agent (an organisation or person other than that subject)
opened the last clause and named one thing (a product, document, event or untyped name,
not a place, person, organisation, date or quantity) after itself. The pronoun takes that
thing, the one the last clause is about.

A singular "It" after a sentence opened by a capitalised plural noun for people
("Tephrologists gave the stone the name X.", :func:`people_word`) takes the one thing that
sentence named (:func:`people_thing`), not the noun (a junk node when the noun is rare).

ref15k: measured over the 32 development sets and 28 invented articles (every reference
mention dumped before and after, each read): 3 reference mentions changed, all right
(kilogram: "Its mass" firm → prototype; "It was kept" the plural noun → prototype; the first
rule 1, the second 2); kilogram relations at the evidence .40 → .60, anywhere .60 → .70;
dev means at the evidence .926 → .932, anywhere .935 → .938; probes and every other figure
unchanged. Only the shape with a second agent; without it ("X supplied the brass, and the
bell …") the last clause's subject is already the thing.

rev15l (review): the last clause must name the thing (:data:`_NAMING`: "as", "named",
"called" … between the agent and it); ref15k took any thing ("The H Orchestra toured …,
and the conductor O premiered the P Symphony. Its players" → the symphony; "… the dealer
bought the P Roadster. Its shares" → the car). No figure moved (dev, probes, every set).

fix16: a gathering typed ``event`` is no agent any more: a standing body that decides is
typed ``organization`` (:mod:`kg.kinds.standing_bodies`), and a one-off meeting names
nothing after itself. No reference moved.
"""

from __future__ import annotations

from kg.references.phrases import Context

__all__ = ["people_thing", "people_word", "second_clause_thing"]

_AGENTS = frozenset({"organization", "person"})
_NOT_THING = frozenset({"organization", "person", "place", "date", "quantity"})
# rev15l: the last clause must name the thing ("… a cylinder as the X", "named a bell X");
# "… and the violinist Y recorded the Z Suite. Its members …" names nothing: the quartet's
_NAMING = frozenset({"as", "named", "called", "dubbed", "christened", "designated", "titled",
                     "renamed"})


def _last_join(toks) -> int | None:
    """The position of the last ", and" outside brackets, or None."""
    depth, found = 0, None
    for k, t in enumerate(toks[:-1]):
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and t.text == "," and toks[k + 1].lower == "and":
            found = k
    return found


def second_clause_thing(prev: int, subject: int | None, ok, ctx: Context) -> int | None:
    """The one thing the last clause of ``prev`` named after a second agent, when the first
    clause's subject is an organisation or a person; else None."""
    if subject is None or ctx.types[subject] not in _AGENTS or not ctx.units:
        return None
    toks = ctx.units[prev].tokens
    c = _last_join(toks)
    if c is None:
        return None
    found = sorted(ctx.by_unit.get(prev, []))
    if not any(p < c and g == subject for p, g in found):
        return None
    after = [(p, g) for p, g in found if p > c and ctx.types[g] not in ("date", "quantity")]
    if not after or ctx.types[after[0][1]] not in _AGENTS or after[0][1] == subject:
        return None
    things = {g for _p, g in after[1:] if ctx.types[g] not in _NOT_THING | {"event"}}
    if len(things) != 1 or any(ctx.types[g] in _NOT_THING and g != after[0][1]
                               for _p, g in after[1:]):
        return None
    g = things.pop()
    at = next(p for p, h in after if h == g)
    if not any(t.lower in _NAMING for t in toks[after[0][0]:at]):
        return None
    return g if ok(g) else None


def people_word(prev: int, g: int, ctx: Context) -> bool:
    """True when ``g`` opens sentence ``prev`` as one capitalised plural noun for people
    ("Metallurgists", "Historians"), a word a singular "It" does not stand for."""
    if not ctx.units:
        return False
    toks = ctx.units[prev].tokens
    return any(h == g and p == 0 and len(toks) > 1 and toks[0].is_cap
               and toks[0].lower.endswith(("ists", "ians")) and toks[1].text.islower()
               for p, h in ctx.by_unit.get(prev, []))


def people_thing(prev: int, subject: int, ok, ctx: Context) -> int | None:
    """After a sentence opened by a plural noun for people (:func:`people_word`), the one
    fitting thing (not a place) it named: "Metallurgists renamed the alloy to Kestrite. It
    …" → Kestrite; of several, the last when it is the name the sentence gave "it"
    ("… and nicknamed it Old Pell")."""
    found = sorted((p, g) for p, g in ctx.by_unit.get(prev, [])
                   if g != subject and ok(g) and ctx.types[g] != "place")
    if len({g for _p, g in found}) == 1:
        return found[0][1]
    toks = ctx.units[prev].tokens  # "… to the vault and nicknamed it Blue K": the name given "it"
    if found and found[-1][0] > 0 and toks[found[-1][0] - 1].lower == "it":
        return found[-1][1]
    return None
