#!/usr/bin/env bash
# Fuzzing on request: runs each Jazzer fuzz target in fuzzing mode for MINUTES (default 1).
#
#   scripts/fuzz.sh                  every target, 1 minute each
#   scripts/fuzz.sh 10               every target, 10 minutes each
#   scripts/fuzz.sh 5 tokenizer csv  only these targets (method names, or Class#method)
#   scripts/fuzz.sh --list           the targets
#
# Each target runs in its own JVM (Jazzer fuzzes one test per run) through Maven Surefire with
# JAZZER_FUZZ=1 (the pom passes -Djazzer.fuzz=1 on as that variable; the normal suite leaves it
# empty, so the fuzz tests there only replay their inputs). A crashing input is written, as Jazzer does, to
#   src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>
# where the normal test suite then replays it as a regression input: fix the bug, keep the file
# (and add a unit test that names it). Inputs that reached new code are kept in .cifuzz-corpus/
# (not committed) so that the next run starts from them. Exits 1 when any target found a crash.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
targets=(
  "dev.framelens.corpus.CorpusFuzzTest#jsonl"
  "dev.framelens.corpus.CorpusFuzzTest#csv"
  "dev.framelens.corpus.CorpusFuzzTest#metadataJoin"
  "dev.framelens.framing.LexiconFuzzTest#lexiconTsv"
  "dev.framelens.text.TextFuzzTest#phraseList"
  "dev.framelens.text.TextFuzzTest#tokenizer"
)

minutes=1
if [[ "${1:-}" == "--list" ]]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  exit 0
fi
if [[ $# -gt 0 ]]; then
  minutes="$1"
  shift
fi
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: MINUTES ($minutes) must be a whole number ≥ 1" >&2; exit 2; }

chosen=()
if [[ $# -eq 0 ]]; then
  chosen=("${targets[@]}")
else
  for want in "$@"; do
    found=""
    for t in "${targets[@]}"; do
      if [[ "$t" == "$want" || "${t##*#}" == "$want" || "${t##*.}" == "$want" ]]; then
        found="$t"
      fi
    done
    [[ -n "$found" ]] || { echo "fuzz: no target '$want'; targets: $(printf '%s ' "${targets[@]##*#}")" >&2; exit 2; }
    chosen+=("$found")
  done
fi

command -v mvn >/dev/null || { echo "fuzz: Maven (mvn) is needed" >&2; exit 2; }
logs="$root/target/fuzz"
mkdir -p "$logs"
echo "fuzz: ${#chosen[@]} target(s), $minutes minute(s) each; logs in $logs" >&2

failed=0
summary=()
for t in "${chosen[@]}"; do
  class="${t%%#*}"
  method="${t##*#}"
  inputs="$root/src/test/resources/${class//.//}Inputs/$method"
  before="$(ls "$inputs" 2>/dev/null | grep '^crash-' | sort)"
  log="$logs/${class##*.}-$method.log"
  echo "fuzz: $t for $minutes min…" >&2
  start=$(date +%s)
  (cd "$root" && JAZZER_MAX_DURATION="${minutes}m" JAZZER_INSTRUMENT='dev.framelens.**' \
    mvn -q -B test -Dtest="$t" -Djazzer.fuzz=1 -Djazzer.hooks=true -Dsurefire.failIfNoSpecifiedTests=false) >"$log" 2>&1
  code=$?
  took=$(( $(date +%s) - start ))
  after="$(ls "$inputs" 2>/dev/null | grep '^crash-' | sort)"
  new="$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d')"
  runs="$(grep -oE '#[0-9]+' "$log" | tail -1)"
  if [[ -n "$new" ]]; then
    failed=1
    summary+=("$t: ${took}s, ${runs:-?} runs, CRASH: $(echo "$new" | sed "s|^|$inputs/|" | tr '\n' ' ')")
  elif [[ $code -ne 0 ]]; then
    failed=1
    summary+=("$t: ${took}s, failed without a crash file (see $log)")
  else
    summary+=("$t: ${took}s, ${runs:-?} runs, no crash")
  fi
done

printf '%s\n' "${summary[@]}"
exit $failed
