"""The texts ``benchmarks/perf.py`` builds and queries: the sentences of the bundled and
``benchmarks/data`` articles (:func:`article_sentences`), generated corpora of a given number
of distinct claims made from them (:func:`generate_corpus`: numbers and names varied) and
distinct short queries taken from any texts (:func:`make_queries`), such as the texts a built
store embedded (:func:`embedded_texts`).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from perf_processes import REPO

ARTICLES = [REPO / "data" / "article.txt", *sorted((REPO / "benchmarks" / "data").glob("*/article.*"))]


def article_sentences() -> list[str]:
    """The claims of the bundled and benchmark articles, split by the service's own splitter."""
    from kg.documents import read_documents
    from kg.splitter import split_document

    sentences = []
    for doc in read_documents(ARTICLES):
        sentences.extend(s.text for s in split_document(doc)[1])
    # Whole sentences only: a heading or list item would run into the next line of a document.
    return [s for s in sentences if len(s) > 25 and "\n" not in s and s[0].isupper() and s[-1] in ".!?"]


_SYLLABLES = "ka lo mi ren sa tor vel bri an do ge hul is jor ne pa quin ru sto ta um vor wy zel".split()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")


def _fake_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def generate_corpus(folder: Path, claims: int, *, seed: int = 7, per_doc: int = 40) -> int:
    """Writes Markdown documents holding about ``claims`` distinct sentences; returns how many.

    Each sentence is one of the articles' sentences with its numbers replaced by random ones
    and some capitalised words by invented names (from a pool, so entities recur across
    documents as real ones do); one that comes out unchanged or already seen gets an
    invented opening clause.
    """
    rng = random.Random(seed)
    templates = article_sentences()
    names = [_fake_name(rng) for _ in range(max(50, claims // 20))]
    seen: set[str] = set()
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    doc = 0
    while written < claims:
        lines = [f"# Report {doc}: {rng.choice(names)} and {rng.choice(names)}", ""]
        for _ in range(min(per_doc, claims - written)):
            for _attempt in range(20):
                text = rng.choice(templates)
                text = _NUMBER.sub(lambda m: str(rng.randint(2, 99_999)), text)
                text = _NAME.sub(lambda m: rng.choice(names) if rng.random() < 0.6 else m.group(), text)
                if text in seen:
                    text = f"In {rng.randint(1900, 2099)}, {rng.choice(names)} noted that {text[0].lower()}{text[1:]}"
                if text not in seen:
                    break
            seen.add(text)
            lines.append(text)
            written += 1
        (folder / f"doc{doc:05d}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        doc += 1
    return written


def make_queries(texts: list[str], count: int, *, seed: int = 11) -> list[str]:
    """``count`` distinct short queries: 3 to 7 consecutive words of random texts."""
    rng = random.Random(seed)
    words = [re.findall(r"[\w'-]+", t) for t in texts]
    words = [w for w in words if len(w) >= 4]
    queries: dict[str, None] = {}
    for _ in range(count * 20):
        if len(queries) >= count:
            break
        w = rng.choice(words)
        n = rng.randint(3, min(7, len(w)))
        start = rng.randint(0, len(w) - n)
        queries[" ".join(w[start : start + n]).lower()] = None
    return list(queries)


def embedded_texts(store: Path) -> list[str]:
    """The texts a store's vectors were computed from (the passages of its claims)."""
    from web.engine import read_graph
    from web.passages import passage_texts

    claims = json.loads((store / "claims.json").read_text(encoding="utf-8"))
    return passage_texts(read_graph(store), claims)
