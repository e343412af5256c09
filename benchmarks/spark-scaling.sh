#!/usr/bin/env bash
# Scaling of the Spark jobs, measured (a script, not a timed test): generates a seeded synthetic
# Parquet corpus (default 1000 MB of text; dev.framelens.spark.bench.SyntheticCorpus), then runs the
# terms and frames jobs on it with local[1] and local[2] and the single-machine engine on the same
# Parquet corpus, and prints a Markdown table: wall and CPU seconds, MB of text per second and per
# core, and the load average before each run (the machine may be shared: a loaded machine spoils
# the local[2] / local[1] ratio, and the table says so).
#
#   benchmarks/spark-scaling.sh [MEGABYTES] [RESAMPLES]      default 1000 MB, 100 bootstrap resamples
#   JOBS="terms" RUNNERS="local1 local2" APPEND=1 benchmarks/spark-scaling.sh   some rows only, added to the table
#   PIN=1 benchmarks/spark-scaling.sh        each run confined to as many CPUs as its cores column
#                                            (taskset -c 0..N-1): local[1] and the engine get one CPU
#                                            for everything they run (JIT, GC, Spark's own threads),
#                                            local[2] two — a per-core ratio that does not depend on
#                                            how much the one-core runs borrow from the idle core
#
# Work files go to benchmarks/target/spark-scaling/ (the corpus is kept for the next run).
# The numbers of the last run are in benchmarks/README.md, "Spark scaling".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mb="${1:-1000}"
resamples="${2:-100}"
work="$root/benchmarks/target/spark-scaling"
corpus="$work/corpus-${mb}mb.parquet"
mkdir -p "$work"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

"$root/scripts/spark.sh" build
"$root/framelens" --version >/dev/null 2>&1 || "$root/framelens" --help >/dev/null
cp="$("$root/scripts/spark.sh" classpath)"

if [[ ! -d "$corpus" ]]; then
  echo "spark-scaling: generating $corpus (${mb} MB of text)…" >&2
  java -Xmx4g -cp "$cp" dev.framelens.spark.bench.SyntheticCorpus "$root/seeds" "$corpus" "$mb"
fi
# MB of text (characters / 10^6) and documents, counted by the engine's reader-independent Spark query
read -r chars docs < <(java -cp "$cp" dev.framelens.spark.bench.CorpusSize "$corpus")
text_mb="$(awk -v c="$chars" 'BEGIN { printf "%.1f", c / 1e6 }')"
echo "spark-scaling: $docs documents, $text_mb MB of text, $(du -sm "$corpus" | cut -f1) MB of Parquet" >&2

results="$work/results.md"
if [[ -z "${APPEND:-}" || ! -f "$results" ]]; then
  {
    echo "| job | runner | cores | wall s | CPU s | MB/s | MB/s per core | load before |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
  } >"$results"
fi
jobs=" ${JOBS:-terms frames} "
runners=" ${RUNNERS:-engine local1 local2} "
wanted() { [[ "$jobs" == *" $1 "* && "$runners" == *" $2 "* ]]; }

# run LABEL RUNNER CORES COMMAND… : times the command, appends a row
run() {
  local job="$1" runner="$2" cores="$3"
  shift 3
  local load t
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  t="$(mktemp)"
  local pin=()
  if [[ -n "${PIN:-}" ]]; then
    pin=(taskset -c "0-$((cores - 1))")
    runner="$runner, pinned"
  fi
  echo "spark-scaling: $job on $runner (load $load)…" >&2
  /usr/bin/time -f "%e %U %S" -o "$t" "${pin[@]}" "$@" >/dev/null
  read -r wall user sys <"$t"
  rm -f "$t"
  awk -v j="$job" -v r="$runner" -v c="$cores" -v w="$wall" -v u="$user" -v s="$sys" -v mb="$text_mb" -v l="$load" \
    'BEGIN { printf "| %s | %s | %s | %.1f | %.1f | %.2f | %.2f | %s |\n", j, r, c, w, u + s, mb / w, mb / w / c, l }' >>"$results"
}

rm -rf "$work"/out-*
if wanted terms engine; then
  JAVA_OPTS="-Xmx8g" run terms "engine" 1 "$root/framelens" terms "$corpus" --top 0 --format csv
fi
for n in 1 2; do
  if wanted terms "local$n"; then
    run terms "spark local[$n]" "$n" "$root/scripts/spark.sh" terms "$corpus" --top 0 --master "local[$n]" \
      --out "$work/out-terms-$n.parquet"
  fi
done
if wanted frames engine; then
  JAVA_OPTS="-Xmx8g" run frames "engine" 1 "$root/framelens" frames "$corpus" --resamples "$resamples" --format csv
fi
for n in 1 2; do
  if wanted frames "local$n"; then
    run frames "spark local[$n]" "$n" "$root/scripts/spark.sh" frames "$corpus" --resamples "$resamples" \
      --master "local[$n]" --out "$work/out-frames-$n.parquet"
  fi
done

echo "" >>"$results"
echo "nproc $(nproc); $(uptime)" >>"$results"
echo "" >>"$results"
cat "$results"
