"""Tests for kg.documents.read_documents: decoding, ids, titles and input errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import read_documents, slugify
from kg.errors import InputError
from kg.splitter import split_document

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "article.txt"


def test_reads_bundled_article():
    (doc,) = read_documents([ARTICLE])
    assert doc.id == "document:article"
    assert doc.title == "Anthropic AI Safety: Why Success Is the Key to Making AI Safe"
    assert doc.text == ARTICLE.read_text(encoding="utf-8")
    assert doc.path == str(ARTICLE)


def test_bom_and_crlf_are_normalised_and_spans_index_the_result(tmp_path):
    path = tmp_path / "Notes.txt"
    path.write_bytes("\ufeffHello There\r\n\r\nFirst one. Second one.\r\n".encode("utf-8"))
    (doc,) = read_documents([path])
    assert doc.text == "Hello There\n\nFirst one. Second one.\n"
    assert doc.title == "Hello There"
    _, sentences = split_document(doc)
    assert [(s.text, doc.text[s.char_start:s.char_end]) for s in sentences] == [
        ("First one.", "First one."), ("Second one.", "Second one.")]
    assert sentences[0].char_start == doc.text.index("First")


def test_titles(tmp_path):
    (tmp_path / "a.md").write_text("Intro para.\n\n## Sub Heading\n\nText.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("This first line is a sentence.\n\nMore.\n", encoding="utf-8")
    (tmp_path / "c.markdown").write_text("Main\n====\n\nText.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("# Marked Title\n\nText.\n", encoding="utf-8")
    docs = read_documents([tmp_path])
    assert [(d.id, d.title) for d in docs] == [
        ("document:a", "Sub Heading"), ("document:b", "b"), ("document:c", "Main"),
        ("document:d", "Marked Title")]


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("Aye.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Git.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    docs = read_documents([str(tmp_path)])
    assert [d.text for d in docs] == ["Aye.", "Zed."]


def test_ids_are_slugs_made_unique(tmp_path):
    for folder in ("one", "two", "three"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "My Report (Final).txt").write_text(f"Text {folder}.", encoding="utf-8")
    docs = read_documents([tmp_path / "one", tmp_path / "two", tmp_path / "three"])
    assert [d.id for d in docs] == [
        "document:my-report-final", "document:my-report-final-2", "document:my-report-final-3"]


def test_same_file_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Once.", encoding="utf-8")
    assert len(read_documents([path, str(path)])) == 1


@pytest.mark.parametrize("stem, slug", [
    ("Article", "article"), ("Über Café", "uber-cafe"), ("--", "document"), ("a_b.c", "a-b-c")])
def test_slugify(stem, slug):
    assert slugify(stem) == slug


def _error(paths) -> str:
    with pytest.raises(InputError) as info:
        read_documents(paths)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_error_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert str(missing) in _error([missing])


def test_error_unsupported_extension(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    message = _error([path])
    assert str(path) in message and ".pdf" in message


def test_error_not_utf8(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("café crème".encode("latin-1"))
    message = _error([path])
    assert str(path) in message and "UTF-8" in message


def test_error_empty_file(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text(" \n\t\n", encoding="utf-8")
    assert str(path) in _error([path])


def test_error_folder_without_documents(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    assert str(tmp_path) in _error([tmp_path])


def test_error_folder_with_only_empty_documents(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    assert str(tmp_path) in _error([tmp_path])


def test_error_no_paths():
    assert "no input" in _error([])


def test_error_undecodable_file_inside_folder(tmp_path):
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert str(bad) in _error([tmp_path])


def test_a_build_of_the_bundled_article_records_its_repository_path_not_this_machines(tmp_path):
    from web.build import BUNDLED_PATH, input_documents

    (bundled,) = input_documents(None)
    assert bundled.path == BUNDLED_PATH == "data/article.txt"
    assert bundled.text == read_documents([ARTICLE])[0].text
    given = tmp_path / "notes.txt"
    given.write_text("Tessby has a mill.\n", encoding="utf-8")
    assert [d.path for d in input_documents([given])] == [str(given)]
