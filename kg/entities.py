"""Entity extraction: from sentences to canonical entities and their mentions.

The steps, each in its own module:

1. :mod:`kg.candidates`, :mod:`kg.patterns` and :mod:`kg.acronyms` propose spans
   (capitalised names, acronyms and their expansions, noun-phrase terms, defined and quoted
   terms, list labels, dates, quantities) in every sentence and heading of every document.
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
from kg.candidates import Span, Unit, corpus_stats, positional_capital
from kg.canonical import (
    Form,
    Group,
    choose_label,
    group_forms,
    head_variants,
    unique_stems,
    variant_rule,
)
from kg.coref import resolve_references
from kg.entity_types import assign_types
from kg.gazetteer import ACRONYM, ANY, CAPITAL, Gazetteer
from kg.model import Document, Entity, Mention, Section, Sentence, stable_id
from kg.patterns import find_spans
from kg.tokens import key_of, tokenize

log = logging.getLogger(__name__)

_ALWAYS = frozenset({"date", "quantity", "label", "defined", "quoted", "expansion", "alias",
                     "namehead"})
_COPULA = frozenset({"is", "are", "was", "were", "means", "refers"})


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
    references = resolve_references(units, matches, types, groups, kept)
    return _records(groups, kept, labels, types, units, texts, matches, references,
                    gazetteer.variants)


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
        elif "modterm" in kinds and _sentences(form, units) >= 3 and (
                form.headings or _copular(form, units)):
            kept[key] = form  # "the common bond": generic words, but a topic of the text
    _drop_nested_terms(kept, units, spans)
    return kept


def _sentences(form: Form, units: list[Unit]) -> int:
    """In how many different sentences a form occurs (a repeated sentence counts once)."""
    return len({tuple(t.text for t in units[u].tokens) for u in form.units})


def _copular(form: Form, units: list[Unit]) -> bool:
    """True when a sentence starts by defining the form ("The common bond is the …")."""
    n = len(form.key)
    for u in form.units:
        toks = units[u].tokens
        s = 1 if toks and toks[0].lower == "the" else 0
        if len(toks) > s + n and key_of(toks[s:s + n]) == form.key \
                and toks[s + n].lower in _COPULA:
            return True
    return False


def _term_evidence(form: Form, units: list[Unit]) -> bool:
    """Repeated in different sentences, or in a heading and a sentence that is not a list
    item; a phrase of very common words ("technology leaders") needs three sentences or a
    definition."""
    n = _sentences(form, units)
    if n < 2 and not (form.headings and any(not units[u].list_item for u in form.units)):
        return False
    if all(lx.zipf(w) >= 4.5 for w in form.key) and n < 3 and not _copular(form, units):
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
                    if gazetteer.add(variant, g):
                        gazetteer.variants[variant] = key
    return gazetteer


def _explain(alias: str, label: str, group: Group, variants: dict[tuple, tuple]) -> dict:
    """Why ``alias`` is a name of the entity labelled ``label``."""
    key = key_of(tokenize(alias))
    if key == key_of(tokenize(label)):
        return {"form": alias, "rule": variant_rule(label, alias),
                "evidence": "the same words up to case, plural, possessive or hyphen"}
    if key in group.merges:
        return {**group.merges[key], "form": alias}
    if key in variants:
        return {"form": alias, "rule": "generic-head",
                "evidence": f"“{alias}” rewords the generic head of “{' '.join(variants[key])}”"}
    return {"form": alias, "rule": "variant", "evidence": "a spelling of a merged form"}


def _records(groups, kept, labels, types, units, texts, matches, references, variants):
    """Builds the Entity and Mention records; drops entities no sentence names literally."""
    ids = [stable_id("entity", label) for label in labels]
    first: dict[str, int] = {}
    canon = [first.setdefault(i, g) for g, i in enumerate(ids)]  # one entity per id
    seen: dict[tuple[int, int], Mention] = {}
    surfaces: dict[int, set[str]] = defaultdict(set)
    for m in matches:
        g = canon[m.group]
        surface = _surface(units, texts, Span(m.unit, m.start, m.end, ""))
        surfaces[g].add(surface)
        s = units[m.unit].sentence
        if s is not None and (g, s) not in seen:
            toks = units[m.unit].tokens
            seen[(g, s)] = Mention(ids[g], s, surface, "literal", toks[m.start].start,
                                   toks[m.end - 1].end)
    alive = {g for g, _s in seen}
    for g, s, surface, start, end in references:
        g = canon[g]
        if g in alive and (g, s) not in seen:
            seen[(g, s)] = Mention(ids[g], s, surface, "reference", start, end)
    count = defaultdict(int)
    for g, _s in seen:
        count[g] += 1
    entities = []
    for g in sorted(alive):
        members = [h for h in range(len(groups)) if canon[h] == g]
        for h in members:
            for key in groups[h].keys:
                surfaces[g].update(kept[key].surfaces)
        aliases = {a for a in surfaces[g] if a != labels[g]}
        merges = [_explain(a, labels[g], groups[h], variants)
                  for a in sorted(aliases) for h in members[:1]]
        entities.append(Entity(id=ids[g], label=labels[g], entity_type=types[g],
                               aliases=aliases, mentions=count[g], merges=merges))
    mentions = sorted(seen.values(), key=lambda m: (m.sentence, m.char_start or 0))
    log.info("%d entities, %d mentions", len(entities), len(mentions))
    return sorted(entities, key=lambda e: (e.label.casefold(), e.id)), mentions
