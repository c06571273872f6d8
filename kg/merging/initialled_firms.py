"""The ``firm-surname`` rule of :func:`kg.merging.canonical.group_forms`: a firm named for its
founder by initials and surname, "R.T. Varnock Company", "J. P. Quellby & Co.", is called by the
surname alone, "Varnock began selling …".

The short-form rule (:mod:`kg.merging.short_forms`) joins a name to the longer name it begins;
here the initials stand before the surname, so nothing joined it and the bare surname stayed a
node of its own (diag16z: a blind factual set's rubber manufacturer, whose short name in the
sentence that relates it to the product was that node). The surname joins the firm when:

- the firm's form, as written, is one to three initials, one capitalised word and a firm's
  head or legal form ("Company", "Co.", "Corporation", "& Sons", "Brothers", "Inc.");
- the surname is a name form, written with a capital away from a sentence's start;
- no other name form holds the surname (a person "Ada Varnock", a "Varnock Street", another
  firm): then the bare surname may be any of them, and nothing joins;
- (review rev16g) the bare surname is nowhere written as a person's or a place's
  (:func:`personal_names`: right after an honorific, "Mr. Varnock", whose period keeps the
  honorific out of the name, or taken up by "he"/"she" later in its sentence, "Varnock said
  that he …"; ``placed``: "the town of Varnock", "at Varnock"). Before, both joined the firm
  (the founder typed an organisation, the town's name the firm's).

Measured (``benchmarks/entities.py --held-out --ours``, 34 development sets and 30 probes):
zipper_factual alias unity .75 → .80, relations at the evidence .70 → .80 (with the numbered
series of :mod:`kg.finders.name_ends`); no other set moved. Review rev16g (the person and
place guards, tests/test_entities_rev16g.py): no set moved (dev .989/.929, probes .978/.948).

diag16t: the firm's form may join its head with "and" too ("P. Tesmond and Sons"), as the name
finder now keeps such a name whole (:func:`kg.finders.junctions.partners_last`). On the
typewriter set the bare surname still stays apart, as product names hold it too. measured with
``benchmarks/entities.py --held-out --ours`` (38 development sets, 34 probes) together with the
other diag16t rules: factual_typewriter recall .95 → 1.00, alias unity .65 → .80, types .65 →
.70, relations .30 → .60 at the evidence and anywhere, core nodes 77 → 73; dev means recall
.986 → .987, unity .920 → .924, relations .929/.934 → .937/.942, core nodes 2001 → 1997; probes
unchanged; no other set moved.

fam20: the founder's given name may stand for the initials ("Harriet Dorwent Company",
"… and Company"), when it reads as a person's: a listed given name
(:mod:`kg.words.given_names`), or two words both uncommon in English (Zipf < 4.0; "Western
Pellwick Company", "East India Company" name no founder, and their last word is often a
place's). All the guards above still hold. Measured (``benchmarks/entities.py --held-out
--ours``, 42 development sets, 38 probes): insulin probe alias unity .80 → .85, core nodes
34 → 33; probes .974/.938/.831 → .974/.939/.831, conflations 0 → 0, core 913 → 912; dev
unchanged (.984/.921/.816, conflations 2); no other set moved. Rejected (not tried in the
time): a per-mention split of a surname borne by a person of the text and a firm ("X
died" / "X installed …") — the elevator set's bare uses are all a person's.

conf20: a full name that is a person's in the text (a listed given name first, or written as a
person's: honorific, "he"/"she", or a person's verb after it, "founded", "died", "married", "was
born") is not short for "<name> Company" (:func:`founder_firm`, used by the ``short-form`` rule:
"Ossivar Quellby founded the Ossivar Quellby Company" had made one organisation of both), and
its bare surname so written ("Quellby died") joins the person, not the firm
(:func:`kg.merging.people.join_surnames`). Measured (``benchmarks/entities.py --held-out
--ours``, 42 development sets, 38 probes): no figure of any set moved (dev .984/.921/.816,
conflations 2, core 2110; probes .974/.939/.831, conflations 0, core 912).
"""

from __future__ import annotations

import re

from kg.finders.candidates import Span, Unit, span_key
from kg.merging.forms import Form, UnionFind, top
from kg.words import lexicon as lx
from kg.words.given_names import GIVEN_NAMES
from kg.words.person_words import honorific_before

__all__ = ["founder_firm", "initialled_firms", "personal_names"]

# the pronouns that take up a person, not a firm ("Varnock said that he …")
_PERSONAL = frozenset({"he", "she"})
# conf20: a person's verbs right after a full name ("Ada Tesk founded …", "… died in 1880")
_PERSON_VERBS = frozenset({"founded", "died", "married"})

