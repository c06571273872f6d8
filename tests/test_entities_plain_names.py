"""A name given by "it was simply the X" (:func:`kg.merging.nickname_calls.nicknames`), a
thing ", first sold in 1861," typed a product (:func:`kg.kinds.naming_cues.first_sold`), and a
name described as a radio typed a product (:mod:`kg.kinds.described_kinds`). Invented
sentences, with negatives in other genres."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_name_given_by_it_was_simply_joins_the_one_thing_named_before():
    entities, _ = with_mentions(
        "History\n"
        "The Tessary Rope Works was founded in 1840 by Ada Lind. In 1861 the firm was renamed "
        "Tessary, Lind & Company. Local townsfolk never used the new name; to them it was simply "
        "the Skein. The Skein closed in 1931.\n")
    works = find(entities, "Tessary Rope Works")
    assert works is not None and "Skein" in works.aliases
    assert find(entities, "Ada Lind").aliases == {"Lind"}


def test_no_plain_name_joins_when_the_sentence_before_names_two_things_or_a_cleft():
    # industry: a mill and the firm that bought it; the resolver's "it" (the subject) is
    # not trusted
    entities, _ = with_mentions(
        "History\n"
        "In 1861 Quorn Glass bought the Corrow Mill from Ada Lind. To the town it was simply "
        "the Skein. The Skein closed in 1931.\n")
    for label in ("Quorn Glass", "Corrow Mill"):
        thing = find(entities, label)
        assert thing is not None and "Skein" not in thing.aliases
    # civic: a cleft names no nickname ("it was only the X that …")
    entities, _ = with_mentions(
        "Town\n"
        "The council approved the Tessary plan in 1871. In the end it was only the Harbour "
        "Board that objected.\n")
    board = find(entities, "Harbour Board")
    assert board is not None and board.entity_type == "organization"
    assert all("Harbour Board" not in e.aliases for e in entities)


def test_a_thing_first_sold_in_a_year_is_a_product():
    entities, _ = with_mentions(
        "Trade\n"
        "The firm's fortune rested on the Pendrith hawser, first sold in 1861, a four-strand "
        "cable of hemp. Sailors trusted the Pendrith Hawser for decades.\n")
    hawser = find(entities, "Pendrith Hawser")
    assert hawser is not None and hawser.entity_type == "product"


def test_sold_without_first_or_a_hall_first_sold_is_no_product():
    entities, _ = with_mentions(
        "Trade\n"
        "The firm's fortune rested on the Pendrith hawser, sold in 1861 to the navy. Sailors "
        "trusted the Pendrith Hawser for decades.\n")
    hawser = find(entities, "Pendrith Hawser")
    assert hawser is not None and hawser.entity_type != "product"
    # estates: a house sold is still a place
    entities, _ = with_mentions(
        "Estates\n"
        "The estate passed to the Lind family. Tarvel Hall, first sold in 1820, stood empty "
        "for years.\n")
    hall = find(entities, "Tarvel Hall")
    assert hall is not None and hall.entity_type == "place"


def test_a_name_described_as_a_radio_is_a_product_and_a_radio_maker_is_not():
    entities, _ = with_mentions(
        "Radios\n"
        "In 1957 Brastel released the Velnor K-7, the first pocket radio. The Velnor K-7 cost "
        "ten pounds.\n")
    radio = find(entities, "Velnor K-7")
    assert radio is not None and radio.entity_type == "product"
    entities, _ = with_mentions(
        "Radios\n"
        "Brastel, a radio maker, grew fast. Brastel opened a plant in 1960.\n")
    maker = find(entities, "Brastel")
    assert maker is not None and maker.entity_type != "product"


def test_a_plain_name_written_before_as_another_thing_joins_nothing():
    # law: the estate the firm went to law against is named before "it was always the X"
    # (review of heads15: the estate joined the firm)
    for text in (("In 1861 the Tessary Rope Works went to law against the Dorrel Crown Estate. "
                 "In the end it was always the Dorrel Crown Estate."),
                 ("The Tessary Rope Works sued the Dorrel Crown Estate in 1861. The Tessary Rope "
                 "Works lost in 1864. To the town it was always the Dorrel Crown Estate.")):
        entities, _ = with_mentions("History\n" + text + "\n")
        works, estate = find(entities, "Tessary Rope Works"), find(entities, "Dorrel Crown Estate")
        assert works is not None and estate is not None and works is not estate


def test_a_house_or_an_estate_first_sold_is_no_product():
    # property (review of heads15: both were typed products)
    for text, label in ((("The estate passed to the Lind family. Drossel Grange, first sold in "
                         "1820, stood empty for years. Drossel Grange burned in 1900."),
                         "Drossel Grange"),
                        (("The Welk Estate, first sold at auction in 1850, was split into "
                         "farms. The Welk Estate had six farms."), "Welk Estate")):
        entities, _ = with_mentions("Estates\n" + text + "\n")
        place = find(entities, label)
        assert place is not None and place.entity_type != "product"


def test_a_scholarship_first_offered_is_no_product():
    # education: a scholarship, a prize or a course is "first offered" too (review of
    # heads15: the scholarship was typed a product)
    entities, _ = with_mentions(
        "Schools\n"
        "The Quillon Scholarship, first offered in 1880, paid for two years of study. The "
        "Quillon Scholarship went to a miner's son in 1881.\n")
    award = find(entities, "Quillon Scholarship")
    assert award is not None and award.entity_type != "product"


def test_a_horse_or_a_painting_first_sold_is_no_product():
    # an animal's or a work of art's noun before the name: sold, but no product (fix15)
    for text, label in ((("Horses\nThe mare Grey Quillan, first sold at auction in 1880, won "
                          "the cup twice. Grey Quillan died in 1890.\n"), "Grey Quillan"),
                        (("Horses\nHer colt, Orlwick Star, first sold at auction in 1880, won "
                          "the cup twice. Orlwick Star died in 1890.\n"), "Orlwick Star")):
        entities, _ = with_mentions(text)
        found = find(entities, label)
        assert found is not None and found.entity_type != "product", label
    # the partner: a rope so introduced is still a product
    entities, _ = with_mentions(
        "Trade\nThe rope Grey Quillan, first sold at auction in 1880, held the cargo. Sailors "
        "trusted Grey Quillan for decades.\n")
    rope = find(entities, "Grey Quillan")
    assert rope is not None and rope.entity_type == "product"
