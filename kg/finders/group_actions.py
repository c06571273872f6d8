"""A group's action named by its members' plural possessive: "the ropegirls' strike", "the
dockers' revolt", "the weavers’ boycott".

Such a name is all lowercase and often written once, so the term finder (two sentences or a
cue) never kept it, and the possessive cut the members' word off the noun. :func:`group_actions`
proposes it (kind ``groupaction``, kept as proposed by :mod:`kg.finders.selection`) where:

- "the" (or "The") opens it, then one lowercase word ending in "s" with the plural
  possessive's apostrophe ("ropegirls'", "dockers’"), then a noun of a collective action
  (:data:`_ACTIONS`: :data:`kg.words.kind_nouns.ACTION_HEADS`, strike, walkout, revolt, …,
  and "march"; rev20c: one list, no figure moved);
- the noun ends the phrase: no lowercase word after it that it would modify ("the bowlers'
  strike rate", "the dockers' strike fund": a rate and a fund, no action).

probe20 (a blind probe's strike of a factory's workers, written once): the strike had made
no node, nor its relation with the firm. Figures in
tests/data/entities/PROBES20_DIAGNOSIS.md.
"""

from __future__ import annotations

from kg.finders.units import Span, Stats, Unit
from kg.words import lexicon as lx
from kg.words.kind_nouns import ACTION_HEADS

__all__ = ["group_actions"]

_ACTIONS = ACTION_HEADS | {"march"}  # (rev20c) one list with kg.finders.possessives' heads
_APOSTROPHES = ("'", "’")


def _members(text: str) -> bool:
    """True for a lowercase plural written with the plural possessive ("ropegirls'")."""
    word = text[:-1]
    return text.endswith(_APOSTROPHES) and len(word) > 3 and word.isalpha() and word.islower() \
        and word.endswith("s")


def group_actions(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """The group actions of one sentence (see the module docstring).

    Args:
        unit_index: the sentence's index among the units.
        unit: the sentence.
        stats: the corpus' word evidence (unused; every finder takes it).

    Returns:
        A ``groupaction`` span over the possessive and the noun of each.
    """
    toks, out = unit.tokens, []
    if unit.heading:
        return out
    for i in range(1, len(toks) - 1):
        if toks[i - 1].lower != "the" or not _members(toks[i].text) \
                or toks[i + 1].lower not in _ACTIONS or not toks[i + 1].text.islower():
            continue
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.text.islower() and nxt.lower not in lx.STOPWORDS:
            continue  # "the bowlers' strike rate": the noun modifies another
        out.append(Span(unit_index, i, i + 2, "groupaction"))
    return out
