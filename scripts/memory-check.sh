#!/usr/bin/env bash
# Memory at scale: framelens must stream a corpus larger than its heap.
#
# Generates a seeded corpus of about SIZE MB (default 1024) twice in a temporary folder, as a
# folder of .txt files (with a metadata.csv) and as one big .jsonl file, plus a folder of
# TINY (default 100,000) files of one or two sentences each, then runs
#   java -Xmx256m -jar target/framelens.jar terms   CORPUS --top 5
#   java -Xmx256m -jar target/framelens.jar cooccur CORPUS --term korea --top 5
#   java -Xmx256m -jar target/framelens.jar frames  CORPUS --resamples 200 --format csv
#   java -Xmx256m -jar target/framelens.jar compare CORPUS --by outlet --a "Wire A" --b "Wire B" --top 5
#   java -Xmx1g   -jar target/framelens.jar report  CORPUS --resamples 200 --out DIR
#   java -Xmx256m -jar target/framelens.jar evidence CORPUS --doc LAST --format csv
#   java -Xmx256m -jar target/framelens.jar kwic    CORPUS --term summit --format csv
#   java -Xmx256m -jar target/framelens.jar actors  CORPUS --pack lexicons/putin-kim.tsv --format csv
# (terms on the folder, cooccur on the JSONL; frames, compare and report on all three; evidence,
# kwic and actors on the tiny files: the suite's 20-minute budget leaves the rest out — each of
# these ran on the 1 GB JSONL in 41–57 s within -Xmx256m on 2026-12-02 — and `similarity`, whose
# time grows with the square of the number of documents, is not run at this scale at all).
# frames and the report take 200 bootstrap resamples instead of 2,000: memory does not depend on
# the number (each article's replicates are made and dropped in turn), the time does. Runs all
# and fails (exit 1, naming each failed command with its output) if any fails, or if a report's
# index.html is over 2 MB. The temporary folder is removed afterwards (kept with --keep).
#
#   scripts/memory-check.sh                 the full check (about 2.5 GB of disk, ~15 min on 2 idle cores)
#   scripts/memory-check.sh --suite         the test suite's check (~4 min): a 128 MB corpus streamed
#                                           in a heap smaller than itself (-Xmx96m; the report -Xmx128m,
#                                           not run on the JSONL) and the 100,000 tiny files with the
#                                           full check's heaps; the full check's figures are in
#                                           benchmarks/README.md
#   scripts/memory-check.sh --size-mb 64 --tiny 2000    a smaller corpus
#   scripts/memory-check.sh --generate-only DIR [--size-mb N] [--tiny N]   only write the corpora into DIR
#
# The text: English-like sentences over a 40,000-word vocabulary drawn from a Zipf law
# (s = 1.07) whose most frequent words are the story's (korea, russia, putin, kim, missile…),
# with numbers, commas and sentence ends; the same size always gives the same bytes. Each
# document has an outlet (Wire A … Wire E, in turn) and a stance (alarmed for A, C, E).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
size_mb=1024
tiny=100000
heap=256m
report_heap=1g
# the tiny files keep the full check's heaps in every mode: their test is the number of documents
tiny_heap=256m
tiny_report_heap=1g
jsonl_report=1
term=korea
keep=0
generate_only=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --size-mb) size_mb="${2:?--size-mb needs a number of MB}"; shift 2 ;;
    --tiny) tiny="${2:?--tiny needs a number of files}"; shift 2 ;;
    --heap) heap="${2:?--heap needs a size such as 256m}"; shift 2 ;;
    --keep) keep=1; shift ;;
    --suite) size_mb=128; heap=96m; report_heap=128m; jsonl_report=0; shift ;;
    --generate-only) generate_only="${2:?--generate-only needs a folder}"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "memory-check: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$size_mb" =~ ^[1-9][0-9]*$ ]] || { echo "memory-check: --size-mb ($size_mb) must be a whole number ≥ 1" >&2; exit 2; }
