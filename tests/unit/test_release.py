"""Releases: one version from crmnote/__init__.py everywhere, the changelog and the AppStream
releases in step, and the Windows and macOS build files carrying that version.

`make release` and `packaging/check_install.sh` build and install the real packages; these
tests keep the files they read correct between releases.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from crmnote import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "crmnote.iss"
SPEC = PACKAGING / "crmnote.spec"


def _release_notes() -> ModuleType:
    """packaging/release_notes.py, a script, imported by path (packaging/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "crmnote_release_notes", PACKAGING / "release_notes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


notes = _release_notes()

SAMPLE = """# Changelog

Intro text that is not a release.

## [Unreleased]

### Added

- Something not released yet.

## [1.2.0] - 2027-03-01

Faster and safer.

### Added

- A `--json` option for
  [every list](docs/cli.md) & more.

### Fixed

- **Bold** crash <fixed>.

## [1.1.9] - 2027-01-15

### Removed

- The old thing.

[Unreleased]: https://example.org/compare/v1.2.0...HEAD
[1.2.0]: https://example.org/releases/tag/v1.2.0
"""


def test_version_is_major_minor_patch() -> None:
    # Debian, Inno Setup (VersionInfoVersion) and macOS (CFBundleVersion) all take X.Y.Z as is.
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_package_metadata_reads_the_version_from_crmnote() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]
    assert "version" in pyproject["project"]["dynamic"]
    dynamic = pyproject["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "crmnote.__version__"}


def test_no_file_repeats_the_version() -> None:
    """Build scripts and docs read the version (or say VERSION); only the history names it."""
    written = re.compile(rf"(?<![\d.]){re.escape(__version__)}(?![\d.])")
    files = [
        ROOT / "pyproject.toml",
        ROOT / "Makefile",
        ROOT / "README.md",
        ROOT / ".ci" / "run",
        *ROOT.glob("docs/*.md"),
        # All but the metainfo, whose <releases> is the changelog's (checked below).
        *(p for p in PACKAGING.rglob("*") if p.is_file() and p.suffix not in (".xml", ".pyc")),
    ]
    offenders = [
        str(p.relative_to(ROOT)) for p in files if written.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_changelog_starts_with_unreleased_then_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\]", text, re.M)
    assert headings[0] == "Unreleased"
    releases = notes.parse(text)
    assert releases[0].version == __version__
    assert [r.version for r in releases] == headings[1:]
    for version in headings:  # Keep a Changelog: each heading links to its changes
        assert re.search(rf"^\[{re.escape(version)}\]: https://\S+$", text, re.M), version
    assert all(items for r in releases for _, items in r.changes)


def test_metainfo_releases_are_the_changelog() -> None:
    metainfo = notes.METAINFO.read_text(encoding="utf-8")
    releases = notes.parse(notes.CHANGELOG.read_text(encoding="utf-8"))
    assert notes.updated(metainfo, releases) == metainfo, "run python packaging/release_notes.py"
    assert notes.main(["--check"]) == 0


def test_release_notes_parse_a_changelog() -> None:
    releases = notes.parse(SAMPLE)
    assert [(r.version, r.date) for r in releases] == [
        ("1.2.0", "2027-03-01"),
        ("1.1.9", "2027-01-15"),
    ]
    first = releases[0]
    assert first.summary == ["Faster and safer."]
    assert first.changes == [
        ("Added", ["A `--json` option for [every list](docs/cli.md) & more."]),
        ("Fixed", ["**Bold** crash <fixed>."]),
    ]
    assert releases[1].changes == [("Removed", ["The old thing."])]


def test_release_notes_render_appstream_markup() -> None:
    block = notes.render(notes.parse(SAMPLE)[:1], indent="  ")
    assert block == "\n".join(
        [
            "  <releases>",
            '    <release version="1.2.0" date="2027-03-01">',
            "      <description>",
            "        <p>Faster and safer.</p>",
            "        <p>Added:</p>",
            "        <ul>",
            "          <li>A <code>--json</code> option for every list &amp; more.</li>",
            "        </ul>",
            "        <p>Fixed:</p>",
            "        <ul>",
            "          <li>Bold crash &lt;fixed&gt;.</li>",
            "        </ul>",
            "      </description>",
            "    </release>",
            "  </releases>",
        ]
    )


def test_release_notes_replace_only_the_releases_element() -> None:
    metainfo = "<component>\n  <id>x</id>\n  <releases>\n    <old/>\n  </releases>\n</component>\n"
    out = notes.updated(metainfo, notes.parse(SAMPLE))
    assert out.startswith("<component>\n  <id>x</id>\n  <releases>\n")
    assert out.endswith("  </releases>\n</component>\n")
    assert "<old/>" not in out and out.count("<release ") == 2
    with pytest.raises(ValueError, match="no <releases>"):
        notes.updated("<component/>", [])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## [1.0] - 2027-01-01\n", "expected"),
        ("## [1.0.0] - 1 Jan 2027\n", "expected"),
        ("## [1.0.0] - 2027-01-01\n## [1.1.0] - 2027-02-01\n", "newest first"),
        ("## [1.1.0] - 2027-01-01\n## [1.0.0] - 2027-02-01\n", "dates"),
        ("## [1.0.0] - 2027-01-01\n## [1.0.0] - 2026-01-01\n", "each version once"),
    ],
)
def test_release_notes_refuse_a_malformed_changelog(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        notes.parse(text)


def test_release_notes_check_fails_when_out_of_step(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(SAMPLE, encoding="utf-8")
    metainfo = tmp_path / "m.xml"
    metainfo.write_text(
        "<component>\n  <releases>\n  </releases>\n</component>\n", encoding="utf-8"
    )
    args = ["--changelog", str(changelog), "--metainfo", str(metainfo)]
    assert notes.main([*args, "--check"]) == 1
    assert notes.main(args) == 0  # writes it
    assert notes.main([*args, "--check"]) == 0
    assert 'version="1.1.9"' in metainfo.read_text(encoding="utf-8")


def test_debian_changelog_from_the_releases() -> None:
    text = notes.debian_changelog(notes.parse(SAMPLE), "Ann <ann@example.org>")
    lines = text.splitlines()
    assert lines[0] == "crmnote (1.2.0) unstable; urgency=medium"
    assert "  * Faster and safer." in lines
    assert "  * Added: A `--json` option for every list & more." in lines
    assert " -- Ann <ann@example.org>  Mon, 01 Mar 2027 00:00:00 +0000" in lines
    assert "crmnote (1.1.9) unstable; urgency=medium" in lines
    assert all(len(line) <= 80 for line in lines)


def _iss_directives() -> dict[str, str]:
    directives = {}
    section = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Setup" and "=" in line and not line.startswith(";"):
            key, value = line.split("=", 1)
            directives[key.strip()] = value.strip()
    return directives


def test_inno_setup_script_takes_the_version_from_the_build() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^#ifndef AppVersion\n\s*#error .+\n#endif$", text, re.M)
    setup = _iss_directives()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "crmnote.__version__" in build and '"/DAppVersion=$version"' in build
    assert "packaging\\windows\\crmnote.iss" in build


def test_inno_setup_installs_per_user_with_start_menu_entry_and_uninstaller() -> None:
    setup = _iss_directives()
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs then
    assert setup.get("Uninstallable", "yes") == "yes"
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    text = ISS.read_text(encoding="utf-8")
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.M
    )
    assert "ChangesAssociations" not in text  # backups are restored from, not opened


def test_inno_setup_references_files_that_exist_or_the_spec_builds() -> None:
    text = ISS.read_text(encoding="utf-8")
    root = (
        ISS.parent / re.search(r'^#define Root "(.+)"$', text, re.M)[1].replace("\\", "/")
    ).resolve()
    assert root == ROOT
    icon = _iss_directives()["SetupIconFile"].replace("{#Root}", str(ROOT)).replace("\\", "/")
    assert Path(icon).is_file()
    # What [Files] takes from dist\crmnote is what the spec builds on Windows.
    spec = SPEC.read_text(encoding="utf-8")
    exe = re.search(r'^#define AppExe "(.+)"$', text, re.M)[1]
    assert exe == "crmnote.exe" and 'program("crmnote", ' in spec
    assert "crmnote-cli.exe" in text and 'program("crmnote-cli", console=True)' in spec
    sources = re.findall(r'^Source: "\{#Root\}\\dist\\crmnote\\([^"]+)"', text, re.M)
    assert sources == ["{#AppExe}", "crmnote-cli.exe", "_internal\\*"]
    assert 'name="crmnote"' in spec  # COLLECT writes dist/crmnote


def _bundle_call() -> ast.Call:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "BUNDLE"
    ]
    assert len(calls) == 1
    return calls[0]


