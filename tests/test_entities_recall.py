"""Tests for candidate recall on outsiders' articles (issue 3): bold terms in Markdown, names
with "of" after "The" or as a byname, things named after someone ("the Pelmor lamp").
Small made-up documents."""

from __future__ import annotations

from kg.words.tokens import singular
from tests.test_entities import find, needs_wordfreq, read_entities


def _entities(text: str, tmp_path, *, name: str = "article.md"):
    return read_entities(text, tmp_path, name=name)


KILNS = """# Kilns

## Early kilns

Potters once fired their pots in open pits. The practice of **pit firing** left the pots
soft and porous. Later workshops learned **salt glazing**, throwing salt into the hot kiln.
The **Tallow Gate Kiln** at Orbeck is the oldest that still stands. It is **not** open to
visitors.

- **Capacity:** forty pots a firing.
- **Fuel.** Wood from the nearby forest.

**Kiln safety**

Pit firing is still taught in schools.
"""


def test_bold_terms_in_markdown_are_defined_terms(tmp_path):
    entities = _entities(KILNS, tmp_path)
    pit = find(entities, "pit firing")
    assert pit is not None and pit.entity_type != "other"
    assert find(entities, "salt glazing") is not None  # bold once is enough
    assert find(entities, "Tallow Gate Kiln") is not None


def test_bold_labels_function_words_and_lines_are_no_terms(tmp_path):
    entities = _entities(KILNS, tmp_path)
    assert find(entities, "not") is None
    assert find(entities, "Capacity") is None or find(entities, "Capacity").entity_type == "other"
    assert find(entities, "Fuel") is None
    assert find(entities, "Kiln safety") is None


def test_bold_in_plain_text_needs_two_marks(tmp_path):
    entities = _entities("Potters used *salt glazing* once at Orbeck. The kiln at Orbeck "
                         "was cold.\n", tmp_path, name="article.txt")
    assert find(entities, "salt glazing") is None


@needs_wordfreq
def test_the_before_a_name_with_of_does_not_split_it(tmp_path):
    entities = _entities("The Tower of Varnholm stands on a cliff. Sailors saw the Tower of "
                         "Varnholm from far out at sea. Varnholm itself is a small town.\n",
                         tmp_path, name="article.txt")
    tower = find(entities, "Tower of Varnholm")
    assert tower is not None
    assert find(entities, "Varnholm") is not tower


@needs_wordfreq
def test_a_rare_name_with_of_and_a_place_named_nowhere_else_is_a_byname(tmp_path):
    entities = _entities("The first tower was designed by Kallistrat of Merrow around 310 BC. "
                         "Kallistrat of Merrow was paid in silver.\n", tmp_path,
                         name="article.txt")
    assert find(entities, "Kallistrat of Merrow") is not None
    assert find(entities, "Merrow") is None


@needs_wordfreq
def test_a_person_of_an_organisation_named_elsewhere_stays_two_names(tmp_path):
    entities = _entities("Tovald of Brightwater signed the contract. Brightwater later sold "
                         "its yard, and Brightwater closed in 1990.\n", tmp_path,
                         name="article.txt")
    assert find(entities, "Tovald of Brightwater") is None
    assert find(entities, "Brightwater") is not None


@needs_wordfreq
def test_a_repeated_eponym_with_a_lowercase_head_is_one_thing(tmp_path):
    entities = _entities(
        "In 1790 the engineer Orrin Pelmor built an oil burner. The Pelmor lamp gave a steady "
        "flame. Pelmor lamps were soon fitted in every tower. Pelmor died in 1801.\n",
        tmp_path, name="article.txt")
    lamp = find(entities, "Pelmor lamp")
    assert lamp is not None and find(entities, "Pelmor lamps") is lamp
    person = find(entities, "Orrin Pelmor")
    assert person is not None and person is not lamp


@needs_wordfreq
def test_a_name_before_a_role_noun_or_once_is_no_eponym(tmp_path):
    entities = _entities(
        "The Kestrava researchers met in 2020. The Kestrava researchers wrote a report. "
        "Kestrava grew quickly. The Kestrava coastline is long.\n", tmp_path,
        name="article.txt")
    assert find(entities, "Kestrava researchers") is None
    assert find(entities, "Kestrava coastline") is None
    assert find(entities, "Kestrava") is not None


def test_plural_of_a_word_ending_in_s_keeps_its_stem():
    assert singular("lenses") == "lens"
    assert singular("buses") == "bus"
    assert singular("houses") == "house"


def _type(entities, form: str) -> str | None:
    entity = find(entities, form)
    return entity.entity_type if entity else None


