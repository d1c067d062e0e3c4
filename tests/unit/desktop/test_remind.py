"""`crmnote remind` with a fake notifier and the injected clock: once a day per promise, only
what the desktop showed is remembered, and the installable timer or autostart entry."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from crmnote.cli import main
from crmnote.desktop.autostart import Autostart, remind_command
from crmnote.desktop.notify import Notification, NotificationUnavailable
from crmnote.desktop.remind import ReminderWording, remind
from crmnote.desktop.reminder_state import ReminderState
from crmnote.domain.reminders import Reminder, SentLog, reminders_to_send
from crmnote.domain.types import PromiseStatus
from crmnote.services.book_services import Services
from tests.conftest import TickingClock

TODAY = date(2026, 11, 2)  # the clock fixture's day


class FakeNotifier:
    def __init__(self, available: bool = True) -> None:
        self.shown: list[Notification] = []
        self.available = available

    def notify(self, notification: Notification) -> None:
        if not self.available:
            raise NotificationUnavailable("no notification service (test)")
        self.shown.append(notification)


def _promise(services: Services, customer: int, text: str, due: date) -> int:
    made = datetime.combine(min(due, TODAY) - timedelta(days=10), datetime.min.time())
    record, _ = services.records.add(
        "promise", {"text": text, "made_at": made, "due": due}, customer
    )
    return int(record.id)


@pytest.fixture
def book(services: Services) -> dict[str, int]:
    ann, _ = services.records.add("customer", {"name": "Ann Archer"})
    bob, _ = services.records.add("customer", {"name": "Bob Baker"})
    return {
        "ann": ann.id,
        "bob": bob.id,
        "late": _promise(
            services, ann.id, "Send the samples\nand the price list", TODAY - timedelta(days=2)
        ),
        "today": _promise(services, bob.id, "Call back", TODAY),
        "soon": _promise(services, ann.id, "Ship the order", TODAY + timedelta(days=1)),
        "later": _promise(services, bob.id, "Visit", TODAY + timedelta(days=30)),
    }


def test_first_run_notifies_once_the_second_run_stays_quiet(
    services: Services, book: dict[str, int], tmp_path: Path
) -> None:
    state = ReminderState(tmp_path / "state" / "reminders.json")
    notifier = FakeNotifier()
    first = remind(services.followups.list(), "book-a", state, notifier)
    assert first.shown and [r.promise_id for r in first.reminders] == [
        book["late"],
        book["today"],
        book["soon"],
    ]  # most overdue first; the promise due in a month is not mentioned
    [shown] = notifier.shown
    assert shown.title == "3 promises to keep" and shown.urgent
    assert shown.body.splitlines() == [
        "Ann Archer: Send the samples (overdue by 2 days)",
        "Bob Baker: Call back (due today)",
        "Ann Archer: Ship the order (due tomorrow)",
    ]
    again = remind(services.followups.list(), "book-a", state, notifier)
    assert again.notification is None and len(notifier.shown) == 1
    assert (tmp_path / "state" / "reminders.json").stat().st_mode & 0o777 == 0o600


def test_a_new_promise_the_same_day_and_the_next_day(
    services: Services, book: dict[str, int], tmp_path: Path, clock: TickingClock
) -> None:
    state = ReminderState(tmp_path / "reminders.json")
    notifier = FakeNotifier()
    remind(services.followups.list(), "book-a", state, notifier)
    new = _promise(services, book["bob"], "Refund the deposit", TODAY)
    services.records.update("promise", book["soon"], {"status": PromiseStatus.KEPT})
    second = remind(services.followups.list(), "book-a", state, notifier)
    assert [r.promise_id for r in second.reminders] == [new]
    assert notifier.shown[-1].title == "1 promise to keep" and not notifier.shown[-1].urgent
    clock.current += timedelta(days=1)  # the next morning: still open, announced again
    third = remind(services.followups.list(), "book-a", state, notifier)
    assert [r.promise_id for r in third.reminders] == [book["late"], book["today"], new]
    assert "overdue by 3 days" in notifier.shown[-1].body
    other_book = remind(services.followups.list(), "book-b", state, FakeNotifier())
    assert len(other_book.reminders) == 3  # each book keeps its own log


def test_without_a_notification_service_nothing_is_remembered(
    services: Services, book: dict[str, int], tmp_path: Path
) -> None:
    state = ReminderState(tmp_path / "reminders.json")
    outcome = remind(services.followups.list(), "b", state, FakeNotifier(available=False))
    assert not outcome.shown and outcome.unavailable == "no notification service (test)"
    assert outcome.notification is not None and len(outcome.reminders) == 3
    assert not state.file.exists()
    assert remind(services.followups.list(), "b", state, FakeNotifier()).shown


def test_many_promises_end_with_and_more() -> None:
    many = [Reminder(i, f"C{i}", "t", TODAY, 0) for i in range(9)]
    note = ReminderWording().notification(many)
    assert note.title == "9 promises to keep"
    assert note.body.splitlines()[-1] == "… and 3 more" and len(note.body.splitlines()) == 7


def test_sent_log_rules() -> None:
    r = [Reminder(1, "A", "x", TODAY, 1), Reminder(2, "B", "y", TODAY, 0)]
    fresh, log = reminders_to_send(r, SentLog(TODAY, frozenset({1})), TODAY)
    assert [x.promise_id for x in fresh] == [2] and log == SentLog(TODAY, frozenset({1, 2}))
    fresh, log = reminders_to_send(r, log, TODAY + timedelta(days=1))
    assert len(fresh) == 2 and log.day == TODAY + timedelta(days=1)
    assert SentLog.from_json(log.to_json()) == log
    assert SentLog.from_json({"day": "not a day", "sent": [1]}) == SentLog()
    assert SentLog.from_json({"day": "2026-11-02", "sent": "xy"}) == SentLog()


def test_a_damaged_state_file_starts_afresh(tmp_path: Path) -> None:
    file = tmp_path / "reminders.json"
    file.write_text("{not json")
    state = ReminderState(file)
    assert state.load("b") == SentLog()
    state.save("b", SentLog(TODAY, frozenset({4})))
    assert ReminderState(file).load("b") == SentLog(TODAY, frozenset({4}))


class Runner:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, args: object) -> None:
        self.calls.append(list(args))  # type: ignore[call-overload]


def test_timer_installed_where_systemd_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    (runtime / "systemd").mkdir(parents=True)
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    run = Runner()
    auto = Autostart(tmp_path / "config", runtime, run)
    command = ["/opt/crm note/crmnote", "--db", '/home/a/50% "books".sqlite3', "remind"]
    where = auto.install(command, "crmnote: reminders")
    assert where == auto.timer_file and auto.installed()
    service = auto.service_file.read_text()
    assert (
        'ExecStart="/opt/crm note/crmnote" "--db" "/home/a/50%% \\"books\\".sqlite3" "remind"'
        in service
    )
    timer = auto.timer_file.read_text()
    assert "OnStartupSec=1min" in timer and "OnCalendar=*-*-* 09:00:00" in timer
    assert "Persistent=true" in timer and "WantedBy=timers.target" in timer
    assert run.calls == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", "crmnote-remind.timer"],
    ]
    assert auto.uninstall() and not auto.installed()
    assert run.calls[-2:] == [
        ["systemctl", "--user", "disable", "--now", "crmnote-remind.timer"],
        ["systemctl", "--user", "daemon-reload"],
    ]
    assert not auto.uninstall()


def test_autostart_entry_without_systemd(tmp_path: Path) -> None:
    run = Runner()
    auto = Autostart(tmp_path / "config", None, run)
    where = auto.install(["/usr/bin/crmnote", "--db", "/b/$HOME`x`.db", "remind"], "reminders")
    assert where == tmp_path / "config" / "autostart" / "crmnote-remind.desktop"
    text = where.read_text()
    assert 'Exec="/usr/bin/crmnote" "--db" "/b/\\$HOME\\`x\\`.db" "remind"' in text
    assert "NoDisplay=true" in text and run.calls == []
    assert auto.uninstall() and not where.exists()


def test_remind_command_names_the_book(tmp_path: Path) -> None:
    import sys

    assert remind_command(None, frozen=True) == [sys.executable, "remind"]
    cmd = remind_command("rel.sqlite3", frozen=False)
    assert cmd[:3] == [sys.executable, "-m", "crmnote"] and cmd[-1] == "remind"
    assert Path(cmd[4]).is_absolute() and cmd[4].endswith("rel.sqlite3")
    url = "postgresql+psycopg://me@host/crm"
    assert remind_command(url, frozen=True) == [sys.executable, "--db", url, "remind"]


def test_cli_prints_without_a_service_and_installs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "add", "customer", "Dora"]) == 0
    due = date.today()  # the command reads the wall clock
    assert main(["--db", db, "add", "promise", "Dora", "--text", "ring", "--due", str(due)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "remind"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["1 promise to keep", "Dora: ring (due today)"]
    assert err.startswith("crmnote: no notification shown (no D-Bus session bus")
    assert err.count("\n") == 1
    assert main(["--db", db, "remind", "--print"]) == 0
    assert capsys.readouterr().out == "Dora: ring (due today)\n"
    assert main(["--db", db, "remind", "--install"]) == 0
    entry = tmp_path / "home" / "config" / "autostart" / "crmnote-remind.desktop"
    assert capsys.readouterr().out == f"reminders installed: {entry}\n"
    assert str(Path(db)) in entry.read_text()
    assert main(["--db", db, "remind", "--uninstall"]) == 0
    assert capsys.readouterr().out == "reminders removed\n" and not entry.exists()
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "remind", "--install", "--print"])
    assert usage.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_install_is_refused_where_crmnote_cannot_set_it_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crmnote.desktop.autostart import supported

    assert supported("linux") and not supported("win32") and not supported("darwin")
    monkeypatch.setattr("sys.platform", "win32")
    assert main(["--db", str(tmp_path / "x.sqlite3"), "remind", "--install"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("crmnote: error: crmnote sets up reminders on Linux only; on win32")
