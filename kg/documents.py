"""Reads text and Markdown files (or folders of them) into :class:`~kg.model.Document` records.

The text of a document is the file decoded as UTF-8, without a leading byte-order mark and
with ``\\r\\n`` (and lone ``\\r``) line endings turned into ``\\n``; every span elsewhere indexes
into that text.
"""

from __future__ import annotations

import logging
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.splitter import looks_like_heading, split_document

log = logging.getLogger(__name__)

SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Reads every document named by ``paths``.

    A folder contributes its ``.txt``, ``.md`` and ``.markdown`` files, recursively, in sorted
    order, skipping hidden files and folders; an empty file inside a folder is skipped with a
    warning. A file named twice is read once.

    Args:
        paths: files or folders.

    Returns:
        The documents, in the order given, with ids unique within the call.

    Raises:
        InputError: no paths were given, or a path is missing, of an unsupported kind, not
            UTF-8, empty, or a folder without any readable document.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise InputError("no input documents given")
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        mode = _mode(path)
        if stat.S_ISDIR(mode):
            found = _folder_files(path)
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .md documents")
            files.extend(found)
        elif stat.S_ISREG(mode):
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(
                    f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                    "expected .txt, .md or .markdown")
            files.append(path)
        else:
            raise InputError(f"{path}: not a file or folder (a pipe, device or socket)")
    explicit = {Path(p).resolve() for p in paths}
    documents: list[Document] = []
    seen: set[Path] = set()
    used: set[str] = set()
    for path in files:
        key = path.resolve()
        if key in seen:
            log.info("%s: listed more than once, read once", path)
            continue
        seen.add(key)
        text = _read_text(path)
        if not text.strip():
            if key in explicit:
                raise InputError(f"{path}: file is empty")
            log.warning("%s: empty file skipped", path)
            continue
        documents.append(_document(path, text, used))
    if not documents:
        raise InputError(f"{paths[0]}: no readable documents")
    return documents


def slugify(text: str) -> str:
    """Lowercases, folds accents, and turns each run of other characters into ``-``.

    Args:
        text: any text, typically a file stem.

    Returns:
        The slug, or ``"document"`` when nothing alphanumeric is left.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-") or "document"


def _mode(path: Path) -> int:
    """The kind bits of what ``path`` names, following links.

    Raises:
        InputError: it names nothing, or cannot be looked at. Before, ``/dev/null``, a named
            pipe and a link loop were all "no such file or folder", and a path in a folder the
            user may not enter an unexpected PermissionError.
    """
    try:
        return path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e


def _folder_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            found.append(path)
    return found


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {e.start})") from e
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(path: Path, text: str, used: set[str]) -> Document:
    base = f"document:{slugify(path.stem)}"
    doc_id, n = base, 1
    while doc_id in used:
        n += 1
        doc_id = f"{base}-{n}"
    used.add(doc_id)
    draft = Document(id=doc_id, path=str(path), title=path.stem, text=text)
    return Document(id=doc_id, path=str(path), title=_title(draft), text=text)


def _title(doc: Document) -> str:
    """The first heading; for plain text only when it is on the first non-empty line."""
    sections, _ = split_document(doc)
    stripped = doc.text.lstrip()
    first_start = len(doc.text) - len(stripped)
    first_end = first_start + len(stripped.split("\n", 1)[0])
    markdown = Path(doc.path).suffix.lower() in {".md", ".markdown"}
    if sections and (markdown or sections[0].char_start < first_end):
        return sections[0].title
    first_line = doc.text[first_start:first_end].strip()
    if not markdown and looks_like_heading(first_line):
        return first_line
    return Path(doc.path).stem
