"""A name followed by a release's version number: "Varnish 2.1" is one name, a product
(:func:`kg.kinds.form_types.editions` types it), unless the decimal is an amount or a score.

:func:`kg.finders.name_ends.extend` takes a version into the name before it when
:func:`release_number` says so. Round 18 (a blind probe on a software article) added the
rule; its review (invented texts of other genres) kept it from: a decimal before a unit
("Kessolin 2.5 mg", "Telvane 1.5 litre"), after a person's name ("Ivo Quendrow 9.8"), and in a
list of results beside several names ("Quesswick Party 34.5 and Dorrow Alliance 30.1");
"Section 4.2" and "Psalm 23.1" are typed by :data:`kg.words.kind_nouns.NUMBERED_PARTS`, no
products. None of these moved a figure of the 22 development sets.
"""

from __future__ import annotations

import re

from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.tokens import Token

__all__ = ["VERSION", "release_number"]

# a release's version after a name ("Varnish 2.1"), the form kg.finders.measures leaves to
# the name (a three-part "3.0.4" is no one token: kg.words.tokens reads "3.0" and "4");
# words after it that make it an amount instead: units, singular, since a plural word
# already ends the name (review of round 18: "Kessolin 2.5 mg" was a release)
VERSION = re.compile(r"\d{1,3}\.\d{1,3}")
_NOT_AFTER_VERSION = lx._words("""per percent cent km kg m cm mm g t ha lower higher
mg ml mcg µg mmol l litre liter lb oz ft mi mph kw mw gw kwh hz khz mhz ghz db kb mb gb tb
bn mn metre meter tonne ton acre hectare mile inch foot pound ounce gram kilo volt watt""")


# how far either side of a decimal a list of results is looked for
_LIST_REACH = 24


def release_number(toks: list[Token], s: int, e: int) -> bool:
    """True when the decimal at ``e`` reads as a release of the name ``s:e`` ("Varnish 2.1"),
    not a score or a share beside it (review of round 18): not after a person's name ("Ivo
    Quendrow 9.8"), and not where decimals follow two different names within
    :data:`_LIST_REACH` tokens ("Ivo Quendrow 9.8, Ada Lind 9.6"; "Quesswick Party 34.5 and
    Dorrow Alliance 30.1"), a table of results written as prose; one name's releases may
    be listed ("Varnish 2.1 and Varnish 3.0")."""
    if not VERSION.fullmatch(toks[e].text):
        return False
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    if nxt is not None and nxt.lower in _NOT_AFTER_VERSION:
        return False
    if e - s >= 2 and (toks[s].lower in GIVEN_NAMES or toks[s].lower in lx.HONORIFICS):
        return False
    near = range(max(1, e - _LIST_REACH), min(len(toks), e + _LIST_REACH + 1))  # a list is
    # local, and a window keeps a long run of releases linear
    before = {toks[i - 1].lower for i in near if VERSION.fullmatch(toks[i].text)
              and toks[i - 1].is_word and toks[i - 1].is_cap}
    return len(before) < 2
