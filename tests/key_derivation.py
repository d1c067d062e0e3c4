"""Key derivation in the tests: SQLCipher's own default for new connections, lowered.

Every SQLCipher connection derives its key from the passphrase with PBKDF2 (SQLCipher 4:
256,000 rounds, ~0.1 s of CPU on a quiet core), and the encryption tests open hundreds of
connections. crmnote never sets the round count (the file format is SQLCipher 4's defaults), so
the test process lowers SQLCipher's process-wide default (`PRAGMA cipher_default_kdf_iter`,
SQLCipher's supported way to change the defaults of every connection opened after it) to
`TEST_ROUNDS`. Nothing in crmnote reads this setting. Child processes (`python -m crmnote`, the
crash writers) keep the real default, so a test whose file is written by a child and read in
this process (or the other way round) asks for `real_key_derivation`; so do the tests that
check the default itself (tests/reliability/test_encryption_at_rest.py).
"""

from __future__ import annotations

import importlib
from types import ModuleType

TEST_ROUNDS = 1000


def _dbapi() -> ModuleType | None:
    try:
        return importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        return None


def _default_rounds(dbapi: ModuleType, rounds: int | None = None) -> int:
    con = dbapi.connect(":memory:")
    try:
        if rounds is not None:
            con.execute(f"PRAGMA cipher_default_kdf_iter = {int(rounds)}")
        return int(con.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        con.close()


class KeyDerivation:
    """The process-wide default round count: `real` as SQLCipher was built, `lowered()` for
    the test process, `restored()` for one test that needs the real one."""

    def __init__(self) -> None:
        self.dbapi = _dbapi()
        self.real = _default_rounds(self.dbapi) if self.dbapi is not None else None

    def lowered(self) -> None:
        if self.dbapi is not None:
            assert _default_rounds(self.dbapi, TEST_ROUNDS) == TEST_ROUNDS

    def restored(self) -> None:
        if self.dbapi is not None and self.real is not None:
            assert _default_rounds(self.dbapi, self.real) == self.real


ROUNDS = KeyDerivation()
