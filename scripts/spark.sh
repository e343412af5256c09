#!/usr/bin/env bash
# framelens on Apache Spark (the spark/ module): builds spark/ when it is missing or older than its
# sources or the engine's, then runs it.
#
#   scripts/spark.sh terms|frames|compare|trends|cooccur INPUT [--out OUT] [--master local[*]] [OPTIONS…]
#   scripts/spark.sh shell          JShell with the engine, the Spark jobs and Spark on the class path
#   scripts/spark.sh build          only build (target/framelens-spark.jar for spark-submit, target/classpath.txt)
#   scripts/spark.sh classpath      print the local class path (spark/target/classes and the jars in ~/.m2)
#   scripts/spark.sh classpath-parquet   the same for the engine's own CLI on a .parquet corpus (no Spark)
#
# `./framelens spark ARGS…` execs this script. Spark binds to 127.0.0.1 unless SPARK_LOCAL_IP says
# otherwise; JAVA_OPTS goes to the JVM (e.g. JAVA_OPTS=-Xmx8g). See README.md, "Beyond one machine".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module="$root/spark"
jar="$module/target/framelens-spark.jar"
cp_file="$module/target/classpath.txt"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

needs_build() {
  [[ ! -f "$jar" || ! -f "$cp_file" || ! -f "$module/target/classpath-parquet.txt" ]] && return 0
  local inputs=("$module/pom.xml" "$module/src/main" "$root/src/main/java" "$root/src/main/resources")
  [[ -n "$(find "${inputs[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

build() {
  command -v mvn >/dev/null 2>&1 || { echo "framelens spark: Maven (mvn) is needed to build the spark module; install it (apt-get install maven)" >&2; exit 2; }
  echo "framelens spark: building the spark module… (the first build downloads Spark, about 250 MB)" >&2
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/framelens-spark-build.XXXXXX")"
  # offline first (fast once ~/.m2 has Spark), then with the network
  if ! (cd "$module" && mvn -q -B -o -DskipTests package >"$log" 2>&1); then
    if ! (cd "$module" && mvn -q -B -ntp -DskipTests package >"$log" 2>&1); then
      cat "$log" >&2
      rm -f "$log"
      echo "framelens spark: building the spark module failed (output above); try: cd spark && mvn -B package" >&2
      exit 1
    fi
  fi
  rm -f "$log"
  touch "$jar"
}

if needs_build; then
  build
fi
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
classpath="$module/target/classes:$(cat "$cp_file")"

case "${1:-}" in
  build)
    exit 0
    ;;
  classpath)
    echo "$classpath"
    ;;
  classpath-parquet)
    # for the engine's command line on a .parquet corpus: the module's classes (ParquetFormat) and Parquet's jars
    echo "$module/target/classes:$(cat "$module/target/classpath-parquet.txt")"
    ;;
  shell)
    shift
    startup="$(mktemp "${TMPDIR:-/tmp}/framelens-spark.XXXXXX.jsh")"
    trap 'rm -f "$startup"' EXIT
    printf '%s\n' 'import dev.framelens.*;' 'import dev.framelens.spark.*;' 'import org.apache.spark.sql.*;' \
      'import tech.tablesaw.api.*;' \
      'import dev.framelens.trend.*;' 'import dev.framelens.table.CooccurrenceOptions;' 'SparkSession spark = FramelensSpark.localSession(0);' >"$startup"
    jshell --class-path "$classpath" --startup DEFAULT --startup "$startup" "$@"
    ;;
  *)
    # shellcheck disable=SC2086
    exec "$java" ${JAVA_OPTS:-} -cp "$classpath" dev.framelens.spark.cli.SparkMain "$@"
    ;;
esac
