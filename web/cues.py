"""Answer cues: what shape of sentence a question asks for, from English function words only.

A "why" question is answered by a reason, and English marks most stated reasons with a small
set of connectives ("because", "so that", "therefore", "due to", …). Paraphrase questions
avoid the answer's content words, so a claim that gives a reason is hard to tell from one that
only names the topic (the answer to "Why did members leave?" often reads "…, because the fees
rose", while its neighbour says "Many members left."). Graph-aware ranking raises claims that
state a reason by :data:`web.ranking.REASON_WEIGHT` for "why" questions only.

The connectives are generic English; nothing here depends on an article. Wider lists (adding
"since", "thus", "so", "reason") were measured and cost more than they gave (see
``docs/RANKING.md``, round 4): "since" and a bare "so" are as often temporal or intensifying.
"""

from __future__ import annotations

import re

_WHY = re.compile(r"^\W*(?:why|how\s+come)\b", re.IGNORECASE)
_REASON = re.compile(
    r"\b(?:because|so\s+that|therefore|hence|due\s+to|owing\s+to|as\s+a\s+result|in\s+order\s+to)\b"
    r"|,\s*so\b",
    re.IGNORECASE,
)


def asks_why(query: str) -> bool:
    """Whether a query asks for a reason ("Why …?", "How come …?").

    Args:
        query: the query text.

    Returns:
        True when its first word is "why" (or it opens with "how come").
    """
    return _WHY.match(query) is not None


def gives_reason(text: str) -> bool:
    """Whether a sentence states a reason: it holds a causal connective.

    Args:
        text: a claim's text.

    Returns:
        True for "because", "so that", "therefore", "hence", "due to", "owing to",
        "as a result", "in order to" or a clause-joining ", so".
    """
    return _REASON.search(text) is not None
