"""Entity extraction: from sentences to canonical entities and their mentions.

The steps, each in its own module:

1. :mod:`kg.candidates` and :mod:`kg.acronyms` propose spans (capitalised names, acronyms
   and their expansions, noun-phrase terms, defined and quoted terms, list labels, dates,
   quantities) in every sentence and heading of every document.
2. :func:`select` keeps the forms the corpus gives evidence for: a name capitalised away from
   the start of a sentence, a definition, or a term repeated (or repeated in a heading).
3. :mod:`kg.canonical` merges forms that name one thing, recording why.
4. :mod:`kg.gazetteer` finds every occurrence of the kept forms, longest first.
5. :mod:`kg.entity_types` types each entity from generic cues.
6. :mod:`kg.coref` adds the sentences that name an entity only as "the company", "it" ….
"""

from __future__ import annotations

import logging
from collections import defaultdict

from kg import lexicon as lx
from kg.acronyms import definitions
from kg.candidates import Span, Unit, corpus_stats, find_spans, positional_capital
from kg.canonical import Form, Group, choose_label, group_forms, head_variants, strip_possessive, \
    unique_stems, \
    variant_rule
from kg.coref import resolve_references
from kg.entity_types import assign_types
from kg.gazetteer import ACRONYM, ANY, CAPITAL, Gazetteer, Match
from kg.model import Document, Entity, Mention, Section, Sentence, stable_id
from kg.tokens import key_of, tokenize

log = logging.getLogger(__name__)

_ALWAYS = frozenset({"date", "quantity", "label", "defined", "quoted", "expansion", "alias"})


def extract_entities(documents: list[Document], sections: list[Section],
                     sentences: list[Sentence]) -> tuple[list[Entity], list[Mention]]:
    """Finds the entities of a corpus and the sentences that mention them.

    Args:
        documents: the documents (spans index into their text).
        sections: their sections (headings give evidence and context).
        sentences: their sentences; ``Mention.sentence`` indexes this list.

    Returns:
        The entities, sorted by label, and the mentions: one per entity and sentence,
        literal or by reference, in sentence order.
    """
    texts = {d.id: d.text for d in documents}
    units = build_units(sections, sentences)
    stats = corpus_stats(units)
    spans = find_spans(units, stats)
    defs = [d for u, unit in enumerate(units) if not unit.heading for d in definitions(u, unit)]
    spans += [s for d in defs for s in (d.short, d.long)]
    forms = collect_forms(units, spans, texts, stats)
    kept = select(forms, units, spans)
    def_keys = [(_span_key(units, d.short), _span_key(units, d.long),
                 _surface(units, texts, Span(d.short.unit, 0, len(units[d.short.unit].tokens), "")),
                 d.rule) for d in defs]
    groups = group_forms(kept, def_keys)
    gazetteer = build_gazetteer(groups, kept)
    matches = [m for u, unit in enumerate(units) for m in gazetteer.find(u, unit.tokens)]
    types = assign_types(groups, kept, units, matches)
    labels = [choose_label([kept[k] for k in group.keys]) for group in groups]
    references = resolve_references(units, matches, types, groups, kept, labels)
    return _records(groups, kept, labels, types, units, texts, matches, references)


def build_units(sections: list[Section], sentences: list[Sentence]) -> list[Unit]:
    """Tokenises headings and sentences, per document in text order."""
    items = [(s.doc, s.char_start, 0, s) for s in sections]
    items += [(s.doc, s.char_start, 1, i) for i, s in enumerate(sentences)]
    order = {}
    for doc, *_ in items:
        order.setdefault(doc, len(order))
    units = []
    for doc, start, kind, item in sorted(items, key=lambda t: (order[t[0]], t[1], t[2])):
        if kind == 0:
            units.append(Unit(doc, tokenize(item.title, start), None, item.id, heading=True))
        else:
            s = sentences[item]
            units.append(Unit(doc, tokenize(s.text, start), item, s.section,
                              list_item=s.list_item))
    return units


def _span_key(units: list[Unit], span: Span) -> tuple[str, ...]:
    return key_of(units[span.unit].tokens[span.start:span.end])


def _surface(units: list[Unit], texts: dict[str, str], span: Span) -> str:
    unit = units[span.unit]
    toks = unit.tokens[span.start:span.end]
    return texts[unit.doc][toks[0].start:toks[-1].end] if toks else ""


def collect_forms(units, spans, texts, stats) -> dict[tuple, Form]:
    """Gathers the spans by matching key, with their spellings, kinds and places."""
    forms: dict[tuple, Form] = {}
    for span in spans:
        key = _span_key(units, span)
        if not key:
            continue
        form = forms.setdefault(key, Form(key))
        unit = units[span.unit]
        form.kinds[span.kind] += 1
        surface = _surface(units, texts, span)
        if unit.heading:
            form.headings.add(span.unit)
            form.heading_surfaces[surface] += 1
            continue
        form.units.add(span.unit)
        form.surfaces[surface] += 1
        first = unit.tokens[span.start]
        if first.is_acronym or (first.is_cap and (
                span.kind == "name" and span.end - span.start > 1
                or not positional_capital(unit.tokens, span.start, stats))):
            form.proper += 1  # names() already dropped a first word capitalised by position
    return forms


