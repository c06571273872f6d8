"""The organisation a firm's history has told of most so far, for "the firm", "the works",
"the board", "the directors" past the nearby sentences (the last step of
:func:`kg.references.distant_antecedents.nearest`, and :func:`kg.references.distant_antecedents.titled_firm`).

bizref15 (a firm's history that also names a foundry, a syndicate, a board): when no body is
named most (:func:`kg.references.distant_antecedents.dominant`), those nouns
(:data:`BUSINESS_TALK`) take the organisation told of most so far, by name or by reference
(a firm named once in full and then only "the company"); for a firm's noun only a trader
(not "the company" that toured after a football club), for "the board" (a part noun, which
``dominant`` never answers) any body's. Measured (``--held-out --ours``, every reference of
the 30 development texts and the 26 probes dumped before and after, each read): 9 references
added, all right (glassworks_invented "the board" ×3, "the works" ×2 → the company;
brackwater_transit "the board" ×3 → the transit authority; seedtrust "The board" → the
trust), none lost or changed; no figure of any set moved. Rejected: any organisation noun
("The government" of a shipyard took the shipyard's buyer): firm, board and works nouns only.
Left: "the board" right after "a board of seven directors"
(:func:`kg.references.referent_limits.introduced`).

Review rev15e: (1) not when another body has been told of in two sentences since the one told
of most was last ("Y bought the works in 1890. Y replaced the machines. …. The board closed
the works": Y's board, a successor's; a body named with its acronym in one sentence does not
count twice, or seedtrust's "The board" was lost to a unit named "X (GTU)" in a list item);
(2) "the board" only where the text speaks of those who sit on one or chair it
(:data:`_GOVERNING`: "directors", "trustees", "chaired" …): a games firm's or a chess
academy's "The board has forty squares" had gone to the body. The counts include the
references this rule made; that cannot start a run of them (the first needs the thresholds
without them), and (1) ends one when a rival is named. Measured: no reference of the 30
development texts or the 28 probes moved; no figure moved.

rel16: :func:`sole_trader` lets :func:`kg.references.distant_antecedents.titled_firm` take the
title's firm while it is the only trader the text has named or referred to ("The X Company"
as the title, X named in the first sentence, three sentences of its founders, then "The firm
drew its name from …"), though it is neither dominant (two literal mentions) nor told of
three times; with it a guild is no trader for "the firm", "the company"
(:data:`kg.references.compatibility._NOT_TRADING`: a pilots' guild told of three times had
taken "the firm" that ran on after it). Measured (``--held-out --ours``, every reference of
the 32 development texts and 28 probes dumped before and after, each read): 6 references
added or changed, all right (quellbracke_perfumery "the firm" ×3 → the house; corrowin probe
"The firm" ×2 and one "the firm" from the guild back to the company); corrowin relations at
the evidence .80 → .90, anywhere .90 → 1.00; no other figure moved. Not for a title naming
a members' body (:data:`kg.references.business_nouns.MEMBERS_BODIES`): a rowing club's "the
firm" (tests/test_entities_round20_probes.py) had gone to the club; a trading head required
instead lost the three right quellbracke references ("The House of …" has none).
rev16c (review): not while the window introduces a trader without a name ("hired a firm of
surveyors. The firm …" had gone to the title's firm). Measured: no reference of the 62 texts
(32 development, 30 probes; every reference dumped before and after) and no figure moved.

fix16: (2) reads the governing word in a sentence beside "board" ("a board of directors",
"a nine-seat board, five members named …") or in the phrase's sentence or the one
before, no longer anywhere (:func:`kg.references.guard_sentences.governed`): a "trustees"
in a chess academy's history gave "The board was set up by the youngest pupil" to the
academy (invented). No reference of the 60 texts moved.

ref21: a firm named for its partners ("Tallis & Orme") has no trading head, so a history that
calls it "the company" in every section lost the title's firm past the window wherever
:func:`kg.references.distant_antecedents.titled_firm` could not count it dominant by name
(final18 seed-drill set: a late "the company was bought by Y" unresolved: not for the rival in
its sentence, which comes after it, but for want of a trader). ``by_calls``
(:func:`_called_trader`): a body the text has taken up by "the company", "the firm" in two
sentences is a trader, asked for the title's firm only, for a phrase opening with "the" (asked
in :func:`kg.references.distant_antecedents.nearest` too, it gave "… took over the stock of B
Brothers once that firm closed" to the title's firm: rejected). Measured (``--held-out --ours``,
80 texts, every reference dumped before and after, each read): one reference added, right; none
lost or changed. Not done: a later "the firm's" after a sentence in which the buyer Y still
trades under the old name goes to Y, named in the sentence before (final18 §4 (d)).

Review rev21e (invented text): a partner who "left to run the X Paper Company" two sentences
before "In 1931 the company was bought by Y" lost that company to the title's partners' firm
(titled_firm checks only the sentence before); a firm made a trader only by the text's calls
is not one when the window names another trader (:func:`_trader_near`). Entity figures
identical.

perf21 (speed only, same answers): a body's end (:func:`kg.references.ended_firms.ended`, a
walk over the history) is read once per call and body, not once per mention.
"""

from __future__ import annotations

from dataclasses import replace

from kg.merging.firm_names import BUSINESS_HEADS
from kg.references.business_nouns import (
    BUSINESS_NOUNS,
    MEMBERS_BODIES,
    OWNERS,
    TRADING_HEADS,
    compound_head,
)
from kg.references.compatibility import MEMBERS, TRADING, non_trading
from kg.references.ended_firms import ended
from kg.references.guard_sentences import governed
from kg.references.phrases import Context, Phrase
from kg.references.referent_limits import introduced