[[ "$tiny" =~ ^[1-9][0-9]*$ ]] || { echo "memory-check: --tiny ($tiny) must be a whole number ≥ 1" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/framelens-memcheck.XXXXXX")"
cleanup() {
  if [[ $keep -eq 1 ]]; then
    echo "memory-check: kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# ------------------------------------------------------------------ generator (Java, single file)
cat >"$work/GenerateCorpus.java" <<'JAVA'
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * args: OUT_DIR SIZE_MB TINY. Writes OUT_DIR/folder/doc-NNNNN.txt (+ metadata.csv) and
 * OUT_DIR/corpus.jsonl, each about SIZE_MB, and OUT_DIR/tiny/t-NNNNNN.txt: TINY files of a sentence or two.
 */
public class GenerateCorpus {
    static final String[] STORY = {"korea", "russia", "putin", "kim", "north", "missile", "moscow",
        "pyongyang", "threat", "weapons", "military", "ukraine", "sanctions", "nuclear", "war", "leader",
        "alliance", "summit", "china", "dangerous"};
    static final int VOCABULARY = 40_000;
    static final int DOC_BYTES = 1 << 20; // folder: 1 MB per file
    static final int LINE_BYTES = 8_000;  // jsonl: about 8 KB per document
    static final String[] OUTLETS = {"Wire A", "Wire B", "Wire C", "Wire D", "Wire E"};

    static String outlet(int doc) {
        return OUTLETS[(doc - 1) % OUTLETS.length];
    }

    static String stance(int doc) {
        return (doc - 1) % 2 == 0 ? "alarmed" : "reassuring";
    }

    static void metadata(Path folder, String prefix, String format, int docs) throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(folder.resolve("metadata.csv")), 1 << 16)) {
            o.write("doc,outlet,stance\n".getBytes(StandardCharsets.UTF_8));
            for (int d = 1; d <= docs; d++) {
                o.write((prefix + String.format(format, d) + "," + outlet(d) + "," + stance(d) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args[0]);
        long target = Long.parseLong(args[1]) * 1_000_000L;
        byte[][] words = vocabulary(new SplittableRandom(42));
        double[] cdf = new double[VOCABULARY];
        double sum = 0;
        for (int k = 0; k < VOCABULARY; k++) {
            sum += Math.pow(k + 1, -1.07);
            cdf[k] = sum;
        }
        for (int k = 0; k < VOCABULARY; k++) {
            cdf[k] /= sum;
        }
        Path folder = Files.createDirectories(out.resolve("folder"));
        SplittableRandom rnd = new SplittableRandom(7);
        byte[] buf = new byte[DOC_BYTES + 4096];
        long written = 0;
        int doc = 0;
        while (written < target) {
            doc++;
            int len = text(rnd, words, cdf, buf, (int) Math.min(DOC_BYTES, target - written));
            try (OutputStream o = Files.newOutputStream(folder.resolve(String.format("doc-%05d.txt", doc)))) {
                o.write(("Generated document " + doc + "\n").getBytes(StandardCharsets.UTF_8));
                o.write(buf, 0, len);
            }
            written += len;
        }
        metadata(folder, "doc-", "%05d", doc);
        rnd = new SplittableRandom(11);
        written = 0;
        doc = 0;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out.resolve("corpus.jsonl")), 1 << 20)) {
            while (written < target) {
                doc++;
                int len = text(rnd, words, cdf, buf, (int) Math.min(LINE_BYTES, target - written));
                o.write(("{\"id\":\"d" + doc + "\",\"title\":\"Document " + doc + "\",\"outlet\":\"" + outlet(doc)
                        + "\",\"stance\":\"" + stance(doc) + "\",\"text\":\"").getBytes(StandardCharsets.UTF_8));
                for (int k = 0; k < len; k++) {
                    byte b = buf[k];
                    if (b == '\n') {
                        o.write('\\');
                        o.write('n');
                    } else {
                        o.write(b);
                    }
                }
                o.write('"');
                o.write('}');
                o.write('\n');
                written += len;
            }
        }
        int tiny = Integer.parseInt(args[2]);
        Path small = Files.createDirectories(out.resolve("tiny"));
        rnd = new SplittableRandom(13);
        for (int d = 1; d <= tiny; d++) {
            int len = text(rnd, words, cdf, buf, 0);
            Files.write(small.resolve(String.format("t-%06d.txt", d)), Arrays.copyOf(buf, len));
        }
        metadata(small, "t-", "%06d", tiny);
    }

    /** Fills buf with about {@code max} bytes of sentences; returns the length. */
    static int text(SplittableRandom rnd, byte[][] words, double[] cdf, byte[] buf, int max) {
        int n = 0;
        while (n < max - 400 || n == 0) {
            int len = 4 + rnd.nextInt(25);
            for (int w = 0; w < len; w++) {
                if (w > 0) {
                    buf[n++] = ' ';
                }
                if (rnd.nextInt(200) == 0) {
                    n = put(buf, n, Integer.toString(1900 + rnd.nextInt(130)).getBytes(StandardCharsets.US_ASCII));
                } else {
                    int i = Arrays.binarySearch(cdf, rnd.nextDouble());
                    byte[] word = words[i >= 0 ? i : Math.min(-i - 1, words.length - 1)];
                    int start = n;
                    n = put(buf, n, word);
                    if (w == 0) {
                        buf[start] = (byte) Character.toUpperCase(buf[start]);
                    }
                }
                if (w + 1 < len && rnd.nextInt(12) == 0) {
                    buf[n++] = ',';
                }
            }
            buf[n++] = '.';
            buf[n++] = rnd.nextInt(8) == 0 ? (byte) '\n' : (byte) ' ';
        }
        return n;
    }

    static int put(byte[] buf, int n, byte[] w) {
        System.arraycopy(w, 0, buf, n, w.length);
        return n + w.length;
    }

    /** The story's words first, then pseudo-words from syllables, all distinct and lower case. */
    static byte[][] vocabulary(SplittableRandom rnd) {
        String[] on = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
            "br", "ch", "dr", "fr", "gr", "pl", "pr", "sh", "st", "tr"};
        String[] vo = {"a", "e", "i", "o", "u", "ea", "io", "ou"};
        String[] co = {"", "n", "r", "s", "t", "l", "nd", "rk", "m"};
        Set<String> seen = new HashSet<>(Arrays.asList(STORY));
        byte[][] out = new byte[VOCABULARY][];
        int k = 0;
        for (String s : STORY) {
            out[k++] = s.getBytes(StandardCharsets.US_ASCII);
        }
        while (k < VOCABULARY) {
            int syllables = 2 + rnd.nextInt(k < 2_000 ? 1 : 3);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(on[rnd.nextInt(on.length)]).append(vo[rnd.nextInt(vo.length)]).append(co[rnd.nextInt(co.length)]);
            }
            if (seen.add(w.toString())) {
                out[k++] = w.toString().getBytes(StandardCharsets.US_ASCII);
            }
        }
        return out;
    }
}
JAVA

