"""The head of a document's topic used alone: "the dredger" in an article titled "The
Steam Dredger and the Silting Problem".

When the title names a class of things in title case (a kept name or term of the title that
the text also uses, every word of which the text also writes in lowercase: "Steam
Dredger", not "Ornwell Valley Savings Bank", whose "Ornwell" never is), no
connector inside it, and the text uses the name's head
noun alone in lowercase in at least :data:`MIN_SENTENCES` sentences, that head is a name of
the topic: it joins the topic's group (rule ``title-head``) and the gazetteer finds it, so
those sentences mention the topic. Not when another kept form ends in the same head (the
head would be ambiguous). The head names the topic only in the title's own document: in
another document of the same build "the dredger" may be any dredger, so the gazetteer
matches the head there not at all (the title's full name, written out, still joins).

Measured (round 9 of issue 3) over the 16 development and 11 invented sets: chronometer
alias unity 0.90 → 0.95 (its topic's two-word name and the head noun the text uses for
it; relations joined 0.4 → 0.5 at the evidence, 0.7 → 0.8 anywhere); it applies
on no other set (their titles are proper names, single words or names with "of"). The
topic's label stays the title's name (:func:`kg.merging.title_names.titled`).
"""

from __future__ import annotations

import logging
from collections import Counter

from kg.finders.candidates import Unit
from kg.merging.forms import Form, Group, top
from kg.words import lexicon as lx
from kg.words.tokens import key_of

log = logging.getLogger(__name__)

__all__ = ["MIN_SENTENCES", "title_forms", "topic_heads"]

MIN_SENTENCES = 3
"""How many sentences must use the head alone."""


def _head_uses(units: list[Unit], head: str, doc: str) -> tuple[Counter, set[int]]:
    """The lowercase spellings of ``head`` used alone in the running text of document
    ``doc``, and their units."""
    surfaces: Counter = Counter()
    found = set()
    for u, unit in enumerate(units):
        if unit.heading or unit.doc != doc:
            continue
        for t in unit.tokens:
            if t.is_word and t.text.islower() and key_of([t]) == (head,):
                surfaces[t.text] += 1
                found.add(u)
    return surfaces, found


def _lowercase(units: list[Unit], doc: str) -> set[str]:
    """The words document ``doc`` writes in lowercase in running text."""
    return {t.lower for unit in units if unit.doc == doc and not unit.heading
            for t in unit.tokens if t.is_word and t.text[0].islower()}


def title_forms(units: list[Unit], kept: dict[tuple, Form]) -> set[tuple[str, tuple]]:
    """The kept forms, names or terms, in a document's title (its first heading) that its
    text also uses, as (document id, key) pairs."""
    titles = {u: unit.doc for u, unit in enumerate(units)
              if unit.heading and (u == 0 or units[u - 1].doc != unit.doc)}
    return {(titles[t], k) for k, f in kept.items() for t in f.headings & titles.keys()
            if any(units[u].doc == titles[t] for u in f.units)}


def topic_heads(units: list[Unit], kept: dict[tuple, Form], groups: list[Group],
                topics: set[tuple[str, tuple]]) -> dict[tuple, str]:
    """Joins the head of a title's class name to that name's group (see the module docstring).

    Only the title's own document counts: its lowercase words and its uses of the head (a
    "dredger" in another document of the build says nothing of this title).

    Args:
        units: the tokenised headings and sentences.
        kept: the kept forms by key (a form for the head is added).
        groups: the entity groups (the topic's group gains the head's key).
        topics: (document id, key) of the forms in a document's title that its text uses
            (:func:`title_forms`).

    Returns:
        The keys of the heads joined, each with the id of the one document it names the
        topic in (for :meth:`kg.finders.gazetteer.Gazetteer.add`).
    """
    scoped: dict[tuple, str] = {}
    owner = {k: g for g, group in enumerate(groups) for k in group.keys}
    heads = Counter(k[-1] for k, f in kept.items()
                    if not f.kinds.keys() & {"quantity", "date"})  # "22 dredgers" is a count
    for doc, key in sorted(topics):
        if len(key) < 2 or key not in owner or set(key) & (lx.NAME_CONNECTORS | {"and"}) \
                or heads[key[-1]] > 1 or (key[-1],) in kept or key[-1] in lx.STOPWORDS \
                or not set(key) <= _lowercase(units, doc):
            continue
        surfaces, found = _head_uses(units, key[-1], doc)
        if len(found) < MIN_SENTENCES:
            continue
        head = (key[-1],)
        kept[head] = Form(head, surfaces=surfaces, kinds=Counter({"term": len(found)}),
                          units=found)
        group = groups[owner[key]]
        group.keys.append(head)
        scoped[head] = doc
        group.merges[head] = {"form": max(surfaces, key=surfaces.get), "rule": "title-head",
                              "evidence": f"the title names “{top(kept[key])}”, and the text "
                                          f"calls it “{key[-1]}” in {len(found)} sentences"}
        log.debug("title head %s → %s", key[-1], top(kept[key]))
    return scoped
