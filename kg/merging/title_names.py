"""Names a document's title and headings give, used by :func:`kg.merging.canonical.group_forms` and
:func:`kg.entities.extract_entities` beside the shortening rules of :mod:`kg.merging.shortenings`.

:func:`title_names` finds the names of a document's title, :func:`placed_names` the names used as
places, and :func:`titled` keeps a title's name as its group's label. Merge rules:

- ``topic-prefix``: the first word(s) of the name a document's title gives ("Brindlewick"
  for "Brindlewick Folk Festival") join it even when they also begin other names, if those
  others end in an organisation, document or place head (things named after it: "Brindlewick
  Arts Trust") and the words are never used as a place ("in Brindlewick", "the port of
  Brindlewick", "University of Brindlewick"): measured, it joins "Brindlewick" on the
  invented festival article (alias 0.80 → 0.87, relations 0.67 → 0.83) and nothing on the
  five development sets; without the "of" + head guard it also joined the city "Osterbeck"
  to "Osterbeck Tramway" (a conflation on the tramway article), so that guard stays.

After grouping, :func:`heading_names` finds names written only in headings ("# Quorbeck and
the Malverdine Engine"): after "the" and ending the heading's capitalised run, one name of
exactly one entity followed by one common noun that is no organisation, document or place
head nor an activity or period ("Engine", not "Trust" or "programme"), nor ends in "s" (a
plural or a verb: "What the Orm Canal Shows"), is an alias of that entity (rule
``heading``). Without the "the" and run tests title-case headings gave "Vantor Compares",
"Quorbeck Quay Approach", "Valdrinne Health". Measured: vaccine alias 0.93 → 1.00;
nothing else moves on the dev sets, and it joins nothing else there.

Round 18: "of X" after a group's noun (``PART_NOUNS``: team, group, crew …) is no place use
when X modifies a plural noun of persons right after it ("a team of Orvel engineers",
:func:`_members`): the name says whose people they are. On a blind probe (an open-source
project's history) a firm's bare name then joined its full name (alias unity .81 → .88, one
node fewer); nothing else of the 42 sets moved. "The council of X" stays a place use.

Round 18 (issue 3): a heading's "the", an adjective of nationality and a name of two words
or more that only headings write that way ("# The Orvish Tide Office") is an alias of the
entity the name without the adjective names (:func:`_demonym_name`): the adjective says
whose office it is, as the text's "its Tide Office" does. A one-word name stays out ("The
French Navy" beside another country's "Navy"). Figures in the round-18 note of
:mod:`kg.merging.canonical`.

Round 20 (issue 3): a name a sentence calls a settlement or a region ("X was then a mill
town", "X is a port", :func:`_settlement`) is used as a place too, so it is no
``topic-prefix`` or short form of a longer name it begins: on a blind probe a town and the
foundry the title names after it were one node (a conflation). Measured (``--held-out
--ours``): no figure of the 26 development sets or the other invented articles moved; the
probe lost one relation (.80 → .70: descriptions of the firm in its later section that had
gone to the merged node now take none), left for the next round.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Span, Unit, span_key
from kg.kinds.description_heads import copula_head
from kg.merging.forms import Form, Group, UnionFind, top
from kg.words import lexicon as lx
from kg.words.demonyms import DEMONYMS
from kg.words.tokens import singular

__all__ = ["heading_names", "placed_names", "sited_names", "title_names", "titled", "topic_prefixes"]

_NAMED_AFTER = lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | frozenset({"trust"})


def topic_prefixes(forms: dict[tuple, Form], uf: UnionFind, topics: set[tuple],
                   placed: set[tuple]) -> None:
    """"Brindlewick" → "Brindlewick Folk Festival", the name of the document's title, though
    "Brindlewick Arts Trust" also begins with it.

    Args:
        forms: the kept forms by key.
        uf: the merges so far.
        topics: keys of the names in a document's title that its text also uses.
        placed: keys used after "in", "near", "outside" …: places, never joined.
    """
    prefixes = {t[:n] for t in topics for n in range(1, len(t))}
    firsts = {p[0] for p in prefixes}
    by_first: dict[str, list[Form]] = defaultdict(list)
    for f in forms.values():
        if f.is_name and f.key[0] in firsts:
            by_first[f.key[0]].append(f)
    for short in forms.values():
        k = short.key
        if k not in prefixes or not short.is_name or short.kinds.get("acronym") or k in placed \
                or k in topics:
            continue
        word = top(short).split()[-1]
        longer = [f for f in by_first[k[0]] if len(f.key) > len(k)
                  and f.key[:len(k)] == k and word in top(f).split()]
        owners = {uf.find(f.key) for f in longer if f.key in topics}
        if len(owners) != 1 or uf.find(k) in owners:
            continue
        topic = next(f for f in longer if f.key in topics)
        others = [f for f in longer if uf.find(f.key) not in owners]
        if topic.key[-1] in _NAMED_AFTER or not all(f.key[-1] in _NAMED_AFTER for f in others):
            continue
        uf.union(k, topic.key, "topic-prefix", f"“{top(short)}” begins “{top(topic)}”, the "
                 f"name in the title; the other names it begins are named after it", top(short))


_PLACE_NOUNS = lx.PLACE_HEADS | lx.ORG_HEADS | frozenset({"port", "town", "village", "people"})


def title_names(units: list[Unit], kept: dict[tuple, Form]) -> set[tuple]:
    """Keys of the names in a document's title (its first heading) that its text uses."""
    titles = {u for u, unit in enumerate(units)
              if unit.heading and (u == 0 or units[u - 1].doc != unit.doc)}
    return {k for k, f in kept.items() if f.is_name and f.units and f.headings & titles}


