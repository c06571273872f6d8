"""Common given names, and which are women's or men's: a generic resource, like the
honorific and month lists of :mod:`kg.words.lexicon` (used by :func:`kg.merging.people.person_like` and,
for "he"/"she" agreement, by :mod:`kg.references.coref`).

:func:`kg.merging.people.person_like` needs it for names whose words are all frequent in English:
"Peter Harding" has no middle initial and no rare word, yet a reader knows it is a person
because "Peter" is a first name. Word frequency cannot tell it from "Station Road".

The list holds frequent English-language first names (the most common of the last century in
the English-speaking countries) and a few very common continental European ones. It names
no person; it is a word list. Names that are also ordinary capitalised words of titles
("Will", "May", "Grace", "Rose", "Mark", "Bill", "Art") are left out.

Round 9 of issue 3 added common short and informal forms and a few more frequent names
("Tom", "Lewis", "Sam", "Owen" …; later "Bob", "Dan", "Liz", "Matt", after a user's
"Bob Jones" at a sentence start lost the "Bob"; every added name has a Zipf frequency of
3.5 or more, so word frequency alone would not call it a name): a "Tom" and his surname at the start of a
sentence had lost the "Tom", and a "Lewis" with a middle name and a surname was no personal
name (fell_rescue, forecasting).
Measured alone: forecasting alias unity 0.50 → 0.55, relations 0.5 → 0.6; fell_rescue gained
its person node (whose surname then joined it by the surname rule of :mod:`kg.merging.people`); no
other set moved.

Measured (with the namesake test of :func:`kg.merging.initialled.join_initials`, without which a
person joined a namesake with a fuller name on the lighthouse set): on the dev2 biography the
"she"/"her" of its subject now go to her, not to the last man or building named (relations
joined at the evidence 0.3 → 0.7, its one conflation gone); on vaccine "She"/"Her" after
a woman introduced with her occupation go to her, not to the previous person; no set loses.

Review of round 18 (types10): "Amos" added; "Amos Dale" was typed a place by its head
("… Dale", :data:`kg.words.kind_nouns.TYPING_HEADS`), which a given name first overrules
(:func:`kg.kinds.form_types.head_type`, as for "Ann Lane"). No figure of the 42 sets of
``benchmarks/entities.py --held-out`` moved (no set names an "Amos").

probe17: "Christian" and "Matthias" (men's names, Zipf 4.9 and 3.0) joined: "Christian"
opening a sentence, "Christian Vollmark founded …", had been taken for a capital of
position only and cut from two people's names on the harmonica probe (one then typed other,
its "He" unresolved); with them there alias unity .60 → .70, relations .90 → 1.00. On
architect_bio a "Matthias" now counts as a man, so two "her"/"she" go to the woman named
(mentions only; no figure of the 66 texts moved elsewhere). :func:`short_given`: a
given name abbreviated before its period ("Theod.", "Geo.", "Wm."), which
:mod:`kg.sentences` does not end a sentence at and :func:`kg.words.tokens.tokenize` keeps
whole ("Theod. Varnock AG", figures in :mod:`kg.merging.designations`).
"""

from __future__ import annotations

from kg.words.lexicon import _words, zipf

__all__ = ["FEMALE", "GIVEN_NAMES", "MALE", "gender_of", "short_given"]


GIVEN_NAMES = _words("""
aaron abigail adam adrian agnes alan albert alexander alexandra alfred alice alison amanda amos amy
andrew angela ann anna anne annie anthony antonio arthur audrey barbara benjamin bernard beth
betty brian bruce carl carlos carol caroline catherine charles charlotte christina christine
christopher clara claire colin daniel david deborah dennis diana diane donald dorothy
douglas edward eleanor elizabeth ellen emily emma eric ernest esther eugene evelyn florence
frances francis frank frederick gary george gerald gordon harold harriet harry heather helen
henry howard hugh ian isaac jack jacob james jane janet jason jean jeffrey jennifer jessica joan
john jonathan joseph joshua joyce juan judith julia julie karen katherine kathleen keith kenneth
kevin laura lawrence leonard linda lisa louis louise lucy margaret maria marie martha martin mary
matthew maurice michael nancy nicholas patricia patrick paul peter philip rachel ralph raymond
rebecca richard robert roger ronald ruth samuel sarah scott sharon simon stephen steven susan
thomas timothy victoria walter william
abraham adele agatha albertine alexis alfredo alma amelia andre andrea angus anton archibald
augusta august beatrice benedict bertha bertram catalina cecil cecilia clarence clifford conrad
cornelius cyril dolores dominic doris douglas duncan edgar edith edmund edna edwin elaine elias
elijah eliza ella elsie emil emilia emmanuel ernst ethel eva fernando fiona franz gabriel geoffrey
gertrude gilbert giorgio gladys godfrey graham gustav hannah harvey hector herbert horace ingrid
irene isabel isabella ivan jakob jeremy joachim johannes jorge josef joan julius kate kurt leon
leopold lillian lorenzo lucas ludwig luis lydia mabel malcolm manuel marcus margarethe marian
marion marjorie matilda maud max mildred miriam morris nathan nathaniel neil nellie nora norman
olga oliver oscar otto pablo percy phyllis pietro rafael reginald rita roberto rodney rudolf
rupert sebastian sergei sidney silvia sofia sophia stanley stella sylvia theodore tobias ursula
vera vincent viola violet virginia vivian wilfred wilhelm winifred wolfgang
carlo francesco giovanni giuseppe hans heinrich jacques jan johann karl klaus luigi marco pierre
alex andy barry ben brenda charlie craig danny dave derek dylan evan fred gavin jamie jenny jerry
jim jimmy joe johnny kyle larry lewis megan mike molly nick nigel owen ryan sally sam sean sheila
steve terry tim tom tommy tony trevor
bob dan liz matt
christian matthias
""")

