"""Reference resolution: the sentences that name an entity only as "the company" or "it".

Conservative by design. A reference phrase is one of:

- a definite description: "the"/"this"/"that" and a singular lowercase noun that is a
  reference noun ("the company", "this museum", "the agency’s"), the head of a name in
  the document ("the union" after "Union of Coastal Ferry Operators") or a noun the text
  describes an entity by (:mod:`kg.kinds.descriptors`: "the label" after "X, a small label")
  or the head of a lowercase term a definition introduces and whose head the text never
  wrote before it ("the oiler" after "the drip-feed oiler, a small brass cup …",
  :func:`kg.references.name_traits.coined_heads`),
  which must then stand alone: not after a copula ("is the style most …"), not before
  another noun ("the parser toolkit");
- a lowercase tail of a name ("the mobility plan" for "Osterbeck Mobility Plan") when only
  one name ends that way;
- (round 6) "the" and two lowercase words that repeat a post the text gave a person with "as"
  ("hired Ada Lind as its chief engineer … The chief engineer also drew …",
  :mod:`kg.kinds.descriptors`), standing alone as a learned descriptor noun must;
- a personal pronoun: "he", "she", "his", "her"; "it", "its"; "they", "their"; and "this"
  on its own before a verb ("This limits …");
- "his"/"her" before an idea noun ("his theory", "her method"): the concept or technique
  the text last said the possessor proposed or developed (:mod:`kg.references.attributed`), else
  nothing;
- an ordinal standing alone as the subject of the first words ("The first was built by
  …", "The second is …"): one of the things the previous sentence's subject was about, so
  the claim mentions that entity (a name given to it makes no alias, :mod:`kg.references.bridging`).
  Measured: it fires three times on the 12 development sets; twice it takes the previous
  subject, both right (lighthouse relations at the evidence 0.40 → 0.60), once nothing;
  (round 14) the section's later "A second tower", "The third tower" take up what it stood
  for (:mod:`kg.references.ordinal_series`, with its figures);
- (round 4) "the first of these", "the second" standing alone in the sentence right after a list:
  the name the list's item of that rank opens with ("- **Rule 2** binds … - **Rule
  5** requires … Oona Frey pressed for the first of these and Bram Tull for the second"). Measured
  over the 16 development sets and 12 invented articles: fires twice, both right
  (seedtrust relations at the evidence 0.80 → 1.00), and a wrong "its" → the third item in
  that sentence is gone; nothing else moves;
- (round 4) "such", "these" or "those" and up to two lowercase words ending in a plural noun ("such
  faults"): the nearest term in the sentence or the window whose last word is that noun,
  singular ("the thrust fault"); else nothing. Measured over the 16 development sets
  and 12 invented articles: fires once, right (plate_tectonics relations at the evidence
  0.80 → 0.90); nothing else moves;
- (round 16) "They", "Their" opening a sentence that nothing else takes up, right after a
  sentence whose subject is two people, "A and B" (:func:`kg.references.subjects.coordinated_subject`):
  both, each a reference. Measured over the 22 development sets and the 17 invented
  articles: four references added (two pairs, plate_tectonics and pcr_history), all right;
  no figure moved; "A, B and C", a person and a body, and a pair after "by" take nothing;
- (round 13 of the relations work, :mod:`kg.references.named_kinds`) "the ⟨Word⟩ ⟨noun⟩"
  where the word opens one organisation's name and the noun, as written, is its name's
  head, a noun the text describes it by or "firm", "company", "business" ("The Pelmor
  firm", "joined the Pelmor works"): that organisation, even when the word alone names its
  town; a kin pair opening the sentence ("Father and son", "The partners", "The couple"):
  the two people named back to the first of the last three sentences that names two, when
  they are exactly two and agree with the kin nouns' gender; "designed a ⟨words⟩ ⟨noun⟩" by
  the one person of a surname that opens a term ending in that noun ("the Tallis lamp"):
  that term (the review rev13a's limits are in :mod:`kg.references.named_kinds`). Measured
  over the 26 development sets and the probes: seven references added, all right, and one
  changed, wrong before and after (an object "it" that stood for a town now stands for the
  firm named after it, the text's charter being meant both times); relations at the
  evidence orsenne .60 → .90, xrays .80 → .90, nothing else moved. Rejected: a firm noun
  for the one organisation whose name the word opens even when the word is that
  organisation's own (a cooperative bank's "the ⟨town⟩ bank" went to another body named
  after the town): the word's own entity fitting the noun takes the phrase. Since alias13
  (merged with it) "the Pelmor firm", "the Pelmor works" are names of the works (rules
  ``firm-name``, ``name-head`` of :mod:`kg.merging`), so on main the "the ⟨Word⟩ ⟨noun⟩"
  reference adds none on the 26 sets and probes (measured with it switched off: no entity or
  mention moved); it was then removed, a second mechanism for what the merge does (the
  same measure on the 28 sets and 24 probes: no figure moved);
- (round 4) "the latter", "the former" standing alone (not "the former director"): the second or
  the first of the last two entities of one type named outside prepositional phrases, in
  the sentence or the one before (:func:`kg.references.antecedents.antecedent`). No development set
  uses either; tested on invented sentences only.

A subject description that stands for an entity the sentence names later ("The bureau
issued …, and the model kept by VARNET …") adds no mention but marks the subject for the
next sentence's "it" (measured over the 16 development sets and the invented articles: one
reference added, right, forecasting relations at the evidence 0.50 → 0.60; when the name
came before the description too, a wrong "Its" on an invented article: only later names).

Rejected in round 4: "the loom", "the mechanical loom" for the one term or
name of the title whose last word that is (no other entity's words ending so): for terms
it fired nowhere on the 16 development sets; with names too, 14 more references on
orchestra, festival, bridges and seedtrust, several wrong ("The head clerk" → the
firm, which then took "head clerk" as an alias), and the case on the chronometer set still not
joined. Person role nouns ("the judge", "the king") as descriptions of the nearest person:
3 fired, all wrong. "the" + one adjective + a reference noun or name head ("the new
company", "the mechanical loom"): 4 fired, all wrong ("the district government" →
a trust or an authority, "the new library in town" → another library).

What each stands for is chosen in :mod:`kg.references.antecedents`. "it" counts only as a subject (at the
start, after a fronted phrase: "Instead, it", "In 2019 it", "Built by X, it"), as a
possessive, as the subject of a reported clause ("Orvik said it was …", "the board
announced that it had …": the sentence's own subject when it is a thing, else, with only
people before it, the previous sentence's; on the 12 development sets it fires once, and
rightly), or as the object right after a verb ("the government bought it in 1969",
which takes the previous sentence's subject when only people are named before it; not
"part of it", "as they put it:", "made it possible to"), and not where it is expletive ("it
is easy to …"). A description followed by a
complement ("the basis for …", "the firm behind …") is not a reference. A list item
gets the named subject (first word) of the sentence that introduces the list ("It names
three goals:" → each item). In the later sentences of a list item that opens with a name ("**X**,
written by …"), "it" even as an object ("Y sold it") stands for that name, as does an "it"
or "its" nothing else resolves. No reference is added where the sentence names the entity
literally. The list items under a "Contents" heading are skipped: they repeat the headings
and are no discourse (measured: on lighthouse one description no longer goes to a place the
contents name before the text does, 2 wrong references gone and 1 right one lost; on
cooperative, telescope and tramway 4 references inside contents lists gone; no figure moves).

What resolution knows before it reads is prepared by :mod:`kg.references.resolution_setup`
(a pure move, split16).
"""

