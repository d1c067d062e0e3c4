"""Packaging files: desktop entry, AppStream metadata, PyInstaller spec, icons, extras.

No PyInstaller run here (CI has no time for one): `make package` builds the bundle.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from crmnote import __version__
from crmnote.ui.resources import DESKTOP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
SPEC = ROOT / "packaging" / "crmnote.spec"
ICONS = ROOT / "resources" / "icons"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "crmnote"
    assert entry["Exec"].split()[0] == "crmnote"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_names_the_desktop_id_release_and_licence() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license")  # LicenseRef-proprietary until one is chosen
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")
    rating = component.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_screenshots_are_images_in_the_repository() -> None:
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        local = url[url.index("/docs/images/") + 1 :]
        assert (ROOT / local).is_file(), local


def test_metainfo_passes_appstreamcli() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is not installed")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_spec_bundles_migrations_fonts_and_icons() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text, str(SPEC))  # a spec is Python
    assert '"crmnote/storage/migrations/versions"' in text
    assert '(MIGRATIONS / "versions" / "*.py")' in text
    assert '"env.py"' in text and '"script.py.mako"' in text
    assert '(str(ROOT / "resources" / "fonts"), "resources/fonts")' in text
    assert "crmnote.ui.generated.resources_rc" in text
    assert (ROOT / "packaging" / "launcher.py").is_file()
    for name in ("crmnote.ico", "crmnote.icns"):
        assert name in text and (ICONS / name).is_file()
    # Where crmnote.reports.fonts looks in a bundle: sys._MEIPASS/resources/fonts.
    fonts_module = (ROOT / "crmnote" / "reports" / "fonts.py").read_text(encoding="utf-8")
    assert '"_MEIPASS"' in fonts_module and '"resources" / "fonts"' in fonts_module


def test_the_bundle_carries_the_postgresql_driver() -> None:
    """A team member connects from the bundle or the .deb: the release environment installs the
    `postgres` extra, and the spec names what SQLAlchemy and psycopg load by name."""
    text = SPEC.read_text(encoding="utf-8")
    for name in (
        "sqlalchemy.dialects.postgresql.psycopg",
        'collect_submodules("psycopg")',
        "psycopg_binary._psycopg",
        "alembic.ddl.postgresql",
    ):
        assert name in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r'pip install --quiet -e "\.\[package,encryption,postgres\]"', makefile)
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("psycopg[binary]") for d in extras["optional-dependencies"]["postgres"])
    check = (ROOT / "packaging" / "check_install.sh").read_text(encoding="utf-8")
    assert '"$wheel[postgres]"' in check and "cannot reach the PostgreSQL server" in check


def test_pyinstaller_is_a_packaging_extra_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert any(d.startswith("pyinstaller") for d in extras["package"])
    assert not any(d.lower().startswith("pyinstaller") for d in extras["test"])
    assert not any(d.lower().startswith("pyinstaller") for d in project["dependencies"])


def test_makefile_has_the_packaging_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("translations", "icons", "package", "release", "check-install"):
        assert re.search(rf"^{target}:", makefile, re.M), target


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_at_each_size(size: int, qapp: QApplication) -> None:
    image = QImage(str(ICONS / f"crmnote-{size}.png"))
    assert not image.isNull()
    assert image.size() == QSize(size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corners: no square on a dark panel


def test_icon_svg_renders(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(ICONS / "crmnote.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(256, 256)


def test_windows_and_macos_icons_hold_several_sizes(qapp: QApplication) -> None:
    for name in ("crmnote.ico", "crmnote.icns"):
        reader = QImageReader(str(ICONS / name))
        if not reader.canRead():
            pytest.skip(f"this Qt cannot read {name}")
        assert reader.imageCount() >= 5, name
        image = reader.read()
        assert not image.isNull(), name