def test_macos_app_carries_the_single_source_version() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "from crmnote import __version__" in spec
    keywords = {k.arg: k.value for k in _bundle_call().keywords}
    assert isinstance(keywords["version"], ast.Name) and keywords["version"].id == "__version__"
    plist = keywords["info_plist"]
    assert isinstance(plist, ast.Dict)
    entries = {ast.literal_eval(k): v for k, v in zip(plist.keys, plist.values, strict=True) if k}
    for key in ("CFBundleShortVersionString", "CFBundleVersion"):
        assert isinstance(entries[key], ast.Name) and entries[key].id == "__version__", key
    assert ast.literal_eval(keywords["bundle_identifier"]) == "io.github.crmnote.crmnote"
    icon = keywords["icon"]
    assert "crmnote.icns" in ast.unparse(icon) and (ROOT / "resources/icons/crmnote.icns").is_file()
    build = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    assert "crmnote.__version__" in build and "CFBundleShortVersionString" in build


def test_linux_builds_take_the_version_from_the_program() -> None:
    for script in ("linux/bundle.sh", "linux/deb.sh"):
        text = (PACKAGING / script).read_text(encoding="utf-8")
        assert 'version=$("$' in text and "--version | awk '{print $2}')" in text, script
    release = (PACKAGING / "release.sh").read_text(encoding="utf-8")
    assert "crmnote.__version__" in release and "release_notes.py --check" in release