def titled(group: Group, kept: dict[tuple, Form], topics: set[tuple]) -> list[Form]:
    """The forms a group's label is chosen from: the title's name when a shortening of it
    joined it by the ``topic-prefix`` rule ("Brindlewick Folk Festival", not the more
    frequent "Brindlewick") or its head by the ``title-head`` rule (:mod:`kg.merging.topics`:
    "Steam Dredger", not "dredger"), else all."""
    forms = [kept[k] for k in group.keys]
    if any(why.get("rule") == "title-head" for why in group.merges.values()):
        return [f for f in forms if f.headings and len(f.key) > 1] or forms  # not its head
    if not any(why.get("rule") == "topic-prefix" for why in group.merges.values()):
        return forms
    titled = [f for f in forms if f.key in topics and any(
        len(o.key) < len(f.key) and f.key[:len(o.key)] == o.key for o in forms)]
    return titled or forms


def placed_names(units: list[Unit], spans: list[Span]) -> set[tuple]:
    """Keys of the names used as places somewhere: right after "in", "near", "outside" …, or
    after "of" and a place or organisation head ("the old port of X", "University of X")."""
    out = set()
    for s in spans:
        if s.kind != "name" or not s.start:
            continue
        toks = units[s.unit].tokens
        before = toks[s.start - 1].lower
        if before in lx.LOCATIVES or before == "of" and s.start >= 2 and (
                singular(toks[s.start - 2].lower) in _PLACE_NOUNS) \
                and not _members(toks, s.start - 2, s.end):
            out.add(span_key(units, s))
    for s in spans:
        if s.kind == "name" and _settlement(units[s.unit].tokens, s.end):
            out.add(span_key(units, s))
    return out


# nouns of a settlement or a region: "X was then a mill town" says X is a place
_SETTLEMENTS = lx._words("town city village hamlet suburb county province region island port "
                         "parish borough")


def _settlement(toks, end: int) -> bool:
    """True when the name ending at ``end`` is said to be a settlement or a region ("X is a
    port", "X was then a mill town", "X, …, was a village"): a place, not a body."""
    return copula_head(toks, end) in _SETTLEMENTS


def sited_names(units: list[Unit], spans: list[Span]) -> set[tuple]:
    """Keys of the names written right after "at" somewhere ("worked at Pelmor"): where a
    thing happened, a site's own short name among them (:mod:`kg.merging.short_forms`)."""
    return {span_key(units, s) for s in spans if s.kind == "name" and s.start
            and units[s.unit].tokens[s.start - 1].lower == "at"}


