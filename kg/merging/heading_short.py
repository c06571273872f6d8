"""A name written only in a heading that begins one longer name of the text: "# A moss from
Orvell" for the "Orvell National Park" the sentences name (rule ``heading``).

Headings often shorten a name the sentences give in full. :func:`kg.merging.title_names.heading_names`
takes a heading's name with a noun added ("the Malverdine Engine"); this takes a heading's name
cut short: a capitalised word or run, not the heading's first word (title case capitalises
that anyway), no common English word (Zipf under 4: "Making", "Early" open many headings),
none written in lowercase in a sentence (without that test a title-case heading's "Fare"
became a short name of a fare plan on brackwater_transit), no kept form of its own, that is the first word(s) of the names of exactly one entity, and the
last word(s) of none other (a surname or a shared place name is ambiguous). After "in" or
"near" it names a place, so it shortens no name of a body ("# Growing up in Brennard" is
not the "Brennard Harbour Company" of the sentences).

Round 13: pcr_history's park, named in full in a sentence and shortened in its section's
heading, has its short name (alias unity 0.95 → 1.00); no node or figure of the other 19
development sets or the invented ones moved.

Round 16: an all-capitals heading runs its name into the words after it ("THE VARNEL
YEARS"), so the run's first word(s) are tried too, longest first. Measured (``--held-out
--ours``): quellbracke_perfumery alias unity .70 → .74 (a firm's short name, written only in
such a heading); nothing else moved on the 38 sets.

heads15: after "the", the heading's word may be the last word (the head) of one entity's
name, none other's, when it begins none: "# The Registry and the Standard" for the
"Estuary Cordage Inspectorate" the sentences name. Measured (30 development sets, 26
probes): one alias, right (ropewalk_invented alias unity .65 → .70); nothing else moved.
Rejected: without "the" (four more aliases, three wrong: a city for the relic named
after it, a firm's last word for the firm, a word from an all-capitals run).
rev15b (review): the head must be a class noun of a body, a place, a building, a made thing
or a document (:data:`_HEAD_NOUNS`): "# The Warden and the Bailiffs" gave a person "Ada
Warden" the alias "Warden" (invented). Measured: no figure of the 30 development sets or 28
probes moved.
alias16: after "the", a heading's run of two words or more may be the last words of exactly
one entity's form, a lowercase term included, beginning none ("## Ada Vennel and the Basin
Method" for "the stepped basin method"); common words allowed, as two words that end one term
only are its short name. Measured (32 development sets, 28 probes, every alias dumped):
osterfell_saltworks_invented alias unity .80 → .85 (with :mod:`kg.merging.later_acronyms`);
nothing else moved. A heading restating a name in another language or a person without the
middle name is :func:`kg.merging.cognate_names.heading_cognates`.
rev16d (review): the last words of a capitalised name are no longer taken that way ("## The
Steam Engine" over the one "Wendrith Steam Engine", "## The Royal Society" over a "Fenwold
Royal Society", invented: a class or another body); only a lowercase term's. No figure moved.
"""

from __future__ import annotations

from collections import defaultdict

from kg.finders.candidates import Unit
from kg.merging.cognate_names import heading_cognates
from kg.merging.forms import Form, Group
from kg.words import lexicon as lx
from kg.words.tokens import key_of

__all__ = ["heading_prefixes"]

# (rev15b) "# The Inspectorate": a name's head after "the" is a class noun of a body, a place,
# a building, a made thing or a document, not a surname ("# The Warden and the Bailiffs" for
# the person "Ada Warden", invented)
_HEAD_NOUNS = (lx.ORG_HEADS | lx.PLACE_HEADS | lx.STRUCTURE_HEADS | lx.PRODUCT_HEADS
               | lx.DOCUMENT_HEADS)

# a place follows these ("# Growing up in Brennard"), not a body named after it (the
# "Brennard Harbour Company" of the sentences); "at" and "from" may name a firm


def heading_prefixes(kept: dict[tuple, Form], groups: list[Group],
                     units: list[Unit]) -> dict[int, dict[str, dict]]:
    """Heading-only names that begin the longer names of exactly one entity.

    Args:
        kept: the kept forms.
        groups: the entity groups.
        units: the tokenised headings and sentences.

    Returns:
        group → heading surface → its ``{"form", "rule", "evidence"}`` explanation.
    """
    begins: dict[tuple, set[int]] = defaultdict(set)
    ends: dict[tuple, set[int]] = defaultdict(set)
    bodies: dict[tuple, bool] = {}  # does every longer name it begins end in a body's noun?
    tails: dict[tuple, set[int]] = defaultdict(set)  # last two words or more of any form
    for g, group in enumerate(groups):
        for key in group.keys:
            for n in range(1, len(key) - 1 if not kept[key].is_name else 1):
                tails[key[n:]].add(g)  # a lowercase term's only: "# The Steam Engine" (rev16d)
            if kept[key].is_name:
                for n in range(1, len(key)):
                    begins[key[:n]].add(g)
                    ends[key[n:]].add(g)
                    bodies[key[:n]] = bodies.get(key[:n], True) and key[-1] in lx.ORG_HEADS
    lower = {t.lower for unit in units if not unit.heading for t in unit.tokens
             if t.is_word and t.text.islower()}  # "fare" in a sentence: "# Fare Rises"
    out: dict[int, dict[str, dict]] = defaultdict(dict)
    for unit in units:
        if not unit.heading:
            continue
        toks, i = unit.tokens, 1  # title case capitalises a heading's first word anyway
        while i < len(toks):
            j = i
            while j < len(toks) and toks[j].is_word and toks[j].is_cap:
                j += 1
            if j == i:
                i += 1
                continue
            # an all-capitals heading runs its name into the words after it ("THE VARN
            # YEARS"): its name may be the run's first word(s)
            stops = range(j, i, -1) if all(t.text.isupper() for t in toks if t.is_word) \
                else (j,)
            for k in stops:
                key = key_of(toks[i:k])
                tail = len(key) >= 2 and toks[i - 1].lower == "the" and not begins.get(key) \
                    and len(tails.get(key, ())) == 1 and not set(key) & lx.STOPWORDS
                if key and key not in kept and (tail or all(
                        lx.zipf(w) < 4.0 and w not in lx.STOPWORDS and w not in lower for w in key)):
                    owners = begins.get(key, set())
                    placed = toks[i - 1].lower in lx.LOCATIVES and bodies.get(key, False)
                    where = "begins"
                    if not owners and toks[i - 1].lower == "the" and key[-1] in _HEAD_NOUNS:
                        owners, where = ends.get(key, set()), "ends"  # "# The Inspectorate"
                    if not owners and tail:  # "# The Basin Method", "the stepped basin method"
                        owners, where = tails[key], "ends"
                    if len(owners) == 1 and not ends.get(key, set()) - owners and not placed:
                        surface = " ".join(t.text for t in toks[i:k])
                        out[next(iter(owners))][surface] = {
                            "form": surface, "rule": "heading",
                            "evidence": f"“{surface}” is written only in a heading, and "
                                        f"{where} a name of this entity only"}
                        break
            i = j
    for g, found in heading_cognates(kept, groups, units).items():
        for surface, why in found.items():
            out[g].setdefault(surface, why)  # "# The Lamp of the Archives" (alias16)
    return out