# The names above that are (almost) only given to women or to men, for "he"/"she" agreement
# (:mod:`kg.references.antecedents`); names given to both ("Jean", "Francis", "Vivian", "Marion") are
# in neither.
FEMALE = _words("""
abigail adele agatha agnes albertine alexandra alice alison alma amanda amelia amy andrea angela
ann anna anne annie audrey augusta barbara beatrice bertha beth betty carol caroline catalina
catherine cecilia charlotte christina christine clara claire deborah diana diane dolores doris
dorothy edith edna elaine eleanor eliza elizabeth ella ellen elsie emilia emily emma esther
ethel eva evelyn fiona florence frances gertrude gladys hannah harriet heather helen ingrid irene
isabel isabella jane janet jennifer jessica joan joyce judith julia julie karen kate katherine
kathleen laura lillian linda lisa louise lucy lydia mabel margaret margarethe maria marie
marjorie martha mary matilda maud mildred miriam nancy nellie nora olga patricia phyllis rachel
rebecca rita ruth sarah sharon silvia sofia sophia stella susan sylvia ursula vera victoria viola
violet virginia winifred brenda jenny megan molly sally sheila liz
""") & GIVEN_NAMES
MALE = _words("""
aaron abraham adam adrian alan albert alexander alfred alfredo amos andre andrew angus anthony anton
antonio archibald arthur august benedict benjamin bernard bertram brian bruce carl carlo carlos
cecil charles christopher clarence clifford colin conrad cornelius cyril daniel david
dennis dominic donald douglas duncan edgar edmund edward edwin elias elijah emil emmanuel eric
ernest ernst eugene fernando francesco frank franz frederick gabriel gary geoffrey george gerald
gilbert giorgio giovanni giuseppe godfrey gordon graham gustav hans harold harry harvey hector
heinrich henry herbert horace howard hugh ian isaac ivan jack jacob jacques jakob james jan jason
jeffrey jeremy joachim johann johannes john jonathan jorge josef joseph joshua juan julius karl
keith kenneth kevin klaus kurt lawrence leon leonard leopold lorenzo louis lucas ludwig luigi luis
malcolm manuel marco marcus martin matthew maurice max michael morris nathan nathaniel neil
nicholas norman oliver oscar otto pablo patrick paul percy peter philip pierre pietro rafael
ralph raymond reginald richard robert roberto rodney roger ronald rudolf rupert samuel scott
sebastian sergei sidney simon stanley stephen steven theodore thomas timothy tobias vincent
walter wilfred wilhelm william wolfgang andy barry ben craig danny dave derek dylan evan fred
gavin jerry jim jimmy joe johnny kyle larry lewis mike nick nigel owen ryan sam sean steve tim
tom tommy tony trevor bob dan matt christian matthias
""") & GIVEN_NAMES


def gender_of(first_name: str) -> str | None:
    """``"female"`` or ``"male"`` for a given name of one of the two lists, else None."""
    word = first_name.casefold()
    return "female" if word in FEMALE else "male" if word in MALE else None


# given names whose usual abbreviation is no beginning of them ("Wm.", "Chas.", "Thos.")
_SHORT_GIVEN = _words("wm chas thos jas jno robt saml benj edw richd")
_GIVEN_PREFIXES = frozenset(n[:k] for n in GIVEN_NAMES for k in range(3, len(n)))


def short_given(token: str) -> bool:
    """True for an abbreviated given name written before its period ("Theod." for Theodore,
    "Geo.", "Wm."): a capitalised beginning of a listed given name (three letters or more),
    neither a given name nor an English word (probe17: a firm's name so written
    was cut into two sentences by :mod:`kg.sentences` and into two names by the tokeniser)."""
    low = token.casefold()
    return token[:1].isupper() and token[1:].islower() and low not in GIVEN_NAMES and (
        low in _SHORT_GIVEN or low in _GIVEN_PREFIXES and zipf(low) < 2.5)
