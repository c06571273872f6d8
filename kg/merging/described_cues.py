"""A name given in passing to a thing the sentence before introduced by its class noun and
a name: "… bought a booking system called Pellowen. The system, known locally as "the
Book", sends reminders." The second sentence opens with "The", that noun, a comma and an
alias cue of :mod:`kg.merging.alias_cues`; the cue's name there names nobody before it
(:func:`kg.merging.alias_cues.aliases` takes only a capitalised name before a cue), so it
became a node of its own. Here it names the one name that the sentence before gave after
the same noun and "called" or "named" (:func:`described_named`).

Round nick15 (family (c) of docs/ALIAS_MISSES.md, a nickname given by a cue that stays a
node of its own): measured with ``benchmarks/entities.py --held-out --ours`` (30
development sets, 28 probes) and a dump of every entity, label, type and alias of the 59
articles before and after: one alias added, right (the hospital probe's nickname joins its
records system: alias unity .90 → .95, one node fewer; probe means alias unity .942 →
.944, nodes 632 → 631); dev means unchanged, nothing else moved. Over the 59 articles only
two other sentences open "The N, known as Y" and neither sentence before names the noun.
Read and left (one form each, no generic rule found in the time): a nickname given to "it"
("nicknamed it X": no pronoun there is resolved), a spelling given in apposition ("his
spelling of his own name in German, X,"), a renamed firm ("turned the business into a
limited company, X"). The cue's name of a lowercase head used alone ("drift", "buffers")
is no form at all (recall), and "Schawlow" already joins its person.
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.merging.alias_cues import Definition
from kg.merging.cue_reading import _ADVERBS, _cap_run, _cue_end
from kg.words.tokens import Token

__all__ = ["described_named"]

# the cues read here: a passive naming after a description and a comma
_CUES = (("known", "as"), ("nicknamed",), ("called",), ("dubbed",), ("referred", "to", "as"))
# the verbs that name a thing right after its class noun ("a system called X")
_NAMING = frozenset({"called", "named"})
_QUOTES = frozenset("“\"‘") | MARKS


def _given(toks: list[Token], lows: list[str]) -> tuple[str, int, int] | None:
    """The noun, and the name the cue gives, of a sentence that opens "The N, known as Y"."""
    if len(toks) < 6 or lows[0] != "the" or lows[2] != "," or toks[1].is_cap \
            or not toks[1].is_word:
        return None
    end = next((e for c in _CUES if (e := _cue_end(lows, 3, c)) is not None), None)
    if end is None:
        return None
    k = end
    while k < len(toks) and (toks[k].text in _QUOTES or lows[k] == "the"
                             or lows[k] in _ADVERBS and lows[k] != ","):
        k += 1
    if k >= len(toks) or not toks[k].is_cap:
        return None
    return lows[1], k, _cap_run(toks, k, 1) + 1


def _named_before(toks: list[Token], noun: str) -> tuple[int, int] | None:
    """The one name a sentence gives right after ``noun`` and "called" or "named"."""
    found = []
    for p in range(len(toks) - 2):
        if toks[p].lower != noun or toks[p + 1].lower not in _NAMING:
            continue
        k = p + 2
        while k < len(toks) and toks[k].text in _QUOTES:
            k += 1
        if k < len(toks) and toks[k].is_cap:
            found.append((k, _cap_run(toks, k, 1) + 1))
    return found[0] if len(found) == 1 else None


def described_named(units: list[Unit]) -> list[Definition]:
    """"X … a records system called Pellowen. The system, known as "the Book", …": the
    name after the cue is another name of the one the sentence before gave the same noun.

    Args:
        units: the corpus units.

    Returns:
        One ``alias`` definition per such sentence (the earlier name is the long form).
    """
    out = []
    for u, unit in enumerate(units):
        if u == 0 or unit.heading or units[u - 1].heading or units[u - 1].doc != unit.doc:
            continue
        toks = unit.tokens
        given = _given(toks, [t.lower for t in toks])
        if given is None:
            continue
        noun, start, end = given
        named = _named_before(units[u - 1].tokens, noun)
        if named is not None:
            out.append(Definition(Span(u, start, end, "alias"),
                                  Span(u - 1, *named, "expansion"), "alias"))
    return out
