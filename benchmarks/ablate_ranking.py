"""Ablation of graph mode's components, set by set (round 33 of ``docs/RANKING.md``).

Usage::

    python benchmarks/ablate_ranking.py --cache DIR --out ranks.json [--only a,b,…]
    python benchmarks/ablate_ranking.py --report ranks.json

Loads the store of every development set (``benchmarks/search.py``'s sets and cache, built when
missing) one at a time and replays graph mode (k = 10) on every question, once with the code as
it is and once with each component of :data:`SWITCHES` switched off (a weight set to 0, a cue
that never fires, a table left out), patched in place for the replay only: no switch is a public
option. ``--out`` keeps every question's first-correct rank per switch; ``--report`` prints, per
switch, the mean change of MRR@10 / R@5 / R@1 over the sets, the sets it helps and hurts, and
the change on the sets the component was built on against the sets added after it (the blind
sets ``final10/`` … ``final16/`` apart), and by question kind. Round 33 measured one more
switch, ``rescore.ENTITY_HEAD`` = 0 (the entity head, since removed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import search

from web import boosts, query, question_cues, ranking, rescore
from web.evaluate import first_correct, load_questions, question_group
from web.kinds import asks_organisation
from web.periods import decade_spans

# The development sets in the order they became development sets (docs/RANKING.md's head): 5
# by round 5, 9 by round 6, 12, 16 (round 9), 18, 20 (round 12), 22 (round 13), 24 (round 16),
# then two a final set: final10 (round 18) … final16 (round 32), final17 (after round 33),
# final18 (after round 36), final19 (after round 39).
ORDER = [
    "dev", "cooperative", "telescope", "compiler", "river", "orchestra", "vaccine", "bridges",
    "lighthouse", "architect_bio", "plate_tectonics", "water_dispute", "chronometer", "seedtrust",
    "fell_rescue", "forecasting", "brackwater_transit", "printing_press", "pcr_history",
    "vessany_archive", "quellbracke_perfumery", "radiocarbon_dating_history",
    "enigma_codebreaking", "orvane_pneumatic_post", "discovery_of_xrays", "orsenne_ice_company",
    "glassworks_invented", "superconductivity_factual", "ropewalk_invented", "transistor_factual",
    "kilogram_history_factual", "osterfell_saltworks_invented", "pencils_invented",
    "zipper_factual", "papermill_invented", "stethoscope_factual", "factual_typewriter",
    "invented_candle_soap_works", "factual_barcode", "invented_umbrella_makers",
    "factual_elevator", "invented_seed_drill_maker", "invented_organ_builder",
    "factual_sewing_machine",
]
BLIND = set(ORDER[24:])
"""The sets measured blind after round 17 (final10 … final19), on which no constant was chosen."""


def _set(target, name, value):
    """A patch: ``target(engine).name`` set to ``value`` for the duration of a ``with``."""
    @contextlib.contextmanager
    def patch(engine):
        owner = target(engine)
        # A class's own entry (a staticmethod stays one when put back).
        old = vars(owner)[name] if isinstance(owner, type) else getattr(owner, name)
        setattr(owner, name, value)
        try:
            yield
        finally:
            setattr(owner, name, old)
    return patch


def _of(owner):
    """A patch target that does not depend on the engine (a module, a class)."""
    return lambda engine: owner


def _analyser(left_out: str):
    """The query analyser rebuilt from the graph, with one of :mod:`web.descriptions`' two
    sources of description surfaces (``descriptor_phrases``, round 28, or
    ``_reference_phrases``, round 15) giving nothing."""
    @contextlib.contextmanager
    def patch(engine):
        from web import descriptions

        ranker = engine.ranker
        old, keep = ranker.analyser, getattr(descriptions, left_out)
        setattr(descriptions, left_out, lambda *args, **kwargs: [])
        try:
            ranker.analyser = query.QueryAnalyser(
                tables=query.entity_tables(engine.graph, ranker.claims)
            )
        finally:
            setattr(descriptions, left_out, keep)
        try:
            yield
        finally:
            ranker.analyser = old
    return patch


def _same(engine):
    return contextlib.nullcontext()


def _named(engine, q: str) -> bool:
    """The query names an entity the entity raise counts."""
    return any(
        hit.share <= query.COMMON_SHARE and hit.weight > 0
        for hit in engine.ranker.analyser.analyse(q).entities
    )


def _dropped(engine, q: str) -> bool:
    """The analyser drops a common entity's name from the embedded text."""
    return engine.ranker.analyser.analyse(q).dense_text != q


def _cue(test):
    return lambda engine, q: test(q)


_ranker = lambda engine: engine.ranker
_cosines = lambda engine: engine.ranker.cosines
_never = lambda *args, **kwargs: False

