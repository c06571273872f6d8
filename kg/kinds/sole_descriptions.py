"""A description every resolved use gives to one entity, and no other could take, is its alias.

The issue asks that an entity's aliases list every surface form seen. A description the
references resolved ("The chapel became a place of refuge" after "Harbridge General
Hospital"; "The charts told the kiln men …" after "the Pelmor Cooling Tables") is such a
form, though :mod:`kg.kinds.description_aliases` takes an everyday one only when read for the
entity twice (or as the name's own head just after it). Here (alias15) a description is an
alias, rule ``sole description``, when

- every use the references resolved went to this one entity (head, tail or context);
- it is one or two lowercase words, its noun no governing body's or its members'
  ("the board", "the trustees" stand for a trust without being its name) and no part's
  ("the team", "the group"), unless that noun heads the name;
- the entity is no person (a role, "the judge", is no name of one), date or quantity;
- its noun is no word of another entity's label ("the ice" is not a title "… Lake Ice" when a
  "Lake Ice Company" is there too);
- at each use, no other entity of the same type was named literally since the entity last
  was (no other could take it: "the laboratory" eleven sentences after a laboratory named
  once, past other bodies, is no alias), and the entity was named before;
- no use follows a locative preposition or a copula ("through the laboratory", "outside the
  laboratory", "What has grown is the scale": a place or a predicate, no reference); since
  the review (rev15h) also "near", "beside", "behind", "beyond", "towards", "opposite", the
  copulas "become" and "remain", and a copula with an adverb between ("was once the firm",
  "is now the museum"): the words before each use are read up to three.

Measured (``benchmarks/entities.py --held-out --ours``, 30 development sets, 28 probes):
alias unity dev .931 → .934, probes .925 → .933 (glassworks_invented .70 → .75 "the tables",
transistor_factual .75 → .80 "the invention", the anaesthesia probe .78 → .89 "the hospital",
"the book", laser .65 → .70 "the paper", tannery .67 → .72 "the works"); recall, types,
relations, nodes and conflations (dev 1, probes 1) unchanged on every set. 57 aliases added
over the 58 texts, read one by one: 56 right ("book", "company", "method", "technique",
"report", "paper", "insurer", "stadium", "bill", "new radiation" …), one arguable ("the
instrument" for the thermal cycler class, said of its first commercial model). Every
gold miss of the survey and its family: ``docs/ALIAS_MISSES.md``.
Rejected: (a) any description all of whose resolved uses went to one entity, with no rival
test: 127 aliases, about 25 wrong ("board" and "trustees" for firms and trusts, "judge" for a
person, "first of these", "oldest", "storm", "disease" for the nearest concept), and on
glassworks_invented conflations 1 → 2 ("the board", a gold entity of its own, on the firm);
(b) a rival only when named in the three sentences before the use: 57 aliases, two wrong
("What has grown is the scale", "passing through the laboratory" eleven sentences after a
laboratory named once); (c) the entity named in the three sentences before: both wrong ones
gone but 22 right ones too, two of them gold forms ("the hospital", "the works"). The rival
test kept cuts nine right aliases of (b) ("the company" for a firm named before another
firm, "the bridge", "the dispute" …), among them one gold form (ropewalk's "The company",
whose entity still misses "the mill").

Review (rev15h, tests/test_entities_sole_review.py): the guard read only the one word before
a use, so "became the firm", "was once the firm", "near the laboratory" still gave aliases.
No alias of the 58 texts and no figure moved (dev recall .991 / unity .934 / types .818 /
relations .941 (.944) / conflations 1; probes .977 / .942 / .807 / .939 (.953) / 0, before =
after). Tried and rejected: a rival named before the description's sentence counted when
the entity is named again only after the description in that sentence (the rule lets that
later naming hide it): it dropped two right aliases and no wrong one ("The printer, which by
then was trading as <the firm's new name>", "The firm traded as …"), where the later naming
confirms the reading. Search: an alias "company" is a query surface of its entity, but
:mod:`web.descriptions` made every such resolved description one already, so queries are
matched as before (glassworks_invented, transistor_factual, ropewalk_invented: R@1/R@5/MRR@10
the same before and after alias15).
"""

from __future__ import annotations

from collections import defaultdict

from kg.references.compatibility import BODIES, MEMBERS
from kg.words import lexicon as lx

