"""A name qualified by the year of one instance: "the 1931 Pelmor Medal" is "Pelmor Medal".

Prizes, festivals, exhibitions and championships recur, and a text names one instance by
putting its year before the name ("received the 1931 Pelmor Medal"). The name finder keeps
the year as a date of its own and the name after it as the entity, so the claim mentions
both, but the year-qualified wording is no form of the entity: a look-up by it (and a gold
relation that names it) finds nothing. This adds "1931 Pelmor Medal" as an alias of the
entity named "Pelmor Medal" (rule ``year-qualified``) when:

- a lowercase "the" comes right before a four-digit year (1000–2099), and the year right
  before a form of the entity, written exactly (so the year qualifies the name, as an
  ordinal would: "in 1931 Pelmor Medal winners" has no "the");
- the form is followed by the end of the sentence, a punctuation mark or a lowercase
  function word (:data:`kg.words.lexicon.STOPWORDS`), so that the year qualifies the name
  and not a longer phrase it begins ("the 1931 Tarnwhistle Valley flood" qualifies the flood);
- the entity is no person, place, date or quantity (a year before a person's name is a
  sentence's date: "In 1931 Ruth Tallis"; a place's instance is an event named otherwise);
- no other entity has that form already.

Measured (``benchmarks/entities.py --held-out --ours``, 28 sets and 24 probes): the
pattern occurs on four development sets and one probe, each time with a prize (nine aliases,
all read and right); on superconductivity_factual two gold relations name a prize by its
year-qualified wording, and the claims holding the evidence already mention the prize node
and the person, so relations joined at the evidence .30 → .50 (anywhere .40 → .60); no other
figure moved on any set. The year-qualified wording is the name of one instance (one year's
prize), and the graph keeps one node for the recurring prize, as it did before.

Round 22 (alias14): the year after the name, "the Pelmor Regulations of 1920", "# The Dry
Summer of 1871" (a heading too), gives the alias "Pelmor Regulations of 1920" (rule
``year-qualified``) on the same conditions, save the one on what follows (the year ends the
name: "the Pelmor Regulations of 1920 ended …" names them), when a capital opens the form
and "the" comes before it (or it opens a heading or a sentence). A law or an event named once in full and
otherwise by its short name ("the Regulations", "the Dry Summer") had its long wording split
from it. Measured (``--held-out --ours``, 28 sets and 24 probes): glassworks_invented and
orsenne_ice_company alias unity +.05 each (a law, an event named in a heading); nothing else
moved.

Review (rev14b): a name written with two years after it, "the Pelmor Regulations of 1920 …
the Pelmor Regulations of 1925", "the Great Exhibition of 1851 and of 1862", is two laws or
two shows under one short name, and both wordings were made aliases of one node; now a form
that two years follow takes none (the year before the name, one year's prize, is unchanged),
and a decade ("of 1920s") is no year. Measured (``benchmarks/entities.py --held-out --ours``, 28 development sets): no figure of any set moved, and the aliases of this rule on the 28 texts are the same as before.
"""

from __future__ import annotations

import logging
import re

from kg.merging.entity_records import form_owners
from kg.model import Entity, Sentence
from kg.words import lexicon as lx

log = logging.getLogger(__name__)

__all__ = ["add_year_aliases"]

_SKIP_TYPES = frozenset({"person", "place", "date", "quantity"})
_YEAR_THE = re.compile(r"(?<![A-Za-z])the ((?:1\d|20)\d\d) (?=[A-Z])")
_FIRST = re.compile(r"[\w'’–-]+")
_AFTER = re.compile(r"\s*(?:$|[^\w\s]|([a-z]+)\b)")
_OF_YEAR = re.compile(r" of ((?:1\d|20)\d\d)(?![\w–-])(?:,? and (?:of )?((?:1\d|20)\d\d)(?![\w–-]))?")
_THE_BEFORE = re.compile(r"(?:^|(?<![A-Za-z])(?:the|The) )$")


def add_year_aliases(entities: list[Entity], sentences: list[Sentence], *,
                     headings: list[str] = ()) -> None:
    """Gives an entity the alias "⟨year⟩ ⟨its form⟩" where a sentence writes "the ⟨year⟩
    ⟨its form⟩", and "⟨its form⟩ of ⟨year⟩" where a sentence or heading writes "the ⟨its
    form⟩ of ⟨year⟩" (see the module docstring for when); changes ``entities`` in place.

    Args:
        entities: the entities, their labels and aliases.
        sentences: the sentences searched for either wording.
        headings: heading texts, searched for the year after the name only.
    """
    owners, taken = form_owners(entities, _SKIP_TYPES)
    if not owners:
        return
    by_first: dict[str, list[str]] = {}
    for form in sorted(owners, key=len, reverse=True):  # the longest form first
        by_first.setdefault(form.split()[0], []).append(form)
    for sentence in sentences:
        text = sentence.text
        for m in _YEAR_THE.finditer(text):
            rest = text[m.end():]
            first = _FIRST.match(rest)
            for form in by_first.get(first.group(0) if first else "", []):
                if not rest.startswith(form):
                    continue
                after = _AFTER.match(rest, len(form))
                if after is None or (after.group(1) and after.group(1) not in lx.STOPWORDS):
                    break  # the year qualifies a longer phrase the form begins
                _add(owners[form], f"{m.group(1)} {form}", taken)
                break
    years: dict[str, set[str]] = {}  # form → the years written after it
    for text in [s.text for s in sentences] + list(headings):
        for m in _OF_YEAR.finditer(text):
            before = text[:m.start()]
            for form in sorted(owners, key=len, reverse=True):
                if form[:1].isupper() and before.endswith(form) \
                        and _THE_BEFORE.search(before[:len(before) - len(form)]):
                    years.setdefault(form, set()).update(y for y in m.groups() if y)
                    break
    for form, found in years.items():
        if len(found) == 1:  # two years: two laws or two shows under one short name
            _add(owners[form], f"{form} of {next(iter(found))}", taken)


def _add(entity: Entity, alias: str, taken: set[str]) -> None:
    """Adds ``alias`` to ``entity`` unless some entity has that form already."""
    if alias.casefold() in taken:
        return
    taken.add(alias.casefold())
    entity.aliases.add(alias)
    entity.merges.append({"form": alias, "rule": "year-qualified",
                          "evidence": f"“the {alias}”: one year's instance of “{_bare(alias)}”"})
    log.debug("year-qualified alias %s for %s", alias, entity.label)


def _bare(alias: str) -> str:
    """"1931 Pelmor Medal" or "Pelmor Medal of 1931" → "Pelmor Medal"."""
    words = alias.split(" ")
    return " ".join(words[1:] if words[0].isdigit() else words[:-2])
