#!/usr/bin/env bash
# Build the Debian package dist/crmnote_VERSION_ARCH.deb from the bundle in dist/crmnote
# (packaging/linux/bundle.sh): what `make release` runs after the bundle.
#
#   /opt/crmnote/                         the bundle: the program and its libraries
#   /usr/bin/crmnote -> /opt/crmnote/crmnote
#   /usr/share/applications, metainfo, icons/hicolor, man/man1, doc/crmnote
#
# No maintainer scripts: dpkg's triggers refresh the menu and the icon cache. Removing the
# package removes every file it installed; the user's databases live in their home folder and
# are never touched. MAINTAINER overrides the Maintainer field.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=dist/crmnote
STAGE=build/deb
MAINTAINER=${MAINTAINER:-The crmnote developers <crmnote@users.noreply.github.com>}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

[ -x "$BUNDLE/crmnote" ] || { echo "deb.sh: no bundle in $BUNDLE: run bundle.sh first" >&2; exit 1; }
version=$("$BUNDLE/crmnote" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)

# System libraries the bundle's programs and libraries link to but do not carry (PyInstaller
# leaves out the C library, OpenGL/EGL, Wayland, libxcb and anything missing on the build
# machine), and the package of each. A library not named here fails the build: add it.
declare -A PACKAGE_OF=(
  [libc.so.6]=libc6 [libm.so.6]=libc6 [libdl.so.2]=libc6 [libpthread.so.0]=libc6
  [libresolv.so.2]=libc6 [librt.so.1]=libc6 [libutil.so.1]=libc6 [ld-linux-x86-64.so.2]=libc6
  [ld-linux-aarch64.so.1]=libc6
  [libGL.so.1]=libgl1 [libEGL.so.1]=libegl1 [libOpenGL.so.0]=libopengl0 [libGLX.so.0]=libglx0
  [libdrm.so.2]=libdrm2
  [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
  [libwayland-egl.so.1]=libwayland-egl1
  [libxcb.so.1]=libxcb1 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-shape.so.0]=libxcb-shape0 [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-xkb.so.1]=libxcb-xkb1
  [libxcb-render.so.0]=libxcb-render0 [libxcb-glx.so.0]=libxcb-glx0 [libxcb-util.so.1]=libxcb-util1
  [libX11.so.6]=libx11-6 [libX11-xcb.so.1]=libx11-xcb1
  [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6
  [libdbus-1.so.3]=libdbus-1-3
  [libglib-2.0.so.0]="libglib2.0-0t64 | libglib2.0-0"
  [libgobject-2.0.so.0]="libglib2.0-0t64 | libglib2.0-0"
  [libgio-2.0.so.0]="libglib2.0-0t64 | libglib2.0-0"
)
# Depended on whether or not PyInstaller copied the library (its choice changes between
# versions): the copies read these packages' data, fonts.conf and the fonts (libfontconfig1),
# the keyboard layouts (libxkbcommon0 brings xkb-data), and talk to the session's D-Bus; Qt
# loads libEGL/libGL and the xcb cursor library at run time without linking to them.
ALWAYS=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 "libglib2.0-0t64 | libglib2.0-0"
  libxcb-cursor0)

elf_files() {
  find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && printf '%s\n' "$f"
    done
}
mapfile -t elves < <(elf_files)
needed=$(for f in "${elves[@]}"; do
  readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
done | sort -u)
carried=$(find "$BUNDLE" -name '*.so*' -printf '%f\n' | sort -u)
depends=("${ALWAYS[@]}")
missing=()
for lib in $(comm -23 <(printf '%s\n' "$needed") <(printf '%s\n' "$carried")); do
  if [ -n "${PACKAGE_OF[$lib]:-}" ]; then
    depends+=("${PACKAGE_OF[$lib]}")
  else
    missing+=("$lib")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deb.sh: no Debian package known for ${missing[*]}: add it to PACKAGE_OF" >&2
  exit 1
fi
# The newest C library symbol version any program or library asks for.
glibc=$(for f in "${elves[@]}"; do readelf -V --wide "$f" | grep -o 'GLIBC_[0-9.]*'; done |
  sed 's/GLIBC_//' | sort -uV | tail -1)
depends=("libc6 (>= $glibc)" "${depends[@]}")
depends_field=$(printf '%s\n' "${depends[@]}" | grep -v '^libc6$' | awk '!seen[$0]++' |
  paste -sd, | sed 's/,/, /g')

rm -rf "$STAGE"
root="$STAGE/root"
mkdir -p "$root/opt/crmnote" "$root/usr/bin" "$root/DEBIAN"
cp -a "$BUNDLE/crmnote" "$BUNDLE/_internal" "$root/opt/crmnote/"
ln -s /opt/crmnote/crmnote "$root/usr/bin/crmnote"
share="$root/usr/share"
mkdir -p "$share"
cp -a "$BUNDLE/share/applications" "$BUNDLE/share/metainfo" "$BUNDLE/share/icons" "$share/"
install -d "$share/man/man1"
gzip -9n <"$BUNDLE/share/man/man1/crmnote.1" >"$share/man/man1/crmnote.1.gz"
install -Dm644 packaging/linux/copyright "$share/doc/crmnote/copyright"
# CHANGELOG.md as a Debian changelog (what apt-listchanges and lintian read).
python3 packaging/release_notes.py --debian-changelog "$MAINTAINER" | gzip -9n \
  >"$share/doc/crmnote/changelog.gz"
install -Dm644 packaging/linux/lintian-overrides "$share/lintian/overrides/crmnote"
# Files as root would install them: directories 755, files 644, programs 755.
find "$root" -type d -exec chmod 755 {} +
find "$root/usr" -type f -exec chmod 644 {} +
find "$root/opt" -type f -exec chmod 644 {} +
chmod 755 "$root/opt/crmnote/crmnote"

installed_size=$(du -sk --apparent-size "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: crmnote
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $depends_field
Section: misc
Priority: optional
Homepage: https://github.com/crmnote/crmnote
Description: customer relationship notebook with explainable scores
 crmnote is a desktop notebook for people who serve customers themselves: a
 sole proprietor on a laptop, a salesperson logging calls between visits. It
 works offline and keeps everything in one file on your computer.
 .
 It keeps the facts of each relationship (what happened, what was promised,
 what the customer claimed and asked) and turns them into two numbers per
 customer: how difficult they are to serve and how much trust has been earned
 with them, each with the events that moved it.
 .
 This package holds a self-contained build with its own Python and Qt in
 /opt/crmnote; the crmnote command starts the desktop app or runs a command.
EOF

deb="dist/crmnote_${version}_${arch}.deb"
# xz like Debian's own packages: every dpkg reads it.
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "deb:     $deb ($(du -sh "$deb" | cut -f1))"
