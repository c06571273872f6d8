"""ref22: a family firm "X Brothers" is an organisation (:mod:`kg.kinds.kin_firms`), and a firm
the text says ended is no rival for "the company" afterwards
(:mod:`kg.references.ended_firms`); each a positive that fails on main (f6d983b) and a
negative in another genre.
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq, reference_triples


@needs_wordfreq
def test_a_family_firm_named_brothers_is_an_organisation():
    # trade history: a rival maker named "X Brothers", never after "the"
    entities = extracted(
        "Trials\n"
        "Velloway Brothers, a maker of harrows in Tessby, undercut every tender in "
        "1872. Mabel Drownley won the county trials twice.\n")
    firm = find(entities, "Velloway Brothers")
    assert firm is not None and firm.entity_type == "organization"


@needs_wordfreq
def test_brothers_after_the_are_no_firm():
    # music hall: a singing act, always "The … Brothers"
    entities = extracted(
        "Music hall\n"
        "The Velloway Brothers sang at the Tessby Empire in 1907. The Velloway Brothers "
        "toured the county the next summer.\n")
    act = find(entities, "Velloway Brothers")
    assert act is not None and act.entity_type != "organization"


@needs_wordfreq
def test_a_failed_rival_leaves_the_company_to_the_articles_firm():
    # a maker's history: the rival fails, "the company" of the next sentence is the title's
    refs = reference_triples(
        "# The Drownley Drill Company\n\n"
        "The Drownley Drill Company was founded in Tessby in 1850 by Mabel Quorn. "
        "Her drills sold across the county. "
        "Velloway & Quillend, a maker of harrows in Tessby, undercut its prices. "
        "Velloway & Quillend won the county trials twice. "
        "In 1907 she took on the stock of Velloway & Quillend, which had failed. "
        "In 1924 the company hired a young engineer.\n")
    assert (5, "the company", "Drownley Drill Company") in refs


@needs_wordfreq
def test_a_rival_that_failed_to_win_is_still_the_company():
    # shipping: "failed to win" tells no end of the line
    refs = reference_triples(
        "# Harlsey Shipping\n\n"
        "Harlsey Shipping ran steamers from Tessby from 1850. "
        "Velloway & Quillend, a rival line, offered lower fares. "
        "In 1907 Velloway & Quillend failed to win the mail contract. "
        "The company then sold two steamers.\n")
    assert (3, "The company", "Velloway & Quillend") in refs


@needs_wordfreq
def test_a_firm_whose_end_was_just_told_is_still_the_firm_of_the_next_sentence():
    # banking (rev21j): the failed firm is the subject of its end, "the firm's" right after
    # is that firm's (its debts), not any other
    refs = reference_triples(
        "Velloway Brothers was a bank in Tessby. Velloway Brothers collapsed in 1908. "
        "The firm's debts were paid by Mabel Quorn.\n")
    assert (2, "The firm's", "Velloway Brothers") in refs


@needs_wordfreq
def test_a_firm_closed_for_a_week_has_not_ended():
    # shipping (rev21j): "closed for a week" is a holiday, no end of the line
    refs = reference_triples(
        "# Harlsey Shipping\n\n"
        "Harlsey Shipping ran steamers from Tessby from 1850. "
        "Velloway & Quillend, a rival line, offered lower fares. "
        "After a storm Velloway & Quillend closed for a week in August. "
        "The company then sold two steamers.\n")
    assert (3, "The company", "Velloway & Quillend") in refs


@needs_wordfreq
def test_the_roof_of_a_firm_that_collapsed_is_no_end_of_the_firm():
    # a building (rev21j): "the roof of X collapsed" ends the roof, not the firm
    refs = reference_triples(
        "# Harlsey Shipping\n\n"
        "Harlsey Shipping ran steamers from Tessby from 1850. "
        "Velloway & Quillend, a rival line, offered lower fares. "
        "In 1907 the roof of Velloway & Quillend collapsed. "
        "The company then sold two steamers.\n")
    assert (3, "The company", "Velloway & Quillend") in refs
