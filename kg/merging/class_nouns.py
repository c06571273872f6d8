"""Rule ``class-noun``: "the Pelmor K-7 radio" gives the radio named "Pelmor K-7" the alias
"Pelmor K-7 radio".

A text names a made thing and, elsewhere, writes its name followed by its own class noun (a
list item "the Pelmor K-7 radio", "the Quennel 4 engine"). The name finder keeps the name
alone (the noun is lowercase), so the wording with the noun was no form of the entity, and a
gold index that lists it leaves the thing split. This adds "⟨form⟩ ⟨noun⟩" as an alias when:

- the noun is lowercase and names a made thing (:data:`CLASS_NOUNS`), and a punctuation mark,
  the end of the sentence or a lowercase word follows it (so it ends the wording);
- the entity is no person, place, organisation, document, date or quantity (so "Ford" and
  the "Ford engine" of a firm, or "Apple" and "Apple Records", never join: a firm is no
  radio, and a capitalised noun is part of a longer name);
- the noun agrees with the thing: a sentence describes the form by it ("the Pelmor K-7, the
  first pocket radio"; "the Pelmor K-7 was a radio …"), so that "the Quennel car … the
  Quennel engine" (an engine of a car) joins nothing;
- no entity has the wording as a form already.

Measured (``benchmarks/entities.py --held-out --ours``, 30 development sets, 26 probes;
every node's label, type and aliases and every resolved reference dumped before and after):
two aliases added, both on transistor_factual (the radio's name with and without its maker,
for the radio), both right; alias unity there .60 → .65; nothing else moved. Rejected: "machine" as
a reference noun of a product ("the machine" took a typesetting machine where a printing-press text
means the press; right once, on enigma), and "radio" among the artefact nouns a lowercase
term's head types ("transistor radio" became a product beside the radio, and "It used four
transistors" lost its antecedent).

rev15b (review): a noun followed by "and", "or" or "&" does not end the description ("X was
a radio and television maker" gave the maker "X radio"; invented). Measured: no figure of
the 30 development sets or 28 probes moved.

fuzz22 (speed only, same answers): every name was searched in every sentence (names ×
sentences regex scans, 90,902 for 301 names in 302 sentences); now only the sentences that
write a class noun after a space and hold the name are searched. Entity benchmark output and
the bundled store byte-identical.
"""

from __future__ import annotations

import logging
import re

from kg.merging.entity_records import form_owners
from kg.model import Entity, Sentence
from kg.words import kind_nouns as kn
from kg.words import lexicon as lx

log = logging.getLogger(__name__)

__all__ = ["CLASS_NOUN", "CLASS_NOUNS", "add_class_noun_aliases"]

CLASS_NOUN = "class-noun"
# nouns of a made thing that follow its name ("the Pelmor K-7 radio")
CLASS_NOUNS = kn.ARTEFACT_NOUNS | kn.PRODUCT_HEADS | frozenset(
    "radio receiver transmitter television computer calculator typewriter machine locomotive "
    "carriage car truck lorry tractor motorcycle bicycle aeroplane airplane".split())
_SKIP_TYPES = frozenset({"person", "place", "organization", "document", "date", "quantity",
                         "event"})
# (rev15b) "a radio and television maker": the noun modifies with another, it ends nothing
_COORDINATORS = frozenset({"and", "or", "nor", "&"})
_LOWER_WORD = re.compile(r" ([a-z]+)")
_MARKS = r"(?:\*{1,2}|_{1,2})?"  # a bold or italic name ("the **Pelmor K-7**, the first …")


def _described(form: str, noun: str, texts: list[str]) -> bool:
    """Whether a sentence describes ``form`` by ``noun``: an apposition ("X, the first
    pocket radio") or a copula ("X was a radio")."""
    pattern = re.compile(rf"(?<![\w-]){_MARKS}{re.escape(form)}{_MARKS}(?:,| (?:is|was)) "
                         rf"(?:an?|the) (?:[\w-]+ ){{0,5}}{noun}s?(?![\w-])(?: ([a-z]+|&))?")
    # the noun ends the description: "a radio maker" describes no radio
    return any(m.group(1) is None or m.group(1) in lx.STOPWORDS - _COORDINATORS
               for text in texts for m in pattern.finditer(text))


def add_class_noun_aliases(entities: list[Entity], sentences: list[Sentence]) -> None:
    """Gives a made thing the alias "⟨its form⟩ ⟨class noun⟩" where a sentence writes its
    form followed by the class noun a sentence describes it by (see the module docstring);
    changes ``entities`` in place."""
    owners, taken = form_owners(entities, _SKIP_TYPES)
    texts = [sentence.text for sentence in sentences]
    # fuzz22: only the sentences that write a class noun after a space can give an alias, and
    # only those holding the form: every form was searched in every sentence (8 s of a 240 KB
    # text's entities)
    nouned = [text for text in texts if any(w in CLASS_NOUNS for w in _LOWER_WORD.findall(text))]
    for form in sorted(owners, key=len, reverse=True):
        if not form[:1].isupper():
            continue  # a lowercase term takes its head as a term form already
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)} ([a-z]+)(?=$|[^\w\s]|\s+[a-z]|\s*$)")
        for text in nouned:
            if form not in text:
                continue
            for m in pattern.finditer(text):
                noun, alias = m.group(1), f"{form} {m.group(1)}"
                if noun not in CLASS_NOUNS or alias.casefold() in taken \
                        or not _described(form, noun, texts):
                    continue
                taken.add(alias.casefold())
                entity = owners[form]
                entity.aliases.add(alias)
                entity.merges.append({"form": alias, "rule": CLASS_NOUN,
                                      "evidence": f"“{alias}”: the name followed by the "
                                                  f"class noun that describes it"})
                log.debug("class-noun alias %s for %s", alias, entity.label)
