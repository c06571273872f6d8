"""A new name given inside an object relative clause: "…, which the council later renamed X".

:func:`kg.references.bridging.renamings` reads a resolved description before a naming cue as
the thing named ("The firm was renamed X"). After "which" or "that" the description is the
clause's agent, not the thing renamed: in "the museum reopened the Orlove Herbarium, which
the council then renamed the Varrick Herbarium" the council is not the Varrick Herbarium.
:func:`relative_agent` marks such a description so that reading passes it over, and
:func:`object_relatives` gives the new name to what stands before ", which": a name ending
there or a description resolved there.

alias19: on a fresh invented biography the herbarium's new name and its acronym had become
aliases of a government office ("the government" was resolved to it), a wrong merge.
Measured (``benchmarks/entities.py --held-out --ours``, 38 development sets and 34 probes):
no figure of any set moved; on the fresh biography the new name and its acronym join the
herbarium ("Herbarium") instead of the office. Rejected: "named" and "called" as verbs of the
clause: "a hall with its seats, which she named X after …" gave X to a count of seats (orchestra types
.85 → .80) and a lowercase term a name (plate_tectonics); only "renamed", "rebranded" stay.
rev19c: only before an active naming verb (:func:`relative_agent`): "learned that the firm was
renamed X", "a year in which the firm was renamed X" (invented business texts) had lost X, which
became a person; nor after a name that is the object of "of" ("the paintings of Ada Pellory,
which the state renamed the Pellory Collection" had made the collection her alias).
Measured (38 development sets, 36 probes): no figure of any set moved.
read19: nor after a name that is the object of "in", "at", "near", "outside" after a lowercase noun
("Quenby Marine, a boatbuilder in Quendrow, which the owners renamed Quenby Yachts" had made
the firm's new name the town's alias, a place and a firm conflated). Measured (40 development
sets, 36 probes): no figure of any set moved.
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.words import lexicon as lx

__all__ = ["RELATIVES", "object_relatives", "relative_agent"]

RELATIVES = frozenset({"which", "that"})
# verbs that give their object a new name: "which the council renamed X". Not "named" nor
# "called": "a hall with its seats, which she named X …" gave X to the seats (orchestra)
_NAMING = frozenset({"renamed", "rebranded"})
# the longest agent read between the relative word and the verb ("the city council then")
_AGENT_WORDS = 5
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be"})
# (read19) prepositions whose object, after a lowercase noun, is no owner of a relative clause
# after it: "the paintings of X, which …", "a boatbuilder in Quendrow, which …" (not "by",
# "from": "bought by X, which the owners renamed Y" is X's)
_OWNING = frozenset({"of", "in", "at", "near", "outside"})


def relative_agent(toks, i: int) -> bool:
    """True when the description at ``toks[i]`` follows "which" or "that" and an active naming
    verb follows it: it is the agent of an object relative clause, which names what stands
    before the relative word. Not a passive ("agreed that the company would be renamed X",
    "in which the firm was renamed X"): there the description is the thing renamed (rev19c)."""
    return i > 0 and toks[i - 1].lower in RELATIVES and _verb_at(toks, i) is not None


def _after_of(toks, start: int) -> bool:
    """True when a name starting at ``toks[start]`` is the object of "of" after a lowercase
    noun ("the paintings of (the) X", rev19c) or of a place's preposition ("a boatbuilder in
    Quendrow", read19): a relative clause after it is the noun's."""
    k = start - 1 - (start > 0 and toks[start - 1].lower == "the")
    return k > 0 and toks[k].lower in _OWNING and toks[k - 1].text.islower()


def _verb_at(toks, k: int) -> int | None:
    """Where a naming verb stands after an active agent that opens at ``toks[k]`` ("the
    council then renamed"), else None (a passive "which was renamed" has no agent)."""
    for v in range(k + 1, min(len(toks), k + 1 + _AGENT_WORDS)):
        low = toks[v].lower
        if low in _NAMING:
            return v if toks[v - 1].lower not in _PASSIVE else None
        if not toks[v].is_word or low in _PASSIVE:
            return None
    return None


def object_relatives(units: list[Unit], matches: list[Match],
                     references: list[tuple]) -> list[tuple[int, int, str]]:
    """Names given to the thing before ", which <agent> renamed X".

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        references: the resolved references (their group, sentence and character end).

    Returns:
        ``(entity group, named group, evidence sentence)`` for each such clause.
    """
    ends = {(m.unit, m.end): m.group for m in matches}
    owned = {(m.unit, m.end) for m in matches if _after_of(units[m.unit].tokens, m.start)}
    starts = {(m.unit, m.start): m for m in matches}
    described = {(r[1], r[4]): r[0] for r in references}  # (sentence, char end) → group
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading:
            continue
        for k in range(2, len(toks) - 3):
            if toks[k].lower not in RELATIVES or toks[k - 1].text != ",":
                continue
            if (u, k - 1) in owned:
                continue  # "the paintings of Ada Pellory, which the state renamed X": not her
            g = ends.get((u, k - 1), described.get((unit.sentence, toks[k - 2].end)))
            v = _verb_at(toks, k + 1) if toks[k + 1].is_word else None
            if g is None or v is None:
                continue
            n = v + 1 + (v + 1 < len(toks) and toks[v + 1].lower == "the")
            named = starts.get((u, n))
            if named is None or named.group == g:
                continue
            if named.end < len(toks) and toks[named.end].text.islower() \
                    and toks[named.end].lower not in lx.STOPWORDS:
                continue  # "renamed the Varrick works": the name is only a part of it
            out.append((g, named.group, " ".join(t.text for t in toks)))
    return out
