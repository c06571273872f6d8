"""A release and its product: "the project" after "Quillmap 2.1 appeared" is Quillmap.

A name followed by a dotted version number ("Quillmap 2.1", "Quillmap v3.0") names one
release of a product; a description of the whole ("the project", "the software") that
resolution gives that release stands for the product itself when the text named it, bare,
before ("Quillmap" earlier in the document): :func:`product_of`. A description of a part or
a release ("the release", "the version", "the edition") keeps the release, as does a pronoun.

Measured (round 10) over the 22 development sets and the invented articles: one reference
changed, right (an invented article's "the project" after a 1.0 release now the project);
nothing else moves, since no development set names a dotted release.

perf21 (speed only, same answers): the search for the release reads only the sentences that
write a version number after a token (:func:`_versioned`, indexed once).
"""

from __future__ import annotations

import re

from kg.references.phrases import Context, Phrase

__all__ = ["product_of"]

_VERSION = re.compile(r"v?\d+(\.\d+)+[a-z]?$", re.IGNORECASE)
# descriptions that may well mean the release itself
_RELEASE_NOUNS = frozenset({"release", "version", "edition", "update", "model"})


def product_of(u: int, g: int, phrase: Phrase, ctx: Context) -> int:
    """The product a release stands for, when a description of the whole took the release.

    Args:
        u: the unit (sentence) of the phrase.
        g: the group resolution chose.
        phrase: the reference phrase.
        ctx: what is known so far of the document.

    Returns:
        The group named by the release's first word alone earlier in the document (same
        type), else ``g``.
    """
    if phrase.noun is None or phrase.noun in _RELEASE_NOUNS or phrase.kind == "person" \
            or not ctx.units:
        return g
    word = None
    versioned = _versioned(ctx)
    for unit in [v for v in [u, *reversed(ctx.history)] if v in versioned]:
        tokens = ctx.units[unit].tokens
        for p, h in ctx.by_unit.get(unit, []):
            if h == g and p + 1 < len(tokens) and _VERSION.match(tokens[p + 1].text):
                word = tokens[p].text
                break
        if word is not None:
            break
    if word is None:
        return g
    for unit in reversed(ctx.history):
        tokens = ctx.units[unit].tokens
        for p, h in ctx.by_unit.get(unit, []):
            if h != g and ctx.types[h] == ctx.types[g] and tokens[p].text == word and not (
                    p + 1 < len(tokens) and _VERSION.match(tokens[p + 1].text)):
                return h
    return g


def _versioned(ctx: Context) -> frozenset[int]:
    """The units writing a version number after a token (where a release may be named).

    perf21: :func:`product_of` read every sentence of the document before the phrase per
    phrase (6 of the 56 s, profiled, of 1 MB of prose's entities); only these can give it a
    release, and the tokens do not change while the resolver reads."""
    key = "releases.versioned"
    if key not in ctx.memo:
        ctx.memo[key] = frozenset(u for u, unit in enumerate(ctx.units) if any(
            _VERSION.match(t.text) for t in unit.tokens[1:]))
    return ctx.memo[key]
