"""Splits a document into sections (its headings) and sentence-level claims.

Every span is exact: ``doc.text[s.char_start:s.char_end] == s.text`` for each sentence, and
the heading text of each section is ``doc.text[sec.char_start:sec.char_end]``.

The text is read line by line into blocks (headings, paragraphs, list items, table rows);
fenced code, horizontal rules, image lines and table separator rows are skipped. Headings
marked in Markdown (ATX ``#`` or setext underlines) are trusted; a document with no marked
heading has its headings guessed: a short standalone line without closing punctuation.
Paragraphs and list items are then cut into sentences by :mod:`kg.sentences` (its rules and
figures there), and a sentence longer than :data:`MAX_CLAIM_CHARS` is cut at ";", a line
break or a space.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from kg.model import Document, Section, Sentence, stable_id
from kg.sentences import _sentences, _strip

log = logging.getLogger(__name__)

MAX_CLAIM_CHARS = 1000

_ATX = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_IMAGE = re.compile(r"\s*!\[[^\]]*\]\([^)]*\)\s*$")
_ITEM = re.compile(r"[ \t]*(?:[-*+•‣◦▪●–—]|\d{1,3}[.)]|[a-z][.)]|[A-Z]\)|\(\w{1,3}\))[ \t]+(?=\S)")
_QUOTE = re.compile(r"[ \t]*>[ \t]?")

_HEADING_END = ".!?:;,…"


@dataclass
class _Block:
    kind: str  # "heading", "para", "item", "quote" or "row"
    start: int
    end: int
    level: int = 0
    lines: int = 1
    marked: bool = False


def split_document(doc: Document) -> tuple[list[Section], list[Sentence]]:
    """Splits a document into its sections and its sentence-level claims.

    Args:
        doc: the document; spans index into ``doc.text``.

    Returns:
        The sections in document order and the sentences in document order. Each sentence
        carries the id of the innermost section it lies in (None before the first heading).
    """
    blocks = _blocks(doc.text)
    _guess_headings(doc.text, blocks)
    sections: list[Section] = []
    sentences: list[Sentence] = []
    stack: list[Section] = []
    for block in blocks:
        if block.kind == "heading":
            while stack and stack[-1].level >= block.level:
                stack.pop()
            title = doc.text[block.start:block.end]
            order = len(sections)
            section = Section(
                id=stable_id("section", doc.id, title, str(order)), doc=doc.id, title=title,
                level=block.level, char_start=block.start, char_end=block.end, order=order,
                parent=stack[-1].id if stack else None,
            )
            sections.append(section)
            stack.append(section)
            continue
        current = stack[-1].id if stack else None
        spans = [(block.start, block.end)] if block.kind == "row" else _sentences(
            doc.text, block.start, block.end)
        first = len(sentences)
        for start, end in spans:
            for s, e in _cap(doc.text, start, end):
                sentences.append(Sentence(
                    text=doc.text[s:e], doc=doc.id, char_start=s, char_end=e, section=current,
                    order=len(sentences), list_item=block.kind == "item",
                    continues_item=block.kind == "item" and len(sentences) > first,
                ))
    log.debug("%s: %d sections, %d sentences", doc.id, len(sections), len(sentences))
    return sections, sentences


def looks_like_heading(line: str) -> bool:
    """Tells whether a standalone line of plain text reads as a heading.

    Args:
        line: one line, without its line break.

    Returns:
        True for a short line (at most 15 words, 120 characters) with a letter, not starting
        in lowercase and not ending in sentence punctuation (``. ! ? : ; , …``).
    """
    line = line.strip()
    if not line or len(line) > 120 or len(line.split()) > 15:
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or letters[0].islower():
        return False
    tail = line.rstrip("\"'”’»)]")
    return bool(tail) and tail[-1] not in _HEADING_END and line[-1] not in _HEADING_END


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line), line
        start += len(line) + 1


def _blocks(text: str) -> list[_Block]:
    """Reads the text into headings, paragraphs, list items and table rows, in order."""
    blocks: list[_Block] = []
    para: _Block | None = None
    fence = ""
    for s, e, line in _lines(text):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            continue
        if m := _FENCE.match(line):
            para, fence = None, m.group(1)[:3]
            continue
        if not line.strip():
            para = None
            continue
        if para and para.kind == "para" and para.lines == 1 and (m := _SETEXT.match(line)):
            para.kind, para.marked = "heading", True
            para.start, para.end = _unemphasise(text, para.start, para.end)
            para.level = 1 if m.group(1)[0] == "=" else 2
            para = None
            continue
        if _RULE.match(line) or _IMAGE.match(line) or _is_table_separator(line):
            para = None
            continue
        if m := _ATX.match(line):
            para = None
            content = _ATX_CLOSE.sub("", line[m.end():])
            hs, he = _unemphasise(text, *_strip(text, s + m.end(), s + m.end() + len(content)))
            if hs < he:
                blocks.append(_Block("heading", hs, he, level=len(m.group(1)), marked=True))
        elif line.lstrip().startswith("|"):
            para = None
            inner_start = s + line.index("|") + 1
            inner_end = s + line.rindex("|") if line.rstrip().endswith("|") else e
            rs, re_ = _strip(text, inner_start, max(inner_start, inner_end))
            if rs < re_:
                blocks.append(_Block("row", rs, re_))
        elif m := _ITEM.match(line):
            para = _Block("item", s + m.end(), e)
            blocks.append(para)
        elif m := _QUOTE.match(line):
            if para and para.kind == "quote":
                para.end, para.lines = e, para.lines + 1
            else:
                para = _Block("quote", s + m.end(), e)
                blocks.append(para)
        elif para:
            para.end, para.lines = e, para.lines + 1
        else:
            para = _Block("para", *_strip(text, s, e))
            blocks.append(para)
    return [b for b in blocks if b.start < b.end]


def _is_table_separator(line: str) -> bool:
    return "|" in line and "-" in line and set(line.strip()) <= set("|:- \t")


def _guess_headings(text: str, blocks: list[_Block]) -> None:
    """Marks standalone short lines as headings when the document marks none itself.

    The first block becomes a level-1 title if it reads as a heading, and every other guessed
    heading a level-2 section under it; without such a title all guessed headings are level 1.
    """
    if any(b.marked for b in blocks):
        return
    _split_lead_lines(text, blocks)
    titled = False
    for i, block in enumerate(blocks):
        if block.kind == "para" and block.lines == 1 and looks_like_heading(
                text[block.start:block.end]):
            block.kind = "heading"
            titled = titled or i == 0
            block.level = 1 if i == 0 or not titled else 2


def _split_lead_lines(text: str, blocks: list[_Block]) -> None:
    """Cuts a heading line off the paragraph it leads with no blank line between.

    Plain text often writes a section's heading straight above its first paragraph, "Floods and
    Repairs" then "In the spring of …" on the next line; read as one paragraph, the heading
    glued onto the first sentence made names of "Repairs In" and hid the sections. The first
    line is cut off when it reads as a heading, is at most 60 characters and less than half as
    long as the line after it: the first line of hard-wrapped prose fills the wrap width as the
    next one does, and an address or a verse keeps its lines short, so neither is cut.
    rev18g: nor is it cut when the first line ends in a word needing one after it or the next
    line goes on in lowercase (:func:`_opens_paragraph`), nor when the next line is the last and
    reads as a heading itself (a signature "Name" / "Clerk to the Board": both had become
    headings and the lines were lost from the claims).
    diag16c: invented_candle_soap_works (six such headings) and the tea probe (five); no other
    set has an unmarked paragraph of several lines.
    """
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if block.kind != "para" or block.lines < 2:
            continue
        cut = text.index("\n", block.start)
        nxt = text.find("\n", cut + 1, block.end)
        first, second = text[block.start:cut], text[cut + 1:block.end if nxt < 0 else nxt]
        if len(first.strip()) <= 60 and 2 * len(first.strip()) < len(second.strip()) \
                and looks_like_heading(first) and _opens_paragraph(first, second) \
                and not (block.lines == 2 and looks_like_heading(second)):
            rest = _Block("para", *_strip(text, cut + 1, block.end), lines=block.lines - 1)
            block.end, block.lines = _strip(text, block.start, cut)[1], 1
            blocks.insert(i + 1, rest)


_OPEN_ENDS = frozenset("""a an the and or but nor of to in on at by for with from into onto than that
which who whose whom as his her its their our my your""".split())


def _opens_paragraph(first: str, second: str) -> bool:
    """Tells whether ``second`` can open a paragraph under the heading line ``first``.

    rev18g: a sentence broken over two lines ("… sold to the firm of" / "Vantry Molkin and
    Sons, who …", or a dialogue line '"Come in"' / "said …") is no heading and its paragraph:
    the first line ends in a word that needs one after it, or the next line goes on in lowercase.
    """
    words = first.strip().split()
    opening = second.lstrip(" \t\"'“‘«([")
    return words[-1].lower() not in _OPEN_ENDS and not (opening and opening[0].islower())


def _unemphasise(text: str, start: int, end: int) -> tuple[int, int]:
    """Drops emphasis marks wrapping a whole heading (``**Title**``), keeping exact spans."""
    while end - start > 2 and text[start] in "*_`" and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return _strip(text, start, end)


def _cap(text: str, start: int, end: int):
    """Cuts an over-long span at ``;``, then a line break, then a space; exact spans."""
    while end - start > MAX_CLAIM_CHARS:
        window = text[start:start + MAX_CLAIM_CHARS]
        cut = start + MAX_CLAIM_CHARS
        for sep in (";", "\n", " "):
            k = window.rfind(sep)
            if k > MAX_CLAIM_CHARS // 4:
                cut = start + k + 1
                break
        a, b = _strip(text, start, cut)
        if a < b:
            yield a, b
        start, _ = _strip(text, cut, end)
    if start < end:
        yield start, end
