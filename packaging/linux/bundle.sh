#!/usr/bin/env bash
# Build the Linux one-folder bundle and its tarball: what `make package` runs.
#
#   PYINSTALLER=.venv/bin/pyinstaller ARGPARSE_MANPAGE=.venv/bin/argparse-manpage \
#     packaging/linux/bundle.sh
#
# dist/crmnote/                  the program (crmnote) and its libraries (_internal/)
#   install.sh                   installs it for the current user (see docs/packaging.md)
#   share/applications, share/metainfo, share/icons/hicolor   desktop integration
#   share/man/man1/crmnote.1     the manual page, generated from the argument parser
# dist/crmnote-VERSION-linux-ARCH.tar.gz   the same folder, to hand out
set -euo pipefail
cd "$(dirname "$0")/../.."
PYINSTALLER=${PYINSTALLER:-pyinstaller}
ARGPARSE_MANPAGE=${ARGPARSE_MANPAGE:-argparse-manpage}
# Dates written into the build (the manual page's) are those of the last commit: same source,
# same files.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
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

# The version is the program's own (crmnote/__init__.py, the single source): what --version says.
version=$("$OUT/crmnote" --version | awk '{print $2}')
mkdir -p "$OUT/share/man/man1"
# The parser speaks the builder's language (crmnote/cli/helptext.py): the page is English.
LC_ALL=C.UTF-8 "$ARGPARSE_MANPAGE" --module crmnote.cli --function build_parser --prog crmnote \
  --version "$version" --project-name crmnote --manual-title "crmnote manual" \
  --description "customer relationship notebook with explainable difficulty and trust scores" \
  --author "The crmnote developers" --url https://github.com/crmnote/crmnote \
  --include packaging/linux/crmnote.1.include --output "$OUT/share/man/man1/crmnote.1"
tarball="dist/crmnote-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" crmnote
echo "bundle:  $OUT ($(du -sh "$OUT" | cut -f1))"
echo "tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
