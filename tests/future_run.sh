#!/usr/bin/env bash
# `make test-future`'s runner: runs the command it is given (pytest under faketime) and passes
# its output and status through. libfaketime intercepts the timed waits every thread makes to
# take back Python's interpreter lock, and its bookkeeping of them is not safe between threads:
# now and then a test worker dies of a segmentation fault inside it (in a different test each
# time, in two CI runs of three on 2026-12-08: docs/testing.md). A run that failed only by such
# a crash is run again, up to three runs in all, saying so; a failed test, or a crash in the
# third run, fails.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ATTEMPTS=3
for ((attempt = 1; attempt <= ATTEMPTS; attempt++)); do
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  [[ $status -eq 0 ]] && exit 0
  crashed=$(grep -c "crashed while running" "$log")
  others=$(grep -E "^(FAILED|ERROR) " "$log" | grep -vc "crashed while running")
  if [[ $attempt -lt $ATTEMPTS && $crashed -gt 0 && $others -eq 0 ]] \
    && grep -q "Fatal Python error: Segmentation fault" "$log"; then
    echo "test-future: a test worker died of a segmentation fault (libfaketime);" \
      "running the suite again (run $((attempt + 1)) of $ATTEMPTS)" >&2
    continue
  fi
  exit "$status"
done