# name → (patch, round that introduced it, what it is[, which questions it can move]); a
# question the last test rejects keeps its rank with the code as it is (the cue cannot fire).
SWITCHES = {
    "none": (_same, 0, "the code as it is", lambda engine, q: False),
    "common_drop": (_set(_of(query.QueryAnalyser), "_dense_text", staticmethod(lambda q, hits: q)), 1,
                    "the common entity's name dropped from the embedded text", _dropped),
    "views": (_set(_cosines, "views", None), 1, "resolved (and acronym) views"),
    "back_reference": (_set(_of(ranking), "BACK_REFERENCE_WEIGHT", 0.0), 1, "back-reference inheritance"),
    "entity_raise": (_set(_of(ranking), "ENTITY_WEIGHT", 0.0), 1, "entity raise (and its continuation share)", _named),
    "fold_duplicates": (_set(_ranker, "_duplicates", {}), 1, "near-duplicates folded"),
    "context": (_set(_cosines, "context_weight", 0.0), 4, "context vectors"),
    "reason": (_set(_of(ranking), "REASON_WEIGHT", 0.0), 4, "reason cue (why)", _cue(question_cues.asks_why)),
    "section": (_set(_of(rescore), "SECTION_WEIGHT", 0.0), 5, "section evidence"),
    "amount": (_set(_of(boosts), "asks_amount", _never), 6, "amount cue (with counted nouns)", _cue(question_cues.asks_amount)),
    "date": (_set(_of(boosts), "asks_date", _never), 6, "date cue (when)", _cue(question_cues.asks_date)),
    "echo": (_set(_of(rescore), "ECHO_WEIGHT", 0.0), 6, "echo penalty"),
    "follow": (_set(_of(rescore), "FOLLOW_WEIGHT", 0.0), 7, "follow term"),
    "previous": (_set(_of(rescore), "PREVIOUS_WEIGHT", 0.0), 8, "sentence before in late interaction"),
    "place": (_set(_of(boosts), "asks_place", _never), 9, "place cue (where)", _cue(question_cues.asks_place)),
    "polar": (_set(_of(boosts), "asks_polar", _never), 9, "denial cue (yes/no)", _cue(question_cues.asks_polar)),
    "paragraphs": (_set(_cosines, "paragraph_weight", 0.0), 9, "paragraph vectors"),
    "counted": (_set(_of(boosts), "counted_nouns", lambda q: frozenset()), 12, "counted-noun cue", _cue(question_cues.asks_amount)),
    "lead": (_set(_ranker, "_lead", None), 14, "a list item's lead (the claim before instead)"),
    "second_share": (_set(_of(rescore), "SECOND_SHARE", 0.0), 14, "section's second best"),
    "descriptions_ref": (_analyser("_reference_phrases"), 15, "reference descriptions as surfaces"),
    "decades": (_set(_of(query), "decade_spans", lambda q: []), 16, "decades name their years", _cue(lambda q: bool(decade_spans(q)))),
    "continuation": (_set(_of(ranking), "CONTINUATION_SHARE", 0.0), 16, "continuation share", _named),
    "who": (_set(_of(boosts), "asks_who", _never), 17, "who cue", _cue(question_cues.asks_who)),
    "organisation": (_set(_of(boosts), "asks_organisation", _never), 18, "organisation cue", _cue(asks_organisation)),
    "descriptor_phrases": (_analyser("descriptor_phrases"), 28, "descriptor phrases as surfaces"),
}
ROUND_SETS = {0: 38, 1: 1, 2: 1, 3: 5, 4: 5, 5: 5, 6: 9, 7: 12, 8: 12, 9: 16, 12: 20, 14: 22,
              15: 22, 16: 24, 17: 24, 18: 26, 28: 34}
"""How many of :data:`ORDER`'s sets were development sets when each round chose its component."""


def _rank(engine, question: dict) -> int | None:
    """The rank of a question's first correct result in graph mode's top 10."""
    results = engine.search(question["question"], k=10)["results"]
    return first_correct([h["text"] for h in results], question["answers"])


