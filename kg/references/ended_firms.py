"""A firm the text has said ended is no rival for "the company", "the firm" afterwards.

ref22: a history names a rival family firm, "X Brothers", that later fails, closes or is
bought ("In 1911 he took on the stock of X Brothers, which had gone bankrupt", "X Brothers
shut for good in 1930; …"). Once such a firm is an
organisation (:mod:`kg.kinds.kin_firms`) it stayed a rival for the trading nouns of every
later sentence: the window gave it "the company" three sentences on, and it kept the
article's own firm from :func:`kg.references.distant_antecedents.titled_firm` and
:func:`kg.references.told_most.told_most`. :func:`ended` is True for a body named literally
(not by reference, not in the possessive) with an end told beside it, before the phrase:

- an end after the name, at most four words on and no other name between: "X failed",
  "X, which had failed,", "X once the firm went bankrupt", "X closed after the war" (not
  "closed the mill", "failed to win"), "was wound up", "was dissolved", "ceased trading", "went
  out of business", "was liquidated";
- a noun of ending just before it: "the failure of X", "the closure of X", "the collapse of X";
- a purchase of the whole firm: "bought X", "acquired the X", "absorbed X", "took over X"
  (the name the verb's object; not "bought a loom from X", "bought shares in X").

Not when the sentence revives it ("closed in 1920 but reopened …") nor once the text names
it again, literally, in a later sentence without an end (the firm trades again).

Measured with :mod:`kg.kinds.kin_firms` (``--held-out --ours``, 44 development sets and 40
probes; every reference, entity and type of the 84 texts dumped before and after): typing
"X Brothers" alone cost the seed-drill set four right references of its own firm ("the
company's", "the business" in the failing sentence, "the company" three sentences on, taken
by the failed rival, and a late "the company"), relations .80 → .70; with this rule three
are back and relations stay .80/.80. The one still lost, right: "the company's" before the
rival fails (it is told of in the two sentences since the firm was: the successor guard of
:func:`kg.references.told_most.told_most`). Types: seed-drill .80 → .85, organ-builder .55 →
.60; dev types .807 → .810; no other figure, type or reference of the 84 texts moved.
Not done: the seed-drill set's "the firm's" after its buyer is named (the buyer is no ended
firm: the bought one is the article's own, and "was bought by Y" ends nothing here).

Review rev21j: three wrong ends on invented text. (1) "X collapsed in 1908. The firm's debts
…" gave "the firm's" to no one (X, the subject of its end in the sentence just before, is
still spoken of: kept for the next sentence's phrase when the name opened its sentence, only
a year or "In"/"Then" before it); (2) "X closed for a week" is no end ("closed for good"
is); (3) "the roof of X collapsed": a verb right after a name after "of" is the head noun's
(a clause of the name's own still counts: "the stock of X once the firm had failed", which a
first try that needed a comma lost: seed-drill relations .80 → .70, rejected). No figure of
the 84 texts moved (dev .979/.914/.812, rel .916/.928; probes unchanged).

perf22 (speed only, same answers): the last literal mention of each body in the history is
kept and read on as the history grows (:func:`_last_named`), no longer walked whole per call:
3.5 s of 43 s (CPU, profiled) of 1 MB of prose → 0.25 s. ``--held-out --ours`` output and
the bundled store byte-identical.
"""

from __future__ import annotations

from kg.references.compatibility import TRADING
from kg.references.phrases import Context, Phrase

__all__ = ["ended", "live"]

# an end told after the name; "closed" and "failed" only without an object or infinitive
_ENDS = frozenset("failed closed collapsed folded bankrupt liquidated dissolved".split())
_ENDS_AFTER_VERB = {"wound": "up", "ceased": "trading", "went": "out", "closed": "down"}
_NOT_AFTER_END = frozenset({"to", "the", "a", "an", "its", "their", "his", "her"})
_END_NOUNS = frozenset("failure closure collapse bankruptcy liquidation dissolution".split())
_PURCHASES = frozenset({"bought", "acquired", "absorbed"})
_REVIVED = frozenset({"reopened", "revived", "re-formed", "reformed", "resumed", "restarted"})
_STOPS = frozenset({".", ";", ":", "?", "!"})
_NOT_LITERAL = frozenset({"the", "it", "its", "they", "their", "this", "that", "these"})
# (rev21j) what may open a sentence before its subject: "In 1908, X collapsed"
_OPENERS = frozenset({"in", "by", "then", "later", "finally", "soon", "eventually", ","})
# (rev21j) a closing for a while, no end: "closed for a week" (but "closed for good")
_FOR_GOOD = frozenset({"good", "ever"})
_KEY = "ended_firms.last"


def live(window, u: int, phrase: Phrase, ctx: Context):
    """The window's ``(position, group)`` entries without the bodies that ended before the
    phrase, for a trading noun ("the company" after "X Brothers … failed"); else all."""
    if phrase.noun not in TRADING:
        return window
    return [(p, g) for p, g in window if not ended(g, u, phrase.start, ctx)]


