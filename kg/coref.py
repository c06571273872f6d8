"""Reference resolution: the sentences that name an entity only as "the company" or "it".

Conservative by design. A reference phrase is a definite description with a generic noun
("the company", "this framework", "the agency’s") or a personal pronoun ("he", "she", "it",
"its"). Its antecedent is the nearest compatible entity: earlier in the same sentence, then
in up to three previous sentences of the same document (within a sentence, the first
mention wins: subjects come first), then the entities of the section heading; a noun that
is the last word of an entity's name ("the telescope" for "Space Telescope") may reach back
to any earlier sentence of the document. Compatible means:

- an organisation noun ("company", "agency") → an organisation;
- a document or product noun ("framework", "policy", "telescope") → a document or product
  whose name ends in that noun ("the framework" → "Advanced AI Framework");
- a person noun ("the researcher") or "he"/"she" → a person;
- any noun → a name of any type (not a person) that ends in that noun ("the agency" →
  "European Space Agency");
- an idea noun ("the idea", "the principle") → a concept or technique; a method noun
  ("the approach", "the technique") → a term ending in that noun;
- "it"/"its" → an organisation, product, document or untyped name ("other"), and only the
  subject (first entity, within its first words) of the same sentence or else of the
  sentence before (so for idea and method nouns): nothing else is tried. "it" counts only
  as a subject (at the start, or after "Instead,") and not where it is expletive ("it is
  easy to …").

A description followed by a complement ("the foundation for …", "the company behind …") is
not a reference. A list item gets the named subject (first word) of the sentence that
introduces the list ("It addresses four risks:" → each item). No reference is added where
the sentence names the entity literally.
"""

from __future__ import annotations

from collections import defaultdict

from kg import lexicon as lx
from kg.candidates import Unit
from kg.canonical import Form, Group
from kg.gazetteer import Match
from kg.tokens import singular

WINDOW = 3
_DEFINITE = frozenset({"the", "this", "that"})
_PERSONAL = {"he": "person", "she": "person", "him": "person", "his": "person",
             "her": "person", "it": "thing", "its": "thing"}
_THING_TYPES = frozenset({"organization", "product", "document", "other"})
_NEVER = frozenset({"person", "date", "quantity"})
_NAMED = frozenset({"organization", "product", "document", "person", "other"})
_COMPLEMENT = lx._words("of for to behind that which who whose between like")
_BE = lx._words("is was 's seems seemed appears appeared becomes became remains be "
                "could would might may will can should must")
_EXPLETIVE_TAIL = lx._words("to that whether if")


def _expletive(tokens, i: int) -> bool:
    """True for a dummy "it" ("it is easy to …", "it could become harder to …")."""
    if tokens[i].lower != "it":
        return False
    nxt = [t.lower for t in tokens[i + 1:i + 7]]
    return bool(nxt) and nxt[0] in _BE and any(w in _EXPLETIVE_TAIL for w in nxt[1:])


def _phrases(unit: Unit, covered: set[int]):
    """Yields ``(start, end, wanted type, noun or None)`` for each reference phrase."""
    toks = unit.tokens
    for i, tok in enumerate(toks):
        if i in covered:
            continue
        low = tok.lower
        if low in _DEFINITE and i + 1 < len(toks) and toks[i + 1].text[0].islower():
            noun = toks[i + 1].lower
            kind = lx.REFERENCE_NOUNS.get(noun)
            follower = toks[i + 2] if i + 2 < len(toks) else None
            if kind and singular(noun) == noun and i + 1 not in covered and not (
                    follower and follower.is_word and (follower.text[0].isupper()
                                                       or follower.lower in _COMPLEMENT)):
                yield i, i + 2, kind, noun
        elif low in _PERSONAL and tok.text.lower() in (low, low + "'s") and not _expletive(toks, i):
            if low == "it" and not _subject_position(toks, i):
                continue
            yield i, i + 1, _PERSONAL[low], None


def _subject_position(toks, i: int) -> bool:
    """True at the start of a sentence or after a short opener and a comma ("Instead, it")."""
    if i == 0:
        return True
    return toks[i - 1].text == "," and i <= 4 and all(t.is_word for t in toks[:i - 1])


