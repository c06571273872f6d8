"""Round 21 (probe14): DOCSTRING.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_it_named_after_a_person_s_sentence_is_no_name_of_that_person():
    entities = _entities(
        "The works\n"
        "In 1858 Abel Tesk, a hide dealer, leased a row of sheds on the lane. He had little "
        "money. Tesk later wrote that his partner kept careful notes. Together they "
        "registered the Dorrow Tile Company, taking the name from the hill, and people "
        "simply called it Dorrow. Within a decade the partners employed ninety men.\n")
    tesk, firm = find(entities, "Abel Tesk"), find(entities, "Dorrow Tile Company")
    assert tesk is not None and firm is not None and tesk is not firm
    assert tesk.entity_type == "person" and find(entities, "Dorrow") is firm


@needs_wordfreq
def test_a_building_renamed_it_still_takes_its_new_name():
    # negative, another genre (a sports ground): the previous subject is a building, which
    # "it" takes up as before
    entities = _entities(
        "The ground\n"
        "The Harvell Stadium opened in 1901 beside the river. In 1950 the club renamed it "
        "Pelmor Park after its chairman.\n")
    stadium = find(entities, "Harvell Stadium")
    assert stadium is not None and find(entities, "Pelmor Park") is stadium


@needs_wordfreq
def test_a_queen_named_by_a_common_given_name_is_a_person():
    entities = _entities(
        "The medal\n"
        "In 1853 the physician Abel Tesk attended Queen Edith during the birth of her son, "
        "and the royal example did much to spread the method.\n")
    queen = find(entities, "Queen Edith")
    assert queen is not None and queen.entity_type == "person"


@needs_wordfreq
def test_a_ship_named_for_a_queen_is_no_person():
    # negative, another genre (a shipping line): "the Queen Edith" is written after "the"
    entities = _entities(
        "The liner\n"
        "The Selwick Line launched the Queen Edith in 1931. The Queen Edith carried mail to "
        "Tollan for twenty years, and the Queen Edith was broken up in 1952.\n")
    ship = find(entities, "Queen Edith")
    assert ship is None or ship.entity_type != "person"


@needs_wordfreq
def test_a_book_s_title_after_his_book_holds_and_and_other():
    entities = _entities(
        "The vapour\n"
        "Abel Tesk measured vapour concentrations in hundreds of cases. His book On Tides "
        "and Other Currents appeared in 1858, shortly after his death.\n")
    book = find(entities, "On Tides and Other Currents")
    assert book is not None and book.entity_type == "document"
    assert find(entities, "Other Currents") is None


@needs_wordfreq
def test_two_names_after_their_book_are_no_title():
    # negative, another genre (a printing house): "and" alone between two names is a list
    entities = _entities(
        "The press\n"
        "The press printed many novels. In 1850 their book Ada Tesk and Ruth Pelmor sold "
        "well in Tollan, and Ada Tesk wrote another.\n")
    assert find(entities, "Ada Tesk and Ruth Pelmor") is None


@needs_wordfreq
def test_a_name_a_thing_was_patented_under_is_a_product():
    entities = _entities(
        "The drug\n"
        "Abel Tesk disguised the drug with a pleasant scent. He then tried to patent it under "
        "the name Varnol, hoping to license it to surgeons.\n")
    varnol = find(entities, "Varnol")
    assert varnol is not None and varnol.entity_type == "product"


@needs_wordfreq
def test_a_name_a_writer_wrote_under_is_no_product():
    # negative, another genre (a poet's life): a pen name after a verb of writing
    entities = _entities(
        "The poet\n"
        "Ada Tesk moved to Tollan in 1901. She wrote under the name Quorrick for twenty "
        "years, and Quorrick became famous.\n")
    pen = find(entities, "Quorrick")
    assert pen is None or pen.entity_type != "product"


@needs_wordfreq
def test_a_rate_is_part_of_its_quantity():
    entities = _entities(
        "The yard\n"
        "At its peak around 1900, the yard processed some 3,100 bales a week across both "
        "sites.\n")
    rate = find(entities, "3,100 bales a week")
    assert rate is not None and rate.entity_type == "quantity"


@needs_wordfreq
@pytest.mark.parametrize(("text", "form"), [
    # negative, another genre (a petition): "in a month" is no rate
    pytest.param("The petition\nThe campaigners gathered 9,000 signatures in a month, and "
                 "the council gave way.\n", "9,000 signatures", id="in-a-month"),
    # negative, another genre (a budget): the amount and its rate are one amount
    pytest.param("The budget\nThe scheme cost £12 million a year to run. By 1990 the £12 "
                 "million was spent on repairs.\n", "£12 million", id="money-and-its-rate"),
])
def test_an_amount_without_a_rate_keeps_its_form(text, form):
    entity = find(_entities(text), form)
    assert entity is not None and entity.entity_type == "quantity"


@needs_wordfreq
def test_a_product_named_after_its_noun_goes_on_in_lowercase():
    entities = _entities(
        "The leather\n"
        "The firm made boots. Its best-known product, Pelmor sole wax, was sold to cobblers "
        "across the north. Pelmor was thick and slow to wear.\n")
    wax = find(entities, "Pelmor sole wax")
    assert wax is not None and wax.entity_type == "product"


@needs_wordfreq
def test_a_player_named_after_its_noun_stays_a_person():
    # negative, another genre (a football club): "player" is no noun of a thing sold
    entities = _entities(
        "The club\n"
        "The club won the cup in 1901. Its best-known player, Ada Tesk, joined in 1899. Tesk "
        "scored forty goals.\n")
    ada = find(entities, "Ada Tesk")
    assert ada is not None and ada.entity_type == "person"


@needs_wordfreq
def test_a_name_described_as_an_extract_is_a_product():
    entities = _entities(
        "The yard\n"
        "The Oskel yard was managed by Abel Tesk. Tesk was cautious, yet it was he who "
        "introduced Varnol, a concentrated bark extract that allowed liquors to be made up "
        "in hours.\n")
    varnol = find(entities, "Varnol")
    assert varnol is not None and varnol.entity_type == "product"


@needs_wordfreq
def test_a_dye_maker_stays_a_person():
    # negative, another genre (a painter's life): the description's head is the maker
    entities = _entities(
        "The painter\n"
        "In 1901 Ruth Pelmor met Abel Tesk, a dye maker from Tollan, and bought her colours "
        "from him for thirty years.\n")
    tesk = find(entities, "Abel Tesk")
    assert tesk is not None and tesk.entity_type == "person"


@needs_wordfreq
def test_a_bold_term_then_usually_called_another_name_has_it_as_an_alias():
    entities = _entities(
        "The agent\n"
        "The former partner of Abel Tesk turned to a different agent: **quellite**, then "
        "usually called grey quellite. He anaesthetised a young man with it in 1846.\n")
    quellite = find(entities, "quellite")
    assert quellite is not None and find(entities, "grey quellite") is quellite


@needs_wordfreq
def test_a_bold_name_then_called_to_the_bar_gets_no_alias():
    # negative, another genre (a lawyer's life): what follows "called" is no name of it
    entities = _entities(
        "The lawyer\n"
        "The hero of the case, **Tom Pelmor**, then usually called to the bar at Tollan, "
        "won the appeal in 1901. Pelmor retired in 1920.\n")
    tom = find(entities, "Tom Pelmor")
    assert tom is not None and not any("bar" in a for a in tom.aliases)


@needs_wordfreq
def test_the_two_round_twenty_one_probes_keep_their_floors():
    """See the module docstring for the first-run and the present figures."""
    _keeps_floors("tannery", 0.77, 0.55, 0.8, 29 / 18 + 0.01)
    _keeps_floors("anaesthesia", 0.94, 0.66, 0.9, 70 / 18 + 0.01)
