"""Entity extraction: from sentences to canonical entities and their mentions.

The steps, each in its own module:

1. :mod:`kg.finders.candidates`, :mod:`kg.finders.terms`, :mod:`kg.finders.patterns` and :mod:`kg.merging.acronyms` propose
   spans (capitalised names, designations, acronyms and their expansions, aliases, noun-phrase
   terms, defined and quoted terms, list labels, dates, quantities) in every sentence and
   heading of every document.
2. :mod:`kg.finders.selection` keeps the forms the corpus gives evidence for: a name capitalised away
   from the start of a sentence, a definition, or a term repeated in different sentences.
   Steps 1–2, and the typing cues of step 5, read a sentence repeated word for word once
   (:func:`kg.finders.units.distinct_units`): a document given twice (two versions of one
   article, a page and its excerpt) added 95 entities over the 22 development sets, all
   gone; no single-document entity, type or mention count moved, with
   :func:`kg.merging.acronyms._spelt_term` counting a title among a term's repeats.
3. :mod:`kg.merging.canonical` (with :mod:`kg.merging.people` and :mod:`kg.merging.quantities`) merges forms that
   name one thing, recording the rule and its evidence.
4. :mod:`kg.finders.gazetteer` finds every occurrence of the kept forms, longest first.
5. :mod:`kg.kinds.entity_types` types each entity from generic cues; :mod:`kg.merging.namesakes` gives each
   occurrence of a surname several people share to the one named most recently.
6. :mod:`kg.references.coref` (with :mod:`kg.references.antecedents` and :mod:`kg.kinds.descriptors`) adds the sentences
   that name an entity only as "the company", "it", "they", "the label" …; a description
   that always stands for one entity ("the guild") becomes one of its aliases.
7. :mod:`kg.merging.entity_records` writes the Entity and Mention records, each alias with the rule
   that gave it.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from kg.finders.binomials import binomials
from kg.finders.candidates import Span, Unit, corpus_stats, is_initial, positional_capital, span_key
from kg.finders.eponyms import namesakes_named
from kg.finders.gazetteer import ACRONYM, ANY, CAPITAL, Gazetteer
from kg.finders.mass_nouns import mass_nouns
from kg.finders.patterns import find_spans
from kg.finders.rare_words import shadowed_rare_words
from kg.finders.selection import select
from kg.finders.term_aliases import term_aliases
from kg.finders.topic_nouns import topic_nouns
from kg.finders.units import distinct_units
from kg.kinds.descriptors import describe
from kg.kinds.entity_types import assign_types
from kg.merging.acronyms import definitions
from kg.merging.alternative_names import alternatives
from kg.merging.canonical import Form, Group, group_forms
from kg.merging.class_nouns import add_class_noun_aliases
from kg.merging.described_cues import described_named
from kg.merging.designations import bare_firm_headings
from kg.merging.entity_records import build_records, span_surface
from kg.merging.family_names import FAMILY_SUBJECT, family_subjects
from kg.merging.generations import GENERATION, generations
from kg.merging.generic_heads import ADDED_HEADS, head_variants, unique_stems
from kg.merging.heading_short import heading_prefixes
from kg.merging.initialled_firms import personal_names
from kg.merging.labels import choose_label
from kg.merging.located_names import located_names
from kg.merging.name_cues import as_called
from kg.merging.namesakes import NAMESAKE, nearest_namesakes
from kg.merging.participles import participle_variants
from kg.merging.place_titles import add_place_title_aliases
from kg.merging.published_as import add_published_aliases
from kg.merging.renamed_shorts import renamed_shorts
from kg.merging.title_names import heading_names, placed_names, sited_names, title_names, titled
from kg.merging.topics import title_forms, topic_heads
from kg.merging.typed_surnames import typed_surnames
from kg.merging.vessel_names import add_vessel_aliases
from kg.merging.year_names import add_year_aliases
from kg.model import Document, Entity, Mention, Section, Sentence
from kg.references.bridging import eponymous, renamings
from kg.references.coref import resolve_references
from kg.words import lexicon as lx
from kg.words.person_words import untitled
from kg.words.tokens import parts, tokenize

log = logging.getLogger(__name__)


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
    evidence = distinct_units(units)  # a repeated sentence is evidence once
    stats = corpus_stats(evidence)
    spans = shadowed_rare_words(evidence, find_spans(evidence, stats) + topic_nouns(evidence, stats)
                                + mass_nouns(evidence, stats))
    defs = [d for u, unit in enumerate(evidence) if not unit.heading
            for d in definitions(u, unit)]
    defs += as_called(evidence, spans)  # "X, as the method is called, …" names the one before
    defs += alternatives(evidence, spans)  # "known as x or y", "the x, also called the y z"
    defs += described_named(evidence)  # "… a system called X. The system, known as Y, …"
    defs += [d for u, unit in enumerate(evidence) for d in term_aliases(u, unit)]
    latin, abbreviated = binomials(evidence)  # "Varrella montica", "V. montica"
    spans += latin
    defs += abbreviated
    spans += [s for d in defs for s in (d.short, d.long)]
    forms = collect_forms(units, spans, texts, stats)
    kept = select(forms, evidence, spans)
    def_keys = [(span_key(units, d.short), span_key(units, d.long),
                 span_surface(units, texts, Span(d.short.unit, 0, len(units[d.short.unit].tokens), "")),
                 d.rule) for d in defs]
    topics = title_names(units, kept)  # the names a title gives, for shortenings of them
    places = {"placed": frozenset(placed_names(units, spans)), "sited": frozenset(sited_names(units, spans)),
              "located": frozenset(located_names(units, spans))}
    personal = frozenset(personal_names(units, spans))
    groups = group_forms(kept, def_keys, topics=topics, **places, personal=personal)
    scoped = topic_heads(units, kept, groups, title_forms(units, kept))
    gazetteer = build_gazetteer(groups, kept, scoped=scoped)
    matches = [m for u, unit in enumerate(units) for m in gazetteer.find(u, unit.tokens, doc=unit.doc)]
    heard = [m for m in matches if evidence[m.unit].tokens]  # a repeated sentence's cues once
    types = assign_types(groups, kept, units, heard)
    nearest = nearest_namesakes(units, matches, groups, kept, types)
    explained = {groups[matches[i].group].keys[0]: NAMESAKE for i in nearest}
    matches = [replace(m, group=nearest[i]) if i in nearest else m
               for i, m in enumerate(matches)]  # "Lind" after "Ada Lind" is Ada Lind
    ranked = generations(units, matches, groups, kept, types)
    explained.update({span_key(units, Span(m.unit, m.start, m.end, "")): GENERATION
                      for m in ranked.values()})
    matches = [ranked.get(i, m) for i, m in enumerate(matches)]  # "the younger Lind": the son
    labels = [choose_label(titled(group, kept, topics)) for group in groups]
    labels = [untitled(label) if t == "person" else label for label, t in zip(labels, types)]
    described = describe(units, matches, len(groups),
                         people={g for g, t in enumerate(types) if t == "person"},
                         skip={g for g, t in enumerate(types) if t in ("date", "quantity")})
    references = resolve_references(units, matches, types, groups, kept, described=described)
    references += eponymous(units, matches, groups, types)
    references += namesakes_named(units, matches, groups, types, kept)  # "the Tessmar effect"
    family = family_subjects(units, matches, references, groups, kept, types)
    explained.update({groups[matches[i].group].keys[0]: FAMILY_SUBJECT for i in family})
    matches = [replace(m, group=family[i]) if i in family else m
               for i, m in enumerate(matches)]  # "Vennel was selling … Her" is Ada Vennel
    renamed = renamings(units, matches, references, types=types)
    renamed += renamed_shorts(kept, groups, renamed, types, **places, personal=personal)  # "Quarnvale", once renamed
    renamed += typed_surnames(groups, kept, types, units=units)  # "his student P. Dalton … Dalton"
    headed = heading_names(forms, kept, groups, units, spans)
    for g, found in heading_prefixes(kept, groups, units).items():
        headed.setdefault(g, {}).update(found)  # "# A moss from Orvell": "Orvell National Park"
    for g, found in bare_firm_headings(units, groups, texts).items():
        headed.setdefault(g, {}).update(found)
    entities, mentions = build_records(groups, kept, labels, types, units, texts, matches,
                                       references, gazetteer.variants, renamed, headed,
                                       explained=explained)
    add_place_title_aliases(entities, sentences)  # "The Crier" for "Crier of Marlby"
    add_year_aliases(entities, sentences,  # "1931 Pelmor Medal" for "Pelmor Medal"
                     headings=[s.title for s in sections])
    add_published_aliases(entities, sentences)  # "her diaries, later bound as the X"
    add_vessel_aliases(entities, sentences)  # "brig Pelmor Star" for "Pelmor Star"
    add_class_noun_aliases(entities, sentences)  # "Pelmor K-7 radio" for "Pelmor K-7"
    return entities, mentions


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


def collect_forms(units, spans, texts, stats) -> dict[tuple, Form]:
    """Gathers the spans by matching key, with their spellings, kinds and places."""
    forms: dict[tuple, Form] = {}
    for span in spans:
        key = span_key(units, span)
        if not key:
            continue
        form = forms.setdefault(key, Form(key))
        unit = units[span.unit]
        form.kinds[span.kind] += 1
        surface = span_surface(units, texts, span)
        if unit.heading:
            form.headings.add(span.unit)
            form.heading_surfaces[surface] += 1
            continue
        form.units.add(span.unit)
        form.surfaces[surface] += 1
        if span.start and unit.tokens[span.start - 1].lower == "the":
            form.after_article += 1
        first = unit.tokens[span.start]
        if first.is_cap and not is_initial(unit.tokens, span.start):
            form.inner_capital += 1
        if first.text in lx.NAME_PARTICLES and first.text != "ten" \
                and span.end - span.start > 1:
            first = unit.tokens[span.start + 1]  # "van Oordt"; "ten" is also a number
        if first.is_acronym or first.is_number and span.kind == "name" or (first.is_cap and (
                span.kind in ("name", "quoted") and span.end - span.start > 1
                or not positional_capital(unit.tokens, span.start, stats))):
            form.proper += 1  # names() already dropped a first word capitalised by position
    return forms


def build_gazetteer(groups: list[Group], kept: dict[tuple, Form], *,
                    scoped: dict[tuple, str] | None = None) -> Gazetteer:
    """Indexes every kept key, then the generic-head variants of term keys; a key in
    ``scoped`` (a title's head, :mod:`kg.merging.topics`), and its variants, only in that document."""
    scoped = scoped or {}
    gazetteer = Gazetteer()
    for g, group in enumerate(groups):
        for key in group.keys:
            form = kept[key]
            mode = ANY
            if len(key) == 1 and (form.kinds.get("acronym") or form.surfaces and all(
                    tokenize(s)[0].is_short_form for s in form.surfaces)) and not (
                    form.kinds.get("name") and key[0] not in lx.STOPWORDS and any(
                        not tokenize(s)[0].is_short_form for s in form.surfaces)):
                mode = ACRONYM  # "ITS" is not "Its"; "FORTRAN" also written "Fortran" is a name
            elif form.is_name and len(key) == 1:
                mode = CAPITAL
            gazetteer.add(key, g, mode, commas=any("," in s or ":" in s for s in form.surfaces),
                          doc=scoped.get(key))
    distinctive = unique_stems(kept)
    for g, group in enumerate(groups):
        for key in group.keys:
            if kept[key].is_name:
                continue
            for variant in head_variants(key, distinctive=key in distinctive):
                added = variant[-1] in ADDED_HEADS and len(variant) == len(key) + 1
                spellings = {variant, *(_plural_spellings(kept[key], variant) if added else ())}
                for spelling in spellings:
                    if gazetteer.add(spelling, g, singular_only=added, doc=scoped.get(key)):
                        gazetteer.variants[spelling] = key
            if key in distinctive:  # "fen distillation" written "fen-distilled"
                for variant in participle_variants(key):
                    if gazetteer.add(variant, g, hyphened=True, doc=scoped.get(key)):
                        gazetteer.variants[variant] = key
    return gazetteer


def _plural_spellings(form: Form, variant: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The variant with the term's plural as written ("shared costs rule")."""
    return tuple({tuple(p for t in tokenize(s) for p in parts(t)) + variant[-1:]
                  for s in form.surfaces} - {variant})