@needs_wordfreq
def test_a_kin_or_role_noun_in_apposition_types_a_common_name_as_a_person(tmp_path):
    entities = _entities(
        "In May 1851 Rose Garland, the daughter of the miller of the Orbeck mill on the "
        "river bank below the town, rowed out to the wreck. The harbour works were "
        "finished by Henry Bell, engineer to the Orbeck Harbour Board, in 1860.\n",
        tmp_path, name="article.txt")
    assert _type(entities, "Rose Garland") == "person"
    assert _type(entities, "Henry Bell") == "person"


@needs_wordfreq
def test_a_role_noun_before_a_name_with_a_particle_or_in_bold_types_a_person(tmp_path):
    entities = _entities(
        "The chapel was built to designs by the architect Paul de Varenne in 1611. In 1965 "
        "the geologist **Mark Stone** described the fault.\n", tmp_path)
    assert _type(entities, "Paul de Varenne") == "person"
    assert _type(entities, "Mark Stone") == "person"


def test_landmark_heads_and_place_prefixes_type_a_place(tmp_path):
    entities = _entities(
        "The Quessel Rock Lighthouse was lit in 1811. Trade on the River Orm grew after "
        "that, and Orm Hall was built beside it.\n", tmp_path, name="article.txt")
    assert _type(entities, "Quessel Rock Lighthouse") == "place"
    assert _type(entities, "River Orm") == "place"
    assert _type(entities, "Orm Hall") == "place"


def test_a_term_headed_by_a_noun_of_a_deliberate_act_is_a_technique(tmp_path):
    entities = _entities(
        "Village doctors practised **cord inoculation** for decades. Cord inoculation was "
        "cheap, and cord inoculation spread along the trade routes.\n", tmp_path)
    assert _type(entities, "cord inoculation") == "technique"


@needs_wordfreq
def test_a_term_glossed_by_what_kind_of_thing_it_is_is_found_once(tmp_path):
    entities = _entities(
        "The cellars were dug by pick and wedge, a slow cycle of cutting and splitting. The "
        "dating came from dendrochronology, the study of tree rings. The walls were built "
        "with stone, a material of the region.\n", tmp_path, name="article.txt")
    assert find(entities, "pick and wedge") is not None
    assert find(entities, "dendrochronology") is not None
    assert find(entities, "stone") is None  # a common word needs more than a gloss


def test_a_kind_in_apposition_to_its_own_head_noun_is_found_once(tmp_path):
    entities = _entities(
        "In 1931 the survey described a new class of joint, the sliding joint, which lets "
        "two beams move apart. The roof also had a gutter, the old gutter of the mill.\n",
        tmp_path, name="article.txt")
    assert find(entities, "sliding joint") is not None
    assert find(entities, "old gutter") is None  # not closed by a relative or punctuation


def test_a_term_glossed_by_a_bare_plural_and_a_relative_clause_is_found_once(tmp_path):
    entities = _entities(
        "The mill was modernised in 1950, using rotary kilns — drums in which the clay is "
        "dried by hot air. The owners kept records — ledgers that filled a room.\n",
        tmp_path, name="article.txt")
    assert find(entities, "rotary kilns") is not None
    assert find(entities, "records") is None  # one common word needs more than a gloss


def test_a_process_noun_term_named_by_its_agent_noun_elsewhere_is_kept(tmp_path):
    entities = _entities(
        "The press relies on ink distribution to keep the plates even. Each night the ink "
        "distributor is cleaned by hand. The press also relies on water regulation.\n",
        tmp_path, name="article.txt")
    assert find(entities, "ink distribution") is not None
    assert find(entities, "water regulation") is None  # no "water regulator" anywhere


def test_a_called_quotation_drops_its_article_and_keeps_of(tmp_path):
    entities = _entities(
        "Every drawing was checked by a second engineer, a rule later called “the fresh pair "
        "of hands”. The rule still holds.\n", tmp_path, name="article.txt")
    assert find(entities, "fresh pair of hands") is not None


def test_in_after_an_organisation_noun_gives_its_place(tmp_path):
    entities = _entities("Ada Brill worked at the Quorlane Institute in Lisbon from 1950. The "
                         "Quorlane Institute later moved.\n", tmp_path, name="article.txt")
    institute = find(entities, "Quorlane Institute")
    assert institute is not None and institute.entity_type == "organization"
    assert find(entities, "Quorlane Institute in Lisbon") is None


def test_a_year_written_after_an_act_is_an_alias_of_the_act(tmp_path):
    entities = _entities("The council relied on the Harbour Rights Act 1989. The Harbour "
                         "Rights Act gives parishes a right of purchase.\n", tmp_path,
                         name="article.txt")
    act = find(entities, "Harbour Rights Act")
    assert act is not None and find(entities, "Harbour Rights Act 1989") is act


def test_a_term_ending_in_a_tool_noun_is_a_product(tmp_path):
    entities = _entities(
        "Nurses used the **split syringe** in the 1960s. A split syringe held one dose, and "
        "the split syringe was cheap.\n", tmp_path)
    assert _type(entities, "split syringe") == "product"
