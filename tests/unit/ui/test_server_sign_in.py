"""Start-up on a team book whose server asks for a password: the desktop app asks for it (the
sentence saying why above the field), tries it, asks again when it is wrong, and keeps it in
the system keyring when asked to; or opens a local file instead, or quits."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from crmnote.app import _open_interactively
from crmnote.bootstrap import EXIT_DATABASE, open_database
from crmnote.ui.startup import dialogs as startup
from crmnote.ui.startup.server_password import ServerPasswordDialog
from tests.pg.team import TeamBook, without_password

pytestmark = pytest.mark.postgres

# (password to type or None for no typing, remember it, the button's object name)
Answer = tuple[str | None, bool, str]


@pytest.fixture
def member(team_book: TeamBook, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Bob, staff of a team book, signing in with his password (none in the URL, no
    PGPASSWORD, no ~/.pgpass); the password is `right`."""
    team_book.server.execute(f"ALTER ROLE {team_book.roles['staff']} PASSWORD 'right'")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return without_password(team_book.url("staff"))


@pytest.fixture
def answer_password_dialogs(qtbot: Any) -> Iterator[Callable[[list[Answer], list[str]], None]]:
    """`answer(answers, seen)`: answer each password dialog as it shows with the next of
    `answers`; the sentence each showed goes to `seen`. Any other dialog, or one more than
    answered, is closed with its text in `seen` (the test then fails rather than hangs)."""
    timer = QTimer()
    timer.setInterval(20)

    def start(answers: list[Answer], seen: list[str]) -> None:
        def look() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                return
            if not isinstance(box, ServerPasswordDialog) or not answers:
                seen.append(
                    f"unexpected: {box.objectName()} {getattr(box, 'informativeText', str)()}"
                )
                box.close()
                return
            seen.append(box.findChild(QLabel, "server_password_why").text())
            typed, remember, button = answers.pop(0)
            if typed is not None:
                qtbot.keyClicks(box.password, typed)
            box.remember.setChecked(remember)
            target = box.findChild(type(box.sign_in), button)
            assert target is not None and target.isEnabled()
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

        timer.timeout.connect(look)
        timer.start()

    yield start
    timer.stop()


def _account(url: Any) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def test_a_wrong_password_asks_again_and_the_right_one_is_kept_when_asked(
    answer_password_dialogs: Any, member: Any, file_keyring: Path
) -> None:
    seen: list[str] = []
    told: list[str] = []
    answer_password_dialogs(
        [("wrong", True, "server_password_sign_in"), ("right", True, "server_password_sign_in")],
        seen,
    )
    opened, code = _open_interactively(member.render_as_string(hide_password=False), told)
    assert opened is not None and code == 0
    try:
        assert opened.services.customers.count() == 0
        assert "right" not in opened.name
    finally:
        opened.close()
    where = f"{member.host}:{member.port}"
    role = member.username
    assert seen == [
        f"the PostgreSQL server at {where} asks for the password of role {role!r}: put it in "
        "~/.pgpass or the system keyring (crmnote team sign-in), never on the command line",
        f"the PostgreSQL server at {where} refused the password of role {role!r} (check "
        "~/.pgpass, PGPASSWORD or crmnote team sign-in)",
    ]
    assert told == []
    # Only the password that worked was kept, and the next start needs no question.
    kept = json.loads(file_keyring.read_text())
    assert kept == {f"crmnote-postgresql\t{_account(member)}": "right"}
    again = open_database(member.render_as_string(hide_password=False))
    again.close()


def test_a_password_not_kept_is_asked_at_the_next_start(
    answer_password_dialogs: Any, member: Any, file_keyring: Path
) -> None:
    seen: list[str] = []
    answer_password_dialogs([("right", False, "server_password_sign_in")], seen)
    opened, code = _open_interactively(member.render_as_string(hide_password=False))
    assert opened is not None and code == 0
    opened.close()
    assert not file_keyring.exists()
    answer_password_dialogs([(None, False, "server_password_quit")], seen)
    assert _open_interactively(member.render_as_string(hide_password=False)) == (
        None,
        EXIT_DATABASE,
    )
    assert len(seen) == 2


def test_without_a_keyring_the_book_opens_and_the_window_says_it_was_not_kept(
    answer_password_dialogs: Any, member: Any
) -> None:
    seen: list[str] = []
    told: list[str] = []
    answer_password_dialogs([("right", True, "server_password_sign_in")], seen)
    opened, code = _open_interactively(member.render_as_string(hide_password=False), told)
    assert opened is not None and code == 0
    opened.close()
    (notice,) = told
    assert notice.startswith("there is no system keyring on this computer")


def test_a_local_file_instead(
    answer_password_dialogs: Any, member: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "mine.sqlite3"
    monkeypatch.setattr(startup, "choose_database", lambda parent=None: str(local))
    answer_password_dialogs([(None, False, "server_password_local")], [])
    opened, code = _open_interactively(member.render_as_string(hide_password=False))
    assert opened is not None and code == 0
    try:
        assert opened.name == "mine.sqlite3"
    finally:
        opened.close()


def test_sign_in_waits_for_a_password(qtbot: Any) -> None:
    dialog = ServerPasswordDialog("asks for the password", "anna@db:5432/crm")
    qtbot.addWidget(dialog)
    assert not dialog.sign_in.isEnabled()
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.sign_in.isEnabled()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
