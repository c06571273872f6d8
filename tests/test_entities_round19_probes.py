"""Round 19 (probefix12): two blind probes, an invented dialect-dictionary project
(wordbook, plain text) and a factual history of an industrial chemical process (ammonia,
Markdown), gold committed before the system first ran on them, and the generic rules their
misses led to. Small made-up documents.

First run (main at e93fc80): wordbook recall .875 / alias unity .875 / relations .90 at the
evidence (.90 anywhere), no conflation, types .625, 30 nodes (17 core); ammonia .889 / .722
/ .20 (.20), none, types .611, 62 nodes (37 core).

Fixes (each measured with ``benchmarks/entities.py --held-out --ours``: no figure of the 24
development sets or the other invented articles moved, no conflation appeared):

- a name made of two people's surnames joined by a hyphen, alone or before one or two
  common nouns ("the Tesk-Pelmor effect"), is named after them and no rival for either
  bare surname (:func:`kg.merging.surnames.named_after`): the bare surnames of the process's
  two inventors had stayed nodes of their own (ammonia alias unity .72 → .83, relations
  .20 → .30);
- a description headed by a noun that heads a term the title names ("the process" under
  "The X Process") takes that topic rather than another thing so headed last named in an
  earlier section (:func:`kg.references.distant_antecedents.by_head`): four "the process"
  had gone to a rival process of an earlier section (ammonia relations .30 → .60);
- "paper", "article", "thesis", "dissertation" are nouns of a written work a title is set
  beside ("published a paper, Notes on …, in which …", :mod:`kg.finders.published`), not
  when a given name or an honorific opens the run (a person); and an indefinite written
  work's noun before such a title describes it ("the paper" then takes it up,
  :mod:`kg.kinds.descriptors`): the title had been cut at "of" and "the paper" went
  nowhere (wordbook recall and alias unity .875 → .938, relations .90 → 1.00);
- a capitalised word with a hanging hyphen, a coordinator and a capitalised hyphenated word
  are one name ("Orsker Glas- und Varnholt-Werke"; English "and" only inside a name already
  begun, :func:`kg.finders.name_runs._suspended`), and an acronym's bracketed long form may
  hold such a hyphen (:mod:`kg.merging.acronyms`): a firm's long name had been cut into a
  "person" (which took the next sentence's "he") and a piece, and its acronym was apart
  (ammonia alias unity .83 → .89, core nodes 35 → 33).

Besides the probes, three references moved on the other sets, all to right (printing_press
"the press" → the title's press; the invented lawsuit's "the dispute", "the case" → the
case the title names); no figure of the 24 development sets or the other invented articles
moved.

After: wordbook .938 / .938 / 1.00 (1.00), none, types .625, 29 nodes (16 core); ammonia
.889 / .889 / .60 (.60), none, types .611, 58 nodes (33 core).

Left (generic, not fixed): the firm is typed "other" (its German head is no organisation
head; gold says organisation); a lowercase hyphenated plural term glossed by an apposition
("the sheep-words, a set of old numerals") is not found; a lowercase term after a person's
possessive with no cue ("Ada Tesk's coated iron valve") is not found; "Working with X, he
…" (a fronted participle whose subject is the previous sentence's) and "Tesk solved it"
("it" the problem the sentence before described; the gold relation joins the person to the
concept that problem is named by, which is arguable) are not joined; "the salt it
supplies" after a book's title takes no antecedent.
"""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq
from tests.test_entities_round2 import _references
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_two_surnames_joined_by_a_hyphen_leave_each_to_its_person():
    entities = _entities(
        "The effect\n"
        "The **Tesk-Pelmor effect** is a slow drift of the needle of a compass near iron "
        "ore. It was described in 1931 by the physicist Ada Tesk and the chemist Ivo Pelmor. "
        "Tesk measured it first, and Pelmor explained it two years later.\n")
    tesk, pelmor = find(entities, "Ada Tesk"), find(entities, "Ivo Pelmor")
    assert tesk is not None and pelmor is not None and tesk is not pelmor
    assert find(entities, "Tesk") is tesk
    assert find(entities, "Pelmor") is pelmor


@needs_wordfreq
def test_a_double_barrelled_surname_leaves_a_bare_part_to_its_one_bearer():
    # a family history: "Pellane-Quorbry" is one woman's surname, and each of its parts is
    # another person's last name, so the bare "Pellane" is her husband's (before, the double
    # surname kept it apart)
    entities = _entities(
        "The family\n"
        "Ruth Pellane-Quorbry married the farmer Tom Pellane in 1950; her cousin Nell Quorbry "
        "was a witness. Pellane-Quorbry kept the farm accounts. Pellane bought more sheep.\n")
    ruth, tom = find(entities, "Ruth Pellane-Quorbry"), find(entities, "Tom Pellane")
    assert ruth is not None and tom is not None and ruth is not tom
    assert find(entities, "Pellane-Quorbry") is ruth
    assert find(entities, "Pellane") is tom


