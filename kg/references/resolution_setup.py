"""What reference resolution knows before it reads, for :func:`kg.references.coref.resolve_references`:
the nouns that may stand for each entity (the heads and tails of its names, the nouns the text
describes it by, maker and vessel nouns, coined heads; the learned, fresh and title nouns), its
literal occurrences by sentence (the tokens they cover, possessives, per-document counts with a
family name counted for its firm, the lowercase words of each document), and the
:class:`~kg.references.antecedents.Resolver` built from them. Moved from
:mod:`kg.references.coref` (a pure move, split16).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.kinds.descriptors import Descriptions
from kg.merging.canonical import Form, Group
from kg.merging.firm_names import firm_by_name
from kg.merging.forms import top
from kg.references.agent_nouns import agent_nouns
from kg.references.antecedents import Resolver
from kg.references.compatibility import partnered
from kg.references.family_firms import family_counts
from kg.references.kin_genders import kin_genders
from kg.references.name_traits import (
    coined_heads,
    honorific_genders,
    maker_nouns,
    name_genders,
    name_heads,
    plural_terms,
)
from kg.references.partners import business_partners
from kg.references.reference_phrases import fresh_nouns
from kg.references.surname_people import resolution_types
from kg.references.vessels import _ANY_VESSEL, _SHIPS_ONLY
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["prepare_resolution"]


def prepare_resolution(units: list[Unit], matches: list[Match], types: list[str], groups: list[Group],
                       kept: dict[tuple, Form], described: Descriptions | None) -> tuple:
    """What resolution knows before it reads the first sentence.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences.
        types: the type of each group.
        groups: the groups (entities).
        kept: the kept forms by key.
        described: the descriptor nouns the text gives each group, or None.

    Returns:
        ``(types, heads, tails, every_head, unique, learned, fresh, topical, by_unit, covered,
        possessive, families, words, ctx)``: the types resolution reads (a bare surname typed
        apart from its person is a person), the nouns that may stand for the entities, the
        literal occurrences by sentence, and the :class:`~kg.references.antecedents.Resolver`.
    """
    types = resolution_types(groups, kept, types, units=units)  # "Dalton … his": the person
    heads, tails = name_heads(groups, kept)
    found = described.nouns if described else [set() for _ in groups]
    found = [f | m for f, m in zip(found, maker_nouns(groups, kept, types))]
    found = [f | a for f, a in zip(found, agent_nouns(units, matches, types))]  # "the founder"
    found = [f | _ANY_VESSEL if f & _SHIPS_ONLY and types[g] not in ("person", "place") else f
             for g, f in enumerate(found)]  # "a small brig, the Orla … The ship": the brig
    known = [h | c | {n for n in d if n not in lx.REFERENCE_NOUNS}
             for h, c, d in zip(heads, coined_heads(groups, kept, units), found)]
    every_head = set().union(*known) if known else set()
    owners = Counter(h for hs in heads for h in hs)
    unique = frozenset(h for h, n in owners.items() if n == 1)
    learned = frozenset(every_head - set().union(*heads)) if heads else frozenset()
    fresh = fresh_nouns(learned, found, types)  # "the new radiation", not "the new theatre"
    titles = {u for u, unit in enumerate(units)
              if unit.heading and (u == 0 or units[u - 1].doc != unit.doc)}
    topical = frozenset(h for m in matches if m.unit in titles for h in heads[m.group])
    by_unit: dict[int, list[tuple[int, int]]] = defaultdict(list)
    covered: dict[int, set[int]] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    possessive: set[tuple[int, int]] = set()
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        by_unit[m.unit].append((m.start, m.group))
        covered[m.unit].update(range(m.start, m.end))
        if units[m.unit].tokens[m.end - 1].possessive:
            possessive.add((m.unit, m.start))
        if not units[m.unit].heading and not firm_by_name(units[m.unit].tokens, m.start, m.end):
            counts[units[m.unit].doc][m.group] += 1
    first: dict[int, tuple[int, int]] = {}
    for m in matches:
        first[m.group] = min(first.get(m.group, (m.unit, m.start)), (m.unit, m.start))
    families = {doc: family_counts(groups, types, c, first) for doc, c in counts.items()}
    families = defaultdict(Counter, families)  # "Pelmor" counts for "Pelmor Rope Works"
    words: dict[str, Counter] = defaultdict(Counter)
    for u, unit in enumerate(units):
        words[unit.doc].update(t.lower for t in unit.tokens if t.is_word and t.text.islower())
    places = frozenset(k[0] for g, group in enumerate(groups) if types[g] == "place"
                       for k in group.keys if len(k) == 1)
    term_heads = [{singular(k[-1]) for k in g.keys if len(k) > 1 and not kept[k].is_name}
                  for g in groups]
    ctx = Resolver(types, known, term_heads, plural_terms(groups, kept), by_unit, possessive,
                   units=units, introduced=described.introduced if described else {},
                   described={g: d - heads[g] for g, d in enumerate(found) if d - heads[g]},
                   genders=kin_genders(matches, units, types,
                                       honorific_genders(matches, units, types,
                                                         name_genders(groups, kept, types))),
                   partnered={g for g, group in enumerate(groups) if types[g] == "organization"
                              and any(kept[k].is_name and partnered(top(kept[k]), places)
                                      for k in group.keys)}
                   | business_partners(units, matches, types))
    return (types, heads, tails, every_head, unique, learned, fresh, topical, by_unit, covered,
            possessive, families, words, ctx)
