"""Cues that a name is a body from what it does or what is done with it, for
:func:`kg.kinds.type_cues.context_cues` (types20).

A firm named by an acronym ("QTV"), by words with no organisation head ("… States Lines")
or by letters and digits carries no head noun to type it; what the text says of it does:

- someone "joined X" (no "the" before it: "joined the X" is also a ship's crew, "joined
  the Corvenna …"), "worked for X", "was employed by X", "was hired by X", "his new employer,
  X," or "X, her employer,": its staff;
- "X went bankrupt", "X went into liquidation" (or receivership, administration), "X
  merged with …", "merged with X", "a merger with X", "was bought by X", "was taken over
  by X": its fate and its dealings as a business;
- "X, which closed the Orm works", "X closed the plant": a business shutting its works (a
  noun of :data:`kg.kinds.maker_types.WORKS_NOUNS` at most three words on);
- "X's factory", "X's plant", "X's mills", "X's board", "X's directors": what a business
  owns. Not "X's works" (an author's), "X's crew", "X's engineers" (a ship's), "X's staff"
  (a general's, rev19i), "X's workforce" (a country's).

Each cue is weak (1): people go bankrupt and are worked for too. A name shaped like a
person's takes none here: :func:`kg.kinds.trade_names.retype_trade_named` reads the same
cues as a firm's only for a name whose last word the text writes as a common noun and that
no given name, "He"/"She" after it or person's trade makes a person's ("Varlow Mills …
the mills"), so a person who went bankrupt keeps the type. A one-word name in title case
takes half: a bare surname is worked for ("worked for Vessick", other, not a firm), and
towns merge ("Pellbury merged with Oskmoor": its one "in Pellbury" (1) keeps the place);
half a cue types nothing alone (a type needs 1), so such a name needs two. An acronym or a
name of letters and digits ("QTV", "ZQM") takes the whole weight.
Not read: "X's crew", "X's engineers" (a ship's), "X hired" and "X acquired" (read as
actor verbs already, :data:`kg.words.lexicon.ACTOR_VERBS`), "was founded" (a town's too).

Measured (``benchmarks/entities.py --held-out --ours``, 40 development sets and 36 probes,
and two fresh texts written for this round, a factual container-shipping history and an
invented yarn-spinning valley; every entity's type and aliases and every mention of the 78
texts dumped before and after): four types moved, all right, no mention or reference moved.
final16 invented_candle_soap_works types .75 → .80 (a soap group other → organization, "was
bought by X"), the tessaly probe .84 → .90 (a scientific-instruments buyer other →
organization, "X, which closed the … works"), the fresh history .625 → .656 (a liner company
"… States Lines", "X went bankrupt"), the fresh invented text .762 → .810 (a merged firm of a
name and an acronym, "joined X as a clerk", "X went bankrupt"). Means: dev types .824 →
.826, probes .826 → .827; recall, alias unity, relations, conflations and core nodes
unchanged on every set. Rejected: the whole weight on one word in title case (a web browser
maker and a biotech firm of the development texts, both "other" and no gold entity, became
organisations, right, but so did a bare surname someone "worked for" and two towns that
"merged"; halved, the four stay as before); these cues on a name shaped like a person's in
:func:`kg.kinds.type_cues.context_cues` (a person who "went bankrupt" and was "worked for",
two cues, tied with the shape and became an organisation).

Review rev20a: a name of two words or more opened by a compass word or a word of size or
age ("Upper Pellbury merged with Lower Pellbury", "Great Oskmoor merged with Kessby",
"New Ostmere's factories") took the whole weight and became an organisation; such a name
(:func:`place_led`: two words, the second rare in English, so a final16 firm of a compass
word and two everyday words, bought by, keeps its whole weight) now takes half, as one word
in title case does. Every figure of the 78 sets unchanged (dev types .826, probes .809).
"""

from __future__ import annotations

from kg.kinds.maker_types import WORKS_NOUNS
from kg.words import lexicon as lx
from kg.words.demonyms import COMPASS
from kg.words.tokens import Token

__all__ = ["conduct_cue", "place_led"]

# (rev20a) first words of a place's name in title case: "Upper Pellbury", "Great Oskmoor",
# "East Varnland", "New Ostmere" (a compass word or a word of size or age)
_PLACE_LEADS = COMPASS | lx._words("upper lower nether new old great greater little")