generate() {
  local dir="$1"
  local t0=$SECONDS
  echo "memory-check: generating ${size_mb} MB as a folder and as JSONL, and $tiny tiny files, in $dir …" >&2
  mkdir -p "$dir"
  "$java" -Xmx256m "$work/GenerateCorpus.java" "$dir" "$size_mb" "$tiny"
  echo "memory-check: generated $(du -sh "$dir/folder" | cut -f1) folder ($(ls "$dir/folder" | wc -l) files), $(du -sh "$dir/corpus.jsonl" | cut -f1) JSONL and $(du -sh --apparent-size "$dir/tiny" | cut -f1) of $tiny tiny files in $((SECONDS - t0)) s" >&2
}

if [[ -n "$generate_only" ]]; then
  generate "$generate_only"
  exit 0
fi

jar="$root/target/framelens.jar"
# (re)build when the jar is missing or older than the engine's sources, as ./framelens does
if [[ ! -f "$jar" || -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
  echo "building framelens…" >&2
  (cd "$root" && { mvn -q -B -o package -DskipTests >"$work/build.log" 2>&1 || mvn -q -B package -DskipTests >"$work/build.log" 2>&1; }) || {
    cat "$work/build.log" >&2
    echo "memory-check: building target/framelens.jar failed (output above)" >&2
    exit 1
  }
fi

generate "$work/corpus"

failures=0
runs=0
run() {
  local label="$1"
  local heap="$2"
  shift 2
  runs=$((runs + 1))
  local t0=$SECONDS
  local rss=""
  local ok=1
  if [[ -x /usr/bin/time ]]; then
    if /usr/bin/time -f '%M' -o "$work/rss" "$java" -Xmx"$heap" -jar "$jar" "$@" >"$work/out" 2>"$work/err"; then
      rss=", peak RSS $(( $(tail -n 1 "$work/rss") / 1024 )) MB"
    else
      ok=0
    fi
  elif ! "$java" -Xmx"$heap" -jar "$jar" "$@" >"$work/out" 2>"$work/err"; then
    ok=0
  fi
  if [[ $ok -eq 0 ]]; then
    failures=$((failures + 1))
    echo "memory-check: FAILED: $label after $((SECONDS - t0)) s: java -Xmx$heap -jar target/framelens.jar $*" >&2
    echo "--- stdout (head)" >&2; head -n 20 "$work/out" >&2
    echo "--- stderr (head)" >&2; head -n 12 "$work/err" >&2
    return 0
  fi
  echo "memory-check: ok: $label in $((SECONDS - t0)) s$rss" >&2
  head -n 12 "$work/out" | cut -c 1-160 | sed 's/^/    /'
}

# a report's page must stay small whatever the corpus (ScaleSections.PAGE_BOUND_MB)
check_page() {
  local page="$1/index.html"
  if [[ ! -f "$page" ]]; then
    return 0 # the run failed and said so
  fi
  local bytes
  bytes=$(stat -c %s "$page")
  echo "    index.html: $((bytes / 1024)) KB, CSV files: $(du -ch "$1"/*.csv | tail -n 1 | cut -f1)"
  if [[ $bytes -gt 2000000 ]]; then
    failures=$((failures + 1))
    echo "memory-check: FAILED: $page is $bytes bytes, over the 2 MB bound" >&2
  fi
  rm -rf "$1"
}

# the last of the tiny files (evidence has to read to the end to find it)
last_doc() {
  ls "$work/corpus/tiny" | grep -v '\.csv$' | sort | tail -n 1 | sed 's/\.txt$//'
}
kwic_term=summit
for kind in folder jsonl tiny; do
  h="$heap" rh="$report_heap"
  case "$kind" in
    folder) corpus="$work/corpus/folder"; what="${size_mb} MB folder" ;;
    jsonl) corpus="$work/corpus/corpus.jsonl"; what="${size_mb} MB JSONL" ;;
    tiny) corpus="$work/corpus/tiny"; what="folder of $tiny tiny files"; h="$tiny_heap" rh="$tiny_report_heap" ;;
  esac
  # terms on the folder (1 MB documents), cooccur on the JSONL (133,000 documents): each command once at 1 GB
  if [[ $kind == folder ]]; then
    run "terms on a $what"   "$h" terms   "$corpus" --top 5
  fi
  if [[ $kind == jsonl ]]; then
    run "cooccur on a $what" "$h" cooccur "$corpus" --term "$term" --top 5
  fi
  run "frames on a $what"  "$h" frames  "$corpus" --resamples 200 --format csv
  if [[ $kind == tiny ]]; then
    # a document's evidence streams the corpus to find it; kwic keeps only the lines it prints
    run "evidence on a $what" "$h" evidence "$corpus" --doc "$(last_doc)" --format csv
    run "kwic on a $what"     "$h" kwic     "$corpus" --term "$kwic_term" --format csv
    run "actors on a $what"   "$h" actors   "$corpus" --pack "$root/lexicons/putin-kim.tsv" --format csv
  fi
  run "compare on a $what" "$h" compare "$corpus" --by outlet --a "Wire A" --b "Wire B" --top 5
  if [[ $kind != jsonl || $jsonl_report -eq 1 ]]; then
    run "report on a $what"  "$rh" report "$corpus" --resamples 200 --out "$work/report-$kind"
  fi
  check_page "$work/report-$kind"
done
if [[ $failures -gt 0 ]]; then
  echo "memory-check: $failures of $runs runs FAILED (terms, cooccur, frames, compare with -Xmx$heap, report with -Xmx$report_heap; on the tiny files -Xmx$tiny_heap and -Xmx$tiny_report_heap; details above)" >&2
  exit 1
fi
echo "memory-check: passed in $SECONDS s: terms, cooccur, frames and compare streamed ${size_mb} MB (folder and JSONL) with -Xmx$heap, the report with -Xmx$report_heap$([[ $jsonl_report -eq 1 ]] || echo ' (folder only)'); frames, evidence, kwic, actors and compare $tiny tiny files with -Xmx$tiny_heap, the report with -Xmx$tiny_report_heap" >&2
