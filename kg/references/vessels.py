"""A ship is "she": "Her designer" after a sentence about the liner Quillon is the liner's.

English writes of a ship as "she" and "her". A "she" or "her" that no person in the window
agrees with (:mod:`kg.references.antecedents` tries them first) takes the one entity of the previous
sentence that the text names or describes by a ship's noun (:data:`VESSEL_NOUNS`: "the liner
Quillon", "the Quillon, a steamer", "HMS Quillon" is not enough without such a noun). Not when
the section has already named a woman, who may be "she" from beyond the window ("Ann Holt
took over the yard. … The yard launched the steamer Quillon. Her order book was full":
reviewed, the ship took "Her" before this test); the whole document is too wide (a ship
named like a woman in an earlier section cost shipyard its relation).

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented
sets): one reference added, right (shipyard relations at the evidence .89 → 1.00); no other
reference of the 36 sets moved.

Round 18 (a blind probe on a botanical expedition): an entity the text describes by any
ship's noun ("a small brig, the Orla Venn") goes by "the ship" and "the vessel" too
(:mod:`kg.references.coref` adds them to its described nouns): probe relations at the
evidence .88 → 1.00 ("The ship was commanded by …", and a later "the ship"); no reference
of chronometer, lighthouse or the shipyard article (which write "the ship") moved, nor any
figure of the 42 sets. Review of round 18: not for a thing described by a ship's noun
that names a tool or a tree's part too ("cutter", "bark", "tug", "cruiser", "clipper"): a
surgical "small cutter, the Dorrow Loop" took a blood vessel's "The vessel"; no figure of
the 22 development sets moved.
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["VESSEL_NOUNS", "ship_pronoun"]

VESSEL_NOUNS = lx._words("""
ship liner vessel boat yacht steamer steamship schooner brig brigantine frigate ferry tanker
trawler barque bark ketch cutter sloop clipper tug tugboat submarine cruiser destroyer
battleship corvette galleon lifeboat icebreaker freighter windjammer dreadnought
""")
# the nouns any vessel goes by, whatever kind the text described it as; not given to a thing
# described by a ship's noun that names a tool or a tree's part too (review of round 18: "a
# small cutter, the Dorrow Loop" in surgery took "The vessel", a blood vessel)
_ANY_VESSEL = frozenset({"ship", "vessel"})
_SHIPS_ONLY = VESSEL_NOUNS - {"cutter", "bark", "tug", "cruiser", "clipper"}

_FEMININE = frozenset({"she", "her", "hers", "herself"})


def ship_pronoun(word: str, ctx: Context) -> int | None:
    """The ship a "she"/"her" (``word``, lowercase) stands for: the one entity of the
    previous sentence that a ship's noun names or describes; else None."""
    if word not in _FEMININE or not ctx.recent or _woman_seen(ctx):
        return None
    ships = {g for _p, g in ctx.by_unit.get(ctx.recent[-1], []) if _ship(g, ctx)}
    return ships.pop() if len(ships) == 1 else None


def _ship(g: int, ctx: Context) -> bool:
    """True when a ship's noun heads a name of ``g`` or describes it."""
    if ctx.types[g] in ("person", "date", "quantity", "place"):
        return False
    return bool((ctx.heads[g] | ctx.described.get(g, set())) & VESSEL_NOUNS)


def _woman_seen(ctx: Context) -> bool:
    """True when a person the section has named so far is, on the evidence, a woman."""
    genders = getattr(ctx, "genders", {})
    since = -1 if ctx.heading is None else ctx.heading
    return any(ctx.types[g] == "person" and genders.get(g)
               and genders[g]["female"] > genders[g]["male"]
               for u in ctx.history if u > since for _p, g in ctx.by_unit.get(u, []))
