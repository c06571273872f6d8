"""Names in histories of science and technique: invented sentences (no eval set's names)."""

from __future__ import annotations

from kg.entities import build_units
from kg.finders.binomials import binomials
from kg.finders.candidates import Unit
from kg.finders.term_aliases import term_aliases
from kg.words.tokens import tokenize
from tests.test_entities import build, extracted, find, joined, needs_wordfreq, with_mentions


@needs_wordfreq
def test_a_common_noun_opening_a_sentence_before_for_is_no_name_of_its_own():
    entities = extracted(
        "The kiln\n"
        "Dorn Ostrik was a potter from the hills. In 1950 Ostrik built a new kind of kiln. "
        "Ostrik's kiln fired faster than any other.\n"
        "Recognition for Ostrik followed quickly. He died in 1990.\n")
    person = joined(entities, "Dorn Ostrik", "Ostrik")
    assert person.entity_type == "person"
    assert find(entities, "Recognition for Ostrik") is None


@needs_wordfreq
def test_a_technique_named_again_through_the_method_is_known_as():
    entities = extracted(
        "Cold Hide Bonding in the Tanneries\n"
        "Cold hide bonding is simply a way of joining two skins without heat. "
        "Binders in three countries adopted it within a decade. "
        "The method is now widely known as **CVX**, though few tanners use the name.\n"
        "Early trials\n"
        "The first binders to try cold hide bonding worked in small shops.\n")
    technique = joined(entities, "cold hide bonding", "CVX")
    assert technique.entity_type == "technique"


@needs_wordfreq
def test_a_way_of_doing_something_after_a_parenthesis_types_a_technique():
    entities = extracted(
        "Methods\n"
        "Dry resin transfer is, in short, a way of making moulds from powder. "
        "Workshops used dry resin transfer for decades. Dry resin transfer is still taught.\n")
    assert find(entities, "dry resin transfer").entity_type == "technique"


@needs_wordfreq
def test_a_genus_and_epithet_are_one_name_and_its_abbreviation_an_alias():
    entities = extracted(
        "A moss from the north\n"
        "In 1931 Hanna Tervik described a moss from the Orvell fells, which she named "
        "Varrella montica. Later workers grew V. montica in cold rooms.\n")
    moss = joined(entities, "Varrella montica", "V. montica", rule="alias")
    assert moss.label == "Varrella montica"
    assert find(entities, "Varrella") in (None, moss)


@needs_wordfreq
def test_a_name_before_a_common_noun_or_a_plural_is_no_species():
    _docs, sections, sentences = build(
        "Lamps\n"
        "The keepers fitted a *Tarvell lens* to the tower in 1850. They played *Orvask "
        "symphonies* at night. The moss *Varrella coli* grew on the rocks.\n")
    units = build_units(sections, sentences)
    spans, _defs = binomials(units)
    found = {" ".join(t.text for t in units[s.unit].tokens[s.start:s.end]) for s in spans}
    assert found == {"Varrella coli"}


@needs_wordfreq
def test_a_coined_name_with_its_head_takes_the_bare_name_used_after_it():
    entities = extracted(
        "A glaze for the kilns\n"
        "In 1890 potters mixed a glaze that survived the hottest kilns. The glaze, widely "
        "called Orvan enamel by the trade, made the ware famous. Later tests showed that Orvan "
        "enamel cracks in frost, and some potteries replaced Orvan with cheaper glazes.\n")
    glaze = joined(entities, "Orvan enamel", "Orvan", rule="short-form")
    assert glaze.label == "Orvan enamel"


@needs_wordfreq
def test_a_name_used_before_the_thing_named_after_it_stays_apart():
    entities = extracted(
        "Lamps\n"
        "Orvan was a glassmaker of the northern towns. In 1850 the keepers fitted the Orvan "
        "lamp to the tower, and later a second Orvan lamp.\n")
    lamp = find(entities, "Orvan lamp")
    assert lamp is not None and find(entities, "Orvan") is not lamp


