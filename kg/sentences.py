"""Cuts a paragraph or list item into sentences (:func:`_sentences`, used by
:func:`kg.splitter.split_document`), with exact spans into the document's text.

A small rule set in the spirit of pysbd: a terminator followed by white space and something
that can start a sentence, unless the word before it is a known abbreviation or an initial.

An initial followed by "A." ("C. A. Tallis") ends no sentence: the "A." is a second initial,
not the article opening one. Measured over the 28 development sets and 24 probes: one
sentence changed (superconductivity_factual, where a person was cut in two and the half
typed other); no entity figure moved.

An abbreviated given name, a capitalised word of three letters or more that begins a listed
given name and is no word of its own ("Theod. Varnock AG" for "Theodore", "Geo. Tallis"),
ends a sentence only before a common opener, as an initial does (:func:`kg.words.given_names.short_given`,
probe17: the harmonica probe's firm, so written, was cut in two, a junk node of the
abbreviation and the firm's name lost). Review (rev17d): only where no capitalised word stands
before it, as a given name opens a name: "passed to Tom Lind. Kelby bought …" ("Lind" begins
"Linda") and "the parish of St. Wilfr. Quendrow succeeded …" end their sentences (they were one
sentence, and one person "Tom Lind. Kelby"); no figure of the 66 texts moved.

rel19: a dotted abbreviation or a firm's ("D.C.", "U.S.", "Inc.", "Ltd.") ends a sentence
before a listed given name and a capitalised word (:func:`_person_opens`): "… came from
Orvale, D.C. Henry Tarvelle had …" had made one name "D.C. Henry Tarvelle" (typed other), and
his "he" went to the man of the paragraph before. Measured: one sentence cut on a fresh
recording history (a wrong "he" gone, relations at the evidence .60 → .70 there with
:mod:`kg.references.role_subjects`); no sentence of the 72 texts of ``--held-out`` changed.
Review rev19b: it cut "The U.S. Mary Rose Foundation gave …" after "U.S." and "letters from
Sr. Mary Vornay" after "Sr." (a title, "Sister"): a run ending in a body's, a place's or an
award's head (:data:`_NAME_HEADS`) opens no sentence, nor does "Sr." after a lowercase word
(:data:`_TITLE_FINALS`; "… Vornay Sr. Henry …" still ends one). Lost with it: "… Washington,
D.C. Henry Street was …" is one sentence again, as before rel19. No sentence of the 74 texts of
``--held-out`` changed. Left (older): "Messrs." ends a sentence before a name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.words.given_names import GIVEN_NAMES, short_given
from kg.words.kind_nouns import (
    AWARD_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    STRUCTURE_HEADS,
    VENUE_HEADS,
)

_BOUNDARY = re.compile(r"([.!?…‼⁇]+)([\"'”’»)\]]*)(\s+)|([。！？]+[」』”’)）]*)")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[*_]*([^\W\d_]+)")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")

# Abbreviations (lowercase, without the final period). Titles precede a name, so never end
# a sentence; "numeric" ones do not end one before a number; "final" ones (and single
# capital initials, as in "Ada K. Lind") end one only when a common sentence opener follows.
_NEVER = frozenset(
    "mr mrs ms mx dr prof st mt gen col lt sgt capt cmdr adm rev hon sen rep gov pres fr "
    "e.g i.e cf vs viz approx ca incl esp resp dept univ assn bros".split()
)
_NUMERIC = frozenset(
    "no nos fig figs vol vols ch chap p pp eq eqs sec art op ed para "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_FINAL = frozenset("etc inc ltd co corp llc plc jr sr al".split())
# (rev19b) final abbreviations that are a title before a name written after no capitalised
# word ("Sister"): "letters from Sr. Mary Vornay" is one sentence, "… Vornay Sr. Henry …" two
_TITLE_FINALS = frozenset({"sr"})
_OPENERS = frozenset(
    "the this that these those it its he she they we i you there here in on at for but and or "
    "however a an as if when while after before our their his her my what why how so then also "
    "many most some such one both each all yet still thus today since although though because "
    "with by from to its not no who which".split()
)
_SENTENCE_START = "\"'“‘«([¿¡$€£*_"
# Marks that may open a word: quotes, brackets and Markdown emphasis (``**J. Smith**``), peeled
# off before the word is looked up as an abbreviation or an initial.
_WORD_OPENERS = "\"'“‘«‹([{*_~¿¡"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cuts ``text[start:end]`` at sentence boundaries; returns stripped, non-empty spans."""
    cuts = [start]
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group(4):
            cuts.append(m.end())
        elif m.end() < end and _is_boundary(text, m, end):
            cuts.append(m.start(3))
    cuts.append(end)
    spans = []
    for a, b in pairwise(cuts):
        a, b = _strip(text, a, b)
        if any(c.isalnum() for c in text[a:b]):
            spans.append((a, b))
    return spans


def _word_before(text: str, at: int) -> str:
    """The whitespace-delimited word before ``at`` (opening marks stripped), else ""."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_WORD_OPENERS)


def _is_boundary(text: str, m: re.Match, end: int) -> bool:
    """Decides whether the terminator matched by ``m`` ends a sentence."""
    nxt = text[m.end()]
    if not (nxt.isdigit() or nxt in _SENTENCE_START or (nxt.isalpha() and not nxt.islower())):
        return False
    if m.group(1) != "." or m.group(2):
        return True
    token_start = m.start()
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    token = text[token_start:m.start()].lstrip(_WORD_OPENERS)
    low = token.lower()
    if low in _NEVER or (low in _NUMERIC and nxt.isdigit()) or token == "v" and nxt.isupper() \
            and _word_before(text, token_start)[:1].isupper():
        return False  # "Harbour Board v. Tasker Ltd": a case's "v." ends nothing
    initial = len(token) == 1 and token.isalpha() and token.isupper()
    if initial or low in _FINAL or _DOTTED.fullmatch(low) or short_given(token) \
            and not _word_before(text, token_start)[:1].isupper():
        word = _NEXT_WORD.match(text, m.end(), min(end, m.end() + 40))
        if initial and word and len(word.group(1)) == 1 and text[word.end():word.end() + 1] == ".":
            return False  # "C. A. Tallis": "A." is a second initial, not an opening article
        return bool(word) and (word.group(1).lower() in _OPENERS
                               or not initial and _person_opens(text, word, end)
                               and not (low in _TITLE_FINALS
                                        and not _word_before(text, token_start)[:1].isupper()))
    return True


_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")
# (rev19b) last words of a body's, a place's or an award's name, which a name opening with a
# given name may have: "the U.S. Mary Rose Foundation", "Orvale, D.C. Henry Street"
_NAME_HEADS = ORG_HEADS | PLACE_HEADS | STRUCTURE_HEADS | VENUE_HEADS | AWARD_HEADS


def _person_opens(text: str, word: re.Match, end: int) -> bool:
    """(rel19) True when the word after a dotted or firm's abbreviation ("D.C.", "Inc.") is a
    listed given name and a capitalised word follows it: a person's name opening the next
    sentence ("… in Orvale, D.C. Henry Tarvelle had won …"), which no place or firm goes on
    with; not "the U.S. Navy", nor (rev19b) a run ending in a body's or a place's head, "the
    U.S. Mary Rose Foundation gave …"."""
    run = _NAME_AFTER.match(text, word.end(), end)
    return word.group(1).lower() in GIVEN_NAMES and word.group(1)[:1].isupper() \
        and bool(run) and run.group().split()[-1].lower() not in _NAME_HEADS
