"""Review rev18e of probe18 and two older renaming rules, on invented sentences: "bought X and
renamed it Y" (:func:`kg.merging.name_changes._object_before`), an active "The X Committee
renamed Y" (:func:`kg.merging.alias_cues.aliases`), a passive coordinated with an active
"renamed" of two names (:func:`kg.merging.reorganisations._two_names`), "R&D" beside a partners'
firm (:func:`kg.merging.initials.partner_initials`), and an "it" of weather or report before
"call it Y" (:func:`kg.merging.nickname_calls._other_it`); each with a sentence where the rule
must still fire."""

from __future__ import annotations

from tests.test_entities import typed_aliases


def test_a_ground_bought_and_renamed_does_not_rename_the_club():
    # a football club: "it" is the meadow just bought, not the club of the sentence before
    found = typed_aliases("# Grounds\n\nThe Drissen Rovers Football Club was founded in 1890. In 1931 "
                      "the club bought Quorrin Meadow and renamed it Velloch Park. The club "
                      "still plays there.\n")
    assert "Velloch Park" not in found["Drissen Rovers Football Club"][1]
    assert "Drissen Rovers Football Club" not in found["Velloch Park"][1]


def test_a_ship_sold_to_a_person_and_renamed_is_still_renamed():
    # a ship's history: the name before "and" is the object of "to", so "it" is the ship
    found = typed_aliases("# Ships\n\nThe Sorrath Queen was launched in 1890. In 1912 the owners sold "
                      "it to Ada Quenby and renamed it Wenmoor Star. The ship sank in 1930.\n")
    assert "Sorrath Queen" in found["Wenmoor Star"][1]


def test_a_committee_renaming_a_field_takes_no_name():
    # a parish history: the active "renamed" names what the committee renamed
    found = typed_aliases("# Grounds\n\nThe Drissen Rovers Football Club was founded in 1890. The "
                      "Pellard Grounds Committee renamed Quorrin Meadow in 1931. The field is "
                      "now a car park.\n")
    assert "Quorrin Meadow" not in found["Pellard Grounds Committee"][1]


def test_a_field_renamed_in_apposition_takes_its_new_name():
    found = typed_aliases("# Grounds\n\nThe Quorrin Meadow, renamed Velloch Park in 1931, lies by the "
                      "river. Drissen Rovers play there.\n")
    assert "Velloch Park" in found["Quorrin Meadow"][1]


def test_a_committee_formed_and_renaming_a_cup_keeps_its_own_name():
    # a regatta, no comma after the passive: the cup is renamed, not the committee
    found = typed_aliases("# Regattas\n\nThe Pellard Regatta Committee was formed in 1890 and renamed "
                      "the Hovick Cup the Wenmoor Cup. Crews rowed for the Wenmoor Cup each June.\n")
    assert "Hovick Cup" not in found["Pellard Regatta Committee"][1]


def test_research_and_development_is_no_partners_initials():
    # a microscope maker: "R&D" is research, not Rell & Dorran
    found = typed_aliases("# Labs\n\nRell & Dorran made microscopes in Hovick from 1900. The firm spent "
                      "heavily on R&D, and its R&D budget doubled by 1920. Rell & Dorran closed "
                      "in 1960.\n")
    assert "R&D" not in found["Rell & Dorran"][1]


def test_other_partners_initials_still_join_their_firm():
    found = typed_aliases("# Pumps\n\nIn 1880 Dorran & Orrance began making pumps in Hovick. By 1900 "
                      "D&O was the largest maker in the county. Dorran & Orrance closed in 1950.\n")
    assert "D&O" in found["Dorran & Orrance"][1]


def test_call_it_after_a_weather_it_names_the_tower():
    # a walking guide: "it snows" is no "it" of the sentence's own
    for before in ("In winter it often snows on the Quorrin Tower.",
                   "It is said that a hermit lived at Quorrin Tower."):
        found = typed_aliases(f"# Hills\n\nThe path climbs for an hour. {before} Walkers call it the "
                          "Needle.\n")
        assert "Needle" in found["Quorrin Tower"][1]