@needs_wordfreq
def test_a_prize_in_a_field_is_one_name_but_a_prize_in_a_town_is_not():
    entities = extracted(
        "Honours\n"
        "In 1961 Dorn Ostrik shared the Tellmark Prize in Chemistry with a colleague. "
        "Two years later he won the Quenby Medal in Brennich, the town of his birth.\n")
    assert find(entities, "Tellmark Prize in Chemistry") is not None
    assert find(entities, "Chemistry") is None
    assert find(entities, "Quenby Medal in Brennich") is None


@needs_wordfreq
def test_an_emphasised_variant_takes_the_other_names_it_is_given():
    entities = extracted(
        "Variants\n"
        "The Varn assay has several variants:\n"
        "- **reverse Varn assay**, or RV-assay, in which the sample is first warmed\n"
        "- **rapid Varn assay**, also called quick Varn assay or qVA, which reads in minutes\n"
        "Clinics now prefer the rapid Varn assay. The qVA costs little, and the RV-assay "
        "is used for old samples. The quick Varn assay is taught to nurses.\n")
    joined(entities, "reverse Varn assay", "RV-assay", rule="alias")
    rapid = joined(entities, "rapid Varn assay", "qVA", rule="alias")
    assert find(entities, "quick Varn assay") is rapid


def test_or_and_a_short_form_that_spells_other_words_give_no_alias():
    toks = tokenize("They used **reverse Varn assay**, or QX-assay, in the field.")
    assert term_aliases(0, Unit("d", toks, 0, "s")) == []


@needs_wordfreq
def test_a_heading_may_shorten_a_name_the_sentences_give_in_full():
    entities = extracted(
        "A moss from Quarnick\n"
        "Hanna Tervik had collected mosses in Quarnick National Park since 1920. The fare "
        "to the park was high.\n"
        "Fare Rises at Quarnick\n"
        "Fare Trust records show the cost doubled.\n")
    park = joined(entities, "Quarnick National Park", "Quarnick")
    assert "Fare" not in {a for e in entities for a in e.aliases}
    assert park.entity_type == "place"


@needs_wordfreq
def test_the_head_of_a_coined_name_stands_for_it():
    entities, mentions = with_mentions(
        "Signals\n"
        "In 1991 a better signal came in the form of the **Quellox probe**. The probe "
        "releases a dye when it meets its target.\n")
    probe = find(entities, "Quellox probe")
    assert any(m.entity == probe.id and m.sentence == 1 and m.via == "reference"
               for m in mentions)


@needs_wordfreq
def test_the_head_of_a_thing_named_after_a_person_is_any_such_thing():
    entities, mentions = with_mentions(
        "Lamps\n"
        "Ada Quellox built the first Quellox lamp in 1790. The Quellox lamp burned oil. "
        "Later keepers trimmed the lamp at dusk.\n")
    lamp = find(entities, "Quellox lamp")
    assert not any(m.entity == lamp.id and m.sentence == 2 for m in mentions)


@needs_wordfreq
def test_a_kind_set_before_a_name_is_a_noun_that_stands_for_it():
    entities, mentions = with_mentions(
        "Dry presses\n"
        "Print shops of the 1930s wanted a dry press, and makers offered a new class of "
        "instrument, the **spin blotter**. Few shops could afford one before the war. "
        "The instrument was sold by Harlan Quist, a dealer in Tarrowby.\n")
    blotter = find(entities, "spin blotter")
    assert any(m.entity == blotter.id and m.sentence == 2 and m.via == "reference"
               for m in mentions)


@needs_wordfreq
def test_a_firms_double_name_is_no_person_and_its_last_name_joins_it():
    entities = extracted(
        "The brewery\n"
        "In 1962 the family brewery passed to Varnier-La Tourelle of Tarrowby. "
        "Under Tourelle the beer reached every port, and staff at Tourelle kept the old "
        "recipe.\n")
    firm = joined(entities, "Varnier-La Tourelle", "Tourelle")
    assert firm.entity_type == "organization"


