"""Round 20 (probefix13): two blind probes, an invented bell foundry's history
(bellfoundry, plain text) and a factual history of a laboratory method (chromatography,
Markdown), gold committed before the system first ran on them. Small made-up documents.

First run (main at 334192a): bellfoundry recall .944 / alias unity .722 / relations .80 at
the evidence (.80 anywhere), one conflation, types .556, 31 nodes (19 core);
chromatography .944 / .667 / .60 (.60), none, types .722.

First fix: a one-word name a sentence calls a settlement or a region ("X was then a market town",
"X is a port"; a time adverb may stand after the copula) is a place use, so it is no short
form of the title's longer name that begins with it (:func:`kg.merging.title_names.placed_names`):
the town and the firm named after it had been one node (the conflation). Measured with
``benchmarks/entities.py --held-out --ours``: nothing moved on the 26 development sets or
the other invented articles; on bellfoundry the conflation is gone (nodes 31 → 32) but
relations fell .80 → .70: the firm's "the business", "the firm" (twice) and "the board"
(twice) of its later section, which had gone to the merged node, now take no antecedent
(three of them were right), and one gold pair had been joined only through "the board".
So a second fix: the title's firm counts the lowercase uses of its business head noun ("the
foundry") when the text's dominant organisation is weighed for "the firm", "the business"
(:func:`kg.references.distant_antecedents.titled_firm`): the five references are back
(relations .70 → .80); no mention of the other 47 sets moved.

Third fix: four capitalised words are a personal name when a common given name is the first
or second (two middle names, :func:`kg.merging.people.person_like`): chromatography's two
scientists named so were "other" and their bare surnames nodes apart (alias unity .67 →
.78, relations anywhere .60 → .70, types .72 → .83); nothing else moved.

Fourth: "minster", "priory", "basilica" end a landmark's name as "cathedral" and "abbey" do
(:data:`kg.words.kind_nouns.STRUCTURE_HEADS`): bellfoundry's minster was a person and
"the minster's" went nowhere (relations anywhere .80 → .90; typed place where the gold says
organisation, arguable for a church that is also its chapter).

Fifth: "the two men", "both women" … after a fronted year ("In 1941 the two men published
…") is the pair the sentences before name, as at a sentence's start
(:func:`kg.references.named_kinds.named_kinds`): chromatography relations at the evidence
.60 → .70; no mention of the other 47 sets moved.

Sixth: "then", "still", "now", "once", "already" may stand after a copula where "also" does
(:func:`kg.kinds.description_heads.copula_head`): "X was then a market town" types X a place
(bellfoundry types .56 → .61), and the first fix reads the settlement through it.

Seventh: a quoted name after "called her", "called him" (or "dubbed", "nicknamed") is a name of
the person the pronoun was resolved to (:mod:`kg.merging.nickname_nouns`): bellfoundry's
nickname had been a "document" of its own (alias unity .72 → .78); nothing else moved.

After: bellfoundry .944 / .778 / .80 (.90), none, types .611, 31 nodes (19 core);
chromatography .944 / .778 / .70 (.70), none, types .833, 56 nodes (42 core).

Left (generic, not fixed): lowercase terms with no cue ("worked by loam moulding",
"powdered calcium carbonate") are not found; "the society", "the method", "the firm" are
references but not aliases (the gold lists them as aliases); a firm's renaming ("turned the
business into a limited company, X") is not joined (arguable: the gold makes the limited
company the foundry); a heading's personal name without the middle name ("## Ada Tesk and
…" before "Ada Mary Tesk") is not kept; "His method, which … called X" takes the wrong man
for "His"; a later dedication name ("its formal dedication as the X bell") and a sub-type
named "gas–liquid X" are gold aliases the text does not equate (arguable); a spelling "in
German, X," is a place; a book "It appeared under the title X" is not joined to its author
the sentence before (two sentences).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extracted as _entities
from tests.test_entities import find, needs_wordfreq
from tests.test_entities_round2 import _references
from tests.test_entities_round11 import _keeps_floors


@needs_wordfreq
def test_a_town_the_text_calls_a_town_is_no_short_form_of_the_title_s_firm():
    entities = _entities(
        "The Dorrow Glass Works\n"
        "The Dorrow Glass Works was established in 1841 by Abel Tesk, a former millwright. "
        "Dorrow was then a market town of barely three thousand people, and he chose it "
        "because sand could be dug nearby. By 1850 the works employed nine men.\n")
    works, town = find(entities, "Dorrow Glass Works"), find(entities, "Dorrow")
    assert works is not None and town is not None and works is not town
    assert town.entity_type == "place"


@needs_wordfreq
@pytest.mark.parametrize(("text", "name", "kind"), [
    # negative, another genre (a shipping office): the adverb passes the copula, and the
    # description's noun is a person's
    pytest.param(
        "The office\n"
        "Abel Tesk joined the Varn Line in 1901. Tesk was then a junior clerk in the "
        "freight office, and he rose to be its manager.\n",
        "Abel Tesk", "person", id="a-clerk-who-was-then-young-stays-a-person"),
    # negative, another genre (a public library): a head noun ends the four words
    pytest.param(
        "The library\n"
        "The Edward Pelmor Memorial Library opened in Brenn in 1931, and its reading room "
        "seated forty. The library lent books to the villages. Ann Dole was its first "
        "librarian.\n",
        "Edward Pelmor Memorial Library", "organization",
        id="a-library-named-after-a-person-in-four-words-is-no-person"),
])
def test_a_negative_keeps_its_kind(text, name, kind):
    entity = find(_entities(text), name)
    assert entity is not None and entity.entity_type == kind


@needs_wordfreq
def test_a_festival_s_bare_name_still_shortens_the_title_s_name():
    # negative, another genre: "X was then a small event" says nothing of a place, so the
    # bare first word is the festival's short name as before
    entities = _entities(
        "The Harvell Folk Festival\n"
        "The Harvell Folk Festival was first held in 1961 by Ruth Pellick. Harvell was then "
        "a small event of three evenings, and it grew slowly.\n")
    festival = find(entities, "Harvell Folk Festival")
    assert festival is not None and find(entities, "Harvell") is festival


def test_the_firm_of_a_later_section_is_the_title_s_foundry_named_in_full_once():
    refs = _references(
        "The Harvell Brewery\n"
        "The Harvell Brewery was founded in 1850 by Abel Tesk. The brewery stood by the river. "
        "In 1870 the brewery employed twelve men.\n"
        "The great order\n"
        "In 1880 the Quenby Hospital ordered a hundred casks. Tesk died in 1881.\n"
        "Later years\n"
        "Barley grew dear in the valley. In 1890 his daughter Ruth sold the business to a "
        "cousin. By 1900 the firm was brewing for four counties.\n")
    assert ("the business", "Harvell Brewery") in refs
    assert ("the firm", "Harvell Brewery") in refs


def test_a_club_s_noun_makes_it_no_firm():
    # negative, another genre (a rowing club): "the club" counts for no firm, so "the firm"
    # takes no club the text names once and then only as "the club"
    refs = _references(
        "The Harvell Rowing Club\n"
        "The Harvell Rowing Club was founded in 1850. The club rowed on the river, and the "
        "club bought its boats from Morran Boats. Morran Boats built eight boats a year. "
        "Morran Boats had a yard at the weir.\n"
        "Later years\n"
        "Cattle grew dear in the valley. In 1900 the firm built a racing eight.\n")
    assert ("the firm", "Harvell Rowing Club") not in refs


@needs_wordfreq
def test_a_full_name_with_two_middle_names_is_a_person_its_surname_takes():
    entities = _entities(
        "The glaze\n"
        "The next step came from Wales. Hubert James Orley Tesk and Richard Owen Maddin "
        "Pelmor were working at the Pottery Research Association in Brenn on the glazes of "
        "stoneware. In 1944 Tesk, with Ann Dole, replaced the kiln. In 1952 Tesk and Pelmor "
        "shared the Selwick Prize.\n")
    tesk = find(entities, "Hubert James Orley Tesk")
    pelmor = find(entities, "Richard Owen Maddin Pelmor")
    assert tesk is not None and tesk.entity_type == "person" and find(entities, "Tesk") is tesk
    assert pelmor is not None and pelmor is not tesk and find(entities, "Pelmor") is pelmor


@needs_wordfreq
def test_a_town_s_minster_is_no_person_and_the_minster_takes_it_up():
    text = ("The great bell\n"
            "In 1888 the chapter of Selwick Minster ordered a new tenor bell. The bell weighed "
            "four tons, and the minster's guidebooks still describe it.\n")
    minster = find(_entities(text), "Selwick Minster")
    assert minster is not None and minster.entity_type == "place"
    assert ("the minster's", "Selwick Minster") in _references(text)


@needs_wordfreq
def test_a_chemist_surnamed_minster_stays_a_person():
    # negative, another genre (a scientist's life): the head ends a landmark, not a person
    entities = _entities(
        "The chemist\n"
        "Ruth Minster, a chemist from Brenn, studied glass. Minster published her results in "
        "1931, and she later taught in Tollan.\n")
    ruth = find(entities, "Ruth Minster")
    assert ruth is not None and ruth.entity_type == "person" and find(entities, "Minster") is ruth


def test_the_two_men_after_a_fronted_year_are_the_pair_just_named():
    refs = _references(
        "The glaze\n"
        "The next step came from Wales. Hubert Tesk and Richard Pelmor were working in Brenn "
        "on the glazes of stoneware. In 1941 the two men published a method they called slip "
        "glazing.\n")
    assert ("the two men", "Hubert Tesk") in refs and ("the two men", "Richard Pelmor") in refs


def test_the_two_men_after_a_fronted_year_are_no_pair_of_women():
    # negative, another genre (a football club): the kin noun must agree with the pair
    refs = _references(
        "The club\n"
        "Mary Tesk and Ann Pelmor ran the club from a shed by the pitch. In 1931 the two men "
        "who owned the ground sold it to the council.\n")
    assert not any(surface == "the two men" for surface, _ in refs)


@needs_wordfreq
def test_a_quoted_name_she_was_called_is_hers():
    entities = _entities(
        "The mill\n"
        "Abel Tesk died in 1871. His daughter Ruth Tesk took over the mill and ran it for "
        "thirty years. The men of the town called her \"Mill Ruth\", a nickname she "
        "disliked.\n")
    ruth = find(entities, "Ruth Tesk")
    assert ruth is not None and find(entities, "Mill Ruth") is ruth


@needs_wordfreq
@pytest.mark.parametrize(("text", "person", "nickname"), [
    # review of round 20: "her" is resolved to one of the two women the sentence before
    # names; the name must not join the wrong one, so it joins none
    pytest.param(
        "The mill\n"
        "Ann Dole met Ruth Tesk at the fair. Ruth Tesk ran the school, and the children "
        "of the town called her \"Auntie Ro\".\n",
        "Ann Dole", "Auntie Ro", id="a-quoted-name-is-nobody-s-when-two-people-stand-near"),
    # negative, another genre (a ship): "her" is the ship, no person takes the name
    pytest.param(
        "The ship\n"
        "The Pelmor Maid was launched at Brenn in 1901, and Abel Tesk was her first master. "
        "She carried coal for thirty years. The crew called her \"Old Tub\", a name Tesk "
        "disliked.\n",
        "Abel Tesk", "Old Tub", id="a-ship-s-nickname-is-not-her-master-s"),
])
def test_a_quoted_nickname_does_not_join_the_wrong_one(text, person, nickname):
    entities = _entities(text)
    named = find(entities, person)
    assert named is not None and find(entities, nickname) is not named


@needs_wordfreq
def test_the_two_round_twenty_probes_keep_their_floors():
    """See the module docstring for the first-run and the present figures."""
    _keeps_floors("bellfoundry", 0.94, 0.77, 0.9, 31 / 18 + 0.01)
    _keeps_floors("chromatography", 0.94, 0.77, 0.7, 56 / 18 + 0.01)
