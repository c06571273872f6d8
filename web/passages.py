"""What text stands for a claim in the indexes.

A claim alone often lacks its subject ("The company was founded in 2021"); the passage that is
embedded and indexed may add context from the graph. Both the build and any re-index call this
one function so that the vectors and the lexical index always describe the same passages.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx


def passage_texts(graph: nx.MultiDiGraph, claims: Sequence[str]) -> list[str]:
    """The text indexed for each claim, in the order given.

    Args:
        graph: the knowledge graph.
        claims: claim node ids (the vector rows' order).

    Returns:
        One passage per claim.
    """
    return [graph.nodes[c]["text"] for c in claims]
