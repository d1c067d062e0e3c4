#!/usr/bin/env bash
# Remake every screenshot in docs/images: 1280×680 and 1920×1080, light and dark.
# Each size runs in a virtual X server of exactly that size (apt-get install xvfb), so windows
# are placed and sized as on such a screen. Usage: docs/images/make_screenshots.sh [--only NAME]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-$here/../../.venv/bin/python}
command -v xvfb-run >/dev/null || { echo "needs xvfb-run: apt-get install -y xvfb" >&2; exit 2; }
# One process per theme and size: nothing of one run (fonts a PDF loaded) shows in the next.
for size in 1280x680 1920x1080; do
  for theme in light dark; do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${size}x24" \
      "$python" "$here/make_screenshots.py" --size "$size" --theme "$theme" "$@"
  done
done
du -ch "$here"/*.png | tail -1
