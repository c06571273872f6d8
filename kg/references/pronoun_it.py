"""What "it", "its", "they", bare "this" and idea nouns stand for (:mod:`kg.references.antecedents`
calls :func:`by_subject` and :func:`kg.references.object_pronoun.object_it`;
:mod:`kg.references.compatibility` says what fits; an object "it" is described at
:func:`kg.references.object_pronoun.object_it`).

"it", "its", "they", bare "this" and idea or method nouns take the subject (first entity
of the main clause, within its first words, past an entity in a fronted phrase without a
comma: "During the … War the yard built …") of the previous sentence (a subject "it",
when that sentence has no subject entity, the entity it introduced by an apposition:
"Her paper described ZEPHYR, a parser. It …"; and a subject "it" after a sentence whose
subject is a person, the one organisation or product that sentence named: "Vaskelund
founded Torbay Robotics in 2009. It now sells …", or, in round 4, an untyped name it
named outside a prepositional phrase: "Captain Idrel took V3 on his last voyage
aboard the brig Quillon …. It never failed"; measured, one reference added, right,
chronometer relations at the evidence 0.60 → 0.70, nothing else moves on the 16
development sets or the invented articles; "aboard" is a preposition of
:func:`kg.references.subjects.governed` for it); not "Its", which on the compiler
set went wrong both times it fired; and a subject "it"/"its" after a sentence with no
subject entity, the one compatible entity that sentence named, unless it stood after a
preposition or a subordinator: "The largest is the Pelmor City Library. Its roof …" (after
a preposition only as an outcome, "ended with the X", :mod:`kg.references.outcomes`);
measured over the development sets and invented articles, 5 joins, all right; without
the preposition test 8, of which 3 wrong: "Formed … at the Tollmere Conservatory …, the
group …. Its story"; and a subject "it" after a sentence opened by a term, "The X …" or
a resolved "It …", that term: "The folding ladder was … It weighed under a kilo";
measured, two right references on vaccine, nothing else moves), or of their own
sentence for a possessive in mid-sentence (again the previous sentence's when nothing is
named before it: "Among its features …"); at the start of a section, the entity of its
heading. A possessive ("Norland’s commitments") is no subject. A mid-sentence "its" with
only people named before it takes the previous sentence's subject ("The board could
fine … Ilvaskoi served as its first secretary"); rel15: or only dates and quantities, without a
"the N" (:func:`_named_before`), and after a sentence with no subject entity, the one name
it gave outside a prepositional phrase (:func:`kg.references.it_objects._only_thing`).

Round 4: an "its" or "their" inside a fronted phrase closed by a comma takes the main
clause's subject when it fits ("At its first full meeting, in 1741, the Board of X
granted …": the board's meeting, :func:`kg.references.subjects.fronted_owner`). Measured over the 16
development sets and 12 invented articles: one wrong reference gone (chronometer: "its" →
a headland the previous sentence named), nothing else moves. Rejected: the same for
"his"/"her" ("At his funeral, …, Bram Tull said …" is the funeral of the man the text was
about, not of Bram Tull: one right reference lost on fell_rescue). Without a comma, a fronted
phrase opened by a preposition counts too ("For much of its life the X Trust has …"),
and a sentence opened by "The" and a lowercase noun naming no entity ("The kiln at Y is
recalled for … in its early decades") keeps a mid-sentence "its" from the previous
sentence's subject; an object "it" after a noun phrase that follows a verb and a
preposition ("pounced on the tale, and one weekly printed it") takes nothing. Measured over
the 16 development sets and 12 invented articles: each removes one wrong reference
(fell_rescue twice, seedtrust once), nothing else moves. An "its" in a fronted phrase
followed within a few words by "the" and a lowercase noun ("For its early years the
firm rented …") takes nothing (that noun phrase is the owner, resolved on its own):
measured, two wrong references gone (bridges, compiler) and one right added (bridges:
the next sentence's "Its first finished pier" now the firm), but one right "It" on
bridges turned wrong (the sentence after, "It was cheaper than …", now takes the firm).
Rejected: marking "its", "their", "his" as possessive, so that they are no subject of
their sentence: it undid that wrong "It" but lost three right ones (lighthouse "Its
west wing dates from … It was listed as a protected monument" and two more).

A subject "It" after a sentence of its section that ends by introducing an unnamed thing ("…
the board ordered an external audit. It was led by …") takes, before the previous
subject, the one thing the section's heading names ("The Tolland Report"), when the text has
not named it before (the heading introduces it). Measured over the 16 development sets and
12 invented articles: fires twice, both right (seedtrust 0.70 → 0.80, fell_rescue 0.60 →
0.70 at the evidence); without the test of the indefinite ending it fires nowhere else
(kept, as the reason the heading is meant); without the test of a name not yet seen, an
invented "… bought a new boat. It was built in Lisleby" goes to the heading's report.

What a subject "it" or a mid-sentence "its" takes from the previous sentence when that
sentence's subject does not fit (a person, two names joined by "and", no subject entity) is
in :mod:`kg.references.it_objects`, with the figures of rounds 5 and 14, fix14t and rev14e.
rel15b: a subject "they" with only dates and quantities before it, after a sentence with no
subject entity opened by "The ⟨number⟩ ⟨members⟩", takes the group the title names
(:mod:`kg.references.counted_members`, with its figures).
"""

