""""The title" opening a sentence right after the one that named a single work: that work
(rel18b, for :func:`kg.references.coref.resolve_references`).

"In 1840 she set down her findings in a treatise, *Notes on Reed Sickness*, … . The title
gave the trade a new word …": "title" is no reference noun (it is as often a sports
honour, a rank or a post: "won the title", "the title of Earl"), so nothing read it and the
sentence named only the term. :func:`work_title` adds the reference when

- "The title" opens the sentence and a lowercase word that is no preposition follows
  ("The title gave …", not "The title of …", "The title *Quillet* …");
- the sentence just before it, in the same section, names exactly one entity typed
  ``document`` (a book, a treatise, a report).

Measured over the 70 texts (36 development sets and 34 probes: "the title" occurs five
times, four of them "under the title X", a name that follows): one reference added, right
(stethoscope_factual "The title" → the treatise named the sentence before; its relations
at the evidence and anywhere .80 → .90, development means .948 → .950 and .953 → .956);
nothing else moved.

Review rev18i: "He wrote *A History of Dunmirrow Hall*. The title passed to his son" (a
peerage) and "… published his memoir, *Running Wide*. The title was won by …" (sport) gave
"The title" to the book; now not when it passes, is won or held (:func:`_held`). Reference dump over every text in benchmarks/ and tests/data/entities/
(1748 references): none moved; no figure of ``--held-out --ours`` moved.
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.words import lexicon as lx

__all__ = ["work_title"]

# words after "The title" that make it no subject of its own ("The title of …")
_NOT_VERB = lx._words("of to for in on at by with as and or")
# (rev18i) verbs of a rank or an honour changing hands: "The title passed to his son", "The
# title was won by …", not of a book
_HELD = lx._words("passed went fell lapsed reverted descended won held inherited retained "
                  "defended lost claimed created vacated revived")


def work_title(u: int, ctx: Context) -> list[tuple[int, int, int]]:
    """The reference "The title" of sentence ``u``, if any (see the module docstring).

    Args:
        u: the unit (sentence) index.
        ctx: what is known so far of the document, with the sentence's entities resolved.

    Returns:
        ``[(0, 2, group)]`` when the phrase stands for the one work just named, else ``[]``.
    """
    tokens = ctx.units[u].tokens
    if len(tokens) < 3 or tokens[0].lower != "the" or tokens[1].text != "title" \
            or not tokens[2].is_word or not tokens[2].text.islower() \
            or tokens[2].lower in _NOT_VERB or _held(tokens) or ctx.section_start or not ctx.recent \
            or ctx.recent[-1] != u - 1 or any(p <= 1 for p, _g in ctx.by_unit.get(u, [])):
        return []
    works = {g for _p, g in ctx.by_unit.get(u - 1, []) if ctx.types[g] == "document"}
    return [(0, 2, works.pop())] if len(works) == 1 else []


def _held(tokens) -> bool:
    """(rev18i) True when "The title" passes, is won or held ("The title passed to …", "The
    title was won by …"): a rank or an honour, no work's name."""
    return tokens[2].lower in _HELD or tokens[2].lower in ("was", "is", "had", "has") \
        and len(tokens) > 3 and tokens[3].lower in _HELD | {"been"}