# verbs of work before "for" or "by": "worked for X", "was employed by X"
_WORK_FOR = lx._words("worked works work working")
_WORK_BY = lx._words("employed hired recruited bought purchased over")
# what a business goes into when it fails: "went into liquidation"
_FAILURE = lx._words("liquidation receivership administration")
_MERGE = lx._words("merged merge merges merging")
_EMPLOYER = lx._words("employer employers")
# what a business owns, after its possessive: "QTV's factory"
_OWNED = lx._words("factory factories plant plants mill mills board directors")


def _before(toks: list[Token], start: int) -> float:
    """1 for a cue before the mention starting at ``start``, else 0."""
    before = [t.lower for t in toks[max(0, start - 3):start]]
    last, prev = before[-1] if before else "", before[-2] if len(before) >= 2 else ""
    if last == "," and prev in _EMPLOYER:
        return 1  # "His new employer, RKQ, paid well"
    if not before or not toks[start - 1].text.islower():
        return 0
    if last == "joined":
        return 1  # "joined QTV as a clerk", not "joined the Corvenna as a deckhand"
    if last == "for" and prev in _WORK_FOR or last == "by" and prev in _WORK_BY:
        return 1  # "worked for X", "was employed by X", "bought by X", "taken over by X"
    if last == "with" and (prev in _MERGE or prev in ("merger", "mergers")):
        return 1  # "merged with X", "a merger with X"
    return 0


def _after(toks: list[Token], end: int) -> float:
    """1 for a cue after the mention ending at ``end``, else 0."""
    if [t.lower for t in toks[end:end + 2]] in ([",", "his"], [",", "her"], [",", "their"]) \
            and any(t.lower in _EMPLOYER for t in toks[end + 2:end + 4]):
        return 1  # "RKQ, his new employer,"
    if end < len(toks) and toks[end - 1].possessive and toks[end].lower in _OWNED \
            and toks[end].text.islower():
        return 1  # "QTV's factory", "X's board"
    after = [t.lower for t in toks[end:end + 3] if t.text.islower()]
    if len(after) < 2 or not toks[end].text.islower():
        return _closed_works(toks, end)
    if after[0] == "went" and (after[1] == "bankrupt" or after[1] == "into"
                               and after[2:3] and after[2] in _FAILURE):
        return 1  # "X went bankrupt", "X went into receivership"
    if after[0] in _MERGE and after[1] in ("with", "into"):
        return 1  # "X merged with its rival"
    return _closed_works(toks, end)


def _closed_works(toks: list[Token], end: int) -> float:
    """1 for "X closed the Orm works", "X, which closed the plant" after the mention ending
    at ``end`` (a person's "closed the door" names no works), else 0."""
    k = end + 2 if [t.lower for t in toks[end:end + 2]] == [",", "which"] else end
    # "X closed its works" right after the name is trade_cues.trade_after's already (lead's
    # re-read: it was counted twice)
    determiners = ("the", "its") if k > end else ("the",)
    if k + 1 >= len(toks) or toks[k].lower not in ("closed", "shut") \
            or toks[k + 1].lower not in determiners:
        return 0
    nouns = [t.lower for t in toks[k + 2:k + 5] if t.text.islower()]
    return 1 if nouns and nouns[0] in WORKS_NOUNS else 0


def place_led(toks: list[Token], start: int, end: int) -> bool:
    """(rev20a) True when the mention from ``start`` to ``end`` is two words in title case, a
    word of :data:`_PLACE_LEADS` and a word rare in English ("Upper Pellbury merged with …"):
    a town's shape, which takes half a cue like one word in title case; not "Northern Varn
    Products" (three words), "Eastern Lamp" (an everyday word)."""
    return end - start == 2 and toks[start].text.istitle() and toks[start + 1].base.istitle() \
        and toks[start].lower in _PLACE_LEADS and lx.zipf(toks[start + 1].base.lower()) < 3.0


def conduct_cue(toks: list[Token], start: int, end: int, halved: bool) -> float:
    """(types20) The weight of what the text says the mention from ``start`` to ``end``
    does or undergoes as a business: 1 per cue (at most one before and one after it), half
    when ``halved`` (one word in title case, a bare surname's or a town's shape)."""
    weight = _before(toks, start) + _after(toks, end)
    return weight / 2 if halved else weight
