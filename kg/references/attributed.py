"""Ideas the text attributes to a person: what "his theory", "her method" stands for.

A reader who met "Vennel proposed what she called tidal pumping." knows that "her theory" a
few paragraphs later, said of Vennel, is tidal pumping, though "theory" is no word of its
name. :class:`Attributions` learns, sentence by sentence, the concept or technique a person
put forward: a mention of the person (a name, or "he"/"she" resolved to them) followed at
once (past the rest of the name and one adverb) by a verb of proposing (:data:`_PROPOSING`),
and then, within a few words, a concept or technique entity ("Vennel proposed what she called
tidal pumping", "Ada Skarn later developed rotary casting"). :mod:`kg.references.coref` then gives "his"
or "her" before an idea noun (:data:`IDEA_NOUNS`) whose possessor resolves to that person the
most recent idea so attributed; with none, nothing (a wrong edge is worse than none).

Measured on the 12 development sets and the invented articles (round 3): it fires once, on
plate_tectonics (a later "his theory" → the idea its author proposed, right;
relations joined at the evidence 0.60 → 0.70); nothing else moves.
Round rel14: "His method", "Her idea" opening a sentence (an idea noun, :func:`idea_noun`)
stands for the person the window's sentences last said proposed something (a mention before
a verb of proposing, with or without an idea entity after it), when the pronoun agrees
(:meth:`Attributions.proposer`): "He proposed cutting the bells on a lathe. The owner
thought the idea wasteful, but his daughter let the engineer try it. His method …" is
the engineer's, not the owner's, the previous sentence's subject. Measured
(``benchmarks/entities.py --held-out --ours`` and a dump of every reference over the 28
development sets and 24 probes): one reference changed, wrong → right (bellfoundry
relations at the evidence .80 → .90, anywhere .90 → 1.00); nothing else moved. Four other
"his"/"her" before an idea noun (two opening a sentence) keep what they took.
Review rev14c: only a proposer the sentence before names too ("… to let Fenn try it. His
method"): one the text has since left for another man ("Oswick Fenn proposed a new stain.
Later Anward Wren joined …. He rejected the stain outright. His method …") took that
"His" from the man the text went on about.

Left out: "their theory" (a plural possessor is rarely one person's idea), and verbs of
publishing ("published", "wrote"), whose object is a document, not an idea.
Left open: kinship ("her father" → the relative the text named as "her father, X"; on the
development sets the one such phrase that matters, "a memoir of her father", needs the
inverse of "They had a daughter, Nell", which no generic pattern here gives), and plural
demonstratives with a singular antecedent ("these clever latches" after "the spring
latch"): the text never links the two nouns, and "these N" → the previous sentence's one
thing would fire on 25 phrases across the 24 articles, most of them true plurals.
"""

from __future__ import annotations

from kg.references.compatibility import agrees
from kg.words import lexicon as lx

__all__ = ["IDEA_NOUNS", "Attributions", "idea_noun"]

IDEA_NOUNS = lx._words("theory idea hypothesis concept notion model proposal thesis principle "
                       "method technique approach conjecture")
_PROPOSING = lx._words("proposed proposes propose suggested suggests developed develops "
                       "formulated formulates introduced introduces devised devises advanced "
                       "conceived invented invents coined coins")
_ADVERBS = lx._words("first later also then soon independently originally famously")
_IDEA_TYPES = frozenset({"concept", "technique"})
_REACH = 8  # words from the verb to the idea's name


class Attributions:
    """The latest idea each person was said to put forward, learnt in text order.

    Args:
        types: the type of each group.
    """

    def __init__(self, types: list[str]) -> None:
        self.types = types
        self.ideas: dict[int, int] = {}
        self.proposed: dict[int, int] = {}  # person → the last unit saying they proposed

    def learn(self, tokens, found: list[tuple[int, int]], *, unit: int = -1) -> None:
        """Records what a sentence says a person proposed.

        Args:
            tokens: the sentence's tokens.
            found: its ``(token position, group)`` mentions, literal or by reference, in order.
            unit: the sentence's unit, recorded for each person it says proposed something.
        """
        for pos, g in found:
            if self.types[g] != "person":
                continue
            verb = _verb_after(tokens, pos)
            if verb is None:
                continue
            self.proposed[g] = unit
            idea = next((h for p, h in found if verb < p <= verb + _REACH
                         and self.types[h] in _IDEA_TYPES), None)
            if idea is not None:
                self.ideas[g] = idea

    def idea_of(self, person: int | None) -> int | None:
        """The idea last attributed to ``person``, or None."""
        return None if person is None else self.ideas.get(person)

    def proposer(self, phrase, tokens, ctx, *, default: int | None = None) -> int | None:
        """"His method", "Her idea" opening a sentence: the person (agreeing with the
        pronoun) whom the window's sentences last said proposed something, when the
        sentence before names them too (they are still in play).

        Args:
            phrase: a personal pronoun's reference phrase.
            tokens: its sentence's tokens.
            ctx: the coreference context (its window, ``ctx.recent``).
            default: what to return when the rule does not apply.

        Returns:
            That person's group, else ``default``.
        """
        if phrase.start != 0 or phrase.noun is not None or tokens[0].lower not in ("his", "her") \
                or not idea_noun(tokens, 0):
            return default
        last = ctx.recent[-1] if ctx.recent else None
        said = {h for _p, h in ctx.by_unit.get(last, [])}  # still in play the sentence before
        near = [(v, g) for g, v in self.proposed.items()
                if v in ctx.recent and g in said and agrees(tokens[0].lower, g, ctx)]
        return max(near)[1] if near else default


def idea_noun(tokens, i: int) -> bool:
    """True when the possessive pronoun at ``i`` determines an idea noun standing alone ("his
    theory was …"), not a modifier of another noun ("his theory paper")."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in IDEA_NOUNS \
            or not tokens[i + 1].text.islower():
        return False
    nxt = tokens[i + 2] if i + 2 < len(tokens) else None
    return nxt is None or not nxt.is_word or nxt.lower in lx.STOPWORDS \
        or nxt.lower in lx.COMMON_VERBS or nxt.lower in lx.PAST_VERBS \
        or nxt.lower.endswith(("ed", "ly"))


def _verb_after(tokens, pos: int) -> int | None:
    """The position of a verb of proposing right after the mention at ``pos`` (past the rest
    of a name and one adverb), else None."""
    k = pos + 1
    while k < len(tokens) and k - pos <= 4 and tokens[k].is_word and tokens[k].text[:1].isupper():
        k += 1
    if k < len(tokens) and tokens[k].lower in _ADVERBS:
        k += 1
    return k if k < len(tokens) and tokens[k].lower in _PROPOSING else None
