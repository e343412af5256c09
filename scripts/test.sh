#!/usr/bin/env bash
# The whole test suite: unit, property, CLI, reference (Python), kernel/notebook (nbclient),
# browser (headless Chromium) tests, then the benchmark build and the 1 GB / 256 MB-heap check.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
echo "== framelens: unit, integration, notebook and browser tests (mvn verify)" >&2
mvn -B -ntp verify "$@"
if [[ -x "$HERE/scripts/bench.sh" ]]; then
  echo "== framelens: benchmarks build and list" >&2
  "$HERE/scripts/bench.sh" -l
fi
if [[ -x "$HERE/scripts/memory-check.sh" ]]; then
  echo "== framelens: 1 GB corpus with a 256 MB heap" >&2
  "$HERE/scripts/memory-check.sh"
fi
