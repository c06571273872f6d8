"""Round 21 (probe14): two blind probes, an invented tannery's history (tannery, plain
text) and a factual history of surgical anaesthesia (anaesthesia, Markdown), gold written by a
helper who read no code. Small made-up documents. Each miss of the first run, item by item,
with its cause; [fixed] marks those this round's generic rules took, [refs] and [alias]
those whose cause lies in reference resolution (kg/references) or alias merging
(kg/merging), left to the engineers working there.

First run (b19b53c): tannery recall .78 / alias unity .56 / one conflation / relations .80 at
the evidence (.80 anywhere) / types .61, 29 nodes (14 core); anaesthesia .94 / .67 / none /
.80 (.90) / .61, 70 nodes (47 core).

tannery
- The firm and its founder were one node (the conflation; alias unity of both, the founder's
  type): "Together they registered the X Company, …, and most local people simply called it
  X" gave the previous sentence's subject, the founder ("Tellerwick later wrote …"), the
  name "X" and so the firm. [fixed] when the previous subject is a person and the sentence
  itself names a thing before "called it", "it" is that thing, no renaming of the person
  (:func:`kg.merging.name_changes.pronoun_renamings`; the firm keeps the name through its
  short form). The plainer "it never takes up a person" broke a kept test: a program's name
  typed a person by its shape alone was no longer renamed. The founder's "He", "he", "him" (three sentences) now go to
  him, not to the firm: all right.
- The firm's "the firm" and "the works" (gold aliases): "the firm" is read once by context,
  "In 1891 the firm opened a second yard at …" not at all [refs]; "the works" is no trading
  noun of :mod:`kg.references.compatibility` [refs]. So relations at the evidence fell .80 →
  .70: the pair of the partner and the firm ("who ran the works alone") was joined only
  through "He" in the same sentence going to the firm through the conflation; the pair of the
  firm and its second yard's town needs "the firm" [refs].
- The process's "The technique", "the method" are resolved (once each) but no aliases (a
  description becomes one only when read for it twice) [alias]; "The process made the
  company's reputation" is not resolved [refs].
- "vegetable tanning", "chrome tanning", "tan pits" (not found): lowercase terms written once
  with no cue. Tried on paper over the 54 sets and rejected: two terms sharing an "-ing" head
  ("X tanning", "Y tanning") are terms (2 gold of 19 such pairs); a compound that first uses
  a noun later written "the N" twice ("tan pits" … "the pits") is one (2 gold of 24). The
  firm–chrome-tanning pair also needs "its competitors" [refs].
- "Quorlane sole leather": cut to "Quorlane sole" by the eponym finder (a capitalised word and
  one noun), typed ``other``. [fixed] A name set between commas after an opening "Its
  best-known product," goes on in lowercase up to the comma, and is a product
  (:mod:`kg.finders.apposed_names`). Left: the later "a Quorlane sole would …" stays a node of
  its own (no gold form).
- "Pelterine, a concentrated bark extract" was ``other``. [fixed] nouns of a preparation made
  and sold ("extract", "polish", "dye" …) type a product (:mod:`kg.kinds.described_kinds`).
- "4,200 hides a week" (not found; "4,200 hides" was). [fixed] a rate's "a week", "per year"
  is part of its quantity (:mod:`kg.finders.measures`).
- "The document" (of the report, "The document was unusual for its candour") is not resolved
  [refs].

anaesthesia
- "On Chloroform and Other Anaesthetics" (not found): cut at "and" into "On Chloroform" and
  "Anaesthetics", "His book X appeared in 1858" having no comma. [fixed] a title right after a
  possessive and a noun of a written work, closed by a lowercase verb, may hold "and" when
  it opens with a small word (:mod:`kg.finders.published`). This joins the author and the
  book at the evidence ("His" was already resolved). "The book" is resolved once, no alias
  [alias].
- "Queen Victoria" was ``other``: "Victoria" is a frequent word and "Queen" no given name, so
  the name did not look personal. [fixed] a title of rank and a given name is a person
  (:func:`kg.kinds.form_types.royal_name`).
- "Letheon" was ``other`` ("tried to patent it under the name Letheon"). [fixed] "under the
  name X" after a verb of trade is a product (:mod:`kg.kinds.naming_cues`). Arguable gold: the
  text says it is ether disguised, so it could as well be an alias of ether.
- "ether" and "sulphuric ether" were two nodes ("**ether**, then usually called sulphuric
  ether"). [fixed] a time adverb and "usually called" are a bold term's naming cue
  (:mod:`kg.finders.term_aliases`); the node is labelled by the longer name.
- "laughing gas" (an alias of nitrous oxide, not found): "nicknamed it *laughing gas*" sets it
  in single-star emphasis, which the emphasis finder reads only as a title; a found term
  would still need "it" (the same sentence's "the gas") resolved to join it [refs/alias].
  "the gas", "The vapour" (of chloroform), "the hospital", "The society" are each resolved
  once or not at all: no aliases [refs/alias].
- The four drugs (ether, nitrous oxide, chloroform, cocaine) are typed ``concept``, the gold
  ``other``. Arguable gold convention: our types have no substance and ``concept`` is a
  lowercase term's default; the enzyme and sediment probes' gold also types substances
  ``other``, the cleanair probe's ``concept``. No cue in this text says "substance" but the
  verbs of dosing ("inhaled", "gave … to", "injecting"), too narrow a genre for a rule.
- Davy and nitrous oxide: "In 1800 Humphry Davy reported that it appeared capable …": the
  reported clause's "it" is not resolved [refs].
- Not gold, seen: "Gentlemen" (a vocative in a quotation) is a node; "August Bier" is
  ``other`` (a month's name as a given name), "Nihon Kohden" a place (a firm: "an engineer
  at X in Tokyo").

Measured with ``benchmarks/entities.py --held-out --ours`` before and after (28 development
sets, 26 probes): only these two probes' figures moved; glassworks_invented keeps the one
conflation it had before, every other set none. Over all 54 sets, node by node: 17
quantities in 14 sets now hold their rate ("… a year", "… an hour"), one book title on
chronometer is read whole (an alias of the node its words were on); nothing else changed.

After: tannery recall .83 / alias unity .67 / no conflation / relations .70 (.70) / types .83,
31 nodes (16 core); anaesthesia 1.00 / .72 / none / .90 (1.00) / .78, 68 nodes (45 core).
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
    assert pen is not None and pen.entity_type != "product"


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
    # term23: tannery 32 nodes (a coined workshop word written once, a real term, no gold)
    _keeps_floors("tannery", 0.83, 0.66, 0.7, 32 / 18 + 0.01)
    _keeps_floors("anaesthesia", 0.99, 0.72, 0.99, 68 / 18 + 0.01)