def select(forms: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> dict[tuple, Form]:
    """Keeps the forms the corpus gives evidence for (see the module docstring)."""
    kept = {}
    for key, form in forms.items():
        kinds = set(form.kinds)
        if not form.units:
            continue
        if kinds & _ALWAYS:
            kept[key] = form
        elif "name" in kinds and form.proper:
            if len(key) > 1 or not lx.is_common_word(key[0], threshold=4.5) or form.proper >= 2:
                kept[key] = form
        elif "acronym" in kinds and form.proper >= 2:
            kept[key] = form
        elif "term" in kinds and _term_evidence(form, units):
            kept[key] = form
    _drop_nested_terms(kept, units, spans)
    return kept


def _term_evidence(form: Form, units: list[Unit]) -> bool:
    """Repeated in running text, or in a heading and a sentence that is not a list item."""
    n = len(form.units)
    if n < 2 and not (form.headings and any(not units[u].list_item for u in form.units)):
        return False
    common = sum(lx.zipf(w) >= 5.0 for w in form.key)
    return common < len(form.key) or n >= 4


def _drop_nested_terms(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops a term whose every occurrence lies inside a longer kept form."""
    by_unit = defaultdict(list)
    for span in spans:
        if not units[span.unit].heading and _span_key(units, span) in kept:
            by_unit[span.unit].append(span)
    free = defaultdict(int)
    for unit_spans in by_unit.values():
        for span in unit_spans:
            inside = any(o.start <= span.start and span.end <= o.end
                         and o.end - o.start > span.end - span.start for o in unit_spans)
            if not inside:
                free[_span_key(units, span)] += 1
    for key, form in list(kept.items()):
        if set(form.kinds) == {"term"} and not free[key]:
            del kept[key]


def build_gazetteer(groups: list[Group], kept: dict[tuple, Form]) -> Gazetteer:
    """Indexes every kept key, then the generic-head variants of term keys."""
    gazetteer = Gazetteer()
    for g, group in enumerate(groups):
        for key in group.keys:
            form = kept[key]
            mode = ANY
            if form.kinds.get("acronym") and len(key) == 1:
                mode = ACRONYM
            elif form.is_name and len(key) == 1:
                mode = CAPITAL
            gazetteer.add(key, g, mode)
    distinctive = unique_stems(kept)
    for g, group in enumerate(groups):
        for key in group.keys:
            if not kept[key].is_name:
                for variant in head_variants(key, distinctive=key in distinctive):
                    gazetteer.add(variant, g)
    return gazetteer


def _records(groups, kept, labels, types, units, texts, matches, references):
    sentence_of = {u: unit.sentence for u, unit in enumerate(units) if not unit.heading}
    seen: dict[tuple[int, int], Mention] = {}
    surfaces: dict[int, set[str]] = defaultdict(set)
    entities = []
    for g, label in enumerate(labels):
        entities.append(Entity(id=stable_id("entity", label), label=label,
                               entity_type=types[g]))
    for m in matches:
        surface = _surface(units, texts, Span(m.unit, m.start, m.end, ""))
        surfaces[m.group].add(surface)
        s = sentence_of.get(m.unit)
        if s is not None and (m.group, s) not in seen:
            toks = units[m.unit].tokens
            seen[(m.group, s)] = Mention(entities[m.group].id, s, surface, "literal",
                                         toks[m.start].start, toks[m.end - 1].end)
    for g, s, surface, start, end in references:
        if (g, s) not in seen:
            seen[(g, s)] = Mention(entities[g].id, s, surface, "reference", start, end)
    for g, (entity, group) in enumerate(zip(entities, groups)):
        for key in group.keys:
            surfaces[g].update(kept[key].surfaces)
        entity.aliases = {a for a in surfaces[g] if a != entity.label}
        entity.mentions = sum(1 for (gg, _s) in seen if gg == g)
        why = {m["form"]: m for m in group.merges}
        for alias in sorted(entity.aliases):
            if alias in why:
                entity.merges.append(why[alias])
            elif key_of(tokenize(alias)) in group.keys or key_of(tokenize(
                    strip_possessive(alias))) == key_of(tokenize(entity.label)):
                entity.merges.append({"form": alias, "rule": variant_rule(entity.label, alias),
                                      "evidence": "same words up to case, plural, possessive "
                                                  "or hyphen"})
            else:
                entity.merges.append({"form": alias, "rule": "variant",
                                      "evidence": "another spelling of a merged form"})
    mentions = sorted(seen.values(), key=lambda m: (m.sentence, m.char_start or 0))
    by_id: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in by_id:  # two groups chose one label: keep them as one entity
            by_id[entity.id].aliases |= entity.aliases
            by_id[entity.id].mentions += entity.mentions
        else:
            by_id[entity.id] = entity
    log.info("%d entities, %d mentions", len(by_id), len(mentions))
    return sorted(by_id.values(), key=lambda e: e.label.casefold()), mentions
