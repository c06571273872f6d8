"""Measures entity extraction against gold entities (and relations).

Usage::

    python benchmarks/entities.py [ARTICLE GOLD_ENTITIES.json] [--relations RELATIONS.json]
    python benchmarks/entities.py --held-out      # also every development set in benchmarks/
    python benchmarks/entities.py --ours          # also every tests/data/entities/*/ folder

With no article, measures the bundled article against ``shared/eval/dev_entities.json`` and
``dev_relations.json``. Prints, per article:

- recall: share of gold entities some node's label or alias matches (after the
  normalisation of ``shared/eval/README.md``);
- alias-unity: share of gold entities whose forms found in the text all match one node;
- conflations: nodes that match forms of two different gold entities;
- nodes, nodes per gold entity, and the mean number of nodes matching one gold entity; the
  same count without date and quantity nodes (``nodes_core``, ``core_per_gold``), since the
  issue asks for dates and quantities where a claim states them while a human indexer would
  list few of them;
- type agreement (gold types folded onto ours: policy_document → document …);
- relations joined (entity – claim – entity): pairs whose two entities' nodes (the node the
  gold name resolves to, else one of its aliases' nodes) both have a ``mentions`` edge from
  the claim node holding the evidence (``joined_at_evidence``, the stricter reading), and from
  any one claim node (``joined_anywhere``);
- extraction time, per sentence.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.documents import read_documents
from kg.entities import extract_entities
from kg.graph import build_graph
from kg.splitter import split_document

EVAL = ROOT.parent / "shared" / "eval"
# The benchmarks/ folders whose sets are development sets (each final* folder became one once
# measured as a final set).
DEV_ROOTS = ("data", "final", "final2", "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final13", "final14", "final15", "final16", "final17", "final18", "final19")

# gold files use finer types than ours: fold each onto the one it is a kind of
TYPE_FOLD = {"policy_document": "document", "publication": "document", "risk": "concept",
             "scenario": "concept", "instrument": "product", "observatory": "product",
             "software": "product", "language": "product", "infrastructure": "place",
             "organisation": "organization", "building": "place", "facility": "place",
             "work": "document", "location": "place", "book": "document",
             "treaty": "document", "agreement": "document"}


def norm(text: str) -> str:
    """The gold matching normalisation: case, leading "the", possessive, plural, punctuation."""
    text = text.casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def measure(article: Path, gold_path: Path, relations_path: Path | None) -> dict:
    """Runs the pipeline on one article and scores it."""
    docs = read_documents([article])
    sections, sentences = [], []
    for doc in docs:
        secs, sents = split_document(doc)
        sections += secs
        sentences += sents
    t0 = time.perf_counter()
    entities, mentions = extract_entities(docs, sections, sentences)
    elapsed = time.perf_counter() - t0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = norm(" ".join(d.text for d in docs))
    nodes_of = defaultdict(set)
    for e in entities:
        for form in {e.label, *e.aliases}:
            nodes_of[norm(form)].add(e.id)
    found = unified = typed = 0
    per_gold, gold_of_node, misses = [], defaultdict(set), []
    for g in gold:
        forms = {norm(f) for f in [g["name"], *g["aliases"]]}
        nodes = set().union(*(nodes_of[f] for f in forms))
        per_gold.append(len(nodes))
        for n in nodes:
            gold_of_node[n].add(g["name"])
        found += bool(nodes)
        present = [f for f in forms if f and re.search(rf"\b{re.escape(f)}", text)]
        hit = [nodes_of[f] for f in present]
        if (present and all(hit) and len(set.intersection(*hit)) >= 1) or (not present and nodes):
            unified += 1
        else:
            misses.append(g["name"] + ("" if nodes else " (not found)"))
        want = TYPE_FOLD.get(g["type"], g["type"])
        typed += any(e.entity_type == want for e in entities if e.id in nodes)
    core = [e for e in entities if e.entity_type not in ("date", "quantity")]
    result = {
        "article": str(article.relative_to(ROOT) if article.is_relative_to(ROOT) else article),
        "gold": len(gold), "recall": found / len(gold), "alias_unity": unified / len(gold),
        "type_agreement": typed / len(gold),
        "conflations": sum(len(v) > 1 for v in gold_of_node.values()),
        "nodes": len(entities), "nodes_per_gold": len(entities) / len(gold),
        "nodes_core": len(core), "core_per_gold": len(core) / len(gold),
        "nodes_matching_a_gold_entity": sum(per_gold) / len(gold),
        "sentences": len(sentences), "seconds": elapsed,
        "ms_per_sentence": 1000 * elapsed / max(1, len(sentences)),
        "not_unified": misses,
    }
    if relations_path:
        result.update(_relations(relations_path, gold, docs, sections, sentences, entities,
                                  mentions, nodes_of))
    return result


def _resolve(name: str, forms: list[str], nodes_of) -> set[str]:
    """The nodes a gold name resolves to: its own form's node, else any of its aliases'."""
    own = nodes_of.get(norm(name), set())
    return set(own) or set().union(*(nodes_of.get(norm(f), set()) for f in forms))


def _relations(path, gold, docs, sections, sentences, entities, mentions, nodes_of) -> dict:
    """Pairs joined through a claim node: some claim node has ``mentions`` edges to both
    entities' nodes (anywhere), and the claim holding the evidence does (at evidence)."""
    relations = json.loads(path.read_text(encoding="utf-8"))
    forms_of = {g["name"]: [g["name"], *g["aliases"]] for g in gold}
    graph = build_graph(docs, sections, sentences, entities, mentions)
    linked = defaultdict(set)
    for u, v, key in graph.edges(keys=True):
        if key == "mentions":
            linked[u].add(v)
    flat = {c: " ".join(graph.nodes[c]["text"].split()).casefold() for c in linked}
    strict = loose = 0
    failed, failed_anywhere = [], []
    for r in relations:
        a = _resolve(r["a"], forms_of.get(r["a"], [r["a"]]), nodes_of)
        b = _resolve(r["b"], forms_of.get(r["b"], [r["b"]]), nodes_of)
        ev = " ".join(r["evidence"].split()).casefold()
        both = [c for c, ids in linked.items() if ids & a and ids & b]
        loose += bool(both)
        if not both:
            failed_anywhere.append(f"{r['a']} – {r['b']}")
        if any(ev in flat[c] or flat[c] in ev for c in both):
            strict += 1
        else:
            failed.append(f"{r['a']} – {r['b']}")
    return {"relations": len(relations), "joined_at_evidence": strict / len(relations),
            "joined_anywhere": loose / len(relations), "relations_not_joined": failed,
            "relations_not_joined_anywhere": failed_anywhere}


