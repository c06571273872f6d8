"""Two more shapes of the pair a sentence-opening "They" stands for (rel16), after those of
:func:`kg.references.final_pair.people_pair`:

- a passive agent "by A and B", then a "who" clause ("The isotope was found in 1940 by Ada
  Lind and Ivo Skarn at the Varn Institute, who …. They were looking for …",
  :func:`agent_pair`; without the "who" an invented "The record was produced by A and B in
  1990. They sold out every night" took the pair, which tests/test_references_ref15k.py
  forbids);
- a marriage "A married B" ("In 1950 Ada married Ivo Skarn, a painter …. They had two
  children", :func:`married_pair`).

Either only when the sentence names no third person (but in the possessive, "in Ivo Skarn's
laboratory") and no lower-case plural the "They" may be instead, before the pair in its
clause or after it (:func:`kg.references.final_pair.plural_before`,
:func:`kg.references.subjects.plural_after`, past an apposition counting the pair,
:func:`kg.references.subjects.described_pair_end`, which also lets
:func:`kg.references.subjects.coordinated_subject` take "A and B, two Dutch chemists
working for …, developed …").

Measured (``--held-out --ours``, every reference of the 32 development texts and 28 probes
dumped before and after, each read): 4 reference mentions added, all right (architect_bio
"They had two children" → the couple, radiocarbon_dating_history "They were looking for …" →
the two discoverers); architect_bio relations joined anywhere .90 → 1.00; no other figure
moved (the apposition skip moved no reference: transistor_factual's pair was taken already,
its apposition's adjective standing between the number and the noun). Left: "In the end
they settled" after "A wanted …, while B insisted …" (two clauses, no pair shape); "They
handed it …" after "X was run by the Brothers of …" (an organisation with a plural name).
"""

from __future__ import annotations

from kg.references.phrases import Context
from kg.references.subjects import described_pair_end, plural_after, subject

__all__ = ["agent_pair", "married_pair", "other_pair"]

_MARRIED = frozenset({"married", "wed", "wedded"})


def other_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    """The two people of :func:`agent_pair` or :func:`married_pair`, else None."""
    return agent_pair(unit, ctx) or married_pair(unit, ctx)


def _people(unit: int, ctx: Context) -> list[tuple[int, int]]:
    """The sentence's person mentions not in the possessive, in text order."""
    return sorted((p, g) for p, g in ctx.by_unit.get(unit, [])
                  if ctx.types[g] == "person" and (unit, p) not in ctx.possessive)


def _name_end(tokens, p: int) -> int:
    """The position after the capitalised name that starts at ``p``."""
    k = p
    while k < len(tokens) and (tokens[k].is_cap or tokens[k].text in ".-"):
        k += 1
    return k


def _two(unit: int, ctx: Context):
    """``(tokens, (p1, a), (p2, b))`` when the sentence names exactly two distinct people
    (the possessive aside), else None."""
    if not ctx.units:
        return None
    people = _people(unit, ctx)
    if len(people) != 2 or people[0][1] == people[1][1]:
        return None
    return ctx.units[unit].tokens, people[0], people[1]


def agent_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    """"… by A and B …, who …": the two people of a passive agent, nothing but the first
    name between "by" and "and" and nothing but the second name after "and", when a "who"
    clause after them tells what they did."""
    # imported here: final_pair imports this module
    from kg.references.final_pair import plural_before
    found = _two(unit, ctx)
    if found is None:
        return None
    tokens, (p1, a), (p2, b) = found
    k = _name_end(tokens, p1)
    if p1 == 0 or tokens[p1 - 1].lower != "by" or k != p2 - 1 or tokens[k].lower != "and":
        return None
    if not any(t.lower == "who" for t in tokens[p2:]):
        return None  # "The record was produced by A and B in 1990. They sold out": no clause
        # says the pair are people doing something (tests/test_references_ref15k.py)
    if plural_before(tokens, p1) or plural_after(tokens, described_pair_end(tokens, p2)):
        return None  # "… by A and B, whose students …": they may be the students
    return a, b


def married_pair(unit: int, ctx: Context) -> tuple[int, int] | None:
    """"A married B": the sentence's subject, a person, right before "married" and the other
    person right after it."""
    found = _two(unit, ctx)
    if found is None:
        return None
    tokens, (p1, a), (p2, b) = found
    k = _name_end(tokens, p1)
    if subject(unit, ctx) != a or k != p2 - 1 or tokens[k].lower not in _MARRIED:
        return None
    if plural_after(tokens, described_pair_end(tokens, p2)):
        return None  # "A married B. They bred horses …": the horses may be meant
    return a, b
