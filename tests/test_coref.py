"""Tests for kg.references.coref: which phrases are references and what they resolve to."""

from __future__ import annotations

from test_entities import build, find, joined

from kg.entities import extract_entities
from kg.references.phrase_context import expletive
from kg.words.tokens import tokenize


def _refs(text: str):
    docs, sections, sentences = build(text)
    entities, mentions = extract_entities(docs, sections, sentences)
    by_id = {e.id: e.label for e in entities}
    return entities, [(m.sentence, m.surface, by_id[m.entity]) for m in mentions
                      if m.via == "reference"]


def test_the_company_resolves_to_the_previous_organisation():
    _, refs = _refs("Brisda Labs builds small rockets. The company was founded in 2011 "
                    "by engineers.\n")
    assert (1, "The company", "Brisda Labs") in refs


def test_the_framework_needs_a_matching_head_noun():
    text = ("The Varn Institute published the Open Science Framework in 2020. The framework "
            "covers data sharing. The report was short.\n")
    _entities, refs = _refs(text)
    assert (1, "The framework", "Open Science Framework") in refs
    assert not any(s == 2 for s, _surface, _label in refs)  # no "report" to refer to


def test_he_and_she_resolve_to_people_only():
    text = ("Marta Quill joined the Varn Institute in 2015. She leads its optics group. "
            "The Varn Institute hired Osvald Venholm later. He built the new spectrograph.\n")
    _, refs = _refs(text)
    assert (1, "She", "Marta Quill") in refs
    assert (3, "He", "Osvald Venholm") in refs
    assert not any(label == "Varn Institute" and surface in ("She", "He")
                   for _s, surface, label in refs)


def test_no_reference_where_the_entity_is_named():
    text = "The Varn Institute grew. The Varn Institute said the company would expand.\n"
    _, refs = _refs(text)
    assert not any(s == 1 for s, _surface, _label in refs)


def test_expletive_it_is_skipped():
    toks = tokenize("it is easy to see why")
    assert expletive(toks, 0)
    toks = tokenize("it builds rockets for export")
    assert not expletive(toks, 0)
    text = "The Varn Institute grew fast. It is easy to see why the staff stayed.\n"
    _, refs = _refs(text)
    assert not any(surface == "It" for _s, surface, _label in refs)


def test_window_is_limited():
    filler = "Nothing happened then. " * 5
    text = f"The Varn Institute grew fast. {filler}The company then closed.\n"
    _, refs = _refs(text)
    assert not any(surface == "The company" for _s, surface, _label in refs)


def test_section_heading_supplies_the_antecedent():
    text = ("Brisda Labs\n\nThe company builds rockets for research. Customers buy "
            "them abroad. Brisda Labs sells them.\n")
    _, refs = _refs(text)
    assert (0, "The company", "Brisda Labs") in refs


def test_list_items_inherit_the_subject_of_their_lead_in():
    text = ("The Varn Institute published the Open Science Framework in 2020.\n"
            "The framework names three risks:\n"
            "- Data risk: records may leak\n"
            "- Cost risk: storage grows fast\n")
    entities, refs = _refs(text)
    assert find(entities, "Data risk") is not None
    assert {(2, "Open Science Framework"), (3, "Open Science Framework")} <= {
        (s, label) for s, _surface, label in refs}


def test_it_takes_only_the_previous_subject():
    text = ("The Varn Institute studies comets. Instead, it builds telescopes now. Comet dust "
            "is studied by the Varn Institute. It can be measured in labs.\n")
    _, refs = _refs(text)
    assert (1, "it", "Varn Institute") in refs
    # the subject of sentence 2 is "comet dust", not a thing "it" may name: no guess
    assert not any(s == 3 for s, _surface, _label in refs)


