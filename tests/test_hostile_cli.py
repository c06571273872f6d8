"""The `kg` command line against careless or hostile input (fuzz19): one clear line, nothing lost.

Each case was found by hand and failed before its fix: an export over a path that is not a plain
file replaced it (as root, ``-o /dev/null`` swapped the device node for a regular file), an export
into a path under a file ended in "unexpected error", a questions file holding an unpaired
surrogate or nothing but control characters, a ``--url`` that urllib cannot take, a service that
does not speak HTTP, a query of bytes that are not UTF-8, and standard output on a full disk.
"""

from __future__ import annotations

import io
import json
import os
import socket
import threading

import pytest

from kg.errors import InputError, QueryError, ServiceError
from web.cli import main
from web.evaluate import RemoteSearch, load_questions


def _one_line(capsys, argv: list[str], status: int = 1) -> str:
    assert main(["--quiet", *argv]) == status
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err and "unexpected error" not in err, err
    return err


def test_export_through_a_symlink_writes_its_target_and_keeps_the_link(small_store, tmp_path, capsys):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert main(["--quiet", "export", "--store", str(small_store), "--format", "json", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text())["nodes"]


def test_export_into_a_named_pipe_writes_into_it_and_keeps_it_a_pipe(small_store, tmp_path, capsys):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    try:
        status = main(["--quiet", "export", "--store", str(small_store), "--format", "json", "-o", str(pipe)])
    finally:
        if reader.is_alive():  # without the fix nobody opens the pipe: release the reader
            fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        reader.join(10)
    assert status == 0
    assert pipe.is_fifo()
    assert json.loads(got[0])["nodes"]


def test_export_under_a_file_is_one_line(small_store, tmp_path, capsys):
    (tmp_path / "plain").write_text("x")
    err = _one_line(capsys, ["export", "--store", str(small_store), "--format", "gexf", "-o",
                             str(tmp_path / "plain" / "graph.gexf")])
    assert "cannot write" in err and "plain" in err


def test_full_standard_output_is_one_line(small_store, capsys, monkeypatch):
    class Full(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(io.BufferedWriter(Full())))
    err = _one_line(capsys, ["search", "grafting", "--store", str(small_store)])
    assert "No space left on device" in err


def test_a_query_that_is_not_utf8_is_refused(small_store, capsys):
    # argv holds b"\xff" as the lone surrogate "\udcff" (Python's surrogateescape)
    err = _one_line(capsys, ["search", "graft\udcff", "--store", str(small_store), "--json"])
    assert "UTF-8" in err


@pytest.mark.parametrize(
    "question, fragment",
    [
        ({"question": "\ud800 graft", "answers": ["x"]}, "surrogate"),
        ({"question": "graft", "answers": ["\udc00"]}, "surrogate"),
        ({"question": "graft", "answers": ["x"], "kind": "\udfff"}, "surrogate"),
        ({"question": "\u0000\u0001", "answers": ["x"]}, "non-empty"),
    ],
)
def test_questions_the_report_cannot_print_or_the_service_would_refuse(tmp_path, question, fragment):
    path = tmp_path / "q.json"
    path.write_text(json.dumps([question]), encoding="utf-8")
    with pytest.raises(InputError, match=fragment):
        load_questions(path)


def test_questions_nested_too_deep_are_refused(tmp_path):
    path = tmp_path / "q.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="cannot read questions"):
        load_questions(path)


def test_a_good_questions_file_still_loads(tmp_path):
    path = tmp_path / "q.json"
    path.write_text(json.dumps([{"question": "Who grafted\tit?", "answers": ["Tovel Quarrin"]}]), encoding="utf-8")
    assert load_questions(path)[0]["id"] == "q1"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:abc", "http://[::1", "http://[zz]:1", "http://a b", "http://127.0.0.1:0",
     "http://127.0.0.1:8000?x=1", "http://127.0.0.1:8000#top", "http://host\n"],
)
def test_urls_urllib_cannot_take_are_refused(url):
    with pytest.raises(QueryError, match="--url"):
        RemoteSearch(url)


def test_a_plain_url_is_taken():
    assert RemoteSearch("http://[::1]:8000/").base == "http://[::1]:8000"


@pytest.mark.parametrize(
    "answer",
    [b"HELLO THERE\r\n\r\n",  # no HTTP
     b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"results\": [",  # cut short
     b"HTTP/1.1 200 OK\r\n" + b"X: a\r\n" * 200 + b"\r\n",  # more headers than http.client reads
     b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"[" * 100000],  # JSON too deep
)
def test_a_service_that_does_not_answer_http_is_a_service_error(answer):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]

        def answer_once():
            conn, _ = server.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(answer)

        thread = threading.Thread(target=answer_once, daemon=True)
        thread.start()
        with pytest.raises(ServiceError):
            RemoteSearch(f"http://127.0.0.1:{port}", timeout=5).search("graft", k=3)
        thread.join(5)


@pytest.mark.parametrize("store", ["{tmp}/plain", "{tmp}/plain/store", "{tmp}/notes"])
def test_a_store_path_that_cannot_be_written_is_refused_before_the_build(tmp_path, capsys, monkeypatch, store):
    (tmp_path / "plain").write_text("x")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("keep me")
    article = tmp_path / "a.md"
    article.write_text("# Wells\n\nThe Quessaby well was dug in 1712.\n")

    def no_build(*args, **kwargs):
        raise AssertionError("the build started before the store path was checked")

    monkeypatch.setattr("web.build.input_documents", no_build)
    err = _one_line(capsys, ["build", str(article), "--store", store.format(tmp=tmp_path)])
    assert "plain" in err or "notes" in err
    assert (tmp_path / "notes" / "mine.txt").read_text() == "keep me"
