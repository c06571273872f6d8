"""Round 22 (probe15): two blind probes, an invented mapmaking firm's history (corrowin, plain
text) and a factual history of the laser (laser, Markdown), gold written by a helper who read
no code. Each miss of the first run, item by item, with its cause (read from a per-sentence
dump of the mentions); [fixed] marks those this round's generic rules took; [biz], [kin],
[term], [heads], [rel] those of a family another engineer is working on (a business's class
noun, kinship and shared surnames, lowercase terms, "⟨Name⟩ ⟨kind noun⟩" and nicknames,
"it"/"its"), left to them; [left] those not done.

First run (3617518): corrowin recall .84 / alias unity .63 / one conflation / relations .60 at
the evidence (.70 anywhere) / types .68, 31 nodes (18 core); laser .95 / .65 / none / .60
(.60) / .80, 68 nodes (48 core).

corrowin
- The conflation, first: the firm's name was cut at "and" into "Corrowin Chart" and "Survey
  Company" (the name finder goes on across "and" only when the words either side are never
  capitalised elsewhere, and the section heading "Survey and Method" capitalised "Survey").
  "the firm" (sentences 26, 31: "who ran the firm jointly", "the firm lost much of its
  appetite") then went to the pilots' guild, the last body named, which so took the alias
  "firm", a gold alias of the firm. [fixed] a heading, which capitalises every word, is no
  evidence that a word stands alone: the junction counts read running text only
  (:mod:`kg.finders.junctions`). The firm's name is found whole, "CCSC" (its initials, "the
  partners signed themselves CCSC", not found before) joins it, and the guild no longer holds
  "firm": no conflation. "the firm" of sentence 26 still goes to the guild, that of 31 is
  now left unresolved [biz]; "the firm" of "joined the firm in 1862", "The firm took its
  name from …" and "the works on Tarrock Quay" are not resolved [biz] (the relations
  firm–headland, son–firm, firm–quay).
- "Corrowin" ("Most customers simply called it Corrowin"; "the Corrowin loft") stays a node
  of its own, with the heading's cut piece "Corrowin Chart" [heads].
- "Old Plumb" (the son's nickname: "Anselm was a quiet, stubborn young man, known as "Old
  Plumb" among the engravers") was a node typed ``document``. [fixed] a sentence that opens
  with a name, "was a", a few adjectives and a noun of a person ("man", "woman" or a trade)
  gives "known as" its name (:func:`kg.merging.cue_subjects._described_person`).
- "Notes on the Shoaling of Harbours" (not found; "Notes on the Shoaling" was): "her Notes
  on the Shoaling of Harbours, a pamphlet of forty pages" names the work after it. [fixed] a
  title after a possessive, closed by ", a/an ⟨noun of a written work⟩", holds its small
  words (:mod:`kg.finders.published`). This joins the surveyor and her pamphlet. "The
  pamphlet" of the next sentence, not resolved before, now goes to it, once: no alias (a
  description becomes one only when read for it twice) [left].
- "Corrowin Head" was ``other``: "Corrowin Head, the chalk headland that marks the northern
  side of the estuary" runs past ten words to its closing mark. [fixed] a definite apposition
  closed by a relative ("the chalk headland that …") names its head's kind, unless the
  sentence opens with a preposition whose phrase the comma ends ("Under X, the town that …"),
  and "headland", "promontory", "peninsula" are nouns of a place
  (:func:`kg.kinds.described_kinds.relative_head`).
- "Stillwater series" was ``other``. [fixed] "The company's most successful product was the
  X" types X by the noun of the description opening the sentence
  (:func:`kg.kinds.description_heads.fronted_noun`). "the Stillwater charts" is no alias
  [heads].
- "three-steeple fix" is ``concept`` (gold ``technique``), and "The method was slow" is not
  resolved to it [term]: "She called this the three-steeple fix" is an unmarked "called X".
- "triangulation", "lithography" (not found): lowercase terms written once with no cue
  ("learned triangulation as a child", "replace copper engraving with lithography, which
  was faster") [term].
- Not gold, seen: "Ousel" (the river, "the river Ousel") is a place node; "1890" is read
  from "the 1890s".

laser
- "Schawlow" (sentences 25, 45) stayed a node apart from "Arthur Schawlow": "the
  Townes–Schawlow patent" rivalled the bare surname, since a key singularises its last word
  ("Charles Townes" has the last name "towne") and the pair's "townes" was no known last
  name. [fixed] the two-surname test reads a word also as a key's singular last word
  (:func:`kg.merging.surnames.named_after`). Schawlow's "he" in "in 1981 he shared the Nobel
  Prize in Physics" now goes to him (it went to Townes): relation joined.
- "In December 1958 the two men published "Infrared and Optical Masers"": "the two men" was
  not resolved (a fronted date was a year alone). [fixed] a month may stand before the year
  (:func:`kg.references.named_kinds._opener_end`): joins Schawlow and the paper. "The paper"
  is resolved once, no alias [left].
- "LASIK" lacked its long form: "**LASIK**, short for *laser-assisted in situ
  keratomileusis*, an eye operation …" (a lowercase emphasised name after a cue was only taken
  in a chain). [fixed] an acronym, then "short for" and an emphasised phrase: the phrase is
  its expansion (:func:`kg.merging.alias_cues._acronym_before`). Its type is ``concept`` (gold
  ``technique``): "operation" names no kind [left].
- "laser" lacks "light amplification by stimulated emission of radiation" ("The word began
  as an acronym for *…*": "The word" would have to be resolved) [term]; it is ``concept``
  (gold ``product``), as is "helium-neon laser" [left: no cue but "inventions"].
- "maser" (not found): "built the maser in 1954", "The name stands for *microwave …*"
  [term]. The relation Townes–maser needs it.
- "Columbia" ("a Columbia graduate student, Gordon Gould") stays a node apart from "Columbia
  University": a short form used once is skipped when it is a frequent word ("Columbia" has
  a Zipf frequency of 4.4) [left]; so Gould–Columbia University is not joined.
- "helium-neon" ("the familiar red helium-neon beam") is no alias of the helium-neon laser
  [heads].
- Not gold, seen: "Irnee D'Haenens" is typed ``product``, "General Electric" and "Robert
  Hall" places, "Nature" (the journal) a place; "It emitted infrared light" goes to Bell Labs
  [rel].

Measured with ``benchmarks/entities.py --held-out --ours`` before and after (30 development
sets, 28 probes), and every entity, alias, type and reference of all 59 articles dumped
before and after: only these two probes moved; no other node, alias, type or reference
changed.

After: corrowin recall .90 / alias unity .68 / no conflation / relations .70 (.80) / types
.84, 29 nodes (16 core); laser .95 / .75 / none / .80 (.80) / .80, 67 nodes (47 core).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq, read_entities, with_mentions
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_heading_s_capital_does_not_stop_a_name_joined_by_and(tmp_path: Path):
    entities = read_entities(
        "# The charts\n\n"
        "In 1850 Ada Quenby formed the Pellick Map and Survey Company in a loft on the quay. "
        "The partners had little money.\n\n"
        "## Survey and Method\n\n"
        "Quenby sounded the river mouth every summer.\n", tmp_path, name="article.md")
    firm = find(entities, "Pellick Map and Survey Company")
    assert firm is not None and find(entities, "Pellick Map") is None


@needs_wordfreq
def test_a_word_used_alone_in_running_text_still_stops_a_name_joined_by_and(tmp_path: Path):
    # negative, another genre (football): "Harnick" stands alone in a sentence, so "the Brellock
    # Rovers and Harnick Football Club" stays two names
    entities = read_entities(
        "# The derby\n\n"
        "In 1901 the Brellock Rovers and Harnick Football Club met on the common. "
        "Harnick won by two goals.\n", tmp_path, name="article.md")
    assert find(entities, "Brellock Rovers and Harnick Football Club") is None
    assert find(entities, "Harnick Football Club") is not None


@needs_wordfreq
def test_a_surname_ending_in_s_in_a_two_name_patent_leaves_the_other_surname_alone():
    entities = _entities(
        "The lamp\n"
        "Abel Dawes turned to glass. He worked with Oriel Vantrow on the problem. Mara lost "
        "to the Dawes–Vantrow patent. Vantrow had to wait longer for his prize.\n")
    vantrow = find(entities, "Oriel Vantrow")
    assert vantrow is not None and find(entities, "Vantrow") is vantrow


@needs_wordfreq
def test_a_title_after_her_closed_by_a_pamphlet_apposition_is_whole():
    entities = _entities(
        "The tides\n"
        "In 1856 she set it out in her Notes on the Tides of Orvell, a pamphlet of forty "
        "pages printed by the press.\n")
    notes = find(entities, "Notes on the Tides of Orvell")
    assert notes is not None and notes.entity_type == "document"


@needs_wordfreq
def test_a_name_after_her_closed_by_a_club_apposition_is_no_title():
    # negative, another genre (a sports club): "a club" is no written work, so the club and
    # its valley stay two names
    entities = _entities(
        "The season\n"
        "In 1901 she left her Harnick Rovers of the Brellock Valley, a club of forty players, "
        "for the city.\n")
    assert find(entities, "Harnick Rovers of the Brellock Valley") is None
    assert find(entities, "Harnick Rovers") is not None
    assert find(entities, "Brellock Valley") is not None


def test_an_acronym_short_for_an_emphasised_phrase_takes_it_as_its_long_form(tmp_path: Path):
    entities = read_entities(
        "# Welding\n\n"
        "**TVK**, short for *tarrow valve keying*, is a welding method that joins thin "
        "plates.\n", tmp_path, name="article.md")
    tvk = find(entities, "TVK")
    assert tvk is not None and find(entities, "tarrow valve keying") is tvk


def test_a_crew_short_for_an_emphasised_phrase_gives_no_long_form(tmp_path: Path):
    # negative, another genre (sailing): "short for" after a common noun, no acronym
    entities = read_entities(
        "# The voyage\n\n"
        "In 1901 the crew, short for *twelve men*, sailed the TVK out of the bay.\n",
        tmp_path, name="article.md")
    assert find(entities, "twelve men") is None


@needs_wordfreq
def test_a_person_who_was_a_young_man_known_as_a_nickname_takes_it():
    entities = _entities(
        "The carters\n"
        "Oriel Vantrow was born in Quendrow. Vantrow was a quiet, stubborn young man, known "
        "as \"Old Nail\" among the carters for his temper.\n")
    vantrow = find(entities, "Oriel Vantrow")
    assert vantrow is not None and find(entities, "Old Nail") is vantrow


@needs_wordfreq
def test_a_mill_that_was_a_quiet_place_known_as_a_nickname_gives_it_to_no_person():
    # negative, another genre (a building): "place" is no noun of a person
    entities = _entities(
        "The carters\n"
        "Oriel Vantrow was born in Quendrow. The mill was a quiet, damp old place, known as "
        "\"Old Nail\" among the carters.\n")
    vantrow = find(entities, "Oriel Vantrow")
    assert vantrow is not None and "Old Nail" not in vantrow.aliases


@needs_wordfreq
def test_a_headland_described_before_a_relative_is_a_place():
    entities = _entities(
        "The bay\n"
        "The mill took its name from Drommel Point, the chalk headland that marks the edge "
        "of the bay.\n")
    point = find(entities, "Drommel Point")
    assert point is not None and point.entity_type == "place"


@needs_wordfreq
def test_a_fronted_phrase_s_comma_opens_no_apposition_before_a_relative():
    # negative, another genre (music): "After X, the band that …" is the subject, not X's
    # description
    entities = _entities(
        "The tour\n"
        "After Brellock Hall, the band that toured with them played a second set at the Harnick "
        "Arena in front of a large crowd.\n")
    hall = find(entities, "Brellock Hall")
    assert hall is not None and hall.entity_type != "organization"


@needs_wordfreq
def test_a_name_a_possessive_s_product_was_is_a_product():
    entities = _entities(
        "The lamps\n"
        "The firm's most successful product was the Quendrow Lamp, sold in tins.\n")
    lamp = find(entities, "Quendrow Lamp")
    assert lamp is not None and lamp.entity_type == "product"


@needs_wordfreq
def test_a_reported_description_gives_no_kind():
    # negative, another genre (a travel memoir): the description does not open the sentence
    # ("said that her favourite town was the X"), so it names no kind of X
    entities = _entities(
        "The journey\n"
        "Ada Quenby said that her favourite town was the Harnick Drommel, not the port.\n")
    drommel = find(entities, "Harnick Drommel")
    assert drommel is not None and drommel.entity_type != "place"


@needs_wordfreq
def test_the_two_men_after_a_month_and_a_year_are_the_pair_just_named():
    entities, mentions = with_mentions(
        "The lamp\n"
        "Abel Tesk turned to glass. He worked with his brother-in-law Oriel Vantrow, a chemist "
        "at the Pelmor Works, on the problem. In December 1958 the two men published a "
        "paper.\n")
    tesk, vantrow = find(entities, "Abel Tesk"), find(entities, "Oriel Vantrow")
    assert tesk is not None and vantrow is not None
    pair = {m.entity for m in mentions if m.sentence == 2 and m.via == "reference"}
    assert pair == {tesk.id, vantrow.id}


@needs_wordfreq
def test_the_two_teams_after_a_month_and_a_year_are_no_pair_of_people():
    # negative, another genre (football): "teams" is no noun of two people
    entities, mentions = with_mentions(
        "The derby\n"
        "Abel Tesk coached the Brellock Rovers. He worked with Oriel Vantrow, the club's "
        "trainer. In March 1958 the two teams met at the Harnick Ground.\n")
    tesk = find(entities, "Abel Tesk")
    assert tesk is not None
    assert not any(m.sentence == 2 and m.via == "reference" and m.surface == "the two teams"
                   for m in mentions)


def test_the_two_round_twenty_two_probes_keep_their_floors():
    # corrowin: 29 nodes for 19 gold; laser: 67 nodes for 20 gold. recall18: corrowin 31
    # nodes, two more gold techniques (kg.finders.replacements, kg.finders.skill_objects),
    # recall .90 → 1.00, alias unity .74 → .84
    _keeps_floors("corrowin", 0.99, 0.83, 0.79, 31 / 19 + 0.01)
    _keeps_floors("laser", 0.94, 0.74, 0.79, 67 / 20 + 0.01)


def test_the_two_probe16_probes_keep_their_floors():
    # probe16 (tests/data/entities/PROBES16_DIAGNOSIS.md): tea 44 nodes for 20 gold; braille
    # 57 nodes for 20 gold
    _keeps_floors("tea", 0.99, 0.94, 0.99, 44 / 20 + 0.01)
    _keeps_floors("braille", 0.99, 0.94, 0.59, 57 / 20 + 0.01)


def test_the_two_probe17_probes_keep_their_floors():
    # probe17 (tests/data/entities/PROBES17_DIAGNOSIS.md): hatworks 35 nodes for 20 gold;
    # harmonica 54 nodes for 20 gold
    # alias17b: hatworks alias .90 since alias17 (the incorporated firm), harmonica .95 (a
    # lowercase name after "also called", a second name after "or" in a naming cue)
    _keeps_floors("hatworks", 0.94, 0.89, 0.69, 35 / 20 + 0.01)
    _keeps_floors("harmonica", 0.99, 0.94, 0.99, 54 / 20 + 0.01)


def test_the_two_probe18_probes_keep_their_floors():
    # probe18 (tests/data/entities/PROBES18_DIAGNOSIS.md): tessaly 37 nodes for 19 gold, no
    # conflation since "call it Y" no longer names the academy; sliderule 55 nodes for 20 gold
    _keeps_floors("tessaly", 0.94, 0.78, 0.79, 37 / 19 + 0.01)
    _keeps_floors("sliderule", 0.94, 0.84, 0.89, 55 / 20 + 0.01)

