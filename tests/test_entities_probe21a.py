"""Rules of probe21a (the sail loft probe's misses, tests/data/entities/PROBES21_DIAGNOSIS_sailmaker.md),
each on invented sentences where it must fire and, in another genre, where it must not: a
title after a publishing verb and its own object ("published his tables in 1860 as An Essay on
…", :func:`kg.finders.title_openers._object_end`); a firm named by a one-word compound of "works"
("… Ropeworks", :func:`kg.kinds.form_scores._works_compound`); a book of record named in a
relative clause ("a ledger that the clerks called the X", :func:`kg.kinds.described_kinds._that_clause`);
a club or a league is no trader beside a firm, so it is no rival of the dominant firm for "the firm"
(:func:`kg.references.business_nouns.club_beside_trader`; review rev21c: a jazz club or a book
club named alone takes "the business", "the company"). Also the probe's floors."""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, with_mentions
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_title_after_the_verb_s_own_object_and_as_is_one_title():
    # a surveyor's life: the treatise is one document, its pieces no nodes
    entities = extracted(
        "The surveyor\n"
        "Bertil Quorrick was a surveyor in the hill town of Harnby. Quorrick published his "
        "results in 1877 as A Treatise on Hedge Drainage, a thin book of plates. Later he "
        "revised the Treatise.\n")
    title = find(entities, "A Treatise on Hedge Drainage")
    assert title is not None and title.entity_type == "document"
    assert find(entities, "Hedge Drainage") is None


@needs_wordfreq
def test_a_pen_name_after_the_verb_s_own_object_stays_a_person():
    # negative (poetry): "published her verses as Ada Wendle" is a pen name, no title
    entities = extracted(
        "The poet\n"
        "Mira Lennick grew up in Harnby. In 1902 she published her verses as Ada Wendle, a "
        "name she kept for life. Wendle's second book sold well.\n")
    pen = find(entities, "Ada Wendle")
    assert pen is not None and pen.entity_type == "person"


@needs_wordfreq
def test_a_one_word_compound_of_works_names_a_firm():
    # a trade history: "Quellby Ropeworks" is a firm, and "the firm" takes it up
    entities, mentions = with_mentions(
        "The rope walk\n"
        "Ivo Tarrant opened a shop of his own in 1850. He named it Quellby Ropeworks. "
        "In 1900 the firm hired ten men.\n")
    firm = find(entities, "Quellby Ropeworks")
    assert firm is not None and firm.entity_type == "organization"
    assert [m.entity for m in mentions if m.sentence == 2 and m.surface == "the firm"] \
        == [firm.id]


@needs_wordfreq
def test_earthworks_name_no_firm():
    # negative (a siege, military history): a compound of "works" that is dug is no firm
    entities = extracted(
        "The siege\n"
        "In 1644 the soldiers of Corvel Lennick dug the Quellby Earthworks on the ridge. "
        "The Quellby Earthworks held for a month.\n")
    works = find(entities, "Quellby Earthworks")
    assert works is not None and works.entity_type != "organization"


@needs_wordfreq
def test_a_book_of_record_named_in_a_relative_clause_is_a_document():
    # a bank's history: the ledger the clerks named is a document
    entities = extracted(
        "The bank\n"
        "Every loan went into a ledger that the clerks came to call the Velloway Book. "
        "Historians still read it.\n")
    book = find(entities, "Velloway Book")
    assert book is not None and book.entity_type == "document"


@needs_wordfreq
def test_a_paper_sold_under_a_ledger_name_stays_a_product():
    # negative (paper making): "Quorrow Ledger, a heavy paper" is a product, not a book
    entities = extracted(
        "The mill\n"
        "Corvel Tarrant ran the mill at Harnby. His most successful product was Quorrow "
        "Ledger, a heavy paper for account books. It was adopted by several banks.\n")
    paper = find(entities, "Quorrow Ledger")
    assert paper is not None and paper.entity_type == "product"


_FIRM_AND_CLUB = (
    "Quellby Ropeworks: A History\n"
    "Ivo Tarrant opened a shop of his own in 1850. He named it Quellby Ropeworks. In 1860 "
    "the Velloway Sailing Club asked Quellby to supply new lines. Quellby Ropeworks agreed. "
    "Members of the Velloway Sailing Club raced every summer. The Velloway Sailing Club won "
    "the regatta. Boats sailed. Rain fell. In 1900 Ada Wendle became sole owner of the "
    "firm.\n")


@needs_wordfreq
def test_a_club_is_no_rival_of_the_firm_for_the_firm():
    # a trade history: the sailing club, named as often, does not keep "the firm" from the works
    entities, mentions = with_mentions(_FIRM_AND_CLUB)
    firm = find(entities, "Quellby Ropeworks")
    assert firm is not None and firm.entity_type == "organization"
    assert [m.entity for m in mentions if m.surface == "the firm"] == [firm.id]


@needs_wordfreq
def test_the_club_still_takes_the_club():
    # negative (sport): "the club" is the club's, not the dominant firm's
    entities, mentions = with_mentions(
        "Quellby Ropeworks: A History\n"
        "Ivo Tarrant named his shop Quellby Ropeworks. Quellby Ropeworks sold rope. Quellby "
        "Ropeworks grew. The Velloway Sailing Club was formed in 1870. In 1880 the club "
        "bought a boathouse.\n")
    club = find(entities, "Velloway Sailing Club")
    assert club is not None
    assert [m.entity for m in mentions if m.surface == "the club"] == [club.id]


def test_the_sail_loft_probe_keeps_its_floors():
    # probe21a: sailmaker 36 nodes for 19 gold (first run .684 / .526 / .60 anywhere, 37 nodes);
    # after probe21a .684 / .579 / .70; term23 (three gold terms, 39 nodes) .842 / .737 / .80
    _keeps_floors("sailmaker", 0.84, 0.73, 0.79, 39 / 19 + 0.01)


@needs_wordfreq
def test_a_club_run_as_a_business_takes_the_business():
    # review rev21c (a music venue's history): a jazz club, the only body of the text, is the
    # business sold; a club is no trader only beside one that is
    entities, mentions = with_mentions(
        "The jazz club\n"
        "Ivo Tarrant opened the Velloway Club, a jazz club in Harnby, in 1955. The Velloway "
        "Club made money. The Velloway Club hired singers. In 1970 the business was sold to "
        "Ada Wendle.\n")
    club = find(entities, "Velloway Club")
    assert club is not None and club.entity_type == "organization"
    assert [m.entity for m in mentions if m.surface == "the business"] == [club.id]


@needs_wordfreq
def test_a_book_club_that_sells_by_post_takes_the_company():
    # review rev21c (publishing): a book club named alone is the company bought
    entities, mentions = with_mentions(
        "The book club\n"
        "The Quorrow Book Club sold novels by post from 1926. The Quorrow Book Club had a "
        "million members. The Quorrow Book Club printed cheap editions. In 1988 the company "
        "was bought by Ada Wendle.\n")
    club = find(entities, "Quorrow Book Club")
    assert club is not None
    assert [m.entity for m in mentions if m.surface == "the company"] == [club.id]
