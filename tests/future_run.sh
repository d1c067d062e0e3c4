#!/usr/bin/env bash
# `make test-future`'s runner: runs the command it is given (pytest under faketime) and passes
# its output and status through. libfaketime intercepts the timed waits every thread makes to
# take back Python's interpreter lock, and its bookkeeping of them is not safe between threads:
# now and then a test worker dies of a segmentation fault inside it (three runs in dozens, each
# in a different test: docs/testing.md). A run that failed only by such a crash is run once
# more, saying so; a failed test, or a crash in the second run, fails.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for attempt in 1 2; do
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  [[ $status -eq 0 ]] && exit 0
  crashed=$(grep -c "crashed while running" "$log")
  others=$(grep -E "^(FAILED|ERROR) " "$log" | grep -vc "crashed while running")
  if [[ $attempt -eq 1 && $crashed -gt 0 && $others -eq 0 ]] \
    && grep -q "Fatal Python error: Segmentation fault" "$log"; then
    echo "test-future: a test worker died of a segmentation fault (libfaketime);" \
      "running the suite once more" >&2
    continue
  fi
  exit "$status"
done
