"""Round 17 of alias unity: one node per thing, its aliases every form the text writes
(:mod:`kg.merging.participles`). Small made-up documents, each rule with a text where the
merge would be wrong."""

from __future__ import annotations

from tests.test_entities import find, named, read_entities

RESIN = """The Orvel works made its name with a method its chemist called mallow distillation. \
Mallow distillation drew the oil from the root without scorching it. Rival distillers \
tried to copy mallow distillation for twenty years. In 1934 the house launched a cologne \
built around mallow-distilled resin and cedar.
"""


def test_a_hyphened_participle_names_the_process_term(tmp_path):
    entities = read_entities(RESIN, tmp_path)
    term = find(entities, "mallow distillation")
    assert term is not None
    assert "mallow-distilled" in term.aliases
    assert len(named(entities, "mallow-distilled")) == 1
    rules = {m["form"]: m["rule"] for m in term.merges}
    assert rules["mallow-distilled"] == "participle"


def test_an_unhyphened_finite_verb_is_no_participle_alias(tmp_path):
    text = ("Geologists call the method loess dating. Loess dating counts the layers of "
            "windblown dust. Loess dating was refined in the 1960s. The cliff was loess "
            "dated by two teams, who disagreed.\n")
    entities = read_entities(text, tmp_path)
    term = find(entities, "loess dating")
    assert term is not None
    assert not any("dated" in a for a in term.aliases)


def test_a_look_alike_participle_of_another_verb_is_no_alias(tmp_path):
    # court records: a "kelp foundation" (a charity) is not what a "kelp-founded" firm is
    text = ("Its lawyers called the scheme a **kelp foundation**. The kelp foundation paid "
            "the costs. The kelp foundation lost the appeal. A rival trading house, "
            "kelp-founded and proud of it, settled out of court.\n")
    entities = read_entities(text, tmp_path)
    assert not named(entities, "kelp-founded")


def test_a_common_modifier_gives_no_participle_alias(tmp_path):
    # a recipe: "cold-pressed" is said of many oils, not only of the one technique
    text = ("The mill is known for cold pressing. Cold pressing keeps the flavour of the "
            "seed. Cold pressing is slow. The shop also sells a cold-pressed juice from "
            "another farm.\n")
    entities = read_entities(text, tmp_path)
    assert not named(entities, "cold-pressed")


SOAP = """The House of Tessolde began in 1871, when Ada Tessolde, a widow, opened a soap \
shop in Marrowby. Within a year, though, Tessolde was selling soap in three towns. Her \
ledgers survive in the town archive. The Tessolde name is still printed on every bar sold \
by the House of Tessolde.
"""


def test_a_family_name_as_subject_taken_up_by_her_is_the_person(tmp_path):
    entities = read_entities(SOAP, tmp_path)
    person = find(entities, "Ada Tessolde")
    assert person is not None and person.entity_type == "person"
    assert "Tessolde" in person.aliases
    assert {m["form"]: m["rule"] for m in person.merges}["Tessolde"] == "family-subject"
    firm = [e for e in entities if e.label == "House of Tessolde"]
    assert firm and "Tessolde" not in firm[0].aliases


def test_a_family_name_as_object_stays_apart_from_the_person(tmp_path):
    # "a rival firm bought Tessolde": the firm, though "Her" follows
    text = SOAP.replace("Within a year, though, Tessolde was selling soap in three towns.",
                        "In 1902 a rival firm bought Tessolde outright.")
    entities = read_entities(text, tmp_path)
    person = [e for e in entities if e.label == "Ada Tessolde"]
    assert person and "Tessolde" not in person[0].aliases


def test_a_place_holding_the_family_name_is_not_the_person(tmp_path):
    # farming: "Pollerham flooded. He lost his barns" is the village, not the farmer
    text = ("Tom Pollerham farmed at Lower Pollerham for forty years. The farm at Lower "
            "Pollerham was his father's. Pollerham flooded in 1901. He lost his barns and "
            "most of his sheep.\n")
    entities = read_entities(text, tmp_path)
    person = [e for e in entities if e.label == "Tom Pollerham"]
    assert person and "Pollerham" not in person[0].aliases


def test_a_club_named_like_a_person_is_neither_its_founder_nor_a_person(tmp_path):
    # "Quarrelby" alone is the founder's surname here; the club's name, shaped like a
    # person's, is an organisation of its own and keeps none of his forms.
    text = ("Tom Quarrelby founded Quarrelby Athletic in 1898. Quarrelby won the county cup "
            "in 1902 and again in 1905. The club moved to a new ground in 1910. "
            "Quarrelby died in 1921.\n")
    entities = read_entities(text, tmp_path)
    (club,) = named(entities, "Quarrelby Athletic")
    (founder,) = named(entities, "Tom Quarrelby")
    assert club is not founder
    assert club.entity_type == "organization"
    assert "Quarrelby" in founder.aliases and "Quarrelby" not in club.aliases


def test_a_firm_named_after_its_founder_still_goes_by_the_short_name(tmp_path):
    text = ("Ann Quarrelby opened a workshop in 1901. Quarrelby Motor Company was founded "
            "in 1910 to build vans. By 1920 Quarrelby employed four hundred people.\n")
    entities = read_entities(text, tmp_path)
    (firm,) = named(entities, "Quarrelby Motor Company")
    assert "Quarrelby" in firm.aliases


def test_a_name_wrapped_across_lines_is_one_form_in_labels_and_aliases(tmp_path):
    text = ("The survey was led by Paul\nEnstone in 1921. Enstone mapped the coast of the\n"
            "Pelmor Peninsula twice. Paul Enstone died in 1950.\n")
    entities = read_entities(text, tmp_path)
    (person,) = named(entities, "Paul Enstone")
    assert person.label == "Paul Enstone"
    assert person.aliases == {"Enstone"}
    assert all("\n" not in form for e in entities for form in (e.label, *e.aliases))
