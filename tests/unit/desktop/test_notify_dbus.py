"""Freedesktop notifications over a real, private D-Bus session bus with a stand-in
notification service (jeepney on both ends), and the clean refusals without one."""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crmnote.desktop.notify import (
    FreedesktopNotifier,
    NoNotifier,
    Notification,
    NotificationUnavailable,
    system_notifier,
)

jeepney = pytest.importorskip("jeepney")
pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus; its address in DBUS_SESSION_BUS_ADDRESS."""
    address = f"unix:path={tmp_path / 'bus'}"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={address}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):  # the socket appears once the daemon listens
            if (tmp_path / "bus").exists():
                break
            # time.sleep, not Event.wait: a timed wait on a condition never wakes under
            # libfaketime (make test-future), a relative sleep does.
            time.sleep(0.02)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


class FakeNotificationService(threading.Thread):
    """Owns org.freedesktop.Notifications and records every Notify call's arguments."""

    def __init__(self, address: str) -> None:
        super().__init__(daemon=True)
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.calls: list[tuple[Any, ...]] = []
        self.connection = open_dbus_connection(bus=address)
        reply = self.connection.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications")
        )
        assert reply.body == (1,)  # primary owner
        self.stop = threading.Event()

    def run(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        while not self.stop.is_set():
            try:
                msg = self.connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            fields = msg.header.fields
            if (
                msg.header.message_type == MessageType.method_call
                and fields.get(HeaderFields.member) == "Notify"
            ):
                self.calls.append(msg.body)
                self.connection.send(new_method_return(msg, "u", (len(self.calls),)))

    def close(self) -> None:
        self.stop.set()
        self.join(5)
        self.connection.close()


def test_notify_reaches_the_notification_service(session_bus: str) -> None:
    service = FakeNotificationService(session_bus)
    service.start()
    try:
        FreedesktopNotifier().notify(Notification("2 promises to keep", "Ann: call (due today)"))
        FreedesktopNotifier().notify(Notification("1 promise to keep", "Bob: ship", urgent=True))
    finally:
        service.close()
    [first, second] = service.calls
    app, replaces, icon, title, body, actions, hints, timeout = first
    assert (app, replaces, icon, title, body) == (
        "crmnote",
        0,
        "io.github.crmnote.crmnote",
        "2 promises to keep",
        "Ann: call (due today)",
    )
    assert actions == [] and timeout == -1
    assert hints["urgency"] == ("y", 1) and second[6]["urgency"] == ("y", 2)
    assert hints["desktop-entry"] == ("s", "io.github.crmnote.crmnote")


def test_a_bus_without_notification_service_is_refused_cleanly(session_bus: str) -> None:
    with pytest.raises(NotificationUnavailable, match="no notification service"):
        FreedesktopNotifier().notify(Notification("t", "b"))


def test_no_session_bus_is_refused_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(NotificationUnavailable, match="session bus"):
        FreedesktopNotifier().notify(Notification("t", "b"))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'gone'}")
    with pytest.raises(NotificationUnavailable, match="did not answer"):
        FreedesktopNotifier().notify(Notification("t", "b"))


def test_each_system_gets_its_notifier() -> None:
    assert isinstance(system_notifier("linux"), FreedesktopNotifier)
    assert type(system_notifier("darwin")).__name__ == "MacNotifier"
    other = system_notifier("win32")
    assert isinstance(other, NoNotifier)
    with pytest.raises(NotificationUnavailable, match="no desktop notifications"):
        other.notify(Notification("t", "b"))
