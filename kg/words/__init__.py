"""Words: the generic English resources and tokenising every later stage of extraction reads.

Nothing here looks at a document's structure; these are word tokens and word lists (stop words,
kind nouns, given names, adjectives of nationality), generic and keyed to no article. Modules:

- ``tokens``: word tokens with offsets, and the matching keys that make surface forms comparable;
- ``lexicon``: generic English word lists (function words, honorifics, months, suffixes …);
- ``kind_nouns``: the nouns that tell what kind of thing a name or a description names;
- ``given_names``: common given names, and which are women's or men's;
- ``demonyms``: adjectives of nationality, region and people ("Danish", "East Asian");
- ``person_words``: the words of a personal name around its first and last names (honorifics,
  initials, generational suffixes).
"""
