"""A choice of country for phone numbers: every region phonenumbers knows, by its own name."""

from __future__ import annotations

import functools

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from crmnote.domain.phones import normal_region, regions


def region_name(code: str) -> str:
    """The country's name in its own language where Qt knows it ("Deutschland"), else in
    English, then the code and the calling code: "Deutschland (DE, +49)"."""
    territory = QLocale.codeToTerritory(code)
    name = ""
    if territory != QLocale.Country.AnyTerritory:
        name = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName()
        name = name or QLocale.territoryToString(territory)
    calling = _calling_codes().get(code, 0)
    return f"{name} ({code}, +{calling})" if name else f"{code} (+{calling})"


@functools.cache
def _calling_codes() -> dict[str, int]:
    """Each region's calling code, from phonenumbers' table of codes: asking it region by
    region loaded every region's metadata module (a quarter of a second for the Settings)."""
    table = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
    return {region: code for code, regions in table.items() for region in regions}


def system_region() -> str:
    """The country of the system's locale, "" when it names none (C, POSIX)."""
    return normal_region(QLocale.territoryToCode(QLocale.system().territory())) or ""


class RegionBox(QComboBox):
    """The first entry is "none"; the data of every entry is its code ("" for none)."""

    # Room for the "none" entry and a usual name with its codes ("Deutschland (DE, +49)"); a
    # longer name is elided in the closed box and shown whole in the list.
    SHOWN_CHARACTERS = 26

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Sized by a count of characters, not by measuring all ~250 names in their own
        # scripts (~60 ms of font fallback on the GUI thread when the Settings first open).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(self.SHOWN_CHARACTERS, len(none_text)))
        self.addItem(none_text, "")
        for name, code in sorted((region_name(c), c) for c in regions()):
            self.addItem(name, code)

    def region(self) -> str:
        return str(self.currentData() or "")

    def set_region(self, code: str) -> None:
        index = self.findData(normal_region(code) or "")
        self.setCurrentIndex(max(index, 0))
