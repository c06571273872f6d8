"""The records reference resolution works on: a reference phrase and what the resolver knows
when it reaches a sentence (:mod:`kg.references.coref` finds the phrases, :mod:`kg.references.antecedents`
chooses what each stands for)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["Context", "Phrase"]


@dataclass(frozen=True)
class Phrase:
    """A reference phrase in a sentence.

    Attributes:
        start: first token index.
        end: token index after the last.
        kind: ``person``, ``thing`` ("it"), ``plural`` ("they"), ``bare`` ("this"), ``head``
            (a noun that is the head of some name), ``listed`` ("the first of these":
            an item of the list just given), ``sort`` ("such kilns": things of the kind
            a term names), ``ordered`` ("the latter", "the former"), or the kind of a
            reference noun
            (``organization``, ``document``, ``product``, ``concept``, ``technique``).
        noun: the noun of a description (the ordinal of a ``listed`` phrase), else None.
        subject: True when the phrase opens its clause at the start of the sentence.
        group: the one entity a lowercase tail of its name names ("the mobility plan").
    """

    start: int
    end: int
    kind: str
    noun: str | None = None
    subject: bool = False
    group: int | None = None


@dataclass
class Context:
    """What the resolver knows when it reaches a sentence.

    Attributes:
        types: the type of each group.
        heads: the head nouns of each group's multiword names.
        term_heads: the last nouns of each group's multiword terms ("the approach").
        plural: groups whose usual spelling is a plural term ("sea lions").
        by_unit: unit → ``(token position, group)`` of the entities named (or referred to).
        possessive: ``(unit, position)`` of the mentions in the possessive ("Norland’s"),
            which determine a noun rather than stand as the subject.
        recent: the previous sentences (unit indices) of the document, last one last.
        history: every previous sentence of the document.
        seen: the entities named (or referred to) in those sentences.
        heading: the unit of the current section's heading, or None.
        title: the unit of the document's title (its first heading), or None.
        section_start: True for the first sentence under a heading.
        counts: literal mentions per group in the current document.
        words: lowercase word counts of the current document.
        units: the tokenised units (to see indefinite noun phrases).
        introduced: unit → the entity it introduces by an apposition ("X, a compiler").
        described: group → the descriptor nouns the text gives it (:mod:`kg.kinds.descriptors`).
        partnered: the organisations named for their partners ("Lind & Skarn"), and the
            people who went into business with another (:mod:`kg.references.partners`).
        series: section heading → what its ordinal subject ("The first was …") stood for,
            which a later "A second tower", "The third tower" of the section takes up, and
            the nouns the section counted it in (:func:`kg.references.ordinal_series.counted`).
        memo: indexes over ``units`` built once by a rule that would otherwise scan the whole
            document for each phrase (fuzz22, :mod:`kg.references.plural_heads`), by name.
    """

    types: list[str]
    heads: list[set[str]]
    term_heads: list[set[str]]
    plural: set[int]
    by_unit: dict[int, list[tuple[int, int]]]
    possessive: set[tuple[int, int]] = field(default_factory=set)
    recent: list[int] = field(default_factory=list)
    history: list[int] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    heading: int | None = None
    title: int | None = None
    section_start: bool = False
    counts: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    units: list = field(default_factory=list)
    introduced: dict[int, int] = field(default_factory=dict)
    described: dict[int, set[str]] = field(default_factory=dict)
    partnered: set[int] = field(default_factory=set)
    series: dict[int | None, tuple[int, frozenset[str]]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict, repr=False)
    _every_head: set[str] | None = field(default=None, repr=False)

    def heads_a_name(self, noun: str) -> bool:
        """Whether ``noun`` heads a multiword name of some group (one look-up, not one per group)."""
        if self._every_head is None:
            self._every_head = set().union(*self.heads)
        return noun in self._every_head
