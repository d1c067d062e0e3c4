"""Update the translation sources (crmnote_*.ts) from the code, then compile them (.qm).

    .venv/bin/python resources/translations/update.py            # what `make translations` runs
    .venv/bin/python resources/translations/update.py --add fr   # start a new language
    .venv/bin/python resources/translations/update.py --compile  # only .ts -> .qm

Steps: write `extra_strings.py` (strings lupdate cannot see, see extra.py); run pyside6-lupdate over
crmnote/ and that file into every crmnote_*.ts (translations already made are kept; strings gone
from the code are dropped); give the English plural messages their singular and plural forms;
run pyside6-lrelease. `resources/compile.py` then packs the .qm files into the app.
See docs/translating.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXTRA = HERE / "extra_strings.py"
SOURCE_LANGUAGE = "en"
sys.path.insert(0, str(ROOT))


def tool(name: str) -> str:
    """A Qt tool from PySide6-Essentials: beside this Python first, then on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install -e .)")
    return found


def ts_files() -> list[Path]:
    return sorted(HERE.glob("crmnote_*.ts"))


def language(ts: Path) -> str:
    return ts.stem.removeprefix("crmnote_")


def write_extra_strings() -> None:
    from extra import parser_messages, render, runtime_messages, wrapper_messages  # beside this

    found = [*wrapper_messages(ROOT), *runtime_messages(), *parser_messages()]
    EXTRA.write_text(render(found), encoding="utf-8")
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff:  # keep `ruff format --check .` quiet about the generated file
        subprocess.run([ruff, "format", "--quiet", str(EXTRA)], check=True, cwd=ROOT)


def sources() -> list[str]:
    """The package's modules, less the generated ones: lupdate's parser crashes on the packed
    resources (a module of one huge byte string) and they hold no strings."""
    return [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "crmnote").rglob("*.py"))
        if "generated" not in p.parts
    ]


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "relative",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language(ts),
            *sources(),
            str(EXTRA.relative_to(ROOT)),
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


# Messages in no context come from calls lupdate misreads as `tr(text, disambiguation)`, such as
# crmnote.ui.labels.tr("kinds", …), and in the context "language" from the command line's
# language.tr("remind", …); their real strings are in extra_strings.py.
_NO_CONTEXT = re.compile(r"<context>\s*<name>(?:language)?</name>.*?</context>\n", re.S)
_PLURAL = re.compile(
    r'(<message numerus="yes">.*?<source>(.*?)</source>.*?)<translation[^>]*>.*?</translation>',
    re.S,
)


def english_forms(source: str) -> tuple[str, str] | None:
    """("%n customer", "%n customers") for "%n customer(s)" (and "%n entry(ies)"); None when
    there is neither "(s)" nor "y(ies)"."""
    if "(s)" not in source and "y(ies)" not in source:
        return None
    one = source.replace("y(ies)", "y").replace("(s)", "")
    return one, source.replace("y(ies)", "ies").replace("(s)", "s")


def tidy(ts: Path) -> list[str]:
    """Drop context-less messages; in English, fill the plurals nobody has written yet ("%n
    person(s)" could be given "%n person" / "%n people" by hand). Returns problems found."""
    text = _NO_CONTEXT.sub("", ts.read_text(encoding="utf-8"))
    problems: list[str] = []
    if language(ts) == SOURCE_LANGUAGE:

        def fill(match: re.Match[str]) -> str:
            done = 'type="unfinished"' not in match.group(0)
            if done and "<numerusform></numerusform>" not in match.group(0):
                return match.group(0)
            forms = english_forms(match.group(2))
            if forms is None:
                problems.append(f"{ts.name}: no English plural forms for {match.group(2)!r}")
                return match.group(0)
            one, many = forms
            return (
                f"{match.group(1)}<translation>\n"
                f"            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n"
                "        </translation>"
            )

        text = _PLURAL.sub(fill, text)
    ts.write_text(text, encoding="utf-8")
    return problems


def lrelease(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        cwd=ROOT,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="start crmnote_LANG.ts (e.g. fr, pt_BR)")
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    if args.add:
        new = HERE / f"crmnote_{args.add}.ts"
        if new.exists():
            raise SystemExit(f"{new.name} exists already")
        new.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{args.add}" sourcelanguage="{SOURCE_LANGUAGE}">\n</TS>\n',
            encoding="utf-8",
        )
    problems: list[str] = []
    if not args.compile:
        write_extra_strings()
        for ts in ts_files():
            lupdate(ts)
            problems += tidy(ts)
    for ts in ts_files():
        lrelease(ts)
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