__all__ = ["BUSINESS_TALK", "sole_trader", "told_most"]

# what a firm's history calls the firm, its board and its place of work
BUSINESS_TALK = TRADING | BUSINESS_NOUNS | OWNERS | {"board"}
# a public body has a board too; only a trader ("… Company", "… Works", "… Foundry") a firm noun
_OF_ANY_BODY = frozenset({"board"})
_TRADERS = TRADING_HEADS | BUSINESS_HEADS | {"works"}
# who sit on a board or chair it: without them "the board" may be a game's (rev15e)
_GOVERNING = OWNERS | MEMBERS | {"chairman", "chairwoman", "chaired"}


def told_most(phrase: Phrase, ctx: Context, *, by_calls: bool = False) -> int | None:
    """The organisation the text has told of most so far for a business noun.

    Args:
        phrase: "the firm", "the works", "the board", "the directors" ….
        ctx: the resolver's context at the phrase's sentence.
        by_calls: (ref21) a body the text took up by "the company", "the firm" in two
            sentences is a trader too (:func:`_called_trader`; asked for the title's firm
            only, by :func:`kg.references.distant_antecedents.titled_firm`).

    Returns:
        The organisation told of (named or referred to) at least three times and twice as
        often as any other the phrase's noun may stand for, when no other has been told of
        in two sentences since it was last; for a firm's noun only a trader ("… Company",
        "… Works", "… Foundry": not "the company" of a regiment), for "the board" any
        body's where the text tells of directors or trustees. Else None.
    """
    told: dict[int, int] = {}
    last: dict[int, tuple[int, int]] = {}
    where: dict[int, set[int]] = {}
    over: dict[int, bool] = {}  # perf21: each body's end read once per call, not per mention
    for u in ctx.history:
        for p, g in ctx.by_unit.get(u, []):
            if ctx.types[g] == "organization" and not non_trading(phrase, g, ctx) \
                    and not (over[g] if g in over else over.setdefault(
                        g, ended(g, None, 0, ctx))):  # ref22: "X Brothers … failed"
                told[g], last[g] = told.get(g, 0) + 1, (u, p)
                where.setdefault(g, set()).add(u)
    ranked = sorted(((n, g) for g, n in told.items()), reverse=True)
    if not ranked or ranked[0][0] < 3 or len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    g = ranked[0][1]
    if any(len(where[h]) > 1 and last[h] > last[g] for h in told):
        return None  # a body told of in two sentences since ("Y bought the works"): its
        # successor's, not the first firm's
    if phrase.noun in _OF_ANY_BODY:  # where the text tells of its directors, not a game's
        return g if governed(phrase.noun, _GOVERNING, ctx) else None  # fix16: of a board
    trader = (ctx.heads[g] | ctx.described.get(g, set())) & _TRADERS or compound_head(
        replace(phrase, noun="works"), g, ctx) or by_calls and _called_trader(where[g], g, ctx) \
        and not _trader_near(g, ctx)
    return g if trader else None  # "… Cordage Works": its last word heads none


def _trader_near(g: int, ctx: Context) -> bool:
    """(rev21e) True when a sentence of the window names a trader other than ``g`` ("… left to
    run the Tolmarsh Paper Company. He doubled its output. In 1931 the company was bought …"):
    "the company" is that one, not a firm only the text's calls make a trader."""
    return any(h != g and ctx.types[h] == "organization" and (ctx.heads[h] | ctx.described.get(
        h, set())) & _TRADERS for u in ctx.recent for _p, h in ctx.by_unit.get(u, []))


def _called_trader(units, g: int, ctx: Context) -> bool:
    """(ref21) True when the text has already taken ``g`` up by "the company", "the firm" in
    two sentences or more: a firm named for its partners ("Tallis & Orme") that no trading
    head or description marks as one, which the history goes on calling "the company"."""
    called = set()
    for u in units:
        toks = ctx.units[u].tokens
        for p, h in ctx.by_unit.get(u, []):
            if h == g and p + 1 < len(toks) and toks[p].lower == "the" and toks[
                    p + 1].lower.removesuffix("'s").removesuffix("’s") in TRADING:
                called.add(u)
    return len(called) >= 2


def sole_trader(firm: int, u: int, phrase: Phrase, ctx: Context) -> bool:
    """True when ``firm`` (the organisation the title names) is the only trader the text has
    named so far: "The X Company" as the title, X named once in the first sentence, then the
    founders' doings, then "The firm drew its name from …" (rel16). No other organisation a
    trading noun may stand for has been named or referred to before the phrase's sentence,
    nor in it before the phrase (:func:`kg.references.distant_antecedents.titled_firm`
    checks that); and the title's firm is no members' body by its name or description (not
    "The X Rowing Club": a club's history has no firm of its own); nor when sentence ``u``
    (before the phrase) or the one before introduces a trader without a name ("hired a firm
    of surveyors. The firm mapped …", "founded a firm in X. The firm …": rev16c)."""
    if (ctx.heads[firm] | ctx.described.get(firm, set())) & MEMBERS_BODIES:
        return False  # "The X Rowing Club": a members' body, no firm
    if any(introduced(u, replace(phrase, noun=noun), ctx) for noun in sorted(TRADING)):
        return False  # "hired a firm of surveyors. The firm …": that unnamed one
    return firm in ctx.seen and not any(
        g != firm and ctx.types[g] == "organization" and not non_trading(phrase, g, ctx)
        and not ended(g, u, phrase.start, ctx) for g in ctx.seen)  # ref22: a failed rival