def test_object_it_and_descriptions_with_complements_are_not_references():
    text = ("The Varn Institute grew. Visitors found it beautiful. The Varn Institute laid "
            "the foundation for a new field. The company behind the survey grew.\n")
    _, refs = _refs(text)
    assert not any(surface in ("it", "The company") for _s, surface, _label in refs)


def test_the_idea_takes_a_concept_subject_and_the_approach_needs_its_head():
    text = ("Farmers like crop rotation. Crop rotation keeps soil healthy. The idea came from "
            "old farms. Growers like drip irrigation. Drip irrigation saves water. The approach "
            "spread fast.\n")
    _, refs = _refs(text)
    assert (2, "The idea", "crop rotation") in refs
    assert not any(surface == "The approach" for _s, surface, _label in refs)


def test_the_bank_and_she_and_its():
    text = ("The Harlow Valley Savings Bank opened in 1950 in a small town. Its founders were "
            "farmers. Margaret A. Quarne joined the bank in 1960 as a clerk. She later ran the "
            "bank. Harlow Valley grew with it.\n")
    entities, refs = _refs(text)
    assert (1, "Its", "Harlow Valley Savings Bank") in refs
    assert (2, "the bank", "Harlow Valley Savings Bank") in refs
    assert (3, "She", "Margaret A. Quarne") in refs
    assert find(entities, "Harlow Valley") is not find(entities, "Harlow Valley Savings Bank")


def test_they_takes_a_plural_or_organisation_subject():
    text = ("Tide pools hold many species. Tide pools dry out in summer. They refill at high "
            "tide. The Varn Institute studies them. They publish a survey every year.\n")
    _, refs = _refs(text)
    assert (2, "They", "tide pools") in refs
    assert (4, "They", "Varn Institute") in refs


def test_bare_this_takes_a_concept_subject():
    text = ("Crop rotation keeps soil healthy. Crop rotation is old. This requires planning. "
            "The Varn Institute grew. This means more staff.\n")
    _, refs = _refs(text)
    assert (2, "This", "crop rotation") in refs
    assert not any(s == 4 for s, _surface, _label in refs)  # an organisation is no "this"


def test_a_head_noun_finds_its_name_past_a_nearer_organisation():
    text = ("The Orchard Growers Federation was formed in 1950. It lent money to the Varn "
            "Savings Bank. The Varn Savings Bank grew. Farmers trusted the Varn Savings Bank. "
            "The Varn Savings Bank opened branches. Later the federation closed.\n")
    _entities, refs = _refs(text)
    assert (5, "the federation", "Orchard Growers Federation") in refs


def test_a_lowercase_tail_of_a_name_and_description_aliases():
    text = ("The city published the Varn Mobility Plan in 2009. Engineers read the mobility plan "
            "closely. The Orchard Growers Federation was formed in 1950. The federation lent "
            "money. Later the federation closed.\n")
    entities, refs = _refs(text)
    assert (1, "the mobility plan", "Varn Mobility Plan") in refs
    plan = find(entities, "Varn Mobility Plan")
    assert "mobility plan" in plan.aliases
    federation = find(entities, "Orchard Growers Federation")
    assert "federation" in federation.aliases
    assert any(m["rule"] == "description" for m in federation.merges)


def test_it_after_a_fronted_phrase_takes_the_previous_subject():
    text = ("The Varn Telescope opened in 1990. Built for the Brisda Institute by Ostrava "
            "Works, it studies comets. In 2019 it found a new comet.\n")
    _, refs = _refs(text)
    assert (1, "it", "Varn Telescope") in refs
    assert (2, "it", "Varn Telescope") in refs


def test_a_possessive_is_not_the_subject():
    text = ("The Varn Institute published the Open Science Framework. The Varn Institute’s "
            "public commitments serve many purposes. They signal that data matter.\n")
    _, refs = _refs(text)
    assert not any(s == 2 for s, _surface, _label in refs)