def replay(
    cache: Path, only: list[str], sets: list[str] | None = None, out: Path | None = None
) -> dict:
    """Every switch's first-correct rank per question: ``{switch: {set: [[id, kind, rank]]}}``,
    written to ``out`` (when given) after each set."""
    from index import Embedder
    from web.engine import Engine

    embedder = Embedder()
    path, out = out, defaultdict(dict)
    for label, questions_path, article in search.default_sets():
        if sets and label not in sets:
            continue
        store, _ = search.cached_store(article, embedder, cache=cache, rebuild=False)
        engine = Engine.load(store, embedder=embedder)
        questions = load_questions(questions_path)
        base = [_rank(engine, q) for q in questions]
        for name in only:
            switch = SWITCHES[name]
            fires = switch[3] if len(switch) > 3 else (lambda engine, q: True)
            # Which questions may move is read before the patch (the patch may hide it).
            moved = [fires(engine, q["question"]) for q in questions]
            analysed = name in ("descriptions_ref", "descriptor_phrases")
            if analysed:
                before = [engine.ranker.analyser.analyse(q["question"]) for q in questions]
            with switch[0](engine):
                if analysed:
                    moved = [engine.ranker.analyser.analyse(q["question"]) != b
                             for q, b in zip(questions, before)]
                ranks = [_rank(engine, q) if m else r for q, m, r in zip(questions, moved, base)]
            out[name][label] = [[q["id"], question_group(q), r] for q, r in zip(questions, ranks)]
        print(label, file=sys.stderr, flush=True)
        if path is not None:
            path.write_text(json.dumps(out))
    return out


def figures(rows) -> tuple[float, float, float]:
    """R@1, R@5, MRR@10 of ``[id, kind, rank]`` rows."""
    n = len(rows) or 1
    return (sum(r == 1 for _, _, r in rows) / n, sum(bool(r) and r <= 5 for _, _, r in rows) / n,
            sum(1 / r for _, _, r in rows if r) / n)


def report(data: dict) -> str:
    """The ablation table: per switch, what switching it off costs (positive: it helps)."""
    base = data["none"]
    sets = [s for s in ORDER if s in base]
    mean = lambda values: sum(values) / len(values) if values else 0.0
    lines = [("switch            round  ΔMRR   ΔR@5   ΔR@1  helps/hurts  ΔMRR origin / later / blind"
             "  | by kind ΔMRR (paraphrase numeric entity direct)")]
    for name, (_, rnd, *_) in SWITCHES.items():
        if name == "none" or name not in data:
            continue
        off = data[name]
        delta = {s: [b - o for b, o in zip(figures(base[s]), figures(off[s]))] for s in sets}
        # delta > 0: the component (on) is better than off.
        helps = sum(delta[s][2] > 1e-9 for s in sets)
        hurts = sum(delta[s][2] < -1e-9 for s in sets)
        origin = sets[: ROUND_SETS.get(rnd, 38)]
        later = [s for s in sets if s not in origin]
        kinds = defaultdict(lambda: [[], []])
        for s in sets:
            for (_, kind, rb), (_, _, ro) in zip(base[s], off[s]):
                kinds[kind][0].append(1 / rb if rb else 0.0)
                kinds[kind][1].append(1 / ro if ro else 0.0)
        by_kind = " ".join(
            f"{mean(kinds[k][0]) - mean(kinds[k][1]):+.4f}" if k in kinds else "   -   "
            for k in ("paraphrase", "numeric", "entity", "direct")
        )
        lines.append(
            f"{name:<18}{rnd:>4} {mean([delta[s][2] for s in sets]):+.4f} "
            f"{mean([delta[s][1] for s in sets]):+.4f} {mean([delta[s][0] for s in sets]):+.4f}"
            f"  {helps:>3}/{hurts:<3}     "
            f"{mean([delta[s][2] for s in origin]):+.4f} / {mean([delta[s][2] for s in later]):+.4f}"
            f" / {mean([delta[s][2] for s in sets if s in BLIND]):+.4f}  | {by_kind}"
        )
    return "\n".join(lines)


def moved(data: dict) -> str:
    """Per switch, the sets whose MRR@10 it changes (its gain: on minus off) and the questions."""
    base = data["none"]
    lines = []
    for name in SWITCHES:
        if name == "none" or name not in data:
            continue
        cells, questions = [], []
        for s in [s for s in ORDER if s in base]:
            gain = figures(base[s])[2] - figures(data[name][s])[2]
            if abs(gain) > 1e-9:
                cells.append(f"{s}{'*' if s in BLIND else ''} {gain:+.3f}")
            questions += [f"{s}:{i} {rb or '-'}→{ro or '-'}" for (i, _, rb), (_, _, ro)
                          in zip(base[s], data[name][s]) if rb != ro]
        lines.append(f"{name}: " + ", ".join(cells))
        lines.append("    on → off: " + ", ".join(questions))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=search.CACHE)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--only", help="switches to replay, comma-separated (default: all)")
    parser.add_argument("--sets", help="only these sets, comma-separated (default: all)")
    parser.add_argument("--report", type=Path, help="print the table of a saved replay")
    args = parser.parse_args(argv)
    if args.report:
        data = json.loads(args.report.read_text())
        print(report(data))
        print(moved(data))
        return 0
    names = ["none", *(args.only.split(",") if args.only else [n for n in SWITCHES if n != "none"])]
    data = replay(args.cache, names, args.sets.split(",") if args.sets else None, args.out)
    print(report(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
