"""A name given as "the nickname X", for :func:`kg.bridging.renamings`.

"Its loud exhaust gave it the nickname “the Growler”", "earned the nickname X", "X became
its nickname" is not taken: the name must follow the noun "nickname" (or "byname",
"sobriquet"), with "the", quotation marks or Markdown emphasis between, and end the clause's
object. It names the one thing (an organisation, product, document, place or other name,
no person or term) the sentence names or refers to besides it; when the sentence names
none, the one thing the previous sentence names or refers to. Two candidates or more name
nothing.

Measured over the 20 development sets and the invented articles (``benchmarks/entities.py
--held-out --ours``): engines alias unity with the other round-13 rules (a product's
nickname, no longer a node of its own); no other figure moved (none of the other sets
writes the wording).
"""

from __future__ import annotations

from collections import defaultdict

from kg import lexicon as lx
from kg.candidates import Unit
from kg.emphasis import MARKS
from kg.gazetteer import Match

__all__ = ["nickname_nouns"]

_NOUNS = lx._words("nickname byname sobriquet")
_BETWEEN = frozenset("“\"‘'") | MARKS | {"the"}
_CLOSERS = frozenset("”\"’'") | MARKS
_THINGS = frozenset({"organization", "product", "document", "other", "place"})


def _whole(toks, end: int) -> bool:
    """True when the name ending before ``toks[end]`` ends its clause."""
    while end < len(toks) and toks[end].text in _CLOSERS:
        end += 1
    return end >= len(toks) or not toks[end].is_word or toks[end].lower in ("in", "for")


def nickname_nouns(units: list[Unit], matches: list[Match], types: list[str],
                   references: list[tuple]) -> list[tuple[int, int, str]]:
    """Names given after the noun "nickname".

    Args:
        units: the tokenised headings and sentences.
        matches: the literal occurrences.
        types: the type of each group.
        references: the resolved references (their sentence index is ``units[u].sentence``).

    Returns:
        ``(entity group, nickname group, evidence sentence)`` for each nickname.
    """
    named: dict[int, set[int]] = defaultdict(set)
    starts: dict[tuple[int, int], Match] = {}
    for m in matches:
        named[m.unit].add(m.group)
        starts[(m.unit, m.start)] = m
    unit_of = {unit.sentence: u for u, unit in enumerate(units) if not unit.heading}
    for g, sentence, *_rest in references:
        if sentence in unit_of:
            named[unit_of[sentence]].add(g)
    out = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        if unit.heading:
            continue
        for i, tok in enumerate(toks[:-1]):
            if tok.lower not in _NOUNS or not toks[i + 1].text in _BETWEEN:
                continue
            k = i + 1
            while k < len(toks) and (toks[k].text in _BETWEEN or toks[k].lower == "the"):
                k += 1
            new = starts.get((u, k))
            if new is None or not toks[k].text[:1].isupper() or not _whole(toks, new.end):
                continue
            for v in (u, u - 1):
                if v < 0 or units[v].heading or units[v].doc != unit.doc:
                    break
                things = {g for g in named[v] if types[g] in _THINGS} - {new.group}
                if things:
                    if len(things) == 1:
                        out.append((things.pop(), new.group, " ".join(t.text for t in toks)))
                    break
    return out
