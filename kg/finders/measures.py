"""Dates and quantities in running text: years, month–year dates and centuries; amounts of
money, percentages and counted units (a finder of :data:`kg.finders.patterns.FINDERS`).

Two cuts in quantities: the second number of a range or ratio written as one word ("the
2014–15 term", "a 1:25 relief map") counts nothing, and a count whose noun is a
description head is dropped whole rather than cut to its modifier ("40 trainee engineers"
gave "40 trainee"). Measured: orchestra, bridges, cooperative −1 node each, nothing else.

A century in words or figures, lowercase ("the nineteenth century", "the 19th century") is a
date, as a year is, not a concept: round 9 of issue 3, river, vaccine, lighthouse −1 core
node, chronometer −2 (their "Nth century" terms become dates); dates said once become
nodes as years do (+1 to +4 nodes in all on 8 of the 27 sets); no gold entity, alias or
relation moved. "Fourth Century Fund", capitalised, stays a name.

A capitalised unit symbol after a number ("at 4.2 K", "a 3 GeV beam", "20 °C") is part of
the quantity, even after a year-like number ("1500 K"); :mod:`kg.finders.symbols` then
drops the symbol as a name (figures there).

Round 21: a rate's "a week", "per year" after an amount is part of the quantity ("3,700
fleeces a week", :func:`_rate_end`), the amount without it a form of the same group
(:func:`rate_free`, read by :mod:`kg.merging.quantities`). The blind tannery probe's gold
lists a rate so (recall .78 → .83 there); over the other 52 sets 17 quantities in 14 now
hold their rate ("… a year", "… an hour"), with no node more or less and no figure moved
(no gold quantity there is written with a rate). Review rev14a: not before "later",
"after", "ago" … ("85 men a year later" had taken "a year"); no figure or node moved.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Stats, Unit
from kg.finders.terms import DESCRIPTION_HEADS, head_ok, is_term_word
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["dates_and_quantities", "rate_free"]

_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)s?")
_DAY = re.compile(r"\d{1,2}(st|nd|rd|th)?")
# ordinals that number a century, in words or figures ("nineteenth", "twenty-first", "19th")
_CENTURY = re.compile(r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                      r"eighteenth|nineteenth|twentieth|twenty-first|twenty-second|"
                      r"\d{1,2}(st|nd|rd|th))")
_VERSION = re.compile(r"\d+(?:\.\d+)+")  # "5.0", "2.1.3"
_SCALE = lx._words("thousand million billion trillion bn mn k m")
_PERCENT = lx._words("percent per-cent percentage %")
_AFTER_MEASURE = lx._words("ago later earlier apart old long wide high deep tall thick away")
# unit symbols written with a capital, case-sensitive: after a number each is part of the
# quantity ("at 4.2 K", "a 3 GeV beam"), not a one-letter name. The lowercase ones ("km",
# "kg") are counted nouns already.
_UNIT_SYMBOLS = frozenset("K W kW MW GW TW V kV MV mV Hz kHz MHz GHz THz Pa kPa MPa GPa "
                          "J kJ MJ eV keV MeV GeV TeV kWh MWh GWh TWh dB mA Mpc kpc AU".split())


# (round 21) "a week", "per year" after an amount make it a rate: "3,700 fleeces a week"
_PER = lx._words("a an per")
_PERIODS = lx._words("second minute hour day night week month year decade annum season")
# (review rev14a) words after "a year" that make it a span of time, no rate: "85 men a year
# later", "a decade after that", "a second time"
_NOT_RATE = lx._words("later earlier after afterwards before ago on into since running time")


def rate_free(words: list[str]) -> list[str]:
    """The lowercase words of a quantity without a rate's "a week", "per year" at its end."""
    return words[:-2] if len(words) > 2 and words[-2] in _PER and words[-1] in _PERIODS \
        else words


def _rate_end(toks: list[Token], e: int) -> int | None:
    """Where a rate's "a week", "per year" written right after an amount ending at ``e``
    ends, else None; not "a year later" ("85 men a year later": review rev14a, no figure of
    the 54 sets moved)."""
    if e + 1 < len(toks) and toks[e].lower in _PER and toks[e + 1].lower in _PERIODS \
            and toks[e + 1].text.islower() \
            and not (e + 2 < len(toks) and toks[e + 2].lower in _NOT_RATE):
        return e + 2
    return None