def _compatible(kind: str, noun: str | None, heads: set[str], etype: str) -> bool:
    if noun and noun in heads and etype not in _NEVER:
        return True  # "the agency" → "European Space Agency", whatever its type
    if kind == "thing":
        return etype in _THING_TYPES
    if kind == "concept":  # "the idea": a concept or technique ("technique" nouns need the head)
        return etype in ("concept", "technique")
    if kind in ("organization", "person"):
        return etype == kind
    return False


def resolve_references(units: list[Unit], matches: list[Match], types: list[str],
                       groups: list[Group], kept: dict[tuple, Form]) -> list[tuple]:
    """Finds the reference mentions of every sentence.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences.
        types: the type of each group.
        groups: the groups (entities).
        kept: the kept forms by key.

    Returns:
        ``(group, sentence index, surface, char_start, char_end)`` tuples.
    """
    heads = [{singular(k[-1]) for k in g.keys if len(k) > 1} for g in groups]
    by_unit: dict[int, list[tuple[int, int]]] = defaultdict(list)
    covered: dict[int, set[int]] = defaultdict(set)
    for m in sorted(matches, key=lambda m: (m.unit, m.start)):
        by_unit[m.unit].append((m.start, m.group))
        covered[m.unit].update(range(m.start, m.end))
    out: list[tuple] = []
    recent: list[int] = []
    history: list[int] = []
    heading: dict[str | None, int] = {}
    lead: tuple[int, str, int, int] | None = None
    for u, unit in enumerate(units):
        if u and units[u - 1].doc != unit.doc:
            recent, history, lead = [], [], None
        if unit.heading:
            heading[unit.section] = u
            continue
        literal = {g for _s, g in by_unit[u]}
        for start, end, kind, noun in _phrases(unit, covered[u]):
            g = _antecedent(u, start, kind, noun, by_unit, recent, history,
                            heading.get(unit.section), types, heads)
            if g is None or g in literal:
                continue
            toks = unit.tokens
            by_unit[u].append((start, g))
            by_unit[u].sort()
            literal.add(g)
            out.append((g, unit.sentence, " ".join(t.text for t in toks[start:end]),
                        toks[start].start, toks[end - 1].end))
        lead = _list_lead(unit, u, by_unit, lead, types, literal, out)
        recent = (recent + [u])[-WINDOW:]
        history.append(u)
    return out


def _antecedent(u, start, kind, noun, by_unit, recent, history, heading_unit, types, heads):
    def pick(entries):
        for _pos, g in entries:
            if _compatible(kind, noun, heads[g], types[g]):
                return g
        return None

    if kind in ("thing", "concept", "technique"):
        # "it", "its", "the idea": the subject of this sentence or of the one before
        before = [(p, g) for p, g in by_unit[u] if p < start][:1]
        previous = [(p, g) for p, g in by_unit[recent[-1]][:1] if p <= 3] if recent else []
        return pick(before or previous)
    g = pick(sorted(((p, g) for p, g in by_unit[u] if p < start), reverse=True))
    for prev in reversed(recent):
        if g is None:
            g = pick(by_unit[prev])
    if g is None and heading_unit is not None:
        g = pick(by_unit[heading_unit])
    if g is None and noun:  # a head noun that names an entity ("the telescope") reaches further
        for prev in reversed(history):
            g = next((h for _p, h in by_unit[prev] if noun in heads[h] and types[h] not in _NEVER),
                     None)
            if g is not None:
                break
    return g


def _list_lead(unit, u, by_unit, lead, types, literal, out):
    """Carries the subject of a sentence ending in ":" into the list items after it."""
    toks = unit.tokens
    if unit.list_item and lead is not None:
        g, surface, start, end = lead
        if g not in literal:
            out.append((g, unit.sentence, surface, start, end))
        return lead
    if toks and toks[-1].text == ":":
        subject = [(p, g) for p, g in by_unit[u] if p == 0 and types[g] in _NAMED]
        if subject:
            p, g = subject[0]
            return g, toks[p].text, toks[p].start, toks[p].end
    return None
