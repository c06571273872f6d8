"""Where ``kg export -o`` and ``kg build --store`` write, against odd paths (review rev19d).

Each case failed before its fix: a private (0600) export target came back world-readable (0644);
a read-only file was replaced by a user who may not write it; a stale ``.name.tmp`` symbolic link
was followed, writing through it elsewhere; a symbolic link loop was replaced by a file;
``/dev/stdout`` on a pipe (a ``/proc/self/fd`` link) was resolved to a path that does not exist
instead of written in place; ``-o -`` wrote a file named "-"; a store under a folder the user may
not enter ended in "unexpected error: PermissionError"; a dangling link as the store passed the
check and failed after the build.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from index.store import check_writable
from kg.errors import KGError
from web.cli import main
from web.cliargs import write_output

NOBODY = 65534


def _new(out) -> None:
    out.write(b"NEW")


def _outcome(fn) -> str:
    try:
        fn()
    except KGError as e:
        return f"refused: {e.message}"
    except Exception as e:  # noqa: BLE001 (what the CLI would print as "unexpected error")
        return f"other: {type(e).__name__}: {e}"
    return "ok"


def _as_unprivileged(fn) -> str:
    """``_outcome(fn)`` as a user without root's rights (root ignores permissions)."""
    if os.geteuid() != 0:
        return _outcome(fn)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, report, and leave without pytest's teardown
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write, _outcome(fn).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as answer:
        said = answer.read().decode()
    os.waitpid(pid, 0)
    return said


@pytest.fixture
def open_dir():
    """A folder any user may enter and write (pytest's tmp_path is root's own when root)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-rev19d-"))
    folder.chmod(0o777)
    yield folder
    for sub in folder.rglob("*"):
        if sub.is_dir() and not sub.is_symlink():
            sub.chmod(0o755)
    shutil.rmtree(folder)


def test_a_private_file_stays_private(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("old")
    target.chmod(0o600)
    write_output(target, _new)
    assert target.read_bytes() == b"NEW"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_read_only_file_is_not_replaced_by_who_may_not_write_it(open_dir):
    target = open_dir / "graph.json"
    target.write_text("old")
    if os.geteuid() == 0:
        os.chown(target, NOBODY, NOBODY)
    target.chmod(0o444)
    said = _as_unprivileged(lambda: write_output(target, _new))
    assert said.startswith("refused: cannot write") and "graph.json" in said, said
    assert target.read_text() == "old"


def test_a_stale_temporary_link_is_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    (tmp_path / ".graph.json.tmp").symlink_to(elsewhere)
    write_output(tmp_path / "graph.json", _new)
    assert elsewhere.read_text() == "keep me"
    assert not (tmp_path / "graph.json").is_symlink()
    assert (tmp_path / "graph.json").read_bytes() == b"NEW"


def test_a_symlink_loop_is_refused_and_kept(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(KGError, match="cannot write"):
        write_output(first, _new)
    assert first.is_symlink() and second.is_symlink()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_a_descriptor_link_to_a_pipe_is_written_in_place(tmp_path):
    # what `kg export -o /dev/stdout | …` meets: /dev/stdout → /proc/self/fd/1 → "pipe:[…]"
    read, write = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{write}")
    try:
        write_output(link, _new)
    finally:
        os.close(write)
    with os.fdopen(read, "rb") as pipe:
        assert pipe.read() == b"NEW"


def test_dash_is_standard_output(small_store, tmp_path, monkeypatch, capsysbinary):
    monkeypatch.chdir(tmp_path)
    assert main(["--quiet", "export", "--store", str(small_store), "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["nodes"]
    assert not (tmp_path / "-").exists()


def test_a_store_under_a_folder_that_cannot_be_entered_is_one_clean_refusal(open_dir):
    locked = open_dir / "locked"
    locked.mkdir()
    locked.chmod(0o700 if os.geteuid() == 0 else 0)
    said = _as_unprivileged(lambda: check_writable(locked / "sub" / "store"))
    assert said.startswith("refused: cannot write store"), said


def test_a_dangling_link_as_the_store_is_refused_before_the_build(tmp_path):
    (tmp_path / "store").symlink_to(tmp_path / "gone")
    with pytest.raises(KGError, match="link"):
        check_writable(tmp_path / "store")


@pytest.mark.parametrize("store", ["new/deeper/store", "store/", "valid"])
def test_legitimate_store_paths_pass(tmp_path, monkeypatch, store):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "valid").mkdir()
    (tmp_path / "valid" / "manifest.json").write_text("{}")
    (tmp_path / "link").symlink_to(tmp_path / "valid")
    check_writable(store)
    check_writable(tmp_path / "link")  # raises if refused
