"""The `kg` command line, called in-process through its `main(argv)`."""

from __future__ import annotations

import json
import shutil

import pytest

from web.cli import main

from conftest import CORPUS


def test_build_search_and_export(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["--quiet", "build", str(CORPUS / "harbour.md"), "--store", str(store)]) == 0
    assert "claims" in capsys.readouterr().out
    assert (store / "manifest.json").is_file()

    assert main(["--quiet", "search", "When was the lighthouse trust founded?", "--store", str(store),
                 "-k", "5", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert len(answer["results"]) == 5
    assert any("founded in 1998" in r["text"] for r in answer["results"])
    assert all(r["neighbours"] for r in answer["results"])

    out = tmp_path / "graph.gexf"
    assert main(["--quiet", "export", "--store", str(store), "--format", "gexf", "-o", str(out)]) == 0
    assert out.read_bytes().lstrip().startswith(b"<?xml")
    assert b"gexf.net/1.3" in out.read_bytes()[:500]


def test_search_prints_readable_results(small_store, capsys):
    assert main(["--quiet", "search", "How is rare fruit kept alive?", "--store", str(small_store), "-k", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [")
    assert "Grafting" in out


def test_export_json_to_stdout(small_store, capsys):
    assert main(["--quiet", "export", "--store", str(small_store), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {node["kind"] for node in data["nodes"]}
    assert {"document", "section", "claim", "entity"} <= kinds


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["search", "anything", "--store", "{missing}"], "no store"),
        (["export", "--format", "gexf", "--store", "{missing}"], "no store"),
        (["build", "{missing}/nothing.txt", "--store", "{tmp}/s"], "nothing.txt"),
        (["build", "{tmp}/image.png", "--store", "{tmp}/s"], "image.png"),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, capsys, argv, fragment):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    argv = [a.format(missing=tmp_path / "missing", tmp=tmp_path) for a in argv]
    assert main(["--quiet", *argv]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    assert fragment.lower() in err.lower()


def test_damaged_store_is_refused_naming_the_file(small_store, tmp_path, capsys):
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    with open(store / "graph.pickle", "r+b") as f:
        f.seek(10)
        f.write(b"#")
    assert main(["--quiet", "export", "--store", str(store), "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert "graph.pickle" in err and "Traceback" not in err


def test_bad_arguments_exit_with_usage(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--format", "pdf"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_a_malformed_command_line(capsys, tmp_path, port):
    """Like ``--threads 0`` or ``-k 500``: status 2 with the usage, before any store is read."""
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--store", str(tmp_path / "none"), "--port", port])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "usage: kg serve" in err and "--port" in err and "65535" in err
