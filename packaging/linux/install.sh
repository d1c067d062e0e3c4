#!/usr/bin/env bash
# Install (or remove) the crmnote bundle for the current user, no root needed.
#
#   ./install.sh             copy this folder to ~/.local/opt/crmnote, put crmnote on PATH
#                            (~/.local/bin) and in the desktop's application menu
#   ./install.sh --reminders also remind of promises falling due at login and once a day
#                            (`crmnote remind --install`: a systemd user timer, else an
#                            autostart entry; Settings has the same switch)
#   ./install.sh --uninstall remove all of that again (your database is never touched)
#
# Run it from the unpacked bundle (dist/crmnote or the release tarball). PREFIX overrides ~/.local.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
ID=io.github.crmnote.crmnote
TARGET="$PREFIX/opt/crmnote"
SHARE="$PREFIX/share"

if [ "${1:-}" = "--uninstall" ]; then
  [ -x "$TARGET/crmnote" ] && "$TARGET/crmnote" remind --uninstall >/dev/null 2>&1 || true
  rm -rf "$TARGET"
  rm -f "$PREFIX/bin/crmnote" "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml" \
    "$SHARE/man/man1/crmnote.1"
  find "$SHARE/icons/hicolor" -name "$ID.*" -delete 2>/dev/null || true
  # The menu's and the icon theme's caches (shared with other programs) forget crmnote too.
  command -v update-desktop-database >/dev/null && [ -d "$SHARE/applications" ] &&
    update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && [ -f "$SHARE/icons/hicolor/icon-theme.cache" ] &&
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
  echo "crmnote removed from $PREFIX"
  exit 0
fi

[ -x "$HERE/crmnote" ] || { echo "run install.sh from the crmnote bundle folder" >&2; exit 1; }
if [ "$HERE" != "$TARGET" ]; then
  rm -rf "$TARGET"
  mkdir -p "$(dirname "$TARGET")"
  cp -a "$HERE" "$TARGET"
fi
mkdir -p "$PREFIX/bin"
ln -sfn "$TARGET/crmnote" "$PREFIX/bin/crmnote"
(cd "$TARGET/share" && find applications metainfo icons man -type f) | while read -r file; do
  install -Dm644 "$TARGET/share/$file" "$SHARE/$file"
done
# The menu entry runs `crmnote` from PATH; name the installed program so it works without it.
sed -i "s|^Exec=crmnote|Exec=$TARGET/crmnote|; s|^TryExec=crmnote|TryExec=$TARGET/crmnote|" \
  "$SHARE/applications/$ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "crmnote installed in $TARGET; run it from the application menu or as: crmnote"
if [ "${1:-}" = "--reminders" ]; then
  "$TARGET/crmnote" remind --install
fi
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "note: $PREFIX/bin is not on your PATH" ;; esac