__all__ = ["described", "sole_descriptions"]

# the types a description never names: a person's role is no name of theirs
_NO_NAME = frozenset({"person", "date", "quantity"})
# a body governing the entity, its members, or a part of it is not the entity itself
_NOT_WHOLE = MEMBERS | BODIES | lx.PART_NOUNS
# the words before a description that make it a place or a predicate, not a reference
_NOT_REFERRING = frozenset({"outside", "inside", "through", "within", "into", "in", "at",
                            "from", "near", "beside", "behind", "beyond", "towards", "toward",
                            "opposite", "is", "was", "are", "were", "be", "been", "become",
                            "became", "becomes", "remain", "remained", "remains"})
# adverbs between a copula and its predicate ("was once the firm", "is now the museum")
_BETWEEN = frozenset({"once", "now", "still", "also", "then", "briefly", "never", "not"})


def sole_descriptions(references: list[tuple], canon: list[int], *, types: list[str],
                      labels: list[str], literal: dict[int, set[int]],
                      before: dict[tuple[int, int], str], given: dict[int, dict]
                      ) -> dict[int, dict[str, dict]]:
    """The descriptions every resolved use gives to one entity that no other could take.

    Args:
        references: the reference mentions of :func:`kg.references.coref.resolve_references`,
            ``(group, sentence, surface, start, end, how)``.
        canon: the group each group was merged into.
        types: each group's entity type.
        labels: each group's label.
        literal: each (merged) group's sentences that name it literally.
        before: the lowercase words (up to three) written before each reference, by
            (sentence, start).
        given: the aliases the other description rules gave, group → alias → record.

    Returns:
        group → alias → its ``{"form", "rule", "evidence"}`` explanation.
    """
    targets: dict[str, set[int]] = defaultdict(set)
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g, s, surface, start, _end, how in references:
        alias = described(surface)
        if alias and how in ("head", "tail", "context"):
            targets[alias].add(canon[g])
            uses[alias].append((s, start))
    words_of: dict[str, set[int]] = defaultdict(set)
    for h in literal:
        for w in labels[h].split():
            words_of[w.casefold().strip(".,;:'’\"“”*_()")].add(h)
    out: dict[int, dict[str, dict]] = defaultdict(dict)
    for alias in sorted(targets):
        g = next(iter(targets[alias]))
        words = alias.split()
        noun = words[-1]
        if len(targets[alias]) != 1 or alias in given.get(g, {}) or len(words) > 2 \
                or not all(w.isalpha() and w.islower() for w in words) \
                or types[g] in _NO_NAME or words_of.get(noun, {g}) != {g} \
                or noun in _NOT_WHOLE and noun not in _head_words(labels[g]):
            continue
        if all(_sole_at(s, g, types, literal) and _referring(before.get((s, start), ""))
               for s, start in uses[alias]):
            out[g][alias] = {
                "form": alias, "rule": "sole description",
                "evidence": f"“the {alias}” stands for this entity {len(uses[alias])} time(s), "
                            "for no other, and no other of its kind was named in between"}
    return out


def _referring(words: str) -> bool:
    """False when the words before a description ("was once", "near") make it a predicate or
    a place; adverbs after a copula are looked past."""
    words = words.split()
    while words and words[-1] in _BETWEEN:
        words.pop()
    return not words or words[-1] not in _NOT_REFERRING


def _sole_at(s: int, g: int, types: list[str], literal: dict[int, set[int]]) -> bool:
    """True when ``g`` was named by sentence ``s`` and no other entity of its type was named
    after ``g`` last was, up to ``s``."""
    last = max((t for t in literal.get(g, ()) if t <= s), default=None)
    return last is not None and not any(
        h != g and types[h] == types[g] and any(last < t <= s for t in sentences)
        for h, sentences in literal.items())


def _head_words(label: str) -> set[str]:
    """The case-folded words of a name."""
    return {w.casefold().strip(".,;:'’\"“”*_()") for w in label.split()}


def described(surface: str) -> str | None:
    """"the firm's" → "firm"; None for what is no "the/this …" description."""
    words = surface.split()
    if len(words) < 2 or words[0].casefold() not in ("the", "this"):
        return None
    alias = " ".join(words[1:])
    return alias[:-2] if alias.endswith(("’s", "'s")) else alias
