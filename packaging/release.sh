#!/usr/bin/env bash
# Build a release into dist/: what `make release` runs (docs/packaging.md#releasing).
#
#   RELEASE_PYTHON=build/release-venv/bin/python packaging/release.sh
#
# dist/crmnote-VERSION-py3-none-any.whl, dist/crmnote-VERSION.tar.gz   wheel and sdist
# dist/crmnote/, dist/crmnote-VERSION-linux-ARCH.tar.gz                the Linux bundle
# dist/crmnote_VERSION_ARCH.deb                                        the Debian package
#
# RELEASE_PYTHON is a Python with crmnote and its `package` extra installed (and the
# `encryption` extra, to carry SQLCipher support into the bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${RELEASE_PYTHON:-python3}
BIN=$(dirname "$PY")
start=$SECONDS

version=$("$PY" -c 'import crmnote; print(crmnote.__version__)')
# The history and the AppStream data must name this version before anything is built.
"$PY" packaging/release_notes.py --check
if ! grep -q "^## \[$version\] - " CHANGELOG.md; then
  echo "release: CHANGELOG.md has no section for $version" >&2
  exit 1
fi

rm -rf dist
"$PY" -m build --outdir dist . >build/release-build.log 2>&1 ||
  { tail -30 build/release-build.log >&2; exit 1; }
PYINSTALLER="$BIN/pyinstaller" ARGPARSE_MANPAGE="$BIN/argparse-manpage" packaging/linux/bundle.sh
packaging/linux/deb.sh

echo "release $version built in $((SECONDS - start)) s:"
for f in dist/*.whl dist/*.tar.gz dist/*.deb; do
  printf '  %-45s %s\n' "$f" "$(du -h "$f" | cut -f1)"
done
printf '  %-45s %s\n' "dist/crmnote/ (unpacked bundle)" "$(du -sh dist/crmnote | cut -f1)"
