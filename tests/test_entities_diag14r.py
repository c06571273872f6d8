"""diag14r: a nickname given to a sentence's subject past a phrase set off by commas, and three
kind nouns (:mod:`kg.merging.alias_cues`, :mod:`kg.words.kind_nouns`), on invented sentences."""

from __future__ import annotations

from tests.test_entities import find, with_mentions


def test_a_nickname_past_a_participle_phrase_is_not_the_makers():
    text = ("Engines\n"
            "In 1890 Ulla Brant designed a steam winch for the quarry. The winch, cast to her "
            "plans by the Tellmere Iron Company, was nicknamed the Iron Mule. The Iron Mule "
            "still stands at the quarry gate.\n")
    entities, _ = with_mentions(text)
    maker = find(entities, "Tellmere Iron Company")
    assert maker is not None and "Iron Mule" not in maker.aliases


def test_a_nickname_of_a_name_in_apposition_is_still_taken():
    # a different genre: a name standing alone between commas is the subject's own
    text = ("Music\n"
            "The band's drummer, Pendrake Ostley, was nicknamed the Metronome by the other "
            "players. Ostley toured with them for ten years.\n")
    entities, _ = with_mentions(text)
    drummer = find(entities, "Pendrake Ostley")
    assert drummer is not None and "Metronome" in drummer.aliases


def test_syndicate_and_inspectorate_head_an_organisation_and_a_shed_a_place():
    text = ("Trade\n"
            "In 1902 the Velkin Grain Syndicate bought the Bramcote Malting Shed. The Dorvash "
            "Weights Inspectorate fined the Velkin Grain Syndicate in 1905. The Bramcote "
            "Malting Shed burned down in 1910.\n")
    entities, _ = with_mentions(text)
    kinds = {e.label: e.entity_type for e in entities}
    assert kinds.get("Velkin Grain Syndicate") == "organization"
    assert kinds.get("Dorvash Weights Inspectorate") == "organization"
    assert kinds.get("Bramcote Malting Shed") == "place"


def test_a_bare_family_name_counts_for_the_firm_named_first():
    from collections import Counter

    from kg.merging.forms import Group
    from kg.references.family_firms import family_counts

    groups = [Group([("kessing", "sail", "work")]), Group([("ivo", "kessing")]),
              Group([("kessing",)]), Group([("kessing", "&", "company")]),
              Group([("tellmere", "iron", "company")])]
    types = ["organization", "person", "organization", "organization", "organization"]
    first = {0: (1, 1), 1: (1, 8), 2: (2, 0), 3: (9, 4), 4: (5, 2)}
    counts = Counter({0: 1, 1: 2, 2: 5, 3: 1, 4: 2})
    moved = family_counts(groups, types, counts, first)
    assert moved[0] == 6 and moved[2] == 0 and moved[3] == 1 and moved[4] == 2


def test_a_bare_town_name_keeps_its_count():
    # another genre: a club named after its town, where no person bears the town's name
    from collections import Counter

    from kg.merging.forms import Group
    from kg.references.family_firms import family_counts

    groups = [Group([("yevra",)]), Group([("yevra", "rowing", "club")]),
              Group([("ada", "ostley")])]
    types = ["organization", "organization", "person"]
    counts = Counter({0: 4, 1: 1, 2: 2})
    assert family_counts(groups, types, counts, {0: (1, 0), 1: (2, 0), 2: (3, 0)}) == counts


def test_a_firm_named_for_its_partners_keeps_its_commas():
    text = ("Sails\n"
            "Ivo Kessing opened a sail loft in Yevra in 1850. In 1870 he took a partner, and the "
            "loft traded as Kessing, Dorvash & Company until 1901.\n")
    entities, _ = with_mentions(text)
    assert find(entities, "Kessing, Dorvash & Company") is not None
    assert find(entities, "Dorvash & Company") is None


def test_places_listed_with_an_ampersand_are_no_firm():
    # another genre: a touring route
    text = ("Touring\n"
            "The 1923 tour of the Quarrish Players visited Yevra, Ostley & Tellmere in May. "
            "Yevra gave them the warmest welcome.\n")
    entities, _ = with_mentions(text)
    assert not [e for e in entities if "," in e.label or any("," in a for a in e.aliases)]


def _references(text: str) -> list[tuple[str, str]]:
    entities, mentions = with_mentions(text)
    label = {e.id: e.label for e in entities}
    return [(m.surface, label[m.entity]) for m in mentions if m.via == "reference"]


