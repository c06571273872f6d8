"""perf21: the entity work of long prose grows with its text, not with its square.

250 KB of prose (the development articles one after another) spent 19 of its 23 s of entity
work (CPU, profiled) in ``kg.references.business_nouns.compound_head`` ("the works" for "…
Glassworks"), which walked every mention of the whole document once per phrase and
candidate; ``kg.references.releases.product_of`` read every earlier sentence per phrase (6 of
the 56 s, profiled, of 1 MB). perf22: ``kg.references.ended_firms.ended`` walked the whole
history per call (3.5 of 43 s of 1 MB). These tests count the work, not seconds: the sentences
read.
"""

from __future__ import annotations

from kg.finders.units import Unit
from kg.references.business_nouns import compound_head
from kg.references.ended_firms import ended
from kg.references.phrases import Context, Phrase
from kg.references.releases import product_of
from kg.words.tokens import tokenize
from tests.test_long_inputs import _CountingUnits  # one counting list for both files

FILLER = "that winter Bexa Kestrum sold rope to the harbour"
NAMED = "the Drellmoor Glassworks opened beside the canal"
MILL = "the Tarnvik Mill stood on the far bank"
LATER = "the works closed for a week in the autumn"


def _context(texts: list[str]) -> Context:
    units = _CountingUnits(Unit("doc", tokenize(t), i, None) for i, t in enumerate(texts))
    by_unit: dict[int, list[tuple[int, int]]] = {}
    for u, unit in enumerate(units):
        for i, t in enumerate(unit.tokens):
            if t.text in ("Bexa", "Drellmoor", "Tarnvik"):
                by_unit.setdefault(u, []).append((i, ["Bexa", "Drellmoor", "Tarnvik"].index(t.text)))
    _CountingUnits.reads = 0
    return Context(types=["person", "organization", "organization"], heads=[set()] * 3,
                   term_heads=[set()] * 3, plural=set(), by_unit=by_unit, units=units)


def _works(ctx: Context, g: int, u: int) -> bool:
    ctx.recent = [u - 1]
    return compound_head(Phrase(0, 2, "organization", "works", subject=True), g, ctx)


def test_compound_head_reads_each_sentence_a_bounded_number_of_times():
    texts = [FILLER] * 300 + [NAMED, MILL] + [LATER] * 100
    ctx = _context(texts)
    taken = [_works(ctx, 1, u) for u in range(302, 402)]
    assert all(taken)  # "the works" may stand for the Drellmoor Glassworks every time
    # was 100 phrases × 302 named sentences read (about 30,000); now each once and a few per phrase
    assert _CountingUnits.reads <= 2 * len(texts) + 5 * 100


def test_compound_head_sees_a_mention_recorded_after_it_first_looked():
    # negative first: a mill's name ends in no compound of "works"; then a later sentence of
    # the text names it "… Glassworks" (recorded as the resolver goes), which it then sees
    texts = [FILLER] * 50 + [MILL] + [LATER] * 5 + ["the Tarnvik Glassworks was its new name"]
    ctx = _context(texts)
    del ctx.by_unit[len(texts) - 1]
    assert not _works(ctx, 2, 52)
    ctx.by_unit[len(texts) - 1] = [(1, 2)]
    assert _works(ctx, 2, 53)


def _releases(texts: list[str], groups: dict[str, int]) -> Context:
    units = _CountingUnits(Unit("doc", tokenize(t), i, None) for i, t in enumerate(texts))
    by_unit = {u: [(i, groups[t.text]) for i, t in enumerate(unit.tokens) if t.text in groups]
               for u, unit in enumerate(units)}
    return Context(types=["product", "product", "person"], heads=[set()] * 3,
                   term_heads=[set()] * 3, plural=set(), by_unit=by_unit, units=units)


def _software(ctx: Context, g: int, u: int) -> int:
    ctx.history = list(range(u))
    return product_of(u, g, Phrase(0, 2, "thing", "software", subject=True), ctx)


def test_product_of_reads_only_the_sentences_that_write_a_version():
    texts = [FILLER] * 300 + ["the software was slow at first"] * 100
    ctx = _releases(texts, {"Bexa": 2})
    _CountingUnits.reads = 0
    assert all(_software(ctx, 2, u) == 2 for u in range(300, 400))  # no release: kept
    # was 100 phrases × 300 earlier sentences read (about 35,000); now one pass
    assert _CountingUnits.reads <= 2 * len(texts) + 5 * 100


def test_product_of_still_finds_the_product_of_a_release():
    # negative of the shortcut: a release named with its version after the bare product
    texts = ["Vessbrook was written by a student"] + [FILLER] * 50 \
        + ["Vessbrook 2.1 appeared that spring", "the software was faster"]
    ctx = _releases(texts, {"Bexa": 2, "Vessbrook": 1})
    ctx.by_unit[51] = [(0, 0)]  # the release "Vessbrook 2.1" is another group
    assert _software(ctx, 0, 52) == 1
    assert _software(ctx, 2, 52) == 2  # a group never named with a version keeps its own


# perf22: kg.references.ended_firms.ended walked the whole history per call (3.0 of 43 s of 1 MB)
FAILED = "the Tarnvik Mill failed in the spring"


def _ended_each(texts: list[str], calls: range) -> list[bool]:
    """ended() for the mill at every sentence of ``calls``, the history growing as it does
    when the resolver reads the text."""
    ctx = _context(texts)
    out = []
    for u in range(len(texts)):
        ctx.recent = ctx.history[-1:]
        if u in calls:
            out.append(ended(2, u, 0, ctx))
        ctx.history.append(u)
    return out


def test_ended_reads_each_sentence_a_bounded_number_of_times():
    texts = [FILLER] * 300 + [FAILED] + [LATER] * 100
    assert all(_ended_each(texts, range(301, 401)))  # the mill failed: no rival for "the works"
    # was 100 calls × over 300 earlier sentences read (about 35,000); now each once
    assert _CountingUnits.reads <= 2 * len(texts) + 5 * 100


def test_ended_sees_the_firm_named_again_after_its_end():
    # negative: named again without an end ("the Tarnvik Mill stood …"), it trades again
    texts = [FILLER] * 50 + [FAILED] + [LATER] * 5 + [MILL] + [LATER] * 5
    assert _ended_each(texts, range(51, 62)) == [True] * 6 + [False] * 5  # 56 names it
