"""diag19b: the final19 sewing-machine diagnosis (benchmarks/final19/factual_sewing_machine/
DIAGNOSIS.md), one family fixed, with a positive that fails on main (a40c264) and a negative in
another genre.

- a lowercase term written once as the object of a verb of making whose subject is "he" or
  "she" ("he devised the sprocket drum, which …", :mod:`kg.finders.made_terms`); not a loose
  object of the same shape in a sports report ("she introduced a new rule").
"""

from __future__ import annotations

from tests.test_entities import extracted, find, needs_wordfreq


@needs_wordfreq
def test_a_term_a_pronoun_maker_devised_is_kept():
    # engineering history: the maker named in full, then "he" before the making verb
    entities = extracted(
        "The drum\n"
        "Corvel Ashdane, the millwright behind the Quenby Works, was known for two ideas: he "
        "devised the sprocket drum, which turned the belt, and a slotted guide.\n")
    assert find(entities, "Corvel Ashdane") is not None
    assert find(entities, "sprocket drum") is not None


@needs_wordfreq
def test_a_pronoun_makers_loose_object_is_no_term():
    # sports report: "she introduced a new rule" names no thing of its own
    entities = extracted(
        "The league\n"
        "Marta Vellquist took over the Oxhurst Rovers in 1998. Within a month she introduced a "
        "new rule for late arrivals, and the squad grumbled.\n")
    assert find(entities, "Marta Vellquist") is not None
    assert find(entities, "new rule") is None
    assert find(entities, "rule") is None


@needs_wordfreq
def test_a_founders_common_word_surname_joins_him_beside_his_firms():
    # trade history: a surname that is an everyday word (Zipf 4.5), a firm of his initials and
    # one opening with it; the bare uses a mind's or an inventor's verb, or a list of people
    entities = extracted(
        "Looms\n"
        "The ablest of the loom makers was Tobias Ashwell Miller, a former clerk and self-taught "
        "mechanic. In 1850 Miller concluded that the old frame was flawed. Miller patented a new "
        "frame in 1851, and with the banker Edwin Quenby he formed T. A. Miller & Co. to make "
        "it. Quenby later sued Miller over the profits.\n"
        "The firm became the Miller Loom Company in 1863. Tobias Miller retired to the coast and "
        "died in 1875. Weavers still name Quenby and Miller together.\n")
    person = find(entities, "Tobias Ashwell Miller")
    assert person is not None and person.entity_type == "person"
    assert {"Tobias Miller", "Miller"} <= person.aliases
    firm = find(entities, "T. A. Miller & Co")
    assert firm is not None and firm is not person


@needs_wordfreq
def test_a_firms_bare_name_stays_the_firms_beside_its_founder():
    # business news: the bare name merges and trades, as a firm does
    entities = extracted(
        "Markets\n"
        "Tobias Ashwell Miller, a grocer, opened the Miller Grocery Company in 1902 with his "
        "partner Edwin Quenby. In 1921 Miller concluded a deal with the growers. By then "
        "shoppers spoke of Quenby and Miller in one breath. In 1950 Miller merged with a rival "
        "chain.\n")
    person = find(entities, "Tobias Ashwell Miller")
    assert person is not None and "Miller" not in person.aliases
    firm = find(entities, "Miller Grocery Company")
    assert firm is not None and "Miller" in {firm.label, *firm.aliases}