def test_the_company_before_a_company_is_named_is_the_dominant_firm():
    text = ("Kessing Sails\n"
            "The Kessing Sail Works opened in Yevra in 1850. The Kessing Sail Works made sails "
            "for fishing boats. In 1855 the Kessing Sail Works built a second loft. The "
            "sails were cut by hand. Flax came by cart from the hills. The cloth was stored "
            "dry.\n"
            "Trade\n"
            "The company's best sail was first sold in 1860. In 1870 the Ostley Rope Company "
            "bought the loft next door.\n")
    assert ("The company's", "Kessing Sail Works") in _references(text)


def test_the_company_with_no_dominant_body_stays_unresolved():
    # another genre: a theatre troupe and a hall named once each; "company" heads a later name
    text = ("Touring\n"
            "The Quarrish Players opened at the Yevra Hall in 1923.\n"
            "Reviews\n"
            "The company's finest night came in 1925. In 1926 the Ostley Opera Company hired "
            "two of its actors.\n")
    assert not [r for r in _references(text) if r[0] == "The company's"]


def test_an_opening_adverb_and_comma_is_no_partner():
    # rev14f: "However, Pelmor & Sons" read as a partners' list lost the firm altogether
    for opener in ("However", "Today", "Meanwhile", "Later"):
        text = ("Mills\n"
                f"The Kessby mill opened in 1850. {opener}, Pelmor & Sons built a second mill "
                "in Drelby. Drelby grew fast.\n")
        entities, _ = with_mentions(text)
        firm = find(entities, "Pelmor & Sons")
        assert firm is not None and firm.entity_type == "organization", opener
        assert not [e for e in entities if e.label.startswith(opener)], opener


def test_partners_at_a_sentence_start_are_still_one_firm():
    text = ("Mills\n"
            "Pelmor, Tallis & Sons built the Kessby mill in 1861. The mill burned in 1880.\n")
    entities, _ = with_mentions(text)
    assert find(entities, "Pelmor, Tallis & Sons") is not None


def test_a_titled_name_in_apposition_keeps_its_nickname():
    # rev14f: the honorific before the name read as the end of a phrase set off by commas
    for title in ("Dr.", "Mrs."):
        text = ("Mills\n"
                f"The mill's first manager, {title} Ada Pelmor, was nicknamed the Rope Queen "
                "by the spinners. Pelmor retired in 1890.\n")
        entities, _ = with_mentions(text)
        manager = find(entities, "Ada Pelmor")
        assert manager is not None and "Rope Queen" in manager.aliases, title


def test_a_nickname_past_an_aside_goes_to_the_named_subject():
    # rev14f: the docstring's "names the clause's subject" — a named subject takes it
    text = ("Bridges\n"
            "The Drelby Bridge, designed by the Kessby Iron Works, was nicknamed the Grey "
            "Lady. It opened in 1870.\n")
    entities, _ = with_mentions(text)
    bridge = find(entities, "Drelby Bridge")
    assert bridge is not None and "Grey Lady" in bridge.aliases
    works = find(entities, "Kessby Iron Works")
    assert works is not None and "Grey Lady" not in works.aliases


def test_a_nickname_past_an_aside_after_a_fronted_phrase_names_no_one():
    # the name before the aside is no subject when a fronted phrase precedes it
    text = ("Bridges\n"
            "In Drelby, a bridge designed by the Kessby Iron Works, was nicknamed the Grey "
            "Lady. It opened in 1870.\n")
    entities, _ = with_mentions(text)
    assert not [e for e in entities if "Grey Lady" in e.aliases]


def test_the_company_before_a_company_is_named_is_no_laboratory():
    # rev14f, another genre: a science history whose dominant body is a laboratory; the
    # company is the one named later, not the laboratory
    text = ("Salts\n"
            "The Kessby Laboratory opened in 1850. The Kessby Laboratory hired Ivo Tallis. The "
            "Kessby Laboratory printed his paper. The glow was faint. The salts were rare. The "
            "work was slow.\n"
            "Later work\n"
            "The company's chemists confirmed the glow in 1860. In 1870 the Orlen Chemical "
            "Company sold the salts.\n")
    assert ("The company's", "Kessby Laboratory") not in _references(text)


def test_a_nickname_past_a_relative_named_in_an_aside_goes_to_the_person():
    # rev14f, a biography: the name closing the aside is the mother's, the nickname the son's
    text = ("People\n"
            "Ivo Tallis, the son of Ada Pelmor, was nicknamed the Judge by the spinners.\n")
    entities, _ = with_mentions(text)
    son, mother = find(entities, "Ivo Tallis"), find(entities, "Ada Pelmor")
    assert son is not None and "Judge" in son.aliases
    assert mother is not None and "Judge" not in mother.aliases
