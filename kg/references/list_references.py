"""References that lists make: "the first of these" after a list, the subject of the sentence
that introduces a list (":"), and the name a list item opens with (:mod:`kg.references.coref` calls
these for each sentence; its docstring says what each rule measured)."""

from __future__ import annotations

from kg.references.reference_phrases import ORDER

__all__ = ["NAMED", "item_label", "list_item", "list_lead", "list_openers"]

# the types of entity whose name may carry over into a list's items
NAMED = frozenset({"organization", "product", "document", "person", "other"})


def list_openers(units, u, by_unit, types, items):
    """The names the items of a list open with, gathered item by item (None for an item
    that opens otherwise); and, for the sentence right after the list, that list (which
    "the first of these", "the second" pick from), else None.

    Args:
        units: the tokenised units.
        u: the current unit.
        by_unit: unit → ``(position, group)`` of what it names.
        types: the type of each group.
        items: the openers gathered up to the previous unit.

    Returns:
        ``(items, listed)``: the openers so far, and the list the sentence may pick from.
    """
    unit = units[u]
    before = units[u - 1] if u and units[u - 1].doc == unit.doc else None
    if unit.list_item:
        going = before is not None and before.list_item
        if going and not _new_item(before, unit):
            return items, None  # a later sentence of the same item
        first = [g for p, g in by_unit[u] if p <= 2 and types[g] not in ("date", "quantity")]
        opener = first[0] if first else None
        return (items if going else []) + [opener], None
    return [], items if before is not None and before.list_item else None


def _new_item(before, unit) -> bool:
    """True when a list item's sentence opens a new item: more than a space between it and
    the sentence before (a line break and a bullet), not a later sentence of one item."""
    if not before.tokens or not unit.tokens:
        return True
    return unit.tokens[0].start - before.tokens[-1].end > 2


def list_item(listed: list | None, ordinal: str) -> int | None:
    """The opener of the item an ordinal names ("the second" → the second item's name).

    Args:
        listed: the openers of the list just given (None after no list).
        ordinal: "first", "second" ….

    Returns:
        The group, or None when there is no such item or it opens with no name.
    """
    n = ORDER.index(ordinal) if ordinal in ORDER else len(listed or ())
    return listed[n] if listed and n < len(listed) else None


def item_label(units, u, by_unit, types, label):
    """The name a list item opens with ("**X**, written by …"), kept for its later sentences;
    None outside list items (and in items that open otherwise)."""
    unit = units[u]
    if not unit.list_item:
        return None
    toks = unit.tokens
    opens = u == 0 or not units[u - 1].list_item or (toks and toks[0].text in "*_")
    if not opens:
        return label
    first = [(p, g) for p, g in by_unit[u] if p <= 2 and types[g] in NAMED]
    return first[0][1] if first and toks and toks[0].text in "*_" else None


def list_lead(unit, u, by_unit, lead, types, literal, out):
    """Carries the subject of a sentence ending in ":" into the list items after it."""
    toks = unit.tokens
    if unit.list_item and lead is not None:
        g, surface, start, end = lead
        if g not in literal:
            out.append((g, unit.sentence, surface, start, end, "context"))
        return lead
    if toks and toks[-1].text == ":":
        subject = [(p, g) for p, g in by_unit[u] if p == 0 and types[g] in NAMED]
        if subject:
            p, g = subject[0]
            return g, toks[p].text, toks[p].start, toks[p].end
    return None
