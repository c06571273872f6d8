"""No coined word of an evaluation article stands in the service's source (read21).

:mod:`tests.test_invented_names` checks the source's capitalised words and its runs of five
words against the evaluation articles (the entity probes' included), not a lowercase word: the
bicycle probe's coined names of its machines and the sediment probe's coined method (each a
gold term) had reached two docstrings and a comment. A word of six letters or more that an
article writes in lowercase and wordfreq's large list lacks (Zipf 0: a coinage or a trade
word) may not occur in ``kg/``, ``index/`` or ``web/`` (any case), except the real English words
of :data:`GENERIC` that the list lacks.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_entities import needs_wordfreq

ROOT = Path(__file__).resolve().parents[1]
SOURCE_SUFFIXES = (".py", ".html", ".js", ".css")
# real English words wordfreq lacks that an article writes and the source's word lists hold
GENERIC = frozenset({"cooperages", "superconducts", "windpump", "dairymaid", "coachmaker"})
_LOWER = re.compile(r"(?<![A-Za-z'’-])[a-z]{6,}(?:-[a-z]+)*")


def _coined_words() -> set[str]:
    """The lowercase words of six letters or more of the evaluation articles that wordfreq's
    large list lacks."""
    from wordfreq import zipf_frequency

    paths = [ROOT / "data" / "article.txt", *sorted(ROOT.glob("benchmarks/*/*/article.*")),
             *sorted(ROOT.glob("benchmarks/data/*/article.*")),
             *sorted(ROOT.glob("tests/data/entities/*/article.*"))]
    words = {w for p in paths for w in _LOWER.findall(p.read_text(encoding="utf-8"))}
    return {w for w in words if zipf_frequency(w, "en", wordlist="large") == 0} - GENERIC


def _shared(text: str, coined: set[str]) -> list[str]:
    found = re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())
    return sorted(set(found) & coined)


@needs_wordfreq
def test_source_writes_no_coined_word_of_an_evaluation_article():
    coined = _coined_words()
    shared = {}
    for package in ("kg", "index", "web"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix in SOURCE_SUFFIXES and "vendor" not in path.parts \
                    and (words := _shared(path.read_text(encoding="utf-8"), coined)):
                shared[str(path.relative_to(ROOT))] = words
    assert not shared, f"coined words of an evaluation article in kg/, index/ or web/: {shared}"


@needs_wordfreq
def test_the_coined_word_check_finds_one_and_passes_english():
    coined = _coined_words()
    assert len(coined) > 20  # the articles were read
    planted = min(coined)
    assert _shared(f'# a comment: "the {planted.upper()} was …"', coined) == [planted]
    assert not _shared("The windpump and the cooperages of the quay were sold.", coined)
