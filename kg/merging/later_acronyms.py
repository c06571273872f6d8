"""An acronym given to a long form after it, by "abbreviated" or "shortened".

"the Merrin settling process, abbreviated by its clerks as the MSP",
"the Varn harbour survey, usually shortened to VHS,": the acronym after the cue names the
words before the cue whose initials spell it (:func:`later_abbreviations`, called by
:func:`kg.merging.alias_cues.aliases`). Up to four words may stand between the verb and
"as"/"to" ("abbreviated by its clerks as"); the long form may be lowercase, as the
acronym's letters vouch for it.

The cues of :mod:`kg.merging.cue_reading` took "abbreviated as" only right after the verb and
only after a capitalised name, so a lowercase term and its later acronym stayed two nodes (or
the term none). Not taken: an acronym whose letters the words before do not spell ("the
survey, later abbreviated as the VHS": no "v…h…s" run), and a name after the cue that is not
an acronym ("shortened to Varn").

alias16: measured with ``benchmarks/entities.py --held-out --ours`` (32 development sets, 28
probes): final13 osterfell_saltworks_invented nodes 22 → 21 (a method's acronym, a node of its
own, joined the method's full name, now a node); its alias unity moved (.80 → .85) once the
heading's "Terrace Method" went to that node too (:mod:`kg.merging.heading_short`, alias16);
nothing else moved.
"""

from __future__ import annotations

from kg.finders.candidates import Span
from kg.finders.emphasis import MARKS
from kg.merging.initials import initials_match, letters
from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["later_abbreviations"]

_VERBS = frozenset({"abbreviated", "shortened"})
_TO = frozenset({"as", "to"})
_BEFORE = frozenset({",", "(", "was", "is", "were", "are", "been", "later", "usually", "often",
                     "commonly", "soon", "then", "sometimes", "generally", "afterwards"})
_GAP = 4  # words between the verb and "as": "abbreviated by its clerks as"


def _acronym_after(toks: list[Token], i: int) -> int | None:
    """The index of the acronym the cue whose verb is at ``i`` gives, else None."""
    k = next((k for k in range(i + 1, min(i + 2 + _GAP, len(toks)))
              if toks[k].lower in _TO), None)
    if k is None or not all(t.is_word and not t.is_cap for t in toks[i + 1:k]):
        return None
    m = k + 1
    while m < len(toks) and (toks[m].lower == "the" or toks[m].text in MARKS
                             or toks[m].text in "“\"‘"):
        m += 1
    return m if m < len(toks) and toks[m].is_acronym else None


def later_abbreviations(u: int, toks: list[Token]) -> list[tuple[Span, Span]]:
    """"the Merrin settling process, abbreviated … as the MSP": the acronym and the words
    before the cue that it spells.

    Args:
        u: the unit's index.
        toks: the unit's tokens.

    Returns:
        ``(acronym, long form)`` span pairs (:func:`kg.merging.alias_cues.aliases` makes each
        a definition).
    """
    out = []
    for i, tok in enumerate(toks):
        if tok.lower not in _VERBS:
            continue
        m = _acronym_after(toks, i)
        if m is None:
            continue
        acr = letters(toks[m].base)
        end = i
        while end > 0 and (toks[end - 1].lower in _BEFORE or toks[end - 1].text in MARKS):
            end -= 1
        if len(acr) < 2 or end == i or toks[end].text not in ",(":
            continue  # the cue opens an aside after the long form
        for start in range(end - 1, max(-1, end - len(acr) - 3), -1):
            if not toks[start].is_word or toks[start].lower in lx.DETERMINERS:
                break
            if initials_match(acr, toks[start:end]):
                out.append((Span(u, m, m + 1, "abbreviation"), Span(u, start, end, "expansion")))
                break
    return out
