"""probe21b: rules from the bicycle probe's diagnosis
(tests/data/entities/PROBES21_DIAGNOSIS_bicycle.md), each with a positive that fails on main (442e13f) and a negative in another genre, and the
probe's floor.

- a title after "titled"/"entitled" holds its small words ("a claim titled Advances in X,"):
  :func:`kg.finders.title_openers.titled`, after a noun of a work; not "a rider titled Champion
  in X" (a rank);
- a naming cue, "the" and one coined lowercase word closing the clause ("was soon known as
  the X."): :func:`kg.finders.coined_compounds._coined_word`; not for a person ("she became known
  as the X");
- "a nickname: the X" and "The name X," before a coined word
  (:data:`kg.finders.coined_compounds.COINED_ONLY`); not before a common word ("The name
  change");
- "named his invention the X" (or "called") types X a product
  (:func:`kg.kinds.described_kinds.named_as`), unless the name ends in a noun of its own kind
  ("her invention the X Method" stays a technique).
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_title_after_titled_keeps_its_small_words():
    # engineering: a patent's title with "in"
    entities = extracted(
        "The claim\n"
        "In 1902 the engineer Orlan Vesk filed a claim titled Advances in Turf Cutters, which "
        "was granted in 1904. Vesk sold it.\n")
    title = find(entities, "Advances in Turf Cutters")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "Turf Cutters") is None


@needs_wordfreq
def test_a_rank_after_titled_is_no_title():
    # sport: a person "titled" a champion holds a rank, no work
    entities = extracted(
        "The race\n"
        "Mira Quell, a rider titled Champion in Quendrow, won the race in 1930. Quell moved "
        "away.\n")
    assert find(entities, "Mira Quell") is not None
    assert find(entities, "Champion in Quendrow") is None


@needs_wordfreq
def test_a_coined_word_after_known_as_the_is_a_term():
    # transport: a cart's popular name, written once
    entities = extracted(
        "The cart\n"
        "Orlan Vesk built a light cart with three wheels in 1840. In the north the cart was "
        "soon known as the trundlewain. Farmers bought it in numbers.\n")
    assert find(entities, "trundlewain") is not None


@needs_wordfreq
def test_a_person_known_as_the_coined_word_gives_no_term():
    # politics: a person's epithet is no thing of its own
    entities = extracted(
        "The truce\n"
        "Mira Quell calmed the two clans in 1840. Later she became known as the peacebringer, "
        "and the clans kept the truce.\n")
    assert find(entities, "Mira Quell") is not None
    assert find(entities, "peacebringer") is None


_EPITHETS = (
    ("outback", ("The farm\nOrlan Vesk farmed sheep far from Quendrow. The dry interior was "
                 "known as the outback. He sold wool there.\n")),
    ("underdog", ("The race\nOrlan Vesk entered the race in 1930 with an old horse. The horse "
                  "was known as the underdog. It won.\n")),
    ("hinterland", ("The valley\nMira Quell walked the valley in 1930. The valley was known as "
                    "the hinterland. Nobody lived there.\n")),
    ("minnows", ("The team\nOrlan Vesk coached the team. The team was known as the minnows. "
                 "They lost.\n")),
    ("ringmen", ("The docks\nThe men who ran the Quendrow docks were known as the ringmen. "
                 "They took bribes.\n")),
)


@needs_wordfreq
def test_an_english_epithet_after_known_as_the_is_no_term():
    # geography, sport, crime (rev21d): a real English word, a plural of a group or a region,
    # or a "-men" noun after "known as the" is an epithet, no coined name
    for word, text in _EPITHETS:
        entities = extracted(text)
        assert find(entities, "Orlan Vesk") is not None or find(entities, "Mira Quell") \
            is not None or find(entities, "Quendrow") is not None, word
        assert find(entities, word) is None, word


@needs_wordfreq
def test_a_nickname_after_a_colon_and_the_name_before_a_coined_word_are_terms():
    # farming: a machine's nickname, and a name set after "The name"
    entities = extracted(
        "The cart\n"
        "Orlan Vesk sold carts in Quendrow. Traders gave the cart a fitting nickname: the "
        "rattlewain. Farmers bought it in numbers.\n")
    assert find(entities, "rattlewain") is not None
    entities = extracted(
        "The cart\n"
        "Orlan Vesk sold carts in Quendrow. The name trundle-cart, taken from an old word, "
        "came into use later.\n")
    assert find(entities, "trundle-cart") is not None


@needs_wordfreq
def test_the_name_before_a_common_word_gives_no_term():
    # civic life: "The name change" is no name given
    entities = extracted(
        "The council\n"
        "The Quendrow council met in 1990. The name change was approved by Mira Quell, and "
        "the signs were replaced.\n")
    assert find(entities, "change") is None
    assert find(entities, "name change") is None


@needs_wordfreq
def test_a_name_a_maker_gives_his_invention_is_a_product():
    # transport: an inventor names his machine
    entities = extracted(
        "The cart\n"
        "In 1817 Orlan Vesk built a cart. In 1820 Vesk named his invention the Trundelmaschine, "
        "and he sold it.\n")
    machine = find(entities, "Trundelmaschine")
    assert machine is not None and machine.entity_type == "product"


@needs_wordfreq
def test_an_invention_named_by_its_own_head_keeps_that_kind():
    # farming: a method a grower names keeps its method's kind
    entities = extracted(
        "The peat\n"
        "Mira Quell called her invention the Vesk Method, a way of drying peat.\n")
    method = find(entities, "Vesk Method")
    assert method is not None and method.entity_type == "technique"


def test_the_bicycle_probe_keeps_its_floor():
    # probe21b: bicycle 48 nodes for 20 gold (first run .80 / .55 / .50 anywhere, 46 nodes)
    _keeps_floors("bicycle", 0.89, 0.59, 0.59, 48 / 20 + 0.01)
