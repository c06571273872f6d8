"""Byte-stable builds: the same text gives the same store and exports under any hash seed.

Python salts ``str`` hashes per process (``PYTHONHASHSEED``), so any set of strings whose
iteration order reaches a file makes two builds of one text differ. Each build here runs in its
own interpreter with its own seed.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx

from web.graphviews import induced

from conftest import CORPUS, REPO

_BUILD = """
import json
import sys
from pathlib import Path

from kg.graph import claim_ids
from kg.readwrite import write_gexf, write_graphml, write_json
from web.build import build_store
from web.graphstore import read_graph
from web.graphviews import neighbourhood

corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
build_store([corpus], out / "store")
graph = read_graph(out / "store")
centre = claim_ids(graph)[0]
near = neighbourhood(graph, centre, depth=2, limit=8)
for name, subject in (("graph", graph), ("near", near)):
    for suffix, write in (("gexf", write_gexf), ("graphml", write_graphml), ("json", write_json)):
        write(subject, out / f"{name}.{suffix}")
(out / "near.order.json").write_text(json.dumps([len(graph), *near.nodes]), encoding="utf-8")
"""


def _build(out: Path, seed: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", _BUILD, str(CORPUS), str(out)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _files(root: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "manifest.json":  # the build's time is the one thing allowed to differ
                manifest = json.loads(data)
                manifest.pop("created")
                data = json.dumps(manifest, sort_keys=True).encode()
            files[path.relative_to(root).as_posix()] = data
    return files


def test_builds_under_two_hash_seeds_are_byte_identical(tmp_path):
    runs = {seed: _build(tmp_path / seed, seed) for seed in ("1", "2")}
    for seed, run in runs.items():
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, f"build under PYTHONHASHSEED={seed} failed:\n{err[-3000:]}"
    first, second = _files(tmp_path / "1"), _files(tmp_path / "2")
    # Every part a store has, and every export of the graph and of a neighbourhood.
    assert {"store/lexical/vocab.index.json", "store/graph.pickle", "store/derived/tables.json",
            "graph.gexf", "graph.graphml", "graph.json", "near.gexf", "near.json"} <= set(first)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert differ == []
    # The neighbourhood is small enough that networkx would have iterated it as a set.
    size, *near = json.loads(first["near.order.json"])
    assert 2 < len(near) and 2 * len(near) < size


def test_induced_subgraph_keeps_the_given_order_and_every_edge_between():
    rng = random.Random(7)
    graph = nx.MultiDiGraph(name="g")
    graph.add_nodes_from((f"n{i}", {"kind": "claim", "order": i}) for i in range(60))
    for _ in range(200):
        u, v = rng.sample(list(graph), 2)
        graph.add_edge(u, v, key=rng.choice(["next", "mentions"]), weight=rng.random())
    nodes = rng.sample(list(graph), 12)
    sub = induced(graph, nodes)
    assert list(sub) == nodes
    expected = graph.subgraph(nodes)
    assert sorted(sub.edges(keys=True, data="weight")) == sorted(expected.edges(keys=True, data="weight"))
    assert sub.number_of_edges() > 0 and sub.graph == {"name": "g"}
    sub.nodes[nodes[0]]["kind"] = "changed"  # a copy: the graph is untouched
    assert graph.nodes[nodes[0]]["kind"] == "claim"
