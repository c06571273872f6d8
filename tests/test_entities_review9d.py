"""Review of rounds 17 and 18 (:mod:`kg.kinds.form_types`' release numbers, the ``Port``
and ``Fort`` place prefixes of :mod:`kg.merging.short_forms`): invented texts of genres
unlike the rules' own, where each fired wrongly."""

from __future__ import annotations

from tests.test_entities import find, named, read_entities, read_file


def test_a_numbered_part_of_a_text_is_no_release(tmp_path):
    # law and scripture: a decimal after "Section" or "Psalm" points into a text
    text = ("Under Section 4.2 of the Brellan Tenancy Act, the tenant must give notice. "
            "The judge also cited Annex 7.1 of the lease. At the funeral the choir sang "
            "Psalm 23.1, and the notes in Figure 2.1 show the tune.\n")
    entities = read_entities(text, tmp_path)
    for label in ("Section 4.2", "Annex 7.1", "Psalm 23.1", "Figure 2.1"):
        found = find(entities, label)
        assert found is None or found.entity_type != "product", label
    section = find(entities, "Section 4.2")
    assert section is not None and section.entity_type == "document"  # as "Section 4" is


def test_a_release_number_still_makes_a_product(tmp_path):
    text = ("The Quillon library reached Quillon 1.3 in May. Most users moved to "
            "Quillon 1.3 within a month.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Quillon 1.3").entity_type == "product"


def test_a_place_prefix_alone_is_no_short_form_of_the_place(tmp_path):
    # cookery beside travel: "Port" the wine is not the town "Port Talvery"
    text = ("The ferry sailed from Port Talvery to the islands. Port Talvery has a deep "
            "harbour. The sommelier poured a glass of Port after dinner. Port is a "
            "fortified wine.\n")
    entities = read_entities(text, tmp_path)
    town = find(entities, "Port Talvery")
    assert town is not None
    assert "Port" not in town.aliases and town.label == "Port Talvery"
    assert len(named(entities, "Port")) <= 1


def test_scores_after_names_are_no_releases(tmp_path):
    # sport and politics: decimals after several names are results, not versions
    text = ("Omar Quarnby won the vault. The judges' scores were: Omar Quarnby 9.8, "
            "Osvald Pardew 9.6 and Ivo Brellan 9.1. Quarnby later retired. In the poll, "
            "Quessel Party 34.5 and Dorrow Alliance 30.1 led the field.\n")
    entities = read_entities(text, tmp_path)
    assert not [e for e in entities if e.entity_type == "product"]
    for person in ("Osvald Pardew", "Ivo Brellan"):
        assert find(entities, person).entity_type == "person"
    assert "Quarnby" in find(entities, "Omar Quarnby").aliases
    assert find(entities, "Quessel Party").entity_type == "organization"


def test_one_names_releases_listed_together_stay_releases(tmp_path):
    text = ("The Quillon library dropped Quillon 1.3 and Quillon 2.0 in the same year. "
            "Quillon 2.0 was faster.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Quillon 2.0").entity_type == "product"
    assert find(entities, "Quillon 1.3").entity_type == "product"


def _references(text: str, tmp_path) -> list[tuple[str, str]]:
    entities, mentions, _ = read_file(text, tmp_path)
    labels = {e.id: e.label for e in entities}
    return [(m.surface, labels[m.entity]) for m in mentions if m.via == "reference"]


def test_a_tool_described_as_a_cutter_is_no_vessel(tmp_path):
    # surgery: "the vessel" is a blood vessel, not the cutter
    text = ("Surgeons now use a small cutter, the Dorrow Loop, for the artery. The Dorrow "
            "Loop was designed in 1990. The vessel was then tied off with silk.\n")
    assert not [r for r in _references(text, tmp_path) if r[0].casefold() == "the vessel"]


def test_a_brig_is_still_the_ship(tmp_path):
    text = ("The crew boarded a small brig, the Telvane Star, at dawn. The Telvane Star "
            "sailed north. The ship was commanded by a young captain.\n")
    assert ("The ship", "Telvane Star") in _references(text, tmp_path)


def test_a_participle_that_says_something_else_is_no_alias(tmp_path):
    # ecology and medicine: a group or a relation is not what its "-ed" word describes
    text = ("Ecologists track the vole population every spring. The vole population "
            "crashed in 1990. The vole population recovered slowly after the floods. Owls "
            "hunt over the vole-populated meadows at dusk. The wards kept sepsis relation "
            "data. Sepsis relation was weak. Sepsis relation charts were kept. "
            "Sepsis-related deaths fell.\n")
    entities = read_entities(text, tmp_path)
    assert not named(entities, "vole-populated")
    assert not named(entities, "sepsis-related")


