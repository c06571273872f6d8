"""What a description stands for when no entity of the nearby sentences does (the last step of
:func:`kg.references.antecedents.antecedent`).

- :func:`by_head`: a noun that heads some name of the document ("the union") takes the most
  recent entity so headed anywhere earlier in the document, or the one the title names.
- :func:`nearest`: "the regulator" the last regulating body named before, "the trustees" the
  last governing body, "the partnership" the last firm named for its partners
  (:mod:`kg.references.compatibility`); else the section heading's entity, then, for an organisation or
  product noun the text does not also use in the plural (and that names a whole, not a part
  such as "the team"), the document's dominant entity of that type (:func:`dominant`:
  mentioned at least three times, twice as often as any other of the type, and named before:
  on an invented article "the company" went to a board the text only introduced later;
  place12: for a trading noun only bodies it may stand for compete, so that a fund or a
  council is no rival of the firm, figures at the end of this docstring).
- :func:`titled_firm` (firm12, asked of every organisation description before the window):
  "the firm", "the company", "the business" is the organisation the title names when it is
  the dominant one and no other organisation is named in the phrase's sentence before it or
  in the sentence before. The window had sent "the firm" of an article to a merchant house
  named two sentences back and to a later works described as "a firm based in …", and left
  it unresolved past them. Measured over the 26 development sets and the 22 invented
  articles (every reference dumped before and after): 7 references moved, all on one
  final10 set and all right (5 added, 2 from a wrong firm; "The board" after one of them
  followed from the merchant house to the company); nothing else moved; that set's
  relations .40 → .60 at the evidence, .60 → .70 anywhere; alias unity unchanged (.55: its
  "The society is usually abbreviated as …" stays unresolved).
  Round 20 (issue 3): for that dominance test the title's firm also counts the lowercase
  uses of its head noun when that is a business's (:func:`_leading`: "the foundry" for "The
  Pelmor Bell Foundry"): a blind probe names its foundry in full once and then only as "the
  foundry", so "the business", "the firm" of a later section took nothing once the town
  named like it was no longer merged into it. Measured over the 26 development sets and the
  22 invented articles (every entity and mention dumped before and after): only that probe
  moved (five references back, relations .70 → .80). Counting every head (not only a
  business's) also moved four references of a development set's "House of …", all right,
  but would give "the firm" to a club or a society named as often; rejected as riskier.

From :mod:`kg.kinds.entity_types` (its plural organisation heads, :data:`_PLURAL_ORG_HEADS`
there, first rejected because "the company" then went to the buyer itself). Review of round 18 (types10), read as written (the last word of a surface in lx.ORG_HEADS
whose singular is not: "… Holdings", whose key "holding" is even read as an "-ing"
technique, "… Partners", "… Ventures"): water_dispute type agreement .85 → .90, invented
festival .67 → .73 and hospital .74 → .79, no other figure of the 42 sets moved, but
water_dispute relations at the evidence 1.00 → .90, so still not done. Why: the object
"the company" of "<fund> bought the company" reached the company only through
:func:`kg.references.distant_antecedents.dominant` (the one organisation named twice as often as any
other), since the text also described the company as "a branch of the city", a
non-trading noun that bars "the company" from it (:func:`kg.references.compatibility.fits`).
Typed an organisation, the fund is both the sentence's nearest compatible entity (named
literally, so no reference is added) and a rival that ends the company's dominance. The
coreference guard alone was tried (an organisation description after a verb skips its clause's
subject, as a person's does): the reference still went nowhere. It needs both that guard and
a description in the past ("was a department … until 1991") not to bar a trading noun, both
in kg/references.
Done in place12 (issue 3), with three changes in :mod:`kg.references`: an organisation
description right after a verb skips its clause's subject, as a person's does, unless a
verb follows it ("which means the council must …" is a subject: without that the bundled
article's "the company" went to a rival); a copula "was a N … until" gives no descriptor
(:func:`kg.kinds.descriptors.describe`); and a body a trading noun never stands for (a fund,
a council) is no rival for the dominant organisation of "the company"
(:func:`kg.references.distant_antecedents.dominant`; without it four right "the company" of
water_dispute were lost to the fund's rivalry). Measured (``--held-out --ours``): type
agreement water_dispute .85 → .90, festival .67 → .73, hospital .79 → .84; water_dispute
relations stay 1.00; over the 24 sets and the probes, compared mention by mention, one
reference added (architect_bio, "the firm" for the partnership, right) and none lost or
changed; no other figure moved.

bizref15: past the window "the firm", "the works", "the board", "the directors" take the
organisation told of most (:func:`kg.references.told_most.told_most`, where the figures are);
:func:`titled_firm` takes that body too, and a body named in passing (after a preposition,
at most twice: "a winch came from the X Foundry") no longer keeps "the firm" from the title's
firm once a person is named after it ("… Z joined as a partner, and the firm was renamed Y").
Review rev15e: not when nobody is named between ("sold to the Y Company. The firm closed it"
is Y, "… Foundry. The firm had been founded …" the foundry; both had gone to the title's
firm); no reference of the 30 development texts or the 28 probes moved.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.merging.firm_names import BUSINESS_HEADS
from kg.references.body_families import kindred_body
from kg.references.compatibility import (
    ENACTED,
    MEMBERS,
    PARTNERSHIP,
    REGULATING,
    SALIENT_KINDS,
    TRADING,
    enacted,
    fits,
    has_head,
    non_trading,
)
from kg.references.ended_firms import ended
from kg.references.phrases import Context, Phrase
from kg.references.subjects import governed
from kg.references.told_most import BUSINESS_TALK, sole_trader, told_most
from kg.words import lexicon as lx

__all__ = ["by_head", "dominant", "nearest", "plural", "title_entity", "titled_firm"]


def by_head(phrase: Phrase, ctx: Context, *, at: int | None = None) -> int | None:
    """The most recent entity of the document whose name has the phrase's noun as its head.
    Rejected in round 6: only back to the section's heading for a name's head (against "the
    scale", "the tower" taking a name 40 sentences back): 38 references lost on 12 sets,
    nearly all right (river, water_dispute, seedtrust relations 1.00 → 0.90). Rejected in round 3
    (against "the tower" → a tower named 35 sentences back): nothing
    when two entities are so headed (lost 12 right references on river, plate_tectonics,
    telescope, bridges), and a described noun only within its section (lost 13 right "the
    firm" on bridges). Round 4: with none in the text so far, the one entity so headed that
    the document's title names ("The Pelmor Lamp and …": "The lamp became a
    household object"); measured, one right reference added on chronometer, nothing else moves
    on the 16 development sets or the invented articles. probefix12: the title's entity (its
    name or a term so headed: "The Orsleigh Process" … "the process") also beats one so headed
    last named before the current section's heading, a rival of the topic met in an earlier
    section. On the blind ammonia probe four "the process" had gone to another process of
    its first section (relations at the evidence .30 → .60); over the 24 development sets and
    the other invented articles three references moved, all to right: one on printing_press
    ("the press itself changed little" → the title's press, not a printer's firm of an
    earlier section), two on the invented lawsuit ("the dispute", "the case" → the case the
    title names); no figure moved. Review (rev12g): not when the current section's heading
    names the rival ("Later years of the Dorrin process": its "the process" had gone to the
    title's process); no entity, alias or mention of the 24 development sets or the invented
    articles moved. rel18: with none so headed at all, a body of the phrase's noun's family
    that the window of sentence ``at`` names (:func:`kg.references.body_families.kindred_body`)."""
    titled = title_entity(ctx, lambda g: has_head(phrase, g, ctx)
                          or phrase.noun in ctx.term_heads[g])  # "The Pelmor Lamp and …"
    unit, g = _last_named_at(ctx, lambda g: has_head(phrase, g, ctx))
    if g is None:  # rel18: else "The school" for the "… Institute" just named
        return titled if titled is not None or at is None else kindred_body(at, phrase, ctx)
    if titled is not None and g != titled and ctx.heading is not None and unit < ctx.heading \
            and all(h != g for _p, h in ctx.by_unit.get(ctx.heading, [])):
        return titled  # a rival of the topic met in an earlier section (whose heading does
        # not name it: "Later years of the Dorrin process"): the topic
    return g


def nearest(phrase: Phrase, ctx: Context) -> int | None:
    """Past the nearby sentences: the heading's entity, then the document's dominant one of
    the kind (for a noun the text does not also use in the plural, of a whole, not a part)."""
    if phrase.noun in REGULATING or phrase.noun in MEMBERS or phrase.noun in PARTNERSHIP:
        # named once, long before: the last such body
        return _last_named(ctx, lambda g: fits(phrase, g, ctx))
    if phrase.noun in ENACTED:  # "the bill": the last Act named, however long before
        return _last_named(ctx, lambda g: enacted(phrase, g, ctx))
    if ctx.heading is not None:
        for _p, g in ctx.by_unit.get(ctx.heading, []):
            if fits(phrase, g, ctx):
                return g
    if phrase.kind not in SALIENT_KINDS or ctx.words[plural(phrase.noun)] > 1:
        return None
    g = None if phrase.noun in lx.PART_NOUNS else dominant(
        phrase.kind, ctx, among=lambda g: not non_trading(phrase, g, ctx))
    if g is None and phrase.kind == "organization" and phrase.noun in BUSINESS_TALK:
        g = told_most(phrase, ctx)  # "the board": the firm's, a part of it
    return g


def title_entity(ctx: Context, test: Callable[[int], bool]) -> int | None:
    """The one entity the document's title names that passes ``test``; None when it names
    none or several, or there is no title."""
    if ctx.title is None:
        return None
    found = {g for _p, g in ctx.by_unit.get(ctx.title, []) if test(g)}
    return found.pop() if len(found) == 1 else None


def _last_named_at(ctx: Context, test: Callable[[int], bool]) -> tuple[int, int | None]:
    """The sentence and the entity of :func:`_last_named` (``(-1, None)`` for none)."""
    return next(((prev, g) for prev in reversed(ctx.history)
                 for _p, g in reversed(ctx.by_unit.get(prev, [])) if test(g)), (-1, None))


def _last_named(ctx: Context, test: Callable[[int], bool]) -> int | None:
    """The entity named last before this sentence, anywhere earlier in the document, that
    passes ``test``."""
    return _last_named_at(ctx, test)[1]


def plural(noun: str) -> str:
    """A regular English plural ("agency" → "agencies", "bus" → "buses")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def dominant(kind: str, ctx: Context, *, among: Callable[[int], bool] | None = None) -> int | None:
    """The document's dominant entity of one type.

    Args:
        kind: an entity type (``organization``, ``product`` …).
        ctx: holds the literal mention counts of the current document.
        among: only the groups it holds true for compete (:func:`nearest`: not a body a
            trading noun never stands for, so that a fund is no rival of the firm for "the
            company").

    Returns:
        The group mentioned at least three times and at least twice as often as any other
        of that type, and already named before this sentence ("the company" is not one the
        text introduces later), else None.
    """
    ranked = sorted(((n, g) for g, n in ctx.counts.items() if ctx.types[g] == kind
                     and (among is None or among(g))), reverse=True)
    if not ranked or ranked[0][0] < 3:
        return None
    if len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    best = ranked[0][1]
    return best if best in ctx.seen else None


def titled_firm(u: int, phrase: Phrase, tokens, ctx: Context) -> int | None:
    """"the firm", "the company", "the business" for the organisation the document's title
    names, when it is the document's dominant organisation and no other organisation is
    named in the phrase's sentence before it or in the sentence before: the article's own
    firm, even where the text describes some later or earlier firm by the same noun ("The
    Pelmor Lamp Company … The firm …", while "Tallis & Orme, a firm of brokers" comes later).
    Before :func:`kg.references.antecedents.antecedent` looks at the window (firm12)."""
    if phrase.noun not in TRADING or ctx.title is None or tokens[phrase.start].lower != "the":
        return None
    firm = title_entity(ctx, lambda g: ctx.types[g] == "organization")
    if firm is None:
        return None
    if non_trading(phrase, firm, ctx) or _leading(firm, phrase, ctx) != firm and told_most(
            phrase, ctx, by_calls=True) != firm and not sole_trader(firm, u, phrase, ctx):
        return None  # neither named nor told of most, nor the only trader yet
    near = [(u, tokens, p, g) for p, g in ctx.by_unit.get(u, []) if p < phrase.start]
    if ctx.recent:
        before = ctx.units[ctx.recent[-1]].tokens if ctx.units else None
        near = [(ctx.recent[-1], before, p, g)
                for p, g in ctx.by_unit.get(ctx.recent[-1], [])] + near
    people = [(w, p) for w, _t, p, g in near if ctx.types[g] == "person"]
    return None if any(g != firm and ctx.types[g] == "organization" and not (
        _passing(toks, p, g, ctx) and any((w, p) < at for at in people))
        and not ended(g, u, phrase.start, ctx)  # ref22: "X Brothers … failed" no rival
        for w, toks, p, g in near) else firm


def _passing(toks, p: int, g: int, ctx: Context) -> bool:
    """True for a body named in passing: after a preposition, and named at most twice in the
    document ("a machine built by the X Foundry", "sold to the Y Syndicate"), which leaves
    "the firm" to the article's own once a person is named after it ("… Foundry. Z joined
    as a partner, and the firm was renamed"; not "bought by the Y Company. The firm closed
    it", the buyer, nor "… Foundry. The firm had been founded …", the foundry: rev15e)."""
    return toks is not None and governed(toks, p) and ctx.counts.get(g, 0) <= 2


def _leading(firm: int, phrase: Phrase, ctx: Context) -> int | None:
    """The dominant organisation (:func:`dominant`, trading bodies only), the title's firm
    counted with the lowercase uses of its head noun when that is a business's
    (:data:`kg.merging.firm_names.BUSINESS_HEADS`: "the foundry" for "The Pelmor Bell
    Foundry", not "the club"): a text that names its own firm in full once, then by its noun, still makes it
    the article's firm."""
    among = [g for g in ctx.counts if ctx.types[g] == "organization"
             and not non_trading(phrase, g, ctx) and not ended(g, None, 0, ctx)] + [firm]
    heads = ctx.heads[firm] & BUSINESS_HEADS - TRADING
    counts = {g: ctx.counts[g] + (sum(ctx.words[h] for h in heads) if g == firm else 0)
              for g in among}
    ranked = sorted(((n, g) for g, n in counts.items()), reverse=True)
    if ranked[0][0] < 3 or len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]:
        return None
    return ranked[0][1] if ranked[0][1] in ctx.seen else None
