"""Another spelling of a name, told by a cue: "Older papers write the name as X"
(:func:`spellings`, followed by :mod:`kg.references.bridging`).

X is a name of what the previous sentence's subject names, a name or a resolved reference
at its opening ("Tiered salt sorting (TSS) is …. It was worked out …. Older papers write
the name as tier-salt sorting"). :data:`SPELLING_CUES` also make X a term of its own in
:func:`kg.finders.patterns.defined`, where it may be lowercase.

Round 14. Measured over the 20 development sets and the 16 invented articles: on the
invented enzyme article a technique's older spelling joined it (alias unity up); no figure
of the other 35 sets moved (none writes these cues). Rejected: "written as X" after "the
name is", whose cue in :func:`kg.finders.patterns.defined` also took "a loop can be written as
recursion" for a term on compiler.
"""

from __future__ import annotations

from kg.finders.candidates import Unit

__all__ = ["SPELLING_CUES", "spellings"]

_WRITE = ("write", "writes", "wrote", "spell", "spells", "spelled", "spelt")
# "write the name as X", "spelt the name as X"; not "written as X", which also says what a
# thing is made as ("a loop can be written as recursion")
SPELLING_CUES = tuple((verb, "the", "name", "as") for verb in _WRITE)


def _cue_end(lows: list[str], i: int) -> int | None:
    """The position after a spelling cue at ``i``, else None."""
    cue = next((c for c in SPELLING_CUES if tuple(lows[i:i + len(c)]) == c), None)
    return None if cue is None else i + len(cue)


def spellings(units: list[Unit], by_start: dict, at: dict) -> list[tuple[int, int, str]]:
    """``(group, spelling's group, sentence)`` for each "… write the name as X" whose
    previous sentence opens with a name or a resolved reference.

    Args:
        units: the tokenised headings and sentences.
        by_start: the group of each literal occurrence by ``(unit, start token)``.
        at: the group of each resolved reference by ``(sentence, char start)``.
    """
    out = []
    for u, unit in enumerate(units[1:], 1):
        prev = units[u - 1]
        if unit.heading or prev.heading or not prev.tokens:
            continue
        lows = [t.lower for t in unit.tokens]
        for i in range(len(lows)):
            k = _cue_end(lows, i)
            if k is None:
                continue
            new = by_start.get((u, k))
            old = by_start.get((u - 1, 0))
            if old is None:
                old = at.get((prev.sentence, prev.tokens[0].start))
            if new is not None and old is not None and new != old:
                out.append((old, new, " ".join(t.text for t in unit.tokens)))
            break
    return out
