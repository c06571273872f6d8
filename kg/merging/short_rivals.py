"""Which of several longer names a short name begins it may stand for, for the ``short-form``
rule of :mod:`kg.merging.short_forms` (moved out of it by alias21, which had grown past 300
lines): a model of a series the short name names is no rival ("Orvel Instruments", not
"Orvel K-40"; round 14), a name of two words or more numbered with "No." is the thing itself
(round 16), and (alias21) a street is no rival: a street is not called by its first word
alone, so beside "Pelmor Street" and "Pelmor Motor Company" the bare "Pelmor" is the firm's.

alias21, measured (``benchmarks/entities.py --held-out --ours``, 42 development sets and 40
probes; every entity, type and alias of the 83 texts dumped before and after): bicycle probe
alias unity .60 → .65, one node fewer (a firm's short name had stayed a node of its own,
typed other, beside the street of that name); no other entity or alias of any text moved
(streets are named on 13 texts). A town written as a place ("in Pelmor") still shortens
nothing (the ``placed`` test comes after). Without the business test, "the Carrick firm"
beside "Carrick Road" and "Carrick Hospital" joined the hospital (tests/test_entities_alias13_review.py).
"""

from __future__ import annotations

from kg.merging.firm_names import BUSINESS_HEADS
from kg.merging.shortenings import head_of
from kg.words import lexicon as lx

__all__ = ["numbered", "numero", "without_models", "without_streets"]

_STREET_HEADS = lx._words("street avenue road lane alley boulevard")


def numbered(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when ``long`` is ``short`` and a number or model code, one of a series that
    ``short`` names the maker or family of ("Orvel Model 7", "Tollan 7", "Orvel K-40")."""
    return any(c.isdigit() for c in long[-1]) or len(long) == len(short) + 1 and len(long[-1]) == 1


def numero(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when ``long`` is a name of two words or more and "No." and a number ("Grey
    Pike" of "Grey Pike No. 4"): the thing itself, numbered as its maker numbers it, which
    the text shortens to its name; a one-word name may be the maker's ("Orvel")."""
    return len(short) >= 2 and len(long) == len(short) + 2 and long[len(short)] == "no"


def without_models(short: tuple[str, ...], longer: dict) -> dict:
    """Of several longer names ``short`` begins, those that are no model of a series it
    names ("Orvel Instruments", not "Orvel K-40", which the firm made)."""
    named = {g: f for g, f in longer.items() if not numbered(short, f.key)}
    return named or longer


def without_streets(longer: dict) -> dict:
    """Of several longer names a short name begins, those that are no street's ("Pelmor
    Street"): a street is not called by its first word alone, so beside "Pelmor Motor
    Company" the bare "Pelmor" that "became a household name" is the firm (alias21). Only
    when every other name is a business's (:data:`kg.merging.firm_names.BUSINESS_HEADS`): the
    town "Pelmor" of "Pelmor Road" and "Pelmor Hospital" shortens neither."""
    named = {g: f for g, f in longer.items() if f.key[-1] not in _STREET_HEADS}
    if named and all(head_of(f.key) in BUSINESS_HEADS for f in named.values()):
        return named
    return longer
