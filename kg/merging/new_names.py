"""A body's later name told by "under a new name" (alias20), for
:func:`kg.merging.reorganisations.reorganisations`.

- "she reopened the company under a shorter name, X": the object right before the cue
  (a literal name or a resolved description) is the body that now goes by X;
- "In 1962 the firm was listed on the exchange under a new name, X": in the passive, the
  clause's subject is.

The adjective is required ("new", "shorter", "different" …): "sold under the name X" gives a
product its trade name and "wrote under the name X" a pen name (:mod:`kg.kinds.naming_cues`),
so the bare cue is left to them. The subject is read, and both groups checked (no person, date
or quantity; a place only with a place), by :mod:`kg.merging.reorganisations`; the new name must be
a whole found name (not "under a new name, the X division").

Why this family: fresh unseen texts written for alias20 before any code ran on them (a
biography, a firm's history; gold by the writer) lost two of three renamed forms to nodes of
their own ("reopened the company under a shorter name, X", "was listed … under a new name,
X"); the blind diagnoses list the former and later names of one firm in nearly every company
history (:mod:`kg.merging.reorganisations`).
Measured with the two other alias20 rules (:func:`kg.finders.article_shorts.head_shorts`, a
name's last word alone after "the"; :func:`kg.finders.name_connectors.placed_after`, a town
written once after a body's "of" phrase), ``benchmarks/entities.py --held-out --ours`` (40
development sets, 36 probes; every entity, alias and merge of the 76 texts dumped before and
after): dev alias unity .927 → .928, core nodes 2048 → 2047 (stethoscope_factual: a hospital's
last word alone now on it, unity .90 → .95; no other entity, alias or merge of the 76 texts
moved once a kind's head was left to the references); probes unchanged; recall, types, relations and
conflations unchanged on every set. The three fresh texts (first run → after): a Markdown
history of scuba .889 → .944 (relations .50 → .75), an invented puppeteer's biography .611 →
.722, an invented confectioner renamed and merged .824 → .824 (two renamed forms joined, the
gold entities still miss others); the ten fresh texts of other helpers (alias19, rel19,
rel20, types20) unchanged. No conflation added.
Not done (families left): a name given by "which X (simply) call Y" in the present tense; a
nickname before "as the family called her"; a person's surname that also opens a thing named
after them with a rare word ("Quorvane Amphibious Unit"); a possessive-led firm's name
("Quillby's … Works" is cut at the possessive); "renamed the division X" for a part.
"""

from __future__ import annotations

from kg.words import lexicon as lx

__all__ = ["new_name_cue"]

# adjectives that make "under a … name" a renaming, not a trade name or a pen name
_NEW = lx._words("new shorter different simpler fresh later longer changed plainer")
_PASSIVE = lx.BE_FORMS | frozenset({"been"})


def new_name_cue(lows: list[str], i: int) -> tuple[list[int], int] | None:
    """The positions a "under a new name, X" cue at ``i`` gives, else None.

    Args:
        lows: the sentence's lowercased tokens.
        i: the index of "under".

    Returns:
        ``(cue positions, name start)``: the renamed body is the name or description
        ending right before the first cue position that has one ("under", then the participle
        of the clause's passive, if any: :func:`kg.merging.reorganisations._subject` reads
        each); the new name starts at ``name start``.
    """
    if lows[i] != "under" or lows[i + 1:i + 2] not in (["a"], ["the"], ["its"], ["their"]) \
            or lows[i + 2:i + 3] == [] or lows[i + 2] not in _NEW or lows[i + 3:i + 4] != ["name"]:
        return None
    k = i + 4 + (lows[i + 4:i + 5] in ([","], [":"]))
    passive = None
    for p in range(i - 1, 0, -1):
        if lows[p] in (",", ";", "and", "but"):
            break
        if lows[p - 1] in _PASSIVE and lows[p].endswith(("ed", "en", "wn")):
            passive = p  # "was listed", "was taken", "were known"
            break
    return [i] + ([passive] if passive is not None else []), k
