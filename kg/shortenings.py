"""Two merge rules for shortened names, used by :func:`kg.canonical.group_forms`.

- ``short-form`` for place names whose head comes first: "Avon" alone joins "River Avon"
  when no other name is "<head> Avon".
- ``abbreviation``: a name that abbreviates exactly one longer name word by word, each word
  the same, a clipping ("Lab" for "Laboratory") or initials ("AI" for "Artificial
  Intelligence"), leading modifiers left out: "Graph Lab" → "Northern Graph Laboratory".
"""

from __future__ import annotations

from kg.forms import Form, UnionFind, top

__all__ = ["CONNECTORS", "abbreviations", "leading_heads"]

CONNECTORS = frozenset({"of", "for", "on"})

# place names whose head comes first ("River Avon", "Lake Tana"): the rest is used alone
_LEADING_HEADS = frozenset("river lake mount mt mt. cape isle loch lough".split())


def leading_heads(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Avon" alone → "River Avon", when no other name is "<head> Avon"."""
    for long in forms.values():
        k = long.key
        if not long.is_name or len(k) < 2 or k[0] not in _LEADING_HEADS:
            continue
        short = forms.get(k[1:])
        rivals = [f for f in forms.values() if f.is_name and f.key[1:] == k[1:] and f.key != k
                  and f.key[0] in _LEADING_HEADS]
        if short is not None and short.is_name and not rivals:
            uf.union(short.key, k, "short-form", f"“{top(short)}” is used on its own for "
                     f"“{top(long)}”", top(short))


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when each short word abbreviates long words in order, the last its head: a word
    itself, a clipping ("lab" for "laboratory") or initials ("ai" for "artificial
    intelligence")."""
    def fit(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(long)
        word = short[i]
        if j == len(long):
            return False
        if word == long[j] or len(word) >= 3 and long[j].startswith(word) and word != long[j]:
            if fit(i + 1, j + 1):
                return True
        if word.isalpha() and 2 <= len(word) <= 5 and i + 1 < len(short):
            span = long[j:j + len(word)]
            if len(span) == len(word) and "".join(w[0] for w in span) == word \
                    and fit(i + 1, j + len(word)):
                return True
        return i == 0 and long[j] not in CONNECTORS and fit(i, j + 1)  # a skipped modifier
    clipped = any(w not in long for w in short)  # not merely some of its words
    return len(short) >= 2 and clipped and fit(0, 0)


def abbreviations(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Graph Lab" → "Northern Graph Laboratory": the one longer name it abbreviates.

    A short form's last word stands for the long name's head, as itself or a clipping of it
    (:func:`_abbreviates`), so the long names are indexed by their last word and its
    prefixes of three letters or more, and each short form is compared with those alone:
    linear in the number of names, not quadratic.
    """
    by_head: dict[str, list[Form]] = {}
    for f in forms.values():
        if f.is_name and len(f.key) >= 3:
            head = f.key[-1]
            for prefix in {head, *(head[:n] for n in range(3, len(head)))}:
                by_head.setdefault(prefix, []).append(f)
    for short in forms.values():
        if not short.is_name or len(short.key) < 2 or short.kinds.get("namehead"):
            continue
        owners = {uf.find(f.key): f for f in by_head.get(short.key[-1], ())
                  if len(f.key) > len(short.key) and _abbreviates(short.key, f.key)}
        if len(owners) == 1 and uf.find(short.key) not in owners:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "abbreviation", f"“{top(short)}” abbreviates "
                     f"“{top(long)}” word by word", top(short))
