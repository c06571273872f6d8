"""A Ctrl-C during the first moments of any ``kg`` command ends with one line and status 130.

Before, the console script imported ``web.cli`` (and with it ``web``, which imports Flask, ~0.3 s)
before ``main()`` could catch KeyboardInterrupt, so an early Ctrl-C printed a Python traceback.
"""

from __future__ import annotations

import builtins
import configparser
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kg import command as kg_command

ROOT = Path(__file__).resolve().parents[1]

# Sends the process a real SIGINT while `web` imports Flask: the moment the traceback came from.
# Python's own SIGINT handler is installed first: a process started in the background from a
# non-interactive shell (as CI runs may be) inherits SIGINT as ignored, and then no
# KeyboardInterrupt would come (the first fresh-clone run of this test failed so).
_CHILD = textwrap.dedent(
    """
    import builtins, os, signal, sys
    signal.signal(signal.SIGINT, signal.default_int_handler)
    real = builtins.__import__
    def hook(name, *args, **kwargs):
        if name == "flask":
            builtins.__import__ = real
            os.kill(os.getpid(), signal.SIGINT)
        return real(name, *args, **kwargs)
    builtins.__import__ = hook
    sys.argv = ["kg", "search", "lantern"]
    from kg import command as kg_command
    sys.exit(kg_command.main())
    """
)


def test_the_console_script_is_the_guarded_entry():
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    scripts = [line.strip() for line in setup["options.entry_points"]["console_scripts"].splitlines()]
    assert "kg = kg.command:main" in scripts


def test_an_interrupt_while_flask_is_imported_is_one_line_and_130():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 130, done.stderr
    assert done.stderr.splitlines() == ["kg: interrupted"], done.stderr


def test_an_interrupt_raised_by_the_import_of_the_cli_is_caught(monkeypatch, capsys):
    real = builtins.__import__

    def interrupted(name, *args, **kwargs):
        if name == "web.cli":
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    assert kg_command.main() == 130
    assert capsys.readouterr().err == "kg: interrupted\n"


def test_without_an_interrupt_the_command_runs(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["kg", "--help"])
    try:
        kg_command.main()
    except SystemExit as e:  # argparse's --help
        assert e.code == 0
    assert "build" in capsys.readouterr().out
