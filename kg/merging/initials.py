"""Whether an acronym spells a long form: the letters an acronym spells (:func:`letters`), the
initials of the long form's words (:func:`initials_match`) and the Schwartz–Hearst fallback
(:func:`schwartz_hearst`), used by :mod:`kg.merging.acronyms` to find acronym definitions.

The letters of the acronym are matched to the initials of the long form's words, where small
function words may be skipped and each part of a hyphenated word may give a letter
("research and development (R&D)", "slow-release fertiliser (SRF)"). When initials do not
fit, the Schwartz–Hearst rule (each letter found, right to left, inside the long form, the
first one at a word start) is tried on a short window, so "grid-scale batteries
(GRIBs)" is found too.
"""

from __future__ import annotations

import re

from kg.words import lexicon as lx
from kg.words.tokens import Token, fold

# diag15k (:func:`reordered_before`): three bodies' acronyms on kilogram_history_factual are
# those of their French names; each joins its English name (alias unity .60 → .75 with the
# name-run fixes of kg.finders.junctions); no other acronym of the 61 texts moved.

__all__ = ["initials_match", "letters", "partner_initials", "reordered_before", "schwartz_hearst"]


def letters(acronym: str) -> str:
    """The letters an acronym spells, lowercase, without a plural "s" ("CPUs" → "cpu")."""
    core = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") and acronym[-2].isupper() \
        else acronym
    return "".join(c for c in core if c.isalnum()).casefold()


def _parts(tokens: list[Token]) -> list[tuple[str, bool]]:
    """Word parts of the tokens with a flag: True when the part follows a hyphen."""
    out = []
    for tok in tokens:
        if tok.text == "&":
            continue  # "Board of Trade & Canal Survey (BT&CS)": "&" is "and", a skipped word
        for k, p in enumerate(re.split(r"-", fold(tok.base))):
            if p:
                out.append((p, k > 0))
    return out


def initials_match(acr: str, tokens: list[Token]) -> bool:
    """True when the acronym's letters are the initials of the tokens' words.

    Function words may give a letter or be skipped; a hyphen part may be skipped; the first
    word must give the first letter.
    """
    words = _parts(tokens)
    if not words or not acr or words[0][0][0] != acr[0]:
        return False

    def fit(li: int, wi: int) -> bool:
        if wi == len(words):
            return li == len(acr)
        word, after_hyphen = words[wi]
        if li < len(acr) and word[0] == acr[li] and fit(li + 1, wi + 1):
            return True
        digits = re.search(r"\d+$", word)  # "Edition³ Draft …" spells "E3D…"
        if digits and li < len(acr) and word[0] == acr[li] and \
                acr.startswith(digits.group(), li + 1) and fit(li + 1 + len(digits.group()), wi + 1):
            return True
        return (word in lx.ACRONYM_SKIPS or after_hyphen) and fit(li, wi + 1)

    return fit(0, 0)


def schwartz_hearst(acr: str, text: str) -> int | None:
    """Start (in ``text``) of the shortest long form that spells ``acr``, else None."""
    s, pos = len(acr) - 1, len(text) - 1
    while s >= 0:
        c = acr[s]
        while pos >= 0 and (text[pos].casefold() != c or (
                s == 0 and pos > 0 and text[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    return text.rfind(" ", 0, pos + 2) + 1


def reordered_before(toks: list[Token], end: int, acr: str) -> int | None:
    """The start of the capitalised name ending at ``end`` whose acronym, given right after
    it in brackets, is that of its name in another language, its letters reordered: "the
    Board of Tolls and Dues (TBDD)", "the Weather Office for Harbours (OHWM)". The name is
    three to six capitalised words after "the", joined by small words (no "&"), one per letter
    of the acronym (four letters or more), and all of the acronym's letters but one begin its
    words, else None."""
    start, words = end, []
    while start > 0 and (toks[start - 1].is_word and toks[start - 1].is_cap
                         or toks[start - 1].lower in lx.ACRONYM_SKIPS and start > 1
                         and toks[start - 2].is_cap and toks[start - 1].lower != "the"):
        start -= 1
        if toks[start].is_cap:
            words.append(fold(toks[start].text)[0])
    if len(acr) < 4 or len(words) != len(acr) or not 3 <= len(words) <= 6 or toks[start].is_acronym \
            or start == 0 or toks[start - 1].lower != "the" or any(t.text == "&" for t in toks[start:end]):
        return None
    left = list(acr)
    for w in words:
        if w in left:
            left.remove(w)
    return start if len(left) <= 1 and words[-1] in acr and words[0] != acr[0] else None


# "&" abbreviations of common nouns, never a partners' initials ("spent on R&D"; rev18e)
_COMMON_AMPERSANDS = frozenset(f"{a} & {b}" for a, b in (
    "rd", "qa", "ma", "bb", "rb", "pl", "ae", "hs", "fb", "tc", "dd", "gt", "bw", "ar", "om", "st"))


def partner_initials(key: tuple) -> list[str]:
    """The initials of a name of two or more words ("vhf"), and for a firm named for its
    partners with "&" those initials joined by it, as the acronym's key writes them ("Varrel &
    Oskin" → "v & o", for "V&O"; probe18: the initials alone, "vo", are too short to be
    read). Measured (``--held-out --ours``, 36 development sets and 34 probes, every entity,
    alias and mention dumped): the sliderule probe's "K&E" found and joined to its firm (alias
    unity .80 → .85); no other text moved. Review rev18e: not the initials of a common noun
    ("Rell & Dorran … spent heavily on R&D" had joined the research to the firm), no figure
    moved."""
    words = [w for w in key if w not in lx.ACRONYM_SKIPS]
    out = ["".join(w[0] for w in words)] if len(words) >= 3 else []
    if "&" in key and key[0] != "&" and key[-1] != "&":
        cut = key.index("&")
        parts = ["".join(w[0] for w in side if w not in lx.ACRONYM_SKIPS)
                 for side in (key[:cut], key[cut + 1:])]
        if all(parts) and " & ".join(parts) not in _COMMON_AMPERSANDS:
            out.append(" & ".join(parts))
    return out
