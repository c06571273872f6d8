"""Symbols that are no names: a unit symbol and the pieces of a chemical formula.

A capitalised symbol of one or two letters is read by the name finder as a name: the
kelvin sign after a temperature ("at 4.2 K") and the element symbols of a formula written
with dashes ("the Pb–Sr–Fe–O system"). :func:`kg.finders.measures.dates_and_quantities`
makes a number and the unit symbol after it one quantity ("4.2 K"); :func:`drop_symbols`
then drops a one-word form every occurrence of which is

- inside a quantity, or the same symbol in parentheses right after a quantity
  ("4.2 kelvin (K)": the unit's symbol, defined by the quantity, not a thing of its own);
- a formula piece: one or two letters (``X`` or ``Xx``) glued without spaces by a dash or
  minus sign to another such symbol.

A symbol defined as a name's acronym ("Harbour Board (HB)") or written alone elsewhere is
kept, and so are letter-digit designations ("H4", "M4", "L2"): no rule here reads them.

Measured (``benchmarks/entities.py --held-out --ours``, 28 sets and 24 probes): the only
one- or two-letter core nodes before were AI, C3, L2, C, H1, H3, H4, H5, K1, M4 (all
right, most gold) and four junk symbols on superconductivity_factual (the kelvin sign with
13 mentions, two element symbols of a formula, one critical-temperature symbol). These
rules drop the kelvin sign and the two element symbols; nothing else moved (figures in
the commit). Not done: a symbol such as "Tc" used once as a modifier between lowercase
words ("high Tc films"): the same shape as a short surname ("experiments by Wu showed"),
so no rule of shape alone can tell them apart.
"""

from __future__ import annotations

import re

from kg.finders.units import Span, Unit, span_key
from kg.merging.forms import Form

__all__ = ["drop_symbols"]

_SYMBOL = re.compile(r"[A-Z][a-z]?")
_DASHES = frozenset("-–−")


def _formula_piece(toks, i: int) -> bool:
    """True when token ``i`` is a symbol glued by a dash to another symbol ("Fe" in
    "Pb–Sr–Fe–O")."""
    if not _SYMBOL.fullmatch(toks[i].text):
        return False
    before = i >= 2 and toks[i - 1].text in _DASHES and toks[i - 1].end == toks[i].start \
        and toks[i - 2].end == toks[i - 1].start and _SYMBOL.fullmatch(toks[i - 2].text)
    after = i + 2 < len(toks) and toks[i + 1].text in _DASHES \
        and toks[i].end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start \
        and _SYMBOL.fullmatch(toks[i + 2].text)
    return bool(before or after)


def drop_symbols(kept: dict[tuple, Form], units: list[Unit], spans: list[Span]) -> None:
    """Drops from ``kept`` the one-word forms that are only unit symbols or formula pieces.

    Args:
        kept: the kept forms by key (changed in place).
        units: the tokenised headings and sentences.
        spans: every candidate span.
    """
    quantities: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        if span.kind == "quantity":
            quantities.setdefault(span.unit, []).append((span.start, span.end))
    symbol_of_quantity: dict[tuple, bool] = {}
    for span in spans:
        if span.end - span.start != 1 or span.kind in ("quantity", "date"):
            continue
        key = span_key(units, span)
        if key not in kept:
            continue
        toks, i = units[span.unit].tokens, span.start
        inside = any(s <= i < e for s, e in quantities.get(span.unit, ()))
        # "4.2 kelvin (K)": a symbol in parentheses right after a quantity
        defined = i >= 1 and toks[i - 1].text == "(" and i + 1 < len(toks) \
            and toks[i + 1].text == ")" and any(e == i - 1 for _, e in quantities.get(span.unit, ()))
        piece = inside or defined or _formula_piece(toks, i)
        symbol_of_quantity[key] = symbol_of_quantity.get(key, True) and piece
    for key, only_symbol in symbol_of_quantity.items():
        if only_symbol and len(key) == 1 and _SYMBOL.fullmatch(kept[key].surfaces.most_common(1)[0][0]
                                                              if kept[key].surfaces else ""):
            del kept[key]