from __future__ import annotations

from kg.references.commissioned import commissioned
from kg.references.compatibility import NEVER, TERM_TYPES, THING_TYPES, compatible
from kg.references.counted_members import counted_members
from kg.references.introduced_bodies import introduced_body
from kg.references.it_objects import (
    _common_subject,
    _joined_subject,
    _object_of,
    _object_of_pair,
    _only_thing,
)
from kg.references.number_agreement import singular_subject
from kg.references.phrases import Context, Phrase
from kg.references.reported_subjects import reported_subject
from kg.references.second_clause import (
    people_thing,
    people_word,
    second_clause_thing,
)
from kg.references.subjects import affiliation, fronted_end, fronted_owner, quantified
from kg.references.subjects import subject_of as _subject  # the module's own name for it
from kg.words.tokens import EMPHASIS_MARKS

__all__ = ["by_subject"]


def _named_before(tokens, start: int, here, ctx: Context) -> bool:
    """True when something other than people stands before a mid-sentence "its": a name,
    or a date or quantity with a "the N" ("In 1990 the nation lost one of its …": the
    nation's). rel15: a date or quantity alone does not count ("By 1930 about 30
    percent of its rope went abroad": the previous sentence's subject); over the 30
    development sets and 26 invented articles, two references added, both right (bridges,
    tannery); without the "the N" test two more, one wrong (orchestra: "in the ⟨season⟩ the
    ⟨series⟩ sold … of its ⟨N⟩" → the orchestra, not the series). Review rev15c: "a N"
    as well ("In 1935 Ada bought a farm and mended its roof": rel15 gave the previous
    subject)."""
    if any(ctx.types[g] not in ("person", "date", "quantity") for _p, g in here):
        return True
    return any(ctx.types[g] != "person" for _p, g in here) and any(
        tokens[k].lower in ("the", "a", "an") and tokens[k + 1].is_word
        and tokens[k + 1].text.islower() for k in range(start - 1))