def _plural(low: str) -> bool:
    """True for a plural noun ("pieces"), which ends what a number counts."""
    return singular(low) != low


def _unit_symbol(toks: list[Token], i: int) -> bool:
    """True when token ``i``, right after a number, is a unit symbol ("K", "GeV", "° C")."""
    if toks[i].text == "°":
        return i + 1 < len(toks) and toks[i + 1].text in ("C", "F") \
            and toks[i + 1].start == toks[i].end
    return toks[i].text in _UNIT_SYMBOLS and toks[i].start > toks[i - 1].end


def _second_of_pair(toks: list[Token], i: int) -> bool:
    """True for the second number of a range or ratio written as one word ("the 2014–15
    term", "a 1:25 relief map"): no amount of its own."""
    return i >= 2 and toks[i - 1].text in ("–", "-", ":", "/") and toks[i - 2].is_number \
        and toks[i - 1].start == toks[i - 2].end and toks[i].start == toks[i - 1].end


def dates_and_quantities(unit_index: int, unit: Unit, stats: Stats) -> list[Span]:
    """Years and month–year dates; amounts of money, percentages and counted units."""
    toks, out, i = unit.tokens, [], 0
    while i < len(toks):
        tok = toks[i]
        if _CENTURY.fullmatch(tok.text) and i + 1 < len(toks) \
                and toks[i + 1].text in ("century", "centuries"):
            out.append(Span(unit_index, i, i + 2, "date"))  # "the nineteenth century"
            i += 2
            continue
        if tok.is_number and i + 1 < len(toks) and _unit_symbol(toks, i + 1):
            e = i + 3 if toks[i + 1].text == "°" else i + 2
            out.append(Span(unit_index, i, e, "quantity"))  # "4.2 K", "1500 K", "20 °C"
            i = e
            continue
        if _YEAR.fullmatch(tok.text):
            s = i
            if i >= 1 and toks[i - 1].lower in lx.MONTHS | lx.SEASONS:
                s = i - 1
                if i >= 2 and _DAY.fullmatch(toks[i - 2].text):
                    s = i - 2
            elif i >= 3 and toks[i - 1].text == "," and _DAY.fullmatch(toks[i - 2].text) \
                    and toks[i - 3].lower in lx.MONTHS:
                s = i - 3
            out.append(Span(unit_index, s, i + 1, "date"))
            i += 1
            continue
        if not tok.is_number or i and toks[i - 1].is_cap and _VERSION.fullmatch(tok.text) \
                or _second_of_pair(toks, i):
            i += 1  # "Perl 5.0 shipped …": a version of a name, not an amount
            continue
        e = i + 1
        if e < len(toks) and toks[e].lower in _SCALE:
            e += 1
        if tok.text.endswith("%") or tok.text[0] in "$€£¥":
            pass
        elif e < len(toks) and toks[e].lower in _PERCENT:
            e += 1
        else:
            k = e
            while k < len(toks) and k - e < 2 and is_term_word(toks, k, stats) \
                    and toks[k].text[0].islower() and toks[k].lower not in _AFTER_MEASURE \
                    and not (k > e and (toks[k].lower.endswith("ing") and len(toks[k].lower) > 5
                                        or _plural(toks[k - 1].lower))):
                k += 1  # "240 rivets", not "240 rivets using", "36 panels behave" or
                # "9 million passengers flew"
            while k > e and not head_ok(toks[k - 1]):
                if singular(toks[k - 1].lower) in DESCRIPTION_HEADS:
                    k = e  # "40 trainee engineers": no "40 trainee"
                    break
                k -= 1
            if k == e:
                i += 1
                continue
            e = k
        rate = _rate_end(toks, e)
        for end in (e, rate) if rate else (e,):  # "4,200 hides" and "3,700 fleeces a week"
            out.append(Span(unit_index, i, end, "quantity"))
            if i > 0 and toks[i - 1].lower in lx.APPROXIMATORS:
                out.append(Span(unit_index, i - 1, end, "quantity"))  # "roughly $4 million"
        i = e
    return out
