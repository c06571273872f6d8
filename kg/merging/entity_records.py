"""The last step of :func:`kg.entities.extract_entities`: the Entity and Mention records.

:func:`build_records` joins the groups that a renaming, a nickname or a typed surname says are
one thing, gives every group one id (its label's), and writes each entity's aliases with the
rule that gave each (:func:`_explain`: a spelling, a merge, a renaming, a generic head; an
honorific (:data:`TITLED`), an owner left off (:data:`OWNED`), a model's code (rule
``model-code``)) and one mention per entity and sentence, literal before reference. An entity
no sentence names literally is dropped. :func:`span_surface` gives a span's text as written,
which :func:`kg.entities.collect_forms` reads too.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from kg.finders.candidates import Span, Unit
from kg.kinds.description_aliases import description_aliases
from kg.merging.canonical import Group, owned_prefix
from kg.merging.labels import variant_rule
from kg.merging.model_codes import CODED, code_aliases
from kg.merging.participles import PARTICIPLE, participle_of
from kg.merging.reorganisations import RULE as REORGANISED
from kg.merging.surnames import add_surname_aliases
from kg.model import Entity, Mention, stable_id
from kg.words.person_words import honorific_before, titled_surnames
from kg.words.tokens import key_of, tokenize

log = logging.getLogger(__name__)

__all__ = ["OWNED", "TITLED", "build_records", "span_surface"]

OWNED = {"rule": "owner", "evidence": "the name without the “of” and organisation that say "
                                      "whose it is"}
TITLED = {"rule": "honorific", "evidence": "the name written with or without an honorific of "
                                           "address"}


def span_surface(units: list[Unit], texts: dict[str, str], span: Span) -> str:
    """The text a span covers, as written."""
    unit = units[span.unit]
    toks = unit.tokens[span.start:span.end]
    return texts[unit.doc][toks[0].start:toks[-1].end] if toks else ""


def _explain(alias: str, label: str, members: list[Group], variants: dict[tuple, tuple],
             renamed: dict[tuple, dict]) -> dict:
    """Why ``alias`` is a name of the entity labelled ``label``."""
    key = key_of(tokenize(alias))
    if key == key_of(tokenize(label)):
        return {"form": alias, "rule": variant_rule(label, alias),
                "evidence": "the same words up to case, plural, possessive, hyphen or spelling"}
    if renamed.get(key, {}).get("rule") == REORGANISED:  # the join across names, alias17
        return {**renamed[key], "form": alias}
    for group in members:
        if key in group.merges:
            return {**group.merges[key], "form": alias}
    if key in renamed:
        return {**renamed[key], "form": alias}
    if key in variants and participle_of(key, variants[key]):
        return {"form": alias, "rule": PARTICIPLE, "evidence": f"“{alias}” writes the process "
                f"of “{' '.join(variants[key])}” as a hyphened participle"}
    if key in variants:
        return {"form": alias, "rule": "generic-head",
                "evidence": f"“{alias}” rewords the generic head of “{' '.join(variants[key])}”"}
    return {"form": alias, "rule": "variant", "evidence": "a spelling of a merged form"}


def form_owners(entities: list[Entity], skip_types: frozenset[str]
                ) -> tuple[dict[str, Entity], set[str]]:
    """Every form of every entity, for the alias rules that look a written phrase up.

    Args:
        entities: the entities, their labels and aliases.
        skip_types: the types whose forms may not own a new alias.

    Returns:
        The form → entity map (the first entity to write a form owns it), leaving out the
        entities of ``skip_types``, and the casefolded forms of all entities.
    """
    owners: dict[str, Entity] = {}
    taken = set()
    for entity in entities:
        for form in (entity.label, *entity.aliases):
            taken.add(form.casefold())
            if entity.entity_type not in skip_types:
                owners.setdefault(form, entity)
    return owners, taken


def spaced(form: str) -> str:
    """``form`` with each run of whitespace (a line break where the source wraps) one space."""
    return " ".join(form.split())


def build_records(groups, kept, labels, types, units, texts, matches, references, variants,
                  renamed, headed, *, explained=None):
    """Builds the Entity and Mention records; drops entities no sentence names literally.

    ``explained`` gives the merge record of forms joined occurrence by occurrence (a shared
    surname given to the nearest person of that name). Labels and aliases are written with
    single spaces (a name wrapped across lines in the source, "Paul\\nEnstone", is the same
    form); mention surfaces stay as the text writes them, since their spans slice it."""
    labels = [spaced(label) for label in labels]
    ids = [stable_id("entity", label) for label in labels]
    first: dict[str, int] = {}
    canon = [first.setdefault(i, g) for g, i in enumerate(ids)]  # one entity per id
    renamed_keys: dict[tuple, dict] = dict(explained or {})
    for g, h, evidence, *rule in renamed:  # "The scheme was first known as …"
        target, source = canon[g], canon[h]
        if target != source:
            canon = [target if c == source else c for c in canon]
            for key in groups[h].keys:
                renamed_keys[key] = {"rule": rule[0] if rule else "renamed", "evidence": evidence}
    seen: dict[tuple[int, int], Mention] = {}
    surfaces: dict[int, set[str]] = defaultdict(set)
    for m in matches:
        g = canon[m.group]
        surface = span_surface(units, texts, Span(m.unit, m.start, m.end, ""))
        surfaces[g].add(surface)
        k = honorific_before(units[m.unit].tokens, m.start) if types[m.group] == "person" \
            else None
        if k is not None:  # "Judge Ada Lind", written so
            long = span_surface(units, texts, Span(m.unit, k, m.end, ""))
            surfaces[g].add(long)
            renamed_keys.setdefault(key_of(tokenize(long)), TITLED)
        s = units[m.unit].sentence
        if s is not None and (g, s) not in seen:
            toks = units[m.unit].tokens
            seen[(g, s)] = Mention(ids[g], s, surface, "literal", toks[m.start].start,
                                   toks[m.end - 1].end)
    alive = {g for g, _s in seen}
    for g, s, surface, start, end, _how in references:
        g = canon[g]
        if g in alive and (g, s) not in seen:
            seen[(g, s)] = Mention(ids[g], s, surface, "reference", start, end)
    literal: dict[int, set[int]] = defaultdict(set)
    for (g, s), mention in seen.items():
        if mention.via == "literal":
            literal[g].add(s)
    described = description_aliases(references, canon, types=types, labels=labels,
                                     literal=literal, before=_words_before(units, texts, references))
    for g, found in headed.items():  # names written only in headings ("Malverdine Vaccine")
        described.setdefault(canon[g], {}).update(found)
    count = defaultdict(int)
    for g, _s in seen:
        count[g] += 1
    entities = []
    members_of = defaultdict(list)  # one pass, not one per entity
    for h in range(len(groups)):
        members_of[canon[h]].append(h)
    for g in sorted(alive):
        for h in members_of[g]:
            for key in groups[h].keys:
                surfaces[g].update(kept[key].surfaces)
    codes = code_aliases({g: {labels[g], *surfaces[g]} for g in alive})  # "KD-40"
    for g in sorted(alive):
        members = members_of[g]
        aliases = {spaced(a) for a in surfaces[g]} - {labels[g]}
        if g in codes and codes[g] not in aliases:
            aliases.add(codes[g])
            renamed_keys.setdefault(key_of(tokenize(codes[g])), CODED)
        owned = {o for a in {labels[g], *aliases} if (o := owned_prefix(a))} - aliases
        aliases |= owned  # "Tressel Marine Observatory" of "… of Harwood University"
        for o in owned:
            renamed_keys.setdefault(key_of(tokenize(o)), OWNED)
        if types[g] == "person":  # "Mrs Lind" → "Lind"
            for surname in titled_surnames(aliases) - aliases:
                aliases.add(surname)
                renamed_keys.setdefault(key_of(tokenize(surname)), TITLED)
        merges = [_explain(a, labels[g], [groups[h] for h in members], variants, renamed_keys)
                  for a in sorted(aliases)]
        for alias, why in sorted(described.get(g, {}).items()):
            alias = spaced(alias)
            if alias not in aliases and alias.casefold() != labels[g].casefold():
                aliases.add(alias)
                merges.append(why)
        entities.append(Entity(id=ids[g], label=labels[g], entity_type=types[g],
                               aliases=aliases, mentions=count[g], merges=merges))
    add_surname_aliases(entities)  # "Quarnford" for "Ottaline Quarnford"
    mentions = sorted(seen.values(), key=lambda m: (m.sentence, m.char_start or 0))
    log.info("%d entities, %d mentions", len(entities), len(mentions))
    return sorted(entities, key=lambda e: (e.label.casefold(), e.id)), mentions


def _words_before(units, texts: dict[str, str], references) -> dict[tuple[int, int], str]:
    """The lowercase words (up to three) written before each reference, by (sentence,
    start)."""
    doc_of = {u.sentence: u.doc for u in units if u.sentence is not None}
    out = {}
    for _g, s, _surface, start, _end, _how in references:
        words = texts[doc_of[s]][max(0, start - 40):start].split() if s in doc_of else []
        out[(s, start)] = " ".join(words[-3:]).casefold()
    return out
