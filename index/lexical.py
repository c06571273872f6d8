"""BM25 keyword search with ``bm25s``: exact terms, names and numbers that embeddings blur.

Texts are tokenised here, not by ``bm25s``, so that indexing and querying share one tokeniser:
Unicode-normalised and case-folded (:func:`kg.model.normalise`), split into runs of letters and
digits, English stopwords (NLTK's list, shipped with ``bm25s``) removed, one-letter words dropped
(single digits are kept), and each word reduced by the Snowball English stemmer when
``PyStemmer`` is installed. The tokeniser's settings are saved with the index, and loading
refuses an index whose stemming this process cannot reproduce.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN_PLUS

from kg.errors import QueryError, StoreError
from kg.model import normalise

try:  # PyStemmer: C Snowball stemmers, no data files to download.
    import Stemmer as _pystemmer
except ImportError:  # pragma: no cover - depends on the environment
    _pystemmer = None

log = logging.getLogger(__name__)

CONFIG_FILE = "lexical.json"
_CONFIG_VERSION = 1
_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset(STOPWORDS_EN_PLUS)


class _Tokenizer:
    """Turns text into index terms; the stemmer is guarded because PyStemmer's is not thread-safe."""

    def __init__(self, stemmer: str | None):
        self.stemmer_name = stemmer
        self._stemmer = _pystemmer.Stemmer(stemmer) if stemmer else None
        self._lock = threading.Lock()

    def __call__(self, text: str) -> list[str]:
        words = [
            w
            for w in _WORD.findall(normalise(text))
            if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())
        ]
        if self._stemmer is None or not words:
            return words
        with self._lock:
            return self._stemmer.stemWords(words)


def _numbered(corpus: list[list[str]]) -> tuple[list[list[int]], dict[str, int]]:
    """The corpus as term ids, with the vocabulary numbered in sorted term order.

    ``bm25s`` numbers terms in the iteration order of a set of strings, which changes with
    ``PYTHONHASHSEED``: the saved index then differs from one build of the same texts to the
    next, and so do scores in their last digits (a query's terms are summed in id order).
    """
    vocab = {term: i for i, term in enumerate(sorted({term for terms in corpus for term in terms}))}
    return [[vocab[term] for term in terms] for terms in corpus], vocab


def _default_stemmer() -> str | None:
    if _pystemmer is None:
        log.info("PyStemmer not installed: BM25 terms are not stemmed")
        return None
    return "english"


class LexicalIndex:
    """A BM25 index over a list of texts; result rows are positions in that list.

    Build one with :meth:`build` or :meth:`load`, not with the constructor.
    """

    def __init__(self, retriever: bm25s.BM25 | None, count: int, tokenizer: _Tokenizer):
        self._retriever = retriever
        self._count = count
        self._tokenize = tokenizer

    def __len__(self) -> int:
        return self._count

    @property
    def stemmer(self) -> str | None:
        """The Snowball stemmer's language, or None when terms are not stemmed."""
        return self._tokenize.stemmer_name

    @classmethod
    def build(cls, texts: Sequence[str], *, stemmer: str | None = "default") -> LexicalIndex:
        """Indexes ``texts``.

        Args:
            texts: the documents (any number, including 0 or 1).
            stemmer: a Snowball language, None for no stemming, or ``"default"``: English when
                PyStemmer is installed.

        Returns:
            The index.

        Raises:
            TypeError: ``texts`` is a single string or holds non-strings.
        """
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise TypeError("texts must be a sequence of strings")
        tokenizer = _Tokenizer(_default_stemmer() if stemmer == "default" else stemmer)
        corpus = [tokenizer(t) for t in texts]
        retriever = None
        if any(corpus):
            retriever = bm25s.BM25()
            retriever.index(_numbered(corpus), show_progress=False)
        return cls(retriever, len(corpus), tokenizer)

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Finds the texts that best match the query's terms.

        Args:
            query: free text.
            k: the most results wanted.

        Returns:
            ``(scores, rows)``: float32 and int64 arrays of the same length ≤ k, best first
            (ties by row). Only texts sharing a term with the query are returned, so a query of
            stopwords only, or of words no text contains, gives two empty arrays.

        Raises:
            QueryError: ``query`` is not a string or ``k`` is negative.
        """
        if not isinstance(query, str):
            raise QueryError("query must be a string")
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 0:
            raise QueryError(f"k must be a non-negative integer, got {k!r}")
        empty = np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        if k == 0 or self._retriever is None:
            return empty
        vocab = self._retriever.vocab_dict
        ids = sorted({vocab[t] for t in self._tokenize(query) if t in vocab and t})
        if not ids:
            return empty
        scores = np.asarray(self._retriever.get_scores_from_ids(ids), dtype=np.float32)
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        order = np.lexsort((hits, -scores[hits]))
        rows = hits[order].astype(np.int64)
        return scores[rows], rows

    def save(self, folder: Path | str) -> Path:
        """Writes the index into ``folder`` (created if needed).

        Returns:
            The folder.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if self._retriever is not None:
            self._retriever.save(str(folder), show_progress=False)
        config = {
            "version": _CONFIG_VERSION,
            "count": self._count,
            "stemmer": self.stemmer,
            "stopwords": "nltk-english",
            "empty": self._retriever is None,
        }
        (folder / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        return folder

    @classmethod
    def load(cls, folder: Path | str, *, mmap: bool = True) -> LexicalIndex:
        """Reads an index written by :meth:`save`.

        Args:
            folder: the folder :meth:`save` wrote.
            mmap: memory-map the score arrays instead of reading them.

        Raises:
            StoreError: files are missing or damaged, or the index was stemmed with a
                stemmer this process does not have.
        """
        folder = Path(folder)
        config_file = folder / CONFIG_FILE
        try:
            config = json.loads(config_file.read_text(encoding="utf-8"))
            count, stemmer, empty = config["count"], config["stemmer"], config["empty"]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise StoreError(f"{config_file}: missing or unreadable lexical index") from e
        if config.get("version") != _CONFIG_VERSION:
            raise StoreError(f"{config_file}: unsupported lexical index version")
        if stemmer and (_pystemmer is None or stemmer not in _pystemmer.algorithms()):
            raise StoreError(
                f"{config_file}: index was stemmed with {stemmer!r} but PyStemmer cannot provide it"
            )
        retriever = None
        if not empty:
            try:
                retriever = bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False)
            except (OSError, ValueError, KeyError) as e:
                raise StoreError(f"{folder}: unreadable lexical index ({e})") from e
            if retriever.scores.get("num_docs") != count:
                raise StoreError(f"{folder}: lexical index does not match {CONFIG_FILE}")
        return cls(retriever, count, _Tokenizer(stemmer))
