"""A name a maker launched, introduced or released is a product: "that spring the maker launched
the X Rain Cape", "the firm then introduced the Y", "its engineers released the Z code".

Read by :func:`kg.kinds.type_cues.context_cues` (worth 3, as a head noun is) for a name not
shaped like a person's. diag17b (final17 diagnosis): capitalised products named only as the
object of such a verb stayed ``other``; the shape recurs over the texts of ``benchmarks/`` and
``tests/data/entities/`` (seven names after "launched/introduced/released the", each a made
thing: three on the final16/final17 sets and four on older sets and probes). Guards, each
against a reading seen in invented sentences of other genres: a name whose last word names
another kind keeps it ("introduced the Factory Bill", "launched the Pelbrook Gazette", "released
the Tessany Report", "launched the Varn Campaign": a law, a periodical, a document, an
event); a name followed by "to", "into" or "in" is brought somewhere ("introduced the Quennet
to Europe": a plant, a dance, a custom); a ship or a boat is launched, not sold ("launched the
Pelbrook, a steam collier": a sentence about a ship or a yard, or a name ending in a vessel's
noun).

Measured (``benchmarks/entities.py --held-out --ours``, every entity and reference of the 76
texts dumped before and after): six names other → product, all gold products (type agreement
factual_barcode .65 → .70, invented_umbrella_makers .75 → .80 with the designer's product,
factual_typewriter .75 → .80, brackwater_transit .85 → .90, the sliderule probe .70 → .75, the
tessaly probe .79 → .84); dev types .818 → .823, probes .820 → .823; no recall, alias,
relation or conflation figure moved. One reference lost: on the sliderule probe "Interest in
the instrument" no longer takes the slide rule (a concept) once the calculator named before is
a product, so it is left unresolved (no relation moved). Not taken: "went on sale" after a name
and "patented … as the X" (each seen on one text only).
"""

from __future__ import annotations

from kg.kinds.noun_kinds import kind_of_noun
from kg.words import lexicon as lx
from kg.words.tokens import Token, singular

__all__ = ["launched_before"]

# verbs whose capitalised object is a thing put on the market
_LAUNCH_VERBS = lx._words("launched introduced released unveiled launches introduces releases "
                          "unveils")
# words between "the" and the name: "launched the new X", "introduced the first X"
_BETWEEN = lx._words("new first")
# what follows a name brought somewhere rather than put on sale
_BROUGHT = lx._words("to into in")
# names of what is launched but not sold, and of plans and undertakings ("the X Campaign")
_NOT_GOODS = lx._words("""act bill law scheme plan programme program campaign policy reform
    service route line appeal fund inquiry mission expedition offensive attack ship boat
    vessel yacht steamer liner schooner frigate barge tug""")
# words of a sentence about a ship being launched
_VESSEL_WORDS = _NOT_GOODS & lx._words("ship boat vessel yacht steamer liner schooner frigate barge "
                                       "tug") | lx._words("yard shipyard dock slipway hull keel collier")


def launched_before(toks: list[Token], start: int, end: int) -> bool:
    """True when the name at ``start:end`` is the object of "launched (the)", "introduced
    (the)", "released (the)" or "unveiled (the)" (see the module docstring for the guards).

    Args:
        toks: a sentence's tokens.
        start: where the name starts.
        end: where it ends.
    """
    last = singular(toks[end - 1].lower)
    if last in _NOT_GOODS or kind_of_noun(last) not in (None, "product"):
        return False
    if end < len(toks) and toks[end].lower in _BROUGHT:
        return False  # "introduced the Quennet to Europe": brought somewhere
    k = start
    if k > 0 and toks[k - 1].lower in _BETWEEN:
        k -= 1
    if k < 2 or toks[k - 1].lower != "the" or toks[k - 2].lower not in _LAUNCH_VERBS:
        return False
    # "the yard launched the Pelbrook, a steam collier": a ship
    return not (toks[k - 2].lower.startswith("launch")
                and any(singular(t.lower) in _VESSEL_WORDS for t in toks))
