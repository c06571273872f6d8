"""diag15p: the misses of the blind papermill set, each family on invented sentences: a name
before an alias cue whose run holds an inner "of the" (:func:`kg.merging.alias_cues._inner_article`),
"the N to <verb>" after an object-control verb (:func:`kg.references.phrase_context.complement`),
"the merged company" (:mod:`kg.references.business_nouns`), a namesake named after "the son of"
(:func:`kg.merging.namesakes.nearest_namesakes`) and "the company" after "incorporated the
business as Y" (:mod:`kg.references.successors`)."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def _references(text: str) -> list[tuple[str, str, int]]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity], m.sentence) for m in mentions if m.via == "reference"]


def test_an_alias_cue_after_a_title_holding_of_the_names_the_title_not_its_last_name():
    # public health: the report is generally called the Quillamy Report, not the marshes
    text = ("Inquiry\nDr Ilsa Quillamy walked the Yarnshaw Marshes for a year. Her findings were "
            "published in 1902 as the Report on the State of the Yarnshaw Marshes, generally "
            "called the Quillamy Report. The Quillamy Report led to new drains.\n")
    entities, _ = with_mentions(text)
    report = find(entities, "Quillamy Report")
    marshes = find(entities, "Yarnshaw Marshes")
    assert report is not None and marshes is not None and report is not marshes


def test_an_alias_cue_after_a_lowercase_noun_of_the_name_still_names_the_name():
    # transport: "the board of the X" is no name, the cue names the tramway
    text = ("Trams\nIn 1910 Talla Quend joined the board of the Osk Tramline, known to all as "
            "the Blue Rattler. The Blue Rattler closed in 1950.\n")
    entities, _ = with_mentions(text)
    tramway = find(entities, "Osk Tramline")
    assert tramway is not None and "Blue Rattler" in tramway.aliases


def test_the_noun_before_an_infinitive_after_persuaded_stands_alone():
    # banking: "persuaded the bank to lengthen" (a verb of no common list)
    text = ("Credit\nOrla Quent kept the accounts with the Ostlebury Savings Bank. Letters show "
            "that she persuaded the bank to lengthen her loan.\n")
    assert ("the bank", "Ostlebury Savings Bank", 1) in _references(text)


def test_a_person_noun_before_an_infinitive_stays_a_complement():
    # medicine: "enabled the physician to listen" is any physician, not the one named
    text = ("Listening\nTavel Hevrick, a physician, worked at the Quarrick Clinic. Later, flexible "
            "tubes enabled the physician to listen from farther away.\n")
    assert not [r for r in _references(text) if r[0] == "the physician"]


def test_the_merged_company_is_the_firm_the_merger_formed():
    text = ("Ropes\nIn 1908 the Kelby Rope Company merged with its rival, the Dorran Mills, to "
            "form Kelby & Dorran Ltd. The merged company kept the old brand.\n")
    assert ("The merged company", "Kelby & Dorran Ltd", 1) in _references(text)


def test_the_merged_company_takes_no_firm_named_long_before():
    # a rope maker's history with no merger: nothing for "the merged company" to take
    text = ("Ropes\nThe Kelby Rope Company was founded in 1850. It grew slowly. Prices fell in "
            "the north. The merged company kept the old brand.\n")
    assert not [r for r in _references(text) if r[0] == "The merged company"]


def test_a_surname_after_the_son_of_a_namesake_is_the_son():
    # farming: the mother is named only to say whose son he is
    text = ("Estate\nWhen Orrel Venn died in 1852, the farm passed to his nephew, Siskin Lorrow, "
            "the son of Ada Tirza Lorrow. Lorrow was an ambitious man who had studied law, and "
            "he bought two more farms.\n")
    entities, _ = with_mentions(text)
    son = find(entities, "Siskin Lorrow")
    assert son is not None and "Lorrow" in son.aliases


def test_a_surname_after_two_namesakes_named_side_by_side_stays_apart():
    # music: mother and son named as a pair, neither after "the son of"
    text = ("Choir\nAda Tirza Lorrow and Siskin Lorrow sang in the Osk choir. Lorrow later "
            "wrote the choir's history.\n")
    entities, _ = with_mentions(text)
    son, mother = find(entities, "Siskin Lorrow"), find(entities, "Ada Tirza Lorrow")
    assert son is not None and mother is not None
    assert "Lorrow" not in son.aliases and "Lorrow" not in mother.aliases


_TANNERY = ("The Hevrick Tannery\nThe Hevrick Tannery was founded in 1820 by Fennow Quillamy. The Hevrick "
            "Tannery sold leather to saddlers. The Hevrick Tannery grew.\n"
            "Growth\nIn 1860 Quillamy {verb} the business as the Hevrick Leather Company. Saddlers "
            "paid well. Prices rose. Workers came from the hills. The company built a school.\n")


def test_the_company_after_the_business_was_incorporated_is_the_later_name():
    refs = _references(_TANNERY.format(verb="incorporated"))
    assert [label for surface, label, _s in refs if surface == "The company"] == [
        "Hevrick Leather Company"]


def test_the_company_after_a_firm_praised_as_a_name_stays_the_title_firm():
    # the same shape with a verb of no reorganising ("praised X as Y") moves nothing
    # rev17i: "!= [later]" passed with no reference at all; the title's firm is asserted
    refs = _references(_TANNERY.format(verb="praised"))
    assert [label for surface, label, _s in refs if surface == "The company"] == [
        "Hevrick Tannery"]


def test_the_merged_company_takes_neither_party_when_the_merger_formed_no_name():
    # rev17i: "X merged with Y" names no new firm; "the merged company" is neither X nor Y
    text = ("Ropes\nIn 1908 the Kelby Rope Company merged with the Dorran Cable Company. The "
            "merged company kept the old brand.\n")
    assert [r for r in _references(text) if r[0] == "The merged company"] == []
    formed = text.replace("Company. The", "Company to form Kelby & Dorran Ltd. The")
    assert ("The merged company", "Kelby & Dorran Ltd", 1) in _references(formed)


def test_a_sentences_first_word_before_of_the_is_no_part_of_the_name_a_cue_names():
    # rev17i, transport: "Work on the Osk Tramline, known as …" names the tramline
    text = ("Trams\nTalla Quend ran buses. Work on the Osk Tramline, known as the Blue Rattler, "
            "began in 1905. The Blue Rattler closed in 1950.\n")
    entities, _ = with_mentions(text)
    tramway = find(entities, "Osk Tramline")
    assert tramway is not None and "Blue Rattler" in tramway.aliases
    assert find(entities, "Work on the Osk Tramline") is None


def test_the_company_stays_when_a_bank_reorganised_only_what_the_firm_owed():
    # rev17i, finance: the bank reorganised the tannery's debts, not the tannery
    for obj in ("the tannery's debts", "the Hevrick Tannery debts"):
        text = _TANNERY.format(verb="x").replace(
            "Quillamy x the business as the Hevrick Leather Company",
            f"the Quendrow Bank reorganised {obj} as the Hevrick Credit Trust")
        refs = _references(text)
        assert [label for surface, label, _s in refs if surface == "The company"] == [
            "Hevrick Tannery"], obj


def test_the_company_stays_when_the_business_became_a_guilds_workshop():
    # rev17i, crafts: the guild owns what the tannery became; it is no later name of the firm
    for later in ("the Quendrow Guild's workshop", "Quendrow Guild property"):
        text = _TANNERY.format(verb="reorganised").replace(
            "the business as the Hevrick Leather Company", f"the business as {later}")
        refs = _references(text)
        assert [label for surface, label, _s in refs if surface == "The company"] == [
            "Hevrick Tannery"], later
