"""Names the text uses as a place and never as a body, for :mod:`kg.merging.short_forms`: a
place's name is no short form of the organisation whose name it begins.

A firm or a body is often named after its town or state ("Pelmor Instruments"), and the
text then writes the town alone as a place. :func:`kg.merging.title_names.placed_names`
reads the strongest place uses ("in X", "the town of X", "X was a market town"), which no
organisation's name is shortened after; :func:`located_names` reads the weaker ones, which a
firm's short name may take as well, and keeps only the names the text never uses for a body:

- a place use: a place cue of :func:`kg.kinds.place_cues.place_cue` ("a clerk from X",
  "returned to X", "in northern X"); the name before "to" after a lowercase adverb of
  direction ("moved its works inland to X"); the name as a modifier of a lowercase noun of
  a body after an indefinite article or in the plural ("a small X company", "two X
  firms": one of the bodies of X, none of them X), or before a noun of a state's
  government ("the X government", "the X legislature");
- a use for a body, which keeps the short form: the name as the subject of a verb of an
  actor or a firm ("X announced", "X shipped its first radio", "X had built"), its
  possessive or the name itself before a noun of its staff ("X's engineers", "X
  scientists"), or a cue of a maker, seller or workplace
  (:func:`kg.kinds.trade_cues.trade_cue`: "sold by X", "colleagues at X"), or a post in it
  a few words on ("returned to X in 1961 as its director").

Round 22 (final12 diagnosis: a state's name, used only in "a small X company", had joined
the firm named "X Instruments"; final11's diagnosis: a town, "inland to X", the bottle
company named after it). Measured: every ``short-form`` join of the 30 development sets and
the 26 probes dumped before and after: four joins undone, all wrong before (transistor's
state and glassworks' town from the firms named after them; seedtrust's and
water_dispute's valleys, "the X valley", from the trust and the weir named after them);
no other join of any rule moved. ``benchmarks/entities.py --held-out --ours``: no figure
moved on any set, one node more on each of those four. Without the body uses the guard
also unjoined water_dispute's right short name of an investment firm (a place cue in a
quotation; "X bought", "X lodged" keep it). Left alone: the place node is typed ``other``
when its one use carries no typing cue; "X workers" reads as the body's staff, though it may
be the town's ("X workers marched to the town hall" keeps the town joined, as before). Review
rev14g: "she returned to X in 1961 as its director" had split the firm's short name from it
(the place cue "returned to"); the post after "as its" keeps it (no dev figure moved); "at X" is no cue here (a lab or a firm as often:
"a physicist at X", every use of two right short forms of the dev sets).
"""

from __future__ import annotations

from kg.finders.candidates import Span, Unit, span_key
from kg.kinds.place_cues import place_cue
from kg.kinds.trade_cues import trade_cue
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["located_names"]

# lowercase nouns of a body that a place's name modifies ("a small X company")
_BODY_NOUNS = lx._words("""
company companies firm firms business businesses corporation corporations manufacturer
manufacturers maker makers bank banks utility utilities railroad railway railways newspaper
newspapers
""")
# nouns of a state's or a town's government, after "the" and the name ("the X government")
_GOVERNMENT_NOUNS = lx._words("government legislature authorities administration governor")
# adverbs of direction before "to" and a place ("inland to X", "north to X")
_DIRECTIONS = lx._words("""
inland overseas abroad upriver downriver upstream downstream upcountry north south east west
northward southward eastward westward northwards southwards eastwards westwards
""")
# verbs of a firm or a body with the name as their subject, beside the actor verbs
_FIRM_VERBS = lx.ACTOR_VERBS | lx._words("""
shipped sold bought built made manufactured produced supplied opened closed employed merged
managed licensed filed lodged settled paid developed introduced designed marketed agreed
signed sued won exported imported ships sells makes builds employs
""")
_REACH = 4  # words between the name and "as its" ("X in 1961 as its director")
_AUX = lx._words("has have had also then later soon quickly itself")
# nouns of a body's staff, after its name or possessive ("X's engineers", "X scientists")
_STAFF = lx._words("""
engineer engineers scientist scientists chemist chemists staff employee employees worker
workers researcher researchers technician technicians director directors board
""")


def _skip_adjectives(toks: list[Token], k: int) -> int:
    """The index of the first token before ``k`` that is no lowercase adjective-like word."""
    while k >= 0 and toks[k].text.islower() and toks[k].is_word \
            and toks[k].lower not in lx.DETERMINERS and toks[k].lower not in lx.STOPWORDS:
        k -= 1
    return k


def _place_use(toks: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is used as a place by a weaker cue (module
    docstring)."""
    if place_cue(toks, start, end) > 0:
        return True
    if start >= 2 and toks[start - 1].lower == "to" and toks[start - 2].lower in _DIRECTIONS:
        return True  # "moved its works inland to X"
    if end >= len(toks) or not toks[end].text.islower():
        return False
    noun = toks[end].lower
    if noun in _GOVERNMENT_NOUNS and start >= 1 and toks[start - 1].lower == "the":
        return True  # "the X government"
    if noun not in _BODY_NOUNS:
        return False
    if singular(noun) != noun:
        return True  # "two X firms", "X companies"
    k = _skip_adjectives(toks, start - 1)
    return k >= 0 and toks[k].lower in ("a", "an")  # "a small X company"


def _body_use(toks: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is used for a body (module docstring)."""
    if trade_cue(toks, start):
        return True
    k = end
    if k < len(toks) and toks[k].lower in _STAFF:
        return True  # "X's engineers", "X scientists"
    if _as_its_staff(toks, end):
        return True  # "returned to X in 1961 as its director"
    if toks[end - 1].possessive:
        return False  # "X's oil fields": whose, not who
    while k < len(toks) and toks[k].lower in _AUX:
        k += 1
    return k < len(toks) and toks[k].lower in _FIRM_VERBS  # "X shipped", "X had built"


def _as_its_staff(toks: list[Token], end: int) -> bool:
    """True for "X in 1961 as its director": within a few words after the name (no mark),
    "as its" or "as their" and a noun of :data:`_STAFF`, a post in the body the name is."""
    for k in range(end, min(end + _REACH, len(toks) - 2)):
        if not toks[k].is_word:
            return False
        if toks[k].lower == "as" and toks[k + 1].lower in ("its", "their"):
            return toks[k + 2].lower in _STAFF
    return False


def located_names(units: list[Unit], spans: list[Span]) -> set[tuple]:
    """Keys of the names used as places by a weaker cue and never for a body.

    Args:
        units: the tokenised headings and sentences.
        spans: the candidate spans.

    Returns:
        The keys of :mod:`kg.merging.short_forms` reads as no short form of a body.
    """
    placed, bodies = set(), set()
    for s in spans:
        if s.kind != "name" or units[s.unit].heading or not s.end:
            continue
        toks = units[s.unit].tokens
        key = span_key(units, s)
        if _body_use(toks, s.start, s.end):
            bodies.add(key)
        elif _place_use(toks, s.start, s.end):
            placed.add(key)
    return placed - bodies
