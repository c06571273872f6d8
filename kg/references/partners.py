"""People the text makes partners: "Ada Lind, who went into business with Tom Skarn, …".

"The partnership" stands for a firm named for its partners ("Lind & Skarn",
:func:`kg.references.compatibility.partnered`); when the text names no such firm, it stands for the
business a person went into with another, and so for that person: "… passed to Lind, who
went into business with Tom Skarn. In 1890 the partnership issued a map." (the map is
Lind's, and Skarn's; the person who went into business is the one the text is following).

A person is such a partner when one of the phrases of :data:`_PARTNERING` follows a mention
of them, directly or after ", who" or "then", and a person's name follows the phrase.
Only "the partnership" takes such a person (:func:`kg.references.compatibility.compatible`), in the
window of nearby sentences as for a firm.

Measured (``benchmarks/entities.py --held-out --ours``, 20 development and 16 invented
sets): one reference added, right (printing_press relations at the evidence .80 → .90);
no other reference of the 36 sets moved.
"""

from __future__ import annotations

from kg.finders.gazetteer import Match

__all__ = ["business_partners"]

# what a person does with another to make a partnership, as lowercase word sequences
_PARTNERING = tuple(tuple(p.split()) for p in (
    "went into business with", "went into partnership with", "entered into partnership with",
    "entered into a partnership with", "entered partnership with", "formed a partnership with",
    "set up in business with", "partnered with", "teamed up with", "joined forces with",
))
# words that may stand between the partner's name and the phrase
_BETWEEN = ((",", "who"), ("who",), ("then",), (",", "who", "then"), ())


def business_partners(units, matches: list[Match], types: list[str]) -> set[int]:
    """The people the text names as going into business with another person.

    Args:
        units: the tokenised units.
        matches: every occurrence of an entity's form.
        types: the type of each group.

    Returns:
        The groups of such people.
    """
    people: dict[int, dict[int, int]] = {}  # unit → end → group, and unit → start → group
    starts: dict[int, dict[int, int]] = {}
    for m in matches:
        if types[m.group] == "person":
            people.setdefault(m.unit, {})[m.end] = m.group
            starts.setdefault(m.unit, {})[m.start] = m.group
    out = set()
    for u, ends in people.items():
        words = [t.lower for t in units[u].tokens]
        for end, g in ends.items():
            for between in _BETWEEN:
                k = end + len(between)
                if tuple(words[end:k]) != between:
                    continue
                for phrase in _PARTNERING:
                    if tuple(words[k:k + len(phrase)]) == phrase \
                            and starts[u].get(k + len(phrase), g) != g:
                        out.add(g)
    return out
