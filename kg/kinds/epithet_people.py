"""An epithet name ("Edwy the Confessor", "Tobb the Heron": a one-word name, "the", one
capitalised word; :mod:`kg.finders.epithets`) left untyped is a person's.

Such a name has no personal shape (:func:`kg.merging.people.person_like` wants no "the"),
so nothing typed it; a king's, a saint's or a nickname's form is a person's. Only a group
typed ``other`` or ``organization`` is retyped (a cue that typed it a place, a document or a
product wins), and only when the first word is a given name or no common English word
(:mod:`kg.words.given_names`).

fix16: measured (``--held-out --ours``, 32 development sets and 28 probes): no figure and no
type moved (no development text writes such a name).

Review rev16e: a group typed ``organization`` too: "the hall was built by Hathric the Bold"
had typed the king an organisation by the maker's "built by" (invented); a body's name is no
"X the Y" of one name and one word. No figure moved (figures in the commit).
"""

from __future__ import annotations

from kg.merging.forms import Form, Group
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES

__all__ = ["epithet_people"]

# (rev16e) the types an epithet name's group is retyped from: none, or a maker's body
_RETYPED = frozenset({"other", "organization"})


def _epithet_key(key: tuple[str, ...], form: Form) -> bool:
    """True for the key of an epithet name: "osric the confessor"."""
    return form.is_name and len(key) == 3 and key[1] == "the" \
        and (key[0] in GIVEN_NAMES or not lx.is_common_word(key[0])) \
        and all(s.split()[-1][:1].isupper() for s in form.surfaces)


def epithet_people(groups: list[Group], kept: dict[tuple, Form], types: list[str]) -> list[str]:
    """``types`` with each group typed ``other`` or ``organization`` that holds an epithet
    name typed ``person``."""
    return ["person" if t in _RETYPED and any(_epithet_key(k, kept[k]) for k in group.keys)
            else t for group, t in zip(groups, types)]
