"""Short forms of institution and building names, and places named alone (issue 3)."""

from __future__ import annotations

from collections import Counter

from kg.merging.canonical import group_forms
from kg.merging.forms import Form
from kg.words.tokens import key_of_text
from tests.test_entities import extracted as _entities
from tests.test_entities import find, joined, needs_wordfreq


def _form(text: str, *units: int, n: int = 1) -> Form:
    return Form(key=key_of_text(text), surfaces=Counter({text: n}), kinds=Counter({"name": n}),
                units=set(units), proper=n)


def _apart(*forms: Form, placed=frozenset()) -> bool:
    groups = group_forms({f.key: f for f in forms}, [], placed=set(placed))
    return len(groups) == len(forms)


def test_an_institution_shortened_after_it_is_introduced_joins_it():
    assert not _apart(_form("Varden Court", 0, 3), _form("Varden", 5))


def test_a_name_used_before_the_institution_named_after_it_stays_apart():
    # "Microsoft" ≠ "Microsoft Research" when the text names the company first
    assert _apart(_form("Varden Court", 3), _form("Varden", 1, 5))
    assert _apart(_form("Osk Research", 0), _form("Osk", 2))  # no institution head


def test_an_institution_with_a_connector_takes_no_short_form():
    assert _apart(_form("Varden Conservatory of Music", 0), _form("Varden", 4))


def test_a_name_that_ends_an_of_name_is_a_place_not_the_institution():
    assert _apart(_form("Varden Infirmary", 0), _form("Friends of Varden", 1),
                  _form("Varden", 4))


def test_a_place_named_alone_is_not_the_building_named_after_it():
    assert _apart(_form("Varden Baths", 0), _form("Varden", 4), placed={key_of_text("Varden")})
    # the thing itself before "of" and a place is still shortened
    assert not _apart(_form("Pharik of Osterby", 0), _form("Pharik", 4),
                      placed={key_of_text("Pharik")})


@needs_wordfreq
def test_a_housing_estate_shortened_in_the_text_is_one_node():
    entities = _entities(
        "In 1967 the city asked the firm to design Ardmoyle Court, an estate of 400 flats. "
        "Ardmoyle Court was finished in 1971. The strain of Ardmoyle ended the partnership.\n")
    joined(entities, "Ardmoyle Court", "Ardmoyle", rule="short-form")


@needs_wordfreq
def test_a_town_is_not_the_baths_named_after_it():
    entities = _entities(
        "Her best building is Quenmore Baths. In 1955 the council of Quenmore, a small "
        "market town, asked her to design a pool. Quenmore Baths opened in 1958.\n")
    baths = find(entities, "Quenmore Baths")
    assert baths is not None
    assert find(entities, "Quenmore") is not baths


@needs_wordfreq
def test_a_one_word_name_after_in_is_a_place():
    entities = _entities("The choir toured every summer. In 1950 Maren Varga settled in Quorrane "
                         "and taught there.\n")
    assert find(entities, "Quorrane").entity_type == "place"


@needs_wordfreq
def test_a_name_after_the_council_of_is_a_place():
    entities = _entities("In 1955 the council of Quorrane asked Maren Varga for a design. "
                         "Maren Varga agreed.\n")
    assert find(entities, "Quorrane").entity_type == "place"


@needs_wordfreq
def test_a_name_written_in_is_a_language_not_a_place():
    entities = _entities("The first compiler was written in Zembrol by Maren Varga. Zembrol "
                         "spread quickly.\n")
    assert find(entities, "Zembrol").entity_type == "product"


@needs_wordfreq
def test_a_nationality_adjective_after_in_is_no_place():
    entities = _entities("The Velnish botanist Maren Varga wrote her flora in Velnish. "
                         "Maren Varga died in 1950.\n")
    velnish = find(entities, "Velnish")
    assert velnish is None or velnish.entity_type != "place"


@needs_wordfreq
def test_a_name_described_as_a_town_is_a_place():
    entities = _entities("The festival began in the meadows outside Quorrane, a market town, in "
                         "1970. Quorrane grew.\n")
    assert find(entities, "Quorrane").entity_type == "place"


@needs_wordfreq
def test_an_example_cue_reads_the_nearest_noun_not_one_before_a_preposition():
    # no kind noun between "in" and "like": without the stop at "in" the cue reaches "band"
    entities = _entities("Maren Varga said a band in the hills like Quorrane could not rely "
                         "on one audience. Maren Varga left.\n")
    assert find(entities, "Quorrane").entity_type != "organization"


@needs_wordfreq
def test_a_name_described_as_a_compiler_is_a_product():
    entities = _entities("In 1978 Maren Varga described QUELL, a compiler for Zembrol. "
                         "Maren Varga left.\n")
    assert find(entities, "QUELL").entity_type == "product"


@needs_wordfreq
def test_a_make_of_a_product_is_a_product():
    entities = _entities("The first compiler was written in Quill by Maren Varga. Later the "
                         "Ulvane Quill ran faster.\n")
    assert find(entities, "Quill").entity_type == "product"
    assert find(entities, "Ulvane Quill").entity_type == "product"


@needs_wordfreq
def test_a_persons_surname_ending_in_ing_is_no_technique():
    entities = _entities("The standard was written with James Tessling and Ada Brun. "
                         "It appeared in 1996.\n")
    assert find(entities, "James Tessling").entity_type == "person"


@needs_wordfreq
def test_a_term_described_as_a_practice_is_a_technique():
    entities = _entities("Maren Varga studied the lending circle. Harvest credit is the practice "
                         "of farmers sharing one store. Harvest credit spread.\n")
    assert find(entities, "harvest credit").entity_type == "technique"


@needs_wordfreq
def test_a_term_named_after_a_place_with_a_landmark_head_is_a_place():
    entities = _entities("The Quorrane lighthouse stands on a shoal. A lens was fitted at the "
                         "Quorrane lighthouse in 1823. Later the Quorrane lighthouse was "
                         "rebuilt.\n")
    assert find(entities, "Quorrane lighthouse").entity_type == "place"


@needs_wordfreq
def test_the_wider_place_of_an_address_is_a_place():
    entities = _entities("Maren Varga watched the launch. The rocket left from a pad near "
                         "Quorrane, Velmar Tessany. Maren Varga cheered.\n")
    assert find(entities, "Velmar Tessany").entity_type == "place"


_TILE_TOWN = (
    "In 1850 Hugh Dallin founded the Ostrevar Tile Company beside the river. The firm grew "
    "quickly. The first kiln at Ostrevar was fired in 1851. In 1860 the potters founded the "
    "Ostrevar Choral Society. By 1870 the workers of Ostrevar numbered four hundred.")


def test_a_name_two_bodies_are_named_after_is_their_town_not_the_first_ones_short_form():
    entities = _entities(_TILE_TOWN)
    town, firm = find(entities, "Ostrevar"), find(entities, "Ostrevar Tile Company")
    assert town is not None and firm is not None
    assert town is not firm
    assert find(entities, "Ostrevar Choral Society") not in (town, firm)


def test_a_makers_bare_name_still_shortens_the_one_body_among_its_products():
    # another genre (a car maker): one body and a product begin with the bare name, which
    # is written after the firm and stands for it
    entities = _entities(
        "Dorrak Motors Company was founded in 1920 by two engineers. In 1925 Dorrak began "
        "building the Dorrak Roadster in a new plant. Dorrak sold the plant in 1931.")
    joined(entities, "Dorrak Motors Company", "Dorrak")
