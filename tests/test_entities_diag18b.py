"""diag18b (final18 diagnosis): a code with a dotted number ("K12.4") is one token, so a
standard's name is not cut before its last part (:mod:`kg.words.tokens`); a name headed by
"Building" is a place, not a technique read from its "-ing" (:data:`kg.words.kind_nouns.
STRUCTURE_HEADS`); a term a maker's description introduces ("the company introduced the …")
is kept as one a named maker introduces is (:mod:`kg.finders.made_terms`). Each on invented
sentences, with a negative in another genre."""

from __future__ import annotations

from kg.words.tokens import tokenize
from tests.test_entities import find, read_entities


def test_a_standards_dotted_number_stays_in_its_name(tmp_path):
    text = ("In 1930 the Tallerin Board of Surveyors issued a code for cranes, and the "
            "document, now known as TBS K12.4, is still in force. The TBS code sets rules for "
            "ropes. Inspectors compare K12.4 with older rules in Tellerby.\n")
    entities = read_entities(text, tmp_path)
    code = find(entities, "TBS K12.4")
    assert code is not None
    assert find(entities, "K12.4") is code
    assert find(entities, "TBS K12") is None


def test_a_code_before_a_full_stop_and_a_number_stays_apart():
    # a race report: "heat B2." ends a sentence and "4 runners" opens the next one; a
    # hyphened measure after a code ("Mk2.5-litre") is no dotted code either
    words = [t.text for t in tokenize("Pellaton won heat B2. 4 runners fell in the Mk2.5-litre class.")]
    assert words[3:6] == ["B2", ".", "4"]
    assert "Mk2.5" not in words and "Mk2" in words


def test_a_name_headed_by_building_is_a_place(tmp_path):
    text = ("The Quarvish Building in Tellerby, completed in 1902, housed forty offices. "
            "Tenants of the Quarvish Building paid high rents for the top floors.\n")
    entities = read_entities(text, tmp_path)
    building = find(entities, "Quarvish Building")
    assert building is not None and building.entity_type == "place"


def test_a_lowercase_building_term_is_no_place(tmp_path):
    # a training manual: "muscle building" is an activity, not a named structure
    text = ("Coach Pellaton stressed muscle building in the winter. Muscle building filled "
            "every session at Tellerby, and muscle building paid off in spring.\n")
    entities = read_entities(text, tmp_path)
    term = find(entities, "muscle building")
    assert term is not None and term.entity_type != "place"


def test_a_term_the_company_introduced_is_kept(tmp_path):
    text = ("The Quarvish Rope Company was founded in Tellerby in 1880. In 1902 the company "
            "introduced the kedge winch, and sales doubled within a year.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "kedge winch") is not None


def test_what_a_river_developed_is_no_term(tmp_path):
    # a geography text: the subject is a description of no maker
    text = ("The Brenwick flows past Tellerby. After the storm the river developed a gravel "
            "bar, and boats ran aground there.\n")
    entities = read_entities(text, tmp_path)
    assert find(entities, "Brenwick") is not None
    assert find(entities, "gravel bar") is None
