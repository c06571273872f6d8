"""Finds every occurrence of the chosen entities' forms: longest match first.

Once the corpus has told which forms are entities, each sentence and heading is scanned for
all of them, so a term found through its repetitions is also found where it was written
in capitals, in a plural, or inside a longer chunk. A key may be scoped to one document (the
head of a document's title used alone, :mod:`kg.merging.topics`): in the other documents of a build
the same word may name something else, so it is matched only in its own. A name with a
lowercase classifier followed by "of" and a lowercase word ("the Kelby company of actors",
:func:`kg.finders.candidates.of_members`) is matched without its classifier, as it is not
found as a name there either.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.finders.candidates import of_members
from kg.finders.eponyms import CLASSIFIERS
from kg.words.tokens import Token, key_of, parts, singular

ANY, CAPITAL, ACRONYM = "any", "capital", "acronym"


@dataclass(frozen=True)
class Match:
    """One occurrence of an entity's form.

    Attributes:
        unit: the unit index.
        start: first token index.
        end: token index after the last.
        group: the entity (group) index.
    """

    unit: int
    start: int
    end: int
    group: int


class Gazetteer:
    """Matching keys of entity forms, each with the group it names and a case rule."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], tuple[int, str]] = {}
        self.variants: dict[tuple[str, ...], tuple[str, ...]] = {}  # reworded key → its source
        self.with_commas: set[tuple[str, ...]] = set()  # "one seat, one voice"
        self.singular_only: set[tuple[str, ...]] = set()  # "X work" but not "X works"
        self.hyphened: set[tuple[str, ...]] = set()  # "fen-distilled", not "fen distilled"
        self.scopes: dict[tuple[str, ...], str] = {}  # key → the one document it is matched in
        self.longest = 1
        self._firsts: set[str] = set()  # the first word of every key

    def add(self, key: tuple[str, ...], group: int, mode: str = ANY, *,
            commas: bool = False, singular_only: bool = False, hyphened: bool = False,
            doc: str | None = None) -> bool:
        """Adds a key unless it is already taken; returns True when added.

        Args:
            key: the matching key.
            group: the group it names.
            mode: ``any``; ``capital`` (the first word must be capitalised, for a one-word
                name); ``acronym`` (the word must be an acronym or a mixed-case short form).
            commas: True when the form is written with commas inside ("one member, one
                vote"), which other keys may not span.
            singular_only: True when the last word must not be a plural ("X work", not the
                verb in "X works").
            hyphened: True when the last two words must be one hyphened word
                ("fen-distilled": a participle, :mod:`kg.merging.participles`).
            doc: the id of the one document the key is matched in; None for all.
        """
        if not key or key in self.entries:
            return False
        self.entries[key] = (group, mode)
        if doc is not None:
            self.scopes[key] = doc
        self._firsts.add(key[0])
        if commas:
            self.with_commas.add(key)
        if singular_only:
            self.singular_only.add(key)
        if hyphened:
            self.hyphened.add(key)
        self.longest = max(self.longest, len(key))
        return True

    def find(self, unit: int, tokens: list[Token], *, doc: str | None = None) -> list[Match]:
        """The non-overlapping occurrences in a unit, the longest at each place first.

        Args:
            unit: the unit index (recorded in the matches).
            tokens: the unit's tokens.
            doc: the unit's document id; keys scoped to another document are not matched
                (with None, no scoped key is).
        """
        out, i = [], 0
        while i < len(tokens):
            hit = self._at(tokens, i, doc)
            if hit is None:
                i += 1
                continue
            end, group = hit
            out.append(Match(unit, i, end, group))
            i = end
        return out

    def _at(self, tokens: list[Token], i: int, doc: str | None) -> tuple[int, int] | None:
        if not tokens[i].is_word or tokens[i].lower in ("the", "a", "an"):
            return None
        # A key starts with the first word of its first token (made singular when it is the
        # key's only word): most places start no key, and are left before any span is keyed.
        first = parts(tokens[i])
        if first and first[0] not in ("the", "a", "an") and first[0] not in self._firsts \
                and singular(first[0]) not in self._firsts:
            return None
        stop = i
        while stop < len(tokens) and stop - i < self.longest * 2 and (
                tokens[stop].is_word or tokens[stop].text == "&"
                or tokens[stop].text in ",:" and self.with_commas
                or _hanging(tokens, stop, i)
                or tokens[stop].text == "." and stop > i and tokens[stop - 1].text in (
                    "v", "vs", "No", "Nos")):
            # "… Board v. Tasker Ltd": a court case's "v." is inside its name, and so is a
            # number's "No." ("Grey Pike No. 4")
            stop += 1
        for end in range(stop, i, -1):
            if not tokens[end - 1].is_word and tokens[end - 1].text != "&":
                continue
            key = key_of(tokens[i:end])
            entry = self.entries.get(key)
            if entry is None or self.scopes.get(key, doc) != doc:
                continue
            if key not in self.with_commas and any(t.text in ",:" for t in tokens[i:end]):
                continue
            if key in self.singular_only and tokens[end - 1].lower != key[-1]:
                continue
            if key in self.hyphened and tuple(parts(tokens[end - 1]))[-2:] != key[-2:]:
                continue
            if end - i > 1 and tokens[end - 1].text.islower() \
                    and tokens[end - 1].lower in CLASSIFIERS and of_members(tokens, end):
                continue  # "the Kelby company of actors" is no "Kelby company"
            group, mode = entry
            if mode == CAPITAL and not tokens[i].text[0].isupper():
                continue
            if mode == ACRONYM and not tokens[i].is_short_form:
                continue
            return end, group
        return None


def _hanging(tokens: list[Token], k: int, i: int) -> bool:
    """True for a hyphen left hanging on the word before it, inside a run begun at ``i``
    and followed, after a space, by a word ("Orsk Glas- und Varn-Werke"): the name finder
    reads such a run as one name (:func:`kg.finders.name_runs._suspended`), so its key is
    matched through the hyphen, which the key leaves out. Not a hyphen joining two tokens
    ("a 24-hour forecast" is no "24 hours")."""
    return tokens[k].text == "-" and i < k < len(tokens) - 1 and tokens[k - 1].is_word \
        and tokens[k - 1].end == tokens[k].start < tokens[k].end < tokens[k + 1].start \
        and tokens[k + 1].is_word
