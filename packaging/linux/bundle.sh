#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tarball: what `make package` runs.
#
#   PYINSTALLER=.venv/bin/pyinstaller packaging/linux/bundle.sh
#
# dist/crmnote/                  the program (crmnote) and its libraries (_internal/)
#   install.sh                   installs it for the current user (see docs/packaging.md)
#   share/applications, share/metainfo, share/icons/hicolor   desktop integration
# dist/crmnote-VERSION-linux-ARCH.tar.gz   the same folder, to hand out
set -euo pipefail
cd "$(dirname "$0")/../.."
PYINSTALLER=${PYINSTALLER:-pyinstaller}
ID=io.github.crmnote.crmnote
OUT=dist/crmnote

rm -rf "$OUT"
"$PYINSTALLER" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/crmnote.spec

install -Dm644 "packaging/linux/$ID.desktop" "$OUT/share/applications/$ID.desktop"
install -Dm644 "packaging/linux/$ID.metainfo.xml" "$OUT/share/metainfo/$ID.metainfo.xml"
for size in 16 32 48 64 128 256; do
  install -Dm644 "resources/icons/crmnote-$size.png" \
    "$OUT/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -Dm644 resources/icons/crmnote.svg "$OUT/share/icons/hicolor/scalable/apps/$ID.svg"
install -m755 packaging/linux/install.sh "$OUT/install.sh"

version=$("$OUT/crmnote" --version | awk '{print $2}')
tarball="dist/crmnote-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" crmnote
echo "bundle:  $OUT ($(du -sh "$OUT" | cut -f1))"
echo "tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
