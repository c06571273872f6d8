"""rel16: "the firm" for the firm the title names while it is the only trader the text has
named (:func:`kg.references.told_most.sole_trader`), and no guild is a trader for "the firm"
(:data:`kg.references.compatibility._NOT_TRADING`). Invented sentences."""

from __future__ import annotations

from tests.test_entities import find, reference_triples, with_mentions

FOUNDING = ("# The Brenwick Slate and Tile Company\n\n## Early years\n\n"
            "In 1851 Aldwyn Palvane and Ilma Dorrowby formed the Brenwick Slate and Tile Company "
            "in a barn at Quenholt. Palvane had worked in quarries for twenty years. "
            "Dorrowby kept the ledgers. Palvane bought a cart that spring. "
            "The firm took its name from a hill above the village. The Quenholt Quarrymen's Guild "
            "was formed in 1860. The Quenholt Quarrymen's Guild fixed wages. "
            "The Quenholt Quarrymen's Guild met at an inn.\n")


def test_the_firm_past_the_window_is_the_titled_firm_when_it_is_the_only_trader():
    triples = reference_triples(FOUNDING)
    assert (4, "The firm", "Brenwick Slate and Tile Company") in triples


TOURING = ("# The Quennel Theatre Company\n\n"
           "In 1902 Ada Vostrick founded the Quennel Theatre Company in Quarnbury. "
           "Vostrick wrote plays for it. Her brother painted the scenery. "
           "The Larrisford Ballet Company visited the town in 1905. Critics admired the dancers. "
           "Audiences grew. That winter the company left for Lisbon.\n")


def test_the_company_after_another_company_is_named_is_not_the_titled_one():
    triples = reference_triples(TOURING)
    # "the company" of the last sentence: the ballet company named since, not the title's
    assert (6, "the company", "Larrisford Ballet Company") in triples
    assert (6, "the company", "Quennel Theatre Company") not in triples


GUILD = ("# The Harnsby Rope Company\n\n"
         "In 1840 Tobit Varrell founded the Harnsby Rope Company at Wentlow. "
         "He hired twelve spinners. The Wentlow Ropers' Guild met in his loft. "
         "The Wentlow Ropers' Guild fixed the price of hemp. "
         "Members of the Wentlow Ropers' Guild paid dues. Varrell died in 1870. "
         "He left his share to his son, who ran the firm until 1890.\n")


def test_the_firm_is_no_guild_told_of_more_often():
    triples = reference_triples(GUILD)
    firm = [label for _s, surface, label in triples if surface == "the firm"]
    assert firm == ["Harnsby Rope Company"]


CRAFT = ("The Ostry Weavers' Guild was founded in 1402. The guild set the width of cloth. "
         "The guild fined weavers who cheated. The guild kept a hall by the river. "
         "Its wardens met monthly. The company of weavers grew. The company paid for a chapel.\n")


def test_a_guild_takes_no_trading_noun_in_a_medieval_history():
    triples = reference_triples(CRAFT)
    assert [label for _s, surface, label in triples if surface == "The guild"] == [
        "Ostry Weavers' Guild"] * 3
    assert not any(surface == "The company" for _s, surface, _label in triples)


def _they(text: str) -> set[str]:
    return {label for _s, surface, label in reference_triples(text) if surface == "They"}


def test_they_after_a_passive_agent_pair_is_the_two_people():
    text = ("The mineral was first described in 1931 by Dorvin Quellet and Yselde Asklund at "
            "the Tolbury Institute, who found it by heating clay. They were looking for a "
            "new glaze.\n")
    assert _they(text) == {"Dorvin Quellet", "Yselde Asklund"}


def test_they_after_an_agent_pair_and_a_plural_noun_takes_nothing():
    # a garden's plants: "They" may be the roses, not the two gardeners
    text = ("The terrace was planted in 1931 by Dorvin Quellet and Yselde Asklund, who chose "
            "the old roses for the south wall. They flower in June.\n")
    assert _they(text) == set()


def test_they_after_a_marriage_is_the_couple():
    text = ("In 1952 Ilmarsh Trosk married Pedran Hollick, a joiner from Ostermoor whom she "
            "had met at a dance. They had two children.\n")
    assert _they(text) == {"Ilmarsh Trosk", "Pedran Hollick"}


def test_they_after_a_marriage_and_a_herd_takes_nothing():
    # a farm's record: "They" may be the cattle
    text = ("In 1952 Ilmarsh Trosk married Pedran Hollick and bought the Ostermoor herd of "
            "forty cows. They grazed on the common.\n")
    assert _they(text) == set()


def test_they_after_a_pair_counted_by_an_apposition_is_the_pair():
    text = ("Dorvin Quellet and Yselde Asklund, two chemists from Tolbury, built a kiln in "
            "1931. They fired it for a week.\n")
    assert _they(text) == {"Dorvin Quellet", "Yselde Asklund"}


def test_they_after_a_pair_and_a_plural_apposition_of_things_takes_nothing():
    # a shop's stock: the apposition after the pair's verb counts things, not the pair
    text = ("Dorvin Quellet and Yselde Asklund sold the lamps, two hundred brass ones from "
            "Tolbury, in 1931. They were cheap.\n")
    assert _they(text) == set()


def _method(text: str) -> list[str]:
    return [label for _s, surface, label in reference_triples(text) if surface == "the method"]


def test_the_method_after_a_term_ending_in_method_is_that_term():
    text = ("Yselde Asklund dried her ferns between sheets of felt. The cold-wick method, as she "
            "called it, was slow, but it kept their colour. She described the method in a "
            "letter to the Tolbury society.\n")
    assert _method(text) == ["cold-wick method"]


def test_the_method_after_another_method_is_written_takes_nothing():
    # a kitchen's trial: "a new method of roasting" was written after the named one
    text = ("The cook Pedran Hollick used the slow-brine method for hams. In 1931 he tried a "
            "new method of roasting, and the kitchen copied the method within a year.\n")
    entities, _mentions = with_mentions(text)
    assert find(entities, "slow-brine method") is not None  # the term is there to be taken
    assert "slow-brine method" not in _method(text)
