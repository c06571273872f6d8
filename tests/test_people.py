"""kg.merging.people's bucketed merge rules against the plain pairwise versions they replaced."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from kg.merging.forms import Form, UnionFind, top
from kg.merging.initialled import join_initials
from kg.merging.people import DISTINCT_HEADS, join_surnames, person_like
from kg.words.person_words import last_name
from kg.words.tokens import key_of_text

_FIRST = ["Mara", "Tobin", "Oda", "Corvin", "Britta", "Jorun", "Petra", "Pavel"]
_MIDDLE = ["A.", "E.", "Anne", "Aldric", "J."]
_LAST = ["Quellis", "Garrow", "Orlov", "Vantrebe", "Quillon", "Sussmann", "Brandtke"]
_HEADS = ["Memorial Bridge", "Review", "Institute", "Prize", "Labs"]


def _form(text: str, *, unit: int, n: int = 1) -> Form:
    return Form(key=key_of_text(text), surfaces=Counter({text: n}), kinds=Counter({"name": n}),
                units={unit}, proper=n)


def _names(seed: int) -> dict[tuple, Form]:
    """A random mix of full names, middle initials, lone surnames and names after people."""
    rng = random.Random(seed)
    texts = []
    for _ in range(60):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        roll = rng.random()
        if roll < 0.35:
            texts.append(f"{first} {last}")
        elif roll < 0.55:
            texts.append(f"{first} {rng.choice(_MIDDLE)} {last}")
        elif roll < 0.8:
            texts.append(last)
        else:
            texts.append(f"{first} {last} {rng.choice(_HEADS)}")
    forms: dict[tuple, Form] = {}
    for unit, text in enumerate(texts):
        form = _form(text, unit=unit)
        if form.key in forms:
            forms[form.key].units.add(unit)
        else:
            forms[form.key] = form
    return forms


def _pairwise_surnames(forms, uf) -> None:
    """join_surnames as it was: every lone word compared with every name."""
    people = [f for f in forms.values() if f.is_name and person_like(f)]
    others = [f for f in forms.values() if f.is_name and len(f.key) > 1 and not person_like(f)
              and f.key[-1] not in DISTINCT_HEADS]
    for short in forms.values():
        if not short.is_name or len(short.key) != 1 or short.kinds.get("acronym"):
            continue
        if any(short.key[0] in f.key for f in others):
            continue
        owners = {uf.find(p.key): p for p in people if last_name(p.key) == short.key[0]}
        if len(owners) > 1 and short.units:
            first = min(short.units)
            owners = {k: p for k, p in owners.items() if p.units and min(p.units) < first}
        if len(owners) == 1:
            long = next(iter(owners.values()))
            uf.union(short.key, long.key, "surname", f"“{top(short)}” is the last name of "
                     f"“{top(long)}”", top(short))


def _run(forms, *steps) -> tuple[dict, dict]:
    uf = UnionFind(forms)
    for step in steps:
        step(forms, uf)
    return {k: uf.find(k) for k in forms}, uf.why


@pytest.mark.parametrize("seed", range(6))
def test_bucketed_surnames_equal_the_pairwise_rule(seed):
    forms = _names(seed)
    expected = _run(forms, join_initials, _pairwise_surnames)
    assert _run(forms, join_initials, join_surnames) == expected
    # The lists exercise the rule both ways: some lone surnames join a name, some stay apart.
    roots = expected[0]
    lone = [k for k in forms if len(k) == 1]
    alone = [k for k in lone if sum(root == roots[k] for root in roots.values()) == 1]
    assert any(why["rule"] == "surname" for why in expected[1].values())
    assert alone


def test_a_surname_shared_by_two_people_stays_apart():
    forms = {f.key: f for f in (_form("Mara Quellis", unit=0), _form("Tobin Quellis", unit=1),
                                _form("Quellis", unit=2))}
    roots, _ = _run(forms, join_surnames)
    assert roots[("quellis",)] == ("quellis",)


def test_miss_and_a_surname_join_the_woman_named_in_full():
    from tests.test_entities import extracted, joined
    entities = extracted(
        "Ruth Tallis joined the mill in 1901. The owners distrusted her, and the minutes "
        "record the chairman saying that \"Miss Tallis would rebuild the mill if we let her.\" "
        "She left in 1910.")
    joined(entities, "Ruth Tallis", "Miss Tallis")


def test_the_verb_miss_before_a_name_makes_no_person():
    # another genre (a travel guide): the lower-case verb is no honorific
    from tests.test_entities import extracted, find
    entities = extracted(
        "Visitors rarely miss Halvern Abbey, which the monks built in 1120. Halvern Abbey "
        "stands on a hill above the harbour.")
    abbey = find(entities, "Halvern Abbey")
    assert abbey is not None and abbey.entity_type != "person"
