#!/usr/bin/env bash
# Runs the framelens JMH benchmarks: builds benchmarks/target/benchmarks.jar when it is missing or
# older than the engine's or the benchmarks' sources, then runs it with the given JMH arguments.
#
#   scripts/bench.sh -l                                  list the benchmarks
#   scripts/bench.sh Tokenize -p corpus=europarl         run those matching a regex
#   scripts/bench.sh -f 1 -wi 2 -i 3 Count               quick mode
#   scripts/bench.sh Count -prof gc -rf json -rff r.json write results as JSON
#   scripts/bench.sh --summary r.json                    MB/s, ratios and targets from a JSON result
#   scripts/bench.sh -h                                  JMH's own options
#
# `./framelens bench ARGS…` execs this script. See benchmarks/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

needs_build() {
  [[ ! -f "$jar" ]] && return 0
  local inputs=("$root/benchmarks/pom.xml" "$root/benchmarks/src")
  local d
  for d in "$root/src/main/java" "$root/src/main/resources" "$root/seeds"; do
    [[ -e "$d" ]] && inputs+=("$d")
  done
  # any source, resource or folder (a deletion touches its folder) newer than the jar
  [[ -n "$(find "${inputs[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

build() {
  command -v mvn >/dev/null 2>&1 || { echo "bench: Maven (mvn) is needed to build the benchmarks; install it (apt-get install maven)" >&2; exit 1; }
  echo "building benchmarks…" >&2
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/framelens-bench-build.XXXXXX")"
  # offline first (fast, no network once ~/.m2 is filled), then with the network
  if ! (cd "$root/benchmarks" && mvn -q -B -o package >"$log" 2>&1); then
    if ! (cd "$root/benchmarks" && mvn -q -B package >"$log" 2>&1); then
      cat "$log" >&2
      rm -f "$log"
      echo "bench: building the benchmarks failed (output above); try: cd benchmarks && mvn -B package" >&2
      exit 1
    fi
  fi
  rm -f "$log"
  touch "$jar"
}

if needs_build; then
  build
fi

if [[ "${1:-}" == "--summary" ]]; then
  [[ $# -eq 2 ]] || { echo "usage: scripts/bench.sh --summary JMH_RESULT.json" >&2; exit 2; }
  exec "$java" -cp "$jar" dev.framelens.bench.Summary "$2"
fi

exec "$java" -jar "$jar" "$@"
