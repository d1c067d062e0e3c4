#!/usr/bin/env bash
# Install what `make release` put in dist/ and use it as a user would: `make check-install`.
#
#   packaging/check_install.sh        (as root, or with password-less sudo, for the .deb)
#
# 1. the bundle tarball, unpacked, and its install.sh for the current user (then --uninstall);
# 2. the wheel with its `postgres` extra, in a new venv (pip fetches its dependencies);
# 3. the .deb: an older build of it first, a book in the user's data folder, then this one
#    over it with `apt-get install ./dist/crmnote_*.deb` (the book must come through
#    untouched), then `apt-get remove` (every file of the package must go, the book stays).
# Each installed program: `--version`, `demo --customers 5` and `export-pdf` without a display,
# the desktop app started offscreen to its first painted window, books made by past releases
# (tests/data) opened: migrated after a backup, and its PostgreSQL driver loaded. Runs with HOME in a temporary folder;
# replaces an installed crmnote package. Exits non-zero, saying why, at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' crmnote/__init__.py)
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
work=$(mktemp -d /tmp/crmnote-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$SECONDS

fail() {
  echo "check-install: FAILED: $*" >&2
  exit 1
}
step() { echo "check-install: $*"; }

wheel="dist/crmnote-$version-py3-none-any.whl"
tarball="dist/crmnote-$version-linux-$(uname -m).tar.gz"
deb="dist/crmnote_${version}_${arch}.deb"
for f in "$wheel" "$tarball" "$deb"; do
  [ -f "$f" ] || fail "$f is missing: run make release first"
done

# A user of our own: nothing here reads or writes the real home folder's data or settings.
export HOME="$work/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME CRMNOTE_DB CRMNOTE_PASSPHRASE
export QT_QPA_PLATFORM=offscreen
head_revision=$(find crmnote/storage/migrations/versions -name '[0-9][0-9][0-9][0-9]_*.py' \
  -printf '%f\n' | sort | tail -1 | cut -c1-4)
# Books of past schemas: the first one and the one the newest release wrote (tests/data).
released=$("$PYTHON" -c 'import tomllib, sys
with open("tests/data/releases.toml", "rb") as f:
    schemas = tomllib.load(f)["schemas"]
newest = max(schemas, key=lambda v: tuple(map(int, v.split("."))))
print(schemas[newest])')
golden=("0001" "$released")

revision_of() {
  "$PYTHON" -c 'import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])' "$1"
}

# try_program NAME PROGRAM: the checks every installed crmnote must pass.
try_program() {
  local name=$1 program=$2 dir out
  dir="$work/$name"
  mkdir -p "$dir"
  out=$("$program" --version) || fail "$name: --version exited $?"
  [ "$out" = "crmnote $version" ] || fail "$name: --version says '$out', not 'crmnote $version'"
  "$program" --db "$dir/book.sqlite3" demo --customers 5 >"$dir/demo.log" ||
    fail "$name: demo failed: $(cat "$dir/demo.log")"
  out=$("$program" --db "$dir/book.sqlite3" customers --json)
  [ "$(printf '%s' "$out" | "$PYTHON" -c 'import json, sys; print(len(json.load(sys.stdin)))')" = 5 ] ||
    fail "$name: demo --customers 5 did not make 5 customers"
  "$program" --db "$dir/book.sqlite3" export-pdf 1 -o "$dir/history.pdf" >/dev/null ||
    fail "$name: export-pdf failed"
  [ "$(head -c5 "$dir/history.pdf")" = "%PDF-" ] && [ "$(stat -c%s "$dir/history.pdf")" -gt 2000 ] ||
    fail "$name: export-pdf wrote no PDF"
  out=$(CRMNOTE_BENCH_EXIT_ON_PAINT=1 timeout 180 "$program" --db "$dir/book.sqlite3" 2>"$dir/gui.err") ||
    fail "$name: the desktop app did not start: $(tail -5 "$dir/gui.err")"
  grep -q '^crmnote-bench first-paint ' <<<"$out" || fail "$name: the window never painted"
  grep -q '^crmnote-bench main-window ' <<<"$out" || fail "$name: the main window never painted"
  for revision in "${golden[@]}"; do
    local book="$dir/upgrade-$revision/book.sqlite3"
    mkdir -p "$(dirname "$book")"
    cp "tests/data/schema-$revision.sqlite3" "$book"
    "$program" --db "$book" customers --json >"$dir/upgrade.json" ||
      fail "$name: a book of schema $revision did not open"
    grep -q 'Zoë' "$dir/upgrade.json" || fail "$name: the customers of schema $revision are gone"
    [ "$(revision_of "$book")" = "$head_revision" ] ||
      fail "$name: schema $revision was not migrated to $head_revision"
    if [ "$revision" != "$head_revision" ]; then
      local backup
      backup=$(find "$(dirname "$book")/backups" -name 'book-*-pre-migration.sqlite3' | head -1)
      [ -n "$backup" ] && [ "$(revision_of "$backup")" = "$revision" ] ||
        fail "$name: no backup of schema $revision was taken before migrating it"
    fi
  done
  # The PostgreSQL driver is there: a server that is not running is told apart (exit 5), not
  # "the PostgreSQL driver is not installed" (exit 4).
  local code=0
  "$program" --db "postgresql+psycopg://crmnote@127.0.0.1:1/crm" customers >/dev/null \
    2>"$dir/server.err" || code=$?
  [ "$code" = 5 ] && grep -q 'cannot reach the PostgreSQL server' "$dir/server.err" ||
    fail "$name: no PostgreSQL driver (exit $code): $(cat "$dir/server.err")"
  step "$name: --version, demo, export-pdf, first paint, books of schemas ${golden[*]}, PostgreSQL driver: ok"
}

# 0. The .deb as Debian's checker sees it (where lintian is installed; .ci/run installs it).
# What a self-contained bundle is by nature is overridden, with reasons, in
# packaging/linux/lintian-overrides; any other error or warning fails.
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 ||
    fail "lintian: $(grep -E '^[EW]: ' "$work/lintian.log" | head -10)"
  step "deb: lintian: no error or warning"
fi

# 1. The bundle, as handed out.
mkdir -p "$work/unpacked"
tar -C "$work/unpacked" -xzf "$tarball"
try_program bundle "$work/unpacked/crmnote/crmnote"
PREFIX="$work/local" "$work/unpacked/crmnote/install.sh" >/dev/null
[ -x "$work/local/bin/crmnote" ] && [ -f "$work/local/share/man/man1/crmnote.1" ] ||
  fail "install.sh did not install the program and its manual page"
"$work/local/bin/crmnote" --version >/dev/null || fail "the program install.sh put on PATH fails"
PREFIX="$work/local" "$work/local/opt/crmnote/install.sh" --uninstall >/dev/null
# Only the menu's and the icon theme's caches stay, refreshed without crmnote.
left=$(find "$work/local" -type f ! -name icon-theme.cache ! -name mimeinfo.cache | head -5)
[ -z "$left" ] || fail "install.sh --uninstall left files behind: $left"
step "bundle: install.sh and install.sh --uninstall: ok"

# 2. The wheel, in a venv of its own.
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel[postgres]" 2>"$work/pip.err" ||
  fail "pip install $wheel[postgres]: $(grep -v '^WARNING' "$work/pip.err" | tail -5)"
meta=$("$work/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("crmnote"))')
[ "$meta" = "$version" ] || fail "wheel: the package metadata says $meta, not $version"
try_program wheel "$work/venv/bin/crmnote"

# 3. The Debian package.
SUDO=""
if [ "$(id -u)" != 0 ]; then
  sudo -n true 2>/dev/null || fail "installing the .deb needs root (or password-less sudo)"
  SUDO=sudo
fi
apt_install() {
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --allow-downgrades "$@" \
    >"$work/apt.log" 2>&1 || fail "apt-get install $*: $(tail -5 "$work/apt.log")"
}
if dpkg -s crmnote >/dev/null 2>&1; then
  step "removing the crmnote package installed before this check"
  $SUDO dpkg -r crmnote >/dev/null
fi
$SUDO apt-get update -qq >/dev/null 2>&1 || true
# An older build: this package, its version lowered, stands in for the previous release.
dpkg-deb -R "$deb" "$work/older"
sed -i "s/^Version: .*/Version: ${version}~previous/" "$work/older/DEBIAN/control"
dpkg-deb --root-owner-group -Znone --build "$work/older" "$work/older.deb" >/dev/null
apt_install "$work/older.deb"
/usr/bin/crmnote demo --customers 5 >/dev/null || fail "the older package's demo failed"
book="$HOME/.local/share/crmnote/crmnote.sqlite3"
[ -f "$book" ] || fail "the default book is not in $book"
before=$(sha256sum "$book" | cut -d' ' -f1)
apt_install "./$deb"
[ "$(dpkg-query -W -f '${Version}' crmnote)" = "$version" ] || fail "the upgrade to $version did not happen"
[ "$(sha256sum "$book" | cut -d' ' -f1)" = "$before" ] || fail "the upgrade changed the user's book"
out=$(/usr/bin/crmnote customers --json)
[ "$(printf '%s' "$out" | "$PYTHON" -c 'import json, sys; print(len(json.load(sys.stdin)))')" = 5 ] ||
  fail "the upgraded program does not show the book's 5 customers"
step "deb: ${version}~previous, then $version over it: the user's book kept: ok"

# A set, not `printf | grep -q`: under pipefail grep's early exit kills printf with SIGPIPE.
declare -A listed=()
while IFS= read -r f; do listed["$f"]=1; done < <(dpkg -L crmnote)
for f in /usr/bin/crmnote /opt/crmnote/crmnote /usr/share/man/man1/crmnote.1.gz \
    /usr/share/applications/io.github.crmnote.crmnote.desktop \
    /usr/share/metainfo/io.github.crmnote.crmnote.metainfo.xml \
    /usr/share/icons/hicolor/256x256/apps/io.github.crmnote.crmnote.png \
    /usr/share/doc/crmnote/copyright; do
  [ -e "$f" ] && [ -n "${listed[$f]:-}" ] || fail "the package does not install $f"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/io.github.crmnote.crmnote.desktop ||
    fail "the installed desktop entry is not valid"
fi
# The manual page documents every command of the parser.
commands=$("$work/venv/bin/python" -c 'import argparse
from crmnote.cli import build_parser
sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
print("\n".join(sub.choices))')
man=$(zcat /usr/share/man/man1/crmnote.1.gz | sed 's/\\-/-/g')
for command in $commands; do
  grep -qF "crmnote $command" <<<"$man" || fail "the manual page does not describe '$command'"
done
# Every library the bundle needs is in the bundle or in a package the .deb depends on.
unresolved=$( (find /opt/crmnote -type f -name '*.so*' -exec ldd {} + 2>/dev/null || true) |
  sed -n 's/^\s*\(\S*\) => not found$/\1/p' | sort -u)
for lib in $unresolved; do
  [ -n "$(find /opt/crmnote -name "$lib" -print -quit)" ] ||
    fail "$lib is neither in the bundle nor brought by the package's Depends"
done
try_program deb /usr/bin/crmnote

$SUDO apt-get remove -y -qq crmnote >"$work/apt.log" 2>&1 || fail "apt-get remove: $(tail -5 "$work/apt.log")"
for f in "${files[@]}"; do
  # Directories such as /usr/share/applications are shared with other packages and stay.
  [ -d "$f" ] && [ ! -L "$f" ] && [ "${f#/opt/crmnote}" = "$f" ] && continue
  [ ! -e "$f" ] && [ ! -L "$f" ] || fail "apt-get remove left $f"
done
[ ! -e /opt/crmnote ] || fail "apt-get remove left /opt/crmnote: $(find /opt/crmnote | head -3)"
[ -f "$book" ] || fail "removing the package took the user's book"
step "deb: installed files, manual page, libraries, apt-get remove (book kept): ok"
step "all ok in $((SECONDS - start)) s"
