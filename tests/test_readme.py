"""README.md documents every route the app serves and every option of the command line, and what it
documents exists: its command lines parse, its variables are read (with the defaults it gives),
its routes answer."""

from __future__ import annotations

import argparse
import ast
import os
import re
import shlex
from pathlib import Path

import pytest
from werkzeug.exceptions import MethodNotAllowed, NotFound

from web import create_app
from web.cli import _parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _documented(path: str) -> bool:
    """"/api/nodes/<path:node_id>" is documented as "/api/nodes/<id>" (any name inside <>)."""
    pattern = re.escape(re.sub(r"<[^>]*>", "\0", path)).replace("\\\x00", "\0").replace(
        "\0", r"<[^>]+>")
    return re.search(r"(?<![\w/])" + pattern + r"(?![\w/])", README) is not None


def test_every_route_is_in_the_readme(tmp_path):
    app = create_app({"STORE": str(tmp_path / "none"), "TESTING": True})
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule
        if "<fmt>" in path or path.startswith("/assets/"):  # formats named; the pages' files
            continue
        if not _documented(path):
            missing.append(path)
    assert missing == []


def test_every_command_line_option_is_in_the_readme():
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, sub in commands.choices.items():
        if name == "bench":  # its options are benchmarks/perf.py's
            continue
        assert f"kg {name}" in README
        for action in sub._actions:
            longs = [o for o in action.option_strings if o.startswith("--")]
            if longs and longs[0] not in {"--help", "--verbose", "--quiet"} and longs[0] not in README:
                missing.append(f"kg {name} {longs[0]}")
    assert missing == []


def _section(title: str) -> str:
    """The README's text under a ``##``/``###`` heading, up to the next heading of any level."""
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, title
    return match.group(1)


def _first_cells(section: str) -> list[str]:
    """The first cell of each row of the tables in a section (header and rule rows left out)."""
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")]
    return [cell for cell in rows if not re.fullmatch(r"-*|variable|route|mode|folder", cell)]


def test_every_command_line_example_parses():
    """Each `kg …` line of "The command line" is a command the parser accepts as written."""
    block = re.search(r"```sh\n(.*?)```", _section("The command line"), re.DOTALL).group(1)
    lines = [shlex.split(line, comments=True) for line in block.splitlines()]
    commands = [words[1:] for words in lines if words and words[0] == "kg"]
    assert len(commands) >= 6
    refused = []
    for argv in commands:
        try:
            _parser().parse_args(argv)
        except SystemExit:
            refused.append(" ".join(argv))
    assert refused == []


def test_a_command_line_example_the_parser_refuses_is_caught():
    with pytest.raises(SystemExit):
        _parser().parse_args(["export", "--format", "xml"])


def _config_rows() -> list[tuple[list[str], str]]:
    rows = []
    for line in _section("Configuration").splitlines():
        cells = [c.strip() for c in line.split("|")[1:-1]]
        names = re.findall(r"`(KG_\w+)`", cells[0]) if cells else []
        if names:
            rows.append((names, cells[1]))
    return rows


def _number(text: str) -> int | None:
    """"2000" → 2000, "1 MiB" → 1048576; None for a default that is not a number."""
    match = re.fullmatch(r"([\d,]+)( MiB)?", text.strip())
    if not match:
        return None
    return int(match.group(1).replace(",", "")) * (1 << 20 if match.group(2) else 1)


def _string_constants() -> set[str]:
    root = Path(__file__).resolve().parents[1]
    return {node.value for package in ("kg", "index", "web") for path in (root / package).rglob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_every_configuration_variable_is_read_with_the_documented_default(tmp_path, monkeypatch):
    """A variable is either named in the code (``os.environ``) or one of the app's config keys,
    which ``create_app`` reads as ``KG_<key>``; a numeric default is the app's own."""
    for name in [n for n in os.environ if n.startswith("KG_")]:
        monkeypatch.delenv(name)
    config = create_app({"STORE": str(tmp_path / "none"), "TESTING": True}).config
    constants = _string_constants()
    rows = _config_rows()
    assert len(rows) >= 6
    unread, wrong = [], []
    for names, defaults in rows:
        values = [_number(d) for d in defaults.split(", ")] if len(names) > 1 else [_number(defaults)]
        assert len(values) == len(names), names
        for name, value in zip(names, values):
            key = name.removeprefix("KG_")
            if name not in constants and key not in config:
                unread.append(name)
            elif value is not None and config.get(key) != value:
                wrong.append((name, value, config.get(key)))
    assert unread == []
    assert wrong == []


def test_every_variable_the_code_reads_is_in_the_configuration_table():
    documented = {name for names, _ in _config_rows() for name in names}
    read = {c for c in _string_constants() if re.fullmatch(r"KG_[A-Z_]+", c)}
    assert read, "the code names no KG_ variable"
    assert read - documented == set()


def test_every_documented_route_exists(tmp_path):
    """The reverse of test_every_route_is_in_the_readme: each route of the API table answers."""
    app = create_app({"STORE": str(tmp_path / "none"), "TESTING": True})
    urls = app.url_map.bind("localhost")
    documented = [(method, path) for cell in _first_cells(_section("The HTTP API"))
                  for method, path in re.findall(r"(GET|POST) (/[^\s`?]*)", cell)]
    assert len(documented) >= 12
    unknown = []
    for method, path in documented:
        try:
            urls.match(re.sub(r"<[^>]+>", "x", path), method=method)
        except (NotFound, MethodNotAllowed):
            unknown.append(f"{method} {path}")
    assert unknown == []
