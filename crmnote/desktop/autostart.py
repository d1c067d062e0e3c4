"""Running `crmnote remind` at login and once a day: a systemd user timer where the session has
systemd, else an XDG autostart entry (at login only). Installed from Settings, by
`crmnote remind --install` and by the Linux installer; removed the same ways."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

UNIT = "crmnote-remind"
AUTOSTART_NAME = "crmnote-remind.desktop"

Runner = Callable[[Sequence[str]], None]


def _run(args: Sequence[str]) -> None:
    subprocess.run(list(args), check=True, capture_output=True, timeout=60)


def remind_command(db: str | None, *, frozen: bool | None = None) -> list[str]:
    """The command line that reminds about `db` (None: the default book) from a timer."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    program = [sys.executable] if frozen else [sys.executable, "-m", "crmnote"]
    book = ["--db", os.path.abspath(db) if db and "://" not in db else db] if db else []
    return [*program, *book, "remind"]


def supported(platform: str | None = None) -> bool:
    """crmnote sets up the timer or autostart entry on Linux and the BSDs (freedesktop)."""
    return (platform or sys.platform).startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _systemd_quote(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def _desktop_quote(word: str) -> str:
    """Quoting of the Desktop Entry Specification's Exec key."""
    escaped = word
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    return f'"{escaped}"'.replace("%", "%%")


@dataclass(frozen=True)
class Autostart:
    """Where the entries go; `run` runs systemctl (tests pass a fake)."""

    config_home: Path
    runtime_dir: Path | None
    run: Runner = _run

    @staticmethod
    def for_user(run: Runner = _run) -> Autostart:
        config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        return Autostart(Path(config), Path(runtime) if runtime else None, run)

    @property
    def units_dir(self) -> Path:
        return self.config_home / "systemd" / "user"

    @property
    def service_file(self) -> Path:
        return self.units_dir / f"{UNIT}.service"

    @property
    def timer_file(self) -> Path:
        return self.units_dir / f"{UNIT}.timer"

    @property
    def autostart_file(self) -> Path:
        return self.config_home / "autostart" / AUTOSTART_NAME

    def has_systemd(self) -> bool:
        """The session runs a systemd user manager that can start a timer."""
        return (
            self.runtime_dir is not None
            and (self.runtime_dir / "systemd").is_dir()
            and shutil.which("systemctl") is not None
        )

    def installed(self) -> bool:
        return self.timer_file.exists() or self.autostart_file.exists()

    def install(self, command: Sequence[str], description: str) -> Path:
        """Install the timer (or the autostart entry); the file that runs the reminders."""
        self.uninstall()
        if self.has_systemd():
            self.units_dir.mkdir(parents=True, exist_ok=True)
            self.service_file.write_text(_service(command, description), encoding="utf-8")
            self.timer_file.write_text(_timer(description), encoding="utf-8")
            try:
                self.run(["systemctl", "--user", "daemon-reload"])
                self.run(["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"])
            except BaseException:
                # Not half installed: a switch that says "on" runs the reminders.
                self.timer_file.unlink(missing_ok=True)
                self.service_file.unlink(missing_ok=True)
                raise
            return self.timer_file
        self.autostart_file.parent.mkdir(parents=True, exist_ok=True)
        self.autostart_file.write_text(_desktop_entry(command, description), encoding="utf-8")
        return self.autostart_file

    def uninstall(self) -> bool:
        """Remove whatever is installed; True if there was something."""
        found = False
        if self.timer_file.exists() or self.service_file.exists():
            found = True
            if self.has_systemd():
                # The files go anyway; the manager forgets them at daemon-reload.
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    self.run(["systemctl", "--user", "disable", "--now", f"{UNIT}.timer"])
            self.timer_file.unlink(missing_ok=True)
            self.service_file.unlink(missing_ok=True)
            if self.has_systemd():
                self.run(["systemctl", "--user", "daemon-reload"])
        if self.autostart_file.exists():
            found = True
            self.autostart_file.unlink()
        return found


def _service(command: Sequence[str], description: str) -> str:
    return (
        "# Written by crmnote (Settings, or crmnote remind --install); removed the same way.\n"
        f"[Unit]\nDescription={description}\n\n"
        "[Service]\nType=oneshot\n"
        f"ExecStart={' '.join(_systemd_quote(w) for w in command)}\n"
    )


def _timer(description: str) -> str:
    return (
        "# Written by crmnote: reminders a minute after login and every day at 09:00\n"
        "# (Persistent: a day the computer was off is caught up when it starts).\n"
        f"[Unit]\nDescription={description}\n\n"
        "[Timer]\nOnStartupSec=1min\nOnCalendar=*-*-* 09:00:00\nPersistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )


def _desktop_entry(command: Sequence[str], description: str) -> str:
    return (
        "[Desktop Entry]\nType=Application\nName=crmnote reminders\n"
        f"Comment={description}\n"
        f"Exec={' '.join(_desktop_quote(w) for w in command)}\n"
        "Icon=io.github.crmnote.crmnote\nNoDisplay=true\nTerminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
