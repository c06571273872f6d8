"""Check the held-out gold files against their articles.

Each sub-folder of ``benchmarks/data`` (held-out sets) and of
``benchmarks/final``, ``final2`` … ``final7``, ``final9``, ``final11``, ``final12``, ``final13``, ``final14``, ``final15``, ``final16``, ``final17``, ``final18`` and ``final19`` (sets written for final measurements; ``final8`` follows the shared format instead, and ``final10`` marks no reference phrase in its relations) holds
one article (``article.md`` or ``article.txt``) with ``questions.json``,
``entities.json`` and ``relations.json``. This script verifies that every
answer, entity name, alias, relation endpoint and relation evidence is a
substring of the article (case-insensitive), and that the files have the
agreed shape.

Usage::

    python benchmarks/data/check_gold.py            # every sub-folder of all roots
    python benchmarks/data/check_gold.py telescope  # one sub-folder, by name
    python benchmarks/data/check_gold.py benchmarks/final/river  # or by path

Exits with status 1 if any check fails.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOTS = (HERE, *(HERE.parent / name for name in ("final", "final2", "final3", "final4", "final5", "final6", "final7", "final9", "final11", "final12", "final13", "final14", "final15", "final16", "final17", "final18", "final19")))
KINDS = {"paraphrase", "direct", "numeric", "entity"}
STOP = set(
    "a an the of to in on at for by with from and or but is are was were be been "
    "what which who whom whose when where why how does do did can could would "
    "should its it this that these those as into than then so not".split()
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def _sentence_around(article: str, needle: str) -> str:
    """Return the line (paragraph) of ``article`` containing ``needle``."""
    low = article.lower()
    at = low.find(needle.lower())
    start = low.rfind("\n", 0, at) + 1
    end = low.find("\n", at)
    return article[start : end if end != -1 else len(article)]


def check_folder(folder: Path) -> tuple[list[str], dict[str, object]]:
    """Check one article folder.

    Args:
        folder: Folder holding the article and its three gold files.

    Returns:
        The list of problems found (empty when all is well) and a dict of
        counts for the summary.
    """
    problems: list[str] = []
    articles = sorted(folder.glob("article.*"))
    if len(articles) != 1:
        return [f"{folder.name}: expected one article.*, found {len(articles)}"], {}
    article = articles[0].read_text(encoding="utf-8")
    low = article.lower()

    def present(label: str, text: str) -> None:
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{folder.name}: {label}: empty or not a string")
        elif text.lower() not in low:
            problems.append(f"{folder.name}: {label}: not in article: {text!r}")

    questions = json.loads((folder / "questions.json").read_text(encoding="utf-8"))
    entities = json.loads((folder / "entities.json").read_text(encoding="utf-8"))
    relations = json.loads((folder / "relations.json").read_text(encoding="utf-8"))

    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        problems.append(f"{folder.name}: duplicate question ids")
    if len(questions) != 25:
        problems.append(f"{folder.name}: {len(questions)} questions, expected 25")
    kinds: dict[str, int] = {}
    overlap: dict[str, list[float]] = {}
    for q in questions:
        kind = q.get("kind")
        if kind not in KINDS:
            problems.append(f"{folder.name}: {q.get('id')}: bad kind {kind!r}")
        kinds[kind] = kinds.get(kind, 0) + 1
        if not q.get("question") or not q.get("answers"):
            problems.append(f"{folder.name}: {q.get('id')}: missing question or answers")
            continue
        for ans in q["answers"]:
            present(f"{q['id']} answer", ans)
        if q["answers"][0].lower() in low:
            qw = _words(q["question"])
            sw = _words(_sentence_around(article, q["answers"][0]))
            overlap.setdefault(kind, []).append(len(qw & sw) / max(len(qw), 1))

    if not 15 <= len(entities) <= 20:
        problems.append(f"{folder.name}: {len(entities)} entities, expected 15-20")
    n_forms = 0
    for e in entities:
        if not e.get("type"):
            problems.append(f"{folder.name}: entity {e.get('name')!r}: no type")
        present("entity name", e.get("name"))
        for alias in e.get("aliases", []):
            present(f"alias of {e.get('name')!r}", alias)
            n_forms += 1

    if len(relations) != 10:
        problems.append(f"{folder.name}: {len(relations)} relations, expected 10")
    n_coref = 0
    for i, r in enumerate(relations, 1):
        present(f"relation {i} a", r.get("a"))
        present(f"relation {i} b", r.get("b"))
        present(f"relation {i} evidence", r.get("evidence"))
        coref = r.get("coref")
        if coref:
            n_coref += 1
            if coref.lower() not in r.get("evidence", "").lower():
                problems.append(f"{folder.name}: relation {i}: coref {coref!r} not in evidence")
    if n_coref < 4:
        problems.append(f"{folder.name}: only {n_coref} relations need reference resolution")

    summary = {
        "article": articles[0].name,
        "words": len(article.split()),
        "questions": len(questions),
        "kinds": dict(sorted(kinds.items())),
        "overlap": {k: round(sum(v) / len(v), 2) for k, v in sorted(overlap.items())},
        "entities": len(entities),
        "aliases": n_forms,
        "relations": len(relations),
        "coref_relations": n_coref,
    }
    return problems, summary


def _resolve(name: str) -> Path:
    """Return the folder for ``name``: a sub-folder name of one of ``ROOTS``, or a path."""
    for root in ROOTS:
        if (root / name / "questions.json").exists():
            return root / name
    return Path(name).resolve()


def main(argv: list[str] | None = None) -> int:
    """Run the checks and print a summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="sub-folders to check (default: all)")
    args = parser.parse_args(argv)
    folders = [_resolve(name) for name in args.folders] or [
        p for root in ROOTS if root.is_dir() for p in sorted(root.iterdir()) if (p / "questions.json").exists()
    ]
    all_problems: list[str] = []
    for folder in folders:
        problems, summary = check_folder(folder)
        all_problems += problems
        print(f"{folder.parent.name}/{folder.name}: {json.dumps(summary, ensure_ascii=False)}")
    for p in all_problems:
        print(f"FAIL {p}")
    print("OK" if not all_problems else f"{len(all_problems)} problem(s)")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())
