#!/usr/bin/env bash
# The spark module end to end, as a user runs it (part of ./framelens test):
#   1. `./framelens spark terms` on a JSON Lines corpus writes the bytes of `./framelens terms --top 0 --format csv`,
#      and `./framelens spark trends` those of `./framelens trends` (articles made of the seeds' sentences, dated, by
#      quarter and outlet);
#   2. the cluster jar (spark/target/framelens-spark.jar, Spark not inside) submitted through Spark's own
#      org.apache.spark.deploy.SparkSubmit main class (what the spark-submit script runs) on a Parquet corpus
#      writes the engine's terms, frames, compare (by a column; by lists of ids with a background corpus) and
#      cooccur --term tables, the engine reading the same Parquet corpus through its ParquetFormat.
# Prints one line per check; exits 1 when one fails.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/framelens-spark-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
failed=0

"$root/scripts/spark.sh" build || exit 1
cp="$("$root/scripts/spark.sh" classpath)"
# Spark's jars (and the module's libraries) without spark/target/classes: the jobs and the engine
# come from the jar only, as on a cluster
spark_only="$(cat "$root/spark/target/classpath.txt")"
jar="$root/spark/target/framelens-spark.jar"

check() {  # check NAME EXPECTED_FILE ACTUAL_FILE
  if [[ -s "$2" ]] && cmp -s "$2" "$3"; then
    echo "spark-check: ok   $1 ($(($(wc -l <"$2") - 1)) rows)"
  else
    echo "spark-check: FAIL $1: the Spark output differs from the engine's (diff $2 $3)" >&2
    diff "$2" "$3" | head -5 >&2
    failed=1
  fi
}

submit() {  # submit ARGS… : the cluster jar through SparkSubmit, the jobs from the jar only
  java -Dlog4j2.configurationFile="$root/spark/src/main/resources/log4j2.properties" -cp "$spark_only" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
    --conf spark.ui.enabled=false --class dev.framelens.spark.cli.SparkMain "$jar" "$@"
}

# 1. JSON Lines (the seeds, as records of doc, metadata and text)
python3 - "$root/seeds" "$work/seeds.jsonl" <<'PY'
import csv, json, sys
seeds, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for r in csv.DictReader(open(seeds + "/metadata.csv", encoding="utf-8")):
        text = open(seeds + "/" + r["doc"] + ".txt", encoding="utf-8-sig").read()
        f.write(json.dumps(dict(r, text=text), ensure_ascii=False) + "\n")
PY
"$root/framelens" terms "$work/seeds.jsonl" --top 0 --format csv >"$work/engine-terms.csv"
"$root/scripts/spark.sh" terms "$work/seeds.jsonl" --top 0 --master 'local[2]' --out "$work/spark-terms.csv"
check "spark terms on JSON Lines = framelens terms" "$work/engine-terms.csv" "$work/spark-terms.csv"
# (trends, cooccur and compare --docs-a/--docs-b/--background are checked cell by cell against the
# engine in the module's SparkJobsTest, their command lines too; each check here costs a Spark start)

# 2. Parquet (a 3 MB synthetic corpus in part files), the cluster jar through SparkSubmit
java -cp "$cp" dev.framelens.spark.bench.SyntheticCorpus "$root/seeds" "$work/synth.parquet" 3 7 2>/dev/null
"$root/framelens" terms "$work/synth.parquet" --top 0 --format csv >"$work/engine-pq-terms.csv"
submit terms "$work/synth.parquet" --top 0 --out "$work/spark-pq-terms.csv"
check "spark-submit terms on Parquet = framelens terms on Parquet" "$work/engine-pq-terms.csv" "$work/spark-pq-terms.csv"
"$root/framelens" frames "$work/synth.parquet" --resamples 100 --format csv >"$work/engine-pq-frames.csv"
submit frames "$work/synth.parquet" --resamples 100 --out "$work/spark-pq-frames.csv"
check "spark-submit frames = framelens frames" "$work/engine-pq-frames.csv" "$work/spark-pq-frames.csv"
"$root/framelens" compare "$work/synth.parquet" --by stance --a alarmed --b reassuring --top 0 --format csv >"$work/engine-pq-compare.csv"
submit compare "$work/synth.parquet" --by stance --a alarmed --b reassuring --top 0 --out "$work/spark-pq-compare.csv"
check "spark-submit compare = framelens compare" "$work/engine-pq-compare.csv" "$work/spark-pq-compare.csv"
exit $failed
