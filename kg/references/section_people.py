""""He", "She" opening a section: the window's person the text has spoken of most, not
merely the last one named before the heading (rel18b, for
:func:`kg.references.antecedents.antecedent`).

A heading starts a new part of the story, and its first "He" mostly goes on with the person
the article is about ("## Later life\\n\\nHe retired …"), not with whoever the last sentence of
the section before named ("In 1905 Teodric Verrel joined the press as foreman. ## Later years
He retired in 1930": the founder). So in a section's first sentence the people of the
window (before the heading) are read most spoken of first (literal and resolved mentions in
the document so far), the nearest first among equals; the people of the pronoun's own
sentence still come first.

Measured before the rule (every personal pronoun of the 70 texts resolved to a person not
named since its section's heading): 7, of which 5 right (architect "Her", "her", braille
"he", "his", orchestra "he": the person the article or the section is about), an "his"
before the name it stands for (ammonia, wrong) and a ship's "she". A heading as a
barrier (nothing taken across it) would lose the five right ones. With the rule: no
reference of the 70 texts moved (in each of the seven the person taken is already the one most
spoken of, or in the pronoun's own sentence); invented tests only.

Review rev18i: a biography's "## Tamsel Sarn\n\nHe studied law" (the son, named in the
heading) and "## Son\n\nHe …" gave "He" to the father told of most; now a person the heading
names comes first, and a heading with a word of kin ("Son", "Family", "Marriage") keeps the
nearest-first order. Reference dump over every text in benchmarks/ and tests/data/entities/
(1748 references): none moved; no figure of ``--held-out --ours`` moved.
"""

from __future__ import annotations

from collections import Counter

from kg.references.phrases import Context, Phrase
from kg.words import lexicon as lx

__all__ = ["section_opening"]

# (rev18i) heading words of a relative, whose section is about someone else than the subject
_KIN = lx._words("son sons daughter daughters wife husband children child heir heirs "
                 "family brother brothers sister sisters father mother marriage descendants")


def section_opening(phrase: Phrase, window: list[tuple[int, int]],
                    ctx: Context) -> list[tuple[int, int]]:
    """The previous sentences' part of a pronoun's window, reordered in a section's first
    sentence.

    Args:
        phrase: the reference phrase (only a personal pronoun is reordered).
        window: ``(position, group)`` pairs of the previous sentences, in the order the
            pronoun reads them.
        ctx: what is known so far of the document (``section_start``, ``history``).

    Returns:
        ``window`` unchanged, or, for a personal pronoun in a section's first sentence, the
        people the heading names first (rev18i), then the rest sorted by how often the
        document has named each group (most first; stable, so the nearest first among
        equals); under a heading of kin ("Son", "Marriage") the window is left unchanged.
    """
    if phrase.kind != "person" or phrase.noun is not None or not ctx.section_start \
            or ctx.heading is None:
        return window
    heads = ctx.units[ctx.heading].tokens
    named = [g for _p, g in ctx.by_unit.get(ctx.heading, []) if ctx.types[g] == "person"]
    if named:  # (rev18i) "## Tamsel Sarn\n\nHe studied law": the man the heading names
        return sorted(window, key=lambda e: e[1] not in named)
    if any(t.lower in _KIN for t in heads):
        return window  # (rev18i) "## Son\n\nHe studied law": not the father told of most
    said = Counter(g for v in ctx.history for _p, g in ctx.by_unit.get(v, []))
    return sorted(window, key=lambda e: -said[e[1]])
