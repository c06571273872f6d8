"""The last capitalised word of each name where the text wrote it, indexed by group once.

perf21 (speed only, same answers): :func:`kg.references.business_nouns.compound_head` ("the
works" for "… Glassworks") walked every mention of the whole document once per phrase and
candidate, 19 of the 23 s (CPU, profiled) of the entity step of 250 KB of prose. The walk's
answer for one mention depends only on the sentence's tokens, so each sentence's mentions are
walked once; the resolver appends references to ``ctx.by_unit`` as it goes (to the sentence it
reads, never removing one), so a sentence whose list has grown since it was indexed is walked
again (:func:`_index`). Measured: entity
benchmark output (``--held-out --ours``) and the bundled store byte-identical.
"""

from __future__ import annotations

from kg.references.home_words import phrase_at
from kg.references.phrases import Context, Phrase

__all__ = ["first_named", "name_ends"]

_KEY = "mention_index"


class _Index:
    """Per group, per unit: ``(position, last word lowercased, last word capitalised, longer
    than one token)`` of each mention; and the length of each unit's list when it was walked."""

    def __init__(self) -> None:
        self.history: list[int] | None = None
        self.read = 0
        self.size = 0
        self.lengths: dict[int, int] = {}
        self.groups: dict[int, set[int]] = {}
        self.ends: dict[int, dict[int, list[tuple[int, str, bool, bool]]]] = {}

    def walk(self, u: int, found, ctx: Context) -> None:
        """(Re-)indexes unit ``u`` whose list of ``(position, group)`` is ``found``."""
        for g in self.groups.pop(u, ()):
            del self.ends[g][u]
        toks = ctx.units[u].tokens
        for p, h in found:
            k = p
            while k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].text[:1].isupper():
                k += 1
            self.ends.setdefault(h, {}).setdefault(u, []).append(
                (p, toks[k].lower, toks[k].text[:1].isupper(), k > p))
            self.groups.setdefault(u, set()).add(h)
        self.size += len(found) - self.lengths.get(u, 0)
        self.lengths[u] = len(found)


def name_ends(g: int, phrase: Phrase, ctx: Context) -> list[tuple[str, bool, bool]]:
    """``(last word lowercased, capitalised, longer than one token)`` of every mention of
    group ``g`` in ``ctx.by_unit``: the word ending the run of capitalised words from the
    mention ("Orvel Glassworks" → ``("glassworks", True, True)``)."""
    return [end[1:] for ends in _index(phrase, ctx).ends.get(g, {}).values() for end in ends]


def first_named(g: int, phrase: Phrase, ctx: Context) -> tuple[int, int] | None:
    """Where ``ctx.by_unit`` first has group ``g``: ``(unit, token)``, or None (this was a
    walk over every mention of the document per phrase and candidate)."""
    units = _index(phrase, ctx).ends.get(g)
    if not units:
        return None
    u = min(units)
    return (u, min(end[0] for end in units[u]))


def _index(phrase: Phrase, ctx: Context) -> _Index:
    """The index of ``ctx.by_unit`` as it is now. The resolver appends to the list of the
    sentence it reads, which then joins ``ctx.history``: when the count of entries differs,
    the units that joined the history since the last look, the recent ones and the phrase's
    are walked again, and every unit if the count still differs."""
    index = ctx.memo.get(_KEY)
    if index is None:
        index = ctx.memo[_KEY] = _Index()
    by_unit = ctx.by_unit
    total = sum(map(len, by_unit.values()))
    if total != index.size:
        history = ctx.history
        tail = history[index.read:] if index.history is history else []
        for u in [*tail, *ctx.recent, phrase_at(phrase, ctx)[0]]:
            found = by_unit.get(u)
            if found is not None and len(found) != index.lengths.get(u, 0):
                index.walk(u, found, ctx)
        if total != index.size:
            for u, found in by_unit.items():
                if len(found) != index.lengths.get(u, 0):
                    index.walk(u, found, ctx)
    index.history, index.read = ctx.history, len(ctx.history)
    return index
