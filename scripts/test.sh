#!/usr/bin/env bash
# The whole test suite: unit, property, CLI, reference (Python), kernel/notebook (nbclient),
# browser (headless Chromium) tests, then the benchmark build, the spark module (its tests and
# scripts/spark-check.sh) and the memory check in its suite size (the full 1 GB check:
# scripts/memory-check.sh, its figures in benchmarks/README.md).
# Ends with one line: "framelens: N passed, N failed, N skipped".
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
failed_steps=0
extra_passed=0

echo "== framelens: unit, integration, notebook and browser tests (mvn verify)" >&2
mvn -B -ntp verify "$@" || failed_steps=$((failed_steps + 1))

echo "== framelens: benchmarks build and list" >&2
if "$HERE/scripts/bench.sh" -l; then extra_passed=$((extra_passed + 1)); else failed_steps=$((failed_steps + 1)); fi

echo "== framelens: the spark module: its tests in one local[2] session, then the CLI and the cluster jar end to end" >&2
if (cd "$HERE/spark" && mvn -B -ntp test); then :; else failed_steps=$((failed_steps + 1)); fi
if "$HERE/scripts/spark-check.sh"; then extra_passed=$((extra_passed + 1)); else failed_steps=$((failed_steps + 1)); fi

echo "== framelens: memory at scale (scripts/memory-check.sh --suite: 128 MB streamed in a 96 MB heap, 100,000 tiny files)" >&2
if "$HERE/scripts/memory-check.sh" --suite; then extra_passed=$((extra_passed + 1)); else failed_steps=$((failed_steps + 1)); fi

# totals from the JUnit reports (surefire: unit tests, failsafe: integration tests)
read -r tests failures errors skipped < <(cat target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml \
    spark/target/surefire-reports/TEST-*.xml 2>/dev/null \
  | grep -o '<testsuite [^>]*>' \
  | awk '{ match($0, /tests="[0-9]+"/); t += substr($0, RSTART + 7, RLENGTH - 8)
           match($0, /failures="[0-9]+"/); f += substr($0, RSTART + 10, RLENGTH - 11)
           match($0, /errors="[0-9]+"/); e += substr($0, RSTART + 8, RLENGTH - 9)
           match($0, /skipped="[0-9]+"/); s += substr($0, RSTART + 9, RLENGTH - 10) }
         END { print t + 0, f + 0, e + 0, s + 0 }')
bad=$((failures + errors + failed_steps))
passed=$((tests - failures - errors - skipped + extra_passed))
echo "framelens: $passed passed, $bad failed, $skipped skipped"
[[ $bad -eq 0 ]]
