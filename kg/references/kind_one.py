"""An object "one" standing for a kind just named: "… the continuous tank furnace …. Ada
Lind had pressed the board to fit one as early as 1879."

"one" right after a verb, as its object, and before a pause or a preposition ("fit one
as early as", "bought one in 1902", "replace one that had split") is an instance of a kind
the text has just named. :func:`kind_ones` takes the last lowercase term (a kind, not a
proper name: a product, technique or concept) named in the sentence before (the nearest:
"could not compete with the tank furnace" after "the pot furnaces"), when its own sentence
names no kind before "one" (one named there is already in its claim: nothing is added).
Not after "a", "an", "the" and an adjective ("a year-round one", "a big, slow
one"), where "one" heads a noun phrase of its own.

Round rel14, measured (``benchmarks/entities.py --held-out --ours`` and a dump of every
reference mention over the 28 development sets and 24 probes): two references added, both
right ("fit one" on glassworks, relations at the evidence .80 → .90; "capturing one"
for a kind of continuation on compiler); nothing else moved. Rejected: the one kind only
when the sentence names exactly one (glassworks names the old kind and the new one, and
lost its reference); without the adjective test, "a year-round one" took an orchestra's
playing style. Left: "replace one that had split" (a bell), "found one that dried fast" (a
lime), "supply one": the kind they stand for is no entity.
Review rev14c: "one" takes up the nearest indefinite noun ("… needed a stoker for it. Ruth
Tallis hired one from Lisleby" is a stoker, not the kiln named before), so an "a"/"an"
between the kind and "one" stops the rule; and the counting idioms "one at a time", "one by
one", "one after another", "one to one" are no kind ("each carried one at a time" had taken
a kiln); nor a plural noun after "the" between them ("The stokers wanted more pay, and the
manager hired one": a stoker), nor a number word just after "one" ("counted one for and nine
against": a vote). Every reference of the 52 texts as before. Left: "The Tessby Rovers
adopted the **zonal marking** system. They scored one …" still takes the technique (a goal
is never named: no test can see it).
"""

from __future__ import annotations

from kg.words import lexicon as lx

__all__ = ["kind_ones"]

_KINDS = frozenset({"product", "technique", "concept"})
_AFTER = frozenset({"as", "in", "at", "for", "from", "to", "by", "with", "when", "after",
                    "before", "until", "that", "which"})
_NOT_VERBS = frozenset({"no", "any", "each", "every", "the", "only", "than", "just", "this",
                        "that", "same", "another", "least", "number", "big", "small",
                        "slow", "fast", "new", "old", "public", "happy", "heavier"})

# what follows "one" in an idiom of counting, not of a kind: "one at a time", "one by one"
_IDIOMS = frozenset({("at", "a"), ("by", "one"), ("after", "another"), ("to", "one")})


def kind_ones(units, matches, types: list[str], terms: set[int]) -> list[tuple]:
    """The reference mentions of an object "one" standing for a kind just named.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences.
        types: the type of each group.
        terms: the groups named only by lowercase terms (kinds, not proper names).

    Returns:
        ``(group, sentence index, surface, char_start, char_end, "context")`` tuples.
    """
    by_unit: dict[int, list] = {}
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        by_unit.setdefault(m.unit, []).append(m)
    out = []
    for u, unit in enumerate(units):
        if unit.heading:
            continue
        toks = unit.tokens
        for i in range(1, len(toks)):
            if toks[i].lower != "one" or not _object(toks, i):
                continue
            here = [m for m in by_unit.get(u, []) if m.end <= i and _kind(m.group, types, terms)]
            between = toks[here[-1].end:i] if here else toks[:i]
            if not here and u and not units[u - 1].heading and units[u - 1].doc == unit.doc:
                here = [m for m in by_unit.get(u - 1, []) if _kind(m.group, types, terms)]
                between = (units[u - 1].tokens[here[-1].end:] if here else []) + toks[:i]
            if any(t.lower in ("a", "an") for t in between) or _plural_between(between) \
                    or any(t.lower in lx.NUMBER_WORDS for t in toks[i + 1:i + 4]):
                continue  # "needed a stoker …. hired one", "one for and nine against"
            here = [m.group for m in here]
            if here and not any(m.group == here[-1] for m in by_unit.get(u, [])):
                out.append((here[-1], unit.sentence, toks[i].text, toks[i].start, toks[i].end,
                            "context"))
    return out


def _plural_between(toks) -> bool:
    """True for a plural noun after "the" ("The stokers wanted more pay, and the manager
    hired one"): "one" of those, not the kind named before them."""
    return any(t.lower == "the" and k + 1 < len(toks) and toks[k + 1].is_word
               and toks[k + 1].text.islower() and toks[k + 1].lower.endswith("s")
               and not toks[k + 1].lower.endswith(("ss", "us", "is"))
               for k, t in enumerate(toks))


def _kind(g: int, types: list[str], terms: set[int]) -> bool:
    """True for a group named only by lowercase terms and typed a product, technique or
    concept: a kind of thing, which "one" can be an instance of."""
    return types[g] in _KINDS and g in terms


def _object(toks, i: int) -> bool:
    """True for "one" right after a verb and before a pause or a preposition."""
    before = toks[i - 1]
    det = set() if i < 2 else {t.lower for t in toks[max(0, i - 4):i - 1]} \
        if toks[i - 2].text == "," else {toks[i - 2].lower}
    if det & {"a", "an", "the"}:
        return False  # "a year-round one", "a big, slow one": a noun phrase's head
    if not before.is_word or not before.text.islower() or before.lower in lx.STOPWORDS \
            or before.lower in _NOT_VERBS or before.lower in lx.NUMBER_WORDS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    pair = tuple(t.lower for t in toks[i + 1:i + 3])
    if pair in _IDIOMS:
        return False  # "carried one at a time", "took them one by one"
    return nxt is None or not nxt.is_word or nxt.lower in _AFTER