# plural nouns of the people of a place ("residents", "villagers")
_DWELLERS = lx._words("""resident inhabitant citizen villager townsperson townsman native local
tenant voter parishioner neighbour neighbor settler dweller householder ratepayer taxpayer
commuter islander""")


def _members(toks, part: int, end: int) -> bool:
    """True when a group's noun at ``part`` and "of" take a name that modifies the plural
    noun of a person after it ("a team of Orvel engineers"): the name says whose
    people they are, no place; but a dweller's noun says where they live ("a group of
    Quenby residents": review of round 18)."""
    if toks[part].lower not in lx.PART_NOUNS or end >= len(toks):
        return False
    word = toks[end].text
    one = singular(word)
    return word.islower() and one != word and word not in lx.COMMON_VERBS \
        and one not in _DWELLERS and (
        one in lx.PERSON_NOUNS or one in lx.ROLE_NOUNS or one.endswith(lx.PERSON_SUFFIXES))


def _demonym_name(key: tuple[str, ...], owner: dict[tuple, int],
                  kept: dict[tuple, Form]) -> bool:
    """True when ``key`` is an adjective of nationality and the kept name of two words or
    more of one entity ("Orvish" and "Tide Office")."""
    name = key[1:]
    return key[0] in DEMONYMS and len(name) >= 2 and name in owner and kept[name].is_name


# a name and one of these is a different thing (an activity or a period about it)
_DIFFERENT = lx.ORG_HEADS | lx.DOCUMENT_HEADS | lx.PLACE_HEADS | lx._words(
    "programme program project campaign effort story history years era age period")


def _run_goes_on(toks: list, end: int) -> bool:
    """diag16c: "and" or "&" and a capitalised word after the span: the heading's run goes on
    ("# The Pelmor Lamp and Oil Company" names no "Pelmor Lamp"; it had been the town's alias
    on final16 invented_candle_soap_works; no figure of the 73 texts moved)."""
    return end + 1 < len(toks) and toks[end].lower in ("and", "&") and toks[end + 1].is_cap


def heading_names(forms: dict[tuple, Form], kept: dict[tuple, Form], groups: list[Group],
                  units: list[Unit], spans: list[Span]) -> dict[int, dict[str, dict]]:
    """Names written only in headings that are an entity's name and a common noun, after
    "the" and ending the heading's capitalised run ("… and the Malverdine Engine").

    Args:
        forms: every candidate form by key (heading-only ones are not kept).
        kept: the kept forms.
        groups: the entity groups.
        units: the tokenised headings and sentences.
        spans: every candidate span.

    Returns:
        group → heading surface → its ``{"form", "rule", "evidence"}`` explanation.
    """
    owner: dict[tuple, int] = {k: g for g, group in enumerate(groups) for k in group.keys}
    out: dict[int, dict[str, dict]] = defaultdict(dict)
    for span in spans:
        toks = units[span.unit].tokens
        if not units[span.unit].heading or span.start == 0 or span.end - span.start < 2 \
                or toks[span.start - 1].lower != "the" \
                or span.end < len(toks) and toks[span.end].is_cap or _run_goes_on(toks, span.end):
            continue
        key = span_key(units, span)
        form = forms.get(key)
        if form is None or key in kept or form.units or len(key) < 2:
            continue
        if _demonym_name(key, owner, kept):
            for surface in form.heading_surfaces:
                out[owner[key[1:]]][surface] = {
                    "form": surface, "rule": "heading",
                    "evidence": f"“{surface}” is written only in a heading: an adjective of "
                                f"nationality and “{top(kept[key[1:]])}”"}
            continue
        stem, noun = key[:-1], key[-1]
        if stem not in owner or not kept[stem].is_name or noun in _DIFFERENT \
                or noun in lx.COMMON_VERBS or lx.zipf(noun) < 3.5 \
                or toks[span.end - 1].lower.endswith("s"):  # "What the Orm Canal Shows"
            continue
        for surface in form.heading_surfaces:
            out[owner[stem]][surface] = {
                "form": surface, "rule": "heading",
                "evidence": f"“{surface}” is written only in a heading: “{top(kept[stem])}” "
                            f"and the noun “{noun}”"}
    return out
