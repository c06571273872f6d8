"""Names that add a designation to another name, used by :func:`kg.merging.canonical.group_forms`.

- ``firm-suffix``: a name that is another kept name plus only legal-form or trade words
  ("Quendrow & Lind Ltd", "Quendrow & Lind Solicitors", "Osk Partners LLP") joins that
  name: the suffix says what kind of firm it is, not which. Every longer name joins on its own,
  so two suffixed spellings no longer make the bare name look ambiguous to the short-form rule.
  A personal name takes no suffix: "Ada Lind Architects" is the firm named after Ada Lind;
  and a one-word name takes only a legal form ("Osk Ltd"), not a trade ("Osk Consulting"
  may be a firm named after the town of Osk).
- ``ordinal``: a name that is an ordinal and another kept name of two or more words headed
  by a body or event that meets again ("Ninth Regional Dental Congress", "21st Regional
  Dental Congress") joins that name: one session of it is written with its number. A
  one-word rest stays apart ("Second Amendment" is no "Amendment"), and so does any other
  head ("First Punic War" and "Second Punic War" are two wars, not sessions of a "Punic
  War").

A name made of names joined by "&" or "and" ("Quendrow & Lind", :func:`kg.merging.people.coordinated`)
is no rival for "Quendrow" in the surname rule (:mod:`kg.merging.people`), and the short-form rule of
:mod:`kg.merging.canonical` does not shorten it to its first name.

Measured with ``benchmarks/entities.py --held-out`` (alias unity; no conflation anywhere):
bridges 0.55 → 0.65 with the surname and honorific rules of :mod:`kg.merging.people` (the firm, its
two founders, a judge named with her title), vaccine 0.75 → 0.80 (two numbered sessions of
one assembly); no other set moves.

probe17: a firm's name that opens with its founder's abbreviated given name ("Theod. Varnock
AG", :func:`kg.words.given_names.short_given`) joins its surname alone as well ("Varnock"),
as "Varnock AG" did before the tokeniser kept "Theod." whole: the harmonica probe's firm
keeps its gold name with the full form (alias unity there); no other set writes such a name.
"""

from __future__ import annotations

import re

from kg.finders.candidates import Unit
from kg.merging.forms import Form, Group, UnionFind, top
from kg.merging.people import person_like
from kg.words import lexicon as lx
from kg.words.given_names import short_given
from kg.words.person_words import COORDINATORS
from kg.words.tokens import key_of

__all__ = ["FIRM_SUFFIXES", "LEGAL_FORMS", "bare_firm_headings", "firm_suffixes", "ordinals"]

# legal forms, and the trade words a firm's name ends in ("… Solicitors", "… Associates")
LEGAL_FORMS = lx._words("ltd ltd. limited inc inc. incorporated llc llp plc corp corp. co co. "
                        "gmbh ag sa nv bv pty")
FIRM_SUFFIXES = LEGAL_FORMS | lx._words("""
consulting consultant consultants engineer engineers architect architects associate associates
partner partners solicitor solicitors accountant accountants adviser advisers advisor advisors
""")
# heads of bodies and events that meet again and number their sessions; not "War" ("First"
# and "Second Punic War" are two wars, not sessions of one)
_RECURRING = lx._words("""
assembly congress conference convention summit session council parliament senate synod
festival games olympiad symposium biennale exhibition expo forum meeting championship
""")
_NUMERIC_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
_ORDINALS = (lx.ORDINALS | {"twelfth"}
             | {w + "th" for w in lx.NUMBER_WORDS if not w.endswith(("y", "s"))}
             | {w[:-1] + "ieth" for w in lx.NUMBER_WORDS if w.endswith("y")})


def _ordinal_prefix(key: tuple[str, ...]) -> int:
    """How many leading words of ``key`` make an ordinal ("thirty", "third" → 2), else 0."""
    n = 0
    while n < len(key) - 1 and key[n] in lx.NUMBER_WORDS and key[n] not in _ORDINALS:
        n += 1
    if n < len(key) and (key[n] in _ORDINALS or _NUMERIC_ORDINAL.fullmatch(key[n])):
        return n + 1
    return 0


def firm_suffixes(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Quendrow & Lind Ltd" → "Quendrow & Lind", when the rest is only legal or trade words."""
    for long in forms.values():
        k = long.key
        if not long.is_name or long.kinds.get("acronym"):
            continue
        first = int(k[0].endswith(".") and short_given(k[0][:-1].capitalize()))
        for cut in range(len(k) - 1, first, -1):  # "Theod. Varnock AG" → "Varnock" (probe17)
            if k[cut] not in FIRM_SUFFIXES:
                break
            base = forms.get(k[first:cut]) or forms.get(k[:cut])
            if base is not None and base.is_name and k[cut - 1] not in COORDINATORS \
                    and not base.kinds.get("acronym") and not person_like(base) \
                    and (len(base.key) > 1 or all(w in LEGAL_FORMS for w in k[cut:])):
                uf.union(k, base.key, "firm-suffix", f"“{top(long)}” adds a legal or trade "
                         f"suffix to “{top(base)}”", top(long))
                break


def ordinals(forms: dict[tuple, Form], uf: UnionFind) -> None:
    """"Ninth Regional Dental Congress" → "Regional Dental Congress"."""
    for long in forms.values():
        n = _ordinal_prefix(long.key)
        base = forms.get(long.key[n:]) if n else None
        if base is not None and long.is_name and base.is_name and len(base.key) >= 2 \
                and base.key[-1] in _RECURRING:
            uf.union(long.key, base.key, "ordinal", f"“{top(long)}” is one numbered session "
                     f"of “{top(base)}”", top(long))


def bare_firm_headings(units: list[Unit], groups: list[Group],
                       texts: dict[str, str]) -> dict[int, dict[str, dict]]:
    """A firm's name without its legal form written only as a heading's lead, up to a colon
    or dash ("Quendrow & Lind: Ninety Years of Rope", with "Quendrow & Lind Ltd" in the text):
    a title-case heading proposes no names, so the short name would be no entity's.

    Args:
        units: the tokenised headings and sentences.
        groups: the entity groups.
        texts: the documents' texts by id (the surface is read from them).

    Returns:
        group → heading surface → its ``{"form", "rule", "evidence"}`` explanation.
    """
    owner = {k[:-1]: (g, k) for g, group in enumerate(groups) for k in group.keys
             if len(k) > 2 and k[-1] in LEGAL_FORMS}
    out: dict[int, dict[str, dict]] = {}
    for unit in units:
        toks = unit.tokens
        if not unit.heading or not toks:
            continue
        cut = next((i for i, t in enumerate(toks) if t.text in (":", "—", "–")), len(toks))
        found = owner.get(key_of(toks[:cut])) if cut else None
        if found is not None:
            g, long = found
            surface = texts[unit.doc][toks[0].start:toks[cut - 1].end]
            out.setdefault(g, {})[surface] = {
                "form": surface, "rule": "firm-suffix",
                "evidence": f"a heading writes “{' '.join(long)}” without its legal form"}
    return out
