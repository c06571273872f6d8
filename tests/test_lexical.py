"""Tests for index.lexical: BM25 over texts."""

from __future__ import annotations

import numpy as np
import pytest

from index.lexical import LexicalIndex
from kg.errors import QueryError, StoreError

TEXTS = [
    "The river flooded the valley after three days of rain.",
    "Quantum computers use qubits instead of classical bits.",
    "A recipe for sourdough bread needs flour, water and salt.",
    "The company hired forty engineers in 2021.",
    "Rain and wind closed the mountain roads.",
]


@pytest.fixture(scope="module")
def index():
    return LexicalIndex.build(TEXTS)


def test_exact_term_ranks_its_text_first(index):
    scores, rows = index.search("qubits", 3)
    assert rows.tolist() == [1]
    assert scores[0] > 0 and scores.dtype == np.float32 and rows.dtype == np.int64


def test_stemming_and_ranking(index):
    scores, rows = index.search("raining floods in the valley", 5)
    assert rows[0] == 0
    # "raining" reaches text 4 ("Rain and wind …") only through the stemmer.
    assert set(rows.tolist()) == {0, 4}
    assert np.all(np.diff(scores) <= 0)
    assert index.stemmer == "english"


def test_numbers_are_terms(index):
    assert index.search("2021", 5)[1].tolist() == [3]


def test_k_limits_results(index):
    scores, rows = index.search("rain valley roads flour qubits", 2)
    assert len(rows) == len(scores) == 2


@pytest.mark.parametrize("query", ["", "   ", "the of and it", "zebra"])
def test_empty_results(index, query):
    scores, rows = index.search(query, 5)
    assert scores.shape == rows.shape == (0,)


def test_bad_arguments(index):
    with pytest.raises(QueryError):
        index.search("rain", -1)
    with pytest.raises(QueryError):
        index.search(None, 3)
    assert index.search("rain", 0)[1].size == 0


def test_save_load_round_trip(index, tmp_path):
    index.save(tmp_path / "lex")
    loaded = LexicalIndex.load(tmp_path / "lex")
    assert len(loaded) == len(TEXTS)
    for query in ["qubits", "rain", "bread flour", "engineers company"]:
        a, b = index.search(query, 5), loaded.search(query, 5)
        assert b[1].tolist() == a[1].tolist()
        np.testing.assert_allclose(b[0], a[0], rtol=1e-6)


def test_load_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="lexical.json"):
        LexicalIndex.load(tmp_path / "nothing")


def test_single_document_and_stopword_only_corpora(tmp_path):
    one = LexicalIndex.build(["Solar panels convert sunlight."])
    assert one.search("sunlight", 10)[1].tolist() == [0]
    empty = LexicalIndex.build(["the and of", ""])
    assert empty.search("the", 3)[1].size == 0
    empty.save(tmp_path / "e")
    assert len(LexicalIndex.load(tmp_path / "e")) == 2
    none = LexicalIndex.build([])
    assert none.search("anything", 3)[1].size == 0


def test_without_stemmer():
    plain = LexicalIndex.build(TEXTS, stemmer=None)
    assert plain.search("floods", 5)[1].size == 0
    assert plain.search("flooded", 5)[1].tolist() == [0]


def test_large_corpus():
    rng = np.random.default_rng(0)
    words = np.array([f"w{i}" for i in range(5000)])
    texts = [" ".join(row) for row in rng.choice(words, (100_000, 12))]
    texts[54_321] = "a unique needle token here"
    index = LexicalIndex.build(texts)
    assert index.search("needle", 10)[1].tolist() == [54_321]
    assert len(index.search("w1 w2 w3", 10)[1]) == 10
