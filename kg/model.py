"""The plain records that flow from text to graph.

They carry no behaviour beyond ids, so every stage (splitting, entity extraction, graph
building, exports) can be tested on its own.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Folds case, Unicode compatibility forms and white space, for ids and comparisons."""
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip().casefold()


def stable_id(kind: str, *parts: str) -> str:
    """A short id derived from content, the same on every rebuild of the same text.

    Args:
        kind: the node kind, used as a readable prefix (``claim``, ``entity`` …).
        parts: the content the id is derived from; normalised before hashing.

    Returns:
        ``"<kind>:<12 hex digits>"``.
    """
    digest = hashlib.sha1("\x1f".join(normalise(p) for p in parts).encode("utf-8"))
    return f"{kind}:{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class Document:
    """One source text.

    Attributes:
        id: ``document:<slug of the file name>``, unique within a build.
        path: where it was read from (display only).
        title: the first heading, else the file name.
        text: the whole text, exactly as read (spans index into it).
    """

    id: str
    path: str
    title: str
    text: str


@dataclass(frozen=True)
class Section:
    """A heading and the text under it, up to the next heading of the same or higher level.

    Attributes:
        id: ``stable_id("section", doc, title, str(order))``.
        doc: the document id.
        title: the heading text, without Markdown marks.
        level: 1 for a top heading, larger for nested ones.
        char_start: where the heading text starts in the document.
        char_end: where the heading text ends.
        order: position among the document's sections (0-based).
        parent: the enclosing section's id, or None.
    """

    id: str
    doc: str
    title: str
    level: int
    char_start: int
    char_end: int
    order: int
    parent: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One occurrence of a claim in a document: ``document.text[char_start:char_end] == text``.

    Attributes:
        text: the sentence exactly as it stands in the source.
        doc: the document id.
        char_start: start offset in the document text.
        char_end: end offset (exclusive).
        section: the id of the innermost section containing it, or None.
        order: position among the document's sentences (0-based).
        list_item: True when it is (part of) a bullet or numbered list item.
        continues_item: True for a list item's second or later sentence (it reads on from
            the sentence before it, not from the list's lead-in).
    """

    text: str
    doc: str
    char_start: int
    char_end: int
    section: str | None
    order: int
    list_item: bool = False
    continues_item: bool = False

    @property
    def claim_id(self) -> str:
        """The id of the claim node this occurrence belongs to (repeats share it)."""
        return stable_id("claim", self.text)


@dataclass
class Entity:
    """One real-world thing, with every surface form that names it.

    Attributes:
        id: ``stable_id("entity", label)``.
        label: the canonical name.
        entity_type: person, organization, product, document, technique, concept,
            event (a court case, a strike, a war), quantity, date, place or other.
        aliases: every other surface form seen.
        mentions: how many claim occurrences mention it (literal or by reference).
        merges: why forms were merged: ``{"form", "rule", "evidence"}`` dicts.
    """

    id: str
    label: str
    entity_type: str = "other"
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    merges: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A claim occurrence that names an entity.

    Attributes:
        entity: the entity id.
        sentence: the index of the sentence (in the list given to the extractor).
        surface: the text that named it (the pronoun or noun phrase, for a reference).
        via: ``"literal"`` or ``"reference"`` (resolved from "the company", "it" …).
        char_start: start of ``surface`` in the document, when known.
        char_end: end of ``surface`` in the document, when known.
    """

    entity: str
    sentence: int
    surface: str
    via: str = "literal"
    char_start: int | None = None
    char_end: int | None = None
