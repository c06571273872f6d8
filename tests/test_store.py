"""Tests for index.store: atomic store folders with checksummed manifests."""

from __future__ import annotations

import fcntl
import json
import os

import numpy as np
import pytest

from index.parts import MANIFEST, part_path, verify_parts
from index.store import FORMAT_VERSION, open_store, write_store
from kg.errors import StoreError, StoreMissing


def _fill(tmp):
    (tmp / "graph.json").write_text('{"nodes": []}', encoding="utf-8")
    (tmp / "lexical").mkdir()
    (tmp / "lexical" / "vocab.json").write_text('{"a": 1}', encoding="utf-8")
    np.save(tmp / "vectors.npy", np.arange(12, dtype=np.float32).reshape(3, 4))
    return {"model": "m", "dimension": 4, "counts": {"claims": 3}}


def _siblings(dest):
    return sorted(p.name for p in dest.parent.iterdir() if p.name.startswith(f".{dest.name}."))


@pytest.fixture
def store(tmp_path):
    dest = tmp_path / "store"
    write_store(dest, _fill)
    return dest


def test_round_trip(store):
    manifest = open_store(store)
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == "m" and manifest["dimension"] == 4
    assert manifest["counts"] == {"claims": 3}
    assert set(manifest["parts"]) == {"graph.json", "lexical/vocab.json", "vectors.npy"}
    assert manifest["parts"]["graph.json"]["bytes"] == len('{"nodes": []}')
    assert "T" in manifest["created"]
    assert np.load(part_path(store, "vectors.npy"))[2, 3] == 11
    assert _siblings(store) == []


def test_extra_manifest_argument_and_replace(store):
    def fill(tmp):
        (tmp / "graph.json").write_text("{}", encoding="utf-8")

    manifest = write_store(store, fill, {"model": "other"})
    assert open_store(store)["model"] == "other"
    assert set(manifest["parts"]) == {"graph.json"}
    assert not (store / "vectors.npy").exists()
    assert _siblings(store) == []


def test_failing_fill_keeps_previous_store(store):
    before = (store / MANIFEST).read_bytes()

    def fill(tmp):
        (tmp / "graph.json").write_text("half", encoding="utf-8")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_store(store, fill)
    assert (store / MANIFEST).read_bytes() == before
    open_store(store)
    assert _siblings(store) == []


def test_reserved_field_rejected(tmp_path):
    with pytest.raises(ValueError, match="reserved"):
        write_store(tmp_path / "s", lambda tmp: {"parts": {}})
    assert not (tmp_path / "s").exists()


def test_stale_temp_and_interrupted_swap_are_cleaned(store):
    stale = store.parent / ".store.tmp-deadbeef"
    stale.mkdir()
    (stale / "junk").write_text("x")
    # A writer killed between its two renames leaves only the .old folder.
    store.rename(store.parent / ".store.old-cafebabe")
    # While another writer holds the lock, a reader is told to retry …
    lock = os.open(store.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(StoreMissing, match="interrupted"):
            open_store(store)
    finally:
        os.close(lock)
    # … and with no writer running, the reader itself puts the previous store back.
    assert open_store(store)["model"] == "m"
    assert _siblings(store) == []
    store.rename(store.parent / ".store.old-cafebabe")
    (store.parent / ".store.tmp-deadbeef").mkdir()

    def fail(tmp):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_store(store, fail)
    assert open_store(store)["model"] == "m"
    assert _siblings(store) == []


def test_refuses_to_replace_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a store"):
        write_store(tmp_path / "docs", _fill)
    assert (tmp_path / "docs" / "notes.txt").read_text() == "mine"


def test_missing_store(tmp_path):
    with pytest.raises(StoreMissing, match=str(tmp_path / "nothing")):
        open_store(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreMissing, match="empty"):
        open_store(tmp_path / "empty")


def test_truncated_part(store):
    path = store / "vectors.npy"
    path.write_bytes(path.read_bytes()[:-4])
    with pytest.raises(StoreError, match="vectors.npy.*truncated"):
        open_store(store)


def test_flipped_byte(store):
    path = store / "lexical" / "vocab.json"
    data = bytearray(path.read_bytes())
    data[3] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="vocab.json.*checksum"):
        open_store(store)
    open_store(store, verify=False)  # sizes still match: only the hash notices


def test_missing_part(store):
    (store / "graph.json").unlink()
    with pytest.raises(StoreError, match="graph.json.*missing"):
        open_store(store)


def test_bad_manifest_json(store):
    (store / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="manifest.json") as info:
        open_store(store)
    assert not isinstance(info.value, StoreMissing)


def test_manifest_without_parts(store):
    (store / MANIFEST).write_text(json.dumps({"format_version": FORMAT_VERSION}))
    with pytest.raises(StoreError, match="manifest.json.*missing keys"):
        open_store(store)


def test_wrong_format_version(store):
    manifest = json.loads((store / MANIFEST).read_text())
    manifest["format_version"] = FORMAT_VERSION + 1
    (store / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(StoreError, match=rf"manifest.json.*format {FORMAT_VERSION + 1}.*kg build"):
        open_store(store)


def test_part_name_cannot_escape(store):
    manifest = json.loads((store / MANIFEST).read_text())
    manifest["parts"]["../outside"] = {"sha256": "0" * 64, "bytes": 1}
    (store / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(StoreError, match="invalid part name"):
        open_store(store)


def _flip_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_verify_parts_checks_the_first_parts_at_once(store):
    _flip_byte(store / "graph.json")
    manifest = open_store(store, verify=False)  # sizes match: not caught yet
    with pytest.raises(StoreError, match=r"graph.json: checksum mismatch"):
        verify_parts(store, manifest, first=["graph.json"])


def test_verify_parts_reports_the_others_on_wait(store):
    _flip_byte(store / "vectors.npy")
    manifest = open_store(store, verify=False)
    pending = verify_parts(store, manifest, first=["graph.json", "not-a-part"])
    with pytest.raises(StoreError, match=r"vectors.npy: checksum mismatch"):
        pending.wait()


def test_verify_parts_of_a_sound_store(store):
    verify_parts(store, open_store(store, verify=False), first=["graph.json"]).wait()
