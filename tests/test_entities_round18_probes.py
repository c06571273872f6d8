"""Round 18: two blind probes in genres no other set covers (an open-source project's
history, a 19th-century botanical expedition), gold committed before the system first ran
on them, and the rules their misses led to. Small made-up documents."""

from __future__ import annotations

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq
from tests.test_entities_round2 import _references
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_name_and_a_release_number_is_a_product_of_its_own():
    entities = _entities(
        "Releases\n"
        "Tarrowind is a small database written by Ada Quist. Tarrowind 2.1 appeared in "
        "June 2015, and Tarrowind 3.0, released in 2018, added replication. Banks still run "
        "Tarrowind.\n")
    two, three = find(entities, "Tarrowind 2.1"), find(entities, "Tarrowind 3.0")
    bare = find(entities, "Tarrowind")
    assert two is not None and three is not None and bare is not None
    assert len({id(two), id(three), id(bare)}) == 3
    assert two.entity_type == three.entity_type == bare.entity_type == "product"


@needs_wordfreq
def test_a_number_with_a_unit_after_a_name_is_no_release():
    entities = _entities(
        "Trade\n"
        "In Orvelby 4.5 per cent of the harbour's trade was in wool. The road from "
        "Marnholt 2.5 km to the north was paved in 1890.\n")
    assert find(entities, "Orvelby 4.5") is None
    assert find(entities, "Marnholt 2.5") is None


@needs_wordfreq
def test_a_town_is_no_short_name_for_the_licence_named_after_it():
    entities = _entities(
        "Licensing\n"
        "Ada Quist released the code under the Tessworth Public Licence, which she had "
        "drafted herself. Her co-author, Tam Orrel, was an engineer from Tessworth. The "
        "Tessworth Public Licence later became common.\n")
    licence = find(entities, "Tessworth Public Licence")
    assert licence is not None and licence.entity_type == "document"
    assert find(entities, "Tessworth") is not licence


@needs_wordfreq
def test_a_title_set_beside_a_noun_of_a_work_is_one_name():
    entities = _entities(
        "The book\n"
        "Ada Quist sailed to Orvell in 1851. Her account of the journey, A Winter in "
        "the Orvell Mosses, was printed in 1855 and sold well.\n")
    assert find(entities, "A Winter in the Orvell Mosses") is not None
    assert find(entities, "Winter") is None


@needs_wordfreq
def test_a_title_after_a_comma_with_no_work_noun_is_no_title():
    # negative, another genre: a list after a comma is not a title
    entities = _entities(
        "Teams\n"
        "The league had three founders, Quendrow Rovers and the Orvell Athletic, in 1890. "
        "Quendrow Rovers won the first cup.\n")
    assert find(entities, "Quendrow Rovers and the Orvell Athletic") is None


@needs_wordfreq
def test_a_name_opening_with_port_is_a_place():
    entities = _entities(
        "The voyage\n"
        "The brig left Port Carrowen in May 1850 and reached the islands in August. "
        "Port Carrowen was then a busy harbour.\n")
    port = find(entities, "Port Carrowen")
    assert port is not None and port.entity_type == "place"


@needs_wordfreq
def test_the_two_round_eighteen_probes_keep_their_floors():
    """Blind (first run): brackenmoth (software project) 0.75 / 0.69 / 0.88 (recall, alias
    unity, relations joined anywhere), one conflation (a town on the licence named after
    it), 1.38 nodes per gold entity, type agreement 0.38; kessary (botanical expedition)
    0.94 / 0.94 / 1.00 (0.88 at the evidence), none, 1.44, types 0.69. After round 18
    (release numbers, "licence" a document head, "herbarium" an organisation head,
    "Port"/"Fort" place prefixes, a title set beside a noun of a work, a group's members,
    "the ship"): brackenmoth 0.94 / 0.88 / 0.88, none, 1.56 (three releases are nodes of
    their own), types 0.69; kessary 1.00 / 1.00 / 1.00 (1.00 at the evidence), none, 1.44,
    types 0.81. Left: a lowercase term ending in "journal", an acronym's release ("the LTS
    release") for its numbered name, "It" for a book described as "the book". rel12: the
    term ending in "journal", glossed "the T, the method that …", is found (a gold term):
    brackenmoth 1.00 / 0.94 / 1.00, 1.62 nodes per gold entity, types 0.75."""
    _keeps_floors("brackenmoth", 1.0, 0.93, 1.0, 1.65)
    _keeps_floors("kessary", 1.0, 1.0, 1.0, 1.45)


@needs_wordfreq
def test_a_name_before_a_group_s_members_is_no_place_use():
    entities = _entities(
        "The split\n"
        "Ada Quist worked at Varnholt Systems for ten years. In 2019 a team of Varnholt "
        "engineers left to start a rival project. Varnholt later withdrew its support.\n")
    firm = find(entities, "Varnholt Systems")
    assert firm is not None and find(entities, "Varnholt") is firm


@needs_wordfreq
def test_the_council_of_a_town_still_keeps_the_town_from_its_baths():
    # negative, another genre: "the council of X" is a place use still
    entities = _entities(
        "Civic life\n"
        "The council of Dunmarsh approved the plan in 1890. Dunmarsh Baths opened two years "
        "later, and visitors came to Dunmarsh by train.\n")
    baths = find(entities, "Dunmarsh Baths")
    assert baths is not None and find(entities, "Dunmarsh") is not baths


def test_the_ship_stands_for_the_vessel_the_text_called_a_brig():
    refs = _references("The society lent Ada Quist a small brig, the Orla Venn. The ship was "
                       "commanded by Captain Tam Orrel, a former whaler.\n")
    assert ("The ship", "Orla Venn") in refs


def test_the_ship_stands_for_no_firm_never_called_a_vessel():
    # negative, another genre: a shipping firm is no ship
    refs = _references("Ada Quist founded Orla Venn Shipping, a small firm, in 1901. The ship "
                       "she bought first sank in 1903.\n")
    assert not any(surface == "The ship" for surface, _label in refs)
