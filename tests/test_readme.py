"""README.md documents every route the app serves and every option of the command line."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

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
