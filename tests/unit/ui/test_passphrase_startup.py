"""Start-up on an encrypted database: the passphrase from the keyring or a dialog that stays
until it opens the file; a damaged encrypted file goes to the damaged-file flow."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from crmnote import bootstrap
from crmnote.app import _open_interactively
from crmnote.bootstrap import open_database
from crmnote.ui.startup import dialogs as startup
from crmnote.ui.startup import passphrase_dialog
from crmnote.ui.startup.dialogs import DamagedChoice
from crmnote.ui.startup.passphrase_dialog import PassphraseDialog

pytest.importorskip("sqlcipher3", reason="the optional sqlcipher3 package is not installed")

PASS = "kaffe og kanel"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted database with one customer and one (encrypted) backup."""
    db = tmp_path / "secret.sqlite3"
    opened = open_database(str(db), PASS)
    try:
        opened.services.records.add("customer", {"name": "Hemmelig AS"})
        care = opened.services.database.maintenance()
        assert care is not None and care.encrypted
        care.backup()
    finally:
        opened.close()
    return db


class FakeKeyring(types.ModuleType):
    """Stands in for the `keyring` package: a dict, or a backend that refuses everything."""

    def __init__(self, stored: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__("keyring")
        self.stored = stored
        self.set_calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, user: str) -> str | None:
        if self.stored is None:
            raise RuntimeError("No recommended backend was available")
        return self.stored.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        if self.stored is None:
            raise RuntimeError("No recommended backend was available")
        self.set_calls.append((service, user, password))
        self.stored[(service, user)] = password


def names(opened: Any) -> list[str]:
    return [r.name for r in opened.services.customers.summaries()]


def drive_dialog(qtbot: Any, typed: list[str], seen: dict[str, Any]) -> Any:
    """An `ask_passphrase` that builds the real dialog and types each of `typed` into it,
    pressing Open after each, as the user would; it records what the dialog showed."""

    def ask(name: str, can_remember: bool, check: Any, parent: Any = None) -> bool:
        dialog = PassphraseDialog(name, can_remember, check, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["can_remember"] = dialog.remember.isEnabled()
        seen["remember_checked"] = dialog.remember.isChecked()
        seen["echo"] = dialog.edit.echoMode()
        seen["messages"] = []
        for text in typed:
            assert not dialog.ok.isEnabled()  # empty: at first, and after a wrong one
            qtbot.keyClicks(dialog.edit, text)
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
            seen["messages"].append(
                (dialog.message.isVisible(), dialog.message.text(), dialog.edit.text())
            )
            if dialog.result() == PassphraseDialog.DialogCode.Accepted:
                return True
        return False

    return ask


def test_wrong_then_right_passphrase_in_one_dialog(
    qtbot: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: `import` raises
    seen: dict[str, Any] = {}
    monkeypatch.setattr(
        passphrase_dialog, "ask_passphrase", drive_dialog(qtbot, ["nope", PASS], seen)
    )
    opened, code = _open_interactively(str(encrypted))
    assert opened is not None and code == 0
    try:
        assert names(opened) == ["Hemmelig AS"]
        assert opened.services.database.encrypted
    finally:
        opened.close()
    wrong, _right = seen["messages"]
    assert wrong[0] and "does not open" in wrong[1] and wrong[2] == ""  # told, and cleared
    assert seen["echo"] == QLineEdit.EchoMode.Password
    assert seen["can_remember"] is False and seen["remember_checked"] is False


def test_cancel_exits_with_the_database_code(
    qapp: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *a, **k: False)
    before = encrypted.read_bytes()
    opened, code = _open_interactively(str(encrypted))
    assert opened is None and code == bootstrap.EXIT_DATABASE
    assert encrypted.read_bytes() == before


def test_a_remembered_passphrase_opens_without_asking(
    qapp: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = FakeKeyring({("crmnote", str(encrypted)): PASS})
    monkeypatch.setitem(sys.modules, "keyring", keyring)

    def never(*args: Any, **kwargs: Any) -> bool:
        raise AssertionError("asked, though the keyring had the passphrase")

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", never)
    opened, _ = _open_interactively(str(encrypted))
    assert opened is not None
    try:  # the book itself, read with the remembered passphrase
        assert [c.name for c in opened.services.records.list("customer")] == ["Hemmelig AS"]
    finally:
        opened.close()


def test_remember_stores_the_passphrase_under_the_database_path(
    qtbot: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = FakeKeyring({("crmnote", str(encrypted)): "an old one"})
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    seen: dict[str, Any] = {}

    def ask(name: str, can_remember: bool, check: Any, parent: Any = None) -> bool:
        seen["can_remember"] = can_remember
        assert not check("wrong", True)
        return check(PASS, True)

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", ask)
    opened, _ = _open_interactively(str(encrypted))
    assert opened is not None
    opened.close()
    # The stale entry was passed over silently; only the passphrase that opened is stored.
    assert seen["can_remember"] is True
    assert keyring.set_calls == [("crmnote", str(encrypted.absolute()), PASS)]


def test_a_keyring_without_a_backend_means_asking(
    qtbot: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "keyring", FakeKeyring(None))
    seen: dict[str, Any] = {}
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", drive_dialog(qtbot, [PASS], seen))
    opened, _ = _open_interactively(str(encrypted))
    assert opened is not None
    opened.close()
    assert seen["can_remember"] is False


def test_the_remember_box_is_unchecked_and_open_needs_text(qtbot: Any) -> None:
    dialog = PassphraseDialog("x.sqlite3", True, lambda p, r: True)
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.edit, "a")
    assert dialog.ok.isEnabled()


def test_a_damaged_encrypted_file_offers_its_encrypted_backup(
    qapp: Any, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with encrypted.open("r+b") as f:  # cut short of a whole page: damaged, whatever the key
        f.truncate(encrypted.stat().st_size - 100)
    damaged = encrypted.read_bytes()
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setattr(
        passphrase_dialog, "ask_passphrase", lambda n, c, check, p=None: check(PASS, False)
    )
    offered: list[tuple[str, Path | None]] = []

    def choose(message: str, backup: Path | None, parent: Any = None, **_: Any) -> DamagedChoice:
        offered.append((message, backup))
        return DamagedChoice.RESTORE

    monkeypatch.setattr(startup, "ask_about_damaged", choose)
    opened, code = _open_interactively(str(encrypted))
    assert opened is not None and code == 0
    try:
        assert names(opened) == ["Hemmelig AS"]
    finally:
        opened.close()
    ((message, backup),) = offered
    assert "damaged (the passphrase is right)" in message and backup is not None
    kept = [p for p in encrypted.parent.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged]
