"""References: reference resolution, the stage that finds sentences naming an entity only by
a description or a pronoun ("the company", "it") and says which entity they stand for.

:func:`kg.references.coref.resolve_references` finds the reference phrases of each sentence and
chooses an antecedent for each; :mod:`kg.references.bridging` adds the links that
sentence-by-sentence resolution misses (renamings, nicknames, eponyms). Modules:

- ``coref``: reference resolution, the entry point;
- ``resolution_setup``: what resolution knows before it reads (the nouns that may stand for each
  entity, the literal occurrences by sentence, the resolver);
- ``agent_nouns``: role nouns a verb or a bare apposition taught one person ("founded in 1868
  by X" → "the founder", "X was its founder", "…, whose headmaster, X, …", "the firm began as
  the forge of X");
- ``recording``: recording a resolved reference (a mention, a pair for "They", "his theory");
- ``phrases``: the records resolution works on, a phrase and what the resolver knows;
- ``reference_phrases``: the reference phrases of a sentence ("the company", "it", "its");
- ``named_objects``: an object "it" given a description ("called it “…”");
- ``phrase_context``: the words around a candidate phrase, as the finder tests them;
- ``clefts``: a cleft's dummy "it" ("It was only after … that …"), which refers to nothing;
- ``taught_phrases``: reference phrases made of what the text itself taught;
- ``surname_people``: a bare surname typing left apart from its person is a person to resolution;
- ``name_traits``: what a group's names tell resolution (heads, a person's gender, a plural);
- ``subjects``: where a sentence's subject and its fronted phrases are;
- ``antecedents``: choosing what a reference phrase stands for;
- ``introduced_last``: "He" after "… leaving the shop to her nephew Tom Quill.": the newcomer,
  not an earlier man of that sentence;
- ``fronted_people``: people named inside a fronted phrase, which a pronoun passes over at first;
- ``role_shift``: "the professor" after a sentence that called its person "she": the person named;
- ``premises``: "the store" after "Its first branch …": the firm whose premises they are;
- ``referent_limits``: when a phrase takes up no named entity, or not the nearest one;
- ``bold_sorts``: a kind just named in bold, taken up by "these" and a plural noun;
- ``way_nouns``: "the method", "the technique" for the one technique the title or window names;
- ``compatibility``: which entities a phrase may stand for (type, names, gender);
- ``partners``: people the text makes partners, for "the partnership";
- ``vessels``: a ship is "she", and "the ship", "the vessel";
- ``possessed_people``: a person named in the possessive before the person a sentence is about;
- ``possessed_subjects``: a subject an owner in the possessive opens, named in apposition or
  by a copula ("The club's youth side, X, …", "Ada's first venture was the X");
- ``kinship``: "Her husband", "his son" for the relative the text stated before ("his wife X");
- ``kin_genders``: the gender a kin or role noun in apposition gives a person ("his widow, X");
- ``pronoun_it``: what "it", "its", "they", bare "this" and idea nouns stand for;
- ``it_objects``: what a subject "it" takes from the previous sentence when its subject does
  not fit;
- ``kind_one``: an object "one" ("fit one") for the kind just named;
- ``business_nouns``: "the works", "the directors" for the firm; "the board" is no members' society;
- ``home_words``: whether "the yard", "the workshop" is a home's ("in their garden");
- ``plural_heads``: "the tables" for the one name ending "… Tables" near it;
- ``mention_index``: each group's mentions and the word ending each, indexed once for
  ``business_nouns`` and ``plural_heads`` (perf21: not a walk of the document per phrase);
- ``named_next``: "designed a brass lamp …. The Pelmor lamp …": the lamp the next
  sentence opens by naming (the one rule for an indefinite phrase named next);
- ``counted_members``: "they" after "The four players …" for the group the title names;
- ``second_clause``: "Its" after "A did X, and B named Z": Z; "It" after a sentence opened
  by a plural people noun ("Glaziers …"): the one thing it named;
- ``final_pair``: "They", "Their" after a sentence ending on two people ("… A and B.");
- ``pair_shapes``: "They" after "… by A and B at …, who …" and after "A married B";
- ``number_agreement``: a subject said to be one thing ("was", a possessive) is no "They";
- ``outcomes``: "It" after "… ended with the X": that X;
- ``commissioned``: "Its report" after "asked X to study …": the one asked;
- ``introduced_bodies``: "Its chief chemist, Y," after "… wrote to X, a glass maker …": X;
- ``object_pronoun``: an object "it" ("the government nationalised it");
- ``reported_subjects``: "its" after "Local legend held that the X …": that X;
- ``relative_renames``: "X, which the council then renamed Y": Y names X, not the council;
- ``named_kinds``: "the Pelmor firm", "Father and son", "designed a folding lamp" for the
  Tallis lamp;
- ``listed_people``: "The three shared …", "All four …" for every person of the group the last
  sentences list, when the count fits;
- ``term_descriptions``: "the invention", "the effect" for the one term the window
  made ("devised the X") or found ("observed the X", "called the new state X");
- ``kind_families``: "The orbiter" for the one thing described by a noun of its family (a
  probe), "the new materials" for the one compound of the window;
- ``change_nouns``: "The revision", "The change" for the one thing the window changed ("voted
  to revise the X");
- ``known_as``: "The machine … was nicknamed X", "The effect became known as X":
  the description for the X its own sentence names;
- ``new_terms``: "The device" after a term just introduced ("an improvement, the X, …");
- ``role_subjects``: "The inventor", "The German-born chemist", "The Frenchman's" opening a
  sentence for the one person the sentence before names (or one up to three back, with no one
  between: ref21), when the text gave no one that noun (rel19);
- ``title_things``: "the device", "the instrument" that nothing near takes: the one thing the
  title names;
- ``distant_people``: "She" after sentences naming no person: the last woman named; "He"
  after "In 1820 Quillet taught …" (a surname read as the term named after him): the man;
- ``body_families``: "The school" for the "… Institute" the window names;
- ``section_people``: a section's first "He", "She": the window's person most spoken of;
- ``work_titles``: "The title" for the one work the sentence before names;
- ``ordered_pair``: "the latter", "the former": one of the last two entities named;
- ``distant_antecedents``: what a description stands for when no nearby entity does;
- ``told_most``: past the window, "the firm", "the works", "the board" for the organisation
  the text has told of most so far, by name or by reference; and whether the title's firm is
  the only trader named so far (``sole_trader``);
- ``ended_firms``: a body the text said failed, closed or was bought is no rival for "the
  company", "the firm" afterwards;
- ``guard_sentences``: the guard words of ``business_nouns`` and ``told_most`` read in the
  sentence they are about (a maker word beside a person's name, a governing word beside
  "board");
- ``family_firms``: a bare family name's mentions counted for the firm named after it, for
  the dominant firm of "the firm", "the company";
- ``successors``: "the company", "the firm" after "reconstituted the tannery as the X Company"
  for that later name (the two bodies stay apart);
- ``releases``: a description of the whole ("the project") that took a release ("X 2.1") takes its product;
- ``ordinal_series``: a series counted on from an ordinal subject ("The first was …");
- ``list_references``: references that lists make ("the first of these");
- ``attributed``: ideas the text attributes to a person ("his theory"), and the one who
  proposed something for a sentence-opening "His method";
- ``own_works``: "His work", "her book" for the one document the window names with that
  person (none when it names two);
- ``bridging``: links between a description and a name that resolution misses.
"""
