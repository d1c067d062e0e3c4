"""The command table: what `crmnote --help` lists before any command group is loaded agrees
with what the groups declare, and a command's parser is the same filled early or late."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from crmnote.cli import build_parser
from crmnote.cli.commands import COMMANDS, GROUPS


def declared() -> dict[str, tuple[str, str]]:
    """Command → (group, help) as the groups' own `add_*` functions declare them, in order."""
    found: dict[str, tuple[str, str]] = {}
    for group, function in GROUPS.items():
        sub = argparse.ArgumentParser().add_subparsers()
        getattr(importlib.import_module(f"crmnote.cli.{group}"), function)(sub)
        for action in sub._choices_actions:
            found[action.dest] = (group, action.help or "")
    return found


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_table_is_what_the_groups_declare() -> None:
    assert list(COMMANDS.items()) == list(declared().items())


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_command_parses_alike_filled_early_or_late(command: str) -> None:
    early = subparsers(build_parser())[command]
    late = subparsers(build_parser(filled=False))[command]
    assert late.format_help() == early.format_help()
    assert [a.dest for a in late._actions] == [a.dest for a in early._actions]


def _loaded_after(words: list[str]) -> tuple[str, set[str]]:
    probe = (
        "import sys; from crmnote.cli import main\n"
        f"try:\n    main({words!r})\nexcept SystemExit:\n    pass\n"
        "print('LOADED', ' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    out, _, loaded = done.stdout.rpartition("LOADED ")
    return out, set(loaded.split())


@pytest.mark.parametrize("words", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_group(words: list[str]) -> None:
    out, loaded = _loaded_after(words)
    assert "crmnote" in out
    groups = {f"crmnote.cli.{g}" for g in GROUPS} - {"crmnote.cli.encryption"}
    assert not loaded & groups
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "alembic", "PySide6"))}


def test_version_loads_nothing_but_the_version() -> None:
    out, loaded = _loaded_after(["--version"])
    assert out.startswith("crmnote ")
    assert not {m for m in loaded if m.startswith(("crmnote.", "platformdirs", "argparse"))} - {
        "crmnote.cli"
    }


def test_the_exit_codes_are_still_the_packages() -> None:
    import crmnote.cli as cli
    from crmnote.cli.failures import EXIT_BUG, EXIT_ERROR
    from crmnote.cli.values import EXIT_USAGE

    assert (cli.EXIT_BUG, cli.EXIT_ERROR, cli.EXIT_USAGE) == (EXIT_BUG, EXIT_ERROR, EXIT_USAGE)
    with pytest.raises(AttributeError):
        _ = cli.EXIT_NOTHING


def test_a_commands_help_loads_its_group_only() -> None:
    out, loaded = _loaded_after(["log", "--help"])
    assert "--channel" in out
    assert "crmnote.cli.customers" in loaded
    assert not loaded & {"crmnote.cli.records", "crmnote.cli.transfer", "crmnote.cli.facts"}
