"""`crmnote` run in a subprocess, as a user or a script would run it: one helper for every
end-to-end test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


class Cli:
    """The command line on `database`: a SQLite file (`db` is its path) or a PostgreSQL URL
    (`url`), with a private HOME and no passphrase in the environment."""

    def __init__(self, tmp_path: Path, database: str | Path) -> None:
        self.url = str(database)
        self.db = Path(database)
        self.env = {**os.environ, "CRMNOTE_DB": self.url, "HOME": str(tmp_path)}
        self.env.pop("CRMNOTE_PASSPHRASE", None)

    def run(
        self,
        *args: str | Path,
        ok: bool = True,
        code: int | None = None,
        passphrase: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Runs `crmnote ARGS`; checks the exit code is `code` (0 unless `ok=False`, which
        checks nothing). Standard input is not a terminal, so nothing prompts."""
        env = self.env if passphrase is None else {**self.env, "CRMNOTE_PASSPHRASE": passphrase}
        result = subprocess.run(
            [sys.executable, "-m", "crmnote", *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        expected = code if code is not None else (0 if ok else None)
        if expected is not None:
            assert result.returncode == expected, (result.returncode, result.stderr)
        return result
