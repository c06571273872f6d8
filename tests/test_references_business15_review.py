"""Review of bizref15 (rev15e): where "the works", "the board" and "the firm" past the nearby
sentences had gone to the wrong body, and where "A, B and C Ltd" had joined a list of three
firms. Each test failed on the merged change. Invented sentences."""

from __future__ import annotations

from tests.test_entities import find, reference_triples, with_mentions

PAINTER = ("# Ada Ostmoor\n\n"
           "Ada Ostmoor was a painter born in 1890. In 1920 she joined the Corvale Print Works "
           "as a designer. The Corvale Print Works printed posters for railways. The Corvale "
           "Print Works paid her well. She married in 1925. She had two sons. She travelled "
           "south every winter. The works were exhibited at Wistmere in 1950.\n")


def test_a_painters_works_past_the_window_are_no_firm_named_works():
    entities, _mentions = with_mentions(PAINTER)
    assert find(entities, "Corvale Print Works") is not None
    triples = reference_triples(PAINTER)
    assert ("She", "Ada Ostmoor") in {(surface, label) for _s, surface, label in triples}
    assert not any(surface == "The works" and label == "Corvale Print Works"
                   for _s, surface, label in triples)


COMPOSER = ("# Fenby Pardoe\n\n"
            "Fenby Pardoe was a composer born in 1850. He worked as a clerk at the Ambrey Organ "
            "Works. The Ambrey Organ Works built organs for churches. The Ambrey Organ Works "
            "sent him abroad. He married in 1880. He moved to Wistmere. He taught the piano. "
            "The works were published after his death.\n")


def test_a_composers_works_are_no_firm_named_works():
    triples = reference_triples(COMPOSER)
    assert ("He", "Fenby Pardoe") in {(surface, label) for _s, surface, label in triples}
    assert not any(surface == "The works" and label == "Ambrey Organ Works"
                   for _s, surface, label in triples)


SUCCESSOR = ("# Ropemaking at Wistmere\n\n"
             "The Pellinor Rope Company opened at Wistmere in 1850. The Pellinor Rope Company "
             "sold line. The company built a shed. The company hired twelve spinners. The "
             "company bought hemp abroad. In 1890 the Ambrey Cord Company bought the works. "
             "The Ambrey Cord Company replaced the old machines. Wages rose. Prices fell. "
             "Exports grew. The board closed the works in 1931.\n")


def test_the_board_after_a_successor_is_named_is_not_the_first_firms():
    triples = reference_triples(SUCCESSOR)
    assert [label for _s, surface, label in triples if surface == "The company"] == [
        "Pellinor Rope Company"] * 3  # the first firm was told of most
    assert not any(surface == "The board" and label == "Pellinor Rope Company"
                   for _s, surface, label in triples)


BUYER = ("# The Tolvric Rope Works\n\n"
         "Sellick Tolvric founded the Tolvric Rope Works at Wistmere in 1850. "
         "The works employed twelve people. The works sold line to the fishing fleet. "
         "In 1890 the ropewalk was sold to the Ambrey Cord Company. "
         "The firm closed it in 1895.\n")


def test_the_firm_right_after_its_buyer_is_the_buyer():
    triples = reference_triples(BUYER)
    assert ("The firm", "Ambrey Cord Company") in {(surface, label)
                                                   for _s, surface, label in triples}


SUPPLIER = ("# The Tolvric Rope Works\n\n"
            "Sellick Tolvric founded the Tolvric Rope Works at Wistmere in 1850. "
            "The works employed twelve people. The works sold line to the fishing fleet. "
            "A steam winch came from the Halbeck Iron Foundry. "
            "The firm had been founded in 1801 by a Quenby blacksmith.\n")


def test_the_firm_opening_the_sentence_after_a_supplier_is_the_supplier():
    triples = reference_triples(SUPPLIER)
    assert ("The firm", "Halbeck Iron Foundry") in {(surface, label)
                                                    for _s, surface, label in triples}


def test_three_firms_each_named_alone_are_listed_not_joined():
    entities, _mentions = with_mentions(
        "Harnett Ltd made nails. Pardoe Ltd made hinges. Quenby Ltd made locks. "
        "In 1861 the contracts went to Harnett, Pardoe and Quenby Ltd.\n")
    assert find(entities, "Quenby Ltd") is not None
    assert find(entities, "Harnett, Pardoe and Quenby Ltd") is None


GAME = ("# Toys of Wistmere\n\n"
        "The Quorvel Games Company was founded at Wistmere in 1902. The company made wooden "
        "toys. The company sold them at fairs. The company opened a shop in 1910.\n\n"
        "## Tessary\n\n"
        "Tessary is a race game for two players. Each player has four tokens. Two dice decide "
        "each move. A player who throws a double moves again. The first player home wins. "
        "The board has forty squares.\n")


def test_a_games_board_is_no_firms_board():
    triples = reference_triples(GAME)
    assert [label for _s, surface, label in triples if surface == "The company"] == [
        "Quorvel Games Company"] * 3
    assert not any(surface == "The board" for _s, surface, _label in triples)


CHESS = ("# Chess at Wistmere\n\n"
         "The Wistmere Chess Academy opened in 1902. The academy taught children. The academy "
         "hired two masters. The academy held a yearly tournament.\n\n"
         "## Lessons\n\n"
         "Pupils learned openings first. They played slowly. Each game lasted an hour. Clocks "
         "were rare. The board was set up by the youngest pupil.\n")


def test_a_chess_board_is_no_academys_board():
    triples = reference_triples(CHESS)
    assert [label for _s, surface, label in triples if surface == "The academy"] == [
        "Wistmere Chess Academy"] * 3
    assert not any(surface == "The board" for _s, surface, _label in triples)