from __future__ import annotations

from kg.finders.candidates import Unit
from kg.finders.gazetteer import Match
from kg.kinds.descriptors import Descriptions
from kg.merging.canonical import Form, Group
from kg.references.agent_nouns import agent_nouns
from kg.references.antecedents import WINDOW, antecedent
from kg.references.attributed import Attributions
from kg.references.compatibility import note_gender
from kg.references.final_pair import people_pair
from kg.references.kind_one import kind_ones
from kg.references.kinship import Kinship
from kg.references.known_as import known_as
from kg.references.list_references import NAMED, item_label, list_item, list_lead, list_openers
from kg.references.named_kinds import kind_tables, named_kinds
from kg.references.named_next import named_next
from kg.references.ordinal_series import counted
from kg.references.own_works import own_work
from kg.references.premises import premises_owner
from kg.references.recording import attributed, mark_subject, record, record_pair
from kg.references.reference_phrases import find_phrases
from kg.references.referent_limits import body_owned
from kg.references.releases import product_of
from kg.references.resolution_setup import prepare_resolution
from kg.references.role_subjects import role_subject
from kg.references.successors import successor, successor_cue
from kg.references.term_descriptions import term_descriptions
from kg.references.work_titles import work_title

_CONTENTS = frozenset({"contents", "table of contents"})


