"""References that a name's word, a pair of kin nouns or a maker's surname make.

Three phrases that stand for an entity without being one of its names or a pronoun:

- "the ⟨Word⟩ ⟨noun⟩" ("The Varrow firm opened a plant …", "joined the Varrow works"),
  where ⟨Word⟩ is the first word of exactly one organisation's name ("Varrow Lamp Works")
  and the noun is that name's head or a noun for an organisation: that organisation, even
  when ⟨Word⟩ alone names something else (the town the firm is named after); "the Varrow
  firm" only for a business ("Varrow Glass Works", not "Varrow Hospital"); not when "of"
  and a lowercase word follow, "the Varrow company of actors" (no name either,
  :func:`kg.finders.candidates.of_members`);
- "Father and son", "Husband and wife", "The couple", "The two brothers" … opening a
  sentence: the two people the sentences just before name, when they name exactly two
  (:func:`kin_pair`);
- "a ⟨words⟩ ⟨noun⟩" made by a person ("In 1850 she designed a folding oak lamp") when the
  text names a term "⟨the person's surname⟩ ⟨…⟩ ⟨noun⟩" ("the Tallis lamp"): that term
  (:func:`eponymous_object`).

Measured (round 13) over the 26 development sets and the probes: the figures are in
:mod:`kg.references.coref` (where also: since alias13's rule ``firm-name`` the first phrase
is mostly a name, matched before any reference, and adds none on those sets). A kin pair's look-back stops at the first sentence naming two
people and takes nothing when the sentences passed name a third.
"""

from __future__ import annotations

from kg.finders.candidates import of_members
from kg.merging.firm_names import BUSINESS_HEADS, FIRM_NOUNS
from kg.references.phrases import Context
from kg.references.subjects import subject
from kg.words.kind_nouns import REFERENCE_NOUNS
from kg.words.tokens import singular

__all__ = ["eponymous_object", "kin_pair", "kind_tables", "name_modified", "named_kinds"]

_KIN = frozenset("father mother son daughter husband wife brother sister uncle nephew aunt "
                 "niece grandfather grandson partner".split())
_PAIR_NOUNS = frozenset("couple pair brothers sisters siblings twins partners".split())
_TWO_OF = frozenset("men women brothers sisters partners siblings".split())
_MAKING = frozenset("designed invented built devised developed patented constructed "
                    "created introduced".split())
_LOOK_BACK = 3  # sentences a kin pair reaches back over


def kind_tables(groups, kept, types: list[str], heads: list[set[str]],
                described: list[set[str]]) -> tuple[dict, dict]:
    """What :func:`named_kinds` looks up, built once per run.

    Args:
        groups: the groups (entities).
        kept: the kept forms by key.
        types: the type of each group.
        heads: the head nouns of each group's multiword names.
        described: the nouns the text describes each group by.

    Returns:
        ``(orgs, terms)``: the ``orgs`` of :func:`name_modified` and the ``terms`` of
        :func:`eponymous_object`.
    """
    orgs = {}
    for g, group in enumerate(groups):
        if types[g] == "organization":
            names = [k for k in group.keys if len(k) > 1 and kept[k].is_name]
            orgs[g] = ({k[0] for k in names}, heads[g] | described[g] | {k[-1] for k in names})
    surnames: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        if types[g] == "person":
            for k in group.keys:
                if len(k) > 1 and kept[k].is_name:
                    surnames.setdefault(k[-1], set()).add(g)
    terms: dict[int, list[tuple[str, int]]] = {}
    for g, group in enumerate(groups):
        if types[g] in ("person", "place", "organization", "date", "quantity"):
            continue
        for k in group.keys:
            for person in surnames.get(k[0], ()) if len(k) > 1 else ():
                terms.setdefault(person, []).append((singular(k[-1]), g))
    return orgs, terms


def named_kinds(u: int, ctx: Context, orgs: dict, terms: dict) -> list[tuple[int, int, int]]:
    """The references of sentence ``u`` that this module finds: ``(start, end, group)``."""
    tokens = ctx.units[u].tokens
    out = name_modified(tokens, ctx.by_unit.get(u, []), orgs)
    n = kin_pair(tokens)
    pair = pair_before(ctx.recent, ctx.by_unit, ctx.types) if n else None
    out += [(0, n, g) for g in pair or ()]
    made = eponymous_object(tokens, subject(u, ctx), terms)
    return out + [made] if made else out