_HEADS = (r"(?:,?\s(?:(?:&|and)\s)?(?:Company|Co\.?|Corporation|Corp\.?|Sons|Brothers|Bros\.?"
          r"|Inc\.?|Ltd\.?|Limited))+")
_FIRM = re.compile(r"(?:[A-Z]\.\s?){1,3}([A-Z][a-z]+)" + _HEADS)
# fam20: the founder's given name written out, "Harriet Dorwent and Company"
_GIVEN_FIRM = re.compile(r"([A-Z][a-z]+)\s([A-Z][a-z]+)" + _HEADS)


def _surname(form: Form) -> str | None:
    """The surname of a firm's form written with initials before it, else None."""
    for surface in form.surfaces:
        match = _FIRM.fullmatch(" ".join(surface.split()))
        if match:
            return match.group(1).lower()
        match = _GIVEN_FIRM.fullmatch(" ".join(surface.split()))
        if match and _given(match.group(1), match.group(2)):
            return match.group(2).lower()
    return None


def _given(first: str, last: str) -> bool:
    """True when "first last" reads as a person's name: a listed given name first, or two words
    both uncommon in English ("East India Company", "General Electric Company" are no
    founder's names)."""
    return first.casefold() in GIVEN_NAMES or lx.zipf(first) < 4.0 and lx.zipf(last) < 4.0


def personal_names(units: list[Unit], spans: list[Span]) -> set[tuple]:
    """Keys of the names of one to three words written as a person's somewhere: right after an
    honorific ("Mr. Varnock"), or taken up by "he"/"she" later in the sentence before any other
    capitalised word or an "it" ("Varnock said that he would retire"), or followed by a
    person's verb (:func:`_person_verb`, conf20: "Quellby died")."""
    out = set()
    for s in spans:
        if s.kind != "name" or not 1 <= s.end - s.start <= 3:
            continue
        toks = units[s.unit].tokens
        if honorific_before(toks, s.start) is not None or _taken_up(toks, s.end) \
                or _person_verb(toks, s.end):
            out.add(span_key(units, s))
    return out


def _person_verb(toks, end: int) -> bool:
    """True when a person's verb follows ``end`` ("… founded", "… died", "… was born")."""
    nxt = [t.lower for t in toks[end:end + 2]]
    return bool(nxt) and (nxt[0] in _PERSON_VERBS or nxt == ["was", "born"])


def founder_firm(short: Form, long: Form, personal: frozenset) -> bool:
    """True when ``long`` is ``short`` and "Company" ("Harriet Dorwent Company", "… and
    Company") and ``short`` is a person's full name in the text: a listed given name first,
    or written as a person's (:func:`personal_names`: "Ossivar Tesk founded …"). conf20."""
    k, rest = short.key, long.key[len(short.key):]
    return 2 <= len(k) <= 3 and rest[-1:] == ("company",) and set(rest[:-1]) <= {"&", "and"} \
        and (k[0] in GIVEN_NAMES or k in personal)


def _taken_up(toks, end: int) -> bool:
    """True when "he"/"she" follows ``end`` in the sentence before a capitalised word, "it"
    or "its" (another name or the firm's own pronoun)."""
    for tok in toks[end:]:
        if tok.lower in _PERSONAL:
            return True
        if tok.lower in ("it", "its") or tok.is_word and tok.text[:1].isupper():
            return False
    return False


def initialled_firms(forms: dict[tuple, Form], uf: UnionFind, *,
                     placed: frozenset = frozenset(),
                     personal: frozenset = frozenset()) -> None:
    """Joins a bare surname to the one firm named by initials and that surname.

    Args:
        forms: the kept forms by key.
        uf: the groups so far; joins are recorded with rule ``firm-surname``.
        placed: keys used as places, which join no firm.
        personal: keys written as a person's (:func:`personal_names`), which join no firm.
    """
    firms: dict[str, list[Form]] = {}
    for f in forms.values():
        word = _surname(f) if f.is_name and len(f.key) >= 2 else None
        if word is not None:
            firms.setdefault(word, []).append(f)
    for word, found in sorted(firms.items()):
        short = forms.get((word,))
        if short is None or not short.is_name or short.proper < 1 or len(found) != 1 \
                or short.key in placed or short.key in personal:
            continue  # "Mr. Varnock", "the town of Varnock": not the firm
        firm = found[0]
        rivals = [f for f in forms.values() if len(f.key) >= 2 and word in f.key
                  and uf.find(f.key) != uf.find(firm.key)]
        if rivals:
            continue  # "Ada Varnock", "Varnock Street": the bare surname may be either
        uf.union(short.key, firm.key, "firm-surname", f"“{top(short)}” is the surname "
                 f"“{top(firm)}” is named by, after its founder's initials", top(short))