def test_a_firm_named_for_its_founder_undergoing_a_sale_is_no_person(tmp_path):
    # business news: the firm was bought; "She" after it is still the founder
    text = ("Ada Orsk opened the House of Orsk, a soap works, in 1890. The House of Orsk "
            "sold soap across the north.\nIn 1950, Orsk was bought by a rival firm. She "
            "had died ten years before.\n")
    entities = read_entities(text, tmp_path)
    assert "Orsk" not in find(entities, "Ada Orsk").aliases


def test_a_family_name_acting_is_still_the_person(tmp_path):
    text = ("Ada Orsk opened the House of Orsk, a soap works, in 1890. The House of Orsk "
            "sold soap across the north.\nWithin a year, Orsk was selling it in three "
            "towns. Her ledgers survive.\n")
    entities = read_entities(text, tmp_path)
    assert "Orsk" in find(entities, "Ada Orsk").aliases


def test_a_club_with_a_plural_last_word_is_an_organisation(tmp_path):
    # sport: "Rangers", "Wanderers" and "Harriers" end clubs' names, read as written
    text = ("Dorrow Rangers beat Orsk Wanderers on Saturday. Dorrow Rangers scored twice. "
            "Orsk Wanderers drew with Telvane Harriers in May. Telvane Harriers lost "
            "again.\n")
    entities = read_entities(text, tmp_path)
    for club in ("Dorrow Rangers", "Orsk Wanderers", "Telvane Harriers"):
        assert find(entities, club).entity_type == "organization", club


def test_a_singular_club_word_types_no_vehicle_a_club(tmp_path):
    text = ("The navy flew the Sea Harrier from its carriers. The Sea Harrier was fast. "
            "The farmer drove a Quessel Ranger. The Quessel Ranger broke down.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Sea Harrier").entity_type != "organization"
    assert find(entities, "Quessel Ranger").entity_type != "organization"


def test_a_surname_is_no_short_form_of_the_fort_named_after_its_bearer(tmp_path):
    # history: "Quessel" after "General Amos Quessel" is the general, not the fort
    text = ("The army built Fort Quessel in 1790 and named it after General Amos Quessel. "
            "Fort Quessel guarded the river crossing. Quessel had died at sea the year "
            "before.\n")
    entities = read_entities(text, tmp_path)
    assert "Quessel" not in find(entities, "Fort Quessel").aliases


def test_a_port_is_still_short_for_its_name(tmp_path):
    text = ("The ferry sails from Port Talvery each morning. Talvery has a deep harbour "
            "and a fish market.\n")
    entities = read_entities(text, tmp_path)
    assert "Talvery" in find(entities, "Port Talvery").aliases


def test_a_dose_or_a_size_after_a_name_is_no_release(tmp_path):
    # medicine and motoring: a decimal before a unit is an amount
    text = ("Patients took Kessolin 2.5 mg twice daily. The Telvane 1.5 litre engine was "
            "sold widely.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Kessolin 2.5") is None
    assert find(entities, "Telvane 1.5") is None


def test_two_names_after_a_work_noun_and_a_comma_are_no_title(tmp_path):
    # finance news: "the report," then a list of two banks
    text = ("According to the report, Quessel Bank and Orsk Bank, the two lenders, admitted "
            "losses. Quessel Bank paid a fine. Orsk Bank did not.\n")
    entities = read_entities(text, tmp_path)
    assert not named(entities, "Quessel Bank and Orsk Bank")
    assert find(entities, "Orsk Bank").aliases == set()


def test_a_title_beside_a_work_noun_is_still_one_name(tmp_path):
    text = ("Her account of the voyage, A Winter on the Orsk Coast, sold well. A Winter on "
            "the Orsk Coast was reprinted twice.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "A Winter on the Orsk Coast") is not None


def test_a_group_of_a_places_residents_is_a_place_use(tmp_path):
    # local news: the town is no short form of the baths named after it
    text = ("A group of Oswelt residents opposed the plan for Oswelt Baths. Oswelt Baths "
            "opened in 1901 anyway. Oswelt grew after the railway came.\n")
    entities = read_entities(text, tmp_path)
    assert "Oswelt" not in find(entities, "Oswelt Baths").aliases


def test_a_citys_numbered_plan_does_not_make_the_city_a_product(tmp_path):
    # local politics: "Quarnby 2.0" is the city's plan, and Quarnby stays a place
    text = ("Quarnby is a city in the north. In 2020 the council of Quarnby launched "
            "Quarnby 2.0, a plan for new trams. Quarnby 2.0 cost millions. Quarnby has "
            "forty thousand people and a cathedral. Many tourists visit Quarnby each "
            "summer.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Quarnby").entity_type == "place"
