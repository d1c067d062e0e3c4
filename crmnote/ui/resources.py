"""The app's icon and translations, loaded at run time from the packed resources.

Icons and compiled translations are packed by `resources/compile.py` into `resources_rc.py`,
which travels inside the package: a checkout, an installed wheel and a PyInstaller bundle all
read them as `:/icons/…` and `:/translations/…`. Qt's own translations (standard buttons and
dialogs) come from the Qt that PySide6 ships.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:  # the command line installs translations with QtCore alone (cli/language.py)
    from PySide6.QtGui import QIcon

ICON_SIZES = (16, 32, 48, 64, 128, 256)
# Reverse-DNS id of the .desktop file and AppStream metadata (packaging/linux/); on Wayland the
# compositor finds the window's icon through it: QGuiApplication.setDesktopFileName(DESKTOP_ID).
DESKTOP_ID = "io.github.crmnote.crmnote"
TRANSLATIONS = ":/translations"
# A compiled translation to use instead of the packed ones: a translator trying their .qm, or
# the pseudo-locale (resources/translations/pseudo.py), without packing it into the app.
ENV_QM = "CRMNOTE_QM"


def _register() -> None:
    # Importing the generated module registers its data with Qt (once per process).
    from crmnote.ui.generated import resources_rc  # noqa: F401


def app_icon() -> QIcon:
    """The crmnote icon, a PNG for each size so no SVG plugin is needed."""
    from PySide6.QtGui import QIcon

    _register()
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(f":/icons/crmnote-{size}.png")
    return icon


def available_languages() -> list[str]:
    """The languages crmnote has a translation for, e.g. ["de", "en"]."""
    from PySide6.QtCore import QDir

    _register()
    names = QDir(TRANSLATIONS).entryList(["crmnote_*.qm"], QDir.Filter.Files, QDir.SortFlag.Name)
    return [n.removeprefix("crmnote_").removesuffix(".qm") for n in names]


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and crmnote's translations for `locale` (default: the system's UI languages).

    Each is looked up for the locale's UI languages in order (de_AT, de, …); a language crmnote
    has no translation for gets crmnote's English (its plural forms). Returns the translators
    installed, each a child of `app` (which keeps them alive). $CRMNOTE_QM names a .qm file to
    use instead (when it loads).
    """
    _register()
    locale = locale if locale is not None else QLocale()
    installed: list[QTranslator] = []
    trial = os.environ.get(ENV_QM)
    if trial:
        translator = QTranslator(app)
        if translator.load(trial) and app.installTranslator(translator):
            return [translator]
        translator.deleteLater()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("crmnote", TRANSLATIONS),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
            continue
        # No crmnote translation for the locale (LANG=C, or a language crmnote does not speak):
        # English, whose .qm holds the plural forms ("1 customer", not "1 customer(s)").
        english = f"{TRANSLATIONS}/crmnote_en.qm"
        if name == "crmnote" and translator.load(english) and app.installTranslator(translator):
            installed.append(translator)
            continue
        translator.deleteLater()
    return installed
