"""`crmnote --help`, every command's help and the usage errors follow LANG: German texts and
argparse's German frame under LANG=de_DE, English unchanged under C; every text of the parser
is in the catalogue, translated (crmnote/cli/helptext.py)."""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crmnote.cli import build_parser
from crmnote.cli.commands import GROUPS
from crmnote.cli.helptext import ARGPARSE, ARGPARSE_CONTEXT, Formatter, texts
from crmnote.cli.values import Parser
from tests.e2e.cli_runner import crmnote

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = sorted(p for p in TRANSLATIONS.glob("crmnote_*.ts") if p.stem != "crmnote_en")

# argparse's messages only a mistake in the program's own parser definition raises (or a
# feature crmnote does not use: FileType, deprecated=, ArgumentDefaultsHelpFormatter): they
# stay in English and out of the catalogue.
NOT_SHOWN = {
    "",
    # crmnote's Parser.error writes this frame itself, the same in every language (scripts).
    "%(prog)s: error: %(message)s\n",
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    'argument "-" with mode %r',
    "can't open '%(filename)s': %(error)s",
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
    "unexpected option string: %s",
    "show this help message and exit",  # crmnote's parsers give -h their own text
    "show program's version number and exit",  # and --version
    " (default: %(default)s)",
    "%(prog)s: warning: %(message)s\n",
    "argument '%(argument_name)s' is deprecated",
    "command '%(parser_name)s' is deprecated",
    "option '%(option)s' is deprecated",
}


def _crmnote(lang: str, *words: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, COLUMNS="100", CRMNOTE_DB=os.devnull)
    return crmnote(env, *words)  # in this process, English again afterwards


