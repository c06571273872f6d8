"""Odd inputs and an early Ctrl-C on the command line, found by fuzzing (fuzz21).

Before: ``kg build /dev/null``, a named pipe and a link loop all said "no such file or folder";
a path the user may not look at ended in "unexpected error: PermissionError"; and ``kg --help``
or any usage error imported the whole build (the model's and FAISS's modules: 2.4 s), so a
Ctrl-C in those seconds ended in a traceback.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.documents import read_documents
from kg.errors import InputError, KGError

ROOT = Path(__file__).resolve().parents[1]


def test_a_named_pipe_is_named_as_such_not_as_missing(tmp_path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match=r"feed\.txt: not a file or folder \(a pipe, device or socket\)"):
        read_documents([pipe])


def test_a_link_loop_is_named_as_such_not_as_missing(tmp_path):
    (tmp_path / "one.txt").symlink_to(tmp_path / "two.txt")
    (tmp_path / "two.txt").symlink_to(tmp_path / "one.txt")
    with pytest.raises(InputError, match=r"one\.txt: cannot read \(Too many levels of symbolic links\)"):
        read_documents([tmp_path / "one.txt"])


def test_a_path_that_cannot_be_looked_at_is_one_input_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked" / "notes.txt"
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(InputError, match=r"notes\.txt: cannot read \(Permission denied\)"):
        read_documents([locked])


def test_a_missing_file_is_still_missing(tmp_path):
    with pytest.raises(InputError, match=r"gone\.txt: no such file or folder"):
        read_documents([tmp_path / "gone.txt"])
    (tmp_path / "plain.txt").write_text("x")
    with pytest.raises(InputError, match=r"plain\.txt/under\.txt: no such file or folder"):
        read_documents([tmp_path / "plain.txt" / "under.txt"])


def test_the_command_line_is_parsed_without_loading_the_build():
    code = (
        "import sys; from web.cli import _parser; _parser().parse_args(['search', 'x']); "
        "print(sorted(m for m in ('index', 'faiss', 'web.build', 'kg.entities') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert done.stdout.strip() == "[]"


def test_the_default_store_is_the_checkouts_data_store(monkeypatch):
    from web.cli import _parser

    monkeypatch.delenv("KG_STORE", raising=False)
    assert _parser().parse_args(["search", "x"]).store == ROOT / "data" / "store"


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "web.cli", *args], check=False, cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}, timeout=300)


def test_quiet_means_quiet_and_libraries_do_not_log_their_loading(small_store, tmp_path):
    article = tmp_path / "guild.txt"
    article.write_text("The Ostrel Lantern Guild met in Varnholt. Hulda Pemberwick led it.\n", encoding="utf-8")
    built = _kg("build", str(article), "--store", str(tmp_path / "store"), "-q")
    assert built.returncode == 0 and built.stderr == ""  # was "DEBUG bm25s: Building index from IDs"
    searched = _kg("search", "lantern", "--store", str(small_store), "-k", "1")
    assert searched.returncode == 0
    assert "faiss.loader" not in searched.stderr and "bm25s" not in searched.stderr
    assert "INFO web.loading: loaded" in searched.stderr  # the service's own progress still shows


def test_a_folder_that_refuses_new_folders_is_refused_before_the_build(tmp_path):
    # /proc takes no folders, yet access() says root may write it: the build ran, then failed.
    from index.store import check_writable

    with pytest.raises(KGError, match=r"cannot write store /proc/kg-store: /proc is not writable"):
        check_writable("/proc/kg-store")
    check_writable(tmp_path / "store")  # a writable place still passes
    assert [p.name for p in tmp_path.iterdir()] == []  # and the probe leaves nothing behind


def test_kg_search_cleans_control_characters_as_the_api_does(small_store, engine, capsys):
    import json

    from web import create_app
    from web.cli import main

    assert main(["search", "\x01\x02 \x7f", "--store", str(small_store)]) == 1  # was searched
    assert capsys.readouterr().err.strip().splitlines()[-1] == "kg search: error: the query is empty"
    assert main(["search", "lantern\x00makers", "--store", str(small_store), "--json", "-k", "3"]) == 0
    printed = json.loads(capsys.readouterr().out)
    client = create_app({"TESTING": True, "ENGINE": engine}).test_client()
    served = client.get("/api/search", query_string={"q": "lantern\x00makers", "k": 3}).get_json()
    assert printed["query"] == served["query"] == "lantern makers"
    assert [r["id"] for r in printed["results"]] == [r["id"] for r in served["results"]]
