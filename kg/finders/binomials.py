"""Latin two-word names of living things: a genus and its species ("Varrella montica").

A capitalised genus and a lowercase epithet are one name, which the capitalised-run finder of
:mod:`kg.finders.candidates` cuts to the genus alone. A pair is taken as such a name when

- the genus is no common English word (Zipf frequency under 3) and the epithet is written in
  lowercase letters only, ends as a Latin adjective or noun ("-us", "-um", "-a", "-is", "-i",
  "-ae", "-ens", "-ans", "-ix"; not "-es", an English plural's: "Orvell symphonies") and is
  at least four letters long, and
- there is evidence that the epithet is no English word: it is unknown to the English word
  list (Zipf under 2.5), or, when it is not a common word (Zipf under 3.5: "the Varrell
  lens" is no species), the text abbreviates the genus before it elsewhere ("V. montica")
  or sets the pair in Markdown emphasis ("*Varrella coli*"). An unknown epithet with neither
  is taken only when the genus is written nowhere else without an epithet: a place or a
  surname before a rare loanword is no species ("the Tarrowby regatta … came to Tarrowby",
  "in Kesselmoor ricotta is made"; the small word list knows neither loanword).

The abbreviated form ("V. montica", an initial, a full stop and the epithet) is then an alias
of the full one when the initial is the genus's first letter and one genus so fits (rule
``alias``, through :func:`binomials`' definitions).

Round 13: on pcr_history the bacterium named in full and abbreviated was found only as its
genus; its two other binomials (both in emphasis) were cut the same way. Measured over the
20 development sets and the invented ones: those three names whole, the abbreviated form
joined; no other set gained or lost a node.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Span, Unit
from kg.finders.emphasis import MARKS
from kg.merging.alias_cues import Definition
from kg.words import lexicon as lx

__all__ = ["binomials"]

_ENDINGS = ("us", "um", "a", "is", "i", "ae", "ens", "ans", "ix")  # not "-es": "symphonies"


def _epithet(tok) -> bool:
    """A lowercase Latin-looking word of four letters or more."""
    text = tok.text
    return tok.is_word and len(text) >= 4 and text.isalpha() and text.islower() \
        and text.isascii() and text.endswith(_ENDINGS)


def _genus(tok) -> bool:
    """A capitalised word of three letters or more that is no common English word."""
    text = tok.text
    return tok.is_word and tok.is_cap and not tok.is_acronym and len(text) >= 3 \
        and text.isalpha() and text[1:].islower() and text.lower() not in lx.STOPWORDS \
        and lx.zipf(text.lower()) < 3.0


def _abbreviated(toks, i: int) -> bool:
    """True when ``toks[i:i + 3]`` is an initial, a full stop and an epithet ("V. montica")."""
    return i + 2 < len(toks) and len(toks[i].text) == 1 and toks[i].text.isupper() \
        and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end \
        and _epithet(toks[i + 2])


def _emphasised(toks, i: int) -> bool:
    """True when the pair at ``toks[i:i + 2]`` stands between emphasis marks."""
    return 0 < i and i + 2 < len(toks) and toks[i - 1].text in MARKS \
        and toks[i + 2].text in MARKS


def _written_alone(units: list[Unit]) -> set[str]:
    """Capitalised words written somewhere with no epithet after them."""
    out = set()
    for unit in units:
        toks = unit.tokens
        for i, tok in enumerate(toks):
            if tok.is_word and tok.is_cap and not (i + 1 < len(toks) and _epithet(toks[i + 1])):
                out.add(tok.text)
    return out


def binomials(units: list[Unit]) -> tuple[list[Span], list[Definition]]:
    """Finds genus–epithet names and their abbreviated forms.

    Args:
        units: the tokenised headings and sentences.

    Returns:
        ``name`` spans of the full names and of the abbreviated forms that fit one full
        name, and one ``alias`` definition (abbreviated → full) per abbreviated occurrence.
    """
    shortened: set[tuple[str, str]] = set()  # (initial, epithet) written abbreviated
    for unit in units:
        toks = unit.tokens
        for i in range(len(toks)):
            if _abbreviated(toks, i):
                shortened.add((toks[i].text, toks[i + 2].text))
    alone = _written_alone(units)
    full: list[Span] = []
    genera: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], Span] = {}
    for u, unit in enumerate(units):
        toks = unit.tokens
        for i in range(len(toks) - 1):
            genus, epithet = toks[i], toks[i + 1]
            if not (_genus(genus) and _epithet(epithet)):
                continue
            rare = lx.zipf(epithet.lower)
            cited = (genus.text[0], epithet.text) in shortened or _emphasised(toks, i)
            if rare >= 3.5 or rare >= 2.5 and not cited:
                continue  # "the Varrell lens" (emphasised or not) is no species
            if not cited and genus.text in alone:
                continue  # "the Tarrowby regatta … came to Tarrowby": a place's event
            span = Span(u, i, i + 2, "name")
            full.append(span)
            genera[(genus.text[0], epithet.text)].add(genus.text)
            if not unit.heading:
                first.setdefault((genus.text[0], epithet.text), span)
    shorts: list[Span] = []
    defs: list[Definition] = []
    for u, unit in enumerate(units):
        toks = unit.tokens
        for i in range(len(toks)):
            key = (toks[i].text, toks[i + 2].text) if _abbreviated(toks, i) else None
            if key is None or len(genera.get(key, ())) != 1 or key not in first:
                continue
            span = Span(u, i, i + 3, "name")
            shorts.append(span)
            if not unit.heading:
                defs.append(Definition(span, first[key], "alias"))
    return full + shorts, defs
