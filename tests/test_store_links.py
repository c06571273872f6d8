"""A store path that is a symbolic link to a folder: the rebuild goes into the link's target."""

from __future__ import annotations

import pytest

from index.store import check_writable, open_store, write_store
from kg.errors import StoreError


def _fill(tmp):
    (tmp / "graph.json").write_text('{"nodes": []}', encoding="utf-8")
    return {"model": "m"}


def _fill_other(tmp):
    (tmp / "graph.json").write_text('{"nodes": [1]}', encoding="utf-8")
    return {"model": "m2"}


def test_a_rebuild_through_a_link_writes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "disk" / "store"
    target.mkdir(parents=True)
    link = tmp_path / "store"
    link.symlink_to(target)
    write_store(link, _fill)
    write_store(link, _fill_other)
    assert link.is_symlink()
    assert open_store(target)["model"] == "m2"
    assert open_store(link)["model"] == "m2"
    # nothing left beside the link (no moved-aside link) or beside the target
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "store"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["store"]


def test_a_link_to_a_folder_of_other_files_is_refused_and_left_alone(tmp_path):
    target = tmp_path / "photos"
    target.mkdir()
    (target / "a.jpg").write_text("x")
    link = tmp_path / "store"
    link.symlink_to(target)
    with pytest.raises(StoreError, match="not a store"):
        check_writable(link)
    with pytest.raises(StoreError, match="not a store"):
        write_store(link, _fill)
    assert link.is_symlink() and (target / "a.jpg").read_text() == "x"