def test_a_noun_just_introduced_is_not_a_name():
    text = ("The Varn Institute opened in 1990. Farmers formed a small lending association in "
            "1901. Members paid the association’s debts.\n")
    _, refs = _refs(text)
    assert not any(s == 2 for s, _surface, _label in refs)


def test_a_noun_modifying_another_is_not_a_reference():
    text = ("The University of Varn opened in 1990. A tram now reaches the university campus "
            "on the hill. The university grew.\n")
    _, refs = _refs(text)
    assert not any(s == 1 for s, _surface, _label in refs)
    assert (2, "The university", "University of Varn") in refs


def test_the_dominant_entity_answers_a_description_with_nothing_nearby():
    text = ("The Varn Telescope opened in 1990. The Varn Telescope sees comets. The Varn "
            "Telescope sees stars. Comets are icy. Stars are hot. Dust is everywhere. Later "
            "the observatory found a moon.\n")
    _, refs = _refs(text)
    assert (6, "the observatory", "Varn Telescope") in refs


def test_the_idea_takes_the_concept_of_the_previous_sentence():
    text = ("Members like the harvest bonus. The Varn Bank pays members through a harvest "
            "bonus. The idea comes from older societies.\n")
    _, refs = _refs(text)
    assert (2, "The idea", "harvest bonus") in refs


def test_an_indefinite_phrase_taken_up_by_a_new_name():
    text = ("The Varn Institute grew. In 2009 the board asked Ellen Voss to write a short "
            "report on the archive. The Voss Report, published in 2010, praised the staff. "
            "Ellen Voss then wrote a second book. The Varn Institute thanked her.\n")
    _entities, refs = _refs(text)
    assert (1, "a short report", "Voss Report") in refs
    # a name seen before is not introduced again
    assert not any(surface == "a second book" for _s, surface, _label in refs)


def test_a_description_given_a_name_makes_it_an_alias():
    text = ("The Varn Telescope opened in 2021. The Varn Telescope studies comets. The Varn "
            "Telescope studies dust. The project was first known as the Northern Sky Camera.\n")
    entities, _ = _refs(text)
    joined(entities, "Varn Telescope", "Northern Sky Camera", rule="renamed")


def test_its_with_nothing_before_and_it_in_a_list_item():
    text = ("Tools\n"
            "The Second Vellan Charter (STC), signed in 1998 by Orla Fenn, ran to fifty pages. "
            "Among its additions were tidal quotas.\n"
            "Makers include:\n"
            "- **Varden Bask**, written by Orla Fenn, compiles fast. Fenn sold it to a bank.\n"
            "- **Morrow Quill**, by Hester Quennick, is small.\n")
    _, refs = _refs(text)
    assert any(s == 1 and surface == "its" and label == "Second Vellan Charter"
               for s, surface, label in refs)
    assert any(surface == "it" and label == "Varden Bask" for _s, surface, label in refs)
    assert not any(label == "Varden Bask" and s >= 5 for s, _surface, label in refs)


def test_it_of_a_weather_verb_is_skipped():
    # review of rel12: "It rained" had taken the council of the sentence before
    text = ("The Dunholt Council approved the new bridge on Tuesday. "
            "It rained heavily during the meeting, and the roof leaked.\n")
    _, refs = _refs(text)
    assert not any(surface == "It" for _s, surface, _label in refs)
    assert expletive(tokenize("it snowed all week"), 0)
    assert not expletive(tokenize("it hailed the treaty as a triumph"), 0)


def test_an_adverb_after_it_keeps_the_preposition_to():
    # the "to" after an adverb is looked up where it stands: "It later was sold to the X"
    # is a real "it" (sold to a buyer), "It later was easy to see why" still a dummy
    assert not expletive(tokenize("It later was sold to the Vennel family"), 0)
    assert not expletive(tokenize("It soon was sold to Tarvel Engines"), 0)
    assert expletive(tokenize("It later was easy to see why"), 0)
    assert expletive(tokenize("It soon was clear that the roof leaked"), 0)
