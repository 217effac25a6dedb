#!/usr/bin/env bash
# Prints the XCTest totals of a `swift test` log as one plain line
# ("tests: N passed, N failed, N skipped") and fails if any test failed or none ran.
set -euo pipefail
log=${1:?usage: test-summary.sh LOG}
line=$(grep -E "Test Suite 'All tests' (passed|failed)" -A1 "$log" | grep -E "Executed [0-9]+ tests?" | tail -1 || true)
[ -n "$line" ] || { echo "tests: 0 passed, 0 failed (no XCTest summary found)"; exit 1; }
total=$(echo "$line" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/')
failed=$(echo "$line" | sed -E 's/.* ([0-9]+) failures?.*/\1/')
skipped=0
if echo "$line" | grep -qE "[0-9]+ tests? skipped"; then
  skipped=$(echo "$line" | sed -E 's/.*with ([0-9]+) tests? skipped.*/\1/')
fi
passed=$((total - failed - skipped))
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
