"""rev17g (review of types17b): "its X model" is a maker's product, but not "its X pattern of
narrow lanes" (an arrangement: "model/pattern of" and no year);
"him" after "for"/"to" is not its clause's subject, but "called his sons to him" (motion
towards the subject) and "asked the clerk to wait for him" (an infinitive with its own subject)
may well be. Invented sentences, each with a positive in another genre."""

from __future__ import annotations

from tests.test_entities import by_reference, extracted, find, needs_wordfreq, with_mentions


def _typed(text: str, form: str) -> str:
    entity = find(extracted(text), form)
    assert entity is not None, form
    return entity.entity_type


@needs_wordfreq
def test_its_name_pattern_of_lanes_is_no_product():
    # town planning: "its X pattern of …" is an arrangement, not a maker's model
    assert _typed("Varnock grew quickly after 1850. The town kept its Orran pattern of narrow "
                  "lanes.", "Orran") != "product"


@needs_wordfreq
def test_their_name_model_with_a_year_stays_a_product():
    # a maker's catalogue: "their X model of 1896" names a model by its year
    assert _typed("Hallam Vesk opened a works in 1880. Their Quenby Band model of 1896 sold "
                  "well.", "Quenby Band") == "product"


def _referred(text: str, name: str, sentence: int) -> bool:
    entities, mentions = with_mentions(text)
    entity = find(entities, name)
    assert entity is not None, name
    return by_reference(mentions, entity, sentence)


@needs_wordfreq
def test_him_after_to_with_a_verb_of_calling_is_no_other_man():
    # a deathbed: "called his sons to him" draws them to the subject himself
    assert not _referred("Pavel Orsk was a cellist from Ostrava. Bram Reddick called his three "
                         "sons to him in 1950.\n", "Pavel Orsk", 1)


@needs_wordfreq
def test_him_in_an_infinitive_clause_is_no_other_man():
    # an office: the clerk waits, "him" is the one who asked
    assert not _referred("Pavel Orsk was a cellist from Ostrava. Bram Reddick asked the clerk "
                         "to wait for him in 1950.\n", "Pavel Orsk", 1)


@needs_wordfreq
def test_him_after_for_still_takes_the_man_named_before():
    # a builder's memoir: "built a house for him" is for another man
    assert _referred("Pavel Orsk was a cellist from Ostrava. Bram Reddick built a house for him "
                     "in 1950.\n", "Pavel Orsk", 1)
