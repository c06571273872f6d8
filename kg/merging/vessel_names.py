"""Rule ``vessel``: "the brig Pelmor Star" gives the ship the alias "brig Pelmor Star".

A text names a ship with its kind before the name, as it names a judge with a title ("the
liner Quillon", "the coastal steamer Quillon"), and an index lists it so ("brig Pelmor
Star"), as :mod:`kg.merging.entity_records` keeps "Judge Ada Lind" written so. The name
finder keeps the name alone (the ship's noun is lowercase), so the wording with the noun was
no form of the entity. This adds "⟨noun⟩ ⟨form⟩" as an alias (rule ``vessel``) when:

- "the" comes before the noun, with at most one lowercase word between ("the coastal
  steamer …"), and the noun is a ship's (:data:`kg.references.vessels.VESSEL_NOUNS`);
- a form of an entity that is no person, place, date, quantity or organisation follows
  it, written exactly
  and ended by the end of the sentence, a punctuation mark or a lowercase word (so the noun
  names that entity, not a longer name it begins);
- no other entity has the wording as a form already.

Measured (``benchmarks/entities.py --held-out --ours``, 28 development sets, 24 probes):
five aliases added, read one by one, all right (a brig, two steamers, a liner, a ferry; on
four texts, invented and factual); orsenne_ice_company alias unity .90 → .95; no other
figure of any set moved. Not taken: a locomotive's number before its name ("No. 3 …", one
probe): a number is no kind.

Review (rev14b): an organisation is no ship: "the boat Harrenby College entered won" gave the
college the alias "boat Harrenby College". Measured (``benchmarks/entities.py --held-out --ours``, 28 development sets): no figure of any set moved, and the aliases of this rule on the 28 texts are the same as before.
"""

from __future__ import annotations

import logging
import re

from kg.merging.entity_records import form_owners
from kg.model import Entity, Sentence
from kg.references.vessels import VESSEL_NOUNS

log = logging.getLogger(__name__)

__all__ = ["VESSEL", "add_vessel_aliases"]

VESSEL = "vessel"
_SKIP_TYPES = frozenset({"person", "place", "date", "quantity", "organization"})
_THE_NOUN = re.compile(r"(?<![A-Za-z])the (?:[a-z-]+ )?([a-z]+) (?=[A-Z])")
_ENDS = re.compile(r"$|[^\w\s]|\s+[a-z]|\s*$")


def add_vessel_aliases(entities: list[Entity], sentences: list[Sentence]) -> None:
    """Gives a ship the alias "⟨noun⟩ ⟨its form⟩" where a sentence writes "the ⟨noun⟩ ⟨its
    form⟩" with a ship's noun (see the module docstring); changes ``entities`` in place."""
    owners, taken = form_owners(entities, _SKIP_TYPES)
    longest = sorted(owners, key=len, reverse=True)
    for sentence in sentences:
        text = sentence.text
        for m in _THE_NOUN.finditer(text):
            noun = m.group(1)
            if noun not in VESSEL_NOUNS:
                continue
            rest = text[m.end():]
            form = next((f for f in longest if rest.startswith(f)
                         and _ENDS.match(rest, len(f))), None)
            alias = f"{noun} {form}" if form else None
            if alias and alias.casefold() not in taken:
                taken.add(alias.casefold())
                entity = owners[form]
                entity.aliases.add(alias)
                entity.merges.append({"form": alias, "rule": VESSEL,
                                      "evidence": f"“the {alias}”: a ship named with its kind"})
                log.debug("vessel alias %s for %s", alias, entity.label)
