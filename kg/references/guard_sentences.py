"""Guard words read in the sentence they are about, not anywhere in the document
(:mod:`kg.references.business_nouns`, :mod:`kg.references.told_most`).

Review rev15e added two guards that read a word anywhere in the text: a maker of works
("painter", "composer") kept "the works" from a firm named "… Works", and a governing word
("directors", "trustees", "chaired") let "the board" go to the body told of most. Read so, one
"painter" in a firm's history ("its labels were drawn by a local painter") took every "the
works" from the firm, and one "trustees" in a chess academy's history gave "The board was
set up by the youngest pupil" to the academy. fix16: the word counts only in a sentence
that is about what the guard is for: a maker word beside a person's name ("Ada X was a painter",
:func:`maker_named`), a governing word beside the phrase's noun ("a board of directors",
"she chaired the board", or in the phrase's sentence or the one before, :func:`governed`).

fix16: measured (``--held-out --ours``, 32 development sets and 28 probes, every reference
dumped before and after): no reference moved, no figure moved; the rev15e tests still pass.
Rejected: the governing word beside the body's name or a reference to it (brackwater_transit
lost three right "the board"s, whose text tells of "a nine-member board, five members
appointed", and cooperative two); the governing word beside "board" only (a test's "Three
directors met monthly. The board was cautious." lost), hence also the nearby sentences.

Review rev16e: the word beside the noun was read anywhere in its sentence, so "Each pupil drew
a chair up to the board" gave a chess academy's game board to the academy (invented); it is
read at most three tokens from the noun now (:func:`_beside`). No reference of the 60 texts
moved (figures in the commit).
"""

from __future__ import annotations

from kg.references.phrases import Context

__all__ = ["governed", "maker_named"]


def _units_of_doc(doc, ctx: Context):
    """The units of the document ``doc`` that name or refer to something, with their finds."""
    for u, found in ctx.by_unit.items():
        if u < len(ctx.units) and ctx.units[u].doc == doc and not ctx.units[u].heading:
            yield u, found


def _has_word(u: int, words, ctx: Context) -> bool:
    """True when unit ``u`` writes one of ``words`` in lowercase."""
    return any(t.lower in words and t.text.islower() for t in ctx.units[u].tokens)


def _doc(ctx: Context):
    """The current document: that of the last sentence read, or of the heading."""
    u = ctx.recent[-1] if ctx.recent else ctx.heading
    return ctx.units[u].doc if u is not None and u < len(ctx.units) else None


def maker_named(words, ctx: Context) -> bool:
    """True when a sentence of the current document writes a maker word (``words``) and
    names a person: "Ada X was a painter born in 1890"."""
    doc = _doc(ctx)
    return any(_has_word(u, words, ctx) and any(ctx.types[g] == "person" for _p, g in found)
               for u, found in _units_of_doc(doc, ctx))


def _beside(u: int, noun: str, words, ctx: Context) -> bool:
    """True when unit ``u`` writes one of ``words`` in lowercase at most :data:`_SPAN`
    tokens from the lowercase ``noun`` (rev16e: "a chair up to the board" is furniture)."""
    toks = ctx.units[u].tokens
    at = [i for i, t in enumerate(toks) if t.lower == noun and t.text.islower()]
    return any(t.lower in words and t.text.islower() and abs(i - k) <= _SPAN
               for i, t in enumerate(toks) for k in at)


def governed(noun: str, words, ctx: Context) -> bool:
    """True when a sentence of the current document writes a governing word (``words``, or
    :data:`_SEATS` words) beside the phrase's noun, at most three tokens apart ("a board of
    directors", "a nine-seat board, five members named by …", "she chaired the
    board"), or when the phrase's
    sentence or the one before writes a governing word ("Three directors met monthly. The
    board was cautious.")."""
    doc = _doc(ctx)
    if any(_beside(u, noun, words | _SEATS, ctx) for u, _found in _units_of_doc(doc, ctx)):
        return True
    near = ctx.recent[-1:] + [ctx.recent[-1] + 1] if ctx.recent else []
    return any(u < len(ctx.units) and _has_word(u, words, ctx) for u in near)


# (fix16) who sit on a board, read only beside the noun: "a board, five members named …"
_SEATS = frozenset({"members", "chair", "seats"})
# (rev16e) how far from the noun such a word is read: "the chair of the board" (3), not "each
# pupil drew a chair up to the board" (4), a chess board's furniture
_SPAN = 3
