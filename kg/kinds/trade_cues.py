"""Cues that a name is a firm or a body, from the words before it, for
:func:`kg.kinds.type_cues.context_cues`.

- a maker or seller: "sold by X", "made by X", "manufactured by X", "marketed by X",
  "distributed by X", "licensed by X", "acquired by X" (rel19), "in partnership with X": a firm (people sell too, but
  a text says "sold by" of goods a firm sells), unless the name is shaped like a person's
  ("built by Ambrevin Harbridge": :func:`kg.kinds.type_cues.context_cues` reads no cue for it);
- a workplace: "colleagues at X", "researchers at X", "scientists at X", "staff at X" (a
  plural noun of people at work, then "at"): the body they work for (a place takes "in").
- (rel19) a seller of its own assets: "X sold its pen division", "X later closed its plant"
  (:func:`trade_after`: a verb of trading or closing and "its" right after the name, past
  auxiliaries and adverbs of time): a person sells "his" or "her", a firm "its"; weight 1
  (a country sells its gold too; with 2 a country written twice after "in" became a firm).
  Measured over the 72 texts of ``--held-out --ours`` and five fresh ones (every type and
  reference dumped before and after): three names become organisations, all right (final16's
  typewriter maker, whose "the company" then is it, not a rival: relations at the evidence
  .60 → .70, types .70 → .75; the quartet probe's record label, types .75 → .80; a pen maker
  on a fresh history, whose "The firm" is now it); nothing else moved. "acquired by X" moved
  nothing alone.

- (org19) a body's people, seat or parts: "the X staff" (:func:`body_after`: the name as a
  modifier after "the" of "staff", "workforce", "payroll", "employees", "shareholders",
  "stockholders", "headquarters"), "X's shareholders" (after a possessive only a body's own:
  "shareholders", "stockholders", "subsidiary", not "X's staff", a general's, nor "X's
  workforce", a country's, nor (rev19i) "X's headquarters": "Quask's headquarters" of a
  general and "Orvale's headquarters" of a town had become bodies; no figure moved), and "a subsidiary of X" (:func:`trade_cue`; not "division
  of", "the division of Tarvania" is a place's); weight 2, only for a name not shaped like a
  person's. Measured (``--held-out --ours``, 40 development sets and 36 probes; every entity's
  type and aliases and every mention of the 77 texts dumped before and after): one type moved,
  final17 factual_barcode's business-machines maker other → organization ("on the X staff"),
  types .70 → .75 (dev mean .823 → .824); its wrong "the firm's" → a rival radio maker is now
  unresolved (cause not traced; the maker is named at the sentence's start), and with "firm"
  no longer shared the later firm and the patent take the aliases "firm" and "patent" (both
  right). Nothing else moved; probes unchanged. Rejected: the possessive cue for names shaped
  like a person's too (it would type "Kessick Mills" of a mill's history, but also made an
  invented person with "He" after, "Tobren Quask's shareholders", an organisation). Noticed,
  not done: "the Quask staff" of a single surname makes a body (no such wording on any set);
  "joined X", "his new employer", "licensed … to X", "X gained the right" are too weak alone.

Round 13: on pcr_history two gold firms, "other" and a person before (the second by the
shape of its hyphenated name, see :func:`kg.merging.people.person_like`), are organisations (type
agreement 0.65 → 0.75); over the 20 development sets and the invented ones no other type of
a gold entity changed.
"""

from __future__ import annotations

from kg.words import lexicon as lx
from kg.words.tokens import Token

__all__ = ["body_after", "trade_after", "trade_cue"]

_BY = lx._words("sold made manufactured marketed distributed licensed produced supplied built "
                "acquired")
_WORKERS = lx._words("colleagues researchers scientists engineers chemists technicians staff "
                     "employees workers physicists biologists")


def trade_cue(toks: list[Token], start: int) -> int:
    """The weight of the cues before the mention starting at ``start`` that it is a firm or
    a body: 2 for a maker, seller or workplace cue, else 0."""
    before = [t.lower for t in toks[max(0, start - 3):start]]
    if len(before) >= 2 and before[-1] == "by" and before[-2] in _BY:
        return 2  # "sold by X"
    if before[-3:] == ["in", "partnership", "with"]:
        return 2
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("subsidiary", "subsidiaries"):
        return 2  # (org19) "a subsidiary of X"; not "division" ("the division of Tarvania")
    if len(before) >= 2 and before[-1] == "at" and before[-2] in _WORKERS:
        return 2  # "his colleagues at X"
    return 0


# verbs of a firm's dealings in its own assets ("sold its", "closed its"), before "its"
_DEALT = lx._words("sold bought acquired licensed closed shut merged floated listed")
# words that may stand between the name and the verb ("X had already sold its …")
_BETWEEN = lx._words("had has have already later then finally eventually also soon")


def trade_after(toks: list[Token], end: int) -> int:
    """(rel19) The weight of a cue after the mention ending at ``end`` that it is a firm: 1
    for a verb of :data:`_DEALT` and "its" ("X sold its pen division", "X had already closed
    its works"), else 0; one, as a country sells its gold too: two "in X" keep it a place."""
    k = end
    while k < len(toks) and toks[k].lower in _BETWEEN and toks[k].text.islower():
        k += 1
    return 1 if k + 1 < len(toks) and toks[k].lower in _DEALT and toks[k].text.islower() \
        and toks[k + 1].lower == "its" else 0


# (org19) nouns of a body's people or seat: "the X staff", "the X shareholders"; "board" is
# not one ("the X board" is a game's), nor "family" ("the X family" is a person's)
_BODY_PEOPLE = lx._words("staff workforce payroll employees shareholders stockholders "
                         "headquarters")
# nouns a body owns that a person or a country does not: "X's shareholders", not "X's staff"
# (a general's) nor "X's workforce" (a country's), nor (rev19i) "X's headquarters" (a general's,
# a town's police)
_BODY_OWNED = lx._words("shareholders stockholders subsidiary subsidiaries")


def body_after(toks: list[Token], start: int, end: int) -> int:
    """(org19) The weight of a noun of a body's people or seat right after the mention from
    ``start`` to ``end``: 2 for "the X staff" (the name used as a noun's modifier after "the")
    or "X's shareholders" (:data:`_BODY_OWNED` after the name's possessive), else 0."""
    if end >= len(toks) or not toks[end].text.islower():
        return 0
    noun = toks[end].lower
    if toks[end - 1].possessive:
        return 2 if noun in _BODY_OWNED else 0
    return 2 if noun in _BODY_PEOPLE and start and toks[start - 1].lower == "the" else 0