@needs_wordfreq
def test_a_seller_is_a_firm():
    entities = extracted(
        "The machine\n"
        "The first model was sold by Quindle-Varrick, in partnership with a local dealer. "
        "Quindle-Varrick also sold spare parts.\n")
    assert find(entities, "Quindle-Varrick").entity_type == "organization"


@needs_wordfreq
def test_an_undefined_acronym_spells_a_repeated_term_and_its_variants_are_techniques():
    entities = extracted(
        "Cold Hide Bonding in the Tanneries\n"
        "Cold hide bonding is, in short, a way of joining two skins without heat. "
        "Binders everywhere adopted cold hide bonding within a decade.\n"
        "Variants\n"
        "The shops learned CHB quickly. The most important variant is **rapid CHB**, which "
        "dries in an hour, and rapid CHB is now common.\n")
    bonding = joined(entities, "cold hide bonding", "CHB", rule="acronym-initials")
    assert bonding.entity_type == "technique"
    assert find(entities, "rapid CHB").entity_type == "technique"


@needs_wordfreq
def test_a_coined_name_with_a_product_head_is_a_product():
    entities = extracted(
        "Signals\n"
        "In 1991 a better signal came in the form of the **Quellox probe**. Labs bought "
        "the Quellox probe in bulk.\n")
    assert find(entities, "Quellox probe").entity_type == "product"


@needs_wordfreq
def test_a_degree_unit_and_a_relative_clause_verb_make_no_entity():
    entities = extracted(
        "Steps\n"
        "The mix is held at 72 °C for a minute, then at 95 °C for two. Every kitchen that "
        "handles raw grain needs a sieve. A mill that handles raw grain needs two.\n")
    labels = {e.label for e in entities}
    assert not any(label.split()[0].rstrip(".") == "C" for label in labels)
    assert "handles raw grain" not in labels and "raw grain" in labels


@needs_wordfreq
def test_a_term_shortened_after_its_full_form_joins_it_but_not_one_used_first():
    entities = extracted(
        "Bonding\n"
        "Cold hide bonding joins two skins without heat. Cold hide bonding spread fast.\n"
        "Rivals\n"
        "Ideas resembling the hide bonding had surfaced before. Critics doubted the hide "
        "bonding.\n")
    full = joined(entities, "cold hide bonding", "hide bonding", rule="tail")
    assert full.label == "cold hide bonding"
    other = extracted(
        "Kilns\n"
        "The salt glaze was known for centuries. Potters liked the salt glaze.\n"
        "Later\n"
        "In 1900 the grey salt glaze appeared. The grey salt glaze was cheap.\n")
    salt, grey = find(other, "salt glaze"), find(other, "grey salt glaze")
    assert salt is not None and grey is not None and salt is not grey


@needs_wordfreq
def test_a_bare_surname_joins_a_person_typed_from_the_text():
    entities = extracted(
        "A chart of the reef\n"
        "In 1902 the harbour master Dorn Ostrik and his pupil Porter Dalton sounded the reef "
        "by night. Ostrik and Dalton named the channel.\n")
    person = joined(entities, "Porter Dalton", "Dalton")
    assert person.entity_type == "person"


@needs_wordfreq
def test_a_kind_set_before_a_term_types_it():
    entities = extracted(
        "Dry presses\n"
        "Print shops of the 1930s wanted a dry press, and makers offered a new class of "
        "instrument, the **spin blotter**. By 1950 every print shop owned a spin blotter.\n")
    assert find(entities, "spin blotter").entity_type == "product"


@needs_wordfreq
def test_a_noun_and_its_participle_clause_are_no_cued_term():
    entities = extracted(
        "Ingredients\n"
        "A standard mix contains:\n"
        "- a brine holding quellite salts, which the yeast requires\n"
        "- a tunnel drying rack, which holds the trays\n")
    labels = {e.label for e in entities}
    assert "brine holding quellite salts" not in labels
    assert "tunnel drying rack" in labels