def name_modified(tokens, found: list[tuple[int, int]], orgs: dict[int, tuple[set, set]]
                  ) -> list[tuple[int, int, int]]:
    """The organisations "the ⟨Word⟩ ⟨noun⟩" stands for.

    Args:
        tokens: the sentence's tokens.
        found: ``(token position, group)`` of the entities the sentence names.
        orgs: organisation group → (first words of its multiword names, the nouns it goes
            by: its names' heads and the nouns the text describes it by).

    Returns:
        ``(start, end, group)``: the phrase's tokens and the organisation, for each phrase
        whose word opens exactly one organisation's name.
    """
    out = []
    for pos, g0 in found:
        if pos == 0 or pos + 1 >= len(tokens) or tokens[pos - 1].lower != "the":
            continue
        word, noun = tokens[pos], tokens[pos + 1]
        if not word.is_cap or not noun.text.isalpha() or not noun.text.islower() \
                or of_members(tokens, pos + 2):  # "the Kelby company of actors"
            continue
        names = {noun.lower, singular(noun.lower)}
        opened = [g for g, (firsts, _n) in orgs.items() if word.lower in firsts]
        fits = [g for g in opened if names & orgs[g][1]] or [
            g for g in opened if any(REFERENCE_NOUNS.get(n) == "organization" for n in names)
            and (not names & FIRM_NOUNS or _business(orgs[g][1]))]
        if len(fits) == 1 and fits[0] != g0:  # "the Varrow bank" when the word is the bank's
            out.append((pos - 1, pos + 2, fits[0]))
    return out


def _business(nouns: set[str]) -> bool:
    """True when an organisation's names end in a business head ("… Glass Works", "… Ltd"):
    "the Carrick firm" may stand for it, not for "Carrick Hospital" (as rule ``firm-name``
    of :mod:`kg.merging.firm_names` has it)."""
    return any(singular(n) in BUSINESS_HEADS for n in nouns)


def kin_pair(tokens) -> int:
    """The number of tokens of a kin pair opening the sentence ("Father and son", "The
    couple", "The two brothers", "Both men"), else 0."""
    words = [t.lower for t in tokens[:5]] + ["", "", ""]
    if words[0] in _KIN and words[1] == "and" and words[2] in _KIN:
        n = 3
    elif words[0] == "the" and words[1] in _PAIR_NOUNS:
        n = 2
    elif words[0] == "the" and words[1] == "two" and words[2] in _TWO_OF:
        n = 3
    elif words[0] == "both" and words[1] in _TWO_OF:
        n = 2
    else:
        return 0
    return 0 if words[n] == "of" else n  # "The pair of lenses" is no two people


def pair_before(recent: list[int], by_unit, types: list[str]) -> tuple[int, int] | None:
    """The two people the last sentences name: going back from the sentence before over at
    most :data:`_LOOK_BACK` sentences, up to the first one naming two people, when all of
    them together name exactly two."""
    people: list[int] = []
    for u in reversed(recent[-_LOOK_BACK:]):
        here = [g for _p, g in by_unit.get(u, []) if types[g] == "person"]
        people += [g for g in here if g not in people]
        if len(set(here)) >= 2:
            return (people[0], people[1]) if len(people) == 2 else None
    return None


def eponymous_object(tokens, maker: int | None, terms: dict[int, list[tuple[str, int]]]
                     ) -> tuple[int, int, int] | None:
    """The term an indefinite object of a making verb stands for.

    Args:
        tokens: the sentence's tokens.
        maker: the person the sentence's subject stands for, or None.
        terms: a person → ``(head noun, group)`` of the terms whose name opens with the
            person's surname (``("lamp", g)`` for "Tallis lamp" and Ruth Tallis).

    Returns:
        ``(start, end, group)`` for "a … ⟨noun⟩" right after the verb, at most three words
        before the noun, when the maker's surname names one term with that noun; else None.
    """
    if maker is None or maker not in terms:
        return None
    for k, tok in enumerate(tokens[:-1]):
        if tok.lower not in _MAKING or tokens[k + 1].lower not in ("a", "an"):
            continue
        for j in range(k + 2, min(k + 6, len(tokens))):
            if not tokens[j].text.replace("-", "").isalpha() or not tokens[j].text.islower():
                break
            fits = {g for noun, g in terms[maker] if noun == singular(tokens[j].lower)}
            if len(fits) == 1:
                return k + 1, j + 1, fits.pop()
    return None
