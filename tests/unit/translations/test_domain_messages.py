"""Every sentence the domain (and storage's repair report) builds (a `Reason`'s template,
crmnote/domain/reasons.py) is in
the translation files under the "reasons" context, and finished in every language: a template
registered where extra.py cannot see it (not a literal `message("id", "text")` in the domain)
fails here."""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import crmnote.domain
import crmnote.services
import crmnote.storage
from crmnote.domain.reasons import MESSAGES

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def _every_domain_module() -> None:
    """The domain's modules, storage's (the repair report) and the services' (their refusals),
    less migrations."""
    for package in (crmnote.domain, crmnote.storage, crmnote.services):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if ".migrations" not in info.name:
                importlib.import_module(info.name)


def _reasons(ts: Path) -> dict[str, ET.Element]:
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "reasons":
            return {m.findtext("source") or "": m for m in context.iter("message")}
    return {}


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("crmnote_*.ts")), ids=lambda p: p.stem)
def test_every_domain_sentence_is_in_the_reasons_context(ts: Path) -> None:
    _every_domain_module()
    assert len(MESSAGES) > 100
    held = _reasons(ts)
    missing = sorted(t for t in MESSAGES.values() if t not in held)
    assert missing == [], f"{ts.name}: not in the 'reasons' context (make translations)"
    if ts.stem != "crmnote_en":
        unfinished = [
            t
            for t in MESSAGES.values()
            if (translation := held[t].find("translation")) is None
            or translation.get("type") == "unfinished"
        ]
        assert unfinished == [], f"{ts.name}: unfinished"
