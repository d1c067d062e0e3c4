#!/usr/bin/env bash
# Build crmnote for macOS: dist/crmnote.app and dist/crmnote-VERSION-macos-ARCH.zip.
#
#   packaging/macos/build.sh
#
# On a Mac with Python 3.11+ (python3 on PATH). The app's Info.plist takes its version
# (CFBundleShortVersionString, CFBundleVersion) from crmnote/__init__.py through the spec;
# this script checks that the built app says the same. Sign and notarise afterwards (README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[package]"
version=$(.venv/bin/python -c 'import crmnote; print(crmnote.__version__)')

.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/crmnote.spec
app=dist/crmnote.app
plist_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")
[ "$plist_version" = "$version" ] || { echo "Info.plist says $plist_version, not $version" >&2; exit 1; }
said=$("$app/Contents/MacOS/crmnote" --version)
[ "$said" = "crmnote $version" ] || { echo "the app says '$said', not 'crmnote $version'" >&2; exit 1; }

zip="dist/crmnote-$version-macos-$(uname -m).zip"
ditto -c -k --keepParent "$app" "$zip"
echo "app: $app, archive: $zip"
