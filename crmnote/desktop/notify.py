"""Desktop notifications without Qt: freedesktop notifications over D-Bus (Linux and the BSDs),
Notification Center through osascript (macOS); elsewhere there is no notifier and `crmnote
remind` prints instead (docs/reminders.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Protocol

APP_ID = "io.github.crmnote.crmnote"  # the desktop entry, so the notification shows our icon
TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Notification:
    title: str
    body: str
    urgent: bool = False  # overdue promises: the desktop may keep it on screen


class NotificationUnavailable(Exception):
    """No notification service to show it on; the message says why, in a few words."""


class Notifier(Protocol):
    def notify(self, notification: Notification) -> None:
        """Show it, or raise NotificationUnavailable."""


class FreedesktopNotifier:
    """org.freedesktop.Notifications on the session bus, through jeepney (pure Python)."""

    def notify(self, notification: Notification) -> None:
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
            from jeepney.wrappers import DBusErrorResponse, unwrap_msg
        except ImportError as exc:  # pragma: no cover - jeepney is a Linux dependency
            raise NotificationUnavailable(f"jeepney is not installed ({exc})") from None
        address = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.freedesktop.Notifications",
        )
        hints = {
            "urgency": ("y", 2 if notification.urgent else 1),
            "desktop-entry": ("s", APP_ID),
            "category": ("s", "x-crmnote.reminder"),
        }
        call = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            ("crmnote", 0, APP_ID, notification.title, notification.body, [], hints, -1),
        )
        try:
            with open_dbus_connection(bus="SESSION") as connection:
                unwrap_msg(connection.send_and_get_reply(call, timeout=TIMEOUT_S))
        except KeyError:
            raise NotificationUnavailable(
                "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS)"
            ) from None
        except DBusErrorResponse as exc:
            raise NotificationUnavailable(f"no notification service ({exc.name})") from None
        except (OSError, TimeoutError, ValueError) as exc:
            raise NotificationUnavailable(f"the D-Bus session bus did not answer ({exc})") from None


def _applescript_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class MacNotifier:
    """Notification Center through `osascript`, which every macOS has."""

    def notify(self, notification: Notification) -> None:
        osascript = shutil.which("osascript")
        if osascript is None:
            raise NotificationUnavailable("osascript is not available")
        script = (
            f"display notification {_applescript_text(notification.body)} "
            f"with title {_applescript_text(notification.title)}"
        )
        try:
            subprocess.run([osascript, "-e", script], check=True, timeout=30, capture_output=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise NotificationUnavailable(f"osascript failed ({exc})") from None


class NoNotifier:
    """Where crmnote knows no notification service: always unavailable."""

    def notify(self, notification: Notification) -> None:
        raise NotificationUnavailable(f"no desktop notifications on {sys.platform} yet")


def system_notifier(platform: str = sys.platform) -> Notifier:
    if platform == "darwin":
        return MacNotifier()
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return FreedesktopNotifier()
    return NoNotifier()
