"""Round works14 of reference resolution: a firm history calls its firm "the works", "the
board", "the directors" (:mod:`kg.references.business_nouns`); invented sentences, with
negative cases from a science history."""

from __future__ import annotations

from tests.test_entities import reference_triples as _refs


def test_the_works_is_the_company_that_runs_them():
    refs = _refs("# Lamps\n\nIn 1861 Tobin Harl founded the Ostmere Lamp Company beside the "
                 "canal. By 1870 the works employed ninety people and ran two kilns.\n")
    assert (1, "the works", "Ostmere Lamp Company") in refs


def test_the_works_takes_a_name_ending_in_works():
    refs = _refs("# Bottles\n\nIn 1861 Tobin Harl opened the Ostmere Glassworks at the "
                 "harbour. Within ten years the works made a million bottles a year.\n")
    assert (1, "the works", "Ostmere Glassworks") in refs


def test_the_board_is_the_company_not_the_workers_society():
    refs = _refs("# Lamps\n\nTobin Harl founded the Ostmere Lamp Company in 1861. In 1880 "
                 "its polishers formed the Ostmere Polishers' Society, which paid sick "
                 "benefit. The board refused to meet its officers.\n")
    boards = [r for r in refs if r[1] == "The board"]
    assert boards and all(r[2] == "Ostmere Lamp Company" for r in boards)


def test_the_directors_are_the_company():
    refs = _refs("# Lamps\n\nTobin Harl founded the Ostmere Lamp Company in 1861. The "
                 "directors paid a dividend every year until 1890.\n")
    assert (1, "The directors", "Ostmere Lamp Company") in refs


def test_a_science_history_keeps_works_and_boards_of_other_kinds():
    # "the works of" a person, "the works council", "public works", "the board game", the
    # idiom "in the works", and a learned society's "board" stand for no firm or society
    refs = _refs("# Optics\n\nIsaac Pellmore joined the Verran Society in 1701. He edited the "
                 "works of a Dutch lens grinder in 1702. The works council of the city "
                 "met in 1703, and public works were paid for by the Verran Society. The "
                 "board game he invented was sold in 1704. A second edition was in the works. "
                 "The board met monthly.\n")
    assert not [r for r in refs if r[1].lower() in ("the works", "the board")]


def test_the_new_firm_is_the_one_just_created():
    refs = _refs("# Lamps\n\nTobin Harl founded the Ostmere Lamp Company in 1861. It sold "
                 "lamps for sixty years. In 1927 a merger created Harl-Ostmere Limited. The "
                 "new firm moved its kilns inland in 1931.\n")
    assert (3, "The new firm", "Harl-Ostmere Limited") in refs


def test_the_new_company_is_no_firm_named_long_before():
    # the firm was named three sentences back: "the new company" is some other one
    refs = _refs("# Lamps\n\nTobin Harl founded the Ostmere Lamp Company in 1861. He sold "
                 "lamps to the railways. His daughter kept the books. In 1927 the new "
                 "company moved its kilns inland.\n")
    assert not [r for r in refs if r[1] == "the new company"]


def test_the_plural_noun_a_name_ends_in_is_that_name():
    refs = _refs("# Kilns\n\nIn 1878 Ruth Tallis published her schedule as the Pelmor "
                 "Cooling Tables. The tables showed the kiln men how fast to cool each piece.\n")
    assert (1, "The tables", "Pelmor Cooling Tables") in refs


def test_a_common_plural_of_the_subject_is_no_title_ending_in_it():
    # a geology history: "shoals" was the text's own word before the book was named
    refs = _refs("# Sand\n\nSand shoals move along every coast. In 1921 Ada Wennick "
                 "published Restless Shoals of the North, a book for sailors. By 1930 the "
                 "shoals were mapped from the air.\n")
    assert not [r for r in refs if r[1] == "the shoals"]


def test_the_new_company_is_the_one_a_merger_forms():
    refs = _refs("# Merger\n\nIn 1901 the Dorrel Lamp Company merged with a rival to form the "
                 "Tessock Light Company. The new company moved to the harbour.\n")
    assert (1, "The new company", "Tessock Light Company") in refs
    assert (1, "The new company", "Dorrel Lamp Company") not in refs


def test_the_works_after_a_gasworks_is_not_the_firm():
    refs = _refs("# Town\n\nThe Dorrel Lamp Company opened in 1850. In 1860 the town built a "
                 "gasworks by the canal. The works supplied gas to the streets.\n")
    assert not [r for r in refs if r[1] == "The works"]


def test_the_directors_after_a_museum_are_not_the_firms():
    refs = _refs("# Museum\n\nThe Halvery Trading Company gave its collection to the Tessock "
                 "Museum of Art in 1901. The directors hung the paintings in the east wing.\n")
    assert not [r for r in refs if r[1] == "The directors"]


def test_the_shareholders_of_two_named_firms_are_neither_ones():
    refs = _refs("# Merger\n\nThe Dorrel Lamp Company and the Tessock Glass Company agreed to "
                 "merge in 1901. The shareholders voted against it.\n")
    assert not [r for r in refs if r[1] == "The shareholders"]
    refs = _refs("# Merger\n\nThe Dorrel Lamp Company planned to move in 1901. The "
                 "shareholders voted against it.\n")
    assert (1, "The shareholders", "Dorrel Lamp Company") in refs


def test_the_works_after_a_gasworks_two_sentences_back_is_not_the_firm():
    refs = _refs("# Town\n\nThe Dorrel Lamp Company opened in 1850. The town built a gasworks "
                 "by the canal in 1860. It burned coal from the north. The works supplied gas "
                 "to the streets.\n")
    assert not [r for r in refs if r[1] == "The works"]


def test_the_tables_after_two_names_ending_in_tables_are_neither():
    refs = _refs("# Tides\n\nAsa Penwick published the Vrailing Tide Tables in 1890. His rival "
                 "issued the Ombery Star Tables in 1895. The tables disagreed by an hour.\n")
    assert not [r for r in refs if r[1] == "The tables"]


def test_a_gasworks_in_the_phrases_own_sentence_after_a_heading_counts():
    refs = _refs("# Town\n\nThe Dorrel Lamp Company opened in 1850.\n\n## Gas\n\nIn 1860 the "
                 "town built a gasworks by the canal, and the works supplied the streets.\n")
    assert not [r for r in refs if r[1] == "the works"]


def test_a_later_name_ending_in_tables_leaves_the_earlier_one_its_phrase():
    refs = _refs("# Tides\n\nAsa Penwick published the Vrailing Tide Tables in 1890. The tables "
                 "were reprinted in 1892. His rival issued the Ombery Star Tables in 1895.\n")
    assert (1, "The tables", "Vrailing Tide Tables") in refs