def ended(g: int, u: int | None, start: int, ctx: Context) -> bool:
    """True when the text has said, before token ``start`` of sentence ``u`` (of the previous
    sentences only when ``u`` is None), that body ``g`` ended (failed, closed, was bought),
    and has not named it again since."""
    if ctx.types[g] != "organization" or not ctx.units:
        return False
    last = _last_named(u, ctx)
    if last is None:  # a sentence of the history read again: walked as it stands
        return _ended_walk(g, u, start, ctx)
    told, v, opened = last.get(g, (False, None, False))  # its last literal mention before
    last_end, subject_end = told, told and bool(ctx.recent) and v == ctx.recent[-1] and opened
    if u is not None:
        toks = ctx.units[u].tokens
        for p, h in ctx.by_unit.get(u, []):
            if h == g and p < start and _literal(toks, p) and (u, p) not in ctx.possessive \
                    and _end_told(toks, p) and not any(t.lower in _REVIVED for t in toks):
                last_end, subject_end = True, False
    # (rev21j) the subject of the end told in the sentence just before is still spoken of:
    # "X collapsed in 1908. The firm's debts …"
    return last_end and not (u is not None and subject_end)


def _last_named(u: int | None, ctx: Context) -> dict[int, tuple[bool, int, bool]] | None:
    """Group → ``(an end told beside it, sentence, only openers before it)`` of its last
    literal, not possessive, mention in ``ctx.history``; None when ``u`` is in the history.
    perf22: kept per history list and read on as it grows (the resolver writes only the
    sentence it reads, which joins the history after), no longer a walk over the whole
    history per call (3.0 of the 43 s, CPU profiled, of 1 MB of prose)."""
    history = ctx.history
    memo = ctx.memo.get(_KEY)
    if memo is None or memo[0] is not history or memo[1] > len(history):
        memo = ctx.memo[_KEY] = [history, 0, {}, set()]
    read, last, seen = memo[1:]
    for v in history[read:]:
        toks = ctx.units[v].tokens
        revived = any(t.lower in _REVIVED for t in toks)
        for p, h in ctx.by_unit.get(v, []):
            if _literal(toks, p) and (v, p) not in ctx.possessive:
                last[h] = (_end_told(toks, p) and not revived, v, all(
                    t.lower in _OPENERS or t.text.isdigit() for t in toks[:p]))
        seen.add(v)
    memo[1] = len(history)
    return None if u in seen else last


def _ended_walk(g: int, u: int | None, start: int, ctx: Context) -> bool:
    """:func:`ended` by a walk over the whole history."""
    last_end = subject_end = False
    for v in list(ctx.history) + ([] if u is None else [u]):
        toks = ctx.units[v].tokens
        for p, h in ctx.by_unit.get(v, []):
            if h != g or v == u and p >= start or not _literal(toks, p) \
                    or (v, p) in ctx.possessive:
                continue
            if _end_told(toks, p) and not any(t.lower in _REVIVED for t in toks):
                last_end = True
                subject_end = v != u and bool(ctx.recent) and v == ctx.recent[-1] and all(
                    t.lower in _OPENERS or t.text.isdigit() for t in toks[:p])
            elif v != u:
                last_end = False  # named again: it trades again
    return last_end and not (u is not None and subject_end)


def _literal(toks, p: int) -> bool:
    """A capitalised name, not a reference ("the company", "it")."""
    return p < len(toks) and toks[p].text[:1].isupper() and toks[p].lower not in _NOT_LITERAL


def _end_told(toks, p: int) -> bool:
    """True when the name at ``p`` has an end told beside it (see the module docstring)."""
    end = p
    while end < len(toks) and (toks[end].text[:1].isupper() or toks[end].text == "&"):
        end += 1
    if p >= 2 and toks[p - 1].lower == "of" and toks[p - 2].lower in _END_NOUNS:
        return True  # "the failure of X"
    back = p - 1 if p >= 1 and toks[p - 1].lower == "the" else p
    if back >= 1 and (toks[back - 1].lower in _PURCHASES or back >= 2 and toks[
            back - 2].lower == "took" and toks[back - 1].lower == "over"):
        return True  # "bought X", "took over the X"
    # (rev21j) after "of", a verb right after the name is the head noun's ("the roof of X
    # collapsed"); a clause of the name's own still tells its end ("the stock of X, which had
    # failed", "the stock of X once the firm had failed")
    owned = p >= 1 and toks[p - 1].lower == "of"
    for j in range(end, min(end + 5, len(toks))):
        t = toks[j]
        if t.text in _STOPS or j > end and t.text[:1].isupper():
            return False  # another sentence part, another name
        if owned and j == end:
            continue
        nxt = toks[j + 1].lower if j + 1 < len(toks) else "."
        if t.lower in _ENDS and nxt not in _NOT_AFTER_END and not (
                nxt == "for" and j + 2 < len(toks) and toks[j + 2].lower not in _FOR_GOOD):
            return True  # "X closed after the war", "X, which had failed,"
        if _ENDS_AFTER_VERB.get(t.lower) == nxt:
            return True  # "was wound up", "ceased trading", "went out of business"
    return False