def resolve_references(units: list[Unit], matches: list[Match], types: list[str],
                       groups: list[Group], kept: dict[tuple, Form], *,
                       described: Descriptions | None = None) -> list[tuple]:
    """Finds the reference mentions of every sentence.

    Args:
        units: the tokenised headings and sentences, per document in text order.
        matches: the literal occurrences.
        types: the type of each group.
        groups: the groups (entities).
        kept: the kept forms by key.
        described: the descriptor nouns the text gives each group ("X, a small label"),
            which stand for it as the head of its name does (:mod:`kg.kinds.descriptors`); a
            reference noun ("company") among them is left to the type rules.

    Returns:
        ``(group, sentence index, surface, char_start, char_end, how)`` tuples, where
        ``how`` is ``head`` or ``tail`` when the phrase's noun is the head of the entity's
        name or the phrase is a tail of it ("the union", "the mobility plan"), ``ordinal``
        for "The first …" (one of the things the entity stands for, not the entity itself:
        never renamed), else ``context``.
    """
    types, heads, tails, every_head, unique, learned, fresh, topical, by_unit, covered, \
        possessive, families, words, ctx = prepare_resolution(units, matches, types, groups, kept,
                                                              described)
    terms = kind_tables(groups, kept, types)
    out: list[tuple] = []
    ideas, kin = Attributions(types), Kinship()
    lead, label, contents, items = None, None, False, []
    later: dict[int, int] = {}  # a firm → the name it was reorganised under (diag15p)
    # (rev17f) only the role nouns taught one person, not every descriptor of a person: "the
    # engineer whose plan was cheapest" after "X, an engineer" is not X
    roles = frozenset().union(*agent_nouns(units, matches, types))
    for u, unit in enumerate(units):
        if u and units[u - 1].doc != unit.doc:
            ctx.recent, ctx.history, ctx.heading, lead, ctx.seen, ctx.series, later = \
                [], [], None, None, set(), {}, {}
        if u == 0 or units[u - 1].doc != unit.doc:
            ctx.title = u if unit.heading else None
        ctx.counts, ctx.words = families[unit.doc], words[unit.doc]
        if unit.heading:
            contents = " ".join(t.lower for t in unit.tokens if t.is_word) in _CONTENTS
            ctx.heading, ctx.section_start = u, True
            continue
        if contents and unit.list_item:
            continue  # a table of contents lists headings: no discourse to take up
        literal = {g for _s, g in by_unit[u]}
        label = item_label(units, u, by_unit, types, label)
        items, listed = list_openers(units, u, by_unit, types, items)
        for phrase in find_phrases(unit, covered[u], every_head, tails, item=label is not None,
                               learned=learned, fresh=fresh, topical=topical, unique=unique,
                               roles=roles):
            if phrase.kind == "listed":  # "Oona Frey pressed for the first of these"
                g = list_item(listed, phrase.noun)
            else:
                g = label if phrase.kind == "item" else successor(
                    phrase, antecedent(u, phrase, unit.tokens, ctx), later)  # diag15p
            if phrase.kind == "person":  # "He proposed …. His method": the proposer
                g = ideas.proposer(phrase, unit.tokens, ctx, default=g)
            if g is not None and phrase.kind != "item":  # "the project" after "Quillmap 2.1 …"
                g = product_of(u, g, phrase, ctx)
            if g is None and phrase.kind == "thing" and label is not None \
                    and types[label] in NAMED and types[label] != "person":
                g = label
            if phrase.kind == "person":  # "his theory": the idea the text gave him
                attributed(unit, u, phrase, ideas.idea_of(g), literal, by_unit, out)
                work = own_work(unit.tokens, phrase.start, g, u, ctx)  # "His work": the one document
                if work is not None and work not in literal:
                    record(unit, u, phrase.start, phrase.start + 2, work, literal, by_unit, out,
                           at=phrase.start + 1)
            if g is not None and phrase.kind == "ordinal":
                ctx.series[ctx.heading] = (g, counted(  # "A second tower" takes it up
                    units, ctx.heading, ctx.recent[-1] if ctx.recent else None))
            if g is not None and g in literal and phrase.subject \
                    and phrase.kind not in ("ordinal", "series"):
                mark_subject(u, phrase, g, by_unit, unit.tokens)  # "The bureau issued … kept by VARNET"
            if g is not None and types[g] not in ("organization", "other") \
                    and body_owned(unit.tokens, phrase):
                g = None  # "Its first chair": a body's, not the Act's named before
            if g is None and phrase.kind == "plural" and phrase.subject and ctx.recent \
                    and ctx.recent[-1] == u - 1:
                record_pair(unit, u, phrase, people_pair(u - 1, ctx), literal, by_unit, out)
            toks = unit.tokens
            if g is not None and types[g] == "person":  # "she" said of a person: a woman
                note_gender(toks[phrase.start].lower, g, u, ctx, own=g in literal,
                            at=phrase.start)
            if g is None or g in literal:
                continue
            by_unit[u].append((phrase.start, g))
            by_unit[u].sort()
            if toks[phrase.end - 1].possessive:
                possessive.add((u, phrase.start))
            literal.add(g)
            how = "tail" if phrase.group is not None else "ordinal" \
                if phrase.kind in ("ordinal", "series") else (
                    "head" if phrase.noun and phrase.noun in heads[g] else "context")
            out.append((g, unit.sentence, " ".join(t.text for t in toks[phrase.start:phrase.end]),
                        toks[phrase.start].start, toks[phrase.end - 1].end, how))
        lead = list_lead(unit, u, by_unit, lead, types, literal, out)
        for start, end, g in known_as(u, ctx):  # "The machine … was nicknamed X"
            record(unit, u, start, end, g, literal, by_unit, out)  # X is named here
        for start, end, g in (named_kinds(u, ctx, terms) + term_descriptions(u, ctx)
                              + kin.refer(u, ctx) + work_title(u, ctx)
                              + role_subject(u, ctx) + premises_owner(u, ctx)):  # "the effect",
            # "her husband", "The inventor", "the store" after "Its first branch" (rel20)
            if g not in literal:  # after the list lead: "The partners …:" leads no items
                record(unit, u, start, end, g, literal, by_unit, out)
        ideas.learn(unit.tokens, by_unit[u], unit=u)
        cue = successor_cue(unit.tokens, by_unit[u], types)  # "incorporated the business as Y"
        if cue is not None:
            later[cue[0]] = cue[1]
        ctx.recent = (ctx.recent + [u])[-WINDOW:]
        ctx.history.append(u)
        ctx.seen.update(g for _p, g in by_unit[u])
        ctx.section_start = False
    kinds = {g for g, group in enumerate(groups) if not any(kept[k].is_name for k in group.keys)}
    return out + named_next(units, matches, types, [h | {k[-1] for k in g.keys if len(k) > 1}
                                                  for h, g in zip(heads, groups)]) \
        + kind_ones(units, matches, types, kinds)

