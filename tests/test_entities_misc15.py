"""misc15: a description that an earlier sentence used for someone else is not renamed with
the entity it later resolves to (:func:`kg.references.bridging.renamings`), "lease" as a
document head, and "pump" / "windpump" as product heads (:mod:`kg.words.kind_nouns`), on
invented sentences."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _aliases(text: str, label: str) -> set[str]:
    entities, _ = with_mentions(text)
    entity = find(entities, label)
    assert entity is not None
    return set(entity.aliases)


def test_a_judge_who_called_a_witness_gives_the_witness_no_nickname():
    text = ("The Trial\n"
            "The judge called Orlen Vashti as the first witness. The judge, known as "
            "\"Old Graddon\", was stern.\n")
    assert "Old Graddon" not in _aliases(text, "Orlen Vashti")


def test_a_firm_that_worked_for_another_is_not_renamed_with_it():
    # business: "The firm printed maps for X" — the firm is not X
    text = ("Publishing\n"
            "The firm printed maps for Hessary Press. Hessary Press grew. The firm, which by "
            "then traded as Marrowdene Books, refused to pay.\n")
    assert "Marrowdene Books" not in _aliases(text, "Hessary Press")


def test_a_description_inside_an_earlier_sentence_still_lets_the_renaming_join():
    # business: "sold the firm a press" does not make the firm another's
    text = ("Publishing\n"
            "Hessary Press printed maps. Orlen Vashti sold the firm a press for Hessary Press "
            "maps. The firm, which by then traded as Marrowdene Books, refused to pay.\n")
    assert "Marrowdene Books" in _aliases(text, "Hessary Press")


def test_a_named_lease_is_a_document():
    text = ("The Quay\n"
            "Under the Marrowdene Lease of 1790, the harbour board kept the quay. The lease was "
            "renewed in 1820.\n")
    entities, _ = with_mentions(text)
    lease = find(entities, "Marrowdene Lease")
    assert lease is not None and lease.entity_type == "document"


def test_a_lowercase_lease_makes_no_document():
    # farming: a lease signed with an estate names no document
    text = ("Farming\n"
            "The farmers signed a ten-year lease with Hessary Estates in 1902. Hessary Estates "
            "later sold the land.\n")
    entities, _ = with_mentions(text)
    assert not [e for e in entities if e.entity_type == "document"]
    assert find(entities, "Hessary Estates") is not None


def test_a_named_windpump_is_a_product():
    text = ("The Fens\n"
            "In 1840 Orlen Vashti built a new machine. The device became known as the "
            "Yelverby windpump. Nine Yelverby pumps stood on the marsh by 1850.\n")
    entities, _ = with_mentions(text)
    pump = find(entities, "Yelverby")
    assert pump is not None and pump.entity_type == "product"


def test_a_pump_company_stays_an_organization():
    text = ("Industry\n"
            "Orlen Vashti founded the Hessary Pump Company in 1890. The Hessary Pump Company "
            "employed forty men.\n")
    entities, _ = with_mentions(text)
    firm = find(entities, "Hessary Pump Company")
    assert firm is not None and firm.entity_type == "organization"


def test_an_epithet_name_called_him_is_one_name_of_the_man():
    text = ("The Coast\n"
            "In 1850 the harbour board hired Berrick Famm, a young millwright. The boatmen called "
            "him Tobb the Heron, for he was tall and thin. Later the heron on his sign became the "
            "board's emblem. Famm died in 1900.\n")
    entities, _ = with_mentions(text)
    famm = find(entities, "Berrick Famm")
    assert famm is not None and "Tobb the Heron" in famm.aliases
    assert "heron" not in famm.aliases  # the bird on the sign is no name of him
    assert find(entities, "Heron") is None


def test_a_place_before_the_and_a_body_is_no_epithet():
    # a report: "After Marrowdene the Board met" — a place, then the body's subject
    text = ("Minutes\n"
            "After Marrowdene the Board met again in 1900. The Board then closed.\n")
    entities, _ = with_mentions(text)
    assert not [e for e in entities if "Marrowdene the" in e.label]


def test_called_him_and_a_plain_word_names_nothing():
    # sport: "called him Monday" is a summons, and an unquoted single name is not taken
    text = ("The Final\n"
            "Tavin Marsk played for the Ellery Rovers. The coach called him Monday before the "
            "final, and Marsk scored twice.\n")
    entities, _ = with_mentions(text)
    player = find(entities, "Tavin Marsk")
    assert player is not None and "Monday" not in player.aliases


def test_a_newspaper_title_is_a_document():
    text = ("The Town\n"
            "Her obituary in the Yelverby Tribune praised her work. Orlen Vashti had died in "
            "1900.\n")
    entities, _ = with_mentions(text)
    paper = find(entities, "Yelverby Tribune")
    assert paper is not None and paper.entity_type == "document"


def test_a_person_surnamed_like_a_newspaper_stays_a_person():
    # farming: a surname that is a newspaper head names a man
    text = ("The Farm\n"
            "Orlen Herald, a farmer, bought the field in 1900. Herald sold it in 1910. He died "
            "in 1920.\n")
    entities, _ = with_mentions(text)
    farmer = find(entities, "Orlen Herald")
    assert farmer is not None and farmer.entity_type == "person"


def test_a_person_surnamed_courier_named_again_by_surname_stays_a_person():
    # rev15m: science: "Brinna Courier studied moths … Courier won" is a woman, no newspaper
    text = ("Science\n"
            "Brinna Courier studied moths. In 1900 Courier won a prize.\n")
    entities, _ = with_mentions(text)
    scientist = find(entities, "Brinna Courier")
    assert scientist is not None and scientist.entity_type == "person"


def test_an_epithet_on_the_persons_own_surname_keeps_the_surname_his():
    # rev15m: court: "dubbed him Vashti the Fool" must not take "Vashti" from Orlen Vashti
    text = ("Court\n"
            "Orlen Vashti served the king. The courtiers dubbed him Vashti the Fool in 1600. "
            "Vashti died in 1610.\n")
    entities, _ = with_mentions(text)
    courtier = find(entities, "Orlen Vashti")
    assert courtier is not None and "Vashti" in courtier.aliases
    assert not [e for e in entities if e.label == "Vashti"]


def test_a_weekday_before_the_is_no_epithet_name():
    # rev15m: a summons: "called her Friday the fourth time" names no one
    text = ("Town\n"
            "Brinna Tollan ran the inn. The sheriff called her Friday the Fourth time. Tollan "
            "died.\n")
    entities, _ = with_mentions(text)
    assert find(entities, "Brinna Tollan") is not None
    assert not [e for e in entities if "Friday" in e.label]


def test_an_epithet_on_another_persons_name_joins_no_one():
    # fix15b: a family history: the father's name opens the son's epithet; neither takes it
    text = ("Family\n"
            "Orlen Vashti was the son of Hadrun. People called him Hadrun the Confessor. "
            "Vashti died in 1610.\n")
    entities, _ = with_mentions(text)
    son = find(entities, "Orlen Vashti")
    assert son is not None
    assert not {"Hadrun", "Hadrun the Confessor"} & set(son.aliases)


def test_an_epithet_on_a_places_name_makes_no_node():
    # fix15b: a town history: "known as Yelverby the Old" is the town, not a new node
    text = ("Town\n"
            "Ulbert Pellam was born in Yelverby in 1800. The town was known as Yelverby the "
            "Old. Pellam died in 1870.\n")
    entities, _ = with_mentions(text)
    assert not [e for e in entities if e.label == "Yelverby the Old"]
    assert not [e for e in entities if e.label != "Yelverby" and "town" in e.aliases]


def test_an_epithet_name_of_a_new_word_is_still_the_mans():
    # fix15b partner: the epithet's first word is nobody else's name
    text = ("The River\n"
            "Varrick Ossory worked the ferry. The boatmen called him Tobb the Heron. Ossory "
            "died in 1900.\n")
    assert "Tobb the Heron" in _aliases(text, "Varrick Ossory")