def by_subject(u: int, phrase: Phrase, here, tokens, ctx: Context) -> int | None:
    """"it", "they", "this", "the idea": the subject of the previous sentence (or, for a
    possessive in mid-sentence, of its own), else the heading at a section start."""
    def ok(g):
        return g is not None and compatible(phrase, g, ctx)

    if phrase.start == 0 and tokens[0].lower in ("its", "their") and ctx.recent:
        g = commissioned(ctx.recent[-1], ctx)  # "… asked the firm X to study it. Its report"
        if ok(g):
            return g
        g = introduced_body(u, tokens, ctx)  # "… wrote to X, a glass maker. Its chemist, Y,"
        if ok(g):
            return g
    if tokens[phrase.start].lower in ("its", "their"):  # "At its first meeting, the Board …"
        g = fronted_owner(tokens, ctx.by_unit.get(u, []), phrase.start,
                          {h for _p, h in ctx.by_unit.get(u, []) if ctx.types[h] in NEVER})
        if ok(g):
            return g
        if fronted_end(tokens, phrase.start) is not None and any(  # "For its early
                tokens[k].lower == "the" and tokens[k + 1].is_word  # years the firm rented …"
                and tokens[k + 1].text.islower() and all(t.is_word for t in tokens[:k])
                for k in range(phrase.start + 2, min(phrase.start + 6, len(tokens) - 1))):
            return None
    if not phrase.subject:
        g = _subject(u, ctx, before=phrase.start)
        if ok(g):
            return g
        if phrase.kind == "thing":
            for pos, g in reversed(here):
                if ok(g) and not affiliation(tokens, pos):
                    return g
        if _named_before(tokens, phrase.start, here, ctx) \
                or tokens[phrase.start].lower not in ("its", "it") or not ctx.recent \
                or quantified(tokens, phrase.start) or _common_subject(tokens, here):
            return None  # (only people before it: "Ilvaskoi served as its first secretary", "Orvik
            # said it was …", a reported "it": :mod:`kg.references.reference_phrases`)
        g = _subject(ctx.recent[-1], ctx)  # "Among its features were …": nothing named
        if tokens[phrase.start].lower == "its" and not ok(g):
            r = reported_subject(ctx.recent[-1], ctx)  # "Local legend held that the X …"
            if r is not None:
                return r
        if (g is None or ctx.types[g] == "person") and tokens[phrase.start].lower == "its":
            return _only_thing(ctx.recent[-1], g, ok, ctx)
        return g if ok(g) else None        # before it, so the last sentence's subject
    if ctx.section_start and ctx.heading is not None:
        g = next((g for _p, g in ctx.by_unit.get(ctx.heading, []) if ok(g)), None)
        return g
    if not ctx.recent:
        return None
    prev = ctx.recent[-1]
    if phrase.kind == "thing":  # "… ordered an external audit. It was led by …"
        g = _heading_topic(u, phrase, prev, tokens, ctx)
        if g is not None:
            return g
    subject = _subject(prev, ctx)
    pair = _joined_subject(prev, subject, ctx) if phrase.kind == "thing" else None
    if pair:
        return _object_of_pair(prev, pair, ok, ctx)  # "X and Y released the Z. It …": Z
    if phrase.kind == "plural" and subject is None \
            and all(ctx.types[g] in ("date", "quantity") for _p, g in here):
        g = counted_members(prev, ctx)
        if g is not None:
            return g  # "The five singers shared a house …. They won …": the group
    if phrase.kind == "plural" and subject is not None and singular_subject(prev, subject, ctx):
        subject = None  # "The isotope was found by …. They …": not the isotope
    if phrase.kind == "thing" and tokens[phrase.start].lower in ("it", "its"):
        g = second_clause_thing(prev, subject, ok, ctx)  # "X supplied …, and Y named Z. Its …"
        if g is not None:
            return g
        if subject is not None and people_word(prev, subject, ctx):  # "Metallurgists …"
            return people_thing(prev, subject, ok, ctx)
    if ok(subject) or phrase.kind == "thing" and subject is not None \
            and ctx.types[subject] in TERM_TYPES and _opens(prev, ctx):
        return subject  # "The folding ladder was … It weighed under a kilo"
    if phrase.kind == "concept":  # "The idea dates from …": the idea the last sentence named
        return next((g for _p, g in ctx.by_unit.get(prev, []) if ok(g)), None)
    if phrase.kind == "thing":
        return _object_of(u, phrase, prev, subject, ok, ctx)
    return None


def _opens(unit: int, ctx: Context) -> bool:
    """True when the sentence's first entity opens it as "The X", as a resolved "It" or as
    its first word (its subject, not a fronted phrase). Round 14: the last, "Tiered salt
    sorting (TSS) is a technique …. It was worked out at …": on the invented enzyme article
    one relation joined; no figure of the other 35 sets moved. rel17: Markdown emphasis
    marks do not count ("The **X process** is …", "**X** is …"): three "It" added, all
    right (the ammonia, chromatography and museum probes' second sentence), no figure moved."""
    found = ctx.by_unit.get(unit, [])
    toks = ctx.units[unit].tokens if ctx.units else []
    if not found:
        return False
    lead = [t for t in toks[:found[0][0]] if t.text not in EMPHASIS_MARKS]
    first = toks[found[0][0]]
    return len(lead) == 1 and lead[0].lower == "the" \
        or not lead and (first.lower == "it" or first.is_cap)



def _heading_topic(u: int, phrase: Phrase, prev: int, tokens, ctx: Context) -> int | None:
    """A subject "It" after a sentence that ends by introducing an unnamed thing ("… the
    board ordered an external audit. It was led by …"): the entity the section's
    heading names ("## The Tolland Report"), when the text has not named it yet (the heading
    introduces it), and whatever the previous sentence's subject."""
    if tokens[phrase.start].lower != "it" or ctx.heading is None or not ctx.units \
            or not ctx.heading < prev < u:
        return None
    if not _ends_indefinite(ctx.units[prev].tokens):
        return None
    topics = {g for _p, g in ctx.by_unit.get(ctx.heading, [])
              if ctx.types[g] in THING_TYPES and ctx.types[g] != "place"}
    if len(topics) != 1:
        return None
    g = topics.pop()
    return None if g in ctx.seen else g


def _ends_indefinite(toks) -> bool:
    """True when a sentence ends with "a"/"an" and lowercase words ("… commissioned an
    independent review.")."""
    words = [t for t in toks if t.is_word]
    if not words or toks[-1].text not in ".;" :
        return False
    for t in reversed(words[-5:]):
        if not t.text.islower():
            return False
        if t.lower in ("a", "an"):
            return t is not words[-1]
    return False