def _print(result: dict) -> None:
    print(f"== {result['article']}")
    for key, value in result.items():
        if key == "article":
            continue
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"  {key:30s} {shown}")


def main(argv: list[str] | None = None) -> int:
    """Parses arguments, measures, prints."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", type=Path)
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument("--relations", type=Path)
    parser.add_argument("--held-out", action="store_true",
                        help="also measure every development set in benchmarks/ "
                             "(data/, final/ … final19/)")
    parser.add_argument("--ours", action="store_true",
                        help="also measure every tests/data/entities/*/ folder")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    runs = []
    if args.article:
        runs.append((args.article, args.gold, args.relations))
    else:
        runs.append((ROOT / "data" / "article.txt", EVAL / "dev_entities.json",
                     EVAL / "dev_relations.json"))
    folders = []
    if args.held_out:
        for root in DEV_ROOTS:
            folders += sorted((ROOT / "benchmarks" / root).glob("*/"))
    if args.ours:
        folders += sorted((ROOT / "tests" / "data" / "entities").glob("*/"))
    if folders:
        for folder in folders:
            article = next(iter(sorted(folder.glob("article.*"))), None)
            if article and (folder / "entities.json").exists():
                rel = folder / "relations.json"
                runs.append((article, folder / "entities.json", rel if rel.exists() else None))
    results = [measure(*run) for run in runs]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for result in results:
            _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