@needs_wordfreq
def test_a_club_named_after_one_person_and_a_place_still_rivals_the_surname():
    # negative, another genre (a football club): only one word of the pair is a person's
    # surname, so the bare word may be the club's short name and stays apart
    entities = _entities(
        "The club\n"
        "Tesk-Orlan won the county cup in 1921 with a side of miners. Its captain was Ada "
        "Tesk, a winger from the valley. Tesk-Orlan lost the final of 1922, and Tesk scored "
        "twice in it.\n")
    ada = find(entities, "Ada Tesk")
    assert ada is not None and find(entities, "Tesk") is not ada


def test_the_process_is_the_title_s_process_past_a_rival_of_an_earlier_section(tmp_path):
    refs = _references(
        "The Orsley Process\n"
        "The **Orsley process** is a way of tanning hides with oak bark.\n"
        "Rivals\n"
        "The Dorrin process, used in Maddox, was quicker but dearer. Few tanners tried it. "
        "Bark grew scarce in the south. Prices of hides fell after 1870. Many small "
        "yards closed.\n"
        "Spread\n"
        "Tanners in the north took up the process after 1880. Some kept it for a century.\n")
    assert ("the process", "Orsley process") in refs


def test_the_bridge_is_the_last_bridge_of_its_own_section():
    # negative, another genre: a rival named in the same section stays the antecedent
    refs = _references(
        "The Orsley Bridge\n"
        "The Orsley Bridge carries the road over the Dorrin.\n"
        "Other crossings\n"
        "The Maddox Bridge opened downstream in 1902. Trains used it from 1905. Ferries "
        "still ran at night. Fares were low. The bridge was widened in 1930.\n")
    assert ("The bridge", "Maddox Bridge") in refs


@needs_wordfreq
def test_a_title_set_beside_a_paper_is_one_name_the_paper_takes_up():
    text = ("The dispute\n"
            "In 1931 Ada Tesk published a paper, Notes on the Tides of the Outer Harsk, in "
            "which she argued that the tides had slowed. Ivo Pelmor disagreed with the "
            "paper.\n")
    entities = _entities(text)
    assert find(entities, "Notes on the Tides of the Outer Harsk") is not None
    assert find(entities, "Notes on the Tides") is None
    assert ("the paper", "Notes on the Tides of the Outer Harsk") in _references(text)


@needs_wordfreq
def test_a_person_set_beside_a_thesis_is_no_title():
    # negative, another genre: a given name opens a person, not a title
    entities = _entities(
        "Research\n"
        "In a thesis, Peter Dorrin of the Bellwick Institute, then a student, showed that "
        "the glaze cracked in frost.\n")
    assert find(entities, "Peter Dorrin of the Bellwick Institute") is None
    assert find(entities, "Bellwick Institute") is not None


@needs_wordfreq
def test_a_firm_s_name_with_a_suspended_hyphen_is_one_name_its_acronym_spells():
    entities = _entities(
        "The firm\n"
        "The lenses were ground by OVW (Orsker Glas- und Varnholt-Werke), a maker of optical "
        "glass in the south. OVW closed in 1931.\n")
    firm = find(entities, "Orsker Glas- und Varnholt-Werke")
    assert firm is not None and find(entities, "OVW") is firm
    assert find(entities, "Orsker Glas") is None


@needs_wordfreq
def test_two_towns_sharing_a_suspended_ending_stay_two_names():
    # negative, another genre (a bus route): English "and" after a first word is a list
    entities = _entities(
        "The bus\n"
        "The route ran between Tesk- and Orlan-on-Sea until 1950, when the Varn Bus Company "
        "took it over.\n")
    assert find(entities, "Orlan-on-Sea") is not None
    assert find(entities, "Tesk- and Orlan-on-Sea") is None


@needs_wordfreq
def test_the_two_round_nineteen_probes_keep_their_floors():
    """See the module docstring for the first-run and the present figures."""
    # term22: +1 node, the gold hyphenated plural glossed by "a set of … that" (term_shapes)
    _keeps_floors("wordbook", 0.93, 0.93, 1.0, 30 / 16 + 0.01)
    # round 17: +1 gold term; recall18: +1 node, an element the process uses written bare
    # throughout (kg.finders.mass_nouns), a term an indexer lists, not in the gold
    _keeps_floors("ammonia", 0.94, 0.94, 0.7, 60 / 18 + 0.01)