def _finished(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and (translation.text or "").strip():
                key = (context.findtext("name") or "", message.findtext("source") or "")
                found[key] = translation.text or ""
    return found


def untranslated(parser: argparse.ArgumentParser, ts: Path) -> list[str]:
    """Every text of `parser` and its commands' parsers with no finished translation in `ts`,
    and every parser that would show its texts without crmnote's formatter."""
    done = _finished(ts)
    problems = [
        f"{where}: {text!r} ({context})"
        for context, text, where in texts(parser)
        if (context, text) not in done
    ]

    def walk(p: argparse.ArgumentParser) -> None:
        if not issubclass(p.formatter_class, Formatter):
            problems.append(f"{p.prog}: formatter {p.formatter_class.__name__}")
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    return problems


@pytest.mark.parametrize("ts", LANGUAGES, ids=lambda p: p.stem)
def test_every_text_of_every_parser_is_translated(ts: Path) -> None:
    parser = build_parser()
    assert len(list(texts(parser))) > 200  # every command's parser was walked
    assert untranslated(parser, ts) == []
    done = _finished(ts)
    assert [t for t in ARGPARSE if (ARGPARSE_CONTEXT, t) not in done] == []


def test_the_check_finds_an_untranslated_text_and_a_plain_formatter() -> None:
    parser = Parser(prog="crmnote")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    probe = sub.add_parser("probe", help="a line nobody has translated")
    probe.add_argument("--colour", help="list customers")  # translated; its metavar is not
    plain = sub.add_parser("plain", help="list customers", formatter_class=argparse.HelpFormatter)
    plain.add_argument("--json", action="store_true", help="print a JSON array")
    problems = untranslated(parser, LANGUAGES[0])
    assert "crmnote probe: 'a line nobody has translated' (help)" in problems
    assert "crmnote probe --colour: 'COLOUR' (metavars)" in problems
    assert "crmnote plain: formatter HelpFormatter" in problems
    assert not [p for p in problems if "'list customers'" in p or "JSON array" in p]


def test_the_argparse_messages_are_all_those_of_this_python() -> None:
    """Every message argparse can say is in the catalogue's list or known to be a programming
    mistake's: a Python adding a message fails here until it is listed and translated."""
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    said = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            said |= {
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            }
    assert said - set(ARGPARSE) - NOT_SHOWN == set()
    assert "usage: " in said and "the following arguments are required: %s" in said


def test_the_top_level_help_is_german_under_a_german_lang() -> None:
    done = _crmnote("de_DE.UTF-8", "--help")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Aufruf: crmnote [-h] [--version] [--db DB] [--passphrase-file PFAD]")
    for german in (
        "Ein Notizbuch für Kundenbeziehungen. Ohne Befehl startet die Desktop-App.",
        "\nPositionsargumente:\n  BEFEHL\n",
        "\nOptionen:\n",
        "diese Hilfe zeigen und beenden",
        "die Versionsnummer des Programms zeigen und beenden",
        "customers           Kunden auflisten",
        "erase-customer      einen Kunden und alle Einträge über ihn löschen",
    ):
        assert german in out
    for english in (
        "usage:",
        "positional arguments",
        "options:",
        "show this help",
        "list customers",
    ):
        assert english not in out


@pytest.mark.parametrize(
    ("words", "german"),
    [
        (("log",), ["--minutes MINUTEN", "kunde ", "ID oder eindeutiger Name des Kunden"]),
        (("add",), ["(* Pflichtangabe)", "Felder je Art (--FELD WERT;", "  promise: --text*"]),
        (("import",), ["Jede Zeile wird zuerst geprüft", "--map SPALTE=FELD"]),
        (("team",), ["Aufruf: crmnote team [-h] AKTION ...", "sign-out  das im Schlüsselbund"]),
        (("team", "add"), ["--role {owner,", "was sie tun dürfen", "(Vorgabe: NAME)"]),
        (("followups",), ["--claims-older-than TAGE", "Tage (Vorgabe 7)"]),
    ],
)
def test_a_commands_help_is_german_under_a_german_lang(
    words: tuple[str, ...], german: list[str]
) -> None:
    done = _crmnote("de_DE.UTF-8", *words, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Aufruf: crmnote {' '.join(words)} [-h]")
    assert "Optionen:" in done.stdout and "usage:" not in done.stdout
    for text in german:
        assert text in done.stdout
    # Each of the command's own texts is shown in German, none in English.
    parser = build_parser()
    for word in words:
        parser = _commands(parser)[word]
    shown = "".join(done.stdout.split())  # wrapped lines break at spaces and after hyphens
    german_of = _finished(LANGUAGES[0])
    for text in _own_texts(parser):
        translated = german_of[("help", text)]
        assert "".join(translated.split()) in shown
        if text not in translated:
            assert "".join(text.split()) not in shown


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _own_texts(parser: argparse.ArgumentParser) -> list[str]:
    """The parser's description and its arguments' and commands' help, not its commands'."""
    found = [parser.description] if parser.description else []
    for action in parser._actions:
        found += [action.help] if action.help else []
        if isinstance(action, argparse._SubParsersAction):
            found += [line.help for line in action._choices_actions if line.help]
    return [text for text in found if "\n" not in text]


@pytest.mark.parametrize(
    ("words", "german", "english"),
    [
        (
            ("log",),
            "crmnote log: error: folgende Argumente werden benötigt: kunde "
            "(siehe crmnote log --help)",
            "crmnote log: error: the following arguments are required: customer "
            "(see crmnote log --help)",
        ),
        (
            ("log", "Ann", "--minutes"),
            "crmnote log: error: Argument --minutes: ein Argument erwartet "
            "(siehe crmnote log --help)",
            "crmnote log: error: argument --minutes: expected one argument "
            "(see crmnote log --help)",
        ),
        (
            ("customers", "--colour"),
            "crmnote: error: unbekannte Argumente: --colour (siehe crmnote --help)",
            "crmnote: error: unrecognized arguments: --colour (see crmnote --help)",
        ),
        (
            ("team",),
            "crmnote team: error: folgende Argumente werden benötigt: AKTION "
            "(siehe crmnote team --help)",
            "crmnote team: error: the following arguments are required: ACTION "
            "(see crmnote team --help)",
        ),
    ],
)
def test_usage_errors_follow_lang(words: tuple[str, ...], german: str, english: str) -> None:
    de = _crmnote("de_DE.UTF-8", *words)
    assert (de.returncode, de.stdout, de.stderr) == (2, "", german + "\n")
    en = _crmnote("C.UTF-8", *words)
    assert (en.returncode, en.stdout, en.stderr) == (2, "", english + "\n")


def test_an_unknown_command_and_a_wrong_choice_in_german() -> None:
    done = _crmnote("de_DE.UTF-8", "frob")
    assert done.returncode == 2
    assert done.stderr.startswith("crmnote: error: Argument BEFEHL: ungültige Wahl: 'frob' (")
    assert done.stderr.endswith(" (siehe crmnote --help)\n")
    kind = _crmnote("de_DE.UTF-8", "list", "promises")
    assert kind.stderr.startswith("crmnote list: error: Argument art: ungültige Wahl: 'promises'")
    english = _crmnote("C.UTF-8", "frob")
    assert english.stderr.startswith("crmnote: error: argument COMMAND: invalid choice: 'frob' (")


def test_the_english_help_is_argparses_own() -> None:
    done = _crmnote("C.UTF-8", "log", "--help")
    assert done.stdout.startswith("usage: crmnote log [-h] [--channel CHANNEL] [--minutes MINUTES]")
    assert "\npositional arguments:\n  customer              customer id or unambiguous name\n" in (
        done.stdout
    )
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in done.stdout


def test_argparse_is_left_as_it_was_after_parsing() -> None:
    before = (getattr(argparse, "_"), getattr(argparse, "ngettext"))  # noqa: B009
    with pytest.raises(SystemExit):
        build_parser(filled=False).parse_known_args(["log"])
    assert (getattr(argparse, "_"), getattr(argparse, "ngettext")) == before  # noqa: B009


@pytest.mark.slow
def test_the_german_help_loads_no_command_group_nor_the_database_layer() -> None:
    """Translating the help loads QtCore and the translations, not the commands' modules."""
    probe = (
        "import sys; from crmnote.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', ' '.join(sorted(sys.modules)))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**env, "LANG": "de_DE.UTF-8"},
        check=True,
    )
    out, _, loaded = done.stdout.rpartition("LOADED ")
    assert out.startswith("Aufruf: crmnote")
    modules = set(loaded.split())
    groups = {f"crmnote.cli.{g}" for g in GROUPS} - {"crmnote.cli.encryption"}
    assert not modules & groups
    assert not {m for m in modules if m.startswith(("sqlalchemy", "alembic", "PySide6.QtGui"))}


def test_in_english_every_help_is_argparses_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under C, crmnote's formatter changes nothing: every command's help reads as argparse's
    own formatter writes it."""
    from crmnote.cli import language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")
    if language._state["installed"]:
        pytest.skip("this process installed a translation already")
    parsers = [build_parser()]
    while parsers:
        parser = parsers.pop()
        ours = parser.format_help()
        plain = argparse.RawDescriptionHelpFormatter
        if not issubclass(parser.formatter_class, plain):
            plain = argparse.HelpFormatter
        monkeypatch.setattr(parser, "formatter_class", plain)
        assert parser.format_help() == ours, parser.prog
        if parser._subparsers is not None:
            parsers += _commands(parser).values()


def test_one_parser_serves_a_process_in_each_calls_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`main` builds its parser once per process (`crmnote.cli._command_line`): a command
    filled by an earlier call still parses, and each call's help and errors are in its own
    language."""
    import crmnote.cli as cli

    built: list[dict[str, bool]] = []
    real = cli.build_parser

    def counted(**kwargs: bool) -> argparse.ArgumentParser:
        built.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(cli, "build_parser", counted)
    monkeypatch.setattr(cli, "_built", [])
    english = _crmnote("C.UTF-8", "log", "--help")
    german = _crmnote("de_DE.UTF-8", "log", "--help")
    again = _crmnote("C.UTF-8", "log", "--help")
    assert english.stdout.startswith("usage: crmnote log [-h]")
    assert german.stdout.startswith("Aufruf: crmnote log [-h]")
    assert again.stdout == english.stdout
    error = _crmnote("de_DE.UTF-8", "log", "Ann", "--minutes")
    assert error.stderr.startswith("crmnote log: error: Argument --minutes: ein Argument")
    assert built == [{"filled": False}]
