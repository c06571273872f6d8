"""Finders: where candidate names, terms, dates and quantities are found, and which are kept.

The first stage of :func:`kg.entities.extract_entities` after tokenising: span finders read each
sentence for capitalised names, defined and emphasised terms, lowercase technical terms, dates
and amounts; :mod:`kg.finders.selection` then keeps the forms the corpus gives evidence for, and
the gazetteer finds every occurrence of the kept forms. Modules:

- ``units``: the ``Unit`` and ``Span`` records every finder shares, and ``Stats``, the
  corpus-wide evidence about each word;
- ``candidates``: the spans that may name an entity, with the evidence for each;
- ``name_runs``: where a run of capitalised words goes on, and what completes it;
- ``particle_pairs``: a particle and an article particle inside a surname ("de la Crousse");
- ``epithets``: "the" inside an epithet name ("Tobb the Heron", "Edwy the Confessor");
- ``possessives``: whether a possessive inside such a run belongs to the name;
- ``name_ends``: what completes a name after its run ("Soyuz 2", "the Pelmor springs");
- ``releases``: a name's release number ("Varnish 2.1"), not an amount or a score;
- ``name_before``: where the capitalised name ending before a word starts;
- ``junctions``: long organisation names that hold "and", "to" or a second "of";
- ``name_connectors``: "in" before a field of study, a second "of", "on", "in"/"at" and a place,
  "into" after an inquiry noun, inside long names;
- ``eponyms``: things named after someone, a name and a lowercase head ("the Pelmor lamp");
- ``eponym_glosses``: an apposition saying what such a thing is ("…, a cooling unit built
  by …"), and nouns of a person's role;
- ``binomials``: Latin two-word names of living things, and their abbreviated form;
- ``patterns``: defined and quoted terms, list labels, titles of works; gathers the spans of
  ``list_labels`` … ``isotopes`` below, and of ``terms``, ``rare_words`` and ``term_cues``;
- ``definer_heads``: what follows a definer ("called the Orvell half-chain after …", "called the
  protein varnase");
- ``work_titles``: titles of works with "and" that an apposition calls a work;
- ``list_labels``: the label of a "Label: text" list item, not a fact box's field;
- ``measures``: dates and quantities in running text;
- ``emphasis``: terms set in Markdown bold, and italic titles of works;
- ``italic_terms``: a name and a lowercase noun set in italics once ("*Pelmor equations*");
- ``cases``: names of court cases, "A v. B";
- ``named_objects``: a naming verb's demonstrative object, passed over to the term it
  names ("called these trapped ions drift states");
- ``topic_nouns``: the title's topic noun, a lowercase common noun used alone throughout;
- ``glosses``: a term explained once by what kind of thing it is;
- ``bare_glosses``: a bare rare word glossed by "the" and a description between commas;
- ``term_glosses``: a term written once and glossed in prose ("with varnite, the clay that
  …", "the method of reed splitting", "adopted tide soundings, in which …");
- ``term_shapes``: three more shapes of a term written once (a rare plural glossed by a plural
  kind, "This drip-cup valve was …", "In a system of token routing, …");
- ``gloss_cues``: the cues round a term introduced once as "the T" and glossed (is T
  technical, is "the" apposed, does a list follow);
- ``long_titles``: a long italic title holding commas right after a verb of publishing;
- ``coined_compounds``: a coined name after "called the" ("the three-loom test");
- ``coined_brands``: a coined name "<Letter>-<word>" in emphasis after a naming verb ("called the *Q-drevin*");
- ``published``: titles of works right after a verb of writing or publishing, or a
  possessive and a noun of a written work ("His book On …");
- ``title_openers``: where such a title opens: "titled" after a noun of a written work, the
  verb's own object and "as" before it ("published her tables in 1860 as …");
- ``apposed_names``: a name that goes on in lowercase, set between commas after an opening
  "Its best-known product," (and a type cue: a product);
- ``variant_names``: a lowercase word hyphened to an acronym the text uses;
- ``subtitled``: a work's title with a subtitle and a year in brackets;
- ``isotopes``: an element and its mass number;
- ``term_aliases``: other names given to a term set in emphasis ("…, also called …");
- ``terms``: lowercase noun-phrase terms;
- ``rare_words``: one lowercase word rare in English, a term when the text uses it so;
- ``rare_shapes``: (term23) a coined word written once in a prepositional phrase, "a method
  of skelmering", and a hyphened compound of common words written twice, "tar-lashing";
- ``mass_nouns``: a less common lowercase word written bare in several sentences and never
  counted, a substance, disease or technique ("lectured on leprosy");
- ``digit_names``: a name opening with a digit where a name stands ("bought by 7Q");
- ``firm_pairs``: a firm named "A and B" that an apposition calls a firm ("Quenby and Will, a
  Leeds firm", probe20; for ``junctions``);
- ``group_actions``: a group's action named by its members' plural possessive ("the dockers'
  revolt", probe20);
- ``replacements``: a term seen once that replaced a kept term ("replaced sand casting
  with varnography");
- ``role_surnames``: a frequent surname kept alone for the person named in full after "the"
  and a role noun ("the Tolmarsh clockmaker Jules Cook … Cook's", alias21);
- ``skill_objects``: a rare word seen once as what someone learned, taught or practised
  ("she learned varnography");
- ``term_cues``: cues that keep a lowercase term seen in one sentence only;
- ``made_terms``: a term seen once that a named maker introduces or owns ("Ruth Tallis
  introduced a graded toll scale");
- ``selection``: which candidate forms become entities;
- ``singletons``: a one-word name written once, mid-sentence, on its own, kept;
- ``article_shorts``: a capitalised word after "the" that opens one longer "… of …" name;
- ``fragments``: names that are pieces of longer names or adjectives, and terms ending in
  an irregular past verb ("hawser sold"), dropped;
- ``pieces``: pieces of text that look like entities but are not;
- ``symbols``: a unit symbol after a number ("4.2 K") and the element symbols of a formula,
  which are no names;
- ``gazetteer``: every occurrence of the chosen forms, longest match first.
"""
